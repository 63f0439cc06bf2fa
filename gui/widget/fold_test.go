package widget

import "testing"

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ban Tuyên giáo  Huyện ủy KIM BẢNG", "ban tuyen giao huyen uy kim bang"},
		{"Đảng ủy", "dang uy"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, muốn %q", c.in, got, c.want)
		}
	}
	if !Matches("BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM", "tuyen giao ha nam") || Matches("BAN TUYÊN GIÁO", "kim") {
		t.Error("Matches")
	}
}
