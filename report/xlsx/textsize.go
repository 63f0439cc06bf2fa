package xlsx

import (
	"math"
	"strings"
	"unicode"
)

// Excel does not grow a row to fit wrapped text written by a program, so
// the writer sets each row's height from an estimate of how many lines its
// text takes in Times New Roman.

// maxRowHeight is Excel's largest row height in points.
const maxRowHeight = 409

// lineSpacing is the height of a line of wrapped text, in font sizes:
// Excel's is about 1.2 for Times New Roman, LibreOffice's a little less.
const lineSpacing = 1.22

// colPoints is the width in points of columns totalling w character units
// (Excel: 7 px a unit plus 5 px padding, 96 px an inch).
func colPoints(w float64) float64 { return (7*w + 5) * 0.75 }

// runeEm is the approximate advance of a letter in Times New Roman, in
// em, when the font metrics cannot be read.
func runeEm(r rune) float64 {
	switch {
	case r == ' ':
		return 0.25
	case r >= '0' && r <= '9':
		return 0.5
	case unicode.IsUpper(r):
		return 0.68
	case strings.ContainsRune("iljtfr.,;:'!|()[]-", unicode.ToLower(r)):
		return 0.3
	case r == 'm' || r == 'w':
		return 0.75
	}
	return 0.46
}

// widthSafety allows for the screen rounding each letter to whole pixels,
// which makes text a little wider than the font's metrics.
const widthSafety = 1.03

// measure returns the advance of a letter in points at size, in the
// regular or bold face, as the wrapping estimate uses it.
func measure(size float64, bold bool) func(r rune) float64 {
	em := runeEm
	if reg, b := fonts(); reg != nil && b != nil {
		em = reg.em
		if bold {
			em = b.em
		}
	}
	scale := size * widthSafety
	return func(r rune) float64 { return em(r) * scale }
}

// textWidth is the width in points of text measured with m.
func textWidth(text string, m func(rune) float64) float64 {
	w := 0.0
	for _, r := range text {
		w += m(r)
	}
	return w
}

// wrap follows Excel's wrapping of a cell's text, word by word: lines is
// how many lines the text so far takes, x how far its last line reaches.
// textLines and the splitting of long texts (split.go) both lay out text
// through it, so that they agree.
type wrap struct {
	avail, space float64
	lines        int
	x            float64
}

// newWrap starts the layout of a text in a cell w units wide; space is
// the width of a space.
func newWrap(w, space float64) wrap {
	return wrap{avail: colPoints(w) - 6, space: space} // cell padding
}

// line starts a line of the text (the first, or after a line break).
func (l *wrap) line() {
	l.lines++
	l.x = 0
}

// word adds a word of width ww; first says it starts its line of text.
func (l *wrap) word(ww float64, first bool) {
	sp := 0.0
	if !first {
		sp = l.space
	}
	switch {
	case l.x == 0:
		l.x = ww
	case l.x+sp+ww <= l.avail:
		l.x += sp + ww
	default:
		l.lines++
		l.x = ww
	}
	for l.x > l.avail { // a word longer than the line breaks anywhere
		l.lines++
		l.x -= l.avail
	}
}

// textLines estimates how many lines text takes in a cell w units wide at
// size points, wrapping at spaces as Excel does.
func textLines(text string, w, size float64, bold bool) int {
	m := measure(size, bold)
	l := newWrap(w, m(' '))
	for _, para := range strings.Split(text, "\n") {
		l.line()
		for i, word := range strings.Split(para, " ") {
			l.word(textWidth(word, m), i == 0)
		}
	}
	return l.lines
}

// linesHeight is the height in points of a row of n lines at size.
func linesHeight(n int, size float64) float64 {
	return math.Ceil(float64(n)*size*lineSpacing + 5)
}

// rowHeight is the height in points of a row whose tallest cell holds
// text in a cell w units wide.
func rowHeight(text string, w, size float64, bold bool) float64 {
	return math.Min(linesHeight(textLines(text, w, size, bold), size), maxRowHeight)
}
