package pdf

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"baocao/report/layout"
)

// ptMM is one point in millimetres.
const ptMM = 25.4 / 72

// eps absorbs rounding when comparing positions.
const eps = 0.01

// family is the name the fonts are registered under in a document.
const family = "doc"

// writer draws one document. It does its own page breaking (gofpdf's
// automatic break is off): it keeps the cursor y and starts a page when
// what comes next does not fit, so that headings, paragraphs, table rows
// and the signature block are kept together as the layout asks.
type writer struct {
	pdf   *gofpdf.Fpdf
	L     *layout.Layout
	y     float64
	fonts fontSet
	added map[string]bool // styles registered with gofpdf
	// keepWithEnd, when above 0, is the height of the closing band (gap
	// included) that the next table should not be parted from: a table
	// that fits on this page but leaves no room for the band after it
	// starts a new page with it, so the signature never stands alone.
	keepWithEnd float64
}

// newWriter starts a document with the fonts of set registered and the
// first page added.
func newWriter(L *layout.Layout, set fontSet) (w *writer, err error) {
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: L.PageWidth, Ht: L.PageHeight},
	})
	pdf.SetMargins(L.MarginLeft, L.MarginTop, L.MarginRight)
	pdf.SetAutoPageBreak(false, L.MarginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCatalogSort(true)
	if err := addFonts(pdf, set); err != nil {
		return nil, err
	}
	w = &writer{pdf: pdf, L: L, fonts: set, added: map[string]bool{"": true}}
	pdf.SetHeaderFunc(w.pageHeader)
	pdf.SetLineCapStyle("butt")
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetTextColor(0, 0, 0)
	w.newPage()
	return w, nil
}

// addFonts registers the regular style, which every document uses; the
// other styles are registered when first used (font), so that a document
// does not carry and compress a style it never prints.
func addFonts(pdf *gofpdf.Fpdf, set fontSet) error {
	if !addStyle(pdf, "", set.regular) {
		return errors.New("phông chữ bị hỏng, chương trình không đọc được")
	}
	pdf.SetFont(family, "", 12)
	if pdf.Err() {
		return fmt.Errorf("phông chữ không dùng được (%v)", pdf.Error())
	}
	return nil
}

// addStyle registers one style and reports whether gofpdf could read it;
// gofpdf panics on some damaged fonts.
func addStyle(pdf *gofpdf.Fpdf, style string, data []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	pdf.AddUTF8FontFromBytes(family, style, data)
	return !pdf.Err() && pdf.GetFontDesc(family, style).Ascent != 0
}

func (w *writer) top() float64    { return w.L.MarginTop }
func (w *writer) bottom() float64 { return w.L.PageHeight - w.L.MarginBottom }
func (w *writer) left() float64   { return w.L.MarginLeft }
func (w *writer) width() float64  { return w.L.TextWidth() }

// atTop reports whether nothing has been drawn on the page yet.
func (w *writer) atTop() bool { return w.y <= w.top()+eps }

// fits reports whether h more millimetres fit on the page.
func (w *writer) fits(h float64) bool { return w.y+h <= w.bottom()+eps }

// newPage starts a page; pageHeader draws its number.
func (w *writer) newPage() {
	w.pdf.AddPage()
	w.y = w.top()
}

// pageHeader draws the page number, centred in the top margin, from
// PageNumberFrom on.
func (w *writer) pageHeader() {
	n := w.pdf.PageNo()
	if n < w.L.PageNumberFrom {
		return
	}
	w.font("", w.L.PageNumberSize)
	size := w.L.PageNumberSize * ptMM
	// Baseline in the middle of the margin, the digits centred on it.
	w.textAt(w.left(), w.top()/2+size*0.35, w.width(), strconv.Itoa(n), 'C')
}

// font selects a style ("", "B", "I", "BI") and a size in points.
func (w *writer) font(style string, size float64) {
	if !w.added[style] {
		w.added[style] = true
		data := map[string][]byte{"B": w.fonts.bold, "I": w.fonts.italic, "BI": w.fonts.boldItalic}[style]
		if !addStyle(w.pdf, style, data) {
			addStyle(w.pdf, style, w.fonts.regular) // read once already
		}
	}
	w.pdf.SetFont(family, style, size)
}

// lineHeight is the height of a line of a font size with a factor.
func lineHeight(size, factor float64) float64 { return size * factor * ptMM }

// stringWidth measures a text in the current font.
func (w *writer) stringWidth(s string) float64 { return w.pdf.GetStringWidth(s) }

// text draws one line of text in a box of height h whose top is y; align
// is 'L', 'C', 'R' or 'J' (justified: the words are spread to the width).
func (w *writer) text(x, y, width, h float64, s string, align byte) {
	if s == "" {
		return
	}
	a := string(align)
	if align == 'J' && !strings.Contains(s, " ") {
		a = "L"
	}
	w.pdf.SetXY(x, y)
	w.pdf.CellFormat(width, h, s, "", 0, a, false, 0, "")
}

// textAt draws one line of text on a baseline.
func (w *writer) textAt(x, baseline, width float64, s string, align byte) {
	_, size := w.pdf.GetFontSize()
	w.text(x, baseline-0.3*size, width, 0, s, align)
}

// hline draws a horizontal line.
func (w *writer) hline(x1, x2, y, thickness float64) {
	w.pdf.SetLineWidth(thickness)
	w.pdf.Line(x1, y, x2, y)
}

// line is one line of wrapped text.
type line struct {
	text    string
	indent  float64 // from the left of the text box
	justify bool    // false for the last line of a paragraph or before a line break
}

// wrap breaks a text into lines of at most width in the current font;
// the first line of each "\n"-separated part starts indent further right.
func (w *writer) wrap(text string, width, indent float64) []line {
	var out []line
	for _, seg := range strings.Split(text, "\n") {
		if seg == "" {
			continue
		}
		start := len(out)
		if indent > 0 {
			first := w.pdf.SplitText(seg, width-indent)
			if len(first) == 0 {
				continue
			}
			out = append(out, line{text: first[0], indent: indent, justify: true})
			seg = strings.TrimLeft(seg[len(first[0]):], " ")
		}
		if seg != "" {
			for _, s := range w.pdf.SplitText(seg, width) {
				out = append(out, line{text: s, justify: true})
			}
		}
		if len(out) > start {
			out[len(out)-1].justify = false
		}
	}
	return out
}

// wrapStrings is wrap without indent, as plain strings.
func (w *writer) wrapStrings(text string, width float64) []string {
	var out []string
	for _, seg := range strings.Split(text, "\n") {
		if seg != "" {
			out = append(out, w.pdf.SplitText(seg, width)...)
		}
	}
	return out
}

// balanced wraps a text in as few lines as width allows, with the lines
// as even as possible (layout.Balanced).
func (w *writer) balanced(text string, width float64) []string {
	return layout.Balanced(width, func(width float64) []string { return w.wrapStrings(text, width) })
}
