package textedit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baocao/gui/vnkey"
)

// method is a typing method on vnkey's engine, as the app's.
type method struct{ *vnkey.Engine }

func (method) Focused(Target) {}

func telex() Typing   { return method{vnkey.New(vnkey.Telex, vnkey.NewStyle)} }
func typeOff() Typing { return method{vnkey.New(vnkey.Off, vnkey.NewStyle)} }

// editorWindow is an Editor alone in a test window, as the Nội dung tab
// shows it, and what it told its owner.
type editorWindow struct {
	w    fyne.Window
	p    *Editor
	text string // the text OnChanged gave last
	para int    // ChangedParagraph then
}

// newEditorWindow shows text in an editor typing with typ, in a window of
// the size of the app's Nội dung.
func newEditorWindow(t testing.TB, typ Typing, text string) *editorWindow {
	t.Helper()
	test.NewTempApp(t)
	h := &editorWindow{p: NewEditor(typ), text: text, para: -2}
	h.p.OnChanged = func(s string) { h.text, h.para = s, h.p.ChangedParagraph() }
	h.w = test.NewWindow(h.p)
	h.w.Resize(fyne.NewSize(720, 440))
	h.p.SetText(text)
	t.Cleanup(h.w.Close)
	return h
}

// paragraph is the entry of paragraph i of the editor, scrolled into view
// and focused.
func paragraph(t testing.TB, p *Editor, i int) *paraEntry {
	t.Helper()
	p.FocusAt(i, -1)
	en := p.entryOf(i)
	if en == nil {
		t.Fatalf("paragraph %d is not shown", i+1)
	}
	return en
}

func key(en fyne.Focusable, k fyne.KeyName) {
	en.TypedKey(&fyne.KeyEvent{Name: k})
}
