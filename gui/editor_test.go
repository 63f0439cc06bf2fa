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
		t.Fatalf("không có ô ghi chú cho %s", field)
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
		t.Fatalf("ô học viên = %q, muốn 3.286", got)
	}
	if note.Visible() {
		t.Fatalf("ô học viên có ghi chú ngay khi mở: %q", note.Text)
	}

	// The yearly plan gives "đạt % KH" at once.
	test.Type(hv.entries[2], "5.134")
	if got := hv.vsPlan.Text; got != "64%" {
		t.Errorf("đạt %% KH = %q, muốn 64%%", got)
	}
	test.Type(lop.entries[1], "30")
	if got := lop.vsPrev.Text; got != "116,67%" {
		t.Errorf("so cùng kỳ = %q, muốn 116,67%%", got)
	}

	// 30 learners in 35 classes is an error, shown in red under the field.
	retype(hv.entries[0], "30")
	if !note.Visible() || note.Importance != widget.DangerImportance {
		t.Fatalf("không có lỗi đỏ dưới ô học viên (hiện: %v, %q)", note.Visible(), note.Text)
	}
	if !strings.Contains(note.Text, "ít hơn") {
		t.Errorf("lỗi = %q, muốn nói học viên ít hơn số lớp", note.Text)
	}
	if !strings.Contains(e.bar.problems.Text, "1 lỗi") {
		t.Errorf("dòng trạng thái = %q, muốn “1 lỗi”", e.bar.problems.Text)
	}
	// Fixed: the message goes.
	retype(hv.entries[0], "3286")
	if note.Visible() {
		t.Errorf("lỗi vẫn còn sau khi sửa thành 3286: %q", note.Text)
	}
	if v := e.r.Figures["llct.hocvien"].Value; v == nil || *v != 3286 {
		t.Errorf("báo cáo giữ %v, muốn 3286", v)
	}

	// Not a whole number: the reading error is shown, the report keeps
	// nothing for the field.
	retype(hv.entries[0], "3,5")
	if !note.Visible() || !strings.Contains(note.Text, "không phải số nguyên") {
		t.Errorf("ghi chú với 3,5 = %q", note.Text)
	}
	if v := e.r.Figures["llct.hocvien"].Value; v != nil {
		t.Errorf("báo cáo giữ %d cho ô gõ sai", *v)
	}
	if !e.problems.HasErrors() {
		t.Error("ô gõ sai không được tính là lỗi")
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
		t.Fatalf("Enter ở ô kỳ này không chuyển sang ô cùng kỳ (đang ở %T)", c.Focused())
	}
	// The derived nq.tyle has no entries: Enter skips it.
	dien := e.figures.rows["nq.dienhoc"]
	c.Focus(dien.entries[2])
	dien.entries[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Focused() != e.figures.rows["nq.quanchung"].entries[0] {
		t.Fatalf("Enter sau ô kế hoạch của nq.dienhoc không tới nq.quanchung")
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
		return "ô nhập:" + row.entries[0].Text
	}
	if got := shown("vb.chithi"); got != "1" {
		t.Fatalf("vb.chithi = %q, muốn 1 (đếm từ danh sách)", got)
	}
	if got := shown("vb.tong"); got != "2" {
		t.Fatalf("vb.tong = %q, muốn 2", got)
	}

	e.tabs.SelectIndex(tabDocuments)
	test.Tap(e.docs.add)
	if n := len(e.r.Documents); n != 3 {
		t.Fatalf("sau “Thêm văn bản” có %d văn bản", n)
	}
	if got := shown("vb.chithi"); got != "2" {
		t.Errorf("vb.chithi sau khi thêm = %q, muốn 2", got)
	}
	if got := shown("vb.tong"); got != "3" {
		t.Errorf("vb.tong sau khi thêm = %q, muốn 3", got)
	}
	if !strings.Contains(e.docs.summary.Text, "3 văn bản") {
		t.Errorf("dòng tóm tắt = %q", e.docs.summary.Text)
	}
	// The new document has no summary yet: an error under its row.
	if n := noteOf(t, e, "documents[2].summary"); !n.Visible() || !strings.Contains(n.Text, "trích yếu") {
		t.Errorf("văn bản thiếu trích yếu không báo lỗi: %q", n.Text)
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
		t.Errorf("vb.nghiquyet = %q, muốn 1", got)
	}
	if got := shown("vb.chithi"); got != "1" {
		t.Errorf("vb.chithi = %q, muốn 1", got)
	}

	// With no documents left the counts are typed again.
	e.r.Documents = e.r.Documents[:1]
	e.docs.build()
	e.changed()
	e.docs.remove(0) // a document with a symbol asks first
	tg.tap(t, overlayButton(t, tg.win.Canvas(), "Xóa"))
	if len(e.r.Documents) != 0 {
		t.Fatalf("còn %d văn bản", len(e.r.Documents))
	}
	if got := shown("vb.chithi"); got != "ô nhập:" {
		t.Errorf("vb.chithi khi danh sách trống = %q, muốn ô nhập trống", got)
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
		t.Fatalf("chốt báo cáo có lỗi không bị từ chối: %v", overlayTexts(c))
	}
	closeOverlays(c)
	retype(e.figures.rows["llct.hocvien"].entries[0], "3.286")

	e.finalize()
	tg.tap(t, overlayButton(t, c, "Chốt báo cáo"))
	e = tg.ed
	if e == nil || !e.readOnly || e.id != id {
		t.Fatal("sau khi chốt, báo cáo không mở lại ở chế độ chỉ xem")
	}
	if _, entry, err := tg.st.Get(id); err != nil || entry.Status != store.Final {
		t.Fatalf("trạng thái trong kho = %v (%v)", entry.Status, err)
	}
	enabled := 0
	uitest.Walk(e.tabs, func(o fyne.CanvasObject) {
		if d, ok := o.(fyne.Disableable); ok && !d.Disabled() && o.Visible() {
			if _, tab := o.(interface{ Tapped(*fyne.PointEvent) }); tab && strings.HasSuffix(fmt.Sprintf("%T", o), "tabButton") {
				return // the tab bar
			}
			enabled++
			if b, ok := o.(*widget.Button); ok {
				t.Logf("còn bấm được: nút %q %v", b.Text, b.Icon)
			} else {
				t.Logf("còn sửa được: %T", o)
			}
		}
	})
	if enabled > 0 {
		t.Errorf("%d ô/nút còn sửa được trong báo cáo đã chốt", enabled)
	}
	// Typing changes nothing.
	before := e.r.Summary
	test.Type(e.general.summary, "x")
	if e.r.Summary != before {
		t.Error("gõ được vào báo cáo đã chốt")
	}

	e.reopen()
	tg.tap(t, overlayButton(t, c, "Mở lại để sửa"))
	e = tg.ed
	if e.readOnly || e.general.summary.Disabled() {
		t.Fatal("mở lại để sửa nhưng vẫn chỉ xem")
	}
	if _, entry, _ := tg.st.Get(id); entry.Status != store.Draft {
		t.Errorf("trạng thái sau khi mở lại = %v", entry.Status)
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
		t.Fatalf("danh sách lỗi: %v", overlayTexts(tg.win.Canvas()))
	}
	closeOverlays(tg.win.Canvas())
	if !e.jump("figures.llct.hocvien.value") {
		t.Fatal("không tới được ô học viên")
	}
	if e.tabs.SelectedIndex() != tabFigures {
		t.Errorf("thẻ đang mở = %d, muốn Số liệu", e.tabs.SelectedIndex())
	}
	if tg.win.Canvas().Focused() != e.figures.rows["llct.hocvien"].entries[0] {
		t.Errorf("ô được chọn = %T", tg.win.Canvas().Focused())
	}
	e.jump("sections[3].text")
	if e.tabs.SelectedIndex() != tabSections || e.sections.sel != 3 {
		t.Errorf("tới phần 4: thẻ %d, phần %d", e.tabs.SelectedIndex(), e.sections.sel)
	}
	if e.jump("number"); tg.win.Canvas().Focused() != e.general.number {
		t.Error("không tới được ô số báo cáo")
	}
}

