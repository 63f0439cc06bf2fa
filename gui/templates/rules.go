package templates

import (
	"fmt"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// Severities as the form offers them.
var severities = []string{report.SeverityName(report.Error), report.SeverityName(report.Warning)}

// rulesTab edits the rules: their list, and the form of the one selected
// (its kind, the two typed indicators it compares, picked by name, the
// limit of an average, its severity).
type rulesTab struct {
	e                      *editor
	list                   *widget.List
	cur                    int
	listNote               *note
	add, up, down, del     *widget.Button
	kind                   *widget.Select
	a, b                   *widget.Button
	aName, bName, maxLabel *widget.Label
	max                    *textedit.Entry
	maxRow                 *fyne.Container
	severity               *widget.RadioGroup
	text                   *widget.Label
	kindNote, aNote, bNote *note
	maxNote, sevNote       *note
	formScroll             fyne.CanvasObject
	relayout               func()
	placeholder            fyne.CanvasObject
	content                fyne.CanvasObject
}

func newRulesTab(e *editor) *rulesTab {
	r := &rulesTab{e: e, cur: -1}
	r.list = widget.NewList(func() int { return len(e.t.Catalogue.Rules) }, newRow, r.row)
	r.list.OnSelected = func(id widget.ListItemID) {
		if id != r.cur {
			r.selectRule(id)
		}
	}
	r.listNote = newNote()
	r.add, r.up, r.down, r.del = listButtons("Thêm quy tắc", r.addRule, r.moveRule, r.deleteRule)
	kinds := make([]string, len(report.RuleKinds))
	for i, k := range report.RuleKinds {
		kinds[i] = report.RuleKindName(k)
	}
	r.kind = widget.NewSelect(kinds, func(s string) {
		if r.editable() == nil {
			return
		}
		k := report.RuleKinds[slices.Index(kinds, s)]
		e.restructure(func() {
			rule := &e.t.Catalogue.Rules[r.cur]
			rule.Kind = k
			if k != report.RuleAvgMax {
				rule.Max = 0
			}
		})
	})
	r.a = widget.NewButton("Chọn…", func() { r.pickSide("a") })
	r.b = widget.NewButton("Chọn…", func() { r.pickSide("b") })
	r.aName, r.bName = iwidget.Wrapped(""), iwidget.Wrapped("")
	r.maxLabel = widget.NewLabel("Mức tối đa")
	r.max = newPlainEntry("ví dụ: 500")
	r.max.OnChanged = func(s string) {
		rule := r.editable()
		if rule == nil {
			return
		}
		f := fmt.Sprintf("catalogue.rules[%d].max", r.cur)
		if v, err := report.ParseDecimal(s); err != nil {
			e.bad[f] = fmt.Sprintf("Quy tắc thứ %d: mức tối đa %s", r.cur+1, err)
		} else {
			delete(e.bad, f)
			rule.Max = v
		}
		e.changed()
	}
	r.severity = widget.NewRadioGroup(severities, func(s string) {
		if rule := r.editable(); rule != nil {
			rule.Severity = report.Error
			if s == severities[1] {
				rule.Severity = report.Warning
			}
			e.changed()
		}
	})
	r.severity.Horizontal = true
	r.severity.Required = true
	r.text = hint("")
	r.kindNote, r.aNote, r.bNote, r.maxNote, r.sevNote = newNote(), newNote(), newNote(), newNote(), newNote()
	r.maxRow = container.NewVBox(r.max, hint("Bình quân A / B (ví dụ số học viên một lớp) không được quá mức này."), r.maxNote)
	f := form(
		widget.NewLabel("Loại"), field(r.kind, r.kindNote),
		widget.NewLabel("Chỉ tiêu A"), field(choiceRow(r.aName, r.a), r.aNote),
		widget.NewLabel("Chỉ tiêu B"), field(choiceRow(r.bName, r.b), r.bNote),
		r.maxLabel, r.maxRow,
		widget.NewLabel("Khi sai là"), field(r.severity, r.sevNote),
		widget.NewLabel("Kiểm tra"), r.text,
	)
	box := container.NewVBox(f,
		hint("A và B là chỉ tiêu nhập (không phải chỉ tiêu tính tự động). Quy tắc là “lỗi” thì báo cáo sai quy tắc không xuất được; “cảnh báo” chỉ nhắc người soạn xem lại."))
	scroll := container.NewVScroll(container.NewPadded(box))
	r.formScroll = scroll
	r.relayout = relayouter([]fyne.CanvasObject{r.maxRow, f, box, scroll}, r.kindNote, r.aNote, r.bNote, r.maxNote, r.sevNote)
	r.placeholder = iwidget.Placeholder("Chọn một quy tắc trong danh sách để sửa, hoặc bấm “Thêm quy tắc”.")
	top := listPane(bold("Quy tắc kiểm tra số liệu"), r.listNote, r.list, r.add, r.up, r.down, r.del)
	split := container.NewVSplit(container.NewPadded(top), container.NewStack(r.formScroll, r.placeholder))
	split.SetOffset(0.5)
	r.content = split
	return r
}

func (r *rulesTab) editable() *report.Rule {
	return selectedItem(r.e, r.e.t.Catalogue.Rules, r.cur)
}

func (r *rulesTab) row(id widget.ListItemID, o fyne.CanvasObject) {
	c := r.e.t.Catalogue
	if id >= len(c.Rules) {
		return
	}
	icon, title, detail := rowParts(o)
	ps := r.e.px.item(listRules, id)
	setIcon(icon, ps)
	rowTexts(title, detail, strconv.Itoa(id+1)+". "+c.RuleText(c.Rules[id]), report.SeverityName(c.Rules[id].Severity), ps)
}

func (r *rulesTab) reload() {
	r.cur = clampSelection(r.cur, len(r.e.t.Catalogue.Rules))
	r.list.Refresh()
	r.selectRule(r.cur)
}

func (r *rulesTab) selectRule(i int) {
	r.cur = i
	r.enableButtons()
	if !selectItem(r.list, r.formScroll, r.placeholder, i) {
		r.refresh()
		return
	}
	c := r.e.t.Catalogue
	rule := c.Rules[i]
	r.e.fill(func() {
		r.kind.SetSelectedIndex(slices.Index(report.RuleKinds, rule.Kind))
		r.severity.SetSelected(report.SeverityName(rule.Severity))
		if _, bad := r.e.bad[fmt.Sprintf("catalogue.rules[%d].max", i)]; !bad {
			m := ""
			if rule.Max != 0 {
				m = report.FormatDecimal(rule.Max)
			}
			setText(r.max, m)
		}
	})
	r.aName.SetText(nameOf(c, rule.A))
	r.bName.SetText(nameOf(c, rule.B))
	if rule.Kind == report.RuleAvgMax {
		r.maxLabel.Show()
		r.maxRow.Show()
	} else {
		r.maxLabel.Hide()
		r.maxRow.Hide()
	}
	r.refresh()
	r.relayout()
}

func (r *rulesTab) enableButtons() {
	enableItems(r.e.readOnly, r.cur, len(r.e.t.Catalogue.Rules), r.add, r.up, r.down, r.del)
}

func (r *rulesTab) refresh() {
	px := r.e.px
	r.list.Refresh()
	r.listNote.show(px.item(listRules, -1))
	if r.cur < 0 {
		return
	}
	r.kindNote.show(px.field(listRules, r.cur, "kind"))
	r.aNote.show(px.field(listRules, r.cur, "a"))
	r.bNote.show(px.field(listRules, r.cur, "b", ""))
	r.maxNote.show(px.field(listRules, r.cur, "max"))
	r.sevNote.show(px.field(listRules, r.cur, "severity"))
	c := r.e.t.Catalogue
	if t := c.RuleText(c.Rules[r.cur]); r.text.Text != t {
		r.text.SetText(t)
	}
}

func (r *rulesTab) show(p place) {
	if p.i < 0 || p.i >= len(r.e.t.Catalogue.Rules) {
		return
	}
	r.selectRule(p.i)
	if p.sub == "max" && !r.e.readOnly {
		r.e.sh.Window().Canvas().Focus(r.max)
	}
}

func (r *rulesTab) addRule() {
	addAfterSelected(r.e, &r.e.t.Catalogue.Rules, &r.cur, report.Rule{Kind: report.RuleLE, Severity: report.Error})
	r.e.say("Đã thêm một quy tắc: chọn loại, rồi chọn chỉ tiêu A và B theo tên.")
}

func (r *rulesTab) moveRule(d int) { moveSelected(r.e, r.e.t.Catalogue.Rules, &r.cur, d) }

func (r *rulesTab) deleteRule() {
	c := r.e.t.Catalogue
	if r.cur < 0 {
		return
	}
	text := c.RuleText(c.Rules[r.cur])
	deleteSelected(r.e, &c.Rules, &r.cur)
	r.e.say("Đã xóa quy tắc " + text + ". Bấm “Hoàn tác” nếu xóa nhầm.")
}

// pickSide picks indicator A or B of the selected rule by name, among
// the typed indicators.
func (r *rulesTab) pickSide(side string) {
	if r.editable() == nil {
		return
	}
	cur := r.cur
	name := "A"
	if side == "b" {
		name = "B"
	}
	r.e.pick(fmt.Sprintf("Chỉ tiêu %s của quy tắc thứ %d", name, cur+1), r.nearGroup(cur), func(in *report.Indicator) bool { return !in.IsDerived() }, func(code string) {
		r.e.restructure(func() {
			rule := &r.e.t.Catalogue.Rules[cur]
			if side == "a" {
				rule.A = code
			} else {
				rule.B = code
			}
		})
	})
}

func (r *rulesTab) disable() {
	r.kind.Disable()
	r.a.Disable()
	r.b.Disable()
	r.max.Disable()
	r.severity.Disable()
}

// nearGroup is the group of a rule's indicator already picked, whose
// indicators the picker lists first.
func (r *rulesTab) nearGroup(i int) string {
	c := r.e.t.Catalogue
	for _, code := range []string{c.Rules[i].A, c.Rules[i].B} {
		for _, in := range c.Indicators {
			if code != "" && in.Code == code {
				return in.Group
			}
		}
	}
	return ""
}
