package templates

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// Levels of a heading, as the form offers them.
var levels = []string{"Cấp 1 (I., II.)", "Cấp 2 (1., 2.)", "Cấp 3 (a), b))"}

// indentStep is how far a heading moves right for each level under 1.
const indentStep = 24

// outlineTab edits the outline: the headings numbered as a new report
// gets them, and the form of the one selected (level, title, guidance).
type outlineTab struct {
	e                    *editor
	list                 *widget.List
	cur                  int
	listNote             *note
	add, up, down, del   *widget.Button
	level                *widget.RadioGroup
	title, guidance      *textedit.Entry
	levelNote, titleNote *note
	guidanceNote         *note
	number               *widget.Label
	form                 fyne.CanvasObject
	placeholder          fyne.CanvasObject
	content              fyne.CanvasObject
}

func newOutlineTab(e *editor) *outlineTab {
	o := &outlineTab{e: e, cur: -1}
	o.list = widget.NewList(func() int { return len(e.t.Outline) }, func() fyne.CanvasObject {
		indent := canvas.NewRectangle(nil)
		return container.NewBorder(nil, nil, indent, nil, newRow())
	}, o.row)
	o.list.OnSelected = func(id widget.ListItemID) {
		if id != o.cur {
			o.selectHeading(id)
		}
	}
	o.listNote = newNote()
	o.add, o.up, o.down, o.del = listButtons("Thêm đề mục", o.addHeading, o.moveHeading, o.deleteHeading)
	o.level = widget.NewRadioGroup(levels, func(s string) {
		if h := o.editable(); h != nil {
			for i, l := range levels {
				if l == s && h.Level != i+1 {
					o.e.restructure(func() { o.e.t.Outline[o.cur].Level = i + 1 })
				}
			}
		}
	})
	o.level.Horizontal = true
	o.level.Required = true
	o.title = newEntry(e.sh, "ví dụ: Công tác dân vận")
	o.title.OnChanged = func(s string) {
		if h := o.editable(); h != nil {
			h.Title = s
			e.changed()
		}
	}
	o.guidance = textedit.NewMultiLineEntry(e.sh.Typing(), 10)
	o.guidance.SetPlaceHolder("Những gì cần viết dưới đề mục này: người soạn thấy khi viết, không in ra báo cáo.\nví dụ: Nêu kết quả thực hiện mô hình “Dân vận khéo”, số mô hình được công nhận, cách làm hay.")
	o.guidance.OnChanged = func(s string) {
		if h := o.editable(); h != nil {
			h.Guidance = s
			e.changed()
		}
	}
	o.number = bold("")
	o.levelNote, o.titleNote, o.guidanceNote = newNote(), newNote(), newNote()
	f := form(
		widget.NewLabel("Số thứ tự"), o.number,
		widget.NewLabel("Cấp"), field(o.level, o.levelNote),
		widget.NewLabel("Tiêu đề"), field(o.title, o.titleNote),
		widget.NewLabel("Hướng dẫn"), field(o.guidance, o.guidanceNote),
	)
	scroll := container.NewVScroll(container.NewPadded(f))
	o.form = scroll
	relayouter([]fyne.CanvasObject{f, scroll}, o.levelNote, o.titleNote, o.guidanceNote)
	o.placeholder = iwidget.Placeholder("Chọn một đề mục để sửa, hoặc bấm “Thêm đề mục”.")
	left := listPane(bold("Đề cương (đánh số như báo cáo mới sẽ có)"), o.listNote, o.list, o.add, o.up, o.down, o.del)
	split := container.NewHSplit(container.NewPadded(left), container.NewStack(o.form, o.placeholder))
	split.SetOffset(0.45)
	o.content = split
	return o
}

func (o *outlineTab) editable() *report.Heading {
	return selectedItem(o.e, o.e.t.Outline, o.cur)
}

