package templates

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// Kinds of an indicator, as the form offers them.
const (
	kindTyped = "Nhập"
	kindSum   = "Tổng của các chỉ tiêu khác"
	kindRatio = "Tỷ lệ % giữa hai chỉ tiêu"
)

// indicatorsTab edits the groups (left) and the indicators of the group
// selected (right: their list, and the form of the one selected). The
// lists show only the rows in view, so 500 indicators cost what 20 do.
type indicatorsTab struct {
	e *editor

	groups                 *widget.List
	group                  int // the group selected, -1: none
	gName, gID             *textedit.Entry
	gNameNote, gIDNote     *note
	groupsNote             *note
	addG, upG, downG, delG *widget.Button
	groupForm              *fyne.Container

	list                   *widget.List
	rows                   []int // the indicators of the group, by index
	cur                    int   // the indicator selected, -1: none
	listTitle              *widget.Label
	listNote               *note
	addI, upI, downI, delI *widget.Button

	name, unit, code    *textedit.Entry
	nameNote, unitNote  *note
	codeNote, groupNote *note
	kindNote, otherNote *note
	codeHint            *widget.Label
	locked              bool  // the selected indicator's code was issued
	refs                []ref // where the selected indicator's code is used
	refCache            map[int][]ref
	groupSel            *widget.Select
	main                *widget.Check
	kind                *widget.RadioGroup
	sumBox, ofList      *fyne.Container
	addOf               *widget.Button
	ratioBox            *fyne.Container
	num, den            *widget.Button
	numName, denName    *widget.Label
	numNote, denNote    *note
	formula             *widget.Label
	formScroll          fyne.CanvasObject
	relayout            func()
	placeholder         fyne.CanvasObject
	content             fyne.CanvasObject
}

// ref is a place where a code is used: a derived figure's numerator,
// denominator or a term of its sum, or a side of a rule. The selected
// indicator's are found when it is selected, so that its code, changed
// key by key, carries them along even while it passes through another
// indicator's code.
type ref struct {
	rule bool
	i    int    // the indicator or rule
	what string // "num", "den", "of", "a", "b"
	k    int    // the term of a sum
}

