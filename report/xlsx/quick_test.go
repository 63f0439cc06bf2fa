package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// withParts returns a workbook with parts replaced or added.
func withParts(t testing.TB, data []byte, parts map[string]string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	done := map[string]bool{}
	for _, f := range zr.File {
		if content, ok := parts[f.Name]; ok {
			w, _ := zw.Create(f.Name)
			w.Write([]byte(content))
			done[f.Name] = true
			continue
		}
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	for name := range parts {
		if !done[name] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		w, _ := zw.Create(name)
		w.Write([]byte(parts[name]))
	}
	zw.Close()
	return buf.Bytes()
}

// quickRows opens a workbook the quick way; ok false when it falls back.
func quickRows(t testing.TB, data []byte) (*quickBook, bool) {
	t.Helper()
	p, err := precheck(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("precheck: %v", err)
	}
	return quickOpen(p)
}

// sameAsExcelize checks that what quickOpen gives is what excelize gives:
// the sheets, their rows as GetRows with RawCellValue, the 1904 flag.
func sameAsExcelize(t testing.TB, q *quickBook, data []byte) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), openOptions)
	if err != nil {
		t.Fatalf("quickOpen accepts a workbook excelize does not open: %v", err)
	}
	defer f.Close()
	if names := f.GetSheetList(); !reflect.DeepEqual(q.names, names) {
		t.Fatalf("sheets %q, excelize %q", q.names, names)
	}
	date1904 := false
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	if q.date1904 != date1904 {
		t.Errorf("date1904 %v, excelize %v", q.date1904, date1904)
	}
	for _, n := range q.names {
		want, err := f.GetRows(n, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("excelize GetRows(%q): %v", n, err)
		}
		if got := q.rows[n]; !reflect.DeepEqual(got, want) {
			t.Errorf("sheet %q: rows differ from excelize's\n got  %q\n want %q", n, got, want)
		}
	}
}

// sameTypes checks that the one-pass scan notes the same cell types as
// scanSheet.
func sameTypes(t testing.TB, data []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") || filepath.Ext(f.Name) != ".xml" {
			continue
		}
		part, err := readPart(f)
		if err != nil {
			t.Fatal(err)
		}
		want, werr := scanSheet(f.Name, part)
		got, gerr := scanWorksheet(f.Name, part, nil, true)
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Fatalf("%s: error %v, scanSheet %v", f.Name, gerr, werr)
		}
		if werr == nil && !reflect.DeepEqual(got.types, want) {
			t.Errorf("%s: types differ from scanSheet's", f.Name)
		}
	}
}

// A sheet with every kind of cell, and shared strings with entities, rich
// text, phonetic runs and Excel's escapes.
const (
	testSheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:H10"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="2" width="12"/></cols><sheetData>
<row r="1" spans="1:8" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c><c r="F1" s="2"/></row>
<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" t="str"><f>A1&amp;"x"</f><v>ab&lt;c</v></c><c r="F2" s="3"/><c r="G2" t="str"><f ca="1">""</f><v></v></c></row>
<row r="4"><c r="B4" t="inlineStr"><is><t xml:space="preserve"> lead &amp; trail </t></is></c><c r="C4" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>rich</t></r><r><t xml:space="preserve"> run _x000D_</t></r></is></c><c r="D4"><v>3.5</v></c><c r="E4"><v>1E-3</v></c><c r="H4" t="n"><v>42</v></c></row>
<row r="5"><c t="s"><v>3</v></c><c t="s"><v>4</v></c><c><v>7</v></c><c t="d"><v>2019-07-05T00:00:00Z</v></c></row>
<row><c r="B6" t="s"><v> 5 </v></c><c r="D6" t="s"><v>6</v></c></row>
<row r="8"><c r="A8" t="s"><v>99</v></c><c r="B8"><f>SUM(A1:A2)</f></c><c r="C8" t="s"><v>6</v></c><c r="D8" t="inlineStr"><v>ignored</v></c><c r="E8" t="inlineStr"><is><t></t></is></c></row>
<row r="9"><c r="A9"/><c r="B9" s="1"></c></row>
<row r="10" customHeight="1" ht="20"/>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
	testSST = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">` +
		`<si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#x1EA1;</t></si>` +
		`<si><r><rPr><b/><color rgb="FFFF0000"/><rFont val="Arial"/><family val="2"/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r></si>` +
		`<si><t>line1_x000D__x000A_line2 _x005F_x0041_ _x0041_ _xD800_.</t></si>` +
		`<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>` +
		`<si><t/></si>` +
		`<si><t xml:space="preserve">  </t></si>` +
		"<si><t>dòng a\r\ndòng b\rdòng c&#13;\n</t></si>" +
		`</sst>`
)

