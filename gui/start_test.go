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
		t.Fatal("the start screen is not shown")
	}
	if len(s.shown) != 2 {
		t.Fatalf("the list has %d reports, want 2", len(s.shown))
	}
	if s.shown[0].Superior != "HUYỆN ỦY KIM BẢNG" {
		t.Errorf("the newest report is not first: %v", s.shown[0].Superior)
	}
	test.Type(s.search, "kim bang")
	if len(s.shown) != 1 || s.shown[0].Superior != "HUYỆN ỦY KIM BẢNG" {
		t.Errorf("search “kim bang” found %v, want HUYỆN ỦY KIM BẢNG only", s.shown)
	}
	s.search.SetText("")
	test.Type(s.search, "tinh uy")
	if len(s.shown) != 1 || s.shown[0].Superior != "TỈNH ỦY HÀ NAM" {
		t.Errorf("search “tinh uy” found %v, want TỈNH ỦY HÀ NAM only", s.shown)
	}
	s.search.SetText("xyz")
	if len(s.shown) != 0 || !strings.Contains(s.empty.Text, "xyz") || !s.empty.Visible() {
		t.Errorf("no result: %q, want it shown, naming xyz", s.empty.Text)
	}
	s.search.SetText("")
	s.list.Select(1)
	tg.settle(t)
	if tg.ed == nil || tg.ed.r.Organization.Superior != "TỈNH ỦY HÀ NAM" {
		t.Fatal("a click on a row does not open its report")
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
		t.Fatalf("does not ask (want Kho đã có báo cáo của BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM): %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Nhập thành lần lưu mới"))
	if tg.ed == nil || tg.ed.id != id {
		t.Fatal("Nhập thành lần lưu mới does not open the report in the archive")
	}
	if tg.ed.r.Signer.Name != "Trần Đức Thuần" {
		t.Errorf("after the import: signer %q, want Trần Đức Thuần", tg.ed.r.Signer.Name)
	}
	hist, err := tg.st.History(id)
	if err != nil || len(hist) < 3 {
		t.Fatalf("history: %d versions (%v), want 3 or more", len(hist), err)
	}
	tg.closeReport(t)

	// Or open the archived one, untouched.
	tg.gui.openSample()
	tg.settle(t)
	tg.tap(t, overlayButton(t, c, "Mở báo cáo trong kho"))
	if tg.ed == nil || tg.ed.id != id {
		t.Fatal("Mở báo cáo trong kho does not open the report in the archive")
	}
}

func TestOpenFileImports(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	path := filepath.Join(t.TempDir(), "hanam.json")
	if err := report.WriteFile(path, report.Sample()); err != nil {
		t.Fatal(err)
	}
	tg.openFile(path)
	tg.q.until(t, "the file read", 10*time.Second, func() bool { return tg.ed != nil })
	if tg.ed.r.Number != "45" {
		t.Errorf("report number = %q, want 45", tg.ed.r.Number)
	}

	bad := filepath.Join(t.TempDir(), "hong.json")
	os.WriteFile(bad, []byte(`{"format": "baocao.report/1", "period": {"year": "hai"}}`), 0o644)
	tg.closeReport(t)
	tg.openFile(bad)
	c := tg.win.Canvas()
	tg.q.until(t, "the error shown", 10*time.Second, func() bool { return contains(overlayTexts(c), "Không mở được tệp") })
	if !contains(overlayTexts(c), "period.year") {
		t.Errorf("the error does not name the field (period.year): %v", overlayTexts(c))
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
		t.Errorf("the unit, signer and recipients are not the previous report's: %+v %+v %d", r.Organization, r.Signer, len(r.Recipients))
	}
	if r.Period != (report.Period{Year: 2020, Kind: report.KindH1}) || r.Date != "2020-07-03" {
		t.Errorf("period %v, date %s; want the first half of 2020, 2020-07-03", r.Period, r.Date)
	}
	if r.Summary != report.SuggestSummary(nil, r.Period) {
		t.Errorf("trích yếu = %q, want the suggested one", r.Summary)
	}
	if p := r.Figures["llct.hocvien"].Previous; p == nil || *p != 3286 || len(offered) == 0 {
		t.Errorf("llct.hocvien's same period last year = %v (offered %v), want 3286", p, offered)
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
		t.Fatal("a broken file opened")
	}
	got := texts(g.win.Canvas())
	if !contains(got, "Không mở được kho báo cáo") || !contains(got, err.Error()) {
		t.Errorf("the screen shows %v, want Không mở được kho báo cáo and the error", got)
	}
	if data, _ := os.ReadFile(path); !strings.HasPrefix(string(data), "không phải") {
		t.Error("the broken file was changed")
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
		t.Errorf("same period's field = %q, want 2.950", got)
	}
	if got := row.vsPrev.Text; got != "111,39%" {
		t.Errorf("so cùng kỳ = %q, want 111,39%%", got)
	}
	if p := e.r.Figures["llct.hocvien"].Previous; p == nil || *p != 2950 {
		t.Errorf("the report holds %v, want 2950", p)
	}
}

func TestNewReportOnEmptyArchive(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	tg.newReport(t)
	if tg.ed == nil {
		t.Fatalf("the new report does not open: %v", overlayTexts(tg.win.Canvas()))
	}
	e := tg.ed
	if e.r.Date != time.Now().Format(report.DateLayout) || e.r.Period != report.DuePeriod(report.DueClass(time.Now()), time.Now()) {
		t.Errorf("date %s, period %v; want today and the period due", e.r.Date, e.r.Period)
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
		t.Fatalf("does not ask (want Đã có báo cáo kỳ này): %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Mở báo cáo đó"))
	if tg.ed == nil || tg.ed.id != e.id {
		t.Error("Mở báo cáo đó does not open the report already there")
	}
}