func newIndicatorsTab(e *editor) *indicatorsTab {
	x := &indicatorsTab{e: e, group: -1, cur: -1, refCache: map[int][]ref{}}
	sh := e.sh

	x.groups = widget.NewList(func() int { return len(e.t.Catalogue.Groups) }, newRow, x.groupRow)
	x.groups.OnSelected = func(id widget.ListItemID) {
		if id != x.group {
			x.selectGroup(id)
		}
	}
	x.gName = newEntry(sh, "ví dụ: Công tác dân vận")
	x.gName.OnChanged = x.groupNameChanged
	x.gID = newPlainEntry("ví dụ: dv")
	x.gID.OnChanged = func(s string) {
		if e.editing() && x.group >= 0 {
			x.setGroupID(s)
			e.changed()
			x.groupLabels()
		}
	}
	x.gNameNote, x.gIDNote, x.groupsNote = newNote(), newNote(), newNote()
	x.addG, x.upG, x.downG, x.delG = listButtons("Thêm nhóm", x.addGroup, x.moveGroup, x.deleteGroup)
	x.groupForm = form(
		widget.NewLabel("Tên nhóm"), field(x.gName, x.gNameNote),
		widget.NewLabel("Mã nhóm"), field(x.gID, x.gIDNote),
	)
	under := container.NewVBox(x.groupsNote, buttons(x.addG, x.upG, x.downG, x.delG), x.groupForm)
	left := container.NewBorder(bold("Nhóm chỉ tiêu"), under, nil, nil, x.groups)
	relayouter([]fyne.CanvasObject{x.groupForm, under, left}, x.gNameNote, x.gIDNote, x.groupsNote)

	x.list = widget.NewList(func() int { return len(x.rows) }, newRow, x.indicatorRow)
	x.list.OnSelected = func(id widget.ListItemID) {
		if id < len(x.rows) && x.rows[id] != x.cur {
			x.selectIndicator(x.rows[id])
		}
	}
	x.listTitle = bold("")
	x.listNote = newNote()
	x.addI, x.upI, x.downI, x.delI = listButtons("Thêm chỉ tiêu", x.addIndicator, x.moveIndicator, x.deleteIndicator)
	top := listPane(x.listTitle, x.listNote, x.list, x.addI, x.upI, x.downI, x.delI)

	x.name = newEntry(sh, "ví dụ: Số mô hình “Dân vận khéo” được công nhận")
	x.name.OnChanged = x.nameChanged
	x.unit = newEntry(sh, "ví dụ: mô hình")
	x.unit.OnChanged = func(s string) {
		if in := x.editable(); in != nil {
			in.Unit = s
			e.changed()
		}
	}
	x.code = newPlainEntry("")
	x.code.OnChanged = func(s string) {
		if x.editable() != nil && !x.locked {
			x.setCode(s)
			e.changed()
		}
	}
	x.codeHint = hint("")
	x.groupSel = widget.NewSelect(nil, x.moveToGroup)
	x.main = widget.NewCheck("Có (một cột của bảng tổng hợp theo đơn vị)", func(on bool) {
		if in := x.editable(); in != nil {
			in.Main = on
			e.changed()
		}
	})
	x.kind = widget.NewRadioGroup([]string{kindTyped, kindSum, kindRatio}, x.kindChanged)
	x.kind.Required = true
	x.ofList = container.NewVBox()
	x.addOf = button("Thêm chỉ tiêu vào tổng…", theme.ContentAddIcon(), x.addTerm)
	x.sumBox = container.NewVBox(x.ofList, buttons(x.addOf))
	x.num = widget.NewButton("Chọn…", func() { x.pickRatio("num") })
	x.den = widget.NewButton("Chọn…", func() { x.pickRatio("den") })
	x.numName, x.denName = iwidget.Wrapped(""), iwidget.Wrapped("")
	x.numNote, x.denNote = newNote(), newNote()
	x.ratioBox = form(widget.NewLabel("Tử số"), field(choiceRow(x.numName, x.num), x.numNote),
		widget.NewLabel("Mẫu số"), field(choiceRow(x.denName, x.den), x.denNote))
	x.formula = hint("")
	x.nameNote, x.unitNote, x.codeNote = newNote(), newNote(), newNote()
	x.groupNote, x.kindNote, x.otherNote = newNote(), newNote(), newNote()
	f := form(
		widget.NewLabel("Tên chỉ tiêu"), field(x.name, x.nameNote),
		widget.NewLabel("Đơn vị tính"), field(x.unit, x.unitNote),
		widget.NewLabel("Mã"), container.NewVBox(x.code, x.codeHint, x.codeNote),
		widget.NewLabel("Nhóm"), field(x.groupSel, x.groupNote),
		widget.NewLabel("Cột chính"), x.main,
		widget.NewLabel("Cách tính"), container.NewVBox(x.kind, x.sumBox, x.ratioBox, x.formula, x.kindNote, x.otherNote),
	)
	scroll := container.NewVScroll(container.NewPadded(f))
	x.formScroll = scroll
	x.relayout = relayouter([]fyne.CanvasObject{x.ratioBox, f, scroll}, x.nameNote, x.unitNote, x.codeNote, x.groupNote, x.kindNote, x.otherNote, x.numNote, x.denNote)
	x.placeholder = iwidget.Placeholder("Chọn một chỉ tiêu trong danh sách để sửa, hoặc bấm “Thêm chỉ tiêu”.")
	right := container.NewHSplit(container.NewPadded(top), container.NewStack(x.formScroll, x.placeholder))
	right.SetOffset(0.45)
	split := container.NewHSplit(container.NewPadded(left), right)
	split.SetOffset(0.25)
	x.content = split
	return x
}

// editable is the selected indicator when the clerk may change it.
func (x *indicatorsTab) editable() *report.Indicator {
	return selectedItem(x.e, x.e.t.Catalogue.Indicators, x.cur)
}

func (x *indicatorsTab) groupRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := x.e.t.Catalogue
	if id >= len(c.Groups) {
		return
	}
	g := c.Groups[id]
	n := 0
	for i := range c.Indicators {
		if c.Indicators[i].Group == g.ID {
			n++
		}
	}
	icon, title, detail := rowParts(o)
	ps := x.e.px.groups[g.ID]
	setIcon(icon, ps)
	name := g.Name
	if strings.TrimSpace(name) == "" {
		name = "(chưa có tên)"
	}
	details := fmt.Sprintf("%s · %d chỉ tiêu", g.ID, n)
	imp := widget.LowImportance
	if c := count(ps); c != "" {
		details += " · " + c
		imp = widget.WarningImportance
		if ps.HasErrors() {
			imp = widget.DangerImportance
		}
	}
	setLabel(title, name, widget.MediumImportance)
	setLabel(detail, details, imp)
}

func (x *indicatorsTab) indicatorRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := x.e.t.Catalogue
	if id >= len(x.rows) || x.rows[id] >= len(c.Indicators) {
		return
	}
	i := x.rows[id]
	in := &c.Indicators[i]
	icon, title, detail := rowParts(o)
	ps := x.e.px.item(listIndicators, i)
	setIcon(icon, ps)
	rowTexts(title, detail, strconv.Itoa(i+1)+". "+indicatorName(*in), indicatorDetails(c, in), ps)
}

