package report

import "testing"

func TestUnaccent(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ban Tuyên giáo  Huyện ủy KIM BẢNG", "ban tuyen giao  huyen uy kim bang"},
		{"ĐẢNG ỦY XÃ Đông Hưng", "dang uy xa dong hung"},
		{"Hoà, khỏe, thuỷ: 6T/2019", "hoa, khoe, thuy: 6t/2019"},
		{"Ban Tuye\u0302\u0301n", "ban tuyen"}, // marks typed apart
	} {
		if got := Unaccent(c.in); got != c.want {
			t.Errorf("Unaccent(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
