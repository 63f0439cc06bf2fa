package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Unaccent drops the Vietnamese marks of s and lower-cases it: "Đảng ủy
// KIM BẢNG" becomes "dang uy kim bang". It is the one folding of names
// and search texts (the search of the app's lists, the file names of the
// units' forms); spaces and punctuation stay as they are.
func Unaccent(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
