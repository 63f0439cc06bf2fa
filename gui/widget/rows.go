package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// IconButton is a button that shows only an icon, drawn lightly (the
// buttons of a list's rows).
func IconButton(icon fyne.Resource, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("", icon, tapped)
	b.Importance = widget.LowImportance
	return b
}

// NewLabelRow is a row of a list shown as a table: one label a column,
// the columns sharing the width by weight (ColumnsLayout), a text too
// long for its column cut with an ellipsis. RowLabel gives its labels.
func NewLabelRow(weights []float32) *fyne.Container {
	cells := make([]fyne.CanvasObject, len(weights))
	for i := range cells {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		cells[i] = l
	}
	return container.New(&ColumnsLayout{Weights: weights}, cells...)
}

// RowLabel is the label of column i of a row made by NewLabelRow.
func RowLabel(row fyne.CanvasObject, i int) *widget.Label {
	return row.(*fyne.Container).Objects[i].(*widget.Label)
}

// NewReorderButtons are the buttons of row i of a list of n rows that
// move it up (move(i, i-1)), down (move(i, i+1)) or delete it, side by
// side: up is off in the first row, down in the last.
func NewReorderButtons(i, n int, move func(from, to int), remove func()) *fyne.Container {
	up := IconButton(theme.MoveUpIcon(), func() { move(i, i-1) })
	down := IconButton(theme.MoveDownIcon(), func() { move(i, i+1) })
	del := IconButton(theme.DeleteIcon(), remove)
	if i == 0 {
		up.Disable()
	}
	if i == n-1 {
		down.Disable()
	}
	return container.NewHBox(up, down, del)
}
