package templates

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Screen is the "Mẫu báo cáo" screen: the list of templates, and the
// editor of one. The app shows Content and, before it shows anything
// else (another screen, the window closing), calls Leave.
type Screen struct {
	sh    Shell
	stack *fyne.Container
	list  *listView
	ed    *editor
	// versions is the list of the versions dialog last shown.
	versions *widget.List
}

// New makes the screen on the app's shell; it shows the list of
// templates, read from the archive off the UI goroutine.
func New(sh Shell) *Screen {
	s := &Screen{sh: sh, stack: container.NewStack()}
	s.list = newListView(s)
	s.showList()
	return s
}

// Content is what the window shows for the screen.
func (s *Screen) Content() fyne.CanvasObject { return s.stack }

// Dirty reports whether a template being edited has changes not saved.
func (s *Screen) Dirty() bool { return s.ed != nil && s.ed.dirty() }

// Leave runs next once the clerk has decided about a template's unsaved
// changes (saved them, or dropped them); when the clerk stays, next is
// not run.
func (s *Screen) Leave(next func()) {
	if s.ed == nil {
		next()
		return
	}
	s.ed.leave(func() {
		s.ed = nil
		next()
	})
}

// showList shows the list of templates, read again.
func (s *Screen) showList() {
	s.ed = nil
	s.stack.Objects = []fyne.CanvasObject{s.list.content}
	s.stack.Refresh()
	s.list.reload()
}

// showEditor shows a template's editor.
func (s *Screen) showEditor(e *editor) {
	s.ed = e
	s.stack.Objects = []fyne.CanvasObject{e.content}
	s.stack.Refresh()
	if !e.readOnly {
		s.sh.Window().Canvas().Focus(e.general.name)
	}
}

// close leaves the screen, asking about unsaved changes first.
func (s *Screen) close() { s.Leave(s.sh.Close) }

// padded is the screen's content with the theme's padding around.
func padded(o fyne.CanvasObject) fyne.CanvasObject { return container.NewPadded(o) }
