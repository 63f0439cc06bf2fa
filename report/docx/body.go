package docx

import (
	"strings"

	"baocao/report/layout"
)

// text prepares a user's text for WordprocessingML: composed letters, no
// control characters (XML cannot carry them), spaces tidied.
var text = layout.Text{}

// doc writes the body of word/document.xml.
type doc struct {
	xw
	L *layout.Layout
	c *layout.Content
	// carry is space (twips) that the next paragraph adds to its space
	// before: the gap under the title. The document uses spaces before
	// only, never a space after followed by a space before, whose sum
	// word processors do not all agree on.
	carry int
}

// before is a paragraph's space before, with what is carried; 0 is -1
// (none, not the style's).
func (d *doc) before(twips int) int {
	b := twips + d.carry
	d.carry = 0
	if b == 0 {
		return -1
	}
	return b
}

// lineH is the exact height of a line of size points with a factor.
func lineH(size, factor float64) int { return twipsPt(size * factor) }

// header writes the two columns of page 1 as a borderless table, one row
// a line of the left column so that the place and date sit on the band
// of the number line: superior body, issuing body, star and number on the
// left; the Party heading, underlined, and the place and date on the
// right.
func (d *doc) header() {
	L, r := d.L, d.c.Report
	type line struct {
		text string
		bold bool
	}
	var left []line
	if s := layout.Upper(text.OneLine(r.Organization.Superior)); s != "" {
		left = append(left, line{regular.balanced(s, L.HeaderSize, L.HeaderLeftWidth), false})
	}
	if s := layout.Upper(text.OneLine(r.Organization.Name)); s != "" {
		left = append(left, line{bold.balanced(s, L.HeaderSize, L.HeaderLeftWidth), true})
	}
	left = append(left, line{L.Star, false}, line{text.OneLine(r.NumberLine()), false})
	dateRow := max(len(left)-1, 1)
	for len(left) <= dateRow {
		left = append(left, line{})
	}

	lw := twipsMM(L.HeaderLeftWidth)
	d.table(borderless, []int{lw, twipsMM(L.TextWidth()) - lw}, func() {
		lh := lineH(L.HeaderSize, L.HeaderLineHeight)
		p := para{align: "center", before: -1, after: -1, line: lh, firstLine: -1}
		for i, l := range left {
			d.WriteString("<w:tr>")
			d.rowProps(true, false)
			d.cell(lw, 0, "top", func() {
				d.paragraph(p, span{l.text, run{bold: l.bold, size: L.HeaderSize}})
			})
			d.cell(twipsMM(L.TextWidth())-lw, 0, "top", func() {
				switch i {
				case 0:
					d.paragraph(p, span{L.PartyHeading, run{bold: true, underline: true, size: L.PartyHeadingSize}})
				case dateRow:
					// Too long for the column, the PDF sets it flush right
					// reaching left; a table cell cannot, so it wraps
					// balanced, as the PDF does when even that is short.
					s := italic.balanced(d.c.DateLine(L, text), L.DateSize, L.TextWidth()-L.HeaderLeftWidth)
					d.paragraph(p, span{s, run{italic: true, size: L.DateSize}})
				default:
					d.paragraph(p)
				}
			})
			d.WriteString("</w:tr>")
		}
	})
}

// title writes "BÁO CÁO", the summary centred within SummaryWidth, and the
// short rule under them.
func (d *doc) title() {
	L := d.L
	d.paragraph(para{align: "center", before: twipsMM(L.TitleGapBefore), after: -1, firstLine: -1,
		line: lineH(L.TitleTypeSize, L.HeaderLineHeight), keepNext: true},
		span{L.TitleType, run{bold: true, size: L.TitleTypeSize}})
	sw := min(L.SummaryWidth, L.TextWidth())
	side := twipsMM((L.TextWidth() - sw) / 2)
	if s := layout.Capitalize(text.OneLine(d.c.Report.Summary)); s != "" {
		s = bold.balanced(s, L.SummarySize, sw)
		d.paragraph(para{align: "center", before: -1, after: -1, firstLine: -1, indLeft: side, indRight: side,
			line: lineH(L.SummarySize, L.HeaderLineHeight), keepNext: true},
			span{s, run{bold: true, size: L.SummarySize}})
	}
	if L.SummaryRule != "" {
		d.paragraph(para{align: "center", before: -1, after: -1, firstLine: -1,
			line: lineH(L.SummarySize, L.HeaderLineHeight)},
			span{L.SummaryRule, run{size: L.SummarySize}})
	}
	d.carry = twipsMM(L.TitleGapAfter)
}

