package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/report"
	"baocao/report/reporttest/readers"
	"baocao/report/xlsx"

	"github.com/xuri/excelize/v2"
)

// pdfText is the text of a PDF by pdftotext, white space dropped; "" with
// the test skipped (failed in CI) where poppler-utils is missing.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	return strings.Join(strings.Fields(readers.PDFText(t, path)), "")
}

// A province consolidates 130 communes (Ninh Bình has 129) and 1,000
// units into all three formats and the report file; the workbook reads
// back as the report file, and the list of who has sent, which is what
// passed Excel's row height before, is whole in every format.
func TestConsolidateManyUnits(t *testing.T) {
	for _, n := range []int{130, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			if n > 200 && raceEnabled {
				t.Skip("tested without the race detector (80 s under it)")
			}
			dir := t.TempDir()
			head := writeSample(t, dir, "tinh.json", nil)
			units := unitFilesEvery(t, dir, n, 1+n/200) // mostly report files, some workbooks
			out := filepath.Join(dir, "tong-hop")
			args := []string{"consolidate", "--as", head, "--pdf", out + ".pdf", "--xlsx", out + ".xlsx", "--docx", out + ".docx", "-o", out + ".json"}
			code, stdout, stderr := baocao(t, append(args, units...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, ext := range []string{".pdf", ".xlsx", ".docx", ".json"} {
				if !strings.Contains(stdout, "đã ghi "+out+ext) {
					t.Errorf("%s not written: %q", ext, stdout)
				}
			}
			want, err := report.ReadFile(out + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Breakdown) != n {
				t.Fatalf("%d units in the breakdown", len(want.Breakdown))
			}
			got, err := xlsx.ReadFile(out + ".xlsx")
			if err != nil {
				t.Fatal(err)
			}
			a, _ := report.Marshal(want)
			b, _ := report.Marshal(got)
			if string(a) != string(b) {
				t.Fatal("the workbook reads back other than the report file")
			}
			last := fmt.Sprintf("HUYỆN ỦY SỐ %d", n)
			if !strings.Contains(readers.FilePart(t, out+".docx", "word/document.xml"), last) {
				t.Errorf("the Word document lacks %q", last)
			}
			if !strings.Contains(pdfText(t, out+".pdf"), strings.ReplaceAll(last, " ", "")) {
				t.Errorf("the PDF lacks %q", last)
			}
		})
	}
}

// A pasted paragraph of 4,000 characters (validate says hợp lệ) exports
// to all three formats, and the workbook gives it back byte for byte.
func TestExportLongParagraph(t *testing.T) {
	dir := t.TempDir()
	r := report.Sample()
	var long strings.Builder
	n := 0
	for utf8.RuneCountInString(long.String()) < 4000 {
		n++
		fmt.Fprintf(&long, "Câu thứ %d về công tác tuyên truyền, giáo dục chính trị tư tưởng trong cán bộ, đảng viên. ", n)
	}
	r.Sections[0].Text = strings.TrimSpace(long.String())
	in := filepath.Join(dir, "dai.json")
	if err := report.WriteFile(in, r); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := baocao(t, "validate", in); code != exitOK {
		t.Fatalf("validate: exit %d: %s", code, stderr)
	}
	out := filepath.Join(dir, "dai")
	code, _, stderr := baocao(t, "export", in, "--pdf", out+".pdf", "--xlsx", out+".xlsx", "--docx", out+".docx")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, err := xlsx.ReadFile(out + ".xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if got.Sections[0].Text != r.Sections[0].Text {
		t.Fatal("the paragraph reads back changed")
	}
	last := fmt.Sprintf("Câu thứ %d ", n)
	if !strings.Contains(readers.FilePart(t, out+".docx", "word/document.xml"), last) || !strings.Contains(pdfText(t, out+".pdf"), strings.ReplaceAll(last, " ", "")) {
		t.Errorf("%q is missing from the Word document or the PDF", last)
	}
}

// A workbook whose narrative sheet a clerk deleted is refused, naming the
// sheet, and no report file is written (save would have replaced the
// archived narrative with none).
func TestImportDeletedSheet(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "bc.xlsx")
	if err := xlsx.WriteFile(book, report.Sample()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.DeleteSheet("Nội dung"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out := filepath.Join(dir, "bc.json")
	code, _, stderr := baocao(t, "import", book, "-o", out)
	if code != exitInput || !strings.Contains(stderr, `không thấy trang "Nội dung"`) || !strings.Contains(stderr, book) {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a report file was written")
	}
}

// The app's own export of 5,000 sections or 10,000 documents imports
// (was refused as "không phải tệp do Báo cáo sơ kết xuất ra").
func TestImportLargeExports(t *testing.T) {
	for name, edit := range map[string]func(r *report.Report){
		"5,000 sections": func(r *report.Report) {
			for i := range 5000 {
				r.Sections = append(r.Sections, report.Section{Heading: fmt.Sprintf("%d. Phần %d", i+4, i+4),
					Text: "Đoạn thứ nhất của phần.\n\nĐoạn thứ hai, dài hơn một chút, nói về kết quả công tác tuyên giáo."})
			}
		},
		"10,000 documents": func(r *report.Report) {
			for i := range 10000 {
				r.Documents = append(r.Documents, report.Document{Kind: report.DocChiThi, Symbol: fmt.Sprintf("%d-CT/TU", i+1),
					Date: "2019-03-01", Summary: "về tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng"})
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			if raceEnabled {
				t.Skip("tested without the race detector (50 s under it)")
			}
			dir := t.TempDir()
			r := report.Sample()
			edit(r)
			in := filepath.Join(dir, "lon.json")
			if err := report.WriteFile(in, r); err != nil {
				t.Fatal(err)
			}
			book := filepath.Join(dir, "lon.xlsx")
			if code, _, stderr := baocao(t, "export", in, "--xlsx", book); code != exitOK {
				t.Fatalf("export: exit %d: %s", code, stderr)
			}
			out := filepath.Join(dir, "lai.json")
			if code, _, stderr := baocao(t, "import", book, "-o", out); code != exitOK {
				t.Fatalf("import: exit %d: %.300s", code, stderr)
			}
			a, _ := os.ReadFile(in)
			b, _ := os.ReadFile(out)
			if string(a) != string(b) {
				t.Fatal("the report imported differs from the one exported")
			}
		})
	}
}

// A note of reading (here: the documents sheet, written empty, deleted)
// is printed by validate and export as by import, never dropped.
func TestNotesPrinted(t *testing.T) {
	dir := t.TempDir()
	r := report.Sample()
	r.Documents = nil
	book := filepath.Join(dir, "bc.xlsx")
	if err := xlsx.WriteFile(book, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	f.DeleteSheet("Văn bản")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, args := range [][]string{{"validate", book}, {"export", book, "--pdf", filepath.Join(dir, "bc.pdf")}, {"import", book, "-o", filepath.Join(dir, "bc.json")}} {
		_, _, stderr := baocao(t, args...)
		if !strings.Contains(stderr, book+`: lưu ý: không có trang "Văn bản"`) {
			t.Errorf("%s: stderr %q", args[0], stderr)
		}
	}
}
