package report

import (
	"strings"
	"testing"
)

func TestSuggestCode(t *testing.T) {
	taken := map[string]bool{"dv.mohinh_danvan_kheo": true, "dv.hoinghi": true, "dv.hoinghi_2": true}
	for _, c := range []struct {
		group, name, want string
	}{
		{"dv", "Số mô hình dân vận khéo", "dv.mohinh_danvan_kheo_2"},
		{"dvk", "Số mô hình dân vận khéo", "dvk.mohinh_danvan_kheo"},
		{"dv", "Số hội nghị", "dv.hoinghi_3"},
		{"tddt", "Tổng số ý kiến, kiến nghị đã được giải quyết, trả lời", "tddt.ykien_kiennghi_daduoc"},
		{"tddt", "Số lượng buổi tiếp dân", "tddt.buoitiep_dan"},
		{"tddt", "Tỷ lệ ý kiến được giải quyết", "tddt.tyle_ykien_duocgiai"},
		{"dvk", "Số “Dân vận khéo” (cấp xã)", "dvk.danvan_kheocap_xa"},
		{"nd", "Đường điện, đê điều", "nd.duongdien_dedieu"},
		{"th", "Số lớp 2026", "th.lop2026"},
		{"dv", "Số", "dv.so"},
		{"dv", "", "dv.chitieu"},
		{"dv", "   “…” ", "dv.chitieu"},
		{"", "Mô hình", "mohinh"},
		{"dv", "TIẾP DÂN", "dv.tiepdan"},
		{"dv", "Tie\u0302\u0301p da\u0302n", "dv.tiepdan"}, // decomposed marks
	} {
		got := SuggestCode(c.group, c.name, func(s string) bool { return taken[s] })
		if got != c.want {
			t.Errorf("SuggestCode(%q, %q) = %q, want %q", c.group, c.name, got, c.want)
		}
		if !isCode(got) || len(got) > maxCodeLen {
			t.Errorf("SuggestCode(%q, %q) = %q is not a valid code", c.group, c.name, got)
		}
	}
	long := SuggestCode(strings.Repeat("g", maxCodeLen), "Số mô hình", nil)
	if !isCode(long) || len(long) > maxCodeLen {
		t.Errorf("long group: %q", long)
	}
}

func TestSuggestGroupID(t *testing.T) {
	taken := map[string]bool{"dv": true, "dv2": true}
	for _, c := range []struct{ name, want string }{
		{"Dân vận", "dv3"},
		{"Công tác dân vận", "ctdv"},
		{"Phong trào thi đua “Dân vận khéo” ở cơ sở", "pttddv"},
		{"Đối thoại", "dt"},
		{"", "nhom"},
		{"“ ”", "nhom"},
	} {
		if got := SuggestGroupID(c.name, func(s string) bool { return taken[s] }); got != c.want {
			t.Errorf("SuggestGroupID(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Dân  Vận khéo":          "dan van kheo",
		"ĐẢNG ỦY XÃ":             "dang uy xa",
		"Tie\u0302\u0301p  dân ": "tiep dan",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{"Đảng ủy xã Gia Viễn", 60, "dang-uy-xa-gia-vien"},
		{"  BAN TUYÊN GIÁO — “Ninh Bình” 2026! ", 60, "ban-tuyen-giao-ninh-binh-2026"},
		{"Gia Viễn", 3, "gia"},
		{"Gia Viễn", 4, "gia-v"},
		{"…", 60, ""},
		{"Straße", 60, "stra-e"},
	} {
		if got := Slug(c.in, c.max); got != c.want {
			t.Errorf("Slug(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
	}
}
