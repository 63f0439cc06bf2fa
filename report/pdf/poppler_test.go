package pdf

// Helpers that read a produced PDF back with poppler-utils (pdfinfo,
// pdffonts, pdftoppm; pdftotext through report/reporttest/readers). A
// missing tool skips the test, and fails it in CI.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest/readers"
)

// mmPt converts millimetres to points, the unit poppler reports in.
func mmPt(mm float64) float64 { return mm * 72 / 25.4 }

func needTool(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		readers.Need(t, tool, "poppler-utils")
	}
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
			t.Fatalf("pdffonts: line %q", l)
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
		t.Fatalf("pdftoppm: unexpected PGM image: %v", err)
	}
	pix := data[len(data)-w*h:]
	return grayImage{W: w, H: h, Pix: pix}
}

// writePDF exports r as a PDF into a temp folder and returns its path.
func writePDF(t testing.TB, r *report.Report, opt Options) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bc.pdf")
	if err := WriteFile(path, r, opt); err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	return path
}
