package gui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
	"baocao/report/store"
)

// Tabs of the editor, in the order a clerk works through them.
const (
	tabGeneral = iota
	tabFigures
	tabDocuments
	tabSections
)

// editor edits one report of the archive. Its state is the report itself
// (r); everything derived from it (percentages, counts, problems, the
// resolved text) is computed again from r on each change, which takes
// microseconds.
type editor struct {
	g        *gui
	id       int64
	r        *report.Report
	entry    store.Entry
	readOnly bool

	// tmpl is the template the report was written to, once found (a
	// built-in one at once; one of the archive read off the UI
	// goroutine); nil when the archive does not have it.
	tmpl *report.Template

	sheet    *report.Sheet
	problems report.Problems
	// visited are the fields the clerk has left, and checkAll is set once
	// the clerk asked for a check (Kiểm tra, an export, Chốt): until then
	// a field that is only empty says nothing (a new report shows no red).
	visited  map[string]bool
	checkAll bool
	// inputErr holds, per field, why what is typed there cannot be taken
	// as a value (a number "3,5", a date "31/02/2019"): the report keeps
	// the field empty and the problem is shown as an error.
	inputErr map[string]string

	notes    map[string]*widget.Label
	targets  map[string]target
	refresh  []func()
	updating bool // set while the editor itself writes into its widgets

	tabs     *container.AppTabs
	scrolls  map[int]*container.Scroll
	general  *generalTab
	figures  *figuresTab
	docs     *documentsTab
	sections *sectionsTab
	saver    *autosaver
	bar      *statusBar
	toolbar  *editorToolbar
	content  fyne.CanvasObject
}

// target is where a field can be shown: its tab, the widget to focus, and
// what to do first (select the section it belongs to).
type target struct {
	tab    int
	obj    fyne.Focusable
	before func()
	find   func() fyne.Focusable // the widget to focus, found after before (a paragraph of a text)
}

func newEditor(g *gui, id int64, r *report.Report, entry store.Entry) *editor {
	e := &editor{
		g: g, id: id, r: r, entry: entry,
		readOnly: entry.Status == store.Final,
		inputErr: map[string]string{},
		visited:  map[string]bool{},
		notes:    map[string]*widget.Label{},
		targets:  map[string]target{},
		scrolls:  map[int]*container.Scroll{},
	}
	if e.r.Figures == nil {
		e.r.Figures = map[string]report.Figure{}
	}
	e.saver = newAutosaver(g.cfg.debounce, g.cfg.do, e.snapshot, e.store, e.saved)
	e.saver.started = func() { e.bar.setSaving() }
	e.bar = newStatusBar(e)
	e.toolbar = newEditorToolbar(e)
	e.general = newGeneralTab(e)
	e.figures = newFiguresTab(e)
	e.docs = newDocumentsTab(e)
	e.sections = newSectionsTab(e)

	e.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Thông tin chung", theme.InfoIcon(), e.scrolled(tabGeneral, e.general.content)),
		container.NewTabItemWithIcon("Số liệu", theme.GridIcon(), e.figures.content),
		container.NewTabItemWithIcon("Văn bản ban hành", theme.DocumentIcon(), e.scrolled(tabDocuments, e.docs.content)),
		container.NewTabItemWithIcon("Nội dung", theme.FileTextIcon(), e.sections.content),
	)
	e.scrolls[tabFigures] = e.figures.scroll
	e.docs.rows.Layout.(*iwidget.CullLayout).Watch(e.scrolls[tabDocuments])
	e.addUnitsTab()

	top := []fyne.CanvasObject{e.toolbar.content}
	if e.readOnly {
		banner := widget.NewLabel("Báo cáo đã chốt: chỉ xem, không sửa được. Muốn sửa, bấm “Mở lại để sửa”.")
		banner.Importance = widget.WarningImportance
		banner.TextStyle.Bold = true
		banner.Wrapping = fyne.TextWrapWord
		top = append(top, banner)
	}
	e.content = container.NewBorder(container.NewVBox(top...), e.bar.content, nil, nil, e.tabs)
	if e.readOnly {
		disableAll(e.tabs)
	}
	e.evaluate()
	e.findTemplate()
	return e
}

