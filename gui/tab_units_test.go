package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"baocao/report"
)

// The units tab of a consolidated report: one row a unit, the total row
// from the report's figures, a warning when they were typed over.
func TestUnitsTab(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	r := report.Sample()
	r.Breakdown = []report.UnitRow{
		{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 20, "llct.hocvien": 2000}},
		{Superior: "HUYỆN ỦY DUY TIÊN", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 15, "llct.hocvien": 1286}},
	}
	tg.importReport(t, r, "thử")
	e := tg.ed
	if e == nil || len(e.tabs.Items) != tabUnits+1 {
		t.Fatal("the consolidated report has no tab Các đơn vị")
	}
	e.tabs.SelectIndex(tabUnits)
	got := texts(tg.win.Canvas())
	for _, w := range []string{"BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG", "2.000", "1.286", "Tổng cộng", "3.286", "35"} {
		if !contains(got, w) {
			t.Errorf("the tab Các đơn vị lacks %q", w)
		}
	}
	if contains(got, "khác tổng số liệu") {
		t.Error("a warning while the figures agree")
	}
	e.tabs.SelectIndex(tabFigures)
	retype(e.figures.rows["llct.lop"].entries[0], "40")
	e.tabs.SelectIndex(tabUnits)
	if got := texts(tg.win.Canvas()); !contains(got, "Số lớp bồi dưỡng lý luận chính trị đã mở: báo cáo 40, tổng các đơn vị 35") {
		t.Errorf("no warning that a figure differs from the units' total: %v", got)
	}

	// An ordinary report has no such tab.
	tg.closeReport(t)
	tg.gui.openSample()
	tg.settle(t)
	tg.tap(t, overlayButton(t, tg.win.Canvas(), "Nhập thành lần lưu mới"))
	if e = tg.ed; e == nil || len(e.tabs.Items) != tabUnits {
		t.Errorf("an ordinary report has %d tabs, want no Các đơn vị", len(e.tabs.Items))
	}
}

func TestBreakLines(t *testing.T) {
	size := float32(12.5)
	style := fyne.TextStyle{Bold: true}
	got := breakLines("Số lớp bồi dưỡng lý luận chính trị đã mở", 90, size, style)
	lines := strings.Split(got, "\n")
	if len(lines) < 2 || strings.Join(strings.Fields(got), " ") != "Số lớp bồi dưỡng lý luận chính trị đã mở" {
		t.Fatalf("broken into %q, want the whole text on 2 lines or more", got)
	}
	for _, l := range lines {
		if w := fyne.MeasureText(l, size, style).Width; w > 90 && strings.Contains(l, " ") {
			t.Errorf("the line %q is %v wide, want 90 at most", l, w)
		}
	}
}
