package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Finding what the clerk sees by what it says: the window's topmost
// dialog or its screen (Shown), the field a form's label names (Beside),
// the button, tab, list row, check box or choice that shows a text (Tap).

// Shown is what takes the clerk's clicks: the topmost dialog, else the
// window's content.
func Shown(c fyne.Canvas) fyne.CanvasObject {
	if top := c.Overlays().Top(); top != nil {
		return top
	}
	return c.Content()
}

// Beside is the field that a form's label shows label beside (the
// object after the label in a container of label, field pairs), among
// what is shown in root.
func Beside(tb testing.TB, root fyne.CanvasObject, label string) fyne.CanvasObject {
	tb.Helper()
	var found []fyne.CanvasObject
	WalkShown(root, func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok || len(c.Objects)%2 != 0 {
			return
		}
		for i := 0; i < len(c.Objects); i += 2 {
			if l, ok := c.Objects[i].(*widget.Label); ok && l.Text == label && l.Visible() {
				found = append(found, c.Objects[i+1])
			}
		}
	})
	if len(found) != 1 {
		tb.Fatalf("%d fields are labelled %q on the screen, want one", len(found), label)
	}
	return found[0]
}

// Field is the text field beside label: the first entry shown in the
// object Beside gives.
func Field(tb testing.TB, root fyne.CanvasObject, label string) fyne.Focusable {
	tb.Helper()
	var f fyne.Focusable
	WalkShown(Beside(tb, root, label), func(o fyne.CanvasObject) {
		if e, ok := o.(fyne.Focusable); ok && f == nil {
			if _, entry := o.(interface{ SelectedText() string }); entry {
				f = e
			}
		}
	})
	if f == nil {
		tb.Fatalf("no text field beside %q", label)
	}
	return f
}

// Retype focuses a text field on c, selects all its text, erases it and
// types text key by key, as the clerk would (through the field's typing
// method).
func Retype(c fyne.Canvas, f fyne.Focusable, text string) {
	c.Focus(f)
	if s, ok := f.(fyne.Shortcutable); ok {
		s.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	for _, r := range text {
		if r == '\n' {
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			continue
		}
		f.TypedRune(r)
	}
}

// Tap taps the one thing shown in root that shows text (a button, a tab,
// a list's row, a check box, a radio choice): the innermost tappable
// object holding a label, button or text that says exactly text. It
// fails the test when none does, more than one does, or it is disabled.
func Tap(tb testing.TB, root fyne.CanvasObject, text string) {
	tb.Helper()
	found, _ := tappables(root, text)
	if len(found) != 1 {
		tb.Fatalf("%d things to tap show %q, want one; shown: %s", len(found), text, strings.Join(Texts(root), " | "))
	}
	if d, ok := found[0].(fyne.Disableable); ok && d.Disabled() {
		tb.Fatalf("%q is disabled", text)
	}
	test.Tap(found[0])
}

// tappables finds, in what is shown of o, the innermost tappable objects
// showing text; says reports whether o shows text outside of them.
func tappables(o fyne.CanvasObject, text string) (found []fyne.Tappable, says bool) {
	if o == nil || !o.Visible() {
		return nil, false
	}
	says = ownText(o) == text
	var children []fyne.CanvasObject
	switch c := o.(type) {
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	case *fyne.Container:
		children = c.Objects
	}
	for _, ch := range children {
		f, s := tappables(ch, text)
		found = append(found, f...)
		says = says || s
	}
	if t, ok := o.(fyne.Tappable); ok && says {
		return append(found, t), false
	}
	return found, says
}

// ownText is the text an object shows itself.
func ownText(o fyne.CanvasObject) string {
	switch w := o.(type) {
	case *widget.Label:
		return w.Text
	case *widget.Button:
		return w.Text
	case *widget.Check:
		return w.Text
	case *canvas.Text:
		return w.Text
	}
	return ""
}

// Texts lists the texts shown in root: labels, buttons, check boxes and
// the texts drawn (tabs, radio choices).
func Texts(root fyne.CanvasObject) []string {
	var out []string
	WalkShown(root, func(o fyne.CanvasObject) {
		if s := ownText(o); s != "" {
			out = append(out, s)
		}
	})
	return out
}
