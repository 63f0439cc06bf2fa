package gui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"baocao/report"
)

func TestHistoryRestore(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	id := e.id
	e.general.number.SetText("99")
	if err := e.flushNow(); err != nil {
		t.Fatal(err)
	}
	e.showHistory()
	tg.settle(t)
	c := tg.win.Canvas()
	if !contains(overlayTexts(c), "Bản 2") || !contains(overlayTexts(c), "số báo cáo: 45 ⟶ 99") {
		t.Fatalf("the history shows %v, want Bản 2 and số báo cáo: 45 ⟶ 99", overlayTexts(c))
	}
	// The newest is selected and cannot be restored (it is the content).
	if b := overlayButton(t, c, "Khôi phục bản này"); !b.Disabled() {
		t.Error("the current version can be restored")
	}
	closeOverlays(c)

	e.restore(1)
	tg.settle(t)
	if tg.ed == nil || tg.ed.id != id || tg.ed.r.Number != "45" {
		t.Fatalf("after restoring version 1: number %q, want 45", tg.ed.r.Number)
	}
	if tg.ed.general.number.Text != "45" {
		t.Errorf("the number's field shows %q, want 45", tg.ed.general.number.Text)
	}
	hist, _ := tg.st.History(id)
	if len(hist) != 3 || hist[0].Note != "Khôi phục bản 1" {
		t.Errorf("the history after restoring: %d versions, note %q; want 3 and Khôi phục bản 1", len(hist), hist[0].Note)
	}
}

func TestSaveAsReportFile(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	test.Type(e.general.summary, " (bản gửi)")
	path := filepath.Join(t.TempDir(), "bc.json")
	if err := exportNow(t, tg, formatJSON, path); err != nil {
		t.Fatal(err)
	}
	r, err := report.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := report.Marshal(r)
	b, _ := report.Marshal(e.r)
	if string(a) != string(b) {
		t.Errorf("the file differs from the report being written:\n%s\n---\n%s", a, b)
	}
}

// Tab moves to the next field, also out of a multi-line entry.
func TestTabMovesOn(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	c := tg.win.Canvas()
	c.Focus(e.general.summary)
	c.FocusNext()
	if c.Focused() == e.general.summary {
		t.Fatal("Tab does not leave the trích yếu field")
	}
	if e.general.summary.AcceptsTab() {
		t.Error("the multi-line field takes the Tab key")
	}
}