// findTemplate finds the template the report was written to: its
// suggested trích yếu and the periods it serves.
func (e *editor) findTemplate() {
	ref := e.r.Template()
	if t := report.BuiltinTemplate(ref.ID, ref.Version); t != nil {
		e.setTemplate(t)
		return
	}
	st := e.g.st
	if st == nil {
		return
	}
	var t *report.Template
	e.g.background(func() { t, _ = st.TemplateOf(e.r) }, func() {
		if t != nil {
			e.setTemplate(t)
		}
	})
}

func (e *editor) setTemplate(t *report.Template) {
	e.tmpl = t
	if e.general != nil {
		e.general.templateKnown()
	}
}

func (e *editor) scrolled(tab int, o fyne.CanvasObject) fyne.CanvasObject {
	s := container.NewVScroll(container.NewPadded(o))
	e.scrolls[tab] = s
	return s
}

// changed is called by every input after it wrote into the report: the
// derived figures and the problems are shown again, and the report is
// saved shortly after the last change.
func (e *editor) changed() {
	if e.updating || e.readOnly {
		return
	}
	e.evaluate()
	e.saver.touch()
	e.bar.setPending()
}

// evaluate computes the sheet and the problems and shows them.
func (e *editor) evaluate() {
	e.sheet = e.r.Evaluate()
	ps := e.r.Validate()
	if len(e.inputErr) > 0 {
		// What the rules say of a field whose text could not be read
		// ("chưa được nhập") would only repeat the reading error.
		kept := ps[:0]
		for _, p := range ps {
			if _, bad := e.inputErr[p.Field]; !bad {
				kept = append(kept, p)
			}
		}
		ps = kept
		fields := make([]string, 0, len(e.inputErr))
		for f := range e.inputErr {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		for _, f := range fields {
			ps = append(ps, report.Problem{Severity: report.Error, Field: f, Message: e.inputErr[f]})
		}
	}
	e.problems = ps
	e.updating = true
	for _, f := range e.refresh {
		f()
	}
	e.updating = false
	e.showShown()
	e.g.setTitle()
}

// shown are the problems the editor shows: all of them once the clerk
// asked for a check, else all but those of a field that is only empty
// and that the clerk has not left yet.
func (e *editor) shown() (shown report.Problems, held int) {
	if e.checkAll {
		return e.problems, 0
	}
	for _, p := range e.problems {
		if p.Empty {
			if f, ok := nearest(e.targets, p.Field); !ok || !e.visited[f] {
				held++
				continue
			}
		}
		shown = append(shown, p)
	}
	return shown, held
}

// showShown writes the problems shown under their fields and counts them
// on the status line.
func (e *editor) showShown() {
	ps, held := e.shown()
	e.showNotes(ps)
	e.bar.setProblems(ps, held)
}

// checkEverything shows every problem from now on: the clerk asked for a
// check (Kiểm tra, an export, Chốt).
func (e *editor) checkEverything() {
	if !e.checkAll {
		e.checkAll = true
		e.showShown()
	}
}

// leave records that the clerk has left a field: an empty one may now
// say so.
func (e *editor) leave(field string) {
	if !e.visited[field] {
		e.visited[field] = true
		e.showShown()
	}
}

// setInputErr records (msg != "") or clears why the text of a field is
// not a value.
func (e *editor) setInputErr(field, msg string) {
	if msg == "" {
		delete(e.inputErr, field)
	} else {
		e.inputErr[field] = msg
	}
}

// onRefresh registers a function that redraws something derived from the
// report; it runs after every change with e.updating set.
func (e *editor) onRefresh(f func()) { e.refresh = append(e.refresh, f) }

// note makes the label that shows the problems of a field, under or next
// to its input. It is hidden while the field has none.
func (e *editor) note(field string) *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	e.notes[field] = l
	return l
}

// forget drops the notes and targets of fields under prefix (a list
// that is being rebuilt: documents, recipients, sections).
func (e *editor) forget(prefix string) {
	for f := range e.notes {
		if strings.HasPrefix(f, prefix) {
			delete(e.notes, f)
		}
	}
	for f := range e.targets {
		if strings.HasPrefix(f, prefix) {
			delete(e.targets, f)
		}
	}
}

