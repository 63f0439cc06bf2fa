package gui

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
	"baocao/report/store"
)

// Preference keys of the consolidation screen.
const (
	prefConsHead     = "consolidate.head"     // id of the last head report
	prefConsDeadline = "consolidate.deadline" // + ".<id>": the deadline typed for that head, dd/mm/yyyy
)

// consLabelWidth is the width of the screen's field labels.
const consLabelWidth = 230

// consolidateScreen is "Tổng hợp báo cáo": the provincial office picks its
// own report in the archive (the head: header, number, date, text and
// signer are kept, figures replaced), adds its lower units' report files
// and workbooks, sees who has sent and what is wrong, and makes the
// consolidated report, which is stored in the archive and opened in the
// editor.
//
// The files are read in parallel off the UI goroutine; everything shown
// (completeness, problems) is a consolidation computed again on the UI
// goroutine after each change, from the files read so far.
type consolidateScreen struct {
	g       *gui
	content fyne.CanvasObject

	heads   []store.Entry // the archive's reports, in the choice's order
	headSel *widget.Select
	headID  int64
	head    *report.Report // the head report's current content; nil when none chosen
	period  *widget.Label

	deadline     *dateEntry
	deadlineNote *widget.Label

	expected      []report.Organization // the head's lower units (the archive's list)
	expectedLabel *widget.Label
	expectedBtn   *widget.Button
	unitsEd       *unitsEditor // the list's editor last opened

	files     []string                 // the chosen files, in the order they were added
	sources   map[string]report.Source // what reading each file gave; absent while it is read
	loadTotal int                      // files handed to the readers since the bar was last empty
	loadDone  int                      // of which read
	progress  *widget.ProgressBar
	progBox   *fyne.Container

	res   *report.Consolidation // the consolidation as it stands; nil without a head
	names map[string]string     // the chosen files as shown, by path (displayNames)

	addFile, addFolder, clear *widget.Button

	tabs       *container.AppTabs
	unitList   *widget.List
	unitEmpty  *widget.Label
	fileList   *widget.List
	fileEmpty  *widget.Label
	notices    []report.Notice // shown: errors first
	noticeList *widget.List
	noticeHead *widget.Label

	summary *widget.Label
	create  *widget.Button
	saving  bool // the consolidated report is being stored
}

// Tabs of the screen's table area.
const (
	consTabUnits = iota
	consTabFiles
)

// consUnitColumns are the proportions of the completeness table: đơn vị,
// trạng thái, tệp, ngày báo cáo.
var consUnitColumns = []float32{0.42, 0.15, 0.29, 0.14}

// consFileColumns are those of the files table: tệp, what it holds.
var consFileColumns = []float32{0.34, 0.66}

