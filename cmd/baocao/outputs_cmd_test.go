package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// snapshot is the names and contents of a folder's files.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Type().IsRegular() {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			m[e.Name()] = string(b)
		}
	}
	return m
}

func sameSnapshot(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestOutputsRefused: an output that is an input, another output, a
// device, a folder or a read-only file is refused before any work, with
// exit status 1 and a message naming the file; nothing in the folder
// changes (run as root too: the read-only file is not replaced).
func TestOutputsRefused(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "s.json", nil)
	units := unitFiles(t, dir, 2)
	book := filepath.Join(dir, "s.xlsx")
	if code, _, stderr := baocao(t, "export", in, "--xlsx", book); code != exitOK {
		t.Fatalf("export: %s", stderr)
	}
	ro := filepath.Join(dir, "chi-doc.pdf")
	os.WriteFile(ro, []byte("bản đã gửi"), 0o444)
	os.Chmod(ro, 0o444)
	sub := filepath.Join(dir, "thu-muc")
	os.Mkdir(sub, 0o755)
	db := filepath.Join(dir, "kho.db")
	if code, _, stderr := baocao(t, "save", in, "--db", db); code != exitOK {
		t.Fatalf("save: %s", stderr)
	}
	before := snapshot(t, dir)
	consolidate := func(extra ...string) []string {
		return append(append([]string{"consolidate", "--as", in}, extra...), units...)
	}
	x := filepath.Join(dir, "x")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"export over its input", []string{"export", in, "--pdf", in}, "không ghi tệp PDF vào " + in + ": đó là tệp đang đọc"},
		{"export over its input, other spelling", []string{"export", in, "--docx", filepath.Join(dir, ".", "thu-muc", "..", "s.json")}, "đó là tệp đang đọc"},
		{"export over its font", []string{"export", in, "--pdf", filepath.Join(dir, "f.pdf"), "--xlsx", book, "--font", book}, "không ghi tệp Excel vào " + book + ": đó là tệp đang đọc"},
		{"two outputs, one file", []string{"export", in, "--pdf", x, "--xlsx", x}, "tệp PDF và tệp Excel cùng ghi vào " + x},
		{"consolidate over its head", consolidate("--pdf", in), "đó là tệp đang đọc (" + in + ")"},
		{"consolidate over a unit's file", consolidate("--as", in, "--pdf", units[1]), "đó là tệp đang đọc (" + units[1] + ")"},
		{"consolidate over a unit's file with -o", consolidate("-o", units[0]), "không ghi tệp báo cáo (.json) vào " + units[0]},
		{"consolidate over the archive", consolidate("--db", db, "-o", db), "đó là tệp đang đọc (" + db + ")"},
		{"consolidate, two outputs", consolidate("--xlsx", x, "-o", x), "cùng ghi vào"},
		{"import over the workbook", []string{"import", book, "-o", book}, "không ghi tệp báo cáo (.json) vào " + book},
		{"show over the archive", []string{"show", "1", "--db", db, "-o", db}, "đó là tệp đang đọc"},
		{"a device", []string{"export", in, "--pdf", os.DevNull}, "đó là một thiết bị, không phải một tệp"},
		{"a folder", []string{"export", in, "--docx", sub}, "đó là một thư mục"},
		{"a read-only file", []string{"export", in, "--pdf", ro}, "không ghi đè " + ro + ": tệp chỉ đọc"},
		{"a folder that is not there", []string{"import", book, "-o", filepath.Join(dir, "không-có", "s.json")}, "không có thư mục " + filepath.Join(dir, "không-có")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := baocao(t, tc.args...)
			if code != exitInput || !strings.Contains(stderr, tc.want) || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1 and %q", code, stdout, stderr, tc.want)
			}
			if strings.Contains(stderr, "đã tổng hợp") || strings.Contains(stderr, "lưu ý") {
				t.Errorf("work was done before the refusal: %q", stderr)
			}
			if after := snapshot(t, dir); !sameSnapshot(before, after) {
				t.Errorf("the folder changed")
			}
		})
	}
	if st, err := os.Stat(os.DevNull); err != nil || st.Mode().IsRegular() {
		t.Errorf("%s is now a regular file", os.DevNull)
	}
}

// TestExportAllOrNothing: when one of the files asked for cannot be
// written or rendered, none is written and the files already there are
// as they were; the one message names the format and the reason.
func TestExportAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "s.json", nil)
	units := unitFiles(t, dir, 2)
	pdfOut := filepath.Join(dir, "bc.pdf")
	docxOut := filepath.Join(dir, "bc.docx")
	os.WriteFile(pdfOut, []byte("PDF cũ"), 0o644)
	before := snapshot(t, dir)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		// /proc takes no new files, even from root: the workbook's
		// temporary file cannot be made after the PDF's was.
		{"export, the workbook cannot be written", []string{"export", in, "--pdf", pdfOut, "--docx", docxOut, "--xlsx", "/proc/bc.xlsx"},
			"chưa ghi tệp nào: tệp Excel /proc/bc.xlsx: không tạo được tệp trong thư mục /proc"},
		{"export, the PDF cannot be rendered", []string{"export", in, "--pdf", pdfOut, "--docx", docxOut, "--font", units[0]},
			"chưa ghi tệp nào: tệp PDF " + pdfOut + ": tệp phông chữ"},
		{"consolidate, the report file cannot be written", append([]string{"consolidate", "--as", in, "--pdf", pdfOut, "--docx", docxOut, "-o", "/proc/th.json"}, units...),
			"chưa ghi tệp nào: tệp báo cáo (.json) /proc/th.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := baocao(t, tc.args...)
			if code != exitInput || !strings.Contains(stderr, tc.want) || strings.Contains(stdout, "đã ghi") {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1 and %q", code, stdout, stderr, tc.want)
			}
			if n := strings.Count(stderr, "chưa ghi tệp nào"); n != 1 {
				t.Errorf("%d messages: %q", n, stderr)
			}
			if after := snapshot(t, dir); !sameSnapshot(before, after) {
				t.Errorf("the folder changed: %d files before, %d after", len(before), len(after))
			}
		})
	}
	// All written, and said once each, when all can be.
	xlsxOut := filepath.Join(dir, "bc.xlsx")
	code, stdout, stderr := baocao(t, "export", in, "--pdf", pdfOut, "--docx", docxOut, "--xlsx", xlsxOut)
	if code != exitOK || strings.Count(stdout, "đã ghi") != 3 {
		t.Fatalf("exit %d, %q %q", code, stdout, stderr)
	}
	for _, p := range []string{pdfOut, docxOut, xlsxOut} {
		if b, err := os.ReadFile(p); err != nil || len(b) < 1000 {
			t.Errorf("%s: %d bytes, %v", p, len(b), err)
		}
	}
}
