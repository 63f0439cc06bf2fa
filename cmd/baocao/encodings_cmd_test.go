package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report/xlsx"
)

// TestFormsUnitsEncodings: baocao forms --units reads the units file in
// the encodings offices save it in, and the forms carry the names right;
// a file in none of them is refused with the file's name and how to save
// it as UTF-8, and no form is written.
func TestFormsUnitsEncodings(t *testing.T) {
	dir := t.TempDir()
	head := writeSample(t, dir, "tinh.json", nil)
	want := []string{"HUYỆN ỦY KIM BẢNG", "HUYỆN ỦY LÝ NHÂN"}
	for _, tc := range []struct {
		name string
		data string
	}{
		{"utf-8", "superior,name\nHUYỆN ỦY KIM BẢNG,BAN TUYÊN GIÁO\nHUYỆN ỦY LÝ NHÂN,BAN TUYÊN GIÁO\n"},
		{"utf-16", string(utf16LEBOM("superior\tname\r\nHUYỆN ỦY KIM BẢNG\tBAN TUYÊN GIÁO\r\nHUYỆN ỦY LÝ NHÂN\tBAN TUYÊN GIÁO\r\n"))},
		// What Excel on a Vietnamese Windows saves as "CSV": Windows-1258,
		// semicolons, the tones as combining marks.
		{"windows-1258", "superior;name\r\nHUY\xca\xf2N U\xd2Y KIM BA\xd2NG;BAN TUY\xcaN GI\xc1O\r\nHUY\xca\xf2N U\xd2Y LY\xec NH\xc2N;BAN TUY\xcaN GI\xc1O\r\n"},
		// An old file in the ABC fonts (.VnTimeH).
		{"tcvn3", "superior,name\r\nHUY\xd6N \xf1Y KIM B\xb6NG,BAN TUY\xa3N GI\xb8O\r\nHUY\xd6N \xf1Y L\xfd NH\xa2N,BAN TUY\xa3N GI\xb8O\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			units := filepath.Join(dir, tc.name+".csv")
			os.WriteFile(units, []byte(tc.data), 0o644)
			out := filepath.Join(dir, "bieu-mau-"+tc.name)
			code, stdout, stderr := baocao(t, "forms", "--as", head, "--out", out, "--units", units)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			paths := strings.Fields(stdout)
			if len(paths) != 2 || !strings.HasSuffix(paths[0], "huyen-uy-kim-bang.xlsx") {
				t.Fatalf("printed %q", stdout)
			}
			for i, p := range paths {
				r, err := xlsx.LoadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				if r.Organization.Superior != want[i] || r.Organization.Name != "BAN TUYÊN GIÁO" {
					t.Errorf("%s: %+v", filepath.Base(p), r.Organization)
				}
			}
		})
	}
	bad := filepath.Join(dir, "hong.csv")
	os.WriteFile(bad, []byte("superior,name\r\n\x81\x8d\x8f\x90\x9d,\xa4\xa5\xa6\xbf\r\n"), 0o644)
	ctl := filepath.Join(dir, "dieu-khien.csv")
	os.WriteFile(ctl, []byte("superior,name\nHUYỆN ỦY\x1b]0;x\x07,BAN\n"), 0o644)
	for _, tc := range []struct{ file, want string }{
		{bad, bad + `: không nhận ra bảng mã (không phải UTF-8, Windows-1258 hay TCVN3); hãy mở tệp bằng Excel, chọn Tệp → Lưu thành, kiểu "CSV UTF-8 (Comma delimited) (*.csv)"`},
		{ctl, ctl + ": dòng 2, cột superior: có ký tự điều khiển U+001B (ESC)"},
	} {
		out := filepath.Join(dir, "khong-ghi")
		code, stdout, stderr := baocao(t, "forms", "--as", head, "--out", out, "--units", tc.file)
		if code != exitInput || !strings.Contains(stderr, tc.want) || stdout != "" {
			t.Errorf("exit %d, %q %q; want %q", code, stdout, stderr, tc.want)
		}
		if strings.ContainsRune(stderr, 0x1b) || strings.ContainsRune(stderr, 0x07) {
			t.Errorf("control characters printed: %q", stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("forms written for a refused units file")
		}
	}
}

// TestReportNotUTF8: a report file with bytes that are not UTF-8 is
// refused with the line and column, not validated as "hợp lệ" with its
// letters lost.
func TestReportNotUTF8(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "s.json", func(s string) string {
		return strings.Replace(s, `"BAN TUYÊN GIÁO"`, "\"BAN TUY\xcaN GI\xc1O\"", 1)
	})
	code, stdout, stderr := baocao(t, "validate", in)
	if code != exitInput || stdout != "" || !strings.Contains(stderr, in+": tệp không phải UTF-8: có byte 0xCA không phải UTF-8 ở dòng 5, cột 21") {
		t.Errorf("exit %d, %q %q", code, stdout, stderr)
	}
}

func utf16LEBOM(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}
