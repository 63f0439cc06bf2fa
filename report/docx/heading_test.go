package docx

import (
	"testing"

	"baocao/report/layout"
)

// The top heading level is Heading 1: a part when the document has
// parts, else "I. …"; each level under it one further.
func TestHeadingStyle(t *testing.T) {
	for _, c := range []struct {
		kind  layout.HeadingKind
		parts bool
		want  string
	}{
		{layout.Part, true, "Heading1"},
		{layout.Level1, true, "Heading2"},
		{layout.Level2, true, "Heading3"},
		{layout.Level3, true, "Heading4"},
		{layout.Other, true, "Heading3"},
		{layout.Level1, false, "Heading1"},
		{layout.Level2, false, "Heading2"},
		{layout.Level3, false, "Heading3"},
		{layout.Other, false, "Heading2"},
	} {
		if got := headingStyle(c.kind, c.parts); got != c.want {
			t.Errorf("headingStyle(%d, %v) = %s, want %s", c.kind, c.parts, got, c.want)
		}
	}
}
