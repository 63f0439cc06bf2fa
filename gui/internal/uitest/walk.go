// Package uitest holds what the tests of gui and of its screen and widget
// packages share: walking a window's widgets, finding a dialog's buttons
// and texts, the process's CPU time.
package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Walk visits o and everything inside it, the insides of widgets (their
// renderers, made if need be) included.
func Walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) { walk(o, fn, false) }

// WalkShown is Walk without what is hidden (and what is inside it): what
// the clerk sees, the rows scrolled out of view aside.
func WalkShown(o fyne.CanvasObject, fn func(fyne.CanvasObject)) { walk(o, fn, true) }

func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject), shownOnly bool) {
	if o == nil || shownOnly && !o.Visible() {
		return
	}
	fn(o)
	switch c := o.(type) {
	case fyne.Widget:
		for _, ch := range test.WidgetRenderer(c).Objects() {
			walk(ch, fn, shownOnly)
		}
	case *fyne.Container:
		for _, ch := range c.Objects {
			walk(ch, fn, shownOnly)
		}
	}
}
