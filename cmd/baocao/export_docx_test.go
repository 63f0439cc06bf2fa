package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report/reporttest/readers"
)

// --docx writes the Word document, alone or with --pdf and --xlsx in the
// same call.
func TestExportDocx(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "hanam.json", nil)
	docxOut := filepath.Join(dir, "hanam.docx")
	pdfOut, xlsxOut := filepath.Join(dir, "hanam.pdf"), filepath.Join(dir, "hanam.xlsx")
	code, stdout, stderr := baocao(t, "export", in, "--docx", docxOut, "--pdf", pdfOut, "--xlsx", xlsxOut)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, p := range []string{docxOut, pdfOut, xlsxOut} {
		if !strings.Contains(stdout, "đã ghi "+p) {
			t.Errorf("does not say it wrote %s: %q", p, stdout)
		}
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", p, err)
		}
	}
	readers.FilePart(t, docxOut, "word/document.xml") // an OOXML package with a body
	if code, _, _ := baocao(t, "export", in, "--docx", filepath.Join(dir, "b.docx"), "--font", "x.ttf"); code != exitUsage {
		t.Errorf("--font without --pdf: exit %d, want %d", code, exitUsage)
	}
}

// Bad input: exit 1, the field named, no Word document and no temporary
// file left, an older one untouched.
func TestExportDocxBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, old, new, want string }{
		{"bad-date", `"2019-07-05"`, `"2019-02-30"`, "[date]"},
		{"unknown-placeholder", `{llct.lop} lớp`, `{llct.lopp} lớp`, "sections[4].text"},
	} {
		in := writeSample(t, dir, tc.name+".json", func(s string) string { return strings.Replace(s, tc.old, tc.new, 1) })
		out := filepath.Join(dir, tc.name+".docx")
		code, _, stderr := baocao(t, "export", in, "--docx", out)
		if code != exitInput || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr %q", tc.name, code, stderr)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s: %s was left behind", tc.name, out)
		}
		if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		baocao(t, "export", in, "--docx", out)
		if b, _ := os.ReadFile(out); string(b) != "old" {
			t.Errorf("%s: the existing file was changed", tc.name)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// consolidate --docx writes the consolidated report with its per-unit
// table.
func TestConsolidateDocx(t *testing.T) {
	dir := t.TempDir()
	head := writeSample(t, dir, "tinh.json", nil)
	units := unitFiles(t, dir, 3)
	out := filepath.Join(dir, "tong-hop.docx")
	code, _, stderr := baocao(t, append([]string{"consolidate", "--as", head, "--docx", out}, units...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	doc := readers.FilePart(t, out, "word/document.xml")
	for _, want := range []string{"SỐ LIỆU CÁC ĐƠN VỊ", "HUYỆN ỦY SỐ 3", "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %q", want)
		}
	}
}
