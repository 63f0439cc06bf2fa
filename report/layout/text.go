package layout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/report"
)

// Text prepares a user's text for a renderer.
type Text struct {
	// BMPOnly replaces runes outside the Basic Multilingual Plane
	// (emoji) by "?", for a renderer that indexes its width table by
	// UTF-16 unit (gofpdf).
	BMPOnly bool
}

// Clean composes the letters (NFC), writes tabs as spaces, drops control
// characters (which XML cannot carry either), writes runs of spaces as one
// space and drops spaces around line breaks. Line breaks stay.
func (t Text) Clean(s string) string {
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
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError ||
			r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r < 0xE000):
			continue
		case r > 0xFFFF && t.BMPOnly:
			r = '?'
		}
		b = utf8.AppendRune(b, r)
		space = false
	}
	return strings.Trim(string(b), " \n")
}

// OneLine is Clean with line breaks turned into spaces.
func (t Text) OneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(t.Clean(s), "\n", " ")), " ")
}

// Upper writes a text in capitals, as the caps lines of the layout are.
func Upper(s string) string { return strings.ToUpper(s) }

// Capitalize makes the first letter a capital: a summary starts lower
// case in the file, and published reports print it capitalised.
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// GroupNumber numbers the groups of a table: I, II, … ("roman") or A,
// B, … ("letters").
func GroupNumber(style string, n int) string {
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

// HeadingKind is what a heading is, recognised from how it starts.
type HeadingKind int

// The kinds of headings of a Party report: "Phần thứ nhất", "I. …",
// "1. …", "(1) …" or "a) …", and a heading that is none of them.
const (
	Part HeadingKind = iota
	Level1
	Level2
	Level3
	Other
)

var (
	partRE   = regexp.MustCompile(`(?i)^phần\s+thứ\s`)
	level1RE = regexp.MustCompile(`^[IVXLC]+\s*[.\-–]\s*\S`)
	level2RE = regexp.MustCompile(`^\d+(\.\d+)*\s*[.\-–]\s*\S`)
	level3RE = regexp.MustCompile(`^(\(\d+\)|\(?[a-zđ]\)|\d+\))\s*\S`)
)

// KindOf tells the kind of a heading. A heading of several lines is a
// part heading: it is set centred.
func KindOf(heading string) HeadingKind {
	switch {
	case strings.Contains(heading, "\n") || partRE.MatchString(heading):
		return Part
	case level1RE.MatchString(heading):
		return Level1
	case level2RE.MatchString(heading):
		return Level2
	case level3RE.MatchString(heading):
		return Level3
	}
	return Other
}

// Balanced wraps a text in as few lines as width allows, but with the
// lines as even as possible: a centred heading of two lines reads "BAN
// TUYÊN GIÁO / VÀ DÂN VẬN", not a full line and a lone word. wrap breaks
// the text into lines no wider than a width, in the renderer's font.
func Balanced(width float64, wrap func(width float64) []string) []string {
	lines := wrap(width)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := width/float64(len(lines)), width
	for hi-lo > 0.5 {
		mid := (lo + hi) / 2
		if len(wrap(mid)) > len(lines) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return wrap(hi)
}
