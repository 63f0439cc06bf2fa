package docx

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
)

// Units of WordprocessingML: lengths in twentieths of a point (twips),
// font sizes in half points, borders in eighths of a point.
const ptMM = 72 / 25.4 // points in a millimetre

func twipsMM(mm float64) int   { return int(math.Round(mm * ptMM * 20)) }
func twipsPt(pt float64) int   { return int(math.Round(pt * 20)) }
func halfPt(pt float64) int    { return int(math.Round(pt * 2)) }
func eighthsMM(mm float64) int { return max(2, int(math.Round(mm*ptMM*8))) }

// xw builds the XML of a part.
type xw struct{ strings.Builder }

// esc writes s as XML character data or an attribute value.
func (b *xw) esc(s string) {
	xml.EscapeText(b, []byte(s)) // never fails on a Builder
}

// tag writes <name a="v" …/> or, with open set, <name …>.
func (b *xw) tag(name string, open bool, attrs ...string) {
	b.WriteByte('<')
	b.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		b.WriteByte(' ')
		b.WriteString(attrs[i])
		b.WriteString(`="`)
		b.esc(attrs[i+1])
		b.WriteByte('"')
	}
	if !open {
		b.WriteByte('/')
	}
	b.WriteByte('>')
}

func (b *xw) end(name string) {
	b.WriteString("</")
	b.WriteString(name)
	b.WriteByte('>')
}

func itoa(n int) string { return strconv.Itoa(n) }

// para are the properties of a paragraph that this package sets; a zero
// field is left to the style.
type para struct {
	style               string
	align               string // "left", "center", "right", "both"
	before, after       int    // twips; -1 sets 0
	line                int    // exact line height in twips
	firstLine           int    // twips; -1 sets 0
	hanging             int    // twips, instead of firstLine
	indLeft, indRight   int    // twips
	keepNext, keepLines bool
	widow               bool // widow and orphan control
	outline             int  // outline level + 1 (a heading style), 0 none
}

// run are the properties of a run.
type run struct {
	bold, italic, underline bool
	size                    float64 // points; 0 is the style's
}

// span is text set in one run's properties.
type span struct {
	text string
	run
}

// paragraph writes a paragraph of spans; "\n" in a text is a line break.
func (b *xw) paragraph(p para, spans ...span) {
	b.WriteString("<w:p>")
	b.pPr(p)
	for _, s := range spans {
		for i, part := range strings.Split(s.text, "\n") {
			b.WriteString("<w:r>")
			b.rPr(s.run)
			if i > 0 {
				b.WriteString("<w:br/>")
			}
			if part != "" {
				b.WriteString(`<w:t xml:space="preserve">`)
				b.esc(part)
				b.WriteString("</w:t>")
			}
			b.WriteString("</w:r>")
		}
	}
	b.WriteString("</w:p>")
}

func (b *xw) pPr(p para) {
	b.WriteString("<w:pPr>")
	if p.style != "" {
		b.tag("w:pStyle", false, "w:val", p.style)
	}
	if p.keepNext {
		b.WriteString("<w:keepNext/>")
	}
	if p.keepLines {
		b.WriteString("<w:keepLines/>")
	}
	if p.widow {
		b.WriteString("<w:widowControl/>")
	}
	if p.before != 0 || p.after != 0 || p.line != 0 {
		var a []string
		if p.before != 0 {
			a = append(a, "w:before", itoa(max(p.before, 0)))
		}
		if p.after != 0 {
			a = append(a, "w:after", itoa(max(p.after, 0)))
		}
		if p.line != 0 {
			a = append(a, "w:line", itoa(p.line), "w:lineRule", "exact")
		}
		b.tag("w:spacing", false, a...)
	}
	if p.firstLine != 0 || p.indLeft != 0 || p.indRight != 0 || p.hanging != 0 {
		var a []string
		if p.indLeft != 0 {
			a = append(a, "w:left", itoa(p.indLeft))
		}
		if p.indRight != 0 {
			a = append(a, "w:right", itoa(p.indRight))
		}
		if p.hanging != 0 {
			a = append(a, "w:hanging", itoa(p.hanging))
		} else if p.firstLine != 0 {
			a = append(a, "w:firstLine", itoa(max(p.firstLine, 0)))
		}
		b.tag("w:ind", false, a...)
	}
	if p.align != "" {
		b.tag("w:jc", false, "w:val", p.align)
	}
	if p.outline > 0 {
		b.tag("w:outlineLvl", false, "w:val", itoa(p.outline-1))
	}
	b.WriteString("</w:pPr>")
}

func (b *xw) rPr(r run) {
	if r == (run{}) {
		return
	}
	b.WriteString("<w:rPr>")
	if r.bold {
		b.WriteString("<w:b/><w:bCs/>")
	}
	if r.italic {
		b.WriteString("<w:i/><w:iCs/>")
	}
	if r.size != 0 {
		b.tag("w:sz", false, "w:val", itoa(halfPt(r.size)))
		b.tag("w:szCs", false, "w:val", itoa(halfPt(r.size)))
	}
	if r.underline {
		b.tag("w:u", false, "w:val", "single")
	}
	b.WriteString("</w:rPr>")
}

// alignOf maps a column's alignment to a paragraph's.
func alignOf(a byte) string {
	switch a {
	case 'C':
		return "center"
	case 'R':
		return "right"
	case 'J':
		return "both"
	}
	return "left"
}