// testWorkbook is a workbook of excelize's with testSheet and testSST.
func testWorkbook(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	return withParts(t, save(t, f), map[string]string{
		"xl/worksheets/sheet1.xml": testSheet,
		"xl/sharedStrings.xml":     testSST,
	})
}

// The rows read in the pre-scan are those excelize's GetRows reads, on
// the workbooks the program exports, on LibreOffice's and on a workbook
// with every kind of cell.
func TestQuickRowsMatchExcelize(t *testing.T) {
	books := map[string][]byte{
		"sample":     export(t, report.Sample()),
		"full":       export(t, fullSample()),
		"generated3": export(t, generate(3)),
		"generated8": export(t, generate(8)),
		"cells":      testWorkbook(t),
	}
	for name, data := range books {
		t.Run(name, func(t *testing.T) {
			q, ok := quickRows(t, data)
			if !ok {
				t.Fatal("quickOpen fell back on excelize")
			}
			sameAsExcelize(t, q, data)
			sameTypes(t, data)
		})
	}
	// The test is able to fail: the values are there.
	q, _ := quickRows(t, books["cells"])
	rows := q.rows["Sheet1"]
	for _, c := range []struct {
		row, col int
		want     string
	}{
		{1, 1, `a & b <c> "d" 'e' éạ`},
		{1, 5, "line1\r\nline2 _x0041_ A ."},
		{4, 3, "rich run \r"},
		{6, 4, "dòng a\ndòng b\ndòng c\r\n"},
		{8, 2, ""},
	} {
		if c.row > len(rows) || c.col > len(rows[c.row-1]) || rows[c.row-1][c.col-1] != c.want {
			t.Errorf("row %d, column %d: want %q in %q", c.row, c.col, c.want, rows)
		}
	}
}

