package xlsx

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest/readers"

	"github.com/xuri/excelize/v2"
)

// fullSample is the sample with previous and plan figures, so that every
// percentage has a value.
func fullSample() *report.Report {
	r := report.Sample()
	r.Figures["llct.lop"] = report.Figure{Value: report.Int(35), Previous: report.Int(30), Plan: report.Int(60)}
	r.Figures["llct.hocvien"] = report.Figure{Value: report.Int(3286), Previous: report.Int(3314), Plan: report.Int(5000)}
	r.Figures["nq.thamgia"] = report.Figure{Value: report.Int(3286), Previous: report.Int(3000)}
	r.Figures["nq.dienhoc"] = report.Figure{Value: report.Int(3314), Previous: report.Int(3100)}
	return r
}

func TestWriteSheets(t *testing.T) {
	f := open(t, export(t, report.Sample()))
	want := []string{sheetFigures, sheetDocuments, sheetSections, sheetMeta}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	if v, _ := f.GetSheetVisible(sheetMeta); v {
		t.Fatal("the hidden sheet is visible")
	}
	if !strings.Contains(readers.Part(t, export(t, report.Sample()), "xl/workbook.xml"), `state="veryHidden"`) {
		t.Fatal("the metadata sheet is not very hidden")
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Fatal("the figures sheet is not the active one")
	}
}

