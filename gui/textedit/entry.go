package textedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/vnkey"
	iwidget "baocao/gui/widget"
)

// Entry is the entry of every text field: it types Vietnamese through the
// app's Typing method, and Tab moves to the next field even in a
// multi-line entry.
type Entry struct {
	widget.Entry
	typ Typing
	// OnFocus, when set, is called when the entry gains the focus.
	OnFocus func()
	// OnLeave, when set, is called when the entry loses the focus (the
	// clerk has been there: an empty required field may now say so).
	OnLeave func()
	// replace, when set, is how a word the typing method rewrote
	// replaces the n letters before the cursor (see replaceBefore).
	replace func(n int, s string)
}

// NewEntry is a one-line entry typing through typ (nil: as typed).
func NewEntry(typ Typing) *Entry {
	e := &Entry{typ: typ}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry is a word-wrapped entry of rows lines at least.
func NewMultiLineEntry(typ Typing, rows int) *Entry {
	e := &Entry{typ: typ}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(rows)
	return e
}

// Disable disables the entry and its action button.
func (e *Entry) Disable() {
	if d, ok := e.ActionItem.(fyne.Disableable); ok {
		d.Disable()
	}
	e.Entry.Disable()
}

// Enable enables the entry and its action button.
func (e *Entry) Enable() {
	if d, ok := e.ActionItem.(fyne.Disableable); ok {
		d.Enable()
	}
	e.Entry.Enable()
}

// FocusGained tells OnFocus and the typing method.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	if e.OnFocus != nil {
		e.OnFocus()
	}
	if e.typ != nil {
		e.typ.Focused(e)
	}
}

// TypedKey hands Escape to the window, which closes the dialog the entry
// is in (a focused entry gets the keys); other keys are the entry's.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		iwidget.Escape(e, ev)
		return
	}
	e.Entry.TypedKey(ev)
}

// AcceptsTab is false: Tab moves to the next field.
func (e *Entry) AcceptsTab() bool { return false }

// TypedRune types r through the typing method.
func (e *Entry) TypedRune(r rune) {
	if e.Disabled() {
		return
	}
	if e.typ != nil && e.typeWord(r) {
		return
	}
	e.Entry.TypedRune(r)
}

// typeWord lets the typing method rewrite the word before the cursor for
// r; it reports false when the entry should insert r itself.
func (e *Entry) typeWord(r rune) bool {
	if !vnkey.IsWordRune(r) || e.SelectedText() != "" {
		e.typ.Reset()
		return false
	}
	text := []rune(e.Text)
	cur := min(max(e.CursorTextOffset(), 0), len(text))
	start := vnkey.WordBefore(text, cur)
	out, ok := e.typ.Apply(string(text[start:cur]), r)
	if !ok {
		return false
	}
	e.replaceBefore(cur-start, out)
	return true
}

// TypeRaw types s at the cursor as it is, without the typing method (a
// placeholder inserted by "Chèn số liệu").
func (e *Entry) TypeRaw(s string) {
	for _, r := range s {
		e.Entry.TypedRune(r)
	}
}

// replaceBefore replaces the n letters before the cursor with s, as if
// they were erased and s typed: the cursor ends after s, and undo works.
// OnChanged is called once, at the end.
func (e *Entry) replaceBefore(n int, s string) {
	if e.replace != nil {
		e.replace(n, s)
		return
	}
	cb := e.OnChanged
	e.OnChanged = nil
	defer func() { e.OnChanged = cb }()
	for i := 0; i < n; i++ {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	rs := []rune(s)
	for i, r := range rs {
		if i == len(rs)-1 {
			e.OnChanged = cb
		}
		e.Entry.TypedRune(r)
	}
	if len(rs) == 0 && cb != nil {
		e.OnChanged = cb
		cb(e.Text)
	}
}

// AllText is the entry's text ("Chuyển mã" converts it).
func (e *Entry) AllText() string { return e.Text }

// SetAllText sets the entry's text.
func (e *Entry) SetAllText(s string) { e.SetText(s) }

// FocusLost tells OnLeave.
func (e *Entry) FocusLost() {
	e.Entry.FocusLost()
	if e.OnLeave != nil {
		e.OnLeave()
	}
}

// SetOnLeave sets OnLeave.
func (e *Entry) SetOnLeave(f func()) { e.OnLeave = f }

// FocusObject is the entry.
func (e *Entry) FocusObject() fyne.Focusable { return e }
