package widget

import (
	"strings"

	"baocao/report"
)

// Search is a query of a search that ignores case and Vietnamese marks:
// its words folded with report.Fold ("Tuyên  Giáo" and "tuyen giao" are
// the same query).
type Search []string

// NewSearch reads a query typed by the clerk.
func NewSearch(query string) Search { return strings.Fields(report.Fold(query)) }

// In reports whether every word of the query occurs in folded, a text
// already folded with report.Fold (a list folds its rows once, not on
// every key).
func (s Search) In(folded string) bool {
	for _, w := range s {
		if !strings.Contains(folded, w) {
			return false
		}
	}
	return true
}

// Matches reports whether every word of the query occurs in the text,
// both folded.
func Matches(text, query string) bool { return NewSearch(query).In(report.Fold(text)) }
