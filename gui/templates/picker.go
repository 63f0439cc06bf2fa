package templates

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
)

// picker is the dialog in which the clerk picks an indicator by its name.
type picker struct {
	search *entry
	list   *widget.List
	shown  []int // indices of the indicators listed
	d      dialog.Dialog
}

// pick asks for one of the indicators that ok accepts, by name, with a
// search that ignores marks; chosen gets its code.
func (e *editor) pick(title string, ok func(in *report.Indicator) bool, chosen func(code string)) {
	c := e.t.Catalogue
	var all []int
	folded := map[int]string{}
	for i := range c.Indicators {
		if in := &c.Indicators[i]; ok(in) {
			all = append(all, i)
			folded[i] = report.Fold(in.Name + " " + in.Code)
		}
	}
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
	p.search.OnChanged = func(q string) {
		words := strings.Fields(report.Fold(q))
		p.shown = nil
		for _, i := range all {
			match := true
			for _, w := range words {
				match = match && strings.Contains(folded[i], w)
			}
			if match {
				p.shown = append(p.shown, i)
			}
		}
		p.list.UnselectAll()
		p.list.Refresh()
	}
	empty := hint("Chưa có chỉ tiêu nào chọn được ở đây.")
	if len(all) > 0 {
		empty.Hide()
	}
	p.d = dialog.NewCustom(title, "Hủy", container.NewBorder(container.NewVBox(p.search, empty), nil, nil, nil, p.list), e.sh.Window())
	p.d.SetOnClosed(func() { e.picker = nil })
	p.d.Resize(fyne.NewSize(760, 520))
	p.d.Show()
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
