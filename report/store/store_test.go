package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"baocao/report"
	"golang.org/x/text/unicode/norm"
)

func TestCreateGetListReopenFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kho", "baocao.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2019, 7, 1, 8, 0, 0, 0, time.Local)}
	s.now = c.now
	var ids []int64
	for _, year := range []int{2017, 2018, 2019} {
		id, err := s.Create(sample(year), SaveOptions{Author: "Văn thư"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		c.advance(time.Minute)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// A clerk comes back half a year later: everything is there.
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, e := range list {
		got = append(got, e.ID)
	}
	if want := []int64{ids[2], ids[1], ids[0]}; !slices.Equal(got, want) {
		t.Fatalf("List order = %v, want newest first %v", got, want)
	}
	e := list[0]
	if e.Superior != "TỈNH ỦY HÀ NAM" || e.Name != "BAN TUYÊN GIÁO" || e.Period != (report.Period{Year: 2019, Kind: report.KindH1}) ||
		e.Status != Draft || e.Revision != 1 || e.Number != "45" || !e.Deleted.IsZero() {
		t.Errorf("entry = %+v", e)
	}
	if want := time.Date(2019, 7, 1, 8, 2, 0, 0, time.Local); !e.Updated.Equal(want) {
		t.Errorf("Updated = %v, want %v", e.Updated, want)
	}
	r, ge, err := s.Get(ids[2])
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, r, sample(2019))
	if ge != e {
		t.Errorf("Get entry = %+v, List entry = %+v", ge, e)
	}
	if _, _, err := s.Get(999); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "không tìm thấy") {
		t.Errorf("Get(999) error = %v, want ErrNotFound", err)
	}
}

func TestCreateSameUnitAndPeriod(t *testing.T) { forBackends(t, testCreateSameUnitAndPeriod) }

