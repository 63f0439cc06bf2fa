package xlsx

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest/readers"
)

// LibreOffice is the second, independent reader of the workbook. It runs
// hermetically (report/reporttest/readers): a profile of its own in the
// Vietnamese locale, recalculating every formula on load, and a fontconfig
// that knows only the shipped Tinos.

// csvAllSheets is the CSV filter writing every sheet (LibreOffice ≥ 7.2):
// UTF-8, cells as shown.
const csvAllSheets = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

// loSheets converts a workbook to CSV with LibreOffice and returns the
// cells of each sheet by name.
func loSheets(t *testing.T, data []byte) map[string][][]string {
	t.Helper()
	readers.Soffice(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "bc.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	readers.Convert(t, path, csvAllSheets, dir)
	sheets := map[string][][]string{}
	files, _ := filepath.Glob(filepath.Join(dir, "bc-*.csv"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rd := csv.NewReader(bytes.NewReader(b))
		rd.FieldsPerRecord = -1
		rows, err := rd.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "bc-"), ".csv")
		sheets[name] = rows
	}
	if len(sheets) == 0 {
		t.Fatalf("LibreOffice wrote no CSV (files: %v)", files)
	}
	return sheets
}

// rowOf returns the CSV row whose column col (1-based) is key.
func rowOf(t *testing.T, rows [][]string, col int, key string) []string {
	t.Helper()
	for _, r := range rows {
		if len(r) >= col && r[col-1] == key {
			return r
		}
	}
	t.Fatalf("no row with %q", key)
	return nil
}

func checkRow(t *testing.T, row []string, want map[int]string) {
	t.Helper()
	for col, w := range want {
		if got := row[col-1]; got != w {
			t.Errorf("%s, column %s: LibreOffice shows %q, want %q", row[fcTag-1], colName(col), got, w)
		}
	}
}

func TestLibreOfficeReadsWorkbook(t *testing.T) {
	r := fullSample()
	r.Breakdown = []report.UnitRow{
		{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 5, "llct.hocvien": 1286}},
		{Superior: "HUYỆN ỦY LÝ NHÂN", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 7, "llct.hocvien": 2000}},
	}
	sheets := loSheets(t, export(t, r))
	fig := sheets[sheetFigures]
	checkRow(t, rowOf(t, fig, fcTag, "llct.hocvien"), map[int]string{
		fcValue: "3.286", fcPrevious: "3.314", fcVsPrevious: "99,16%", fcPlan: "5.000", fcVsPlan: "65,72%",
	})
	checkRow(t, rowOf(t, fig, fcTag, "llct.lop"), map[int]string{
		fcValue: "35", fcPrevious: "30", fcVsPrevious: "116,67%", fcPlan: "60", fcVsPlan: "58,33%",
	})
	checkRow(t, rowOf(t, fig, fcTag, "nq.tyle"), map[int]string{
		fcValue: "99,16%", fcPrevious: "96,77%", fcVsPrevious: "", fcPlan: "", fcVsPlan: "",
	})
	// A consolidated report's vb.* are typed sums, not the documents' count.
	checkRow(t, rowOf(t, fig, fcTag, "th.lop"), map[int]string{fcValue: "", fcPrevious: "", fcVsPrevious: "", fcVsPlan: ""})
	if got := fig[frNumber-1][fcValue-1]; got != "Hà Nam, ngày 05 tháng 7 năm 2019" {
		t.Errorf("place and date %q", got)
	}
	units := sheets[sheetUnits]
	checkRow(t, rowOf(t, units, ucSTT, "Tổng cộng"), map[int]string{ucMain: "12", ucMain + 1: "3.286"})
	docs := sheets[sheetDocuments]
	d := rowOf(t, docs, dcSymbol, "23-CT/TU")
	if d[dcDate-1] != "15/03/2019" || d[dcKind-1] != "Chỉ thị" {
		t.Errorf("document row %q", d)
	}
	text := ""
	for _, row := range sheets[sheetSections] {
		text += strings.Join(row, " ") + "\n"
	}
	if !strings.Contains(text, "toàn tỉnh đã mở được 35 lớp với tổng số 3.286 học viên") {
		t.Error("the sections sheet does not show the figures filled in")
	}
}

