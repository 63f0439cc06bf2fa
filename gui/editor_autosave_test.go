package gui

import (
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"baocao/report"
	"baocao/report/store"
)

// A change is saved shortly after the last keystroke, without a button;
// an app started again on the same archive (as after a crash: nothing was
// closed) reopens the report exactly as it was.
func TestAutosaveSurvivesRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kho.db")
	tg := newTestGUI(t, db, nil)
	e := tg.openSample(t)
	id := e.id

	test.Type(e.general.summary, " (bản sửa)")
	retype(e.figures.rows["llct.lop"].entries[2], "60")
	e.general.place.SetText("Phủ Lý")
	if strings.Contains(e.bar.save.Text, "Đã lưu") {
		t.Fatal("saved before the delay was over")
	}
	tg.q.until(t, "the autosave", 5*time.Second, func() bool {
		return strings.HasPrefix(e.bar.save.Text, "Đã lưu lúc")
	})
	if n := e.saver.saves(); n != 1 {
		t.Errorf("%d saves for one burst of changes, want 1", n)
	}
	want := e.r.Clone()

	// The app is not closed: a second one opens the same archive, with
	// the preferences the first one left.
	remembered := tg.app.Preferences().Int(prefOpenReport)
	if int64(remembered) != id {
		t.Fatalf("the open report remembered as %d, want %d", remembered, id)
	}
	tg2 := newTestGUI(t, db, map[string]any{prefOpenReport: remembered})
	if tg2.ed == nil || tg2.ed.id != id {
		t.Fatal("starting the app again does not reopen the report being written")
	}
	got := tg2.ed.r
	if got.Summary != want.Summary || got.Organization.Place != "Phủ Lý" {
		t.Errorf("reopened: trích yếu %q, place %q", got.Summary, got.Organization.Place)
	}
	if p := got.Figures["llct.lop"].Plan; p == nil || *p != 60 {
		t.Errorf("reopened: plan of llct.lop = %v, want 60", p)
	}
	a, _ := report.Marshal(want)
	b, _ := report.Marshal(got)
	if string(a) != string(b) {
		t.Errorf("the reopened report differs from the one written:\n%s\n---\n%s", a, b)
	}
	// The second app shows the entries as they were typed.
	if got := tg2.ed.figures.rows["llct.lop"].entries[2].Text; got != "60" {
		t.Errorf("the plan's field shows %q, want 60", got)
	}
}

// Closing the report saves what the debounce has not saved yet.
func TestCloseSavesAtOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kho.db")
	tg := newTestGUI(t, db, nil)
	e := tg.openSample(t)
	e.general.signer.SetText("Nguyễn Văn A")
	tg.closeReport(t)
	if tg.ed != nil {
		t.Fatal("the report is still open")
	}
	r, _, err := tg.st.Get(e.id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Signer.Name != "Nguyễn Văn A" {
		t.Errorf("signer in the archive = %q, want Nguyễn Văn A", r.Signer.Name)
	}
	if tg.app.Preferences().Int(prefOpenReport) != 0 {
		t.Error("the closed report is still remembered as open")
	}
}

// The autosaver saves one change at a time, never an older state over a
// newer one, and tries again after a failure.
func TestAutosaverOrderAndRetry(t *testing.T) {
	q := newUIQueue()
	var state atomic.Int64 // the "report": a counter
	var saved atomic.Int64
	var fail atomic.Bool
	fail.Store(true)
	var outcomes []error
	a := newAutosaver(10*time.Millisecond, q.do,
		func() *report.Report {
			n := state.Load()
			return &report.Report{Number: string(rune('0' + n))}
		},
		func(r *report.Report) (int, error) {
			if fail.Load() {
				return 0, errors.New("ổ đĩa đầy")
			}
			saved.Store(int64(r.Number[0] - '0'))
			return 1, nil
		},
		func(_ int, err error) { outcomes = append(outcomes, err) })
	state.Store(1)
	a.touch()
	q.until(t, "the first save", 2*time.Second, func() bool { return len(outcomes) == 1 })
	if outcomes[0] == nil {
		t.Fatal("the failed save reports no error")
	}
	if !a.pending {
		t.Fatal("after the failed save, the change no longer waits to be saved")
	}
	fail.Store(false)
	state.Store(2)
	if err := a.flushNow(); err != nil {
		t.Fatal(err)
	}
	if saved.Load() != 2 {
		t.Errorf("saved state %d, want 2", saved.Load())
	}
	// The retry queued after the failure finds nothing newer to save.
	before := a.saves()
	a.stop()
	q.drain()
	if a.saves() != before {
		t.Errorf("saved again after stop")
	}
}

