package main

import (
	"baocao/report/reporttest/readers"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportNeverCutsText: a 1,000-character organization name is refused
// by export, naming the field, and nothing is written; a 70-character
// signer's name is printed whole (pdftotext).
func TestExportNeverCutsText(t *testing.T) {
	dir := t.TempDir()
	long := writeSample(t, dir, "dai.json", func(s string) string {
		return strings.Replace(s, `"name": "BAN TUYÊN GIÁO"`, `"name": "`+strings.Repeat("BAN TUYÊN GIÁO ", 67)+`"`, 1)
	})
	pdfOut, docxOut := filepath.Join(dir, "bc.pdf"), filepath.Join(dir, "bc.docx")
	code, stdout, stderr := baocao(t, "export", long, "--pdf", pdfOut, "--docx", docxOut)
	if code != exitInput || stdout != "" || !strings.Contains(stderr, "chưa ghi tệp nào: tệp PDF "+pdfOut+": Tên cơ quan ban hành [organization.name] quá dài cho mẫu văn bản chính thức") {
		t.Errorf("exit %d, %q %q", code, stdout, stderr)
	}
	for _, p := range []string{pdfOut, docxOut} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s written", p)
		}
	}
	const name = "Nguyễn Hoàng Phương Thảo Tôn Nữ Minh Khuê Trần Lê Bảo Ngọc Đặng Văn Hùng"
	signer := writeSample(t, dir, "ky.json", func(s string) string {
		return strings.Replace(s, `"Trần Đức Thuần"`, `"`+name+`"`, 1)
	})
	if code, _, stderr := baocao(t, "export", signer, "--pdf", pdfOut, "--docx", docxOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out := readers.PDFText(t, pdfOut)
	if text := strings.Join(strings.Fields(out), " "); !strings.Contains(text, name) {
		t.Errorf("the signer's name is not whole in the PDF:\n%s", out)
	}
}
