package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// ColumnsLayout places its objects side by side, each taking its weight's
// share of the width (a table row whose columns line up with its header).
// An object past Weights weighs 1.
type ColumnsLayout struct {
	Weights []float32
}

// Layout places objs in size.
func (l *ColumnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	avail := size.Width - pad*float32(len(objs)-1)
	var total float32
	for i := range objs {
		total += l.weight(i)
	}
	placeInRow(objs, size.Height, func(i int) float32 { return avail * l.weight(i) / total })
}

func (l *ColumnsLayout) weight(i int) float32 {
	if i < len(l.Weights) {
		return l.Weights[i]
	}
	return 1
}

// MinSize is the tallest object's height; narrow columns count whole,
// wide ones at most 60.
func (l *ColumnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h, w float32
	for _, o := range objs {
		m := o.MinSize()
		h = max(h, m.Height)
		w += min(m.Width, 60)
	}
	return fyne.NewSize(w, h)
}

// RowLayout places its objects side by side: a column with a width > 0
// has that width, the columns with 0 (or past Widths) share what is left.
// Every object gets the row's full height.
type RowLayout struct {
	Widths []float32
	// FlexMin is the least width of a column that takes the rest (0:
	// none); a row narrower than that is wider than its container, which
	// then scrolls it.
	FlexMin float32
}

// Layout places objs in size.
func (l *RowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	fixed, flex := float32(0), 0
	for i := range objs {
		if w := l.width(i); w > 0 {
			fixed += w
		} else {
			flex++
		}
	}
	rest := size.Width - fixed - pad*float32(len(objs)-1)
	share := float32(0)
	if flex > 0 {
		share = max(rest/float32(flex), l.FlexMin, 0)
	}
	placeInRow(objs, size.Height, func(i int) float32 {
		if w := l.width(i); w > 0 {
			return w
		}
		return share
	})
}

func (l *RowLayout) width(i int) float32 {
	if i < len(l.Widths) {
		return l.Widths[i]
	}
	return 0
}

// MinSize is the tallest object's height and the fixed widths, the
// shared columns counting at most 160 each (at least FlexMin).
func (l *RowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		h = max(h, m.Height)
		if fw := l.width(i); fw > 0 {
			w += fw
		} else {
			w += max(min(m.Width, 160), l.FlexMin)
		}
	}
	return fyne.NewSize(w+pad*float32(max(len(objs)-1, 0)), h)
}

// placeInRow places objs side by side, object i width(i) wide and height
// high, with the theme's padding between them.
func placeInRow(objs []fyne.CanvasObject, height float32, width func(i int) float32) {
	pad := theme.Padding()
	x := float32(0)
	for i, o := range objs {
		w := width(i)
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, height))
		x += w + pad
	}
}
