package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest/readers"
)

// TestUnitCharts: a consolidated report's workbook carries a bar chart of
// classes and one of learners, one bar a unit, drawn from the units table.
func TestUnitCharts(t *testing.T) {
	r := report.Sample()
	r.Breakdown = []report.UnitRow{
		{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 5, "llct.hocvien": 400}},
		{Superior: "HUYỆN ỦY LÝ NHÂN", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 7, "llct.hocvien": 1200}},
		{Superior: "THÀNH ỦY PHỦ LÝ", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 23, "llct.hocvien": 1686}},
	}
	data := export(t, r)
	charts := readers.Parts(t, data, "xl/charts/chart")
	if len(charts) != 2 {
		t.Fatalf("%d charts, want 2 (classes, learners)", len(charts))
	}
	all := strings.ReplaceAll(strings.Join([]string{charts["xl/charts/chart1.xml"], charts["xl/charts/chart2.xml"]}, "\n"), "&#39;", "'")
	for _, want := range []string{
		`<barDir val="bar">`,
		"'Các đơn vị'!$B$5:$B$7", // the units as categories
		"'Các đơn vị'!$C$5:$C$7", // classes
		"'Các đơn vị'!$D$5:$D$7", // learners
		"Số lớp bồi dưỡng lý luận chính trị đã mở (lớp)",
		"Số học viên các lớp lý luận chính trị (học viên)",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("charts lack %q", want)
		}
	}
	// The workbook still reads back as the same report.
	back, err := Read(bytes.NewReader(data), int64(len(data)), "bieu-do.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Breakdown) != 3 || back.Breakdown[2].Figures["llct.hocvien"] != 1686 {
		t.Errorf("breakdown read back: %+v", back.Breakdown)
	}
}
