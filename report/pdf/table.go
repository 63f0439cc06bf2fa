package pdf

import (
	"math"
	"strings"

	"baocao/report/layout"
)

// laidCell is a cell measured for drawing.
type laidCell struct {
	x, width float64
	lines    []string
	size     float64
	lineH    float64
	align    byte
}

// laidRow is a row measured for drawing.
type laidRow struct {
	cells    []laidCell
	style    string
	height   float64
	maxLines int
	keepNext bool
}

// layRow measures a row: wraps each cell's text in its width. A word or a
// number too wide for its cell is first set smaller, down to
// TableMinSize, and broken only below that.
func (w *writer) layRow(t *layout.Table, r layout.Row, header bool) laidRow {
	L := w.L
	lr := laidRow{style: "", keepNext: r.KeepNext}
	if r.Bold || header {
		lr.style = "B"
	}
	pad := L.TablePadX
	x := w.left()
	col := 0
	for _, c := range r.Cells {
		span := max(c.Span, 1)
		width := 0.0
		for i := col; i < col+span && i < len(t.Cols); i++ {
			width += t.Cols[i].Width
		}
		align := byte('C')
		if !header && col < len(t.Cols) {
			align = t.Cols[col].Align
			if span > 1 {
				align = 'L'
			}
		}
		lc := laidCell{x: x, width: width, size: L.TableSize, align: align}
		if header {
			lc.size = L.TableHeaderSize
		}
		inner := width - 2*pad
		w.font(lr.style, lc.size)
		if ww := w.widestWord(c.Text); ww > inner {
			lc.size = math.Max(L.TableMinSize, math.Floor(lc.size*inner/ww*2)/2)
			w.font(lr.style, lc.size)
		}
		lc.lineH = lineHeight(lc.size, L.TableLineHeight)
		lc.lines = w.wrapStrings(c.Text, inner)
		lr.maxLines = max(lr.maxLines, len(lc.lines))
		lr.height = math.Max(lr.height, float64(len(lc.lines))*lc.lineH)
		lr.cells = append(lr.cells, lc)
		x += width
		col += span
	}
	lr.maxLines = max(lr.maxLines, 1)
	lr.height = math.Max(lr.height, lineHeight(L.TableSize, L.TableLineHeight)) + 2*L.TablePadY
	return lr
}

// drawRow draws lines [from, from+n) of every cell of a row, with the
// cells' borders, at the cursor; a whole row is centred vertically in
// its cells, a part of a split row starts at the top.
func (w *writer) drawRow(r *laidRow, from, n int, height float64) {
	L := w.L
	whole := from == 0 && n >= r.maxLines
	w.pdf.SetLineWidth(L.TableRuleWidth)
	for _, c := range r.cells {
		w.pdf.Rect(c.x, w.y, c.width, height, "D")
		lines := c.lines[min(from, len(c.lines)):]
		lines = lines[:min(n, len(lines))]
		ty := w.y + L.TablePadY
		if whole {
			ty = w.y + (height-float64(len(lines))*c.lineH)/2
		}
		w.font(r.style, c.size)
		for _, s := range lines {
			w.text(c.x+L.TablePadX, ty, c.width-2*L.TablePadX, c.lineH, s, c.align)
			ty += c.lineH
		}
	}
	w.y += height
}

// table draws a table with its title; the title is kept with the header
// and the first row.
func (w *writer) table(t *layout.Table) {
	if len(t.Rows) == 0 {
		return
	}
	L := w.L
	header := w.layRow(t, layout.Row{Cells: t.HeaderCells()}, true)
	rows := make([]laidRow, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = w.layRow(t, r, false)
	}
	w.font("B", L.TableTitleSize)
	titleH := lineHeight(L.TableTitleSize, L.BodyLineHeight)
	titleLines := w.wrapStrings(t.Title, w.width())
	gap := L.TableGapBefore * ptMM
	first := rows[0].height
	if rows[0].keepNext && len(rows) > 1 {
		first += rows[1].height
	}
	need := float64(len(titleLines))*titleH + L.TableTitleGap*ptMM + header.height + first
	if end := w.keepWithEnd; end > 0 && !w.atTop() {
		total := need - first
		for i := range rows {
			total += rows[i].height
		}
		body := w.bottom() - w.top()
		if w.fits(gap+total) && !w.fits(gap+total+end) && total+end <= body {
			w.newPage()
		}
	}
	if !w.atTop() {
		if !w.fits(gap + need) {
			w.newPage()
		} else {
			w.y += gap
		}
	}
	w.font("B", L.TableTitleSize)
	for _, s := range titleLines {
		w.text(w.left(), w.y, w.width(), titleH, s, 'C')
		w.y += titleH
	}
	w.y += L.TableTitleGap * ptMM
	w.drawRow(&header, 0, header.maxLines, header.height)
	onPage := 0
	for i := range rows {
		r := &rows[i]
		need := r.height
		if r.keepNext && i+1 < len(rows) {
			need += rows[i+1].height
		}
		if onPage > 0 && !w.fits(need) {
			w.newPage()
			w.drawRow(&header, 0, header.maxLines, header.height)
			onPage = 0
		}
		if w.fits(r.height) {
			w.drawRow(r, 0, r.maxLines, r.height)
		} else {
			w.splitRow(r, &header)
		}
		onPage++
	}
}

// splitRow draws a row taller than the rest of the page over as many
// pages as it needs, repeating the header.
func (w *writer) splitRow(r *laidRow, header *laidRow) {
	L := w.L
	lh := lineHeight(L.TableSize, L.TableLineHeight)
	for from := 0; from < r.maxLines; {
		n := int((w.bottom() - w.y - 2*L.TablePadY + eps) / lh)
		if n < 1 && w.y > w.top()+header.height+eps {
			w.newPage()
			w.drawRow(header, 0, header.maxLines, header.height)
			continue
		}
		n = max(1, min(n, r.maxLines-from))
		w.drawRow(r, from, n, float64(n)*lh+2*L.TablePadY)
		from += n
		if from < r.maxLines {
			w.newPage()
			w.drawRow(header, 0, header.maxLines, header.height)
		}
	}
}

// widestWord is the width of the widest word of a text in the current
// font.
func (w *writer) widestWord(s string) float64 {
	widest := 0.0
	for _, f := range strings.Fields(s) {
		widest = math.Max(widest, w.stringWidth(f))
	}
	return widest
}