func (o *outlineTab) row(id widget.ListItemID, obj fyne.CanvasObject) {
	t := o.e.t
	if id >= len(t.Outline) || id >= len(o.e.sections) {
		return
	}
	c := obj.(*fyne.Container)
	indent := c.Objects[1].(*canvas.Rectangle)
	w := float32(indentStep * (min(max(t.Outline[id].Level, 1), 3) - 1))
	if indent.MinSize().Width != w {
		indent.SetMinSize(fyne.NewSize(w, 1))
		c.Refresh()
	}
	icon, title, detail := rowParts(c.Objects[0])
	ps := o.e.px.item(listOutline, id)
	setIcon(icon, ps)
	guidance, _, _ := strings.Cut(strings.TrimSpace(t.Outline[id].Guidance), "\n")
	if guidance == "" {
		guidance = "(chưa có hướng dẫn)"
	}
	rowTexts(title, detail, o.e.sections[id].Heading, guidance, ps)
}

func (o *outlineTab) reload() {
	o.cur = clampSelection(o.cur, len(o.e.t.Outline))
	o.list.Refresh()
	o.selectHeading(o.cur)
}

func (o *outlineTab) selectHeading(i int) {
	o.cur = i
	o.enableButtons()
	if !selectItem(o.list, o.form, o.placeholder, i) {
		o.refresh()
		return
	}
	h := o.e.t.Outline[i]
	o.e.fill(func() {
		o.level.SetSelected("")
		if h.Level >= 1 && h.Level <= 3 {
			o.level.SetSelected(levels[h.Level-1])
		}
		setText(o.title, h.Title)
		setText(o.guidance, h.Guidance)
	})
	o.refresh()
}

func (o *outlineTab) enableButtons() {
	enableItems(o.e.readOnly, o.cur, len(o.e.t.Outline), o.add, o.up, o.down, o.del)
}

func (o *outlineTab) refresh() {
	px := o.e.px
	o.list.Refresh()
	o.listNote.show(px.item(listOutline, -1))
	if o.cur < 0 || o.cur >= len(o.e.sections) {
		return
	}
	if n := strings.Fields(o.e.sections[o.cur].Heading); len(n) > 0 && o.number.Text != n[0] {
		o.number.SetText(n[0])
	}
	o.levelNote.show(px.field(listOutline, o.cur, "level", ""))
	o.titleNote.show(px.field(listOutline, o.cur, "title"))
	o.guidanceNote.show(px.field(listOutline, o.cur, "guidance"))
}

func (o *outlineTab) show(p place) {
	if p.i < 0 || p.i >= len(o.e.t.Outline) {
		return
	}
	o.selectHeading(p.i)
	if o.e.readOnly {
		return
	}
	if p.sub == "guidance" {
		o.e.sh.Window().Canvas().Focus(o.guidance)
	} else {
		o.e.sh.Window().Canvas().Focus(o.title)
	}
}

// addHeading adds a heading after the one selected, at its level.
func (o *outlineTab) addHeading() {
	level := 1
	if o.cur >= 0 {
		level = o.e.t.Outline[o.cur].Level
	}
	addAfterSelected(o.e, &o.e.t.Outline, &o.cur, report.Heading{Level: level})
	o.e.say("Đã thêm một đề mục: gõ tiêu đề và hướng dẫn; chọn cấp để thụt vào hay lùi ra.")
	o.e.sh.Window().Canvas().Focus(o.title)
}

func (o *outlineTab) moveHeading(d int) { moveSelected(o.e, o.e.t.Outline, &o.cur, d) }

func (o *outlineTab) deleteHeading() {
	if o.cur < 0 {
		return
	}
	title := o.e.t.Outline[o.cur].Title
	deleteSelected(o.e, &o.e.t.Outline, &o.cur)
	o.e.say("Đã xóa đề mục «" + title + "». Bấm “Hoàn tác” nếu xóa nhầm.")
}

func (o *outlineTab) disable() {
	o.level.Disable()
	o.title.Disable()
	o.guidance.Disable()
}