// The documents' counts and the derived rows are formulas LibreOffice
// computes: a workbook whose figures were changed by a program that does
// not recalculate shows the new results.
func TestLibreOfficeRecalculates(t *testing.T) {
	f := open(t, export(t, fullSample()))
	f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "llct.lop")), 40)
	f.SetCellInt(sheetFigures, cellName(fcPrevious, findRow(t, f, "llct.lop")), 0)
	f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "nq.dienhoc")), 6572)
	f.SetCellStr(sheetDocuments, cellName(dcKind, drHeader+2), "Chỉ thị")
	sheets := loSheets(t, save(t, f))
	fig := sheets[sheetFigures]
	checkRow(t, rowOf(t, fig, fcTag, "llct.lop"), map[int]string{fcVsPrevious: "", fcVsPlan: "66,67%"})
	checkRow(t, rowOf(t, fig, fcTag, "nq.tyle"), map[int]string{fcValue: "50,00%"})
	checkRow(t, rowOf(t, fig, fcTag, "vb.chithi"), map[int]string{fcValue: "2"})
	checkRow(t, rowOf(t, fig, fcTag, "vb.kehoach"), map[int]string{fcValue: "0"})
	checkRow(t, rowOf(t, fig, fcTag, "vb.tong"), map[int]string{fcValue: "2"})
}

// A workbook opened and saved again in LibreOffice reads back the same.
func TestLibreOfficeResave(t *testing.T) {
	readers.Soffice(t)
	for _, r := range []*report.Report{report.Sample(), generate(5), generate(8)} {
		dir := t.TempDir()
		in := filepath.Join(dir, "in.xlsx")
		if err := os.WriteFile(in, export(t, r), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "out")
		readers.Convert(t, in, "xlsx:Calc Office Open XML", out)
		got, err := ReadFile(filepath.Join(out, "in.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		sameReport(t, r, got)
	}
}

// The workbook prints on A4 portrait, one page wide; the PNG of its first
// page is written where XLSX_PRINT_PNG says (docs/xlsx-print.png).
func TestLibreOfficePrint(t *testing.T) {
	readers.Soffice(t)
	for _, tool := range []string{"pdfinfo", "pdftotext", "pdftoppm"} {
		readers.Need(t, tool, "poppler-utils")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "bc.xlsx")
	if err := os.WriteFile(path, export(t, fullSample()), 0o644); err != nil {
		t.Fatal(err)
	}
	readers.Convert(t, path, "pdf", dir)
	pdf := filepath.Join(dir, "bc.pdf")
	info, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)`).Match(info) {
		t.Fatalf("not A4 portrait:\n%s", info)
	}
	pages := readers.PDFPages(t, pdf)
	// One page wide: no word beyond the right margin (15 mm), and every
	// column heading on the first page.
	const right = 595.3 - 15*72/25.4 + 2
	for _, p := range pages {
		for _, w := range p.Words() {
			if w.X1 > right {
				t.Errorf("%q ends at %.1f pt, beyond the right margin (%.1f)", w.Text, w.X1, right)
			}
		}
	}
	first := map[string]bool{}
	for _, w := range pages[0].Words() {
		first[w.Text] = true
	}
	for _, w := range []string{"BÁO", "STT", "Chỉ", "Cùng", "Đạt", "KH", "3.286", "99,16%"} {
		if !first[w] {
			t.Errorf("page 1 lacks %q", w)
		}
	}
	png := filepath.Join(dir, "page")
	if out, err := exec.Command("pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, png).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	if dst := os.Getenv("XLSX_PRINT_PNG"); dst != "" {
		b, err := os.ReadFile(png + ".png")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
