package gui

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/report"
)

// uiQueue stands in for fyne.Do in tests: work handed back from
// goroutines waits in the queue until the test runs it on its own
// goroutine, so widgets are only ever touched there.
type uiQueue struct{ ch chan func() }

func newUIQueue() *uiQueue { return &uiQueue{ch: make(chan func(), 1024)} }

func (q *uiQueue) do(f func()) { q.ch <- f }

// until runs queued work until cond holds; it fails the test after the
// timeout.
func (q *uiQueue) until(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.After(timeout)
	for !cond() {
		select {
		case f := <-q.ch:
			f()
		case <-deadline:
			t.Fatalf("still waiting after %v: %s", timeout, what)
		}
	}
}

// drain runs the work queued so far.
func (q *uiQueue) drain() {
	for {
		select {
		case f := <-q.ch:
			f()
		default:
			return
		}
	}
}

// testGUI is the app on a test driver.
type testGUI struct {
	*gui
	q      *uiQueue
	opened []string // URLs the app asked the system to open
}

// newTestGUI starts the app on the archive at db (a new one in a temp
// folder when ""), as Run does, but on Fyne's test driver.
func newTestGUI(t testing.TB, db string, prefs map[string]any) *testGUI {
	t.Helper()
	if db == "" {
		db = filepath.Join(t.TempDir(), "kho.db")
	}
	if err := setupLanguage(); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
	// The typing hint is shown once per user; tests that want it say so.
	a.Preferences().SetBool(prefHintShown, true)
	for k, v := range prefs {
		switch v := v.(type) {
		case int:
			a.Preferences().SetInt(k, v)
		case string:
			a.Preferences().SetString(k, v)
		case bool:
			a.Preferences().SetBool(k, v)
		}
	}
	q := newUIQueue()
	tg := &testGUI{q: q}
	g := newGUI(a, Options{DBPath: db, Version: "test"}, config{
		debounce: 50 * time.Millisecond,
		do:       q.do,
		author:   "thử nghiệm",
		openURL: func(u *url.URL) error {
			tg.opened = append(tg.opened, u.String())
			return nil
		},
	})
	tg.gui = g
	g.win.Resize(fyne.NewSize(1100, 760))
	if err := g.openStore(); err != nil {
		t.Fatalf("opening the archive: %v", err)
	}
	g.restore()
	tg.settle(t)
	t.Cleanup(func() {
		q.drain()
		g.shutdown()
	})
	return tg
}

// openSample puts the sample report into the archive and opens it.
func (tg *testGUI) openSample(t testing.TB) *editor {
	t.Helper()
	tg.gui.openSample()
	tg.settle(t)
	if tg.ed == nil {
		t.Fatalf("the sample report did not open; the screen shows: %s", strings.Join(texts(tg.win.Canvas()), " | "))
	}
	return tg.ed
}

// settle runs the work handed back to the UI goroutine until no
// background work and no operation (opening, saving, finalizing…) is under
// way.
func (tg *testGUI) settle(t testing.TB) {
	t.Helper()
	tg.q.until(t, "the background work done", 15*time.Second, func() bool {
		return tg.running.Load() == 0 && tg.op == nil
	})
}

// previewShows waits until the preview of Nội dung, drawn after a pause,
// reads as ok wants.
func (tg *testGUI) previewShows(t testing.TB, ok func(string) bool) {
	t.Helper()
	st := tg.ed.sections
	tg.q.until(t, "the preview drawn again", 5*time.Second, func() bool { return ok(st.previewText.Text()) })
}

// The operations the tests start as a clerk would, each waited for.

func (tg *testGUI) closeReport(t testing.TB) { tg.gui.closeReport(); tg.settle(t) }

func (tg *testGUI) showConsolidate(t testing.TB) { tg.gui.showConsolidate(); tg.settle(t) }

// newReport makes a new report with what the new-report dialog
// preselects.
func (tg *testGUI) newReport(t testing.TB) {
	t.Helper()
	tg.gui.newReport()
	tg.settle(t)
	tg.tap(t, overlayButton(t, tg.win.Canvas(), "Tạo báo cáo"))
}

func (tg *testGUI) importReport(t testing.TB, r *report.Report, source string) {
	tg.gui.importReport(r, source)
	tg.settle(t)
}

// tap taps a button and waits for what it started.
func (tg *testGUI) tap(t testing.TB, b fyne.Tappable) {
	test.Tap(b)
	tg.settle(t)
}

// texts lists the texts shown on the canvas, dialogs included.
func texts(c fyne.Canvas) []string {
	var out []string
	visit := func(o fyne.CanvasObject) {
		uitest.Walk(o, func(o fyne.CanvasObject) {
			switch w := o.(type) {
			case *widget.Label:
				if w.Text != "" {
					out = append(out, w.Text)
				}
			case *widget.Button:
				if w.Text != "" {
					out = append(out, w.Text)
				}
			}
		})
	}
	visit(c.Content())
	for _, o := range c.Overlays().List() {
		visit(o)
	}
	return out
}

// overlayButton finds a button of the topmost dialog by its text.
func overlayButton(t testing.TB, c fyne.Canvas, text string) *widget.Button {
	t.Helper()
	return uitest.OverlayButton(t, c, text)
}

// overlayTexts lists the texts of the topmost dialog.
func overlayTexts(c fyne.Canvas) []string { return uitest.OverlayTexts(c) }

// closeOverlays dismisses every dialog.
func closeOverlays(c fyne.Canvas) {
	for c.Overlays().Top() != nil {
		c.Overlays().Remove(c.Overlays().Top())
	}
}

// contains reports whether one of the texts contains s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

type fyneObject = fyne.CanvasObject
