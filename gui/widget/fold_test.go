package widget

import (
	"testing"

	"baocao/report"
)

func TestMatches(t *testing.T) {
	for _, c := range []struct {
		text, query string
		want        bool
	}{
		{"BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH", "tuyen giao ninh binh", true},
		{"BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH", "  Tuyên   GIÁO ", true},
		{"Đảng ủy xã Gia Viễn", "dang uy vien", true},
		{"BAN TUYÊN GIÁO", "kim", false},
		{"BAN TUYÊN GIÁO", "giao kim", false},
		{"BAN TUYÊN GIÁO", "", true},
	} {
		if got := Matches(c.text, c.query); got != c.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", c.text, c.query, got, c.want)
		}
		if got := NewSearch(c.query).In(report.Fold(c.text)); got != c.want {
			t.Errorf("NewSearch(%q).In(Fold(%q)) = %v, want %v", c.query, c.text, got, c.want)
		}
	}
}
