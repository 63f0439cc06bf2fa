package report

import (
	"strings"
	"unicode"
)

// Unprintable reports whether r would act on a terminal or reorder the
// text around it rather than show: a control character other than a line
// break or a tab (the escape that starts a terminal sequence among them),
// or a bidirectional override or isolate.
func Unprintable(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Printable returns s with every Unprintable character replaced by a
// visible sign: the Unicode picture of a C0 control (␛ for the escape),
// else U+FFFD. Text read from other people's files is passed through it
// before it is printed.
func Printable(s string) string {
	if strings.IndexFunc(s, Unprintable) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case !Unprintable(r):
			return r
		case r < 0x20:
			return 0x2400 + r
		case r == 0x7f:
			return 0x2421
		}
		return unicode.ReplacementChar
	}, s)
}