// indicatorDetails says an indicator's code, unit and how it is had.
func indicatorDetails(c *report.Catalogue, in *report.Indicator) string {
	parts := []string{in.Code, in.Unit}
	switch {
	case in.Derived == nil:
		parts = append(parts, "nhập")
	case in.Derived.Kind == report.DeriveSum:
		parts = append(parts, "tổng: "+c.Formula(in))
	default:
		parts = append(parts, "tỷ lệ: "+c.Formula(in))
	}
	if in.Main {
		parts = append(parts, "cột chính")
	}
	if in.DocumentKind != "" {
		parts = append(parts, "đếm văn bản")
	}
	return strings.Join(parts, " · ")
}

func (x *indicatorsTab) reload() {
	clear(x.refCache)
	c := x.e.t.Catalogue
	x.group = clampSelection(x.group, len(c.Groups))
	names := make([]string, len(c.Groups))
	for i, g := range c.Groups {
		names[i] = groupOption(g)
	}
	x.groupSel.Options = names
	x.groups.Refresh()
	if x.group >= 0 {
		selectRow(x.groups, x.group)
	} else {
		x.groups.UnselectAll()
	}
	x.showGroup(x.cur)
}

// groupTitle heads the list of a group's n indicators.
func groupTitle(g report.Group, n int) string {
	return fmt.Sprintf("Chỉ tiêu của nhóm «%s»: %d", g.Name, n)
}

func groupOption(g report.Group) string {
	return g.Name + " (" + g.ID + ")"
}

// selectGroup shows a group and its indicators, the first selected.
func (x *indicatorsTab) selectGroup(i int) {
	x.group = i
	x.showGroup(-1)
}

// showGroup fills the group's form and its list of indicators, with
// indicator keep selected when it is of the group (else the first).
func (x *indicatorsTab) showGroup(keep int) {
	c := x.e.t.Catalogue
	x.rows = x.rows[:0]
	var g report.Group
	if x.group >= 0 {
		g = c.Groups[x.group]
		for i := range c.Indicators {
			if c.Indicators[i].Group == g.ID {
				x.rows = append(x.rows, i)
			}
		}
	}
	x.e.fill(func() {
		setText(x.gName, g.Name)
		setText(x.gID, g.ID)
	})
	if x.group < 0 {
		x.groupForm.Hide()
		x.listTitle.SetText("Chưa có nhóm nào: bấm “Thêm nhóm”.")
	} else {
		x.groupForm.Show()
		x.listTitle.SetText(groupTitle(g, len(x.rows)))
	}
	x.list.UnselectAll()
	x.list.Refresh()
	switch {
	case slices.Contains(x.rows, keep):
		x.selectIndicator(keep)
	case len(x.rows) > 0:
		x.selectIndicator(x.rows[0])
	default:
		x.selectIndicator(-1)
	}
}

// selectIndicator fills the form with indicator i (-1: none).
func (x *indicatorsTab) selectIndicator(i int) {
	x.cur = i
	if k := slices.Index(x.rows, i); k >= 0 {
		selectRow(x.list, k)
	}
	showForm(x.formScroll, x.placeholder, i >= 0)
	if i < 0 {
		x.enableButtons()
		x.refresh()
		return
	}
	c := x.e.t.Catalogue
	in := &c.Indicators[i]
	x.locked = x.e.issued[in.Code]
	x.refs = x.refsOf(i)
	x.e.fill(func() {
		setText(x.name, in.Name)
		setText(x.unit, in.Unit)
		setText(x.code, in.Code)
		x.groupSel.ClearSelected()
		for _, g := range c.Groups {
			if g.ID == in.Group {
				x.groupSel.SetSelected(groupOption(g))
			}
		}
		x.main.SetChecked(in.Main)
		switch {
		case in.Derived == nil:
			x.kind.SetSelected(kindTyped)
		case in.Derived.Kind == report.DeriveSum:
			x.kind.SetSelected(kindSum)
		default:
			x.kind.SetSelected(kindRatio)
		}
	})
	switch {
	case x.locked:
		x.code.Disable()
		x.codeHint.SetText("Mã này đã có trong một phiên bản đã ban hành: báo cáo và biểu mẫu của các đơn vị dùng nó, nên không đổi được.")
	case !x.e.readOnly:
		x.code.Enable()
		x.codeHint.SetText("Mã được gợi ý từ tên khi gõ; sửa được cho đến khi mẫu được ban hành.")
	}
	x.showDerivation()
	x.enableButtons()
	x.refresh()
	x.relayout()
}