// A save the archive refuses (the unit already has a report for the
// period) is shown, and closing asks before anything is lost.
func TestRefusedSaveIsShownAndCloseAsks(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	other := report.Sample()
	other.Organization.Superior = "HUYỆN ỦY KIM BẢNG"
	if _, err := tg.st.Create(other, store.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	e := tg.openSample(t)
	e.general.superior.SetText("HUYỆN ỦY KIM BẢNG")
	tg.q.until(t, "the failed save reported", 5*time.Second, func() bool {
		return strings.HasPrefix(e.bar.save.Text, "Chưa lưu được")
	})
	if !strings.Contains(e.bar.save.Text, "đã có báo cáo") {
		t.Errorf("status line = %q, want it to say đã có báo cáo", e.bar.save.Text)
	}
	tg.closeReport(t)
	c := tg.win.Canvas()
	if tg.ed == nil || !contains(overlayTexts(c), "Vẫn đóng") {
		t.Fatalf("a report that could not be saved closes without asking: %v", overlayTexts(c))
	}
	// Fixing the unit lets it save and close.
	closeOverlays(c)
	e.general.superior.SetText("TỈNH ỦY HÀ NAM")
	tg.closeReport(t)
	if tg.ed != nil {
		t.Errorf("does not close after the fix: %v", overlayTexts(c))
	}
}

// Typing without a pause still saves: no change waits more than 1.8
// times the delay.
func TestAutosaveWhileTypingOn(t *testing.T) {
	q := newUIQueue()
	var saves atomic.Int64
	a := newAutosaver(50*time.Millisecond, q.do,
		func() *report.Report { return &report.Report{} },
		func(*report.Report) (int, error) { saves.Add(1); return 1, nil },
		func(int, error) {})
	defer a.stop()
	start := time.Now()
	for time.Since(start) < 400*time.Millisecond {
		a.touch() // a keystroke every 10 ms, never a 50 ms pause
		time.Sleep(10 * time.Millisecond)
		q.drain()
	}
	if n := saves.Load(); n < 2 {
		t.Errorf("%d saves in 400 ms of typing without a pause (no change should wait over 90 ms), want 2 or more", n)
	}
}

// flushThen saves off the calling goroutine; what is typed while a save
// waits for the archive is saved too, after it and never before it, and
// then runs once everything is saved.
func TestFlushThenSavesWhatIsTypedMeanwhile(t *testing.T) {
	q := newUIQueue()
	var state atomic.Int64
	gate := make(chan struct{})
	var order []int64 // the states saved, in order (under the autosaver's lock)
	a := newAutosaver(time.Hour, q.do,
		func() *report.Report { return &report.Report{Number: string(rune('0' + state.Load()))} },
		func(r *report.Report) (int, error) {
			<-gate // the archive is locked until the test opens it
			order = append(order, int64(r.Number[0]-'0'))
			return len(order), nil
		},
		func(int, error) {})
	defer a.stop()
	state.Store(1)
	a.touch()
	var done []error
	start := time.Now()
	a.flushThen(func(err error) { done = append(done, err) })
	if time.Since(start) > time.Second || len(done) != 0 {
		t.Fatal("flushThen waits for the archive on the calling goroutine")
	}
	// Typed while the first save waits.
	state.Store(2)
	a.touch()
	state.Store(3)
	a.touch()
	close(gate)
	q.until(t, "the saves done", 5*time.Second, func() bool { return len(done) > 0 })
	if done[0] != nil {
		t.Fatal(done[0])
	}
	if len(order) != 2 || order[0] != 1 || order[1] != 3 {
		t.Errorf("saved in the order %v, want [1 3]", order)
	}
	if a.savedSeq.Load() != a.seq || a.pending {
		t.Error("flushThen done with changes still unsaved")
	}
}
