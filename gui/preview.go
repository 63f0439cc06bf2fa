package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// paragraphPreview shows paragraphs as word-wrapped labels in a
// virtualised list: only the visible ones exist, and a change re-wraps
// only the paragraphs whose text changed.
type paragraphPreview struct {
	widget.BaseWidget
	paras   []string
	heights []float32
	width   float32
	list    *widget.List
	measure *widget.Label
}

func newParagraphPreview() *paragraphPreview {
	v := &paragraphPreview{}
	v.measure = widget.NewLabel("")
	v.measure.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(
		func() int { return len(v.paras) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if l := o.(*widget.Label); id < len(v.paras) && l.Text != v.paras[id] {
				l.SetText(v.paras[id])
			}
		})
	v.list.HideSeparators = true
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the list.
func (v *paragraphPreview) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.list)
}

// MinSize is a few lines: the list scrolls.
func (v *paragraphPreview) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	return fyne.NewSize(100, 80)
}

// Resize measures the paragraphs again when the width changes.
func (v *paragraphPreview) Resize(s fyne.Size) {
	v.BaseWidget.Resize(s)
	if s.Width != v.width && s.Width > 0 {
		v.width = s.Width
		for i := range v.paras {
			v.heights[i] = v.heightOf(v.paras[i])
			v.list.SetItemHeight(i, v.heights[i])
		}
	}
}

func (v *paragraphPreview) heightOf(s string) float32 { return wrappedHeight(v.measure, s, v.width) }

// set shows paragraphs ps; only those that differ from what is shown are
// measured and drawn again.
func (v *paragraphPreview) set(ps []string) {
	same := len(ps) == len(v.paras)
	for len(v.heights) < len(ps) {
		v.heights = append(v.heights, 0)
	}
	v.heights = v.heights[:len(ps)]
	old := v.paras
	v.paras = ps
	for i, s := range ps {
		if i < len(old) && old[i] == s && v.heights[i] > 0 {
			continue
		}
		v.heights[i] = v.heightOf(s)
		v.list.SetItemHeight(i, v.heights[i])
		if same {
			v.list.RefreshItem(i)
		}
	}
	if !same {
		v.list.Refresh()
	}
}

// text is what the preview shows, paragraphs separated by a blank line.
func (v *paragraphPreview) text() string {
	out := ""
	for i, s := range v.paras {
		if i > 0 {
			out += "\n\n"
		}
		out += s
	}
	return out
}
