package templates

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// picker is the dialog in which the clerk picks an indicator by its name.
type picker struct {
	search *textedit.Entry
	list   *widget.List
	shown  []int // indices of the indicators listed
	empty  *widget.Label
	d      dialog.Dialog
}

// showEmpty says why the list is empty, if it is.
func (p *picker) showEmpty(q string, all int) {
	switch {
	case all == 0:
		p.empty.SetText("Chưa có chỉ tiêu nào chọn được ở đây.")
	case len(p.shown) == 0:
		p.empty.SetText("Không có chỉ tiêu nào có tên khớp với “" + q + "”.")
	}
	p.empty.Hidden = len(p.shown) > 0
	p.empty.Refresh()
}

// pick asks for one of the indicators that ok accepts, by name, with a
// search that ignores marks; chosen gets its code.
//
// The indicators of group near (when not "") come first: a derived
// figure is most often computed from its neighbours.
func (e *editor) pick(title, near string, ok func(in *report.Indicator) bool, chosen func(code string)) {
	c := e.t.Catalogue
	var all, far []int
	folded := map[int]string{} // the names and codes, folded once
	for i := range c.Indicators {
		if in := &c.Indicators[i]; ok(in) {
			if in.Group == near {
				all = append(all, i)
			} else {
				far = append(far, i)
			}
			folded[i] = report.Fold(in.Name + " " + in.Code)
		}
	}
	all = append(all, far...)
	p := &picker{shown: all}
	p.search = newEntry(e.sh, "Gõ vài chữ của tên chỉ tiêu (có dấu hay không dấu đều được)")
	p.list = widget.NewList(func() int { return len(p.shown) }, newRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		if id >= len(p.shown) {
			return
		}
		in := &c.Indicators[p.shown[id]]
		_, title, detail := rowParts(o)
		setLabel(title, indicatorName(*in), widget.MediumImportance)
		setLabel(detail, in.Code+" · "+in.Unit+" · nhóm "+groupName(c, in.Group), widget.LowImportance)
	})
	p.list.OnSelected = func(id widget.ListItemID) {
		if id >= len(p.shown) {
			return
		}
		code := c.Indicators[p.shown[id]].Code
		p.d.Hide()
		chosen(code)
	}
	// Enter takes the only indicator found.
	p.search.OnSubmitted = func(string) {
		if len(p.shown) == 1 {
			p.list.Select(0)
		}
	}
	p.search.OnChanged = func(q string) {
		search := iwidget.NewSearch(q)
		p.shown = nil
		for _, i := range all {
			if search.In(folded[i]) {
				p.shown = append(p.shown, i)
			}
		}
		p.list.UnselectAll()
		p.list.Refresh()
		p.showEmpty(q, len(all))
	}
	p.empty = hint("")
	p.showEmpty("", len(all))
	p.d = dialog.NewCustom(title, "Hủy", container.NewBorder(container.NewVBox(p.search, p.empty), nil, nil, nil, p.list), e.sh.Window())
	p.d.SetOnClosed(func() { e.picker = nil })
	p.d.Resize(fyne.NewSize(760, 520))
	iwidget.ShowDialog(e.sh.Window(), p.d)
	e.picker = p
	e.sh.Window().Canvas().Focus(p.search)
}

// indicatorName is an indicator's name for a list or a button.
func indicatorName(in report.Indicator) string {
	if strings.TrimSpace(in.Name) == "" {
		return "(chưa có tên) " + in.Code
	}
	return in.Name
}

// groupName names a group id from a catalogue being edited.
func groupName(c *report.Catalogue, id string) string {
	for _, g := range c.Groups {
		if g.ID == id {
			return "«" + g.Name + "»"
		}
	}
	return id
}

// nameOf is the name of the indicator with a code: "(chưa chọn)" when
// none is chosen, the code itself when none has it.
func nameOf(c *report.Catalogue, code string) string {
	if code == "" {
		return "(chưa chọn)"
	}
	for i := range c.Indicators {
		if c.Indicators[i].Code == code {
			return indicatorName(c.Indicators[i])
		}
	}
	return code + " (không có trong mẫu)"
}