// A workbook re-saved by LibreOffice (shared strings, its own XML) is read
// the quick way, with the rows excelize reads.
func TestQuickRowsLibreOffice(t *testing.T) {
	lo := libreOffice(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.xlsx")
	r := fullSample()
	r.Breakdown = []report.UnitRow{{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 5}}}
	if err := os.WriteFile(in, export(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	convert(t, lo, in, "xlsx:Calc Office Open XML", out)
	data, err := os.ReadFile(filepath.Join(out, "in.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sheetXML(t, data, "xl/sharedStrings.xml"), "<si>") {
		t.Fatal("LibreOffice wrote no shared strings")
	}
	q, ok := quickRows(t, data)
	if !ok {
		t.Fatal("quickOpen fell back on excelize")
	}
	sameAsExcelize(t, q, data)
	sameTypes(t, data)
}

// What the pre-scan does not read is left to excelize, and the workbook
// still reads.
func TestQuickFallsBack(t *testing.T) {
	data := export(t, report.Sample())
	for name, tc := range map[string]struct{ part, old, new string }{
		"comment":        {"xl/worksheets/sheet1.xml", "<sheetData>", "<sheetData><!-- ghi chú -->"},
		"utf8 label":     {"xl/sharedStrings.xml", `encoding="UTF-8"`, `encoding="utf8"`},
		"prefixed r":     {"xl/worksheets/sheet1.xml", `<c r="A1"`, `<c x:r="A1"`},
		"cell in a cell": {"xl/worksheets/sheet1.xml", `<c r="A1" s="1" t="inlineStr"><is>`, `<c r="A1" s="1" t="inlineStr"><is><x><c/></x>`},
		"bad rich text":  {"xl/sharedStrings.xml", `<si><t>format</t></si>`, `<si><r><rPr><sz val="mười"/></rPr><t>format</t></r></si>`},
	} {
		t.Run(name, func(t *testing.T) {
			bad := stored(t, data, tc.part, tc.old, tc.new)
			if bytes.Equal(bad, stored(t, data, "", "", "")) {
				t.Fatal("the mutation changed nothing")
			}
			if _, ok := quickRows(t, bad); ok {
				t.Fatal("quickOpen did not fall back")
			}
			quickR, quickErr := readBytes(bad)
			// The same read, all by excelize.
			if strings.Contains(name, "rich") {
				if quickErr == nil {
					t.Fatal("a shared strings part excelize cannot decode was accepted")
				}
				return
			}
			if quickErr != nil {
				t.Fatal(quickErr)
			}
			sameReport(t, report.Sample(), quickR)
		})
	}
}

// FuzzQuickRows checks the pre-scan against excelize on any sheet and
// shared strings: whatever quickOpen accepts, excelize opens and reads to
// the same rows; the one-pass scan's limits and types are scanSheet's.
func FuzzQuickRows(f *testing.F) {
	f.Add([]byte(testSheet), []byte(testSST))
	sample := export(f, report.Sample())
	sst := sheetXML(f, sample, "xl/sharedStrings.xml")
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"} {
		f.Add([]byte(sheetXML(f, sample, part)), []byte(sst))
	}
	f.Add([]byte(`<worksheet><sheetData><row r="3"><c r="B3" t="s"><v>1</v></c></row><row r="2"><c r="C2"><v>1</v></c><c r="A2" t="b"><v>1</v></c></row><row><c><v>x</v></c></row></sheetData></worksheet>`),
		[]byte(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si><si><r><t>b</t></r><t>c</t></si></sst>`))
	base := testWorkbook(f)
	f.Fuzz(func(t *testing.T, sheet, sst []byte) {
		want, werr := scanSheet("xl/worksheets/sheet1.xml", sheet)
		got, gerr := scanWorksheet("xl/worksheets/sheet1.xml", sheet, nil, true)
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Fatalf("error %v, scanSheet %v", gerr, werr)
		}
		if werr == nil && !reflect.DeepEqual(got.types, want) {
			t.Fatalf("types differ from scanSheet's")
		}
		data := withParts(t, base, map[string]string{
			"xl/worksheets/sheet1.xml": string(sheet),
			"xl/sharedStrings.xml":     string(sst),
		})
		p, err := precheck(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		q, ok := quickOpen(p)
		if !ok {
			return
		}
		defer func() {
			if v := recover(); v != nil {
				t.Fatalf("excelize panics on a workbook quickOpen accepts: %v", v)
			}
		}()
		sameAsExcelize(t, q, data)
	})
}

// FuzzQuickRowsShapes builds well-formed sheets from the fuzzer's bytes —
// rows out of order or without numbers, cells without references or
// backwards, every cell type, values with entities, line ends and Excel's
// escapes, shared string indexes out of the table — and checks that
// quickOpen reads them as excelize does.
func FuzzQuickRowsShapes(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Add([]byte("row 3, row 2, a cell in C then A; shared 9; inline rich"))
	base := testWorkbook(f)
	values := []string{"", "1", " 2 ", "x", "a &amp; b", "&#13;\r\n", "_x000D_", "_x005F_x0041_", "-1", "99", "3.5", "TRUE", "  ", "\r"}
	types := []string{"", "s", "str", "inlineStr", "b", "e", "n", "d", "S", "x"}
	f.Fuzz(func(t *testing.T, prog []byte) {
		i := 0
		next := func() int {
			if i >= len(prog) {
				return 0
			}
			i++
			return int(prog[i-1])
		}
		var b strings.Builder
		b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		for i < len(prog) {
			op := next()
			switch op % 8 {
			case 0, 1, 2, 3:
				if op&16 != 0 {
					b.WriteString(`<row>`)
				} else {
					fmt.Fprintf(&b, `<row r="%d">`, 1+next()%12)
				}
				for n := next() % 6; n > 0; n-- {
					c := next()
					b.WriteString(`<c`)
					if c&1 != 0 {
						fmt.Fprintf(&b, ` r="%s%d"`, colName(1+next()%10), 1+next()%12)
					}
					if ty := types[next()%len(types)]; ty != "" {
						fmt.Fprintf(&b, ` t="%s"`, ty)
					}
					if c&2 != 0 {
						b.WriteString(`/>`)
						continue
					}
					b.WriteString(`>`)
					if c&4 != 0 {
						fmt.Fprintf(&b, `<f>%s</f>`, values[next()%len(values)])
					}
					if c&8 != 0 {
						fmt.Fprintf(&b, `<v>%s</v>`, values[next()%len(values)])
					}
					if c&16 != 0 {
						fmt.Fprintf(&b, `<is><t>%s</t><r><t>%s</t></r></is>`, values[next()%len(values)], values[next()%len(values)])
					}
					b.WriteString(`</c>`)
				}
				b.WriteString(`</row>`)
			case 4:
				b.WriteString(`<row r="2"/>`)
			case 5:
				fmt.Fprintf(&b, `<c r="B%d"><v>loose</v></c>`, 1+next()%5)
			default:
				fmt.Fprintf(&b, `<row r="%d"><c t="s"><v>%d</v></c></row>`, 1+next()%12, next()%9)
			}
		}
		b.WriteString(`</sheetData></worksheet>`)
		data := withParts(t, base, map[string]string{"xl/worksheets/sheet1.xml": b.String()})
		q, ok := quickRows(t, data)
		if !ok {
			t.Fatalf("quickOpen fell back on %s", b.String())
		}
		sameAsExcelize(t, q, data)
	})
}