// showDerivation shows the terms of a sum or the two sides of a ratio.
func (x *indicatorsTab) showDerivation() {
	c := x.e.t.Catalogue
	in := &c.Indicators[x.cur]
	x.sumBox.Hide()
	x.ratioBox.Hide()
	x.formula.SetText(formulaText(c, in))
	d := in.Derived
	if d == nil {
		return
	}
	if d.Kind == report.DeriveRatio {
		x.numName.SetText(nameOf(c, d.Num))
		x.denName.SetText(nameOf(c, d.Den))
		x.ratioBox.Show()
		return
	}
	x.ofList.RemoveAll()
	for k, code := range d.Of {
		del := widget.NewButtonWithIcon("Bỏ", theme.ContentRemoveIcon(), func() { x.removeTerm(k) })
		if x.e.readOnly {
			del.Disable()
		}
		l := widget.NewLabel("+ " + nameOf(c, code))
		l.Truncation = fyne.TextTruncateEllipsis
		x.ofList.Add(container.NewBorder(nil, nil, nil, del, l))
	}
	x.sumBox.Show()
}

func (x *indicatorsTab) enableButtons() {
	ro := x.e.readOnly
	enableItems(ro, x.group, len(x.e.t.Catalogue.Groups), x.addG, x.upG, x.downG, x.delG)
	enableItems(ro, slices.Index(x.rows, x.cur), len(x.rows), x.addI, x.upI, x.downI, x.delI)
	enable(ro, x.addI, x.group >= 0)
}

func (x *indicatorsTab) refresh() {
	px := x.e.px
	x.groups.Refresh()
	x.list.Refresh()
	x.groupsNote.show(px.item(listGroups, -1))
	x.listNote.show(px.item(listIndicators, -1))
	if x.group >= 0 {
		x.gNameNote.show(px.field(listGroups, x.group, "name", ""))
		x.gIDNote.show(px.field(listGroups, x.group, "id"))
	}
	if x.cur < 0 {
		return
	}
	x.nameNote.show(px.field(listIndicators, x.cur, "name"))
	x.unitNote.show(px.field(listIndicators, x.cur, "unit"))
	x.codeNote.show(px.field(listIndicators, x.cur, "code"))
	x.groupNote.show(px.field(listIndicators, x.cur, "group"))
	x.kindNote.show(append(px.field(listIndicators, x.cur, "derived.of", "derived.kind"), px.fields[place{listIndicators, x.cur, "derived"}]...))
	x.numNote.show(px.field(listIndicators, x.cur, "derived.num"))
	x.denNote.show(px.field(listIndicators, x.cur, "derived.den"))
	x.otherNote.show(px.field(listIndicators, x.cur, "documentKind", ""))
	if f := formulaText(x.e.t.Catalogue, &x.e.t.Catalogue.Indicators[x.cur]); x.formula.Text != f {
		x.formula.SetText(f)
	}
}

// show selects the item of a problem and focuses its field.
func (x *indicatorsTab) show(p place) {
	c := x.e.t.Catalogue
	var target fyne.Focusable
	switch {
	case p.list == listGroups && p.i >= 0 && p.i < len(c.Groups):
		selectRow(x.groups, p.i)
		target = x.gName
		if p.sub == "id" {
			target = x.gID
		}
	case p.list == listIndicators && p.i >= 0 && p.i < len(c.Indicators):
		if g := slices.IndexFunc(c.Groups, func(g report.Group) bool { return g.ID == c.Indicators[p.i].Group }); g >= 0 && g != x.group {
			selectRow(x.groups, g)
		}
		if x.cur != p.i {
			x.selectIndicator(p.i)
		}
		switch p.sub {
		case "unit":
			target = x.unit
		case "code":
			target = x.code
		default:
			target = x.name
		}
	}
	if target != nil && !x.e.readOnly {
		x.e.sh.Window().Canvas().Focus(target)
	}
}

func (x *indicatorsTab) disable() {
	for _, en := range []*textedit.Entry{x.gName, x.gID, x.name, x.unit, x.code} {
		en.Disable()
	}
	x.groupSel.Disable()
	x.main.Disable()
	x.kind.Disable()
	x.addOf.Disable()
	x.num.Disable()
	x.den.Disable()
}

// formulaText says how an indicator is had.
func formulaText(c *report.Catalogue, in *report.Indicator) string {
	d := in.Derived
	switch {
	case d == nil:
		return "Các đơn vị nhập số liệu này."
	case d.Kind == report.DeriveRatio && (d.Num == "" || d.Den == ""):
		return "Chọn tử số và mẫu số: chương trình tính tỷ lệ phần trăm."
	case d.Kind == report.DeriveSum && len(d.Of) == 0:
		return "Thêm các chỉ tiêu cần cộng: chương trình tính tổng."
	}
	return "Tính tự động: " + c.Formula(in)
}
