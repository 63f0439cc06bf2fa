package pdf

import "baocao/report/layout"

// block is a heading or a paragraph laid out in lines.
type block struct {
	lines   []line
	style   string
	size    float64
	lineH   float64
	align   byte    // 'J' justified, 'C' centred
	before  float64 // space above, dropped at the top of a page
	heading bool
}

// narrative lays the sections out as blocks.
func (w *writer) narrative(secs []layout.Section) []block {
	L := w.L
	bodyH := lineHeight(L.BodySize, L.BodyLineHeight)
	para := L.ParagraphSpacing * ptMM
	var blocks []block
	for _, s := range secs {
		if s.Heading != "" {
			b := block{style: "B", size: L.BodySize, lineH: bodyH, align: 'J', before: para, heading: true}
			text, indent := s.Heading, L.FirstIndent
			switch layout.KindOf(text) {
			case layout.Part:
				b.align, indent, b.before = 'C', 0, L.PartHeadingSpacing*ptMM
			case layout.Level1:
				text = upper(text)
			case layout.Level3:
				b.style = "BI"
			}
			w.font(b.style, b.size)
			b.lines = w.wrap(text, w.width(), indent)
			blocks = append(blocks, b)
		}
		w.font("", L.BodySize)
		for _, p := range s.Paragraphs {
			blocks = append(blocks, block{
				lines: w.wrap(p, w.width(), L.FirstIndent),
				style: "", size: L.BodySize, lineH: bodyH, align: 'J', before: para,
			})
		}
	}
	return blocks
}

// keepHeight is the height that must fit below a heading: the heading
// and any headings right after it, and the first lines of the text.
func (w *writer) keepHeight(blocks []block) float64 {
	h := 0.0
	for i, b := range blocks {
		if i > 0 {
			h += b.before
		}
		if !b.heading {
			return h + float64(min(len(b.lines), w.L.KeepLines))*b.lineH
		}
		h += float64(len(b.lines)) * b.lineH
	}
	return h
}

// place draws blocks, breaking pages between lines so that a heading is
// never alone at a page foot and a paragraph leaves at least
// MinLinesAtBreak lines on either side of a break.
func (w *writer) place(blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.heading && !w.atTop() && !w.fits(b.before+w.keepHeight(blocks[i:])) {
			w.newPage()
		}
		if !w.atTop() {
			w.y += b.before
		}
		w.drawLines(b)
	}
}

func (w *writer) drawLines(b *block) {
	m := w.L.MinLinesAtBreak
	w.font(b.style, b.size)
	lines := b.lines
	for len(lines) > 0 {
		fit := int((w.bottom() - w.y + eps) / b.lineH)
		n := len(lines)
		k := n
		if fit < n {
			k = fit
			if b.heading {
				k = 0 // a heading moves whole
			} else {
				if n-k < m {
					k = n - m
				}
				if k < m {
					k = 0
				}
			}
			if k <= 0 && w.atTop() {
				k = max(fit, 1) // taller than a page: no better place
			}
		}
		for _, l := range lines[:k] {
			w.text(w.left()+l.indent, w.y, w.width()-l.indent, b.lineH, l.text, alignOf(b.align, l))
			w.y += b.lineH
		}
		lines = lines[k:]
		if len(lines) > 0 {
			w.newPage()
			w.font(b.style, b.size)
		}
	}
}

func alignOf(a byte, l line) byte {
	if a == 'J' && !l.justify {
		return 'L'
	}
	return a
}
