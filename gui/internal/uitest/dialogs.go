package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// OverlayTexts lists the texts (labels and buttons) of the topmost
// dialog.
func OverlayTexts(c fyne.Canvas) []string {
	top := c.Overlays().Top()
	if top == nil {
		return nil
	}
	var out []string
	Walk(top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Button:
			out = append(out, w.Text)
		}
	})
	return out
}

// OverlayButton finds a button of the topmost dialog by its text.
func OverlayButton(tb testing.TB, c fyne.Canvas, text string) *widget.Button {
	tb.Helper()
	top := c.Overlays().Top()
	if top == nil {
		tb.Fatalf("no dialog is open (looking for the button %q)", text)
	}
	var found *widget.Button
	Walk(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		tb.Fatalf("the dialog has no button %q; it has: %s", text, strings.Join(OverlayTexts(c), " | "))
	}
	return found
}

// DialogSays fails unless the topmost dialog shows every one of want.
func DialogSays(tb testing.TB, c fyne.Canvas, want ...string) {
	tb.Helper()
	all := strings.Join(OverlayTexts(c), "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			tb.Fatalf("the dialog does not say %q; it says:\n%s", w, all)
		}
	}
}
