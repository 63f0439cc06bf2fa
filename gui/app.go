// Package gui is the desktop app of baocao: the archive's start screen,
// the report editor (general information, figures, documents issued,
// narrative), autosave, history, and the PDF and Excel exports. It holds
// no PDF, XLSX or database code of its own: it calls report, report/pdf,
// report/xlsx and report/store.
//
// A file's name starts with what it belongs to: the shell (app.go,
// shell.go, menu.go, open.go, background.go, dialogs.go…), the start
// screen (start.go), the editor's frame (editor*.go) and its tabs
// (tab_*.go), Tổng hợp (consolidate*.go), the typing method (typing*.go),
// and the shell's side of Mẫu báo cáo (templates_shell.go: the screen
// itself is package gui/templates, which knows the app only through its
// Shell).
// Screens ask the shell (shell.go) and never reach into another screen.
// The generic widgets are in gui/widget, the text entries and the
// paragraph editor in gui/textedit, the Vietnamese typing in gui/vnkey.
//
// Every widget is touched on Fyne's UI goroutine; long work (saving,
// exporting, reading a workbook) runs on its own goroutine and hands its
// result back with fyne.Do. Build and test with -tags migrated_fynedo.
package gui

import (
	"fmt"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"baocao/assets"
	"baocao/gui/templates"
	"baocao/report/flow"
	"baocao/report/store"
)

// Options configure the desktop app.
type Options struct {
	// DBPath is the archive (the SQLite database, or a shared
	// archive's postgres:// URL); "" means the shared archive chosen with
	// Kho dùng chung…, else store.DefaultPath().
	DBPath string
	// Version is shown in Trợ giúp → Giới thiệu.
	Version string
}

const (
	appID    = "vn.baocao.desktop"
	appTitle = "Báo cáo sơ kết"
)

// Preference keys.
const (
	prefOpenReport = "report.open"   // id of the report open at exit, 0 when none
	prefWinWidth   = "window.width"  // last window size
	prefWinHeight  = "window.height" //
	prefExportDir  = "export.dir"    // the folder of the last export
	prefOpenDir    = "open.dir"      // the folder of the last opened file
	prefTyping     = "typing.mode"   // the built-in typing method
	prefHintShown  = "typing.hint"   // the typing hint was shown once
)

// Run opens the desktop app and returns when its window is closed. An
// archive that cannot be opened is explained in a dialog (in Vietnamese)
// and returned as the error once the window is closed.
func Run(opt Options) error {
	t0 := time.Now()
	debug := os.Getenv("BAOCAO_DEBUG_STARTUP") != ""
	mark := func(what string) {
		if debug {
			fmt.Fprintf(os.Stderr, "baocao: %s sau %v\n", what, time.Since(t0).Round(time.Millisecond))
		}
	}
	if err := setupLanguage(); err != nil {
		fyne.LogError("nạp bản dịch tiếng Việt", err)
	}
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("baocao.png", assets.Icon))
	a.Settings().SetTheme(newTheme())
	g := newGUI(a, opt, config{
		debounce: time.Second,
		do:       fyne.Do,
		author:   flow.User(),
	})
	mark("tạo cửa sổ")
	err := g.openStore()
	mark("mở kho")
	if err == nil {
		g.restore()
	}
	mark("dựng màn hình")
	a.Lifecycle().SetOnStarted(func() { mark("cửa sổ hiện") })
	g.win.ShowAndRun()
	g.shutdown()
	return err
}

// config holds what differs between the real app and its tests.
type config struct {
	// debounce is how long after the last change the report is saved.
	debounce time.Duration
	// do runs f on the UI goroutine (fyne.Do); tests queue it.
	do func(f func())
	// author names the user in the history.
	author string
	// openURL opens a file or folder with the system (app.OpenURL);
	// nil means the app's own.
	openURL func(u *url.URL) error
}

