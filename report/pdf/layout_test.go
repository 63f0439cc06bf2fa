package pdf

import "baocao/report/layout"

// What the tests of this package read from the shared layout description
// under the names they had when it lived here.

// Party is the layout the PDF is drawn in.
var Party = layout.Party

func groupNumber(style string, n int) string { return layout.GroupNumber(style, n) }

// headingKind matches the headings of one kind, as a regular expression
// of each kind did.
type headingKind layout.HeadingKind

func (k headingKind) MatchString(s string) bool { return layout.KindOf(s) == layout.HeadingKind(k) }

var (
	partRE   = headingKind(layout.Part)
	level1RE = headingKind(layout.Level1)
	level2RE = headingKind(layout.Level2)
	level3RE = headingKind(layout.Level3)
)
