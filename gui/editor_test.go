package gui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/report"
	"baocao/report/store"
)

// retype replaces what an entry holds the way a clerk does: erase, type.
func retype(en fyne.Focusable, text string) {
	if s, ok := en.(interface{ SetText(string) }); ok {
		s.SetText("")
	}
	test.Type(en, text)
}

func noteOf(t *testing.T, e *editor, field string) *widget.Label {
	t.Helper()
	l, ok := e.notes[field]
	if !ok {
		t.Fatalf("no note under %s", field)
	}
	return l
}

func TestFiguresFollowTyping(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabFigures)
	lop, hv := e.figures.rows["llct.lop"], e.figures.rows["llct.hocvien"]
	note := noteOf(t, e, "figures.llct.hocvien.value")

	// The sample has 35 classes and 3.286 learners: no problem.
	if got := hv.entries[0].Text; got != "3.286" {
		t.Fatalf("learners' field = %q, want 3.286", got)
	}
	if note.Visible() {
		t.Fatalf("the learners' field has a note as soon as it opens: %q", note.Text)
	}

	// The yearly plan gives "đạt % KH" at once.
	test.Type(hv.entries[2], "5.134")
	if got := hv.vsPlan.Text; got != "64%" {
		t.Errorf("đạt %% KH = %q, want 64%%", got)
	}
	test.Type(lop.entries[1], "30")
	if got := lop.vsPrev.Text; got != "116,67%" {
		t.Errorf("so cùng kỳ = %q, want 116,67%%", got)
	}

	// 30 learners in 35 classes is an error, shown in red under the field.
	retype(hv.entries[0], "30")
	if !note.Visible() || note.Importance != widget.DangerImportance {
		t.Fatalf("no error in red under the learners' field (shown: %v, %q)", note.Visible(), note.Text)
	}
	if !strings.Contains(note.Text, "ít hơn") {
		t.Errorf("error = %q, want it to say the learners are fewer (ít hơn) than the classes", note.Text)
	}
	if !strings.Contains(e.bar.problems.Text, "1 lỗi") {
		t.Errorf("status line = %q, want “1 lỗi”", e.bar.problems.Text)
	}
	// Fixed: the message goes.
	retype(hv.entries[0], "3286")
	if note.Visible() {
		t.Errorf("the error stays after the fix to 3286: %q", note.Text)
	}
	if v := e.r.Figures["llct.hocvien"].Value; v == nil || *v != 3286 {
		t.Errorf("the report holds %v, want 3286", v)
	}

	// Not a whole number: the reading error is shown, the report keeps
	// nothing for the field.
	retype(hv.entries[0], "3,5")
	if !note.Visible() || !strings.Contains(note.Text, "không phải số nguyên") {
		t.Errorf("note for 3,5 = %q, want it shown, saying không phải số nguyên", note.Text)
	}
	if v := e.r.Figures["llct.hocvien"].Value; v != nil {
		t.Errorf("the report holds %d for a field typed wrong, want nothing", *v)
	}
	if !e.problems.HasErrors() {
		t.Error("a field typed wrong does not count as an error")
	}
}

