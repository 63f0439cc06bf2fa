package templates

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
	"baocao/report/store"
)

// undoLimit is how many changes of structure (adding, deleting, moving,
// a kind chosen) Hoàn tác can take back.
const undoLimit = 50

// editor edits one template: its tabs change t in place on the UI
// goroutine; every change is checked at once (Template.Problems) and
// each problem shown beside its field.
type editor struct {
	s  *Screen
	sh Shell
	t  *report.Template
	// from is the stored version it was opened from (Version 0: a new
	// template, never saved).
	from     store.TemplateEntry
	readOnly bool
	// issued are the codes of the template's issued versions: reports
	// and forms carry them, so they never change.
	issued map[string]bool
	// bad are inputs that are not numbers, by field path: they are
	// errors until typed again (the template keeps its value).
	bad map[string]string

	gen, savedGen int // changes made; gen at the last save
	saving        bool
	undo          []*report.Template
	px            *problems
	sections      []report.Section // the outline numbered
	filling       int              // > 0 while widgets are filled: their OnChanged do nothing
	picker        *picker          // the indicator picker shown, or nil
	problemList   *widget.List     // the list of problems last shown

	title, state, notice, summary *widget.Label
	status                        *widget.Label
	problemsBtn, undoBtn, saveBtn *widget.Button
	closeBtn                      *widget.Button
	tabs                          *container.AppTabs
	general                       *generalTab
	inds                          *indicatorsTab
	rules                         *rulesTab
	outline                       *outlineTab
	content                       fyne.CanvasObject
	relayoutTop                   func() // the notice or the state beside it changed
}

// Tabs of the editor.
const (
	tabGeneral = iota
	tabIndicators
	tabRules
	tabOutline
)

// tab is one of the editor's tabs.
type tab interface {
	// reload fills the tab from the template again (after undo or a
	// change of structure): lists, selection, the form.
	reload()
	// refresh shows the problems found after a change and what the
	// change altered in the lists' visible rows.
	refresh()
}

func newEditor(s *Screen, t *report.Template, from store.TemplateEntry, issued map[string]bool, readOnly bool) *editor {
	e := &editor{s: s, sh: s.sh, t: t, from: from, issued: issued, readOnly: readOnly, bad: map[string]string{}}
	if e.issued == nil {
		e.issued = map[string]bool{}
	}
	e.title = heading("")
	e.state = widget.NewLabel("")
	e.state.TextStyle.Bold = true
	e.notice = hint("")
	e.summary = widget.NewLabel("")
	e.status = widget.NewLabel("")
	e.status.Truncation = fyne.TextTruncateEllipsis
	e.problemsBtn = button("Xem các lỗi", theme.ErrorIcon(), e.showProblems)
	e.undoBtn = button("Hoàn tác", theme.ContentUndoIcon(), e.undoLast)
	e.undoBtn.Disable()
	e.saveBtn = button("Lưu", theme.DocumentSaveIcon(), func() { e.save(nil) })
	e.saveBtn.Importance = widget.HighImportance
	e.closeBtn = button("Đóng", theme.NavigateBackIcon(), func() { e.leave(s.showList) })

	e.general = newGeneralTab(e)
	e.inds = newIndicatorsTab(e)
	e.rules = newRulesTab(e)
	e.outline = newOutlineTab(e)
	e.tabs = container.NewAppTabs(
		container.NewTabItem("Thông tin chung", e.general.content),
		container.NewTabItem("Nhóm và chỉ tiêu", e.inds.content),
		container.NewTabItem("Quy tắc kiểm tra", e.rules.content),
		container.NewTabItem("Đề cương", e.outline.content),
	)
	e.tabs.OnSelected = func(*container.TabItem) { e.currentTab().refresh() }

	actions := []fyne.CanvasObject{container.NewCenter(e.summary), e.problemsBtn}
	if !readOnly {
		actions = append(actions, e.undoBtn, e.saveBtn)
	}
	actions = append(actions, e.closeBtn)
	line := container.NewBorder(nil, nil, e.state, nil, e.notice)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(actions...), e.title), line)
	e.content = container.NewBorder(top, e.status, nil, nil, e.tabs)
	e.relayoutTop = func() {
		line.Refresh()
		top.Refresh()
		e.content.Refresh()
	}
	if readOnly {
		e.general.disable()
		e.inds.disable()
		e.rules.disable()
		e.outline.disable()
	}
	e.check()
	e.reloadAll()
	e.showTitle()
	return e
}

func (e *editor) currentTab() tab {
	switch e.tabs.SelectedIndex() {
	case tabIndicators:
		return e.inds
	case tabRules:
		return e.rules
	case tabOutline:
		return e.outline
	}
	return e.general
}

