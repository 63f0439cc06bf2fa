package main

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestImportNamesTheKind: baocao import of a file that is not a workbook
// of the program names what the file is, never "JSON sai cú pháp".
func TestImportNamesTheKind(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "s.json", nil)
	pdfOut := filepath.Join(dir, "s.pdf")
	if code, _, stderr := baocao(t, "export", in, "--pdf", pdfOut); code != exitOK {
		t.Fatal(stderr)
	}
	pdfData, _ := os.ReadFile(pdfOut)
	var ods bytes.Buffer
	zw := zip.NewWriter(&ods)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
	w, _ = zw.Create("content.xml")
	w.Write([]byte(`<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`))
	zw.Close()
	random := make([]byte, 2000)
	rand.Read(random)
	random[0] = 0x02
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"bang-tinh.xlsx", ods.Bytes(), "đây là bảng tính OpenDocument (.ods"},
		{"bao-cao.xlsx", pdfData, "đây là tệp PDF"},
		{"so-lieu.xlsx", []byte("superior,name\nA,B\n"), "đây là tệp CSV"},
		{"ngau-nhien.xlsx", random, "nội dung tệp là dữ liệu lạ"},
	} {
		p := filepath.Join(dir, tc.name)
		os.WriteFile(p, tc.data, 0o644)
		code, stdout, stderr := baocao(t, "import", p)
		if code != exitInput || stdout != "" || !strings.Contains(stderr, p+": "+tc.want) || strings.Contains(stderr, "JSON") {
			t.Errorf("%s: exit %d, %q %q; want %q", tc.name, code, stdout, stderr, tc.want)
		}
	}
	// A report file with a syntax error: all in Vietnamese.
	bad := writeSample(t, dir, "hong.json", func(s string) string { return strings.Replace(s, `"number": "45",`, `"number": "45"`, 1) })
	code, _, stderr := baocao(t, "validate", bad)
	if code != exitInput || !strings.Contains(stderr, "JSON sai cú pháp ở dòng") || !strings.Contains(stderr, "cần dấu phẩy hoặc dấu }") || strings.Contains(stderr, "invalid character") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}

// TestNoControlCharactersPrinted: a unit name carrying an escape sequence
// (read from someone's file) never reaches the terminal raw: list shows
// it as ␛, show writes it as a \u escape, messages show it too.
func TestNoControlCharactersPrinted(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kho.db")
	in := writeSample(t, dir, "s.json", func(s string) string {
		return strings.Replace(s, `"BAN TUYÊN GIÁO"`, `"BAN\u001b[2J\u001b]0;x\u0007 TUYÊN\u009b31m\u202e GIÁO"`, 1)
	})
	outs := map[string]string{}
	for _, args := range [][]string{{"save", in, "--db", db}, {"list", "--db", db}, {"show", "1", "--db", db}, {"validate", in}, {"import", in}} {
		code, stdout, stderr := baocao(t, args...)
		outs[args[0]] = stdout
		for _, s := range []string{stdout, stderr} {
			if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' || r == 0x202e }); i >= 0 {
				t.Errorf("%v (exit %d) printed %q", args, code, s[max(0, i-20):min(len(s), i+20)])
			}
		}
	}
	if !strings.Contains(outs["list"], "BAN␛[2J␛]0;x␇ TUYÊN") {
		t.Errorf("list:\n%s", outs["list"])
	}
	if !strings.Contains(outs["show"], `BAN\u001b[2J\u001b]0;x\u0007 TUYÊN\u009b31m\u202e GIÁO`) {
		t.Errorf("show:\n%s", outs["show"])
	}
}