func testCreateSameUnitAndPeriod(t *testing.T, b backend) {
	s, _ := b.open(t)
	if _, err := s.Create(sample(2019), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	nfd := sample(2019)
	nfd.Organization.Superior = norm.NFD.String("  tỉnh   ủy hà nam ")
	nfd.Organization.Name = "Ban Tuyên Giáo"
	nfd.Organization.Abbreviation = "KHAC"
	_, err := s.Create(nfd, SaveOptions{})
	if !errors.Is(err, ErrExists) {
		t.Fatalf("second report of the unit for the period: error = %v, want ErrExists", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "đã có báo cáo") || !strings.Contains(msg, "6 tháng đầu năm 2019") {
		t.Errorf("message %q should say the unit has a report (\"đã có báo cáo\") for \"6 tháng đầu năm 2019\"", msg)
	}
	// Another period, another unit, or a report with no unit yet: fine.
	year := sample(2019)
	year.Period.Kind = report.KindYear
	other := sample(2019)
	other.Organization.Superior = "HUYỆN ỦY KIM BẢNG"
	blank := &report.Report{Period: report.Period{Year: 2019, Kind: report.KindH1}}
	for _, r := range []*report.Report{year, other, blank, blank} {
		if _, err := s.Create(r, SaveOptions{}); err != nil {
			t.Errorf("Create %s: %v", labelOf(r), err)
		}
	}
	e, ok, err := s.Find(nfd.Organization, report.Period{Year: 2019, Kind: report.KindH1})
	if err != nil || !ok || e.Name != "BAN TUYÊN GIÁO" {
		t.Errorf("Find with another spelling = %+v, %v, %v", e, ok, err)
	}
	if _, ok, _ := s.Find(blank.Organization, blank.Period); ok {
		t.Error("Find of a report with no unit should find nothing")
	}
}

func TestUpdateHistory(t *testing.T) { forBackends(t, testUpdateHistory) }

func testUpdateHistory(t *testing.T, b backend) {
	s, c := b.open(t)
	r := withFigure(sample(2019), "llct.lop", 30)
	id, err := s.Create(r, SaveOptions{Author: "Nguyễn Thị Lan"})
	if err != nil {
		t.Fatal(err)
	}
	c.advance(time.Hour)
	r2 := withFigure(r, "llct.lop", 35)
	r2.Documents = append(r2.Documents, report.Document{Symbol: "24-CT/TU", Kind: report.DocChiThi, Summary: "về công tác dư luận"})
	r2.Sections[2].Text += "\n\nThêm một đoạn."
	rev, err := s.Update(id, r2, SaveOptions{Author: "Nguyễn Thị Lan", Note: "bổ sung số liệu"})
	if err != nil || rev != 2 {
		t.Fatalf("Update = %d, %v; want 2", rev, err)
	}
	// The same content again adds nothing.
	c.advance(time.Hour)
	if rev, err := s.Update(id, r2.Clone(), SaveOptions{}); err != nil || rev != 2 {
		t.Fatalf("unchanged Update = %d, %v; want 2", rev, err)
	}
	hist, err := s.History(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].Rev != 2 || hist[1].Rev != 1 {
		t.Fatalf("history = %+v, want revisions 2, 1", hist)
	}
	h := hist[0]
	if h.Author != "Nguyễn Thị Lan" || h.Note != "bổ sung số liệu" || h.Auto || h.Status != Draft {
		t.Errorf("revision 2 = %+v", h)
	}
	want := []string{
		"Số lớp bồi dưỡng lý luận chính trị đã mở: 30 → 35",
		"thêm văn bản 24-CT/TU",
		"sửa phần II",
	}
	if !slices.Equal(h.Changes, want) {
		t.Errorf("changes = %q, want %q", h.Changes, want)
	}
	if !slices.Equal(hist[1].Changes, []string{"tạo báo cáo"}) {
		t.Errorf("revision 1 changes = %q", hist[1].Changes)
	}
	old, err := s.Revision(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, old, r)
	cur, e, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, cur, r2)
	if e.Revision != 2 || !e.Updated.Equal(time.Date(2019, 7, 1, 9, 0, 0, 0, time.Local)) {
		t.Errorf("entry after an unchanged save = %+v (an unchanged save must not touch it)", e)
	}
	if _, err := s.Revision(id, 7); !errors.Is(err, ErrNotFound) {
		t.Errorf("Revision(7) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Update(999, r2, SaveOptions{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("Update(999) error = %v, want ErrNotFound", err)
	}
}

func TestAutosaveCoalesces(t *testing.T) { forBackends(t, testAutosaveCoalesces) }

func testAutosaveCoalesces(t *testing.T, b backend) {
	s, c := b.open(t)
	r := sample(2019)
	id, err := s.Create(r, SaveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	auto := SaveOptions{Auto: true}
	// An hour of typing with an autosave every 2 seconds.
	var rev int
	for i := 0; i < 1800; i++ {
		c.advance(2 * time.Second)
		if rev, err = s.Update(id, withFigure(r, "llct.hocvien", int64(i)), auto); err != nil {
			t.Fatal(err)
		}
	}
	// One revision per ten minutes of autosaves, not 1800.
	if rev != 7 {
		t.Errorf("after an hour of autosaves rev = %d, want 7 (1 + one per ten minutes)", rev)
	}
	got, err := s.Revision(id, rev)
	if err != nil {
		t.Fatal(err)
	}
	if v := figureValue(got, "llct.hocvien"); v != 1799 {
		t.Errorf("latest autosave holds %d, want 1799", v)
	}
	hist, _ := s.History(id)
	if len(hist) != 7 || !hist[0].Auto {
		t.Fatalf("history has %d revisions (latest auto %v), want 7", len(hist), hist[0].Auto)
	}
	// The coalesced revision is described against the one before it.
	prev, _ := s.Revision(id, rev-1)
	wantChange := "Số học viên các lớp lý luận chính trị: " + report.FormatInt(figureValue(prev, "llct.hocvien")) + " → 1.799"
	if !slices.Equal(hist[0].Changes, []string{wantChange}) {
		t.Errorf("changes = %q, want %q", hist[0].Changes, wantChange)
	}
	// A manual save always adds a revision, and an autosave after it too.
	c.advance(time.Second)
	if rev, _ = s.Update(id, withFigure(r, "llct.hocvien", 5000), SaveOptions{}); rev != 8 {
		t.Errorf("manual save rev = %d, want 8", rev)
	}
	c.advance(time.Second)
	if rev, _ = s.Update(id, withFigure(r, "llct.hocvien", 5001), auto); rev != 9 {
		t.Errorf("autosave after a manual save rev = %d, want 9", rev)
	}
	c.advance(time.Second)
	if rev, _ = s.Update(id, withFigure(r, "llct.hocvien", 5002), SaveOptions{}); rev != 10 {
		t.Errorf("manual save after an autosave rev = %d, want 10", rev)
	}
	// A clock set back does not glue an autosave onto a future one.
	c.advance(time.Second)
	s.Update(id, withFigure(r, "llct.hocvien", 5003), auto)
	c.advance(-time.Hour)
	if rev, _ = s.Update(id, withFigure(r, "llct.hocvien", 5004), auto); rev != 12 {
		t.Errorf("autosave with the clock set back rev = %d, want 12", rev)
	}
	// A note given to an autosave stays through the run.
	c.advance(time.Hour)
	s.Update(id, withFigure(r, "llct.hocvien", 5005), SaveOptions{Auto: true, Note: "nháp"})
	c.advance(2 * time.Second)
	s.Update(id, withFigure(r, "llct.hocvien", 5006), auto)
	if hist, _ := s.History(id); hist[0].Rev != 13 || hist[0].Note != "nháp" {
		t.Errorf("latest revision %d note %q, want 13 \"nháp\"", hist[0].Rev, hist[0].Note)
	}
}

func TestFinalizeReopen(t *testing.T) { forBackends(t, testFinalizeReopen) }

func testFinalizeReopen(t *testing.T, b backend) {
	s, c := b.open(t)
	r := sample(2019)
	id, _ := s.Create(r, SaveOptions{})
	c.advance(time.Minute)
	if err := s.Finalize(id, SaveOptions{Author: "Trưởng ban"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Finalize(id, SaveOptions{}); err != nil {
		t.Errorf("finalizing twice: %v", err)
	}
	_, e, _ := s.Get(id)
	if e.Status != Final || e.Status.Label() != "đã chốt" || e.Revision != 2 {
		t.Errorf("after Finalize entry = %+v", e)
	}
	_, err := s.Update(id, withFigure(r, "llct.lop", 1), SaveOptions{})
	if !errors.Is(err, ErrFinal) || !strings.Contains(err.Error(), "đã chốt") {
		t.Errorf("Update of a final report: error = %v, want ErrFinal", err)
	}
	if _, _, err := s.Put(withFigure(r, "llct.lop", 1), SaveOptions{}); !errors.Is(err, ErrFinal) {
		t.Errorf("Put over a final report: error = %v, want ErrFinal", err)
	}
	if _, err := s.Restore(id, 1, SaveOptions{}); !errors.Is(err, ErrFinal) {
		t.Errorf("Restore of a final report: error = %v, want ErrFinal", err)
	}
	c.advance(time.Minute)
	if err := s.Reopen(id, SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if rev, err := s.Update(id, withFigure(r, "llct.lop", 1), SaveOptions{}); err != nil || rev != 4 {
		t.Errorf("Update after Reopen = %d, %v; want 4", rev, err)
	}
	hist, _ := s.History(id)
	var notes []string
	for _, h := range hist {
		notes = append(notes, h.Note+"|"+string(h.Status))
	}
	want := []string{"|draft", "Mở lại để sửa|draft", "Chốt báo cáo|final", "|draft"}
	if !slices.Equal(notes, want) {
		t.Errorf("history notes = %q, want %q", notes, want)
	}
	if got := hist[1].Changes; !slices.Equal(got, []string{"trạng thái: đã chốt → đang soạn"}) {
		t.Errorf("reopen changes = %q", got)
	}
	if Draft.Label() != "đang soạn" {
		t.Errorf("Draft.Label() = %q", Draft.Label())
	}
}

func TestRestore(t *testing.T) { forBackends(t, testRestore) }

func testRestore(t *testing.T, b backend) {
	s, c := b.open(t)
	r := withFigure(sample(2019), "llct.lop", 30)
	id, _ := s.Create(r, SaveOptions{})
	c.advance(time.Minute)
	s.Update(id, withFigure(r, "llct.lop", 40), SaveOptions{})
	c.advance(time.Minute)
	rev, err := s.Restore(id, 1, SaveOptions{Author: "Lan"})
	if err != nil || rev != 3 {
		t.Fatalf("Restore = %d, %v; want 3", rev, err)
	}
	cur, _, _ := s.Get(id)
	sameReport(t, cur, r)
	// History is never rewritten: revision 2 is still there.
	if v, _ := s.Revision(id, 2); figureValue(v, "llct.lop") != 40 {
		t.Error("revision 2 was lost")
	}
	hist, _ := s.History(id)
	if hist[0].Note != "Khôi phục bản 1" || !slices.Equal(hist[0].Changes, []string{"Số lớp bồi dưỡng lý luận chính trị đã mở: 40 → 30"}) {
		t.Errorf("restore revision = %+v", hist[0])
	}
	// Restoring the current content adds nothing.
	if rev, err := s.Restore(id, 3, SaveOptions{}); err != nil || rev != 3 {
		t.Errorf("restoring the current content = %d, %v; want 3", rev, err)
	}
	if _, err := s.Restore(id, 9, SaveOptions{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("Restore of a missing revision: %v", err)
	}
}

func TestPut(t *testing.T) { forBackends(t, testPut) }

func testPut(t *testing.T, b backend) {
	s, _ := b.open(t)
	r := sample(2019)
	id, rev, err := s.Put(r, SaveOptions{})
	if err != nil || rev != 1 {
		t.Fatalf("first Put = %d, %d, %v", id, rev, err)
	}
	r2 := withFigure(r, "llct.lop", 99)
	r2.Organization.Name = "ban tuyên giáo"
	id2, rev, err := s.Put(r2, SaveOptions{})
	if err != nil || id2 != id || rev != 2 {
		t.Fatalf("second Put = %d, %d, %v; want %d, 2", id2, rev, err, id)
	}
	id3, rev, _ := s.Put(sample(2020), SaveOptions{})
	if id3 == id || rev != 1 {
		t.Errorf("Put of another period = %d, %d; want a new report", id3, rev)
	}
	blank := sample(2021)
	blank.Organization = report.Organization{Abbreviation: "BTGTU"}
	if _, _, err := s.Put(blank, SaveOptions{}); err == nil || !strings.Contains(err.Error(), "chưa có tên đơn vị") {
		t.Errorf("Put of a report naming no unit: %v", err)
	}
}

func TestUpdateMovesPeriod(t *testing.T) { forBackends(t, testUpdateMovesPeriod) }

func testUpdateMovesPeriod(t *testing.T, be backend) {
	s, _ := be.open(t)
	a, _ := s.Create(sample(2018), SaveOptions{})
	b, _ := s.Create(sample(2019), SaveOptions{})
	// The clerk corrects the year of report b to one that exists.
	_, err := s.Update(b, sample(2018), SaveOptions{})
	if !errors.Is(err, ErrExists) {
		t.Fatalf("moving onto an existing period: %v, want ErrExists", err)
	}
	if _, err := s.Update(b, sample(2017), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	e, ok, _ := s.Find(sample(2017).Organization, report.Period{Year: 2017, Kind: report.KindH1})
	if !ok || e.ID != b {
		t.Errorf("Find 2017 = %+v, %v; want report %d", e, ok, b)
	}
	if _, ok, _ := s.Find(sample(2019).Organization, report.Period{Year: 2019, Kind: report.KindH1}); ok {
		t.Error("2019 should be free after the move")
	}
	hist, _ := s.History(b)
	if !slices.Contains(hist[0].Changes, "kỳ báo cáo: 6 tháng đầu năm 2019 → 6 tháng đầu năm 2017") {
		t.Errorf("changes = %q", hist[0].Changes)
	}
	_ = a
}

func TestDeleteUndelete(t *testing.T) { forBackends(t, testDeleteUndelete) }

func testDeleteUndelete(t *testing.T, b backend) {
	s, c := b.open(t)
	r := sample(2019)
	id, _ := s.Create(r, SaveOptions{})
	c.advance(time.Minute)
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Errorf("List after Delete = %+v", list)
	}
	trash, _ := s.ListDeleted()
	if len(trash) != 1 || trash[0].ID != id || !trash[0].Deleted.Equal(c.now()) {
		t.Fatalf("ListDeleted = %+v", trash)
	}
	if _, ok, _ := s.Find(r.Organization, r.Period); ok {
		t.Error("Find should skip the trash")
	}
	// Kept whole: content and history.
	got, e, err := s.Get(id)
	if err != nil || e.Deleted.IsZero() {
		t.Fatalf("Get of a deleted report = %+v, %v", e, err)
	}
	sameReport(t, got, r)
	if _, err := s.Update(id, withFigure(r, "llct.lop", 1), SaveOptions{}); !errors.Is(err, ErrDeleted) {
		t.Errorf("Update of a deleted report: %v, want ErrDeleted", err)
	}
	// The period is free for a new report; the old one can then not come
	// back over it.
	id2, err := s.Create(withFigure(r, "llct.lop", 2), SaveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Undelete(id); !errors.Is(err, ErrExists) {
		t.Errorf("Undelete over a new report: %v, want ErrExists", err)
	}
	if err := s.Delete(id2); err != nil {
		t.Fatal(err)
	}
	if err := s.Undelete(id); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 1 || list[0].ID != id {
		t.Errorf("List after Undelete = %+v", list)
	}
	if trash, _ := s.ListDeleted(); len(trash) != 1 || trash[0].ID != id2 {
		t.Errorf("trash = %+v", trash)
	}
	if err := s.Delete(404); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete(404): %v", err)
	}
}

func TestOfferPrevious(t *testing.T) { forBackends(t, testOfferPrevious) }

func testOfferPrevious(t *testing.T, b backend) {
	s, _ := b.open(t)
	last := sample(2018)
	last.Figures = map[string]report.Figure{
		"llct.lop":     {Value: report.Int(30)},
		"llct.hocvien": {Value: report.Int(2900)},
		"nq.thamgia":   {Value: report.Int(900)},
		"nq.dienhoc":   {Value: report.Int(1000)},
		"vb.khac":      {Value: report.Int(7)}, // overridden by the documents
	}
	last.Documents = []report.Document{
		{Symbol: "10-CT/TU", Kind: report.DocChiThi, Summary: "a"},
		{Symbol: "11-CT/TU", Kind: report.DocChiThi, Summary: "b"},
		{Kind: report.DocKeHoach, Summary: "c"},
	}
	if _, err := s.Create(last, SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	other := sample(2018)
	other.Organization.Superior = "HUYỆN ỦY KIM BẢNG"
	other.Figures = map[string]report.Figure{"bcv.cuoc": {Value: report.Int(5)}}
	s.Create(other, SaveOptions{})

	r := sample(2019)
	r.Figures = map[string]report.Figure{
		"llct.lop": {Value: report.Int(35), Previous: report.Int(31)}, // typed by the clerk
	}
	filled, err := s.OfferPrevious(r)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"llct.hocvien", "nq.thamgia", "nq.dienhoc", "vb.chithi", "vb.nghiquyet", "vb.kehoach", "vb.huongdan", "vb.khac"}
	if !slices.Equal(filled, want) {
		t.Errorf("filled = %q, want %q", filled, want)
	}
	prev := func(code string) int64 {
		if p := r.Figures[code].Previous; p != nil {
			return *p
		}
		return -1
	}
	for code, v := range map[string]int64{"llct.lop": 31, "llct.hocvien": 2900, "nq.thamgia": 900, "vb.chithi": 2, "vb.kehoach": 1, "vb.khac": 0, "vb.tong": -1, "nq.tyle": -1, "bcv.cuoc": -1} {
		if got := prev(code); got != v {
			t.Errorf("%s previous = %d, want %d", code, got, v)
		}
	}
	if v := r.Figures["llct.lop"].Value; v == nil || *v != 35 {
		t.Error("the value of this period was touched")
	}
	// No report last year: nothing to fill.
	none := sample(2025)
	if filled, err := s.OfferPrevious(none); err != nil || len(filled) != 0 {
		t.Errorf("OfferPrevious without last year = %q, %v", filled, err)
	}
	// Last year's whole-year report does not fill a half-year one.
	y := sample(2019)
	y.Period.Kind = report.KindYear
	if filled, _ := s.OfferPrevious(y); len(filled) != 0 {
		t.Errorf("whole year filled from a half year: %q", filled)
	}
}

func TestLastProfile(t *testing.T) { forBackends(t, testLastProfile) }

func testLastProfile(t *testing.T, b backend) {
	s, c := b.open(t)
	if _, ok, err := s.LastProfile(); ok || err != nil {
		t.Fatalf("LastProfile of an empty archive = %v, %v", ok, err)
	}
	own := sample(2019)
	own.Signer.Name = "Nguyễn Văn An"
	s.Create(own, SaveOptions{})
	c.advance(time.Minute)
	lower := sample(2019)
	lower.Organization = report.Organization{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"}
	s.Create(lower, SaveOptions{})

	p, ok, err := s.LastProfile()
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if p.Organization != lower.Organization {
		t.Errorf("profile organization = %+v, want the last saved %+v", p.Organization, lower.Organization)
	}
	// Once Kim Bảng is known as a lower unit, the office's own report is
	// the profile.
	if err := s.SetExpectedUnits(own.Organization, []report.Organization{lower.Organization}); err != nil {
		t.Fatal(err)
	}
	p, _, _ = s.LastProfile()
	if p.Organization != own.Organization || p.Signer != own.Signer || !slices.Equal(p.Recipients, own.Recipients) {
		t.Errorf("profile = %+v", p)
	}
	if p.Number != "" || p.Date != "" || len(p.Figures) != 0 || len(p.Sections) != 0 || len(p.Documents) != 0 || p.Summary != "" || p.Period != (report.Period{}) {
		t.Errorf("profile carries more than the header: %+v", p)
	}
	if p.Format != report.FormatV1 {
		t.Errorf("profile format = %q", p.Format)
	}
}

func TestExpectedUnits(t *testing.T) { forBackends(t, testExpectedUnits) }

func testExpectedUnits(t *testing.T, b backend) {
	s, _ := b.open(t)
	head := sample(2019).Organization
	if units, err := s.ExpectedUnits(head); err != nil || len(units) != 0 {
		t.Fatalf("ExpectedUnits before any = %v, %v", units, err)
	}
	units := []report.Organization{
		{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"},
		{Superior: "HUYỆN ỦY THANH LIÊM", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Thanh Liêm"},
		{Superior: "THÀNH ỦY PHỦ LÝ", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGTU", Place: "Phủ Lý"},
	}
	if err := s.SetExpectedUnits(head, units); err != nil {
		t.Fatal(err)
	}
	headOther := head
	headOther.Name = "  ban tuyên   giáo "
	got, err := s.ExpectedUnits(headOther)
	if err != nil || !slices.Equal(got, units) {
		t.Errorf("ExpectedUnits = %+v, %v; want %+v", got, err, units)
	}
	// Replacing the list; a duplicate (however spelled) or a blank unit
	// is refused and the list stays.
	if err := s.SetExpectedUnits(head, units[:1]); err != nil {
		t.Fatal(err)
	}
	dup := append(units[:1:1], report.Organization{Superior: "huyện ủy kim bảng", Name: "Ban Tuyên giáo"})
	err = s.SetExpectedUnits(head, dup)
	if err == nil || !strings.Contains(err.Error(), "trùng") {
		t.Errorf("duplicate unit: %v", err)
	}
	if err := s.SetExpectedUnits(head, []report.Organization{{Abbreviation: "X"}}); err == nil || !strings.Contains(err.Error(), "chưa có tên") {
		t.Errorf("blank unit: %v", err)
	}
	if got, _ := s.ExpectedUnits(head); !slices.Equal(got, units[:1]) {
		t.Errorf("after refused updates = %+v", got)
	}
	if got, _ := s.ExpectedUnits(units[0]); len(got) != 0 {
		t.Errorf("another head's list = %+v", got)
	}
}

func TestDefaultPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("BAOCAO_DB", filepath.Join(dir, "a", "b", "kho.db"))
	p, err := DefaultPath()
	if err != nil || p != filepath.Join(dir, "a", "b", "kho.db") {
		t.Fatalf("DefaultPath with BAOCAO_DB = %q, %v", p, err)
	}
	if st, err := os.Stat(filepath.Join(dir, "a", "b")); err != nil || !st.IsDir() {
		t.Errorf("folder not created: %v", err)
	}
	if runtime.GOOS != "linux" {
		return // os.UserConfigDir follows XDG_CONFIG_HOME on Linux only
	}
	t.Setenv("BAOCAO_DB", "")
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "cfg"))
	t.Setenv("HOME", dir)
	p, err = DefaultPath()
	if err != nil || p != filepath.Join(dir, "cfg", "baocao", "baocao.db") {
		t.Fatalf("DefaultPath = %q, %v", p, err)
	}
	if _, err := os.Stat(filepath.Dir(p)); err != nil {
		t.Errorf("folder not created: %v", err)
	}
}

func TestSaveIsAtomic(t *testing.T) {
	s, c := openTemp(t)
	id, _ := s.Create(sample(2019), SaveOptions{})
	// Make the second half of every save fail (the revision insert, after
	// the report row was written or changed).
	if _, err := s.db.Exec(`CREATE TEMP TRIGGER fail_revision BEFORE INSERT ON revision
		BEGIN SELECT RAISE(ABORT, 'hỏng giữa chừng'); END`); err != nil {
		t.Fatal(err)
	}
	c.advance(time.Minute)
	if _, err := s.Create(sample(2020), SaveOptions{}); err == nil {
		t.Fatal("Create succeeded despite the failing revision insert")
	}
	if _, err := s.Update(id, withFigure(sample(2019), "llct.lop", 1), SaveOptions{}); err == nil {
		t.Fatal("Update succeeded despite the failing revision insert")
	}
	if err := s.Finalize(id, SaveOptions{}); err == nil {
		t.Fatal("Finalize succeeded despite the failing revision insert")
	}
	s.db.Exec(`DROP TRIGGER fail_revision`)
	list, _ := s.List()
	if len(list) != 1 || list[0].Revision != 1 || list[0].Status != Draft || list[0].Number != "45" {
		t.Fatalf("after failed saves the archive holds %+v; want the one report untouched", list)
	}
	r, _, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, r, sample(2019))
	integrity(t, s)
}
