package main

import (
	"baocao/report/reporttest/readers"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
)

// baocao runs the command line in-process and returns its exit status and
// what it printed.
func baocao(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func writeSample(t testing.TB, dir, name string, edit func(string) string) string {
	t.Helper()
	data := string(report.SampleJSON())
	if edit != nil {
		data = edit(data)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSampleCommand(t *testing.T) {
	code, out, _ := baocao(t, "sample")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	r, err := report.Parse([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization.Superior != "TỈNH ỦY HÀ NAM" || *r.Figures["llct.hocvien"].Value != 3286 {
		t.Errorf("sample = %+v", r.Organization)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"}, {"validate"}, {"validate", "a", "b"}, {"export", "x.json"},
		{"export", "x.json", "--bogus"}, {"export", "x.json", "--pdf"}, {"consolidate", "a.json"},
		{"consolidate", "--as", "h.json"}, {"show", "abc"}, {"sample", "x"},
	} {
		code, _, stderr := baocao(t, args...)
		if code != exitUsage || !strings.Contains(stderr, "Cách dùng") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
	if code, out, _ := baocao(t, "--version"); code != exitOK || !strings.Contains(out, "Báo cáo sơ kết") {
		t.Errorf("--version: %d %q", code, out)
	}
}

// TestBadInputLeavesNoOutput: each bad file gets a Vietnamese message that
// names the field, exit status 1, and no output file (not even an empty
// one); an existing output file is left as it was.
func TestBadInputLeavesNoOutput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"malformed", `"organization": {`, `"organization": {{`, "JSON sai cú pháp ở dòng 3"},
		{"unknown-code", `"llct.lop"`, `"llct.lopp"`, "figures.llct.lopp"},
		{"negative", `"value": 35}`, `"value": -5}`, "figures.llct.lop.value"},
		{"fractional", `"value": 35}`, `"value": 3.5}`, "figures.llct.lop.value: 3.5 không phải số nguyên"},
		{"learners-without-classes", `"llct.lop": {"value": 35},`, ``, "figures.llct.hocvien.value"},
		{"bad-date", `"2019-07-05"`, `"2019-02-30"`, "[date]"},
		{"unknown-placeholder", `{llct.lop} lớp`, `{llct.lopp} lớp`, "sections[4].text"},
		{"empty-name", `"name": "BAN TUYÊN GIÁO"`, `"name": ""`, "organization.name"},
		{"escape-in-name", `"name": "BAN TUYÊN GIÁO"`, `"name": "BAN\u001b[2JTUYÊN GIÁO"`, "có ký tự điều khiển U+001B (ESC) ở ký tự thứ 4"},
		{"zero-width-signer", `"name": "Trần Đức Thuần"`, `"name": "\u200b\u200b"`, "Họ tên người ký chỉ có ký tự vô hình"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := writeSample(t, dir, tc.name+".json", func(s string) string { return strings.Replace(s, tc.old, tc.new, 1) })
			code, _, stderr := baocao(t, "validate", in)
			if code != exitInput || !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, in) {
				t.Errorf("validate: exit %d, stderr %q; want 1 and %q", code, stderr, tc.want)
			}
			pdfOut := filepath.Join(dir, tc.name+".pdf")
			xlsxOut := filepath.Join(dir, tc.name+".xlsx")
			code, _, stderr = baocao(t, "export", in, "--pdf", pdfOut, "--xlsx", xlsxOut)
			if code != exitInput || !strings.Contains(stderr, tc.want) {
				t.Errorf("export: exit %d, stderr %q", code, stderr)
			}
			for _, p := range []string{pdfOut, xlsxOut} {
				if _, err := os.Stat(p); !os.IsNotExist(err) {
					t.Errorf("%s was left behind", p)
				}
			}
			// An existing output stays as it was.
			if err := os.WriteFile(pdfOut, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			baocao(t, "export", in, "--pdf", pdfOut)
			if b, _ := os.ReadFile(pdfOut); string(b) != "old" {
				t.Errorf("existing %s was changed", pdfOut)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestDecomposedInputIsAccepted(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "nfd.json", func(s string) string {
		return strings.Replace(s, "BAN TUYÊN GIÁO", "BAN TUYE\u0302N GIA\u0301O", 1)
	})
	code, out, stderr := baocao(t, "validate", in)
	if code != exitOK || !strings.Contains(out, "hợp lệ") {
		t.Errorf("exit %d, %q %q", code, out, stderr)
	}
}

func TestWarningsDoNotFailExport(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "warn.json", func(s string) string {
		return strings.Replace(s, `"llct.lop": {"value": 35}`, `"llct.lop": {"value": 35, "previous": 5, "plan": 30}`, 1)
	})
	out := filepath.Join(dir, "warn.pdf")
	code, _, stderr := baocao(t, "export", in, "--pdf", out)
	if code != exitOK || !strings.Contains(stderr, "cảnh báo") || !strings.Contains(stderr, "vượt kế hoạch") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		t.Fatalf("no PDF: %v", err)
	}
}

func TestExportSample(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "hanam.json", nil)
	pdfOut, xlsxOut := filepath.Join(dir, "hanam.pdf"), filepath.Join(dir, "hanam.xlsx")
	if code, _, stderr := baocao(t, "export", in, "--pdf", pdfOut, "--xlsx", xlsxOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	text := readers.PDFText(t, pdfOut)
	for _, w := range []string{"Số 45-BC/BTGTU", "Hà Nam, ngày 05 tháng 7 năm 2019", "3.286", "Trần Đức Thuần"} {
		if !strings.Contains(text, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	// The workbook reads back as the same report, through import and as
	// an input of validate and export.
	jsonOut := filepath.Join(dir, "back.json")
	if code, _, stderr := baocao(t, "import", xlsxOut, "-o", jsonOut); code != exitOK {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	back, err := report.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := report.Marshal(report.Sample())
	b, _ := report.Marshal(back)
	if !bytes.Equal(a, b) {
		t.Errorf("workbook round trip differs:\n%s\n---\n%s", a, b)
	}
	if code, _, stderr := baocao(t, "validate", xlsxOut); code != exitOK {
		t.Errorf("validate workbook: exit %d: %s", code, stderr)
	}
}

func TestFontOption(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "hanam.json", nil)
	out := filepath.Join(dir, "f.pdf")
	code, _, stderr := baocao(t, "export", in, "--pdf", out, "--font", filepath.Join(dir, "khong-co.ttf"))
	if code != exitInput || !strings.Contains(stderr, "khong-co.ttf") {
		t.Errorf("missing font: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("PDF written with a missing font")
	}
	notFont := writeSample(t, dir, "not-a-font.ttf", nil)
	code, _, stderr = baocao(t, "export", in, "--pdf", out, "--font", notFont)
	if code != exitInput || !strings.Contains(stderr, "not-a-font.ttf") {
		t.Errorf("bad font: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("PDF written with a bad font")
	}
}
