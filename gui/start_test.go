package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"baocao/report"
	"baocao/report/flow"
	"baocao/report/store"
)

func TestStartScreenListsAndSearches(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kho.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	r := report.Sample()
	if _, err := st.Create(r, store.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	kb := report.Sample()
	kb.Organization = report.Organization{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"}
	if _, err := st.Create(kb, store.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	tg := newTestGUI(t, db, nil)
	s := tg.start
	if s == nil || tg.ed != nil {
		t.Fatal("không hiện màn hình đầu")
	}
	if len(s.shown) != 2 {
		t.Fatalf("danh sách có %d báo cáo", len(s.shown))
	}
	if s.shown[0].Superior != "HUYỆN ỦY KIM BẢNG" {
		t.Errorf("báo cáo mới nhất không đứng đầu: %v", s.shown[0].Superior)
	}
	test.Type(s.search, "kim bang")
	if len(s.shown) != 1 || s.shown[0].Superior != "HUYỆN ỦY KIM BẢNG" {
		t.Errorf("tìm “kim bang”: %v", s.shown)
	}
	s.search.SetText("")
	test.Type(s.search, "tinh uy")
	if len(s.shown) != 1 || s.shown[0].Superior != "TỈNH ỦY HÀ NAM" {
		t.Errorf("tìm “tinh uy”: %v", s.shown)
	}
	s.search.SetText("xyz")
	if len(s.shown) != 0 || !strings.Contains(s.empty.Text, "xyz") || !s.empty.Visible() {
		t.Errorf("không có kết quả: %q", s.empty.Text)
	}
	s.search.SetText("")
	s.list.Select(1)
	tg.settle(t)
	if tg.ed == nil || tg.ed.r.Organization.Superior != "TỈNH ỦY HÀ NAM" {
		t.Fatal("bấm vào một dòng không mở báo cáo đó")
	}
}

func TestOpenExistingAsks(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	id := e.id
	e.general.signer.SetText("Người ký mới")
	tg.closeReport(t)

	// The sample again: the archive has it; import as a new revision.
	tg.gui.openSample()
	tg.settle(t)
	c := tg.win.Canvas()
	if !contains(overlayTexts(c), "Kho đã có báo cáo của BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM") {
		t.Fatalf("không hỏi: %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Nhập thành lần lưu mới"))
	if tg.ed == nil || tg.ed.id != id {
		t.Fatal("không mở báo cáo trong kho")
	}
	if tg.ed.r.Signer.Name != "Trần Đức Thuần" {
		t.Errorf("nội dung sau khi nhập: người ký %q", tg.ed.r.Signer.Name)
	}
	hist, err := tg.st.History(id)
	if err != nil || len(hist) < 3 {
		t.Fatalf("lịch sử: %d bản (%v)", len(hist), err)
	}
	tg.closeReport(t)

	// Or open the archived one, untouched.
	tg.gui.openSample()
	tg.settle(t)
	tg.tap(t, overlayButton(t, c, "Mở báo cáo trong kho"))
	if tg.ed == nil || tg.ed.id != id {
		t.Fatal("không mở báo cáo trong kho")
	}
}

func TestOpenFileImports(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	path := filepath.Join(t.TempDir(), "hanam.json")
	if err := report.WriteFile(path, report.Sample()); err != nil {
		t.Fatal(err)
	}
	tg.openFile(path)
	tg.q.until(t, "đọc tệp", 10*time.Second, func() bool { return tg.ed != nil })
	if tg.ed.r.Number != "45" {
		t.Errorf("số báo cáo = %q", tg.ed.r.Number)
	}

	bad := filepath.Join(t.TempDir(), "hong.json")
	os.WriteFile(bad, []byte(`{"format": "baocao.report/1", "period": {"year": "hai"}}`), 0o644)
	tg.closeReport(t)
	tg.openFile(bad)
	c := tg.win.Canvas()
	tg.q.until(t, "báo lỗi", 10*time.Second, func() bool { return contains(overlayTexts(c), "Không mở được tệp") })
	if !contains(overlayTexts(c), "period.year") {
		t.Errorf("lỗi không nêu trường: %v", overlayTexts(c))
	}
}

func TestNewReportIsPrefilled(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	retype(e.figures.rows["llct.lop"].entries[0], "35")
	tg.closeReport(t)

	tuyengiao := report.BuiltinTemplate(report.TemplateTuyenGiao, 1)
	r, offered, err := flow.Draft(tg.st, flow.NewReport{Template: tuyengiao, Period: report.Period{Year: 2020, Kind: report.KindH1}}, time.Date(2020, 7, 3, 9, 0, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization.Label() != "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM" || r.Signer.Name != "Trần Đức Thuần" || len(r.Recipients) != 4 {
		t.Errorf("không lấy đơn vị, người ký, nơi nhận của báo cáo trước: %+v %+v %d", r.Organization, r.Signer, len(r.Recipients))
	}
	if r.Period != (report.Period{Year: 2020, Kind: report.KindH1}) || r.Date != "2020-07-03" {
		t.Errorf("kỳ %v, ngày %s", r.Period, r.Date)
	}
	if r.Summary != report.SuggestSummary(nil, r.Period) {
		t.Errorf("trích yếu = %q", r.Summary)
	}
	if p := r.Figures["llct.hocvien"].Previous; p == nil || *p != 3286 || len(offered) == 0 {
		t.Errorf("cùng kỳ năm trước của llct.hocvien = %v (%v)", p, offered)
	}
}

func TestBadArchiveIsExplained(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hong.db")
	os.WriteFile(path, []byte(strings.Repeat("không phải cơ sở dữ liệu ", 400)), 0o644)
	if err := setupLanguage(); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	g := newGUI(a, Options{DBPath: path}, config{})
	err := g.openStore()
	if err == nil {
		t.Fatal("mở được tệp hỏng")
	}
	got := texts(g.win.Canvas())
	if !contains(got, "Không mở được kho báo cáo") || !contains(got, err.Error()) {
		t.Errorf("màn hình: %v", got)
	}
	if data, _ := os.ReadFile(path); !strings.HasPrefix(string(data), "không phải") {
		t.Error("tệp hỏng bị thay đổi")
	}
}

func TestOfferPreviousFillsEntries(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	old := report.Sample()
	old.Period.Year = 2018
	old.Figures["llct.hocvien"] = report.Figure{Value: report.Int(2950)}
	if _, err := tg.st.Create(old, store.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	e := tg.openSample(t)
	tg.tap(t, e.figures.previous)
	row := e.figures.rows["llct.hocvien"]
	if got := row.entries[1].Text; got != "2.950" {
		t.Errorf("ô cùng kỳ = %q, muốn 2.950", got)
	}
	if got := row.vsPrev.Text; got != "111,39%" {
		t.Errorf("so cùng kỳ = %q", got)
	}
	if p := e.r.Figures["llct.hocvien"].Previous; p == nil || *p != 2950 {
		t.Errorf("báo cáo giữ %v", p)
	}
}

func TestNewReportOnEmptyArchive(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	tg.newReport(t)
	if tg.ed == nil {
		t.Fatalf("báo cáo mới không mở: %v", overlayTexts(tg.win.Canvas()))
	}
	e := tg.ed
	if e.r.Date != time.Now().Format(report.DateLayout) || e.r.Period != report.DuePeriod(report.DueClass(time.Now()), time.Now()) {
		t.Errorf("ngày %s, kỳ %v", e.r.Date, e.r.Period)
	}
	// Nobody has typed in it yet: no red, and the status line offers the
	// check instead of counting errors.
	for f, n := range e.notes {
		if n.Visible() {
			t.Errorf("a fresh report shows a problem under %s: %q", f, n.Text)
		}
	}
	if got := e.bar.problems.Text; got != "Kiểm tra báo cáo" {
		t.Errorf("status line %q, want the check offered", got)
	}
	// Leaving the empty name field makes it say so; the others stay quiet.
	c := tg.win.Canvas()
	c.Focus(e.general.name)
	c.Focus(e.general.abbr)
	tg.settle(t)
	if n := noteOf(t, e, "organization.name"); !n.Visible() || !strings.Contains(n.Text, "chưa được nhập") {
		t.Errorf("the empty name left says nothing: %q", n.Text)
	}
	if n := noteOf(t, e, "signer.name"); n.Visible() {
		t.Errorf("the signer's name, never visited, says %q", n.Text)
	}
	// Kiểm tra shows everything.
	tg.tap(t, e.bar.problems)
	if n := noteOf(t, e, "signer.name"); !n.Visible() {
		t.Error("after Kiểm tra the empty signer's name says nothing")
	}
	if !strings.Contains(e.bar.problems.Text, "lỗi") {
		t.Errorf("after Kiểm tra the status line says %q", e.bar.problems.Text)
	}
	tg.tap(t, overlayButton(t, c, "Đóng"))
	// Once the unit is filled in, a second new report for the same unit
	// and period offers the first.
	test.Type(e.general.superior, "HUYỆN ỦY KIM BẢNG")
	test.Type(e.general.name, "BAN TUYÊN GIÁO")
	tg.closeReport(t)
	tg.newReport(t)
	if !contains(overlayTexts(c), "Đã có báo cáo kỳ này") {
		t.Fatalf("không hỏi: %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Mở báo cáo đó"))
	if tg.ed == nil || tg.ed.id != e.id {
		t.Error("không mở báo cáo đã có")
	}
}
