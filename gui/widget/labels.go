package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Wrapped is a label that wraps its text at word boundaries.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Hint is a grey label that wraps its text at word boundaries: what a
// screen or a field is for, what to type in it, what an empty list would
// hold.
func Hint(text string) *widget.Label {
	l := Wrapped(text)
	l.Importance = widget.LowImportance
	return l
}

// Placeholder is a Hint centred in the place of what is not chosen yet
// ("Chọn một … trong danh sách"): it wraps to the width of its place (a
// wrapped label in container.NewCenter gets no width and runs over).
func Placeholder(text string) fyne.CanvasObject {
	l := Hint(text)
	l.Alignment = fyne.TextAlignCenter
	return container.NewVBox(layout.NewSpacer(), l, layout.NewSpacer())
}

// Bold is a bold label whose text, too long for its place, is cut with an
// ellipsis (a column's header).
func Bold(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// Heading is a screen's title: bold, in the theme's heading size.
func Heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameHeadingText
	l.TextStyle.Bold = true
	return l
}