// headingStyle is the Word heading style of a heading: "Heading1" for the
// top level (a part when the document has parts, else "I. …"), one level
// down for each level under it. A heading of no recognised kind is set
// like a "1. …" heading and takes its level.
func headingStyle(k layout.HeadingKind, parts bool) string {
	level := map[layout.HeadingKind]int{layout.Part: 1, layout.Level1: 1, layout.Level2: 2, layout.Level3: 3, layout.Other: 2}[k]
	if parts && k != layout.Part {
		level++
	}
	return "Heading" + itoa(level)
}

// narrative writes the sections: headings in Word's heading styles (so
// that the navigation pane lists them), paragraphs in Normal, which is
// the body text (justified, first-line indent, spacing before). A line
// break inside a paragraph starts a new line with the indent, as in the
// PDF; that is a paragraph of its own without the spacing.
func (d *doc) narrative() {
	L := d.L
	parts := false
	for _, s := range d.c.Sections {
		parts = parts || (s.Heading != "" && layout.KindOf(s.Heading) == layout.Part)
	}
	for _, s := range d.c.Sections {
		if s.Heading != "" {
			k := layout.KindOf(s.Heading)
			p := para{style: headingStyle(k, parts)}
			h, rn := s.Heading, run{}
			switch k {
			case layout.Part:
				p.align, p.firstLine, p.before = "center", -1, d.before(twipsPt(L.PartHeadingSpacing))
			case layout.Level1:
				h = layout.Upper(h)
			case layout.Level3:
				rn.italic = true
			}
			if p.before == 0 && d.carry > 0 {
				p.before = d.before(twipsPt(L.ParagraphSpacing))
			}
			d.paragraph(p, span{h, rn})
		}
		for _, p := range s.Paragraphs {
			for i, seg := range strings.Split(p, "\n") {
				pp := para{}
				if i > 0 {
					pp.before = -1
				}
				if d.carry > 0 {
					pp.before = d.before(twipsPt(L.ParagraphSpacing))
				}
				if seg != "" {
					d.paragraph(pp, span{text: seg})
				}
			}
		}
	}
}

// borders of a table.
const (
	borderless = false
	ruled      = true
)

