package pdf

import (
	"baocao/report/layout"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestClean(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  Trong 6 tháng  đầu năm ", "Trong 6 tháng đầu năm"},
		{norm.NFD.String("Tỉnh ủy Hà Nam"), "Tỉnh ủy Hà Nam"},
		{"a\tb\r\nc \n d", "a b\nc\nd"},
		{"điều\x00khiển\x1b", "điềukhiển"},
		{"vui 😀 vẻ", "vui ? vẻ"},
		{"lỗi \xff mã", "lỗi mã"},
		{"\n\nđầu\n\n", "đầu"},
	}
	for _, c := range cases {
		if got := clean(c.in); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := oneLine("Ban Tuyên giáo\nTỉnh ủy"); got != "Ban Tuyên giáo Tỉnh ủy" {
		t.Errorf("oneLine: %q", got)
	}
}

func TestCapitalizeAndUpper(t *testing.T) {
	for in, want := range map[string]string{
		"sơ kết công tác": "Sơ kết công tác",
		"đánh giá":        "Đánh giá",
		"ưu tiên":         "Ưu tiên",
		"6 tháng":         "6 tháng",
		"":                "",
	} {
		if got := capitalize(in); got != want {
			t.Errorf("capitalize(%q) = %q, want %q", in, got, want)
		}
	}
	if got := upper("k/t trưởng ban, phó trưởng ban thường trực"); got != "K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN THƯỜNG TRỰC" {
		t.Errorf("upper: %q", got)
	}
}

// TestBalanced: wrapped centred lines are even, and no longer than the
// width.
func TestBalanced(t *testing.T) {
	w, err := newWriter(&layout.Party, tinos)
	if err != nil {
		t.Fatal(err)
	}
	w.font("B", 14)
	lines := w.balanced("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", 75)
	if len(lines) != 2 {
		t.Fatalf("%q: want 2 lines", lines)
	}
	a, b := w.stringWidth(lines[0]), w.stringWidth(lines[1])
	if a > 75 || b > 75 || a-b > 25 || b-a > 25 {
		t.Errorf("%q: lines %.1f and %.1f mm wide, want them even", lines, a, b)
	}
	if strings.Join(lines, " ") != "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY" {
		t.Errorf("words lost: %q", lines)
	}
}
