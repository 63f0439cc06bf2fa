package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The buttons of a row move it up and down and delete it; the first row
// cannot go up, the last cannot go down.
func TestReorderButtons(t *testing.T) {
	test.NewTempApp(t)
	var moves [][2]int
	removed := -1
	rows := make([]*fyne.Container, 3)
	for i := range rows {
		rows[i] = NewReorderButtons(i, len(rows), func(from, to int) { moves = append(moves, [2]int{from, to}) },
			func() { removed = i })
	}
	button := func(row, j int) *widget.Button { return rows[row].Objects[j].(*widget.Button) }
	if !button(0, 0).Disabled() || button(0, 1).Disabled() || !button(2, 1).Disabled() || button(2, 0).Disabled() {
		t.Error("up on the first row or down on the last is not disabled")
	}
	test.Tap(button(1, 0))
	test.Tap(button(1, 1))
	test.Tap(button(0, 0)) // off: nothing
	test.Tap(button(2, 2))
	if len(moves) != 2 || moves[0] != [2]int{1, 0} || moves[1] != [2]int{1, 2} {
		t.Errorf("moves %v, want [[1 0] [1 2]]", moves)
	}
	if removed != 2 {
		t.Errorf("deleted row %d, want 3", removed+1)
	}
}

// A label row cuts what does not fit with an ellipsis, its columns
// sharing the width by weight.
func TestLabelRow(t *testing.T) {
	test.NewTempApp(t)
	row := NewLabelRow([]float32{3, 1})
	RowLabel(row, 0).SetText("Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình, báo cáo 6 tháng đầu năm 2026")
	RowLabel(row, 1).SetText("Đã chốt")
	w := test.NewWindow(container.NewStack(row))
	defer w.Close()
	w.Resize(fyne.NewSize(400, 60))
	a, b := RowLabel(row, 0), RowLabel(row, 1)
	if a.Size().Width < 2.5*b.Size().Width || a.Size().Width > 3.5*b.Size().Width {
		t.Errorf("columns %v and %v wide, want 3:1", a.Size().Width, b.Size().Width)
	}
	if a.MinSize().Width > a.Size().Width {
		t.Errorf("the long label needs %v, its cell is %v wide: not cut", a.MinSize().Width, a.Size().Width)
	}
}
