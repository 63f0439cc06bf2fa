package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
)

// textEntry is the entry of every text field: it types Vietnamese with the
// built-in typing method (Telex or VNI, see typing), and Tab moves to the
// next field even in a multi-line entry.
type textEntry struct {
	widget.Entry
	typ     *typing
	onFocus func() // called when the entry gains the focus
	// replace, when set, is how the typing method replaces the n letters
	// before the cursor with s (see replaceBefore).
	replace func(n int, s string)
}

func newTextEntry(typ *typing) *textEntry {
	e := &textEntry{typ: typ}
	e.ExtendBaseWidget(e)
	return e
}

func newMultiLineEntry(typ *typing, rows int) *textEntry {
	e := &textEntry{typ: typ}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(rows)
	return e
}

// Disable disables the entry and its action button.
func (e *textEntry) Disable() {
	if d, ok := e.ActionItem.(fyne.Disableable); ok {
		d.Disable()
	}
	e.Entry.Disable()
}

// Enable enables the entry and its action button.
func (e *textEntry) Enable() {
	if d, ok := e.ActionItem.(fyne.Disableable); ok {
		d.Enable()
	}
	e.Entry.Enable()
}

// FocusGained tells onFocus.
func (e *textEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
	if e.typ != nil {
		e.typ.focused(e)
	}
}

// AcceptsTab is false: Tab moves to the next field.
func (e *textEntry) AcceptsTab() bool { return false }

// TypedRune types r through the typing method.
func (e *textEntry) TypedRune(r rune) {
	if e.Disabled() {
		return
	}
	if e.typ != nil && e.typ.typeRune(e, r) {
		return
	}
	e.Entry.TypedRune(r)
}

// typeRaw types s at the cursor as it is, without the typing method (a
// placeholder inserted by "Chèn số liệu").
func (e *textEntry) typeRaw(s string) {
	for _, r := range s {
		e.Entry.TypedRune(r)
	}
}

// replaceBefore replaces the n letters before the cursor with s, as if
// they were erased and s typed: the cursor ends after s, and undo works.
// OnChanged is called once, at the end.
func (e *textEntry) replaceBefore(n int, s string) {
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

// figureEntry is the entry of a number: the typing method never applies
// (digits and separators stay as typed), Enter moves to the next figure,
// and when it loses the focus a valid number is written the Vietnamese
// way ("3286" → "3.286").
type figureEntry struct {
	widget.Entry
	next func() // Enter: focus the next figure
}

func newFigureEntry() *figureEntry {
	e := &figureEntry{}
	e.ExtendBaseWidget(e)
	e.OnSubmitted = func(string) {
		if e.next != nil {
			e.next()
		}
	}
	return e
}

// FocusLost writes a valid number with its thousands separators.
func (e *figureEntry) FocusLost() {
	e.Entry.FocusLost()
	if v, err := report.ParseInt(e.Text); err == nil && e.Text != report.FormatInt(v) {
		e.SetText(report.FormatInt(v))
	}
}

// formatFigure writes an optional figure for its entry.
func formatFigure(p *int64) string {
	if p == nil {
		return ""
	}
	return report.FormatInt(*p)
}