// table writes a table of fixed column widths (twips) whose rows rows
// writes.
func (d *doc) table(lines bool, widths []int, rows func()) {
	total := 0
	for _, w := range widths {
		total += w
	}
	d.WriteString("<w:tbl><w:tblPr>")
	d.tag("w:tblW", false, "w:w", itoa(total), "w:type", "dxa")
	d.tag("w:tblInd", false, "w:w", "0", "w:type", "dxa")
	d.WriteString("<w:tblBorders>")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		if lines {
			d.tag(side, false, "w:val", "single", "w:sz", itoa(eighthsMM(d.L.TableRuleWidth)), "w:space", "0", "w:color", "000000")
		} else {
			d.tag(side, false, "w:val", "nil")
		}
	}
	d.WriteString("</w:tblBorders>")
	d.WriteString(`<w:tblLayout w:type="fixed"/>`)
	padX, padY := "0", "0"
	if lines {
		padX, padY = itoa(twipsMM(d.L.TablePadX)), itoa(twipsMM(d.L.TablePadY))
	}
	d.WriteString("<w:tblCellMar>")
	d.tag("w:top", false, "w:w", padY, "w:type", "dxa")
	d.tag("w:left", false, "w:w", padX, "w:type", "dxa")
	d.tag("w:bottom", false, "w:w", padY, "w:type", "dxa")
	d.tag("w:right", false, "w:w", padX, "w:type", "dxa")
	d.WriteString("</w:tblCellMar>")
	d.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`)
	d.WriteString("</w:tblPr><w:tblGrid>")
	for _, w := range widths {
		d.tag("w:gridCol", false, "w:w", itoa(w))
	}
	d.WriteString("</w:tblGrid>")
	rows()
	d.WriteString("</w:tbl>")
}

// rowProps writes a row's properties: a row never split over two pages;
// a header row repeated at the top of every page.
func (d *doc) rowProps(cantSplit, header bool) {
	d.WriteString("<w:trPr>")
	if cantSplit {
		d.WriteString("<w:cantSplit/>")
	}
	if header {
		d.WriteString("<w:tblHeader/>")
	}
	d.WriteString("</w:trPr>")
}

// cell writes a cell of width twips spanning span columns (0 = 1).
func (d *doc) cell(width, span int, valign string, content func()) {
	d.WriteString("<w:tc><w:tcPr>")
	d.tag("w:tcW", false, "w:w", itoa(width), "w:type", "dxa")
	if span > 1 {
		d.tag("w:gridSpan", false, "w:val", itoa(span))
	}
	d.tag("w:vAlign", false, "w:val", valign)
	d.WriteString("</w:tcPr>")
	content()
	d.WriteString("</w:tc>")
}

// dataTable writes a titled table of the report: borders, the header row
// repeated on every page, rows that do not split, a group row kept with
// the row under it. keepEnd keeps every row with what follows, as the PDF
// does with the last table: a table that fits on a page with the closing
// band moves to the next page with it rather than leave the band alone
// there; a longer one is broken where Word must.
func (d *doc) dataTable(t *layout.Table, keepEnd bool) {
	if len(t.Rows) == 0 {
		return
	}
	L := d.L
	d.paragraph(para{align: "center", before: d.before(twipsPt(L.TableGapBefore)), after: twipsPt(L.TableTitleGap), firstLine: -1,
		line: lineH(L.TableTitleSize, L.BodyLineHeight), keepNext: true},
		span{t.Title, run{bold: true, size: L.TableTitleSize}})
	widths := make([]int, len(t.Cols))
	for i, c := range t.Cols {
		widths[i] = twipsMM(c.Width)
	}
	cellPara := para{style: styleTable, keepNext: true}
	d.table(ruled, widths, func() {
		d.row(t, layout.Row{Cells: t.HeaderCells(), Bold: true}, widths, true, cellPara)
		for _, r := range t.Rows {
			p := cellPara
			p.keepNext = r.KeepNext || keepEnd
			d.row(t, r, widths, false, p)
		}
	})
}

func (d *doc) row(t *layout.Table, r layout.Row, widths []int, header bool, p para) {
	L := d.L
	d.WriteString("<w:tr>")
	d.rowProps(true, header)
	col := 0
	for _, c := range r.Cells {
		n := max(c.Span, 1)
		w := 0
		for i := col; i < col+n && i < len(widths); i++ {
			w += widths[i]
		}
		cp := p
		cp.align = "center"
		size := L.TableHeaderSize
		if !header {
			size = L.TableSize
			if col < len(t.Cols) {
				cp.align = alignOf(t.Cols[col].Align)
			}
			if n > 1 {
				cp.align = "left"
			}
		}
		d.cell(w, n, "center", func() {
			d.paragraph(cp, span{c.Text, run{bold: r.Bold, size: size}})
		})
		col += n
	}
	d.WriteString("</w:tr>")
}

// end writes the closing band: "Nơi nhận:" and the recipients on the
// left, the signature block on the right, as a borderless table of one
// row that never splits; the paragraph before it is kept with it.
func (d *doc) end() {
	L := d.L
	d.paragraph(para{before: d.before(0), after: -1, firstLine: -1, line: twipsPt(L.EndGapBefore), keepNext: true})
	lw := twipsMM(L.EndLeftWidth)
	rw := twipsMM(L.TextWidth()) - lw
	d.table(borderless, []int{lw, rw}, func() {
		d.WriteString("<w:tr>")
		d.rowProps(true, false)
		d.cell(lw, 0, "top", func() {
			names := d.c.Recipients(text)
			if len(names) == 0 {
				d.paragraph(para{})
				return
			}
			base := para{align: "left", before: -1, after: -1, firstLine: -1, keepNext: true, keepLines: true}
			p := base
			p.line = lineH(L.RecipientsLabelSize, L.RecipientsLineHeight)
			d.paragraph(p, span{strings.TrimSpace(L.RecipientsLabel), run{underline: true, size: L.RecipientsLabelSize}})
			p = base
			p.line = lineH(L.RecipientsSize, L.RecipientsLineHeight)
			// A recipient that wraps goes on under its first letter.
			p.hanging = twipsMM(regular.width(L.RecipientPrefix, L.RecipientsSize))
			p.indLeft = p.hanging
			for _, name := range names {
				d.paragraph(p, span{L.RecipientPrefix + name, run{size: L.RecipientsSize}})
			}
		})
		d.cell(rw, 0, "top", func() {
			p := para{align: "center", before: -1, after: -1, firstLine: -1, keepNext: true, keepLines: true,
				line: lineH(L.SignerSize, L.SignerLineHeight)}
			for _, l := range d.c.Signature(L, text) {
				fc := regular
				if l.Bold {
					fc = bold
				}
				s := fc.balanced(l.Text, L.SignerSize, L.TextWidth()-L.EndLeftWidth)
				d.paragraph(p, span{s, run{bold: l.Bold, size: L.SignerSize}})
			}
			p.before = twipsMM(L.SignatureSpace)
			name := bold.balanced(text.OneLine(d.c.Report.Signer.Name), L.SignerSize, L.TextWidth()-L.EndLeftWidth)
			d.paragraph(p, span{name, run{bold: true, size: L.SignerSize}})
		})
		d.WriteString("</w:tr>")
	})
}
