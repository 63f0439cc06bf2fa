package templates

import (
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/gui/textedit"
	"baocao/gui/vnkey"
	"baocao/report"
	"baocao/report/store"
)

// fakeShell is the app as the screen sees it, on Fyne's test driver.
// Background runs work on a goroutine and queues done; the test runs the
// queue on its own goroutine (settle), so widgets are only ever touched
// there, as fyne.Do does in the app.
type fakeShell struct {
	tb       testing.TB
	win      fyne.Window
	st       *store.Store
	q        chan func()
	pending  atomic.Int32
	typ      typing
	errs     []string
	saveAs   string // the path the save dialog answers ("": cancelled)
	saveName string // the file name the screen suggested
	closed   int
}

func (f *fakeShell) Window() fyne.Window     { return f.win }
func (f *fakeShell) Store() *store.Store     { return f.st }
func (f *fakeShell) Author() string          { return "Lan" }
func (f *fakeShell) Close()                  { f.closed++ }
func (f *fakeShell) Typing() textedit.Typing { return f.typ }

func (f *fakeShell) Background(work, done func()) {
	f.pending.Add(1)
	go func() {
		work()
		f.q <- func() {
			f.pending.Add(-1)
			if done != nil {
				done()
			}
		}
	}()
}

func (f *fakeShell) ShowError(title string, err error) {
	f.errs = append(f.errs, title+": "+err.Error())
}

func (f *fakeShell) SaveFile(title, name string, chosen func(string)) {
	f.saveName = name
	if f.saveAs != "" {
		chosen(f.saveAs)
	}
}

// typing is the app's typing method as the fake shell gives it: vnkey's
// engine, Off unless a test switches it on (as Alt+Z does).
type typing struct{ *vnkey.Engine }

func (t typing) Focused(textedit.Target) { t.Reset() }

// settle runs the work handed back to the UI goroutine until none is
// under way.
func (f *fakeShell) settle() {
	f.tb.Helper()
	deadline := time.After(15 * time.Second)
	for f.pending.Load() > 0 {
		select {
		case fn := <-f.q:
			fn()
		case <-deadline:
			f.tb.Fatal("the background work is not done after 15 s")
		}
	}
}

// newTestScreen opens the screen on a new archive in a temp folder (or
// on st when not nil).
func newTestScreen(tb testing.TB, st *store.Store) (*Screen, *fakeShell) {
	tb.Helper()
	a := test.NewTempApp(tb)
	if st == nil {
		var err error
		st, err = store.Open(filepath.Join(tb.TempDir(), "kho.db"))
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { st.Close() })
	}
	f := &fakeShell{tb: tb, st: st, q: make(chan func(), 1024), typ: typing{vnkey.New(vnkey.Off, vnkey.NewStyle)}}
	f.win = a.NewWindow("Mẫu báo cáo")
	f.win.Resize(fyne.NewSize(1100, 760))
	s := New(f)
	f.win.SetContent(s.Content())
	f.settle()
	return s, f
}

// editCopy opens the screen on a new archive with a new template copied
// from the built-in template id, in the editor.
func editCopy(t *testing.T, id string) (*Screen, *fakeShell, *editor) {
	t.Helper()
	s, sh := newTestScreen(t, nil)
	listed(t, s, report.BuiltinTemplate(id, 0).Name)
	sh.tap(s.list.copyBtn)
	return s, sh, s.ed
}

// tap taps a button (it must be enabled) and waits for what it started.
func (f *fakeShell) tap(b *widget.Button) {
	f.tb.Helper()
	if b.Disabled() {
		f.tb.Fatalf("the button %q is disabled", b.Text)
	}
	test.Tap(b)
	f.settle()
}

// retype selects everything in an entry, erases it and types text, key
// by key, as the clerk would.
func (f *fakeShell) retype(en *textedit.Entry, text string) {
	f.tb.Helper()
	if en.Disabled() {
		f.tb.Fatalf("the field holding %q is disabled", en.Text)
	}
	f.win.Canvas().Focus(en)
	en.TypedShortcut(&fyne.ShortcutSelectAll{})
	en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	test.Type(en, text)
	f.settle()
}

// overlayButton finds a button of the topmost dialog by its text.
func (f *fakeShell) overlayButton(text string) *widget.Button {
	f.tb.Helper()
	return uitest.OverlayButton(f.tb, f.win.Canvas(), text)
}

// dialogSays fails unless the topmost dialog shows every one of want.
func (f *fakeShell) dialogSays(want ...string) {
	f.tb.Helper()
	uitest.DialogSays(f.tb, f.win.Canvas(), want...)
}

// shows fails unless the note beside a field is shown and says want.
func shows(tb testing.TB, n *note, want string) {
	tb.Helper()
	if !n.Visible() || !strings.Contains(n.Text, want) {
		tb.Fatalf("the field's note does not say %q (shown: %v, %q)", want, n.Visible(), n.Text)
	}
}

// quiet fails unless the note beside a field is hidden.
func quiet(tb testing.TB, n *note) {
	tb.Helper()
	if n.Visible() {
		tb.Fatalf("the field's note still says %q", n.Text)
	}
}

// pickByName picks an indicator in the picker that is open: types part
// of its name into the search, then chooses the only match.
func (f *fakeShell) pickByName(e *editor, words string) {
	f.tb.Helper()
	p := e.picker
	if p == nil {
		f.tb.Fatal("the indicator picker is not open")
	}
	test.Type(p.search, words)
	if len(p.shown) != 1 {
		f.tb.Fatalf("searching %q (the search field holds %q) finds %d indicators, want exactly one", words, p.search.Text, len(p.shown))
	}
	p.list.Select(0)
	f.settle()
}

// rowText is the text of a list's row id as shown.
func rowText(l *widget.List, id int) string {
	o := l.CreateItem()
	l.UpdateItem(id, o)
	var parts []string
	uitest.Walk(o, func(o fyne.CanvasObject) {
		if lb, ok := o.(*widget.Label); ok && lb.Text != "" {
			parts = append(parts, lb.Text)
		}
	})
	return strings.Join(parts, " | ")
}
