package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
	"baocao/report/store"
	"baocao/report/xlsx"
)

// Lower units of the sample's province, as the tests use them.
var (
	orgKimBang   = report.Organization{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"}
	orgDuyTien   = report.Organization{Superior: "HUYỆN ỦY DUY TIÊN", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Duy Tiên"}
	orgLyNhan    = report.Organization{Superior: "HUYỆN ỦY LÝ NHÂN", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Lý Nhân"}
	orgBinhLuc   = report.Organization{Superior: "HUYỆN ỦY BÌNH LỤC", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Bình Lục"}
	orgThanhLiem = report.Organization{Superior: "HUYỆN ỦY THANH LIÊM", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Thanh Liêm"}
	orgPhuLy     = report.Organization{Superior: "THÀNH ỦY PHỦ LÝ", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGTU", Place: "Phủ Lý"}
	orgKhoi      = report.Organization{Superior: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGĐU", Place: "Hà Nam"}
)

// unitReport is a lower unit's report of the sample's period with its
// classes and learners.
func unitReport(o report.Organization, date string, classes, learners int64) *report.Report {
	r := report.Sample()
	r.Organization = o
	r.Number = "12"
	r.Date = date
	r.Figures = map[string]report.Figure{
		"llct.lop":     {Value: report.Int(classes)},
		"llct.hocvien": {Value: report.Int(learners)},
	}
	r.Documents = r.Documents[:1]
	return r
}

// unitFolder writes the files a provincial office receives into a folder:
// report files and workbooks, a broken file, a unit sent twice (the newer
// with other figures), a unit's report of another period, a unit not on
// the list, and files that are not reports. It returns the folder.
func unitFolder(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	writeJSON := func(name string, r *report.Report) {
		if err := report.WriteFile(filepath.Join(dir, name), r); err != nil {
			t.Fatal(err)
		}
	}
	writeXLSX := func(name string, r *report.Report) {
		if err := xlsx.WriteFile(filepath.Join(dir, name), r); err != nil {
			t.Fatal(err)
		}
	}
	writeJSON("kim-bang.json", unitReport(orgKimBang, "2019-06-20", 9, 800))
	writeJSON("kim-bang-gui-lai.json", unitReport(orgKimBang, "2019-06-29", 12, 1000))
	writeXLSX("duy-tien.xlsx", unitReport(orgDuyTien, "2019-06-28", 8, 700))
	writeJSON("ly-nhan.json", unitReport(orgLyNhan, "2019-07-02", 5, 500))
	writeXLSX("binh-luc.xlsx", unitReport(orgBinhLuc, "2019-06-30", 6, 586))
	writeJSON("khoi-co-quan.json", unitReport(orgKhoi, "2019-06-27", 4, 500))
	old := unitReport(orgThanhLiem, "2018-06-30", 7, 650)
	old.Period.Year = 2018
	writeJSON("thanh-liem-2018.json", old)
	os.WriteFile(filepath.Join(dir, "hong.json"), []byte(`{"format": "baocao.report/1", "figures": {"llct.lop": {"value": "ba`), 0o644)
	os.WriteFile(filepath.Join(dir, "ghi-chu.txt"), []byte("không phải báo cáo"), 0o644)
	os.WriteFile(filepath.Join(dir, "~$duy-tien.xlsx"), []byte("khóa của Excel"), 0o644)
	return dir
}

// consolidationGUI starts the app on an archive holding the province's
// report (the sample) and its list of lower units, and shows the
// consolidation screen with that report as the head.
func consolidationGUI(t *testing.T) (*testGUI, *consolidateScreen, int64) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kho.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	head := report.Sample()
	id, err := st.Create(head, store.SaveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetExpectedUnits(head.Organization, []report.Organization{orgKimBang, orgDuyTien, orgLyNhan, orgBinhLuc, orgThanhLiem, orgPhuLy}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	tg := newTestGUI(t, db, nil)
	tg.showConsolidate(t)
	s := tg.cons
	if s == nil || !s.shown() {
		t.Fatal("no Tổng hợp screen shown")
	}
	if s.head.report != nil {
		t.Fatal("a head report is chosen before the clerk ever chose one")
	}
	s.ui.headSel.SetSelected("BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM — 6 tháng đầu năm 2019 (số 45)")
	tg.settle(t)
	if s.head.report == nil || s.head.headID != id {
		t.Fatalf("choosing the head report failed; offered: %v", s.ui.headSel.Options)
	}
	if len(s.head.expected) != 6 {
		t.Fatalf("the list of units due to report has %d units, want 6", len(s.head.expected))
	}
	return tg, s, id
}

// loadFolder adds a folder's files as the folder chooser does and waits
// for them to be read.
func loadFolder(t *testing.T, tg *testGUI, s *consolidateScreen, dir string) {
	t.Helper()
	s.addFolderPath(dir)
	tg.q.until(t, "the folder's files listed", 10*time.Second, s.files.loading)
	if !s.ui.progBox.Visible() {
		t.Error("no progress bar while the files are read")
	}
	tg.q.until(t, "the files read", 20*time.Second, func() bool { return !s.files.loading() })
	tg.settle(t)
	if s.ui.progBox.Visible() {
		t.Error("the progress bar is still shown after the reading")
	}
}

func TestConsolidateScreen(t *testing.T) {
	tg, s, id := consolidationGUI(t)
	test.Type(s.ui.deadline, "30/06/2019")
	dir := unitFolder(t)
	loadFolder(t, tg, s, dir)

	if len(s.files.paths) != 8 {
		t.Fatalf("took %d files from the folder, want 8 (not the .txt nor the ~$ lock file): %v", len(s.files.paths), s.files.paths)
	}
	// The completeness table: expected units in the list's order, then
	// the unit not on the list.
	want := []struct{ unit, status, file, date string }{
		{"BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG", "Đã gửi", "kim-bang-gui-lai.json", "29/06/2019"},
		{"BAN TUYÊN GIÁO HUYỆN ỦY DUY TIÊN", "Đã gửi", "duy-tien.xlsx", "28/06/2019"},
		{"BAN TUYÊN GIÁO HUYỆN ỦY LÝ NHÂN", "Gửi muộn", "ly-nhan.json", "02/07/2019"},
		{"BAN TUYÊN GIÁO HUYỆN ỦY BÌNH LỤC", "Đã gửi", "binh-luc.xlsx", "30/06/2019"},
		{"BAN TUYÊN GIÁO HUYỆN ỦY THANH LIÊM", "Chưa gửi", "", ""},
		{"BAN TUYÊN GIÁO THÀNH ỦY PHỦ LÝ", "Chưa gửi", "", ""},
		{"BAN TUYÊN GIÁO ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Ngoài danh sách", "khoi-co-quan.json", "27/06/2019"},
	}
	if got := s.ui.unitList.Length(); got != len(want) {
		t.Fatalf("the table of who has sent has %d rows, want %d", got, len(want))
	}
	for i, w := range want {
		row := listRow(s.ui.unitList, i)
		got := []string{row[0].Text, row[1].Text, row[2].Text, row[3].Text}
		if strings.Join(got, "|") != strings.Join([]string{w.unit, w.status, w.file, w.date}, "|") {
			t.Errorf("row %d: %q, want %v", i+1, got, w)
		}
		if w.status == "Chưa gửi" && row[1].Importance != widget.DangerImportance {
			t.Errorf("row %d: “Chưa gửi” is not in red", i+1)
		}
	}
	if s.ui.tabs.Items[consTabUnits].Text != "Tình hình gửi báo cáo (4/6)" {
		t.Errorf("tab = %q, want Tình hình gửi báo cáo (4/6)", s.ui.tabs.Items[consTabUnits].Text)
	}

	// The problems: none dropped silently.
	var notices []string
	for i := 0; i < s.ui.noticeList.Length(); i++ {
		notices = append(notices, noticeText(s.result.notices[i]))
	}
	for _, w := range []string{
		"hong.json: Lỗi: không đọc được",
		"thanh-liem-2018.json: Lỗi: BAN TUYÊN GIÁO HUYỆN ỦY THANH LIÊM là báo cáo 6 tháng đầu năm 2018, không phải 6 tháng đầu năm 2019",
		"BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG gửi hai lần (kim-bang-gui-lai.json ngày 29/06/2019 và kim-bang.json ngày 20/06/2019): dùng bản mới hơn kim-bang-gui-lai.json, bỏ kim-bang.json",
		"khoi-co-quan.json: Cảnh báo: BAN TUYÊN GIÁO ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH không có trong danh sách",
	} {
		if !contains(notices, w) {
			t.Errorf("the problem %q is missing from:\n%s", w, strings.Join(notices, "\n"))
		}
	}
	if notices[0] == "" || !strings.Contains(notices[0], "Lỗi") {
		t.Errorf("the errors do not come before the warnings: %v", notices)
	}
	if contains(notices, dir) {
		t.Errorf("a problem names the full path instead of the file's name: %v", notices)
	}
	if !strings.Contains(s.ui.summary.Text, "8 tệp, tổng hợp được 5 đơn vị") || !strings.Contains(s.ui.summary.Text, "2 đơn vị chưa gửi") {
		t.Errorf("summary = %q, want it to say 8 tệp, tổng hợp được 5 đơn vị and 2 đơn vị chưa gửi", s.ui.summary.Text)
	}
	// The files tab says what each file holds.
	s.ui.tabs.SelectIndex(consTabFiles)
	for i, p := range s.files.paths {
		row := listRow(s.ui.fileList, i)
		if filepath.Base(p) == "hong.json" && !strings.HasPrefix(row[1].Text, "không đọc được") {
			t.Errorf("the broken file: %q, want không đọc được…", row[1].Text)
		}
		if filepath.Base(p) == "duy-tien.xlsx" && row[1].Text != "BAN TUYÊN GIÁO HUYỆN ỦY DUY TIÊN — 6 tháng đầu năm 2019" {
			t.Errorf("duy-tien.xlsx holds %q", row[1].Text)
		}
	}
	s.ui.tabs.SelectIndex(consTabUnits)

	// Create: the unreadable file is left out only when the clerk says
	// so; the head's report is updated only when the clerk says so.
	c := tg.win.Canvas()
	tg.tap(t, s.ui.create)
	if !contains(overlayTexts(c), "1 tệp không đọc được, sẽ không được tính:\n• hong.json") ||
		!contains(overlayTexts(c), "1 lỗi khác trong các tệp:\n• thanh-liem-2018.json: Lỗi:") {
		t.Fatalf("does not ask about the unreadable file and the other period's file: %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Hủy"))
	if tg.ed != nil {
		t.Fatal("Hủy creates the report all the same")
	}
	tg.tap(t, s.ui.create)
	tg.tap(t, overlayButton(t, c, "Vẫn tổng hợp, bỏ qua tệp hỏng"))
	if !contains(overlayTexts(c), "Kho đã có báo cáo của BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM") {
		t.Fatalf("does not ask before updating the report already there: %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Cập nhật báo cáo đó"))
	e := tg.ed
	if e == nil || e.id != id {
		t.Fatalf("the consolidated report does not open in the editor: %v", overlayTexts(c))
	}
	checkConsolidated(t, e.r)
	if e.tabs.SelectedIndex() != tabUnits || e.tabs.Items[tabUnits].Text != "Các đơn vị" {
		t.Errorf("the tab Các đơn vị is not open (tab %d)", e.tabs.SelectedIndex())
	}
	if !strings.Contains(e.bar.save.Text, "Đã tổng hợp số liệu của 5 đơn vị") {
		t.Errorf("status line = %q, want Đã tổng hợp số liệu của 5 đơn vị", e.bar.save.Text)
	}
	// In the archive, as a new revision of the province's report.
	r, _, err := tg.st.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	checkConsolidated(t, r)
	hist, err := tg.st.History(id)
	if err != nil || hist[0].Note != "Tổng hợp từ báo cáo của 5 đơn vị" {
		t.Errorf("history: %+v (%v), want the note Tổng hợp từ báo cáo của 5 đơn vị first", hist, err)
	}

	// Again from the editor (menu): the same files, the report as the
	// head; the completeness section is not repeated.
	tg.showConsolidate(t)
	if tg.ed != nil || !s.shown() || s.head.headID != id || len(s.files.paths) != 8 {
		t.Fatalf("back on Tổng hợp: head %d, %d files; want the report and 8 files", s.head.headID, len(s.files.paths))
	}
	tg.tap(t, s.ui.create)
	tg.tap(t, overlayButton(t, c, "Vẫn tổng hợp, bỏ qua tệp hỏng"))
	tg.tap(t, overlayButton(t, c, "Cập nhật báo cáo đó"))
	if tg.ed == nil {
		t.Fatal("the second consolidation does not open the report")
	}
	checkConsolidated(t, tg.ed.r)
}

// checkConsolidated checks the consolidated report of unitFolder.
func checkConsolidated(t *testing.T, r *report.Report) {
	t.Helper()
	if v := r.Figures["llct.lop"].Value; v == nil || *v != 35 {
		t.Errorf("classes = %v, want 35 (12+8+5+6+4)", v)
	}
	if v := r.Figures["llct.hocvien"].Value; v == nil || *v != 3286 {
		t.Errorf("learners = %v, want 3286", v)
	}
	if r.Number != "45" || r.Signer.Name != "Trần Đức Thuần" || r.Organization.Superior != "TỈNH ỦY HÀ NAM" {
		t.Errorf("the head report's number, signer and unit are not kept: %q %q %q", r.Number, r.Signer.Name, r.Organization.Superior)
	}
	var units []string
	for _, u := range r.Breakdown {
		units = append(units, u.Superior)
	}
	if strings.Join(units, ", ") != "HUYỆN ỦY KIM BẢNG, HUYỆN ỦY DUY TIÊN, HUYỆN ỦY LÝ NHÂN, HUYỆN ỦY BÌNH LỤC, ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" {
		t.Errorf("the units' table: %v", units)
	}
	if len(r.Breakdown) > 0 && r.Breakdown[0].Figures["llct.lop"] != 12 {
		t.Errorf("Kim Bảng: %v, want the figures of the file sent again", r.Breakdown[0].Figures)
	}
	n := 0
	for _, sec := range r.Sections {
		if sec.Heading == report.CompletenessHeading {
			n++
			if !strings.Contains(sec.Text, "Gửi muộn (1): BAN TUYÊN GIÁO HUYỆN ỦY LÝ NHÂN (ngày 02/07/2019)") {
				t.Errorf("the completeness section: %q", sec.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d sections “%s”, want 1", n, report.CompletenessHeading)
	}
}

// listRow binds row i of a list whose rows are label cells (maybe with a
// button after them) and returns its labels.
func listRow(l *widget.List, i int) []*widget.Label {
	o := l.CreateItem()
	l.UpdateItem(i, o)
	var out []*widget.Label
	walk(o, func(c fyne.CanvasObject) {
		if lb, ok := c.(*widget.Label); ok {
			out = append(out, lb)
		}
	})
	return out
}

func TestConsolidateGolden(t *testing.T) {
	tg, s, _ := consolidationGUI(t)
	test.Type(s.ui.deadline, "30/06/2019")
	loadFolder(t, tg, s, unitFolder(t))
	test.AssertRendersToMarkup(t, "consolidate_loaded.xml", tg.win.Canvas())
}

func TestConsolidateUnitsTabGolden(t *testing.T) {
	tg, s, _ := consolidationGUI(t)
	loadFolder(t, tg, s, unitFolder(t))
	s.store(s.consolidate())
	tg.settle(t)
	tg.tap(t, overlayButton(t, tg.win.Canvas(), "Cập nhật báo cáo đó"))
	if tg.ed == nil {
		t.Fatal("the consolidated report does not open")
	}
	test.AssertRendersToMarkup(t, "consolidate_units_tab.xml", tg.win.Canvas())
}

// Without a head, with nothing read, or with a deadline that is not a
// date, nothing is created and the clerk is told why.
func TestConsolidateRefusals(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	tg.start.cons.OnTapped()
	tg.settle(t)
	s := tg.cons
	c := tg.win.Canvas()
	if !s.shown() || !strings.Contains(s.ui.period.Text, "kho chưa có báo cáo nào") {
		t.Fatalf("an empty archive: %q, want kho chưa có báo cáo nào", s.ui.period.Text)
	}
	tg.tap(t, s.ui.create)
	if !contains(overlayTexts(c), "Hãy chọn báo cáo của đơn vị tổng hợp") {
		t.Errorf("no head chosen, the dialog says %v", overlayTexts(c))
	}
	closeOverlays(c)

	tg.showStart()
	e := tg.openSample(t)
	tg.showConsolidate(t) // from the editor: the open report is the head
	if tg.ed != nil || s.head.report == nil || s.head.headID != e.id {
		t.Fatalf("the open report does not become the head: %d", s.head.headID)
	}
	tg.tap(t, s.ui.create)
	if !contains(overlayTexts(c), "Chưa có báo cáo nào của đơn vị cấp dưới cho 6 tháng đầu năm 2019") {
		t.Errorf("no file read, the dialog says %v", overlayTexts(c))
	}
	closeOverlays(c)

	test.Type(s.ui.deadline, "31/06/2019")
	if !s.ui.deadlineNote.Visible() || !strings.Contains(s.ui.deadlineNote.Text, "không có thật") {
		t.Errorf("a wrong deadline: note %q, want it shown, saying không có thật", s.ui.deadlineNote.Text)
	}
	s.addPaths(nil)
	dir := unitFolder(t)
	s.addPaths([]string{filepath.Join(dir, "ly-nhan.json")})
	tg.q.until(t, "the file read", 10*time.Second, func() bool { return !s.files.loading() })
	tg.tap(t, s.ui.create)
	if !contains(overlayTexts(c), "Hạn gửi báo cáo: ngày") {
		t.Errorf("a wrong deadline, yet Tạo goes on: %v", overlayTexts(c))
	}
	closeOverlays(c)
	if tg.ed != nil {
		t.Fatal("a report was created")
	}
	// The deadline is remembered for the head.
	s.ui.deadline.SetText("01/07/2019")
	s.reloadHeads(0)
	tg.settle(t)
	if s.ui.deadline.Text != "01/07/2019" {
		t.Errorf("the deadline after reloading = %q, want 01/07/2019", s.ui.deadline.Text)
	}

	// Dropped: a folder and a file that is not a report.
	s.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(dir), storage.NewFileURI(filepath.Join(dir, "ghi-chu.txt"))})
	tg.settle(t)
	if !contains(overlayTexts(c), "ghi-chu.txt") {
		t.Errorf("the file not taken is not named: %v", overlayTexts(c))
	}
	tg.q.until(t, "the dropped files read", 20*time.Second, func() bool { return !s.files.loading() })
	if len(s.files.paths) != 8 {
		t.Errorf("dropped a folder: %d files, want 8", len(s.files.paths))
	}
	// A file is taken off the list.
	s.removeFile(s.files.paths[0])
	if len(s.files.paths) != 7 {
		t.Errorf("a file removed: %d left, want 7", len(s.files.paths))
	}
}

// A final head report is not overwritten: the clerk is told to reopen it.
func TestConsolidateIntoFinalReport(t *testing.T) {
	tg, s, id := consolidationGUI(t)
	if err := tg.st.Finalize(id, store.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	s.reloadHeads(0)
	tg.settle(t)
	if !strings.Contains(s.ui.period.Text, "đã chốt") {
		t.Errorf("does not say the report is final (đã chốt): %q", s.ui.period.Text)
	}
	dir := unitFolder(t)
	os.Remove(filepath.Join(dir, "hong.json"))
	loadFolder(t, tg, s, dir)
	c := tg.win.Canvas()
	tg.tap(t, s.ui.create)
	tg.tap(t, overlayButton(t, c, "Vẫn tổng hợp")) // the other period's file
	if !contains(overlayTexts(c), "đã chốt nên không ghi kết quả tổng hợp vào được") {
		t.Fatalf("does not tell that the report is final: %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Mở báo cáo đó"))
	if tg.ed == nil || tg.ed.id != id || !tg.ed.readOnly {
		t.Fatal("Mở báo cáo đó does not open the final report read-only")
	}
	if r, _, err := tg.st.Get(id); err != nil || r.Breakdown != nil || *r.Figures["llct.lop"].Value != 35 {
		t.Errorf("the final report was changed (%v)", err)
	}
}

// The file and folder choosers open (Fyne panics when a file dialog is
// sized before it is shown).
func TestConsolidateChoosersOpen(t *testing.T) {
	tg, s, _ := consolidationGUI(t)
	c := tg.win.Canvas()
	for _, b := range []*widget.Button{s.ui.addFile, s.ui.addFolder} {
		test.Tap(b)
		if c.Overlays().Top() == nil {
			t.Errorf("the button %q opens no chooser", b.Text)
		}
		closeOverlays(c)
	}
}

// Typing the deadline shows the consolidation again once the clerk
// pauses, not on every key; a report created meanwhile takes the deadline
// as typed.
func TestConsolidateDeadlineWaitsForTyping(t *testing.T) {
	tg, s, _ := consolidationGUI(t)
	loadFolder(t, tg, s, unitFolder(t))
	lyNhan := func() string {
		for i := 0; i < s.ui.unitList.Length(); i++ {
			if row := listRow(s.ui.unitList, i); strings.Contains(row[0].Text, "LÝ NHÂN") {
				return row[1].Text
			}
		}
		return ""
	}
	if got := lyNhan(); got != "Đã gửi" {
		t.Fatalf("without a deadline: Lý Nhân %q, want “Đã gửi”", got)
	}
	res := s.result.res
	test.Type(s.ui.deadline, "30/06/2019")
	if s.result.computing || s.result.res != res {
		t.Fatal("consolidated again while the deadline is being typed")
	}
	if s.fresh() {
		t.Fatal("the result shown still counts as the new deadline's")
	}
	tg.settle(t)
	if got := lyNhan(); got != "Gửi muộn" {
		t.Fatalf("after the deadline is typed: Lý Nhân %q, want “Gửi muộn”", got)
	}
}
