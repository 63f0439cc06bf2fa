package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// Fyne's dialogs ignore Escape; a clerk expects it to close a dialog as
// its Hủy or Đóng button would. The dialogs the app shows are kept here,
// per window, with the pop-up each one put on the window's overlays, so
// that Escape acts on the dialog on top and on nothing else (a Fyne file
// dialog above one of ours is not ours: Escape leaves both alone).
// Everything here runs on the UI goroutine.

type escEntry struct {
	overlay fyne.CanvasObject
	esc     func()
}

type escWindow struct {
	open []*escEntry
	next func(*fyne.KeyEvent) // the canvas's handler before ours
}

var escWindows = map[fyne.Canvas]*escWindow{}

// ShowDialog shows d on w; Escape dismisses it (as its dismiss button:
// a confirm dialog's callback gets false).
func ShowDialog(w fyne.Window, d dialog.Dialog) {
	d.Show()
	OnEscape(w, d, d.Dismiss)
}

// OnEscape makes Escape run esc while d, just shown on w, is the dialog
// on top (esc for a dialog of its own buttons: the one that cancels, or
// asks first). A dialog that must not be closed (work in progress) is
// not given one.
func OnEscape(w fyne.Window, d dialog.Dialog, esc func()) {
	c := w.Canvas()
	top := c.Overlays().Top()
	if top == nil {
		return
	}
	ew := escWindows[c]
	if ew == nil {
		ew = &escWindow{next: c.OnTypedKey()}
		escWindows[c] = ew
		c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
			if ev.Name == fyne.KeyEscape && ew.escape(c) {
				return
			}
			if ew.next != nil {
				ew.next(ev)
			}
		})
	}
	en := &escEntry{overlay: top, esc: esc}
	ew.open = append(ew.open, en)
	d.SetOnClosed(func() {
		for i, o := range ew.open {
			if o == en {
				ew.open = append(ew.open[:i], ew.open[i+1:]...)
				break
			}
		}
	})
}

// escape runs the escape of the dialog on top of c, if it is one of ours.
func (ew *escWindow) escape(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	for i := len(ew.open) - 1; i >= 0; i-- {
		if ew.open[i].overlay == top {
			ew.open[i].esc()
			return true
		}
	}
	return false
}

// Escape hands Escape typed in a focused field of a dialog to the
// window, whose handler closes the dialog (a focused widget gets the
// keys the window would otherwise).
func Escape(obj fyne.CanvasObject, ev *fyne.KeyEvent) {
	if ev.Name != fyne.KeyEscape {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(obj); c != nil {
		if h := c.OnTypedKey(); h != nil {
			h(ev)
		}
	}
}