func TestFigureEnterMovesOn(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabFigures)
	lop := e.figures.rows["llct.lop"]
	c := tg.win.Canvas()
	c.Focus(lop.entries[0])
	lop.entries[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Focused() != lop.entries[1] {
		t.Fatalf("Enter in this period's field does not move to the same period last year's (focus: %T)", c.Focused())
	}
	// The derived nq.tyle has no entries: Enter skips it.
	dien := e.figures.rows["nq.dienhoc"]
	c.Focus(dien.entries[2])
	dien.entries[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Focused() != e.figures.rows["nq.quanchung"].entries[0] {
		t.Fatalf("Enter after the plan of nq.dienhoc does not go to nq.quanchung")
	}
}

func TestDocumentsDriveCounts(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	rows := e.figures.rows
	shown := func(code string) string {
		row := rows[code]
		if row.entries[0] == nil || !row.entries[0].Visible() {
			return row.computed[0].label.Text
		}
		return "entry:" + row.entries[0].Text
	}
	if got := shown("vb.chithi"); got != "1" {
		t.Fatalf("vb.chithi = %q, want 1 (counted from the list)", got)
	}
	if got := shown("vb.tong"); got != "2" {
		t.Fatalf("vb.tong = %q, want 2", got)
	}

	e.tabs.SelectIndex(tabDocuments)
	test.Tap(e.docs.add)
	if n := len(e.r.Documents); n != 3 {
		t.Fatalf("after “Thêm văn bản” there are %d documents, want 3", n)
	}
	if got := shown("vb.chithi"); got != "2" {
		t.Errorf("vb.chithi after the addition = %q, want 2", got)
	}
	if got := shown("vb.tong"); got != "3" {
		t.Errorf("vb.tong after the addition = %q, want 3", got)
	}
	if !strings.Contains(e.docs.summary.Text, "3 văn bản") {
		t.Errorf("summary line = %q, want it to say 3 văn bản", e.docs.summary.Text)
	}
	// The new document has no summary yet: an error under its row.
	if n := noteOf(t, e, "documents[2].summary"); !n.Visible() || !strings.Contains(n.Text, "trích yếu") {
		t.Errorf("a document without trích yếu shows no error: %q", n.Text)
	}

	// Change its kind: the counts follow.
	var kind *widget.Select
	uitest.Walk(e.docs.rows.Objects[2], func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			kind = s
		}
	})
	kind.SetSelected("Nghị quyết")
	if got := shown("vb.nghiquyet"); got != "1" {
		t.Errorf("vb.nghiquyet = %q, want 1", got)
	}
	if got := shown("vb.chithi"); got != "1" {
		t.Errorf("vb.chithi = %q, want 1", got)
	}

	// With no documents left the counts are typed again.
	e.r.Documents = e.r.Documents[:1]
	e.docs.build()
	e.changed()
	e.docs.remove(0) // a document with a symbol asks first
	tg.tap(t, overlayButton(t, tg.win.Canvas(), "Xóa"))
	if len(e.r.Documents) != 0 {
		t.Fatalf("%d documents left, want 0", len(e.r.Documents))
	}
	if got := shown("vb.chithi"); got != "entry:" {
		t.Errorf("vb.chithi with an empty list = %q, want an empty entry", got)
	}
}

func TestFinalReportIsReadOnly(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	id := e.id
	c := tg.win.Canvas()

	// Not with an error.
	retype(e.figures.rows["llct.hocvien"].entries[0], "3")
	e.finalize()
	if !contains(overlayTexts(c), "Chưa chốt được báo cáo") {
		t.Fatalf("finalizing a report with an error is not refused: %v", overlayTexts(c))
	}
	closeOverlays(c)
	retype(e.figures.rows["llct.hocvien"].entries[0], "3.286")

	e.finalize()
	tg.tap(t, overlayButton(t, c, "Chốt báo cáo"))
	e = tg.ed
	if e == nil || !e.readOnly || e.id != id {
		t.Fatal("after Chốt báo cáo, the report does not open again read-only")
	}
	if _, entry, err := tg.st.Get(id); err != nil || entry.Status != store.Final {
		t.Fatalf("status in the archive = %v (%v), want final", entry.Status, err)
	}
	enabled := 0
	uitest.Walk(e.tabs, func(o fyne.CanvasObject) {
		if d, ok := o.(fyne.Disableable); ok && !d.Disabled() && o.Visible() {
			if _, tab := o.(interface{ Tapped(*fyne.PointEvent) }); tab && strings.HasSuffix(fmt.Sprintf("%T", o), "tabButton") {
				return // the tab bar
			}
			enabled++
			if b, ok := o.(*widget.Button); ok {
				t.Logf("still enabled: button %q %v", b.Text, b.Icon)
			} else {
				t.Logf("still editable: %T", o)
			}
		}
	})
	if enabled > 0 {
		t.Errorf("%d fields/buttons still editable in a final report", enabled)
	}
	// Typing changes nothing.
	before := e.r.Summary
	test.Type(e.general.summary, "x")
	if e.r.Summary != before {
		t.Error("a final report takes typing")
	}

	e.reopen()
	tg.tap(t, overlayButton(t, c, "Mở lại để sửa"))
	e = tg.ed
	if e.readOnly || e.general.summary.Disabled() {
		t.Fatal("Mở lại để sửa, yet still read-only")
	}
	if _, entry, _ := tg.st.Get(id); entry.Status != store.Draft {
		t.Errorf("status after reopening = %v, want draft", entry.Status)
	}
}

