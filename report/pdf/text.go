package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/report"
)

// clean prepares a user's text for gofpdf, which has no text shaping and
// indexes its width table by UTF-16 unit: composed letters (NFC), tabs as
// spaces, no control characters, runes outside the Basic Multilingual
// Plane (emoji) as "?", runs of spaces as one space, and no spaces around
// line breaks. Line breaks stay.
func clean(s string) string {
	s = report.NormalizeText(s)
	b := make([]byte, 0, len(s))
	space := true // no space at the start of a line
	for _, r := range s {
		switch {
		case r == '\n':
			for len(b) > 0 && b[len(b)-1] == ' ' {
				b = b[:len(b)-1]
			}
			b = append(b, '\n')
			space = true
			continue
		case r == '\t' || r == ' ':
			if !space {
				b = append(b, ' ')
			}
			space = true
			continue
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError:
			continue
		case r > 0xFFFF:
			r = '?'
		}
		b = utf8.AppendRune(b, r)
		space = false
	}
	return strings.Trim(string(b), " \n")
}

// oneLine is clean with line breaks turned into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(clean(s), "\n", " ")), " ")
}

// upper writes a text in capitals, as the caps lines of the layout are.
func upper(s string) string { return strings.ToUpper(s) }

// capitalize makes the first letter a capital: a summary starts lower
// case in the file, and published reports print it capitalised.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// groupNumber numbers the groups of a table: I, II, … or A, B, ….
func groupNumber(style string, n int) string {
	if style == "letters" {
		var s string
		for n > 0 {
			n--
			s = string(rune('A'+n%26)) + s
			n /= 26
		}
		return s
	}
	return report.FormatRoman(n)
}
