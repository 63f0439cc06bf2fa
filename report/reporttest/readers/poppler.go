package readers

import (
	"bytes"
	"encoding/xml"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// Word is a word of a PDF's text with its box, in points from the top left
// of its page, as pdftotext -bbox-layout gives it.
type Word struct {
	Text           string
	X0, Y0, X1, Y1 float64
}

// Line is a line as pdftotext groups words.
type Line struct {
	Words []Word
}

// Text is the line's words joined by spaces.
func (l Line) Text() string {
	s := make([]string, len(l.Words))
	for i, w := range l.Words {
		s[i] = w.Text
	}
	return strings.Join(s, " ")
}

// X0, X1, Y0 and Y1 are the line's box.
func (l Line) X0() float64 { return l.Words[0].X0 }

// X1 is the right end of the line's last word.
func (l Line) X1() float64 { return l.Words[len(l.Words)-1].X1 }

// Y0 is the top of the line's first word.
func (l Line) Y0() float64 { return l.Words[0].Y0 }

// Y1 is the bottom of the line's first word.
func (l Line) Y1() float64 { return l.Words[0].Y1 }

// Page is one page of a PDF's text.
type Page struct {
	W, H  float64
	Lines []Line
}

// Words are the page's words in reading order.
func (p Page) Words() []Word {
	var out []Word
	for _, l := range p.Lines {
		out = append(out, l.Words...)
	}
	return out
}

// Text is the page's lines, each ended by a line break.
func (p Page) Text() string {
	var b strings.Builder
	for _, l := range p.Lines {
		b.WriteString(l.Text())
		b.WriteByte('\n')
	}
	return b.String()
}

// Find returns the first line whose text is s, or contains s when
// contains is set.
func (p Page) Find(s string, contains bool) (Line, bool) {
	for _, l := range p.Lines {
		if l.Text() == s || contains && strings.Contains(l.Text(), s) {
			return l, true
		}
	}
	return Line{}, false
}

// PDFPages reads a PDF with pdftotext -bbox-layout (poppler-utils): every
// page with its lines and their words' boxes.
func PDFPages(t testing.TB, path string) []Page {
	t.Helper()
	tool := Need(t, "pdftotext", "poppler-utils")
	out, err := exec.Command(tool, "-bbox-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var pages []Page
	attr := func(se xml.StartElement, name string) float64 {
		for _, a := range se.Attr {
			if a.Name.Local == name {
				v, err := strconv.ParseFloat(a.Value, 64)
				if err != nil {
					t.Fatalf("pdftotext: %s=%q", name, a.Value)
				}
				return v
			}
		}
		return 0
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "page":
			pages = append(pages, Page{W: attr(se, "width"), H: attr(se, "height")})
		case "line":
			p := &pages[len(pages)-1]
			p.Lines = append(p.Lines, Line{})
		case "word":
			var text string
			if err := dec.DecodeElement(&text, &se); err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			p := &pages[len(pages)-1]
			l := &p.Lines[len(p.Lines)-1]
			l.Words = append(l.Words, Word{text, attr(se, "xMin"), attr(se, "yMin"), attr(se, "xMax"), attr(se, "yMax")})
		}
	}
	if len(pages) == 0 {
		t.Fatalf("pdftotext %s: no pages read", path)
	}
	return pages
}

// AllText is the text of all pages.
func AllText(pages []Page) string {
	var b strings.Builder
	for _, p := range pages {
		b.WriteString(p.Text())
	}
	return b.String()
}

// PDFText is the PDF's text laid out as pdftotext -layout lays it out.
func PDFText(t testing.TB, path string) string {
	t.Helper()
	tool := Need(t, "pdftotext", "poppler-utils")
	out, err := exec.Command(tool, "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}
