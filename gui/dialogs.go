package gui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
)

// dialogWidth is the width of the app's message dialogs.
const dialogWidth = iwidget.DialogWidth

// wrapped is a label that wraps its text at word boundaries.
func wrapped(text string) *widget.Label { return iwidget.Wrapped(text) }

// sized shows a dialog at the app's dialog width.
func (g *gui) sized(d dialog.Dialog, content fyne.CanvasObject) { iwidget.ShowSized(g.win, d, content) }

// showError explains a failure in a dialog; the text is the error's own
// (Vietnamese) message.
func (g *gui) showError(title string, err error) {
	msg := err.Error()
	if title != "" {
		msg = title + ":\n" + msg
	}
	content := wrapped(msg)
	d := dialog.NewCustom("Lỗi", "Đóng", content, g.win)
	g.sized(d, content)
}

// showInfo shows a short message.
func (g *gui) showInfo(title, msg string) { iwidget.Info(g.win, title, msg) }

// confirm asks a yes/no question; yes runs fn.
func (g *gui) confirm(title, msg, yes string, fn func()) { iwidget.Confirm(g.win, title, msg, yes, fn) }

// choice is one button of ask.
type choice struct {
	label     string
	important bool
	fn        func()
}

// ask offers several choices; "Hủy" closes the dialog doing nothing.
func (g *gui) ask(title, msg string, choices ...choice) {
	g.askWith(title, msg, "Hủy", choices...)
}

// askWith is ask with another label for the button that does nothing.
func (g *gui) askWith(title, msg, dismiss string, choices ...choice) {
	cs := make([]iwidget.Choice, len(choices))
	for i, c := range choices {
		cs[i] = iwidget.Choice{Label: c.label, Important: c.important, Fn: c.fn}
	}
	iwidget.Ask(g.win, title, msg, dismiss, cs...)
}

// problemLines writes lines as a bulleted list, at most limit of them.
func problemLines(lines []string, limit int) string {
	if len(lines) > limit {
		rest := len(lines) - limit
		lines = append(lines[:limit:limit], "… và "+strconv.Itoa(rest)+" mục khác")
	}
	return "• " + strings.Join(lines, "\n• ")
}

// busy shows a progress indicator while long work runs off the UI
// goroutine; the caller hides it when the work is done.
func (g *gui) busy(title, msg string) dialog.Dialog {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(title, container.NewVBox(wrapped(msg), bar), g.win)
	d.Show()
	d.Resize(fyne.NewSize(420, 140))
	return d
}

// showCustom shows content in a dialog closed with "Đóng".
func (g *gui) showCustom(title string, content fyne.CanvasObject) {
	d := dialog.NewCustom(title, "Đóng", content, g.win)
	g.sized(d, content)
}