func TestProblemJumpsToField(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabGeneral)
	e.general.number.SetText("")
	retype(e.figures.rows["llct.hocvien"].entries[0], "3")
	e.showProblems()
	if !contains(overlayTexts(tg.win.Canvas()), "Số báo cáo chưa được nhập") {
		t.Fatalf("the list of problems: %v, want Số báo cáo chưa được nhập among them", overlayTexts(tg.win.Canvas()))
	}
	closeOverlays(tg.win.Canvas())
	if !e.jump("figures.llct.hocvien.value") {
		t.Fatal("cannot jump to the learners' field")
	}
	if e.tabs.SelectedIndex() != tabFigures {
		t.Errorf("open tab = %d, want Số liệu", e.tabs.SelectedIndex())
	}
	if tg.win.Canvas().Focused() != e.figures.rows["llct.hocvien"].entries[0] {
		t.Errorf("focus = %T, want the learners' field", tg.win.Canvas().Focused())
	}
	e.jump("sections[3].text")
	if e.tabs.SelectedIndex() != tabSections || e.sections.sel != 3 {
		t.Errorf("jump to section 4: tab %d, section %d; want Nội dung, 3", e.tabs.SelectedIndex(), e.sections.sel)
	}
	if e.jump("number"); tg.win.Canvas().Focused() != e.general.number {
		t.Error("cannot jump to the report number's field")
	}
}

func TestGeneralFields(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	gt := e.general

	retype(gt.date, "31/02/2019")
	if n := noteOf(t, e, "date"); !n.Visible() || !strings.Contains(n.Text, "không có thật") {
		t.Errorf("date 31/02/2019: note = %q, want it shown, saying không có thật", n.Text)
	}
	retype(gt.date, "10/07/2019")
	if e.r.Date != "2019-07-10" {
		t.Errorf("date = %q, want 2019-07-10", e.r.Date)
	}
	if noteOf(t, e, "date").Visible() {
		t.Error("a right date still has a note")
	}

	gt.kind.SetSelected("cả năm")
	if e.r.Period.Kind != report.KindYear {
		t.Fatalf("period = %q, want the year", e.r.Period.Kind)
	}
	test.Tap(gt.suggest)
	if want := report.SuggestSummary(nil, report.Period{Year: 2019, Kind: report.KindYear}); e.r.Summary != want {
		t.Errorf("Gợi ý wrote %q, want %q", e.r.Summary, want)
	}
	if !strings.Contains(tg.win.Title(), "năm 2019") {
		t.Errorf("window title = %q, want it to say năm 2019", tg.win.Title())
	}

	// Recipients: add, reorder, remove.
	n := len(e.r.Recipients)
	test.Tap(gt.addRecipient)
	test.Type(gt.recipientRows[n], "Các đồng chí Ủy viên Ban Thường vụ")
	gt.moveRecipient(n, n-1)
	if e.r.Recipients[n-1] != "Các đồng chí Ủy viên Ban Thường vụ" || e.r.Recipients[n] != "Lưu Văn phòng" {
		t.Errorf("recipients after moving up: %q", e.r.Recipients)
	}
	test.Tap(gt.addRecipient)
	if nt := noteOf(t, e, "recipients[5]"); !nt.Visible() {
		t.Error("an empty recipient shows no error")
	}
}

func TestWindowTitle(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	if got := tg.win.Title(); got != "Báo cáo sơ kết" {
		t.Errorf("the start screen's title = %q, want Báo cáo sơ kết", got)
	}
	tg.openSample(t)
	if got, want := tg.win.Title(), "Báo cáo sơ kết — BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM, 6 tháng đầu năm 2019"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}
