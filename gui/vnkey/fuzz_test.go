package vnkey

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkText fails unless s is valid UTF-8 in NFC.
func checkText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s: invalid UTF-8 %q", what, s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("%s: not NFC %q", what, s)
	}
}

func FuzzTypeString(f *testing.F) {
	for _, s := range []string{
		"tieengs Vieetj", "nguoiwf truwowngf dduowcj", "Windows email Excel", "cass aaa ddd ww",
		"Tuye6n gia1o 2019 A44", "DDARNG, HDDND; 23-CT/TWW", "thuowwwr uow uwow", "zzzsfrxj",
		"a\u0301e\u0302\u0301 x", "\xff\xfe ư ĐẢNG", keystrokes(paragraph, Telex, true),
		keystrokes(paragraph, VNI, false), strings.Repeat("aw", 40),
	} {
		f.Add(s, uint8(1), uint8(0), false)
		f.Add(s, uint8(2), uint8(1), true)
	}
	f.Fuzz(func(t *testing.T, keys string, method, style uint8, noRestore bool) {
		e := &Engine{Method: Method(method % 3), Style: ToneStyle(style % 2), NoRestore: noRestore}
		out := e.TypeString(keys)
		checkText(t, "TypeString", out)
		if e.Method == Off {
			if want := norm.NFC.String(string([]rune(keys))); out != want {
				t.Fatalf("Off changed %q into %q", keys, out)
			}
		}
		// A text field driven through Apply ends up with the same text.
		// (The field hands over whole words, which makes this quadratic
		// in the length of a word: keep it to inputs of sensible size.)
		if len(keys) > 2000 {
			return
		}
		fld := &entry{e: e}
		for _, k := range keys {
			start := WordBefore(fld.text, fld.cursor)
			nw, _ := e.Apply(string(fld.text[start:fld.cursor]), k)
			checkText(t, "Apply", nw)
			fld.text = append(fld.text[:start], []rune(nw)...)
			fld.cursor = len(fld.text)
		}
		if got := norm.NFC.String(string(fld.text)); got != out {
			t.Fatalf("Apply gave %q, TypeString %q", got, out)
		}
	})
}

func FuzzConvertLegacy(f *testing.F) {
	for _, c := range legacySamples {
		f.Add(c.in)
		f.Add(c.want)
	}
	f.Add(legacyParagraph)
	f.Add("\x80\x93\xa7\xb8\xff abc")
	f.Fuzz(func(t *testing.T, s string) {
		if d := DetectLegacy(s); d < Unknown || d > VNIWindows {
			t.Fatalf("DetectLegacy = %d", d)
		}
		for _, enc := range []Encoding{Unknown, Unicode, TCVN3, VNIWindows} {
			out, err := ConvertLegacy(s, enc)
			if err == nil {
				checkText(t, enc.String(), out)
			}
		}
		if !utf8.ValidString(s) {
			return
		}
		want := norm.NFC.String(s)
		if x, err := EncodeLegacy(s, VNIWindows); err == nil {
			if got, _ := ConvertLegacy(x, VNIWindows); got != want {
				t.Fatalf("VNI round trip of %q: %q → %q", s, x, got)
			}
		}
		if x, err := EncodeLegacy(s, TCVN3); err == nil {
			// TCVN3 cannot keep the case of capital toned letters.
			if got, _ := ConvertLegacy(x, TCVN3); !strings.EqualFold(got, want) {
				t.Fatalf("TCVN3 round trip of %q: %q → %q", s, x, got)
			}
		}
	})
}