func newConsolidateScreen(g *gui) *consolidateScreen {
	s := &consolidateScreen{g: g, sources: map[string]report.Source{}}

	back := widget.NewButtonWithIcon("Kho báo cáo", theme.NavigateBackIcon(), g.showStart)
	title := widget.NewLabel("Tổng hợp báo cáo của các đơn vị cấp dưới")
	title.SizeName = theme.SizeNameHeadingText
	title.TextStyle.Bold = true

	s.headSel = widget.NewSelect(nil, nil)
	s.headSel.PlaceHolder = "(chọn báo cáo của đơn vị tổng hợp trong kho)"
	s.headSel.OnChanged = func(string) {
		if i := s.headSel.SelectedIndex(); i >= 0 && i < len(s.heads) && s.heads[i].ID != s.headID {
			s.setHead(s.heads[i].ID)
		}
	}
	s.period = widget.NewLabel("")
	s.period.Importance = widget.LowImportance

	s.deadline = newDateEntry()
	s.deadline.PlaceHolder = "không có hạn"
	s.deadline.OnChanged = func(string) { s.deadlineChanged() }
	s.deadlineNote = widget.NewLabel("")
	s.deadlineNote.Importance = widget.DangerImportance
	s.deadlineNote.Wrapping = fyne.TextWrapWord
	s.deadlineNote.Hide()
	deadlineHint := widget.NewLabel("báo cáo đề ngày sau hạn là “Gửi muộn”")
	deadlineHint.Importance = widget.LowImportance

	s.expectedLabel = widget.NewLabel("")
	s.expectedLabel.Truncation = fyne.TextTruncateEllipsis
	s.expectedBtn = widget.NewButtonWithIcon("Sửa danh sách…", theme.DocumentCreateIcon(), s.editExpected)

	s.addFile = widget.NewButtonWithIcon("Chọn tệp…", theme.FileIcon(), s.chooseFile)
	s.addFolder = widget.NewButtonWithIcon("Chọn thư mục…", theme.FolderOpenIcon(), s.chooseFolder)
	s.clear = widget.NewButtonWithIcon("Bỏ tất cả", theme.ContentClearIcon(), s.clearFiles)
	filesHint := widget.NewLabel("tệp .json hoặc .xlsx; chọn nhiều lần, hoặc kéo thả tệp vào cửa sổ")
	filesHint.Importance = widget.LowImportance
	filesHint.Truncation = fyne.TextTruncateEllipsis

	s.progress = widget.NewProgressBar()
	s.progress.TextFormatter = func() string {
		return fmt.Sprintf("Đang đọc %d/%d tệp…", s.loadDone, s.loadTotal)
	}
	s.progBox = container.NewVBox(s.progress)
	s.progBox.Hide()

	label := func(text string) fyne.CanvasObject {
		l := widget.NewLabel(text)
		l.Alignment = fyne.TextAlignTrailing
		return l
	}
	row := func(l string, o fyne.CanvasObject) fyne.CanvasObject {
		return container.New(&rowLayout{widths: []float32{consLabelWidth, 0}}, label(l), o)
	}
	top := container.NewVBox(
		container.NewHBox(back, widget.NewSeparator(), title),
		row("Báo cáo của đơn vị tổng hợp", container.NewBorder(nil, nil, nil, s.period, s.headSel)),
		row("Hạn gửi báo cáo", container.NewVBox(
			container.New(&rowLayout{widths: []float32{190, 0}}, s.deadline, deadlineHint), s.deadlineNote)),
		row("Đơn vị phải báo cáo", container.NewBorder(nil, nil, nil, s.expectedBtn, s.expectedLabel)),
		row("Báo cáo của đơn vị cấp dưới", container.NewBorder(nil, nil,
			container.NewHBox(s.addFile, s.addFolder, s.clear), nil, filesHint)),
		s.progBox,
	)

	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Tình hình gửi báo cáo", theme.ListIcon(), s.newUnitTable()),
		container.NewTabItemWithIcon("Tệp đã chọn", theme.FileIcon(), s.newFileTable()),
	)
	split := container.NewVSplit(s.tabs, s.newNoticeList())
	split.Offset = 0.66

	s.summary = widget.NewLabel("")
	s.summary.Wrapping = fyne.TextWrapWord
	s.create = widget.NewButtonWithIcon("Tạo báo cáo tổng hợp", theme.DocumentCreateIcon(), s.createReport)
	s.create.Importance = widget.HighImportance
	bottom := container.NewBorder(widget.NewSeparator(), nil, nil, container.NewVBox(s.create), s.summary)

	s.content = container.NewPadded(container.NewBorder(top, bottom, nil, nil, split))
	return s
}

// showConsolidate shows the consolidation screen. An open report is saved
// and closed first, and becomes the head unless another was chosen before.
func (g *gui) showConsolidate() {
	if g.st == nil {
		return
	}
	if g.ed == nil {
		g.enterConsolidate(0)
		return
	}
	op := g.begin("Tổng hợp báo cáo", "Đang lưu những thay đổi mới nhất…", false)
	if op == nil {
		return
	}
	ed := g.ed
	g.whenSaved(func() {
		op.end()
		g.leaveEditorFor(ed)
	}, func(err error) {
		op.end()
		g.notSavedAsk(ed, err, "trước khi chuyển sang tổng hợp", "Vẫn chuyển", func() { g.leaveEditorFor(ed) })
	})
}

// leaveEditorFor closes the editor ed and shows the consolidation with its
// report as the head.
func (g *gui) leaveEditorFor(ed *editor) {
	id := ed.id
	ed.saver.stop()
	if g.ed == ed {
		g.ed = nil
	}
	g.app.Preferences().SetInt(prefOpenReport, 0)
	g.enterConsolidate(id)
}

// enterConsolidate shows the screen; head, when not 0, is chosen as the
// head report.
func (g *gui) enterConsolidate(head int64) {
	if g.cons == nil {
		g.cons = newConsolidateScreen(g)
		g.win.SetOnDropped(g.cons.dropped)
	}
	s := g.cons
	s.reloadHeads(head)
	g.win.SetContent(s.content)
	g.setTitle()
	g.win.SetTitle(appTitle + " — Tổng hợp báo cáo")
	g.menu.update()
}

// shown reports whether the screen is the window's content.
func (s *consolidateScreen) shown() bool { return s.g.win.Content() == s.content }