func TestGeneralFields(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	gt := e.general

	retype(gt.date, "31/02/2019")
	if n := noteOf(t, e, "date"); !n.Visible() || !strings.Contains(n.Text, "không có thật") {
		t.Errorf("ngày 31/02/2019: ghi chú = %q", n.Text)
	}
	retype(gt.date, "10/07/2019")
	if e.r.Date != "2019-07-10" {
		t.Errorf("ngày = %q", e.r.Date)
	}
	if noteOf(t, e, "date").Visible() {
		t.Error("ngày đúng vẫn có ghi chú")
	}

	gt.kind.SetSelected("cả năm")
	if e.r.Period.Kind != report.KindYear {
		t.Fatalf("kỳ = %q", e.r.Period.Kind)
	}
	test.Tap(gt.suggest)
	if want := report.SuggestSummary(nil, report.Period{Year: 2019, Kind: report.KindYear}); e.r.Summary != want {
		t.Errorf("Gợi ý: %q, muốn %q", e.r.Summary, want)
	}
	if !strings.Contains(tg.win.Title(), "năm 2019") {
		t.Errorf("tiêu đề cửa sổ = %q", tg.win.Title())
	}

	// Recipients: add, reorder, remove.
	n := len(e.r.Recipients)
	test.Tap(gt.addRecipient)
	test.Type(gt.recipientRows[n], "Các đồng chí Ủy viên Ban Thường vụ")
	gt.moveRecipient(n, n-1)
	if e.r.Recipients[n-1] != "Các đồng chí Ủy viên Ban Thường vụ" || e.r.Recipients[n] != "Lưu Văn phòng" {
		t.Errorf("nơi nhận sau khi chuyển lên: %q", e.r.Recipients)
	}
	test.Tap(gt.addRecipient)
	if nt := noteOf(t, e, "recipients[5]"); !nt.Visible() {
		t.Error("nơi nhận trống không báo lỗi")
	}
}

func TestWindowTitle(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	if got := tg.win.Title(); got != "Báo cáo sơ kết" {
		t.Errorf("tiêu đề màn hình đầu = %q", got)
	}
	tg.openSample(t)
	if got, want := tg.win.Title(), "Báo cáo sơ kết — BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM, 6 tháng đầu năm 2019"; got != want {
		t.Errorf("tiêu đề = %q, muốn %q", got, want)
	}
}
