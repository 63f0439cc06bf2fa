package forms

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"baocao/report"
)

// FuzzParseUnits: a units file of any bytes is read or refused with an
// error, never a panic; what is read is valid UTF-8 in NFC, each unit has
// a name, no name has a control character, and no unit is there twice.
func FuzzParseUnits(f *testing.F) {
	for _, seed := range []string{
		"superior,name,abbreviation,place\nHUYỆN ỦY KIM BẢNG,BAN TUYÊN GIÁO,BTGHU,Kim Bảng\n",
		"\xef\xbb\xbfsuperior;name\r\nĐẢNG ỦY XÃ GIA VIỄN;BAN TUYÊN GIÁO VÀ DÂN VẬN\r\n",
		utf16LE("superior\tname\r\nHUYỆN ỦY LÝ NHÂN\tBAN TUYÊN GIÁO\r\n"),
		"\xfe\xff\x00s\x00u",
		"superior,name\r\nHUY\xca\xf2N U\xd2Y LY\xec NH\xc2N,BAN TUY\xcaN GI\xc1O\r\n",
		"superior,name\r\nHUY\xd6N \xf1Y KIM B\xb6NG,BAN TUY\xa3N GI\xb8O\r\n",
		"superior,name\n\"a\"\"b\",\"c\nd\"\n",
		"superior,name\nx\x1b[2J,\u200b\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		units, err := ParseUnits(data)
		if err != nil {
			if !utf8.ValidString(err.Error()) {
				t.Errorf("message not UTF-8: %q", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, u := range units {
			for _, s := range []string{u.Superior, u.Name, u.Abbreviation, u.Place} {
				if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
					t.Errorf("not UTF-8 in NFC: %q", s)
				}
				if p := report.NameProblem(s); p != "" {
					t.Errorf("%q: %s", s, p)
				}
			}
			if u.Name == "" {
				t.Errorf("unit without a name: %+v", u)
			}
			if seen[u.UnitKey()] {
				t.Errorf("twice: %+v", u)
			}
			seen[u.UnitKey()] = true
		}
	})
}