// fill runs f with the widgets' OnChanged silenced.
func (e *editor) fill(f func()) {
	e.filling++
	defer func() { e.filling-- }()
	f()
}

// editing reports whether a widget's change is the clerk's (not a fill,
// not a read-only view).
func (e *editor) editing() bool { return e.filling == 0 && !e.readOnly }

// changed is called after every change the clerk makes: the template is
// checked again, the visible tab shows it.
func (e *editor) changed() {
	e.gen++
	e.check()
	e.currentTab().refresh()
	e.showTitle()
}

// restructure makes a change of structure that Hoàn tác can take back:
// the template is kept as it was, f changes it, every tab is filled again.
func (e *editor) restructure(f func()) {
	e.snapshot()
	f()
	clear(e.bad)
	e.gen++
	e.check()
	e.reloadAll()
	e.showTitle()
}

func (e *editor) snapshot() {
	if len(e.undo) == undoLimit {
		e.undo = append(e.undo[:0], e.undo[1:]...)
	}
	e.undo = append(e.undo, e.t.Clone())
	e.undoBtn.Enable()
}

// undoLast takes back the last change of structure.
func (e *editor) undoLast() {
	if len(e.undo) == 0 || e.readOnly {
		return
	}
	e.t = e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	if len(e.undo) == 0 {
		e.undoBtn.Disable()
	}
	clear(e.bad)
	e.gen++
	e.check()
	e.reloadAll()
	e.showTitle()
	e.say("Đã hoàn tác thay đổi vừa rồi.")
}

func (e *editor) reloadAll() {
	e.general.reload()
	e.inds.reload()
	e.rules.reload()
	e.outline.reload()
}

// check finds the template's problems (and the numbers that could not
// be read) and says how many there are.
func (e *editor) check() {
	ps := e.t.Problems()
	if len(e.bad) > 0 {
		// What the template says of a field is beside the point while
		// what was typed there is not a number.
		ps = slices.DeleteFunc(ps, func(p report.Problem) bool { _, bad := e.bad[p.Field]; return bad })
		for f, msg := range e.bad {
			ps = append(ps, report.Problem{Severity: report.Error, Field: f, Message: msg})
		}
	}
	e.px = indexProblems(e.t, ps)
	e.sections = e.t.Sections()
	text, imp := "Không có lỗi", widget.SuccessImportance
	if c := count(ps); c != "" {
		text, imp = c, widget.WarningImportance
		if e.px.errors > 0 {
			imp = widget.DangerImportance
		}
	}
	setLabel(e.summary, text, imp)
	if len(ps) == 0 {
		e.problemsBtn.Disable()
	} else {
		e.problemsBtn.Enable()
	}
}

func (e *editor) dirty() bool { return !e.readOnly && e.gen != e.savedGen }

// showTitle names the template, its version and state.
func (e *editor) showTitle() {
	name := strings.TrimSpace(e.t.Name)
	if name == "" {
		name = "(chưa có tên)"
	}
	var state string
	switch {
	case report.IsBuiltin(e.t.ID):
		state = "dựng sẵn, chỉ xem"
	case e.readOnly:
		state = statusName(e.from.Status) + ", chỉ xem"
	case e.from.Version == 0:
		state = "mẫu mới, chưa lưu"
	case e.from.Status == store.TemplateIssued:
		state = "bản nháp mới, chưa lưu"
	default:
		state = "đang soạn"
		if e.dirty() {
			state += ", có thay đổi chưa lưu"
		}
	}
	if e.title.Text != name {
		e.title.SetText(name)
	}
	if st := fmt.Sprintf("Phiên bản %d (%s).", e.t.Version, state); e.state.Text != st {
		e.state.SetText(st)
		e.relayoutTop() // the notice beside it has another width
	}
}

// setNotice says what the clerk should know of the version edited.
func (e *editor) setNotice(text string) {
	e.notice.SetText(text)
	e.relayoutTop()
}

// say shows a message on the editor's status line.
func (e *editor) say(msg string) { e.status.SetText(msg) }