// reloadHeads reads the archive's list again for the head's choice and
// chooses want (when not 0), else the head chosen before, else the one
// chosen last time the app ran.
func (s *consolidateScreen) reloadHeads(want int64) {
	g := s.g
	entries, err := g.st.List()
	if err != nil {
		g.showError("Đọc danh sách báo cáo trong kho", err)
	}
	s.heads = entries
	opts := make([]string, len(entries))
	for i, e := range entries {
		opts[i] = headChoiceLabel(e)
	}
	if want == 0 {
		want = s.headID
	}
	if want == 0 {
		want = int64(g.app.Preferences().Int(prefConsHead))
	}
	s.headSel.Options = opts
	s.headSel.Refresh()
	found := false
	for i, e := range entries {
		if e.ID == want {
			s.headID = -1 // load it again: it may have changed since
			s.headSel.SetSelectedIndex(i)
			found = true
			break
		}
	}
	if !found {
		s.headSel.ClearSelected()
		s.headID, s.head, s.expected = 0, nil, nil
		s.period.SetText("")
		if len(entries) == 0 {
			s.period.SetText("kho chưa có báo cáo nào: hãy tạo báo cáo của đơn vị tổng hợp trước")
		}
		s.update()
	}
}

// headChoiceLabel names a report of the archive in the head's choice.
func headChoiceLabel(e store.Entry) string {
	s := e.Label()
	if e.Number != "" {
		s += " (số " + e.Number + ")"
	}
	return s
}

// setHead makes report id the head: its content, its list of lower units
// and the deadline typed for it before.
func (s *consolidateScreen) setHead(id int64) {
	g := s.g
	r, e, err := g.st.Get(id)
	if err != nil {
		g.showError("Đọc báo cáo của đơn vị tổng hợp", err)
		s.headSel.ClearSelected()
		s.headID, s.head, s.expected = 0, nil, nil
		s.update()
		return
	}
	units, err := g.st.ExpectedUnits(r.Organization)
	if err != nil {
		g.showError("Đọc danh sách đơn vị phải báo cáo", err)
	}
	s.headID, s.head, s.expected = id, r, units
	g.app.Preferences().SetInt(prefConsHead, int(id))
	s.period.SetText("kỳ: " + r.Period.Name() + ", " + e.Status.Label())
	s.deadline.SetText(g.app.Preferences().String(prefConsDeadline + "." + strconv.FormatInt(id, 10)))
	s.update()
}

// deadlineChanged reads the deadline, remembers it for the head and shows
// the consolidation again.
func (s *consolidateScreen) deadlineChanged() {
	_, err := s.deadlineTime()
	if err != nil {
		s.deadlineNote.SetText("Hạn gửi: " + err.Error())
		s.deadlineNote.Show()
	} else {
		s.deadlineNote.Hide()
		if s.headID > 0 {
			s.g.app.Preferences().SetString(prefConsDeadline+"."+strconv.FormatInt(s.headID, 10), strings.TrimSpace(s.deadline.Text))
		}
	}
	s.update()
}

// deadlineTime is the end of the day typed as the deadline; zero when
// none is typed.
func (s *consolidateScreen) deadlineTime() (time.Time, error) {
	text := strings.TrimSpace(s.deadline.Text)
	if text == "" {
		return time.Time{}, nil
	}
	d, err := report.ParseDateShort(text)
	if err != nil {
		return time.Time{}, err
	}
	return d.Add(24*time.Hour - time.Nanosecond), nil
}

// options are the head's expectations as the screen holds them; a
// deadline that cannot be read counts as none (its error is shown).
func (s *consolidateScreen) options() report.ConsolidateOptions {
	d, _ := s.deadlineTime()
	return report.ConsolidateOptions{Expected: s.expected, Deadline: d}
}

// headForConsolidation is the head report as the consolidation starts
// from: the completeness section of an earlier consolidation is dropped,
// since the consolidation writes it again.
func headForConsolidation(r *report.Report) *report.Report {
	h := r.Clone()
	kept := h.Sections[:0]
	for _, sec := range h.Sections {
		if strings.TrimSpace(sec.Heading) != report.CompletenessHeading {
			kept = append(kept, sec)
		}
	}
	h.Sections = kept
	return h
}

// consolidate runs the consolidation of the files read so far.
func (s *consolidateScreen) consolidate() *report.Consolidation {
	if s.head == nil {
		return nil
	}
	return s.g.cat.Consolidate(headForConsolidation(s.head), s.readSources(), s.options())
}

