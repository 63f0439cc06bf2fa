package report

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func unitReport(name string, date string, figs map[string]Figure, docs ...Document) *Report {
	r := Sample()
	r.Organization = Organization{Superior: "HUYỆN ỦY " + name, Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: name}
	r.Date = date
	r.Figures = figs
	r.Documents = docs
	r.Sections = nil
	return r
}

func TestConsolidate(t *testing.T) {
	v := Int
	head := Sample()
	head.Figures = nil
	kb := unitReport("KIM BẢNG", "2019-06-28", map[string]Figure{
		"llct.lop": {Value: v(10), Previous: v(8), Plan: v(20)}, "llct.hocvien": {Value: v(900)},
		"nq.hoinghi": {Value: v(2)}, "nq.thamgia": {Value: v(450)}, "nq.dienhoc": {Value: v(500)},
	}, Document{Symbol: "01-CT/HU", Kind: DocChiThi, Summary: "a"})
	ly := unitReport("LÝ NHÂN", "2019-06-30", map[string]Figure{
		"llct.lop": {Value: v(25), Previous: v(22)}, "llct.hocvien": {Value: v(2386)},
		"nq.hoinghi": {Value: v(3)}, "nq.thamgia": {Value: v(500)}, "nq.dienhoc": {Value: v(1000)},
		"vb.kehoach": {Value: v(2)},
	})
	lyOld := unitReport("LÝ NHÂN", "2019-06-20", map[string]Figure{"llct.lop": {Value: v(99)}, "llct.hocvien": {Value: v(9999)}})
	other := unitReport("BÌNH LỤC", "2019-06-29", map[string]Figure{"llct.lop": {Value: v(1)}, "llct.hocvien": {Value: v(1)}})
	other.Period.Year = 2018
	late := unitReport("DUY TIÊN", "2019-07-10", map[string]Figure{"llct.lop": {Value: v(0)}, "llct.hocvien": {Value: v(5)}})
	stray := unitReport("THANH LIÊM", "2019-06-29", map[string]Figure{"bcv.cuoc": {Value: v(7)}})
	expected := []Organization{kb.Organization, ly.Organization, late.Organization,
		{Superior: "HUYỆN ỦY BÌNH LỤC", Name: "BAN TUYÊN GIÁO"}, {Superior: "THÀNH ỦY PHỦ LÝ", Name: "BAN TUYÊN GIÁO"}}

	cat := DefaultCatalogue()
	res := Consolidate(head, []Source{
		{Name: "kb.json", Report: kb},
		{Name: "ly.json", Report: ly},
		{Name: "ly-cu.json", Report: lyOld},
		{Name: "bl.json", Report: other},
		{Name: "dt.json", Report: late},
		{Name: "tl.json", Report: stray},
		{Name: "hong.xlsx", Err: fmt.Errorf("tệp hỏng")},
	}, ConsolidateOptions{Expected: expected, Deadline: time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC)})

	s := cat.Evaluate(res.Report)
	want := map[string]string{"llct.lop": "35", "nq.tyle": "63,33%", "vb.chithi": "1", "vb.kehoach": "2", "vb.tong": "3", "bcv.cuoc": "7"}
	for code, w := range want {
		if got := s.Row(code).Format(s.Row(code).Value); got != w {
			t.Errorf("%s = %q, want %q", code, got, w)
		}
	}
	if got := s.Row("llct.hocvien").Format(s.Row("llct.hocvien").Value); got != "3.291" {
		t.Errorf("llct.hocvien = %q, want 3.291 (900 + 2.386 + 5; the older Lý Nhân file is not counted)", got)
	}
	if got := s.Row("llct.lop").Format(s.Row("llct.lop").Previous); got != "30" {
		t.Errorf("llct.lop previous = %q", got)
	}
	if got := s.Row("llct.lop").Format(s.Row("llct.lop").Plan); got != "20" {
		t.Errorf("llct.lop plan = %q (only Kim Bảng has a plan)", got)
	}
	if _, ok := res.Report.Figures["nq.tyle"]; ok {
		t.Error("a ratio was stored as a figure")
	}
	if len(res.Report.Documents) != len(head.Documents) {
		t.Errorf("documents = %d, want the head's own %d", len(res.Report.Documents), len(head.Documents))
	}

	statuses := map[string]SendStatus{}
	for _, u := range res.Units {
		statuses[u.Organization.Superior] = u.Status
	}
	for unit, st := range map[string]SendStatus{
		"HUYỆN ỦY KIM BẢNG": StatusSent, "HUYỆN ỦY LÝ NHÂN": StatusSent, "HUYỆN ỦY DUY TIÊN": StatusLate,
		"HUYỆN ỦY BÌNH LỤC": StatusMissing, "THÀNH ỦY PHỦ LÝ": StatusMissing, "HUYỆN ỦY THANH LIÊM": StatusUnexpected,
	} {
		if statuses[unit] != st {
			t.Errorf("%s: status %q, want %q", unit, statuses[unit], st)
		}
	}
	if len(res.Report.Breakdown) != 4 {
		t.Fatalf("breakdown has %d rows, want 4", len(res.Report.Breakdown))
	}
	var total int64
	for _, u := range res.Report.Breakdown {
		total += u.Figures["llct.hocvien"]
	}
	if total != *res.Report.Figures["llct.hocvien"].Value {
		t.Errorf("breakdown total %d differs from the report's figure", total)
	}

	notices := fmt.Sprint(res.Notices)
	for _, w := range []string{
		"hong.xlsx: lỗi: không đọc được",
		"bl.json: lỗi: BAN TUYÊN GIÁO HUYỆN ỦY BÌNH LỤC là báo cáo 6 tháng đầu năm 2018",
		"gửi hai lần", "dùng bản mới hơn ly.json, bỏ ly-cu.json",
		"tl.json: cảnh báo: BAN TUYÊN GIÁO HUYỆN ỦY THANH LIÊM không có trong danh sách",
		"dt.json: lỗi: BAN TUYÊN GIÁO HUYỆN ỦY DUY TIÊN: Có 5 học viên nhưng số lớp",
	} {
		if !strings.Contains(notices, w) {
			t.Errorf("notices lack %q:\n%s", w, strings.ReplaceAll(notices, "} {", "}\n{"))
		}
	}
	last := res.Report.Sections[len(res.Report.Sections)-1]
	if last.Heading != CompletenessHeading || !strings.Contains(last.Text, "Chưa gửi (2): BAN TUYÊN GIÁO HUYỆN ỦY BÌNH LỤC; BAN TUYÊN GIÁO THÀNH ỦY PHỦ LÝ.") ||
		!strings.Contains(last.Text, "Gửi muộn (1): BAN TUYÊN GIÁO HUYỆN ỦY DUY TIÊN (ngày 10/07/2019)") {
		t.Errorf("completeness section:\n%s", last.Text)
	}
	if ps := cat.Validate(res.Report); ps.HasErrors() {
		t.Errorf("consolidated report has errors: %v", ps)
	}
	// Consolidating again on the result keeps one completeness section.
	again := Consolidate(res.Report, []Source{{Name: "kb.json", Report: kb}}, ConsolidateOptions{})
	n := 0
	for _, sec := range again.Report.Sections {
		if sec.Heading == CompletenessHeading {
			n++
		}
	}
	if n != 1 || len(again.Report.Sections) != len(res.Report.Sections) {
		t.Errorf("%d completeness sections, %d sections (want 1, %d)", n, len(again.Report.Sections), len(res.Report.Sections))
	}
}

