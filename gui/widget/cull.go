package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// CullLayout stacks rows like a VBox, but a hidden row keeps its place:
// the rows out of the scroll's view are hidden, so that a long list (300
// documents) is not walked and drawn on every frame (the caret blinks at
// the frame rate) and its cost does not grow with its length.
//
// The size of a hidden row is the one it had when last measured: the
// window asks its layouts their minimum size before every frame it draws,
// and measuring 300 rows of widgets each time cost more than drawing them.
// A row hidden meanwhile takes its new size when it is shown again.
type CullLayout struct {
	scroll *container.Scroll
	rows   *fyne.Container
	top    float32 // where the rows start in the scroll's content; -1: not known
	sizes  map[fyne.CanvasObject]fyne.Size
}

// rowSize is the minimum size of row o: measured while it is shown (or
// never measured), remembered while it is hidden.
func (l *CullLayout) rowSize(o fyne.CanvasObject) fyne.Size {
	if l.sizes == nil {
		l.sizes = map[fyne.CanvasObject]fyne.Size{}
	}
	if s, ok := l.sizes[o]; ok && !o.Visible() {
		return s
	}
	s := o.MinSize()
	l.sizes[o] = s
	return s
}

// NewCulledRows is a container of rows whose layout is a CullLayout: it
// culls once Watch tells it the scroll made around it.
func NewCulledRows() *fyne.Container {
	l := &CullLayout{}
	c := container.New(l)
	l.rows = c
	return c
}

// MinSize stacks the rows' sizes, a hidden row's as last measured.
func (l *CullLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	if len(l.sizes) > 2*len(objs)+16 {
		clear(l.sizes) // rows removed or made anew
	}
	var w, h float32
	for i, o := range objs {
		m := l.rowSize(o)
		w = max(w, m.Width)
		h += m.Height
		if i > 0 {
			h += pad
		}
	}
	return fyne.NewSize(w, h)
}

// Layout stacks the rows and hides those out of view.
func (l *CullLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	var y float32
	for _, o := range objs {
		h := l.rowSize(o).Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
	l.top = -1 // found again at the next scroll
	l.cull()
}

// Watch hides the rows out of view of s whenever it scrolls.
func (l *CullLayout) Watch(s *container.Scroll) {
	l.scroll = s
	prev := s.OnScrolled
	s.OnScrolled = func(p fyne.Position) {
		if prev != nil {
			prev(p)
		}
		if l.top < 0 {
			// Finding a position walks the whole tree: once after a
			// layout, not on every scroll step.
			d := fyne.CurrentApp().Driver()
			if d.CanvasForObject(l.rows) != nil {
				l.top = d.AbsolutePositionForObject(l.rows).Y - d.AbsolutePositionForObject(s.Content).Y
			}
		}
		l.cull()
	}
}

// cull shows the rows in view and hides the others.
func (l *CullLayout) cull() {
	s := l.scroll
	if s == nil || l.rows == nil || s.Size().Height <= 0 {
		return
	}
	view := s.Size().Height
	top := max(l.top, 0)
	// The rows in view only: every row shown is drawn on every frame
	// (clipped, but drawn), and a wheel step shows the rows it brings
	// into view before the frame is drawn.
	from, to := s.Offset.Y-top, s.Offset.Y+view-top
	for _, o := range l.rows.Objects {
		y := o.Position().Y
		in := y+o.Size().Height >= from && y <= to
		if in && !o.Visible() {
			o.Show()
		} else if !in && o.Visible() {
			o.Hide()
		}
	}
}
