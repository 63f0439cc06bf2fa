package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func pressEscape(c fyne.Canvas) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev) // what the driver does with a focused widget
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// Escape closes the dialog on top as its dismiss button would, one at a
// time, and leaves a dialog that is not the app's (or none) alone.
func TestEscapeClosesTopDialog(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(widget.NewLabel("màn hình"))
	w.Resize(fyne.NewSize(800, 600))
	defer w.Close()
	c := w.Canvas()

	var answered, yes bool
	Confirm(w, "Xóa", "Xóa chỉ tiêu này?", "Xóa", func() { yes = true })
	under := c.Overlays().Top()
	Info(w, "Thông báo", "Đã lưu.")
	if n := len(c.Overlays().List()); n != 2 {
		t.Fatalf("%d dialogs shown, want 2", n)
	}
	pressEscape(c)
	if n := len(c.Overlays().List()); n != 1 || c.Overlays().Top() != under {
		t.Fatalf("after Escape %d dialogs shown, want the confirmation left", n)
	}
	pressEscape(c)
	if n := len(c.Overlays().List()); n != 0 {
		t.Fatalf("after a second Escape %d dialogs shown, want none", n)
	}
	if yes {
		t.Error("Escape answered yes to the confirmation")
	}

	// A dialog with its own buttons gets its own escape: a dirty list asks.
	d := dialog.NewCustomWithoutButtons("Danh sách", widget.NewLabel("…"), w)
	d.Show()
	OnEscape(w, d, func() { answered = true })
	pressEscape(c)
	if !answered || c.Overlays().Top() == nil {
		t.Errorf("Escape on a dialog of its own buttons: escape run %v, still shown %v", answered, c.Overlays().Top() != nil)
	}
	d.Hide()

	// A dialog not shown through here (Fyne's own) is left alone.
	other := dialog.NewInformation("Tệp", "…", w)
	other.Show()
	pressEscape(c)
	if c.Overlays().Top() == nil {
		t.Error("Escape closed a dialog that is not the app's")
	}
	other.Hide()
	pressEscape(c) // nothing shown: nothing happens, no panic
}

// Escape typed in a focused field of a dialog reaches the window.
func TestEscapeFromFocusedField(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(widget.NewLabel("màn hình"))
	w.Resize(fyne.NewSize(800, 600))
	defer w.Close()
	c := w.Canvas()
	field := &escField{}
	field.ExtendBaseWidget(field)
	d := dialog.NewCustom("Chọn chỉ tiêu", "Hủy", field, w)
	ShowDialog(w, d)
	c.Focus(field)
	pressEscape(c)
	if c.Overlays().Top() != nil {
		t.Error("Escape in the dialog's search field did not close it")
	}
}

// escField is an entry that hands Escape on, as the app's entries do.
type escField struct{ widget.Entry }

func (f *escField) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		Escape(f, ev)
		return
	}
	f.Entry.TypedKey(ev)
}
