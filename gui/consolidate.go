package gui

import (
	"fyne.io/fyne/v2"
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
// It holds one named part per job: the head and its lower units
// (s.head, consolidate_head.go), the units' files chosen and read
// (s.files, consolidate_files.go finds them, consolidate_load.go reads
// them), the consolidation as it stands (s.result, consolidate_result.go)
// and the widgets (s.ui, consolidate_widgets.go, the tables in
// consolidate_tables.go); the editor of the lower units' list is
// consolidate_units.go, the forms sent to them consolidate_forms.go.
// The files are read in parallel off the UI goroutine, and so is the
// archive; the consolidation is computed again on the UI goroutine after
// each change, from the files read so far.
type consolidateScreen struct {
	g       *gui
	content fyne.CanvasObject

	head   consHead    // the head report and its lower units (consolidate_head.go)
	files  unitFiles   // the units' files chosen and read (consolidate_load.go)
	result consResult  // the consolidation as it stands (consolidate_result.go)
	ui     consWidgets // the screen's widgets (consolidate_widgets.go)

	unitsEd *unitsEditor // the list's editor last opened
	saving  bool         // the consolidated report is being stored
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
	ed := g.ed
	leave := func() { g.leaveEditorFor(ed) }
	g.leaveEditor("Tổng hợp báo cáo", "trước khi chuyển sang tổng hợp", "Vẫn chuyển", leave, leave)
}

// leaveEditorFor closes the editor ed and shows the consolidation with its
// report as the head.
func (g *gui) leaveEditorFor(ed *editor) {
	id := ed.id
	g.closeEditor(ed)
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

// update shows a change at once and computes the consolidation again off
// the UI goroutine (with a thousand units it takes a moment); its outcome
// is shown when it comes.
func (s *consolidateScreen) update() {
	s.head.deadlineWait.cancel() // the deadline as typed is taken now
	s.result.names = s.files.displayNames()
	s.showControls()
	s.showExpected()
	s.recompute()
}

// showControls enables what can be done now.
func (s *consolidateScreen) showControls() {
	if s.files.loading() || s.saving {
		s.ui.create.Disable()
	} else {
		s.ui.create.Enable()
	}
	if s.head.report == nil {
		s.ui.expectedBtn.Disable()
	} else {
		s.ui.expectedBtn.Enable()
	}
	if len(s.files.paths) == 0 {
		s.ui.clear.Disable()
	} else {
		s.ui.clear.Enable()
	}
}

// showResult shows the consolidation as it stands.
func (s *consolidateScreen) showResult() {
	s.showUnits()
	s.showFiles()
	s.showNotices()
	s.showSummary()
}
