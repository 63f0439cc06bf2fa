package widget

import (
	"strings"

	"baocao/report"
)

// Fold prepares a text for a search that ignores case and Vietnamese
// marks: "Tuyên  Giáo" and "tuyen giao" fold to the same "tuyen giao"
// (report.Unaccent, spaces made single).
func Fold(s string) string {
	return strings.Join(strings.Fields(report.Unaccent(s)), " ")
}

// Matches reports whether every word of the query occurs in the text,
// both folded.
func Matches(text, query string) bool {
	t := Fold(text)
	for _, w := range strings.Fields(Fold(query)) {
		if !strings.Contains(t, w) {
			return false
		}
	}
	return true
}
