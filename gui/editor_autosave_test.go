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
		t.Fatal("đã báo lưu trước khi hết thời gian chờ")
	}
	tg.q.until(t, "tự động lưu", 5*time.Second, func() bool {
		return strings.HasPrefix(e.bar.save.Text, "Đã lưu lúc")
	})
	if n := e.saver.saves(); n != 1 {
		t.Errorf("%d lần lưu cho một loạt thay đổi liền nhau, muốn 1", n)
	}
	want := e.r.Clone()

	// The app is not closed: a second one opens the same archive, with
	// the preferences the first one left.
	remembered := tg.app.Preferences().Int(prefOpenReport)
	if int64(remembered) != id {
		t.Fatalf("mã báo cáo đang mở được nhớ là %d, muốn %d", remembered, id)
	}
	tg2 := newTestGUI(t, db, map[string]any{prefOpenReport: remembered})
	if tg2.ed == nil || tg2.ed.id != id {
		t.Fatal("mở lại chương trình không mở lại báo cáo đang soạn")
	}
	got := tg2.ed.r
	if got.Summary != want.Summary || got.Organization.Place != "Phủ Lý" {
		t.Errorf("mở lại: trích yếu %q, địa danh %q", got.Summary, got.Organization.Place)
	}
	if p := got.Figures["llct.lop"].Plan; p == nil || *p != 60 {
		t.Errorf("mở lại: kế hoạch llct.lop = %v, muốn 60", p)
	}
	a, _ := report.Marshal(want)
	b, _ := report.Marshal(got)
	if string(a) != string(b) {
		t.Errorf("báo cáo mở lại khác báo cáo đã soạn:\n%s\n---\n%s", a, b)
	}
	// The second app shows the entries as they were typed.
	if got := tg2.ed.figures.rows["llct.lop"].entries[2].Text; got != "60" {
		t.Errorf("ô kế hoạch hiện %q", got)
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
		t.Fatal("báo cáo chưa đóng")
	}
	r, _, err := tg.st.Get(e.id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Signer.Name != "Nguyễn Văn A" {
		t.Errorf("người ký trong kho = %q", r.Signer.Name)
	}
	if tg.app.Preferences().Int(prefOpenReport) != 0 {
		t.Error("báo cáo đã đóng vẫn được nhớ là đang mở")
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
	q.until(t, "lần lưu thứ nhất", 2*time.Second, func() bool { return len(outcomes) == 1 })
	if outcomes[0] == nil {
		t.Fatal("lần lưu lỗi không báo lỗi")
	}
	if !a.pending {
		t.Fatal("sau lần lưu lỗi, thay đổi không còn chờ lưu")
	}
	fail.Store(false)
	state.Store(2)
	if err := a.flushNow(); err != nil {
		t.Fatal(err)
	}
	if saved.Load() != 2 {
		t.Errorf("đã lưu trạng thái %d, muốn 2", saved.Load())
	}
	// The retry queued after the failure finds nothing newer to save.
	before := a.saves()
	a.stop()
	q.drain()
	if a.saves() != before {
		t.Errorf("lưu thêm sau khi dừng")
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
	tg.q.until(t, "báo lỗi lưu", 5*time.Second, func() bool {
		return strings.HasPrefix(e.bar.save.Text, "Chưa lưu được")
	})
	if !strings.Contains(e.bar.save.Text, "đã có báo cáo") {
		t.Errorf("dòng trạng thái: %q", e.bar.save.Text)
	}
	tg.closeReport(t)
	c := tg.win.Canvas()
	if tg.ed == nil || !contains(overlayTexts(c), "Vẫn đóng") {
		t.Fatalf("đóng báo cáo chưa lưu được mà không hỏi: %v", overlayTexts(c))
	}
	// Fixing the unit lets it save and close.
	closeOverlays(c)
	e.general.superior.SetText("TỈNH ỦY HÀ NAM")
	tg.closeReport(t)
	if tg.ed != nil {
		t.Errorf("không đóng được sau khi sửa: %v", overlayTexts(c))
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
		t.Errorf("%d lần lưu trong 400 ms gõ liên tục (chờ tối đa 90 ms), muốn ít nhất 2", n)
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
		t.Fatal("flushThen chờ kho trên luồng gọi nó")
	}
	// Typed while the first save waits.
	state.Store(2)
	a.touch()
	state.Store(3)
	a.touch()
	close(gate)
	q.until(t, "lưu xong", 5*time.Second, func() bool { return len(done) > 0 })
	if done[0] != nil {
		t.Fatal(done[0])
	}
	if len(order) != 2 || order[0] != 1 || order[1] != 3 {
		t.Errorf("đã lưu theo thứ tự %v, muốn [1 3]", order)
	}
	if a.savedSeq.Load() != a.seq || a.pending {
		t.Error("flushThen xong mà còn thay đổi chưa lưu")
	}
}