// save keeps the template in the archive, off the UI goroutine, then
// runs then (when not nil). A template with errors is not saved.
func (e *editor) save(then func()) {
	if e.readOnly || e.saving {
		return
	}
	if errs := e.px.all.Errors(); len(errs) > 0 {
		msg := fmt.Sprintf("Mẫu còn %d lỗi, chưa lưu được. Lỗi đầu tiên: %s", len(errs), errs[0].Message)
		iwidget.Ask(e.sh.Window(), "Chưa lưu mẫu báo cáo", msg, "Đóng", iwidget.Choice{Label: "Xem các lỗi", Important: true, Fn: e.showProblems})
		return
	}
	c, gen := e.t.Clone(), e.gen
	e.saving = true
	e.saveBtn.Disable()
	e.say("Đang lưu…")
	var saved *report.Template
	var err error
	st, author := e.sh.Store(), e.sh.Author()
	e.sh.Background(func() { saved, err = st.SaveTemplate(c, author) }, func() {
		e.saving = false
		e.saveBtn.Enable()
		if err != nil {
			e.say("Chưa lưu được.")
			e.sh.ShowError("Lưu mẫu báo cáo", err)
			return
		}
		e.t.Version = saved.Version
		e.from = store.TemplateEntry{ID: saved.ID, Version: saved.Version, Name: saved.Name, Issuer: saved.Issuer, Status: store.TemplateDraft, Author: author}
		e.savedGen = gen
		e.setNotice(draftNotice(saved.Version))
		e.general.reload()
		e.showTitle()
		e.say(fmt.Sprintf("Đã lưu mẫu «%s», phiên bản %d (đang soạn).", saved.Name, saved.Version))
		if then != nil {
			then()
		}
	})
}

func draftNotice(v int) string {
	return fmt.Sprintf("Phiên bản %d đang soạn: lưu lại sẽ ghi đè bản nháp này. Khi xuất tệp mẫu gửi các đơn vị, phiên bản được ban hành và không sửa được nữa.", v)
}

// leave runs next once the clerk has decided about unsaved changes:
// save them, drop them, or stay (next is not run).
func (e *editor) leave(next func()) {
	if !e.dirty() {
		next()
		return
	}
	msg := fmt.Sprintf("Mẫu «%s» có thay đổi chưa lưu.", strings.TrimSpace(e.t.Name))
	if e.px.errors > 0 {
		msg += fmt.Sprintf(" Mẫu còn %d lỗi nên chưa lưu được: hãy ở lại sửa, hoặc bỏ các thay đổi.", e.px.errors)
		iwidget.Ask(e.sh.Window(), "Thay đổi chưa lưu", msg, "Ở lại", iwidget.Choice{Label: "Bỏ thay đổi", Fn: next})
		return
	}
	iwidget.Ask(e.sh.Window(), "Thay đổi chưa lưu", msg, "Ở lại",
		iwidget.Choice{Label: "Lưu", Important: true, Fn: func() { e.save(next) }},
		iwidget.Choice{Label: "Bỏ thay đổi", Fn: next})
}

// showProblems lists every problem; choosing one goes to its field.
func (e *editor) showProblems() {
	ps := append(e.px.all.Errors(), e.px.all.Warnings()...)
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(ps) }, newRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		if id >= len(ps) {
			return
		}
		icon, title, detail := rowParts(o)
		setIcon(icon, ps[id:id+1])
		setLabel(title, ps[id].Message, widget.MediumImportance)
		setLabel(detail, whereName(placeOf(ps[id].Field)), widget.LowImportance)
	})
	list.OnSelected = func(id widget.ListItemID) {
		d.Hide()
		e.jump(ps[id].Field)
	}
	head := iwidget.Wrapped(count(ps) + ". Bấm vào một dòng để tới ô cần sửa.")
	d = dialog.NewCustom("Các lỗi của mẫu báo cáo", "Đóng", container.NewBorder(head, nil, nil, nil, list), e.sh.Window())
	d.Resize(fyne.NewSize(820, 520))
	iwidget.ShowDialog(e.sh.Window(), d)
	e.problemList = list
}

// whereName says where a problem's field is.
func whereName(p place) string {
	switch p.list {
	case listGroups, listIndicators:
		return "Thẻ “Nhóm và chỉ tiêu”"
	case listRules:
		return "Thẻ “Quy tắc kiểm tra”"
	case listOutline:
		return "Thẻ “Đề cương”"
	}
	return "Thẻ “Thông tin chung”"
}

// jump shows the field of a problem: its tab, its item selected.
func (e *editor) jump(field string) {
	p := placeOf(field)
	switch p.list {
	case listGroups, listIndicators:
		e.tabs.SelectIndex(tabIndicators)
		e.inds.show(p)
	case listRules:
		e.tabs.SelectIndex(tabRules)
		e.rules.show(p)
	case listOutline:
		e.tabs.SelectIndex(tabOutline)
		e.outline.show(p)
	default:
		e.tabs.SelectIndex(tabGeneral)
		e.general.show(p)
	}
}

// listPane is a list with its title and the note on the list as a whole
// above it, its buttons under it.
func listPane(title fyne.CanvasObject, n *note, list fyne.CanvasObject, bs ...fyne.CanvasObject) fyne.CanvasObject {
	head := container.NewVBox(title, n)
	pane := container.NewBorder(head, container.NewHBox(append(bs, layout.NewSpacer())...), nil, nil, list)
	relayouter([]fyne.CanvasObject{head, pane}, n)
	return pane
}
