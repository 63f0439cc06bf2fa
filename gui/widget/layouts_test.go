package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A row's flexible column takes the rest, never less than FlexMin: a row
// of many fixed columns is then wider than its container (which scrolls
// it) rather than squeezing the flexible one to nothing.
func TestRowLayoutFlexMin(t *testing.T) {
	test.NewTempApp(t)
	cells := func() []fyne.CanvasObject {
		name := widget.NewLabel("BAN XÂY DỰNG ĐẢNG ĐẢNG ỦY XÃ GIA VIỄN")
		name.Truncation = fyne.TextTruncateEllipsis
		return []fyne.CanvasObject{widget.NewLabel("1"), name, widget.NewLabel("12"), widget.NewLabel("5")}
	}
	widths := []float32{40, 0, 300, 300}
	for _, tc := range []struct {
		name    string
		flexMin float32
		width   float32 // the row's width
		want    float32 // the name column's width
	}{
		{"room to spare", 260, 1200, 1200 - 640 - 3*4},
		{"squeezed, no minimum", 0, 700, 700 - 640 - 3*4},
		{"squeezed, minimum kept", 260, 700, 260},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := &RowLayout{Widths: widths, FlexMin: tc.flexMin}
			row := container.New(l, cells()...)
			row.Resize(fyne.NewSize(tc.width, 40))
			if got := row.Objects[1].Size().Width; got != tc.want {
				t.Errorf("name column %v wide, want %v", got, tc.want)
			}
			if tc.flexMin > 0 && row.MinSize().Width < 640+tc.flexMin {
				t.Errorf("min width %v, want at least the fixed columns and FlexMin (%v)", row.MinSize().Width, 640+tc.flexMin)
			}
		})
	}
}
