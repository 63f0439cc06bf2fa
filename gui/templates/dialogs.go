package templates

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dialogWidth is the width of the screen's message dialogs: wide enough
// for a Vietnamese sentence naming a template.
const dialogWidth = 560

// sized shows a dialog at dialogWidth, as tall as its wrapped text.
func sized(d dialog.Dialog, content fyne.CanvasObject) {
	d.Show()
	content.Resize(fyne.NewSize(dialogWidth-2*theme.Padding()-32, content.MinSize().Height))
	d.Resize(fyne.NewSize(dialogWidth, min(content.MinSize().Height+120, 640)))
}

// info shows a short message.
func info(w fyne.Window, title, msg string) {
	content := wrapped(msg)
	sized(dialog.NewCustom(title, "Đóng", content, w), content)
}

// choice is one button of ask.
type choice struct {
	label     string
	important bool
	fn        func()
}

// ask offers choices; the last button, dismiss, does nothing.
func ask(w fyne.Window, title, msg, dismiss string, choices ...choice) {
	var d *dialog.CustomDialog
	var bs []fyne.CanvasObject
	for _, c := range choices {
		b := widget.NewButton(c.label, func() {
			d.Hide()
			if c.fn != nil {
				c.fn()
			}
		})
		if c.important {
			b.Importance = widget.HighImportance
		}
		bs = append(bs, b)
	}
	bs = append(bs, widget.NewButton(dismiss, func() { d.Hide() }))
	text := wrapped(msg)
	content := container.NewBorder(nil, container.NewCenter(container.NewHBox(bs...)), nil, nil, text)
	d = dialog.NewCustomWithoutButtons(title, content, w)
	sized(d, content)
}

// confirm asks a yes/no question; yes runs fn.
func confirm(w fyne.Window, title, msg, yes string, fn func()) {
	ask(w, title, msg, "Hủy", choice{label: yes, important: true, fn: fn})
}
