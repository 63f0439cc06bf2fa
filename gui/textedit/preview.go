package textedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Preview shows paragraphs as word-wrapped labels in a
// virtualised list: only the visible ones exist, and a change re-wraps
// only the paragraphs whose text changed.
type Preview struct {
	widget.BaseWidget
	paras   []string
	heights []float32
	width   float32
	list    *widget.List
	measure *widget.Label
}

// NewPreview is an empty preview.
func NewPreview() *Preview {
	v := &Preview{}
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
func (v *Preview) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.list)
}

// MinSize is a few lines: the list scrolls.
func (v *Preview) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	return fyne.NewSize(100, 80)
}

// Resize measures the paragraphs again when the width changes.
func (v *Preview) Resize(s fyne.Size) {
	v.BaseWidget.Resize(s)
	if s.Width != v.width && s.Width > 0 {
		v.width = s.Width
		for i := range v.paras {
			v.heights[i] = v.heightOf(v.paras[i])
			v.list.SetItemHeight(i, v.heights[i])
		}
	}
}

func (v *Preview) heightOf(s string) float32 { return wrappedHeight(v.measure, s, v.width) }

// Set shows paragraphs ps; only those that differ from what is shown are
// measured and drawn again.
func (v *Preview) Set(ps []string) {
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

// Text is what the preview shows, paragraphs separated by a blank line.
func (v *Preview) Text() string {
	out := ""
	for i, s := range v.paras {
		if i > 0 {
			out += "\n\n"
		}
		out += s
	}
	return out
}

// ScrollTo scrolls paragraph i into view.
func (v *Preview) ScrollTo(i int) { v.list.ScrollTo(i) }
