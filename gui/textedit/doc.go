// Package textedit holds the app's text entries: Entry, the entry of
// every text field, and Editor, the editor of a section's paragraphs with
// its own undo, and Preview, the paragraphs as they will be printed. They
// type Vietnamese through a Typing method the app provides (Telex or VNI,
// gui/vnkey) and know nothing of a report.
package textedit

import "fyne.io/fyne/v2"

// Typing is the typing method the entries type through.
type Typing interface {
	// Apply gives what word, the letters before the caret, becomes when
	// r is typed after it ("duwowc" and 'j' make "được"); false: r is
	// typed as it is.
	Apply(word string, r rune) (string, bool)
	// Reset forgets the word being typed (the caret moved, an undo).
	Reset()
	// Focused is told when an entry or an editor gains the focus.
	Focused(t Target)
}

// Target is a text that "Chuyển mã" can convert: an Entry, or an Editor's
// whole section.
type Target interface {
	fyne.Disableable
	// SelectedText is the selection, "" when none.
	SelectedText() string
	// AllText is all the text; SetAllText replaces it, as an edit.
	AllText() string
	SetAllText(string)
	// FocusObject is what to focus after a change (nil: nothing).
	FocusObject() fyne.Focusable
}
