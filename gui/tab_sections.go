package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// sectionsTab is "Nội dung": the narrative's sections, each a heading and
// paragraphs (separated by a blank line) in which {code} placeholders
// stand for figures. On the left the list of sections, on the right the
// selected one and its text as it will be printed.
type sectionsTab struct {
	e       *editor
	content fyne.CanvasObject

	list                *widget.List
	sel                 int
	add, del, up, down  *widget.Button
	heading             *textedit.Entry
	text                *textedit.Editor
	inHeading           bool // the heading, not the text, had the caret last ("Chèn số liệu")
	insert, convert     *widget.Button
	noteSec, noteHead   *widget.Label
	noteText            *widget.Label
	guidance            *widget.Label // what the template asks to write under the heading
	previewHead         *widget.Label
	previewText         *textedit.Preview
	resolved            []string // the text's paragraphs as previewed
	previewDue          previewDue
	editorPane, nothing fyne.CanvasObject
	right               *fyne.Container
	edited              int // the paragraph being typed in, -1: any
}

func newSectionsTab(e *editor) *sectionsTab {
	t := &sectionsTab{e: e, sel: -1, edited: -1, previewDue: previewDue{drawn: -1}}
	r := e.r
	t.list = widget.NewList(
		func() int { return len(r.Sections) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(nil), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(r.Sections) {
				return
			}
			c := o.(*fyne.Container)
			// Refreshed after every key: a label set again to the same
			// text would measure it again (its ellipsis).
			if l, title := c.Objects[0].(*widget.Label), sectionTitle(id, r.Sections[id]); l.Text != title {
				l.SetText(title)
			}
			icon := c.Objects[1].(*widget.Icon)
			ps := e.problems.For(fmt.Sprintf("sections[%d]", id))
			switch {
			case ps.HasErrors():
				icon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
				icon.Show()
			case len(ps) > 0:
				icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
				icon.Show()
			default:
				icon.Hide()
			}
		})
	t.list.OnSelected = func(id widget.ListItemID) { t.show(id) }

	t.add = widget.NewButtonWithIcon("Thêm phần", theme.ContentAddIcon(), t.addSection)
	t.del = iwidget.IconButton(theme.DeleteIcon(), t.removeSection)
	t.up = iwidget.IconButton(theme.MoveUpIcon(), func() { t.move(t.sel, t.sel-1) })
	t.down = iwidget.IconButton(theme.MoveDownIcon(), func() { t.move(t.sel, t.sel+1) })
	left := container.NewBorder(nil, container.NewHBox(t.add, t.up, t.down, t.del), nil, nil, t.list)

	t.heading = textedit.NewMultiLineEntry(e.g.typ, 2)
	t.heading.SetPlaceHolder("I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO")
	t.heading.OnChanged = func(s string) {
		if e.updating || t.sel < 0 {
			return
		}
		r.Sections[t.sel].Heading = s
		t.list.RefreshItem(t.sel)
		e.changed()
	}
	t.text = textedit.NewEditor(e.g.typ)
	t.text.SetPlaceHolder(textHint)
	t.text.OnChanged = func(s string) {
		if e.updating || t.sel < 0 {
			return
		}
		r.Sections[t.sel].Text = s
		t.edited = t.text.ChangedParagraph()
		e.changed()
		t.edited = -1
	}
	t.heading.OnFocus = func() { t.inHeading = true }
	t.text.OnFocus = func() { t.inHeading = false }

	t.insert = widget.NewButtonWithIcon("Chèn số liệu…", theme.ContentAddIcon(), t.showInsert)
	t.convert = widget.NewButtonWithIcon("Chuyển mã…", theme.ViewRefreshIcon(), func() {
		if t.inHeading {
			e.g.typ.convertDialog(t.heading)
		} else {
			e.g.typ.convertDialog(t.text)
		}
	})

	t.noteSec = widget.NewLabel("")
	t.noteHead = widget.NewLabel("")
	t.noteText = widget.NewLabel("")
	for _, l := range []*widget.Label{t.noteSec, t.noteHead, t.noteText} {
		l.Wrapping = fyne.TextWrapWord
		l.Hide()
	}

	t.guidance = widget.NewLabel("")
	t.guidance.Wrapping = fyne.TextWrapWord
	t.guidance.TextStyle.Italic = true
	t.guidance.Importance = widget.LowImportance
	t.guidance.Hide()

	t.previewHead = widget.NewLabel("")
	t.previewHead.TextStyle.Bold = true
	t.previewHead.Wrapping = fyne.TextWrapWord
	t.previewText = textedit.NewPreview()
	previewTitle := widget.NewLabel("Xem trước (số liệu đã điền vào):")
	previewTitle.Importance = widget.LowImportance
	preview := container.NewBorder(container.NewVBox(previewTitle, t.previewHead), nil, nil, nil, t.previewText)

	label := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.TextStyle.Bold = true
		return l
	}
	top := container.NewVBox(
		label("Tiêu đề"), t.heading, t.noteHead, t.guidance,
		container.NewBorder(nil, nil, label("Nội dung"), container.NewHBox(t.insert, t.convert)),
	)
	textPane := container.NewBorder(top, container.NewVBox(t.noteText, t.noteSec), nil, nil, t.text)
	split := container.NewVSplit(textPane, preview)
	split.Offset = 0.62
	t.editorPane = split
	empty := widget.NewLabel("Chọn một phần ở bên trái, hoặc bấm “Thêm phần”.")
	empty.Importance = widget.LowImportance
	t.nothing = container.NewCenter(empty)
	t.right = container.NewStack(t.nothing)

	hs := container.NewHSplit(left, container.NewPadded(t.right))
	hs.Offset = 0.3
	t.content = hs

	for i := range r.Sections {
		t.addTargets(i)
	}
	e.onRefresh(t.refresh)
	if len(r.Sections) > 0 {
		t.list.Select(0)
	} else {
		t.show(-1)
	}
	return t
}

