package gui

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold prepares a text for a search that ignores case and Vietnamese
// marks: "Tuyên Giáo" and "tuyen giao" fold to the same "tuyen giao".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// matches reports whether every word of the query occurs in the text,
// both folded.
func matches(text, query string) bool {
	t := fold(text)
	for _, w := range strings.Fields(fold(query)) {
		if !strings.Contains(t, w) {
			return false
		}
	}
	return true
}
