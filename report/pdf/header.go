package pdf

import (
	"math"

	"baocao/report"
	"baocao/report/layout"
)

// header draws the two columns of page 1: superior body, issuing body,
// star and number on the left; the Party heading, its rule, and the place
// and date on the right. It leaves y under the lower of the two columns.
func (w *writer) header(c *layout.Content) {
	L, r := w.L, c.Report
	lx, lw := w.left(), L.HeaderLeftWidth
	rx, rw := lx+lw, w.width()-lw
	lh := lineHeight(L.HeaderSize, L.HeaderLineHeight)
	first := w.top() + L.HeaderSize*ptMM // baseline of the first line

	// Left column, each line centred in it.
	base := first
	put := func(text, style string) {
		if text == "" {
			return
		}
		w.font(style, L.HeaderSize)
		for _, s := range w.balanced(text, lw) {
			w.textAt(lx, base, lw, s, 'C')
			base += lh
		}
	}
	put(upper(oneLine(r.Organization.Superior)), "")
	put(upper(oneLine(r.Organization.Name)), "B")
	put(L.Star, "")
	numberBase := base
	put(oneLine(r.NumberLine()), "")
	leftEnd := base - lh

	// Right column: the Party heading with a rule as long as the text.
	w.font("B", L.PartyHeadingSize)
	heading := L.PartyHeading
	hw := w.stringWidth(heading)
	cx := rx + rw/2
	w.textAt(rx, first, rw, heading, 'C')
	ruleY := first + L.PartyRuleGap
	w.hline(cx-hw/2, cx+hw/2, ruleY, L.PartyRuleWidth)

	// Place and date, on the band of the number line, centred in the
	// column; a line too long for the column is set flush right.
	w.font("I", L.DateSize)
	dateLine := c.DateLine(L, pdfText)
	dateBase := math.Max(numberBase, ruleY+lh*1.2)
	// Centred in the right column; a longer line set flush right on the
	// band, as far left as the number line allows; longer still, wrapped.
	lines, align, dx, dw := []string{dateLine}, byte('C'), rx, rw
	if width := w.stringWidth(dateLine); width > rw {
		w.font("", L.HeaderSize)
		numberEnd := lx + lw/2 + w.stringWidth(oneLine(r.NumberLine()))/2
		w.font("I", L.DateSize)
		if room := w.left() + w.width() - numberEnd - L.DateMinGap; width <= room {
			align, dx, dw = 'R', w.left()+w.width()-room, room
		} else {
			lines = w.balanced(dateLine, rw)
		}
	}
	for _, s := range lines {
		w.textAt(dx, dateBase, dw, s, align)
		dateBase += lh
	}
	rightEnd := dateBase - lh

	w.y = math.Max(leftEnd, rightEnd) + lh*0.35 // the descent under the last baseline
}

// title draws "BÁO CÁO", the summary wrapped and centred, and the short
// rule under them.
func (w *writer) title(r *report.Report) {
	L := w.L
	w.y += L.TitleGapBefore
	w.font("B", L.TitleTypeSize)
	h := lineHeight(L.TitleTypeSize, L.HeaderLineHeight)
	w.text(w.left(), w.y, w.width(), h, L.TitleType, 'C')
	w.y += h
	if s := capitalize(oneLine(r.Summary)); s != "" {
		w.font("B", L.SummarySize)
		h = lineHeight(L.SummarySize, L.HeaderLineHeight)
		sw := math.Min(L.SummaryWidth, w.width())
		sx := w.left() + (w.width()-sw)/2
		for _, s := range w.balanced(s, sw) {
			w.text(sx, w.y, sw, h, s, 'C')
			w.y += h
		}
	}
	if L.SummaryRule != "" {
		w.font("", L.SummarySize)
		h = lineHeight(L.SummarySize, L.HeaderLineHeight)
		w.text(w.left(), w.y, w.width(), h, L.SummaryRule, 'C')
		w.y += h
	}
	w.y += L.TitleGapAfter
}
