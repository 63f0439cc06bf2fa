package pdf

import (
	"math"
	"strings"

	"baocao/report/layout"
)

// sigLine is a line of the signature column.
type sigLine struct {
	text  string
	style string
}

// end draws the band that closes the document: "Nơi nhận:" and the
// recipients on the left, the signature block on the right, both starting
// on the same baseline. The band is measured first and moves whole to a
// new page when it does not fit.
func (w *writer) end(c *layout.Content) {
	w.endBand(c, true)
}

// endHeight is the height of the closing band (without the gap before it).
func (w *writer) endHeight(c *layout.Content) float64 {
	return w.endBand(c, false)
}

// endBand measures the closing band and, when draw is set, draws it.
func (w *writer) endBand(c *layout.Content, draw bool) float64 {
	L, r := w.L, c.Report
	lx, lw := w.left(), L.EndLeftWidth
	rx, rw := lx+lw, w.width()-lw

	// Left: the recipients, each "- …", wrapped with a hanging indent.
	labelH := lineHeight(L.RecipientsLabelSize, L.RecipientsLineHeight)
	recH := lineHeight(L.RecipientsSize, L.RecipientsLineHeight)
	w.font("", L.RecipientsSize)
	hang := w.stringWidth(L.RecipientPrefix)
	var recipients []line
	for _, name := range c.Recipients(pdfText) {
		first := true
		for _, s := range w.wrapStrings(name, lw-hang) {
			l := line{text: s, indent: hang}
			if first {
				l = line{text: L.RecipientPrefix + s}
				first = false
			}
			recipients = append(recipients, l)
		}
	}
	leftH := 0.0
	if len(recipients) > 0 {
		leftH = labelH + float64(len(recipients))*recH
	}

	// Right: authority, title, the space to sign, the name.
	sigH := lineHeight(L.SignerSize, L.SignerLineHeight)
	var sig []sigLine
	for _, x := range c.Signature(L, pdfText) {
		style := ""
		if x.Bold {
			style = "B"
		}
		w.font(style, L.SignerSize)
		for _, s := range w.balanced(x.Text, rw) {
			sig = append(sig, sigLine{s, style})
		}
	}
	// The name, wrapped within the column like the lines above it.
	w.font("B", L.SignerSize)
	var names []string
	if name := oneLine(r.Signer.Name); name != "" {
		names = w.balanced(name, rw)
	}
	rightH := float64(len(sig))*sigH + L.SignatureSpace + float64(max(len(names), 1))*sigH
	height := math.Max(leftH, rightH)
	if !draw {
		return height
	}

	gap := L.EndGapBefore * ptMM
	if !w.atTop() {
		if !w.fits(gap + height) {
			w.newPage()
		} else {
			w.y += gap
		}
	}
	top := w.y
	base := top + L.SignerSize*ptMM

	if len(recipients) > 0 {
		w.font("", L.RecipientsLabelSize)
		w.textAt(lx, base, lw, L.RecipientsLabel, 'L')
		// The underline, as long as the label, below the baseline.
		uw := w.stringWidth(strings.TrimSpace(L.RecipientsLabel))
		w.hline(lx, lx+uw, base+L.RecipientsRuleGap+L.RecipientsRuleWidth/2, L.RecipientsRuleWidth)
		b := base + (labelH+recH)/2
		w.font("", L.RecipientsSize)
		for _, l := range recipients {
			w.textAt(lx+l.indent, b, lw-l.indent, l.text, 'L')
			b += recH
		}
	}

	b := base
	for _, x := range sig {
		w.font(x.style, L.SignerSize)
		w.textAt(rx, b, rw, x.text, 'C')
		b += sigH
	}
	b += L.SignatureSpace
	w.font("B", L.SignerSize)
	for _, s := range names {
		w.textAt(rx, b, rw, s, 'C')
		b += sigH
	}
	w.y = top + height
	return height
}
