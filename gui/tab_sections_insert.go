package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
)

// placeholderKinds are what a placeholder can stand for.
var placeholderKinds = []struct{ field, label string }{
	{report.PHValue, "Số liệu kỳ này"},
	{report.PHPrevious, "Cùng kỳ năm trước"},
	{report.PHPlan, "Kế hoạch năm"},
	{report.PHVsPrevious, "% so với cùng kỳ"},
	{report.PHVsPlan, "% kế hoạch năm đạt được"},
}

// placeholderChoice is one line of the "Chèn số liệu" list.
type placeholderChoice struct {
	in   *report.Indicator
	text string // the placeholder: {llct.hocvien:plan}
}

// showInsert lets the clerk pick a figure and inserts its placeholder at
// the cursor of the heading or text entry last focused.
func (t *sectionsTab) showInsert() {
	e := t.e
	if t.sel < 0 || e.readOnly {
		return
	}
	inHeading := t.inHeading
	cat := e.r.Catalogue()
	kind := 0
	var shown []placeholderChoice
	search := widget.NewEntry()
	search.SetPlaceHolder("Tìm chỉ tiêu (ví dụ: học viên)")
	kinds := make([]string, len(placeholderKinds))
	for i, k := range placeholderKinds {
		kinds[i] = k.label
	}
	list := widget.NewList(
		func() int { return len(shown) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			val := widget.NewLabel("")
			val.Alignment = fyne.TextAlignTrailing
			return container.NewBorder(nil, nil, nil, val, name)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(shown) {
				return
			}
			c := o.(*fyne.Container)
			ch := shown[id]
			c.Objects[0].(*widget.Label).SetText(ch.in.Name + "  " + ch.text)
			v, _ := e.sheet.Resolve(ch.text)
			if v == ch.text {
				v = "(chưa có số)"
			}
			c.Objects[1].(*widget.Label).SetText(v)
		})
	fill := func() {
		shown = shown[:0]
		field := placeholderKinds[kind].field
		for i := range cat.Indicators {
			in := &cat.Indicators[i]
			if in.IsRatio() && (field == report.PHVsPlan || field == report.PHVsPrevious) {
				continue
			}
			if !iwidget.Matches(in.Name+" "+in.Code+" "+cat.GroupName(in.Group), search.Text) {
				continue
			}
			shown = append(shown, placeholderChoice{in: in, text: report.Placeholder(in.Code, field)})
		}
		list.UnselectAll()
		list.Refresh()
	}
	sel := widget.NewRadioGroup(kinds, func(s string) {
		kind = max(indexOf(kinds, s), 0)
		fill()
	})
	sel.Horizontal = true
	sel.Required = true
	sel.SetSelected(kinds[0])
	search.OnChanged = func(string) { fill() }
	fill()

	var d *dialog.CustomDialog
	list.OnSelected = func(id widget.ListItemID) {
		if id >= len(shown) {
			return
		}
		d.Hide()
		t.insertPlaceholder(inHeading, shown[id].text)
	}
	content := container.NewBorder(container.NewVBox(sel, search), nil, nil, nil, list)
	d = dialog.NewCustom("Chèn số liệu vào "+map[bool]string{true: "tiêu đề", false: "nội dung"}[inHeading], "Hủy", content, e.g.win)
	d.Resize(fyne.NewSize(860, 560))
	iwidget.ShowDialog(e.g.win, d)
	e.g.win.Canvas().Focus(search)
}

// insertPlaceholder types the placeholder at the caret of the heading or
// of the text's paragraph that had it last (as if it were typed, without
// the typing method) and gives it the focus.
func (t *sectionsTab) insertPlaceholder(inHeading bool, ph string) {
	if inHeading {
		t.heading.TypeRaw(ph)
		t.e.g.win.Canvas().Focus(t.heading)
		return
	}
	t.text.InsertAtCaret(ph)
}