func TestWriteHeader(t *testing.T) {
	f := open(t, export(t, report.Sample()))
	for cell, want := range map[string]string{
		"A1": "TỈNH ỦY HÀ NAM", "A2": "BAN TUYÊN GIÁO", "A3": "*", "A4": "Số 45-BC/BTGTU",
		"D1": "ĐẢNG CỘNG SẢN VIỆT NAM", "D4": "Hà Nam, ngày 05 tháng 7 năm 2019",
		"A6": "BÁO CÁO", "A7": report.Sample().Summary,
		"A9": "STT", "B9": "Chỉ tiêu", "C9": "Đơn vị tính", "D9": "6 tháng", "E9": "Cùng kỳ",
		"F9": "So sánh (%)", "G9": "Kế hoạch năm", "H9": "Đạt % KH",
	} {
		if got, _ := f.GetCellValue(sheetFigures, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	r := report.Sample()
	r.Period.Kind = report.KindYear
	f = open(t, export(t, r))
	if got, _ := f.GetCellValue(sheetFigures, "D9"); got != "Cả năm" {
		t.Errorf("the value column of a yearly report is %q", got)
	}
}

// Every indicator is listed, in its group; what is not reported is empty.
func TestWriteAllIndicators(t *testing.T) {
	cat := report.DefaultCatalogue()
	f := open(t, export(t, report.Sample()))
	rows, _ := f.GetRows(sheetFigures)
	var codes, groups []string
	for _, row := range rows[frHeader:] {
		switch {
		case len(row) >= fcTag && row[fcTag-1] != "":
			codes = append(codes, row[fcTag-1])
		case len(row) >= fcName && row[fcSTT-1] == report.FormatRoman(len(groups)+1):
			groups = append(groups, row[fcName-1])
		}
	}
	if len(groups) != len(cat.Groups) || groups[0] != cat.Groups[0].Name {
		t.Fatalf("group rows %q", groups)
	}
	if len(codes) != len(cat.Indicators) {
		t.Fatalf("%d indicator rows, want %d", len(codes), len(cat.Indicators))
	}
	for i, in := range cat.Indicators {
		if codes[i] != in.Code {
			t.Fatalf("row %d is %s, want %s", i, codes[i], in.Code)
		}
	}
	row := findRow(t, f, "th.lop")
	for _, col := range []int{fcValue, fcPrevious, fcPlan} {
		c := cellName(col, row)
		if v, _ := f.GetCellValue(sheetFigures, c); v != "" {
			t.Errorf("unreported %s = %q, want empty", c, v)
		}
		if typ, _ := f.GetCellType(sheetFigures, c); typ != excelize.CellTypeUnset {
			t.Errorf("unreported %s has type %v", c, typ)
		}
	}
}

func TestWriteNumbersAndFormulas(t *testing.T) {
	data := export(t, fullSample())
	f := open(t, data)
	raw := func(cell string) string {
		v, err := f.GetCellValue(sheetFigures, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	numFmt := func(cell string) int {
		id, _ := f.GetCellStyle(sheetFigures, cell)
		st, _ := f.GetStyle(id)
		return st.NumFmt
	}
	row := findRow(t, f, "llct.hocvien")
	d, e, fv, h := cellName(fcValue, row), cellName(fcPrevious, row), cellName(fcVsPrevious, row), cellName(fcVsPlan, row)
	if raw(d) != "3286" || numFmt(d) != numFmtInt {
		t.Errorf("%s = %q format %d, want the number 3286 as #,##0", d, raw(d), numFmt(d))
	}
	if typ, _ := f.GetCellType(sheetFigures, d); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("%s is not a number: %v", d, typ)
	}
	if got, _ := f.GetCellValue(sheetFigures, d); got != "3,286" { // excelize formats as en-US
		t.Errorf("%s shows %q", d, got)
	}
	checkFormula := func(cell, wantFormula string, want float64) {
		t.Helper()
		formula, _ := f.GetCellFormula(sheetFigures, cell)
		if formula != wantFormula {
			t.Errorf("%s formula %q, want %q", cell, formula, wantFormula)
		}
		if numFmt(cell) != numFmtPercent && want < 10 {
			t.Errorf("%s format %d, want 0.00%%", cell, numFmt(cell))
		}
		var got float64
		if _, err := fmtSscan(raw(cell), &got); err != nil || math.Abs(got-want) > 1e-9 {
			t.Errorf("%s cached %q, want %v", cell, raw(cell), want)
		}
		// The cached value is a number, not text.
		if typ, _ := f.GetCellType(sheetFigures, cell); typ == excelize.CellTypeFormula {
			t.Errorf("%s caches its value as text", cell)
		}
	}
	checkFormula(fv, `IF(AND(ISNUMBER(`+d+`),ISNUMBER(`+e+`),`+e+`>0),`+d+`/`+e+`,"")`, 3286.0/3314)
	checkFormula(h, `IF(AND(ISNUMBER(`+d+`),ISNUMBER(G`+itoa(row)+`),G`+itoa(row)+`>0),`+d+`/G`+itoa(row)+`,"")`, 3286.0/5000)
	ty := findRow(t, f, "nq.tyle")
	num, den := findRow(t, f, "nq.thamgia"), findRow(t, f, "nq.dienhoc")
	checkFormula(cellName(fcValue, ty), `IF(AND(ISNUMBER(D`+itoa(num)+`),ISNUMBER(D`+itoa(den)+`),D`+itoa(den)+`>0),D`+itoa(num)+`/D`+itoa(den)+`,"")`, 3286.0/3314)
	tong := findRow(t, f, "vb.tong")
	formula, _ := f.GetCellFormula(sheetFigures, cellName(fcValue, tong))
	if !strings.HasPrefix(formula, "IF(COUNT(") || raw(cellName(fcValue, tong)) != "2" {
		t.Errorf("vb.tong: %q cached %q", formula, raw(cellName(fcValue, tong)))
	}
	chithi := cellName(fcValue, findRow(t, f, "vb.chithi"))
	formula, _ = f.GetCellFormula(sheetFigures, chithi)
	if formula != `COUNTIF('Văn bản'!$D:$D,"Chỉ thị")` || raw(chithi) != "1" {
		t.Errorf("vb.chithi: %q cached %q", formula, raw(chithi))
	}
	// Percentages with nothing to compare are empty, not 0.
	empty := cellName(fcVsPrevious, findRow(t, f, "th.lop"))
	if raw(empty) != "" {
		t.Errorf("%s = %q, want empty", empty, raw(empty))
	}
	// The styles use Times New Roman.
	if !strings.Contains(readers.Part(t, data, "xl/styles.xml"), `<name val="Times New Roman"`) {
		t.Error("no Times New Roman in the styles")
	}
}

// Text that looks like a formula stays text: no <f> element, the text
// itself in the cell.
func TestWriteFormulaLookalikesAreText(t *testing.T) {
	r := report.Sample()
	r.Summary = "=1+1"
	r.Documents[0].Summary = "+SUM(A1:A3)"
	r.Documents[0].Symbol = "-1"
	r.Sections[1].Heading = "@A1"
	r.Sections[1].Text = "=HYPERLINK(\"http://x\")\n\n-2+3"
	r.Recipients[0] = "=cmd|' /C calc'!A0"
	data := export(t, r)
	cellRE := regexp.MustCompile(`<c [^>]*>(.*?)</c>`)
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"} {
		x := readers.Part(t, data, part)
		for _, m := range cellRE.FindAllStringSubmatch(x, -1) {
			if strings.Contains(m[1], "<f>") && (strings.Contains(m[1], "1+1") || strings.Contains(m[1], "SUM(A1") ||
				strings.Contains(m[1], "HYPERLINK") || strings.Contains(m[1], "cmd") || strings.Contains(m[1], "-2+3") || strings.Contains(m[1], "@A1")) {
				t.Errorf("%s: text written as a formula: %s", part, m[0])
			}
		}
	}
	f := open(t, data)
	for _, c := range []struct{ sheet, cell, want string }{
		{sheetFigures, cellName(fcSTT, frSummary), "=1+1"},
		{sheetDocuments, cellName(dcSummary, drHeader+1), "+SUM(A1:A3)"},
		{sheetDocuments, cellName(dcSymbol, drHeader+1), "-1"},
	} {
		if v, _ := f.GetCellValue(c.sheet, c.cell); v != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.cell, v, c.want)
		}
		if fm, _ := f.GetCellFormula(c.sheet, c.cell); fm != "" {
			t.Errorf("%s!%s has formula %q", c.sheet, c.cell, fm)
		}
	}
	got, err := readBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, r, got)
}

