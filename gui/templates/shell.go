// Package templates is the "Mẫu báo cáo" screen: the list of the built-in
// templates and those in the archive, and the editor with which the
// provincial clerk designs one (its groups and indicators, rules, outline
// and trích yếu), checked as the clerk types, saved into the archive as
// versions and exported as a template file.
//
// The screen knows the app only through Shell.
package templates

import (
	"fyne.io/fyne/v2"

	"baocao/gui/textedit"
	"baocao/report/store"
)

// Shell is what the screen needs of the app.
type Shell interface {
	// Window is the app's window: dialogs show over it.
	Window() fyne.Window
	// Store is the open archive.
	Store() *store.Store
	// Author is the name saved with a template version.
	Author() string
	// Background runs work off the UI goroutine, then done (when not nil)
	// on it. Everything that may wait (the archive, files) runs in work.
	Background(work func(), done func())
	// ShowError explains a failure in a dialog.
	ShowError(title string, err error)
	// SaveFile asks where to write a file (the app's save dialog, with
	// its overwrite question), suggesting fileName, and calls chosen on
	// the UI goroutine with the full path; nothing when the clerk cancels.
	SaveFile(title, fileName string, chosen func(path string))
	// Typing is the app's Vietnamese typing method (Telex or VNI,
	// switched with Alt+Z), which the screen's text fields type through
	// as every text field of the app does; its codes and numbers are
	// typed as they are.
	Typing() textedit.Typing
	// Close leaves the screen (back to the start screen). The screen has
	// asked about unsaved changes before it calls Close.
	Close()
}
