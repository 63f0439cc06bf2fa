package gui

import "fyne.io/fyne/v2/widget"

// The shell is the window and what stays while its content changes: the
// archive, the menu, the typing method, the operation under way. It shows
// one screen at a time (start.go, editor.go, consolidate.go, Mẫu báo cáo
// through templates_shell.go); a screen
// asks the shell through these methods and never reaches into another
// screen.

// closeEditor drops the editor ed: its saves stop, and it is no longer
// the open one (when it still is).
func (g *gui) closeEditor(ed *editor) {
	ed.stop()
	if g.ed == ed {
		g.ed = nil
	}
}

// say writes msg on the status line of the open report, if any.
func (g *gui) say(msg string) {
	if g.ed != nil {
		g.ed.say(msg, widget.MediumImportance)
	}
}

// sayStore writes what the archive said (a shared archive's server gone
// or back, another clerk's save) on the status line of the open report.
func (g *gui) sayStore(text string, imp widget.Importance) {
	if g.ed != nil {
		g.ed.say(text, imp)
	}
}

// setBusy turns the open report's toolbar off while an operation runs.
func (g *gui) setBusy(busy bool) {
	if g.ed != nil {
		g.ed.setBusy(busy)
	}
}
