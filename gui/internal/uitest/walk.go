// Package uitest holds what the tests of gui and of its widget packages
// share.
package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Walk visits o and everything inside it, the insides of widgets (their
// renderers, made if need be) included.
func Walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch c := o.(type) {
	case fyne.Widget:
		for _, ch := range test.WidgetRenderer(c).Objects() {
			Walk(ch, fn)
		}
	case *fyne.Container:
		for _, ch := range c.Objects {
			Walk(ch, fn)
		}
	}
}
