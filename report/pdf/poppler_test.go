package pdf

// Helpers that read a produced PDF back with poppler-utils (pdftotext,
// pdfinfo, pdffonts, pdftoppm). Tests that need them skip when they are
// missing; CI installs the Debian package poppler-utils.

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baocao/report"
)

// mmPt converts millimetres to points, the unit poppler reports in.
func mmPt(mm float64) float64 { return mm * 72 / 25.4 }

func needTool(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s không có (cài gói poppler-utils): %v", tool, err)
		}
	}
}

// word is a word of the text with its box, in points from the top left.
type word struct {
	Text           string
	X0, Y0, X1, Y1 float64
}

// textLine is a line as pdftotext groups words.
type textLine struct {
	Words []word
}

func (l textLine) Text() string {
	s := make([]string, len(l.Words))
	for i, w := range l.Words {
		s[i] = w.Text
	}
	return strings.Join(s, " ")
}

func (l textLine) X0() float64 { return l.Words[0].X0 }
func (l textLine) X1() float64 { return l.Words[len(l.Words)-1].X1 }
func (l textLine) Y0() float64 { return l.Words[0].Y0 }
func (l textLine) Y1() float64 { return l.Words[0].Y1 }

// page is one page of the text.
type page struct {
	W, H  float64
	Lines []textLine
}

func (p page) words() []word {
	var out []word
	for _, l := range p.Lines {
		out = append(out, l.Words...)
	}
	return out
}

func (p page) text() string {
	var b strings.Builder
	for _, l := range p.Lines {
		b.WriteString(l.Text())
		b.WriteByte('\n')
	}
	return b.String()
}

// find returns the first line whose text is s, or contains s when
// contains is set.
func (p page) find(s string, contains bool) (textLine, bool) {
	for _, l := range p.Lines {
		if l.Text() == s || contains && strings.Contains(l.Text(), s) {
			return l, true
		}
	}
	return textLine{}, false
}

// readPages runs pdftotext -bbox-layout and parses its XHTML.
func readPages(t testing.TB, path string) []page {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var pages []page
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
			pages = append(pages, page{W: attr(se, "width"), H: attr(se, "height")})
		case "line":
			p := &pages[len(pages)-1]
			p.Lines = append(p.Lines, textLine{})
		case "word":
			var text string
			if err := dec.DecodeElement(&text, &se); err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			p := &pages[len(pages)-1]
			l := &p.Lines[len(p.Lines)-1]
			l.Words = append(l.Words, word{text, attr(se, "xMin"), attr(se, "yMin"), attr(se, "xMax"), attr(se, "yMax")})
		}
	}
	if len(pages) == 0 {
		t.Fatalf("pdftotext %s: không đọc được trang nào", path)
	}
	return pages
}

func allText(pages []page) string {
	var b strings.Builder
	for _, p := range pages {
		b.WriteString(p.text())
	}
	return b.String()
}

// pdfInfo returns pdfinfo's fields.
func pdfInfo(t testing.TB, path string) map[string]string {
	t.Helper()
	needTool(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok {
			m[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return m
}

// pdfFonts returns pdffonts's rows: name and whether embedded.
func pdfFonts(t testing.TB, path string) map[string]bool {
	t.Helper()
	needTool(t, "pdffonts")
	out, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatalf("pdffonts %s: %v", path, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 2 {
		t.Fatalf("pdffonts: %q", out)
	}
	// The columns are fixed width, given by the dashes of line 2.
	cols := strings.Fields(lines[1])
	embAt := len(cols[0]) + 1 + len(cols[1]) + 1 + len(cols[2]) + 1
	fonts := map[string]bool{}
	for _, l := range lines[2:] {
		if len(l) < embAt+3 {
			t.Fatalf("pdffonts: dòng %q", l)
		}
		fonts[strings.Fields(l)[0]] = strings.TrimSpace(l[embAt:embAt+3]) == "yes"
	}
	return fonts
}

// grayImage renders a page as 8-bit gray pixels at dpi.
type grayImage struct {
	W, H int
	Pix  []byte
}

func (g grayImage) at(x, y int) byte {
	if x < 0 || y < 0 || x >= g.W || y >= g.H {
		return 255
	}
	return g.Pix[y*g.W+x]
}

func renderGray(t testing.TB, path string, pageNo, dpi int) grayImage {
	t.Helper()
	needTool(t, "pdftoppm")
	dir := t.TempDir()
	n := strconv.Itoa(pageNo)
	cmd := exec.Command("pdftoppm", "-gray", "-r", strconv.Itoa(dpi), "-f", n, "-l", n, "-singlefile", path, filepath.Join(dir, "p"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "p.pgm"))
	if err != nil {
		t.Fatal(err)
	}
	var magic string
	var w, h, maxv int
	r := bytes.NewReader(data)
	if _, err := fmt.Fscan(r, &magic, &w, &h, &maxv); err != nil || magic != "P5" || maxv != 255 {
		t.Fatalf("pdftoppm: ảnh PGM lạ: %v", err)
	}
	pix := data[len(data)-w*h:]
	return grayImage{W: w, H: h, Pix: pix}
}

// writeTemp exports a report into a temporary file and returns its path.
func writeTemp(t testing.TB, r *report.Report, opt Options) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bc.pdf")
	if err := WriteFile(path, r, opt); err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	return path
}
