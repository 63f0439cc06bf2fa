package xlsx

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"baocao/report/reporttest/readers"

	"golang.org/x/text/unicode/norm"
)

// noSpace is s composed, without its white space: text as a PDF's text
// layer gives it back whatever the line breaks.
func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}

// LibreOffice, a second reader, sees every long text whole: saved again
// by it, the workbook reads back the same; printed by it, every piece of
// every split text is on the page in full (a row too short for its text
// would cut its last lines off). XLSX_LONG_PNG names a folder to keep the
// pages as PNG, to look at.
func TestLibreOfficeLongTexts(t *testing.T) {
	readers.Soffice(t)
	for _, tool := range []string{"pdftotext", "pdftoppm"} {
		readers.Need(t, tool, "poppler-utils")
	}
	r := longTextsReport()
	data := export(t, r)
	dir := t.TempDir()
	in := filepath.Join(dir, "dai.xlsx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	readers.Convert(t, in, "xlsx:Calc Office Open XML", out)
	got, err := ReadFile(filepath.Join(out, "dai.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, r, got)

	readers.Convert(t, in, "pdf", dir)
	pdf := filepath.Join(dir, "dai.pdf")
	txt, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	printed := noSpace(string(txt))
	f := open(t, data)
	for _, sheet := range []string{sheetSections, sheetDocuments} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		col, tagCol := scLeft, scTag
		if sheet == sheetDocuments {
			col, tagCol = dcSummary, dcTag
		}
		pieces := 0
		for i, row := range rows {
			if len(row) < tagCol || !strings.ContainsAny(row[tagCol-1], "#+/~") {
				continue
			}
			pieces++
			if !strings.Contains(printed, noSpace(row[col-1])) {
				t.Errorf("%s row %d (%s): not printed whole: %.60q…", sheet, i+1, row[tagCol-1], row[col-1])
			}
		}
		if pieces < 3 {
			t.Errorf("%s: only %d pieces of split texts", sheet, pieces)
		}
	}
	if keep := os.Getenv("XLSX_LONG_PNG"); keep != "" {
		if out, err := exec.Command("pdftoppm", "-r", "60", "-png", pdf, filepath.Join(keep, "dai")).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, out)
		}
	}
}
