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
// It is made of one part per job: the head and its lower units
// (consHead, consolidate_head.go), finding the files (consolidate_files.go),
// reading them (unitFiles, consolidate_load.go), the consolidation as it
// stands (consResult, consolidate_result.go), and the widgets (consWidgets,
// consolidate_widgets.go, with the tables in consolidate_tables.go).
// The files are read in parallel off the UI goroutine, and so is the
// archive; the consolidation is computed again on the UI goroutine after
// each change, from the files read so far.
type consolidateScreen struct {
	g       *gui
	content fyne.CanvasObject

	consHead
	unitFiles
	consResult
	consWidgets

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

// update shows a change at once and computes the consolidation again off
// the UI goroutine (with a thousand units it takes a moment); its outcome
// is shown when it comes.
func (s *consolidateScreen) update() {
	s.deadlineWait.cancel() // the deadline as typed is taken now
	s.names = s.displayNames()
	s.showControls()
	s.showExpected()
	s.recompute()
}

// showControls enables what can be done now.
func (s *consolidateScreen) showControls() {
	if s.loading() || s.saving {
		s.create.Disable()
	} else {
		s.create.Enable()
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

// showResult shows the consolidation as it stands.
func (s *consolidateScreen) showResult() {
	s.showUnits()
	s.showFiles()
	s.showNotices()
	s.showSummary()
}