// gui is the running app: one window showing one screen: the start
// screen, the editor of one report, Tổng hợp or Mẫu báo cáo.
type gui struct {
	app  fyne.App
	win  fyne.Window
	opt  Options
	cfg  config
	st   *store.Store
	path string // the archive's file

	start *startScreen
	ed    *editor
	cons  *consolidateScreen // "Tổng hợp báo cáo", once shown
	tpl   *templates.Screen  // "Mẫu báo cáo" while shown (templates_shell.go)
	menu  *mainMenu
	typ   *typing

	op      *operation     // the operation under way, if any (UI goroutine)
	jobs    sync.WaitGroup // background work under way
	running atomic.Int64   // background work whose outcome is not shown yet
}

func newGUI(a fyne.App, opt Options, cfg config) *gui {
	if cfg.do == nil {
		cfg.do = fyne.Do
	}
	if cfg.debounce <= 0 {
		cfg.debounce = time.Second
	}
	g := &gui{app: a, opt: opt, cfg: cfg}
	g.win = a.NewWindow(appTitle)
	g.typ = newTyping(g)
	w := a.Preferences().FloatWithFallback(prefWinWidth, 1100)
	h := a.Preferences().FloatWithFallback(prefWinHeight, 760)
	g.win.Resize(fyne.NewSize(float32(max(w, 640)), float32(max(h, 480))))
	g.menu = newMainMenu(g)
	g.win.SetMainMenu(g.menu.menu)
	g.addShortcuts()
	g.win.SetCloseIntercept(g.requestQuit)
	g.win.SetMaster()
	return g
}

// openStore opens the archive; on failure the window explains why.
func (g *gui) openStore() error {
	path := g.opt.DBPath
	if path == "" {
		path = g.sharedPref()
	}
	if path == "" {
		p, err := store.DefaultPath()
		if err != nil {
			g.showFatal(err)
			return err
		}
		path = p
	}
	g.path = store.Redact(path)
	st, err := store.Open(path)
	if err != nil {
		g.showFatal(err)
		return err
	}
	g.st = st
	g.watchStore()
	return nil
}

// restore reopens the report that was open when the app was last closed
// (or killed), else shows the start screen.
func (g *gui) restore() {
	id := int64(g.app.Preferences().Int(prefOpenReport))
	if id > 0 {
		// Before the window shows: reading here keeps the start quick
		// (the archive is not written).
		if r, entry, err := g.st.Get(id); err == nil {
			g.showReport(id, r, entry)
			return
		}
		g.app.Preferences().SetInt(prefOpenReport, 0)
	}
	g.showStart()
}

// shutdown runs after the window closed: the last edits are saved (the
// window is gone, so it waits for the archive here), work under way
// finishes, the archive is closed.
func (g *gui) shutdown() {
	if g.ed != nil {
		g.ed.stop()
		if err := g.ed.flushNow(); err != nil {
			fyne.LogError("lưu báo cáo khi thoát", err)
		}
	}
	g.jobs.Wait()
	if g.st != nil {
		if err := g.st.Close(); err != nil {
			fyne.LogError("đóng kho báo cáo", err)
		}
		g.st = nil
	}
}

func (g *gui) saveWindowSize() {
	s := g.win.Canvas().Size()
	if s.Width >= 100 && s.Height >= 100 {
		g.app.Preferences().SetFloat(prefWinWidth, float64(s.Width))
		g.app.Preferences().SetFloat(prefWinHeight, float64(s.Height))
	}
}

// setTitle names the window after the open report.
func (g *gui) setTitle() {
	title := appTitle
	if g.ed != nil {
		r := g.ed.r
		unit := r.Organization.Label()
		if unit == "" {
			unit = "(chưa có tên đơn vị)"
		}
		title += " — " + unit + ", " + r.Period.Name()
	}
	if g.win.Title() != title {
		g.win.SetTitle(title)
	}
}

// openURL opens a file or folder with the system's program for it.
func (g *gui) openURL(u *url.URL) error {
	if g.cfg.openURL != nil {
		return g.cfg.openURL(u)
	}
	return g.app.OpenURL(u)
}
