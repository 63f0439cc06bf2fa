package report

import (
	"strings"
	"testing"
)

// TestJSONErrorsInVietnamese: a syntax error is told in Vietnamese with
// its line, column and the character met; none of encoding/json's
// English words come through.
func TestJSONErrorsInVietnamese(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"a": tru}`, "dòng 1, cột 10: gặp '}'; giá trị viết sai (chỉ có true, false, null)"},
		{`{"a": 1 2}`, "dòng 1, cột 9: gặp '2'; cần dấu phẩy hoặc dấu } sau một trường (thiếu dấu phẩy?)"},
		{"{\"a\": \"x\x01\"}", "dòng 1, cột 9: gặp U+0001; ký tự điều khiển trong chuỗi chữ"},
		{"{\n \"a\": 1,\n \"b\": 2,\n}", "dòng 4, cột 1: gặp '}'; cần tên trường trong dấu ngoặc kép"},
		{`{"a" 1}`, "cột 6: gặp '1'; cần dấu hai chấm sau tên trường"},
		{`{"a": [1 2]}`, "cột 10: gặp '2'; cần dấu phẩy hoặc dấu ] sau một phần tử"},
		{`{"a": "\q"}`, "cột 9: gặp 'q'; sau dấu \\ trong chuỗi chữ"},
		{`{"a": 1.e}`, "cột 9: gặp 'e'; số viết sai"},
		{`{"tên": "ê"x}`, "dòng 1, cột 12: gặp 'x'"},
		{"{\"a\": \x1b[2J}", "gặp U+001B (ESC); cần một giá trị"},
		{`{"a": `, "tệp JSON bị cắt cụt"},
		{`hello`, "dòng 1, cột 1: gặp 'h'; cần một giá trị"},
	} {
		_, err := Parse([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.in, err, tc.want)
			continue
		}
		for _, english := range []string{"invalid", "character", "looking", "literal", "expecting", "unexpected", "after"} {
			if strings.Contains(err.Error(), english) {
				t.Errorf("%q: English %q in %q", tc.in, english, err)
			}
		}
		if strings.ContainsRune(err.Error(), 0x1b) {
			t.Errorf("%q: an escape in the message", tc.in)
		}
	}
}

// TestHugeFigureShownAsTyped: 2^63−1 is reported with its digits, never
// wrapped to a negative number by a rule that compares it.
func TestHugeFigureShownAsTyped(t *testing.T) {
	r, err := Parse(sampleWith(t, `"value": 35}`, `"value": 9223372036854775807}`))
	if err != nil {
		t.Fatal(err)
	}
	ps := DefaultCatalogue().Validate(r)
	found := false
	for _, p := range ps {
		if strings.Contains(p.Message, "-9") || strings.Contains(p.Message, "−9") {
			t.Errorf("wrapped: %s", p)
		}
		if p.Field == "figures.llct.lop.value" && strings.Contains(p.Message, "9.223.372.036.854.775.807 lớn bất thường") {
			found = true
		}
	}
	if !found {
		t.Errorf("no message with the figure as typed: %v", ps)
	}
	for in, want := range map[string]string{"9.3e18": "9.3e18 lớn bất thường", "1e400": "1e400 lớn bất thường", "-1e400": "-1e400 lớn bất thường", "9223372036854775808": "9223372036854775808 lớn bất thường"} {
		_, err := Parse(sampleWith(t, `"value": 35}`, `"value": `+in+`}`))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", in, err, want)
		}
	}
}

// TestPrintable: what would act on a terminal is shown, and a report file
// keeps such characters as \u escapes (the same text once read).
func TestPrintable(t *testing.T) {
	if got := Printable("BAN\x1b[2J\u202eX\u009b\x7f\r\n\tY"); got != "BAN␛[2J\uFFFDX\uFFFD␡␍\n\tY" {
		t.Errorf("Printable = %q", got)
	}
	r := Sample()
	r.Organization.Name = "BAN \x1b[31m\u009b\u202e TUYÊN GIÁO"
	data, err := Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if strings.IndexFunc(string(data), Unprintable) >= 0 {
		t.Errorf("the file holds raw control characters")
	}
	back, err := Parse(data)
	if err != nil || back.Organization.Name != r.Organization.Name {
		t.Errorf("read back %q, %v", back.Organization.Name, err)
	}
}

func TestParseUTF16(t *testing.T) {
	data := []byte{0xff, 0xfe, '{', 0, '}', 0}
	if _, err := Parse(data); err == nil || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("a UTF-16 file: %v", err)
	}
}

func TestNameWithReplacementCharacter(t *testing.T) {
	if p := NameProblem("BAN\uFFFD TUYÊN GIÁO"); !strings.Contains(p, "ký tự hỏng") {
		t.Errorf("NameProblem = %q", p)
	}
}