func TestLoadManyKeepsOrder(t *testing.T) {
	var paths []string
	for i := 0; i < 50; i++ {
		paths = append(paths, fmt.Sprint(i))
	}
	var calls atomic.Int64
	got := LoadMany(paths, func(p string) (*Report, error) {
		r := Sample()
		r.Number = p
		return r, nil
	}, func(done, total int) { calls.Add(1) })
	for i, s := range got {
		if s.Name != paths[i] || s.Report.Number != paths[i] {
			t.Fatalf("source %d = %s/%s", i, s.Name, s.Report.Number)
		}
	}
	if calls.Load() != int64(len(paths)) {
		t.Error("progress never called")
	}
}

// A form sent back with every figure empty is not counted as sent; a
// note of the reader becomes a warning naming the file.
func TestConsolidateEmptyForm(t *testing.T) {
	v := Int
	head := Sample()
	kb := unitReport("KIM BẢNG", "2019-06-28", map[string]Figure{"llct.lop": {Previous: v(8), Plan: v(20)}})
	ly := unitReport("LÝ NHÂN", "2019-06-30", map[string]Figure{"llct.lop": {Value: v(2)}, "llct.hocvien": {Value: v(60)}})
	ly.ReadNotes = []string{"tên cơ quan hiển thị là \"BAN TUYÊN GIÁO\""}
	blank := unitReport("X", "", nil)
	blank.Organization = Organization{}
	res := Consolidate(head, []Source{
		{Name: "kb.xlsx", Report: kb}, {Name: "ly.xlsx", Report: ly}, {Name: "trong.xlsx", Report: blank},
	}, ConsolidateOptions{Expected: []Organization{kb.Organization, ly.Organization}})
	notices := fmt.Sprint(res.Notices)
	for _, w := range []string{
		"kb.xlsx: cảnh báo: BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG: chưa nhập số liệu",
		"trong.xlsx: cảnh báo: đơn vị chưa ghi tên: chưa nhập số liệu",
		"ly.xlsx: cảnh báo: tên cơ quan hiển thị là",
	} {
		if !strings.Contains(notices, w) {
			t.Errorf("notices lack %q:\n%s", w, notices)
		}
	}
	if len(res.Used) != 1 || res.Used[0] != "ly.xlsx" || res.Units[0].Status != StatusMissing || res.Units[1].Status != StatusSent {
		t.Errorf("used %v, units %+v", res.Used, res.Units)
	}
}

func TestSortNames(t *testing.T) {
	names := []string{"Xã số 10", "xã số 2", "Đảng ủy Đồng Văn", "Đảng ủy Duy Tiên", "Xã số 1", "Ban Bính", "Xã số 100", "Ban Bình", "Thị trấn Ba Sao"}
	want := []string{"Ban Bình", "Ban Bính", "Đảng ủy Duy Tiên", "Đảng ủy Đồng Văn", "Thị trấn Ba Sao", "Xã số 1", "xã số 2", "Xã số 10", "Xã số 100"}
	SortNames(names, func(s string) string { return s })
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Fatalf("SortNames = %q\nwant %q", names, want)
	}
}
