package pdf

import (
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
			t.Errorf("clean(%q) = %q, cần %q", c.in, got, c.want)
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
			t.Errorf("capitalize(%q) = %q, cần %q", in, got, want)
		}
	}
	if got := upper("k/t trưởng ban, phó trưởng ban thường trực"); got != "K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN THƯỜNG TRỰC" {
		t.Errorf("upper: %q", got)
	}
}

func TestGroupNumber(t *testing.T) {
	for _, c := range []struct {
		style string
		n     int
		want  string
	}{
		{"roman", 1, "I"}, {"roman", 4, "IV"}, {"roman", 9, "IX"}, {"roman", 14, "XIV"}, {"roman", 49, "XLIX"},
		{"letters", 1, "A"}, {"letters", 26, "Z"}, {"letters", 27, "AA"},
	} {
		if got := groupNumber(c.style, c.n); got != c.want {
			t.Errorf("groupNumber(%s, %d) = %q, cần %q", c.style, c.n, got, c.want)
		}
	}
}

func TestHeadingLevelPatterns(t *testing.T) {
	for _, c := range []struct {
		heading string
		level   int // 0 part, 1, 2, 3, 9 other
	}{
		{"Phần thứ nhất", 0}, {"PHẦN THỨ HAI", 0},
		{"I. KẾT QUẢ ĐẠT ĐƯỢC", 1}, {"IV- Công tác khác", 1}, {"XII.Nhiệm vụ", 1},
		{"1. Công tác tuyên truyền", 2}, {"2.1. Báo chí", 2}, {"3- Xuất bản", 2},
		{"(1) Ý thứ nhất", 3}, {"a) Ý a", 3}, {"đ) Ý đ", 3}, {"1) Ý một", 3},
		{"Đánh giá chung", 9}, {"Ít khó khăn", 9}, {"Vì vậy", 9},
	} {
		level := 9
		switch {
		case partRE.MatchString(c.heading):
			level = 0
		case level1RE.MatchString(c.heading):
			level = 1
		case level2RE.MatchString(c.heading):
			level = 2
		case level3RE.MatchString(c.heading):
			level = 3
		}
		if level != c.level {
			t.Errorf("%q: cấp %d, cần %d", c.heading, level, c.level)
		}
	}
}

// TestBalanced: wrapped centred lines are even, and no longer than the
// width.
func TestBalanced(t *testing.T) {
	w, err := newWriter(&Party, tinos)
	if err != nil {
		t.Fatal(err)
	}
	w.font("B", 14)
	lines := w.balanced("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", 75)
	if len(lines) != 2 {
		t.Fatalf("%q: cần 2 dòng", lines)
	}
	a, b := w.stringWidth(lines[0]), w.stringWidth(lines[1])
	if a > 75 || b > 75 || a-b > 25 || b-a > 25 {
		t.Errorf("%q: hai dòng rộng %.1f và %.1f mm, cần đều nhau", lines, a, b)
	}
	if strings.Join(lines, " ") != "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY" {
		t.Errorf("mất chữ: %q", lines)
	}
}