// target registers the widget that shows a field.
func (e *editor) target(field string, tab int, obj fyne.Focusable, before func()) {
	e.targets[field] = target{tab: tab, obj: obj, before: before}
	if l, ok := obj.(interface{ SetOnLeave(func()) }); ok {
		l.SetOnLeave(func() { e.leave(field) })
	}
}

// nearest finds the registered key closest to field: the field itself, or
// the field it is part of (documents[2].date → documents[2] → documents).
func nearest[T any](m map[string]T, field string) (string, bool) {
	for f := field; f != ""; {
		if _, ok := m[f]; ok {
			return f, true
		}
		i := max(strings.LastIndexByte(f, '.'), strings.LastIndexByte(f, '['))
		if i <= 0 {
			break
		}
		f = f[:i]
	}
	return "", false
}

// showNotes writes each problem under the input it belongs to: red for an
// error, amber for a warning.
func (e *editor) showNotes(shown report.Problems) {
	byNote := map[string]report.Problems{}
	for _, p := range shown {
		if f, ok := nearest(e.notes, p.Field); ok {
			byNote[f] = append(byNote[f], p)
		}
	}
	for f, l := range e.notes {
		ps := byNote[f]
		if len(ps) == 0 {
			if l.Visible() {
				l.Text = ""
				l.Hide()
			}
			continue
		}
		imp := widget.WarningImportance
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = problemText(p)
			if p.Severity == report.Error {
				imp = widget.DangerImportance
			}
		}
		text := strings.Join(lines, "\n")
		if l.Text != text || l.Importance != imp || !l.Visible() {
			l.Text, l.Importance = text, imp
			l.Show()
			l.Refresh()
		}
	}
}

// problemText writes a problem for the clerk: "Lỗi: …", "Cảnh báo: …".
func problemText(p report.Problem) string {
	if p.Severity == report.Error {
		return "Lỗi: " + p.Message
	}
	return "Cảnh báo: " + p.Message
}

// jump shows the input of a field: its tab, its section, the field
// scrolled into view and focused.
func (e *editor) jump(field string) bool {
	f, ok := nearest(e.targets, field)
	if !ok {
		return false
	}
	t := e.targets[f]
	e.tabs.SelectIndex(t.tab)
	if t.before != nil {
		t.before()
	}
	if t.find != nil {
		if t.obj = t.find(); t.obj == nil {
			return true
		}
	}
	if o, ok := t.obj.(fyne.CanvasObject); ok {
		if s := e.scrolls[t.tab]; s != nil {
			d := fyne.CurrentApp().Driver()
			y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
			s.ScrollToOffset(fyne.NewPos(0, max(y-60, 0)))
			if s.OnScrolled != nil {
				s.OnScrolled(s.Offset)
			}
		}
	}
	if w, ok := t.obj.(fyne.Disableable); ok && w.Disabled() {
		return true
	}
	if o, ok := t.obj.(fyne.CanvasObject); ok && !o.Visible() {
		return true
	}
	e.g.win.Canvas().Focus(t.obj)
	return true
}

// selectTab shows tab i, when the report has it (tabUnits: a
// consolidated report only).
func (e *editor) selectTab(i int) {
	if i < len(e.tabs.Items) {
		e.tabs.SelectIndex(i)
	}
}

// stop ends the editor's saves (it is being closed; flushNow still
// saves what waits).
func (e *editor) stop() { e.saver.stop() }

// say writes text on the status line, where the saves are told.
func (e *editor) say(text string, imp widget.Importance) { e.bar.setSave(text, imp) }

// setBusy turns the toolbar off while an operation runs, on after.
func (e *editor) setBusy(busy bool) { e.toolbar.setEnabled(!busy) }

// snapshot copies the report for a save off the UI goroutine.
func (e *editor) snapshot() *report.Report { return e.r.Clone() }

// store saves a snapshot; it runs off the UI goroutine.
func (e *editor) store(r *report.Report) (int, error) {
	return e.g.st.Update(e.id, r, store.SaveOptions{Author: e.g.cfg.author, Auto: true})
}

