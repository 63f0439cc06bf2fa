package forms

import (
	"strings"
	"unicode"

	"baocao/report"
)

// maxNameRunes bounds the unit part of a file name, well below Windows'
// 255 and short enough for the path of a folder under it.
const maxNameRunes = 60

// FileName is the file name of a unit's form: "bieu-mau-6T2019-" and the
// unit's name in ASCII letters, digits and hyphens ("ban-tuyen-giao-huyen-
// uy-kim-bang"), so that it is safe on Windows and in mail: no path parts,
// none of \ / : * ? " < > |, no reserved device name. A blank form's is
// "bieu-mau-6T2019-trong.xlsx". Two units may get one name; Names tells
// them apart.
func FileName(unit report.Organization, p report.Period) string {
	slug := slugify(unit.Label())
	if slug == "" {
		slug = "trong"
	}
	return "bieu-mau-" + slugify(p.Short()) + "-" + slug + ".xlsx"
}

// Names gives each unit its file name, "-2", "-3" added where two would
// otherwise share one (Windows does not tell upper from lower case).
func Names(units []report.Organization, p report.Period) []string {
	taken := map[string]bool{}
	out := make([]string, len(units))
	for i, u := range units {
		name := FileName(u, p)
		base := strings.TrimSuffix(name, ".xlsx")
		for n := 2; taken[strings.ToLower(name)]; n++ {
			name = base + "-" + itoa(n) + ".xlsx"
		}
		taken[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

func itoa(n int) string {
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// slugify folds a text to lower-case ASCII letters and digits joined by
// single hyphens: Vietnamese marks dropped and đ made d (report.Unaccent),
// anything else a separator.
func slugify(s string) string {
	var b strings.Builder
	n := 0
	sep := false
	for _, r := range report.Unaccent(s) {
		if r >= unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			sep = b.Len() > 0
			continue
		}
		if n >= maxNameRunes {
			break
		}
		if sep {
			b.WriteByte('-')
			n++
			sep = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
