package gui

import (
	"path/filepath"

	"fyne.io/fyne/v2"

	"baocao/gui/templates"
	"baocao/gui/textedit"
	"baocao/report/store"
)

// The "Mẫu báo cáo" screen is package gui/templates; it knows the app only
// through templates.Shell, which templatesShell gives it here.

// showTemplates shows the Mẫu báo cáo screen. An open report is saved and
// closed first (a save that fails is asked about, as when the report is
// closed).
func (g *gui) showTemplates() {
	if g.st == nil || g.tpl != nil {
		return
	}
	if g.ed == nil {
		g.enterTemplates()
		return
	}
	ed := g.ed
	leave := func() {
		g.closeEditor(ed)
		g.app.Preferences().SetInt(prefOpenReport, 0)
		g.enterTemplates()
	}
	g.leaveEditor("Mẫu báo cáo", "trước khi chuyển sang mẫu báo cáo", "Vẫn chuyển", leave, leave)
}

// enterTemplates shows the screen, its list of templates read again.
func (g *gui) enterTemplates() {
	g.tpl = templates.New(templatesShell{g})
	g.win.SetContent(g.tpl.Content())
	g.setTitle()
	g.win.SetTitle(appTitle + " — Mẫu báo cáo")
	g.menu.update()
}

// leaveTemplates runs next, from the start screen, once the clerk has
// decided about a template's unsaved changes (nothing when the clerk
// stays); next runs at once when the screen is not shown. Whatever the
// menu does from the screen goes through here: a file dialog cancelled
// after it leaves the start screen, not a screen that was left.
func (g *gui) leaveTemplates(next func()) {
	if g.tpl == nil {
		next()
		return
	}
	g.tpl.Leave(func() {
		g.tpl = nil
		g.showStart()
		next()
	})
}

// templatesShell is the app as the Mẫu báo cáo screen sees it.
type templatesShell struct{ g *gui }

func (s templatesShell) Window() fyne.Window     { return s.g.win }
func (s templatesShell) Store() *store.Store     { return s.g.st }
func (s templatesShell) Author() string          { return s.g.cfg.author }
func (s templatesShell) Typing() textedit.Typing { return s.g.typ }

func (s templatesShell) Background(work, done func()) { s.g.background(work, done) }

func (s templatesShell) ShowError(title string, err error) { s.g.showError(title, err) }

// SaveFile is the app's save dialog, in the folder of the last export.
func (s templatesShell) SaveFile(title, fileName string, chosen func(path string)) {
	p := s.g.app.Preferences()
	s.g.saveDialog(title, p.String(prefExportDir), fileName, filepath.Ext(fileName), func(path string) {
		p.SetString(prefExportDir, filepath.Dir(path))
		chosen(path)
	})
}

// Close goes back to the start screen (the screen has asked about
// unsaved changes).
func (s templatesShell) Close() {
	s.g.tpl = nil
	s.g.showStart()
}