// saved shows the outcome of a save (UI goroutine).
func (e *editor) saved(rev int, err error) {
	if err == nil {
		e.entry.Revision = rev
	}
	e.bar.setSaved(err)
}

// flushNow saves what is not saved yet on the calling goroutine, waiting
// for the archive; it is for the app's end and for tests (the UI saves
// off its goroutine: gui.whenSaved).
func (e *editor) flushNow() error {
	if e.readOnly {
		return nil
	}
	return e.saver.flushNow()
}

// disableAll disables every input under o: the tabs of a final report,
// which is read-only. The toolbar and the status line are not under it.
func disableAll(o fyne.CanvasObject) {
	walk(o, func(c fyne.CanvasObject) {
		if d, ok := c.(fyne.Disableable); ok {
			d.Disable()
		}
		// An empty read-only field shows nothing: its hint would read
		// like a value.
		switch en := c.(type) {
		case *textedit.Entry:
			en.PlaceHolder = ""
		case *figureEntry:
			en.PlaceHolder = ""
		case *iwidget.DateEntry:
			en.PlaceHolder = ""
		case *widget.Entry:
			en.PlaceHolder = ""
		}
	})
}

// walk visits o and every object inside it (containers, and the content
// of the app's own composite widgets).
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, ch := range c.Objects {
			walk(ch, fn)
		}
	case *container.Scroll:
		walk(c.Content, fn)
	case *container.AppTabs:
		for _, it := range c.Items {
			walk(it.Content, fn)
		}
	case *container.Split:
		walk(c.Leading, fn)
		walk(c.Trailing, fn)
	case interface{ parts() []fyne.CanvasObject }:
		for _, ch := range c.parts() {
			walk(ch, fn)
		}
	}
}

// editorToolbar is the row of actions above the tabs.
type editorToolbar struct {
	content  fyne.CanvasObject
	finalize *widget.Button
	reopen   *widget.Button
	buttons  []*widget.Button
}

// setEnabled enables or disables the toolbar's buttons: they are off while
// an operation runs.
func (t *editorToolbar) setEnabled(on bool) {
	for _, b := range t.buttons {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

func newEditorToolbar(e *editor) *editorToolbar {
	g := e.g
	t := &editorToolbar{}
	back := widget.NewButtonWithIcon("Kho báo cáo", theme.NavigateBackIcon(), g.closeReport)
	check := widget.NewButtonWithIcon("Kiểm tra", theme.ConfirmIcon(), e.showProblems)
	pdf := widget.NewButtonWithIcon("Xuất PDF…", theme.DocumentPrintIcon(), func() { e.exportDialog(formatPDF) })
	pdf.Importance = widget.HighImportance
	word := widget.NewButtonWithIcon("Xuất Word…", theme.DocumentIcon(), func() { e.exportDialog(formatDOCX) })
	xl := widget.NewButtonWithIcon("Xuất Excel…", theme.DownloadIcon(), func() { e.exportDialog(formatXLSX) })
	saveAs := widget.NewButtonWithIcon("Lưu thành tệp…", theme.DocumentSaveIcon(), func() { e.exportDialog(formatJSON) })
	hist := widget.NewButtonWithIcon("Lịch sử", theme.HistoryIcon(), e.showHistory)
	objs := []fyne.CanvasObject{back, widget.NewSeparator(), check, pdf, word, xl, saveAs, hist, layout.NewSpacer()}
	if e.readOnly {
		t.reopen = widget.NewButtonWithIcon("Mở lại để sửa", theme.DocumentCreateIcon(), e.reopen)
		t.reopen.Importance = widget.WarningImportance
		objs = append(objs, t.reopen)
	} else {
		t.finalize = widget.NewButtonWithIcon("Chốt báo cáo", theme.ConfirmIcon(), e.finalize)
		objs = append(objs, t.finalize)
	}
	for _, o := range objs {
		if b, ok := o.(*widget.Button); ok {
			t.buttons = append(t.buttons, b)
		}
	}
	t.content = container.NewHBox(objs...)
	return t
}
