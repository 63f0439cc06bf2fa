package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DialogWidth is the width of the app's message dialogs: wide enough for
// a Vietnamese sentence naming a file.
const DialogWidth = 560

// ShowSized shows d on w at DialogWidth, as tall as content (holding
// wrapped text) needs, at most 640; Escape dismisses it.
func ShowSized(w fyne.Window, d dialog.Dialog, content fyne.CanvasObject) {
	ShowDialog(w, d)
	// A wrapped label knows its height once it knows its width.
	content.Resize(fyne.NewSize(DialogWidth-2*theme.Padding()-32, content.MinSize().Height))
	h := content.MinSize().Height + 120
	d.Resize(fyne.NewSize(DialogWidth, min(h, 640)))
}

// Info shows a short message, closed with "Đóng".
func Info(w fyne.Window, title, msg string) {
	content := Wrapped(msg)
	ShowSized(w, dialog.NewCustom(title, "Đóng", content, w), content)
}

// Confirm asks a yes/no question ("Hủy" is no); yes runs fn.
func Confirm(w fyne.Window, title, msg, yes string, fn func()) {
	content := Wrapped(msg)
	d := dialog.NewCustomConfirm(title, yes, "Hủy", content, func(ok bool) {
		if ok {
			fn()
		}
	}, w)
	ShowSized(w, d, content)
}

// Choice is one button of Ask.
type Choice struct {
	Label     string
	Important bool   // drawn as the button to press
	Fn        func() // run after the dialog is hidden (nil: nothing)
}

// Ask offers choices, one button each, and last dismiss, a button that
// only closes the dialog.
func Ask(w fyne.Window, title, msg, dismiss string, choices ...Choice) {
	var d *dialog.CustomDialog
	var buttons []fyne.CanvasObject
	for _, c := range choices {
		b := widget.NewButton(c.Label, func() {
			d.Hide()
			if c.Fn != nil {
				c.Fn()
			}
		})
		if c.Important {
			b.Importance = widget.HighImportance
		}
		buttons = append(buttons, b)
	}
	buttons = append(buttons, widget.NewButton(dismiss, func() { d.Hide() }))
	text := Wrapped(msg)
	content := container.NewBorder(nil, container.NewCenter(container.NewHBox(buttons...)), nil, nil, text)
	d = dialog.NewCustomWithoutButtons(title, content, w)
	ShowSized(w, d, content)
}