// update computes the consolidation again and shows it.
func (s *consolidateScreen) update() {
	s.names = s.displayNames()
	s.res = s.consolidate()
	s.showExpected()
	s.showUnits()
	s.showFiles()
	s.showNotices()
	s.showSummary()
	loading := s.loading() || s.saving
	for _, b := range []*widget.Button{s.create} {
		if loading {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if s.head == nil {
		s.expectedBtn.Disable()
	} else {
		s.expectedBtn.Enable()
	}
	if len(s.files) == 0 {
		s.clear.Disable()
	} else {
		s.clear.Enable()
	}
}

// showExpected writes how many lower units must report.
func (s *consolidateScreen) showExpected() {
	switch {
	case s.head == nil:
		setLabel(s.expectedLabel, "(chọn báo cáo của đơn vị tổng hợp trước)", widget.MediumImportance)
	case len(s.expected) == 0:
		setLabel(s.expectedLabel, "chưa có danh sách: mọi đơn vị gửi tệp đều được tổng hợp", widget.MediumImportance)
	default:
		// The label shows one line: a few names are enough (and a long
		// text is slow to truncate).
		var names []string
		for _, o := range s.expected[:min(len(s.expected), 6)] {
			names = append(names, o.Label())
		}
		text := fmt.Sprintf("%d đơn vị: %s", len(s.expected), strings.Join(names, "; "))
		if len(s.expected) > 6 {
			text += "; …"
		}
		setLabel(s.expectedLabel, text, widget.MediumImportance)
	}
}

// showSummary writes what the consolidation would take in.
func (s *consolidateScreen) showSummary() {
	switch {
	case s.head == nil:
		s.summary.SetText("Chọn báo cáo của đơn vị tổng hợp (ở trên) rồi chọn tệp báo cáo của các đơn vị cấp dưới.")
		return
	case len(s.files) == 0:
		s.summary.SetText("Chưa chọn tệp nào. Bấm “Chọn tệp…”, “Chọn thư mục…”, hoặc kéo thả tệp vào cửa sổ.")
		return
	case s.loading():
		s.summary.SetText(fmt.Sprintf("Đang đọc tệp (%d/%d)…", s.loadDone, s.loadTotal))
		return
	}
	parts := []string{fmt.Sprintf("%d tệp, tổng hợp được %d đơn vị", len(s.files), len(s.res.Used))}
	if left := len(s.files) - len(s.res.Used); left > 0 {
		parts = append(parts, fmt.Sprintf("%d tệp không được tổng hợp (xem phần Vấn đề)", left))
	}
	count := map[report.SendStatus]int{}
	for _, u := range s.res.Units {
		count[u.Status]++
	}
	if len(s.expected) > 0 {
		parts = append(parts, fmt.Sprintf("đã gửi %d/%d đơn vị phải báo cáo", count[report.StatusSent]+count[report.StatusLate], len(s.expected)))
		if n := count[report.StatusMissing]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d đơn vị chưa gửi", n))
		}
	}
	s.summary.SetText(capitalize(strings.Join(parts, "; ")) + ".")
}

// statusImportance colours a send status: green sent, amber late or not
// on the list, red missing.
func statusImportance(st report.SendStatus) widget.Importance {
	switch st {
	case report.StatusSent:
		return widget.SuccessImportance
	case report.StatusLate, report.StatusUnexpected:
		return widget.WarningImportance
	case report.StatusMissing:
		return widget.DangerImportance
	}
	return widget.MediumImportance
}

// tableHeader is a table's header row on the header colour; trailing is
// the width the rows keep at their end for a button (0: none).
func tableHeader(weights []float32, trailing float32, titles ...string) fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, len(titles))
	for i, t := range titles {
		cells[i] = boldLabel(t)
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	row := fyne.CanvasObject(container.New(&columnsLayout{weights: weights}, cells...))
	if trailing > 0 {
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(trailing, 1))
		row = container.NewBorder(nil, nil, nil, gap, row)
	}
	return container.NewStack(bg, row)
}

// emptyOver puts a centred hint over a list, shown while it is empty.
func emptyOver(list fyne.CanvasObject, hint *widget.Label) fyne.CanvasObject {
	hint.Alignment = fyne.TextAlignCenter
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	return container.NewStack(list, container.NewVBox(layout.NewSpacer(), hint, layout.NewSpacer()))
}

// setLabel shows text in l, redrawing it only when something changed
// (shaping a text is the slow part of a refresh).
func setLabel(l *widget.Label, text string, imp widget.Importance) {
	if l.Text != text || l.Importance != imp {
		l.Text, l.Importance = text, imp
		l.Refresh()
	}
}