// sectionTitle names a section in the list: the first line of its
// heading, else the start of its text.
func sectionTitle(i int, s report.Section) string {
	title := strings.TrimSpace(s.Heading)
	if title == "" {
		title = strings.TrimSpace(s.Text)
		if title == "" {
			return fmt.Sprintf("%d. (phần trống)", i+1)
		}
	}
	if j := strings.IndexByte(title, '\n'); j >= 0 {
		rest := strings.TrimSpace(title[j+1:])
		title = strings.TrimSpace(title[:j])
		if rest != "" {
			title += " — " + rest
		}
	}
	return fmt.Sprintf("%d. %s", i+1, shorten(title, 80))
}

// addTargets lets a problem of section i jump to its entries.
func (t *sectionsTab) addTargets(i int) {
	f := fmt.Sprintf("sections[%d]", i)
	sel := func() { t.list.Select(i) }
	t.e.target(f, tabSections, t.heading, sel)
	t.e.target(f+".heading", tabSections, t.heading, sel)
	t.e.targets[f+".text"] = target{tab: tabSections, before: sel, find: t.problemParagraph}
}

// problemParagraph puts the caret into the first paragraph of the text
// with a placeholder that cannot be filled or a stray brace (what the
// rules say of a section's text), else into the first one.
func (t *sectionsTab) problemParagraph() fyne.Focusable {
	return t.text.FocusProblem(func(s string) bool {
		if t.e.sheet == nil {
			return false
		}
		out, _ := t.e.sheet.Resolve(s)
		return strings.Contains(out, "{")
	})
}

// show puts section i into the entries (-1: none).
func (t *sectionsTab) show(i int) {
	e := t.e
	e.forget("sections[")
	for j := range e.r.Sections {
		t.addTargets(j)
	}
	if i < 0 || i >= len(e.r.Sections) {
		t.sel = -1
		t.right.Objects = []fyne.CanvasObject{t.nothing}
		t.right.Refresh()
		t.setButtons()
		return
	}
	t.sel = i
	f := fmt.Sprintf("sections[%d]", i)
	e.notes[f] = t.noteSec
	e.notes[f+".heading"] = t.noteHead
	e.notes[f+".text"] = t.noteText
	was := e.updating
	e.updating = true
	t.heading.SetText(e.r.Sections[i].Heading)
	t.showGuidance(e.r.Sections[i].Guidance)
	t.text.SetText(e.r.Sections[i].Text)
	e.updating = was
	t.right.Objects = []fyne.CanvasObject{t.editorPane}
	t.right.Refresh()
	t.setButtons()
	t.preview()
	e.showShown()
}

func (t *sectionsTab) setButtons() {
	if t.e.readOnly {
		return
	}
	n := len(t.e.r.Sections)
	enable(t.del, t.sel >= 0)
	enable(t.up, t.sel > 0)
	enable(t.down, t.sel >= 0 && t.sel < n-1)
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (t *sectionsTab) addSection() {
	e := t.e
	at := len(e.r.Sections)
	if t.sel >= 0 {
		at = t.sel + 1
	}
	e.r.Sections = append(e.r.Sections, report.Section{})
	copy(e.r.Sections[at+1:], e.r.Sections[at:])
	e.r.Sections[at] = report.Section{}
	t.list.Refresh()
	t.list.Select(at)
	e.changed()
	e.g.win.Canvas().Focus(t.heading)
}

func (t *sectionsTab) removeSection() {
	e := t.e
	i := t.sel
	if i < 0 {
		return
	}
	do := func() {
		e.r.Sections = append(e.r.Sections[:i], e.r.Sections[i+1:]...)
		t.list.UnselectAll()
		t.list.Refresh()
		if len(e.r.Sections) > 0 {
			t.list.Select(min(i, len(e.r.Sections)-1))
		} else {
			t.show(-1)
		}
		e.changed()
	}
	s := e.r.Sections[i]
	if strings.TrimSpace(s.Heading) == "" && strings.TrimSpace(s.Text) == "" {
		do()
		return
	}
	e.g.confirm("Xóa phần", fmt.Sprintf("Xóa phần “%s” cùng toàn bộ nội dung của nó?", sectionTitle(i, s)), "Xóa", do)
}

func (t *sectionsTab) move(from, to int) {
	ss := t.e.r.Sections
	if from < 0 || to < 0 || to >= len(ss) {
		return
	}
	ss[from], ss[to] = ss[to], ss[from]
	t.list.Refresh()
	t.list.Select(to)
	t.e.changed()
}

// refresh redraws the list's problem marks, and the preview after a
// pause.
func (t *sectionsTab) refresh() {
	t.list.Refresh()
	t.schedulePreview()
}

// textHint is what an empty section's text says when the template gives
// no guidance for it.
const textHint = "Gõ đoạn văn; Enter mở đoạn mới. Số liệu: bấm “Chèn số liệu…”, ví dụ {llct.hocvien}."

// showGuidance shows what the template asks to write under the heading:
// under the heading while writing, and in the empty text. It is never
// printed or exported.
func (t *sectionsTab) showGuidance(g string) {
	g = strings.TrimSpace(g)
	if g == "" {
		t.guidance.Hide()
		t.text.SetPlaceHolder(textHint)
		return
	}
	t.guidance.SetText("Hướng dẫn của mẫu báo cáo: " + g)
	t.guidance.Show()
	t.text.SetPlaceHolder(g)
}