func TestWritePrintSetup(t *testing.T) {
	r := report.Sample()
	r.Breakdown = []report.UnitRow{{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 3}}}
	f := open(t, export(t, r))
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	for sheet, rows := range map[string]string{sheetFigures: "$9:$9", sheetDocuments: "$4:$4", sheetUnits: "$4:$4"} {
		if want := "'" + sheet + "'!" + rows; titles[sheet] != want {
			t.Errorf("%s: print titles %q, want %q", sheet, titles[sheet], want)
		}
	}
	for _, sheet := range []string{sheetFigures, sheetDocuments, sheetSections} {
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if *pl.Size != 9 || *pl.Orientation != "portrait" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
			t.Errorf("%s: page layout size %d %s fit %d×%d", sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
		}
		props, _ := f.GetSheetProps(sheet)
		if props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: fit to page is off", sheet)
		}
		m, err := f.GetPageMargins(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for name, got := range map[string]float64{"top": *m.Top * 25.4, "bottom": *m.Bottom * 25.4, "left": *m.Left * 25.4, "right": *m.Right * 25.4} {
			want := map[string]float64{"top": 20, "bottom": 20, "left": 30, "right": 15}[name]
			if math.Abs(got-want) > 0.01 {
				t.Errorf("%s: %s margin %.2f mm, want %.0f", sheet, name, got, want)
			}
		}
	}
	panes, err := f.GetPanes(sheetFigures)
	if err != nil || !panes.Freeze || panes.YSplit != frHeader {
		t.Errorf("figures sheet panes %+v, want frozen below row %d", panes, frHeader)
	}
	if v, _ := f.GetColVisible(sheetFigures, colName(fcTag)); v {
		t.Error("the code column is visible")
	}
}

func TestWriteUnits(t *testing.T) {
	r := report.Sample()
	r.Breakdown = []report.UnitRow{
		{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 5, "vb.tong": 3}},
		{Superior: "HUYỆN ỦY LÝ NHÂN", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 7, "llct.hocvien": 1200}},
	}
	f := open(t, export(t, r))
	if v, _ := f.GetCellValue(sheetUnits, cellName(ucUnit, urHeader+1)); v != "BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG" {
		t.Errorf("unit label %q", v)
	}
	total := urHeader + 3
	if v, _ := f.GetCellValue(sheetUnits, cellName(ucSTT, total)); v != "Tổng cộng" {
		t.Errorf("total label %q", v)
	}
	fm, _ := f.GetCellFormula(sheetUnits, cellName(ucMain, total))
	v, _ := f.GetCellValue(sheetUnits, cellName(ucMain, total), excelize.Options{RawCellValue: true})
	if fm != `IF(COUNT(C5:C6)=0,"",SUM(C5:C6))` || v != "12" {
		t.Errorf("total of llct.lop: %q cached %q", fm, v)
	}
	v, _ = f.GetCellValue(sheetUnits, cellName(ucMain+2, total), excelize.Options{RawCellValue: true})
	if v != "" {
		t.Errorf("total of a column with no figure = %q, want empty", v)
	}

	// No unit yet: a total row without formulas (a formula would refer to
	// itself).
	r.Breakdown = []report.UnitRow{}
	f = open(t, export(t, r))
	if v, _ := f.GetCellValue(sheetUnits, cellName(ucSTT, urHeader+1)); v != "Tổng cộng" {
		t.Fatalf("total label %q", v)
	}
	for j := range report.DefaultCatalogue().MainIndicators() {
		if fm, _ := f.GetCellFormula(sheetUnits, cellName(ucMain+j, urHeader+1)); fm != "" {
			t.Errorf("empty breakdown: formula %q", fm)
		}
	}
}

// A text too long for a cell is refused, naming it, and the file already
// at the path is left as it was.
func TestWriteFileRefusesTooLongText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bc.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := report.Sample()
	r.Documents[1].Symbol = strings.Repeat("ả", excelize.TotalCellChars+1)
	err := WriteFile(path, r)
	if err == nil || !strings.Contains(err.Error(), "Số, ký hiệu văn bản thứ 2") || !strings.Contains(err.Error(), path) {
		t.Fatalf("got %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatal("the old file was damaged")
	}
	if err := WriteFile(path, report.Sample()); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFile(path); err != nil || got.Number != "45" {
		t.Fatalf("read back: %v", err)
	}
}

// Write does not touch the report it is given.
func TestWriteLeavesReportAlone(t *testing.T) {
	r := report.Sample()
	before, _ := report.Marshal(r)
	export(t, r)
	after, _ := report.Marshal(r)
	if !bytes.Equal(before, after) {
		t.Fatal("Write changed the report")
	}
	if err := Write(&bytes.Buffer{}, nil); err == nil {
		t.Fatal("no error for a nil report")
	}
	if err := Write(failWriter{}, r); err == nil || !strings.Contains(err.Error(), "xuất Excel") {
		t.Fatalf("got %v", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("đĩa đầy") }
