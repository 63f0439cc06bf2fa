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

// textLines estimates how many lines text takes in a cell w units wide at
// size points, wrapping at spaces as Excel does.
func textLines(text string, w, size float64, bold bool) int {
	em := runeEm
	if reg, b := fonts(); reg != nil && b != nil {
		em = reg.em
		if bold {
			em = b.em
		}
	}
	avail := colPoints(w) - 6 // cell padding
	scale := size * widthSafety
	space := em(' ') * scale
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		x := 0.0
		for i, word := range strings.Split(para, " ") {
			ww := 0.0
			for _, r := range word {
				ww += em(r) * scale
			}
			sp := 0.0
			if i > 0 {
				sp = space
			}
			switch {
			case x == 0:
				x = ww
			case x+sp+ww <= avail:
				x += sp + ww
			default:
				lines++
				x = ww
			}
			for x > avail { // a word longer than the line breaks anywhere
				lines++
				x -= avail
			}
		}
	}
	return lines
}

// rowHeight is the height in points of a row whose tallest cell holds
// text in a cell w units wide.
func rowHeight(text string, w, size float64, bold bool) float64 {
	n := textLines(text, w, size, bold)
	h := math.Ceil(float64(n)*size*lineSpacing + 5)
	return math.Min(h, maxRowHeight)
}
