package docx

import (
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/pdf"
	"baocao/report/reporttest/readers"
)

// find is the first word of a page with the text, or the last when last
// is set.
func find(p readers.Page, text string, last bool) (readers.Word, bool) {
	var found readers.Word
	ok := false
	for _, w := range p.Words() {
		if w.Text == text {
			found, ok = w, true
			if !last {
				break
			}
		}
	}
	return found, ok
}

// both writes r as our PDF and as a Word document that LibreOffice
// converts to PDF, and reads both back.
func both(t *testing.T, r *report.Report) (ours, lo []readers.Page) {
	t.Helper()
	readers.Soffice(t)
	dir := t.TempDir()
	ourPDF := filepath.Join(dir, "ours.pdf")
	if err := pdf.WriteFile(ourPDF, r, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "word.docx")
	if err := WriteFile(doc, r); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "lo")
	readers.Convert(t, doc, "pdf", out)
	return readers.PDFPages(t, ourPDF), readers.PDFPages(t, filepath.Join(out, "word.pdf"))
}

const ptPerMM = 72 / 25.4

// placeholderRE is a {code} left unfilled.
var placeholderRE = regexp.MustCompile(`\{[a-z][a-z0-9_.]*(:[a-z_]+)?\}`)

// TestLibreOfficeSample: LibreOffice Writer lays the Word document out
// like our PDF: within a page of its page count, the header lines, the
// title and the signature band within 5 mm of ours, page numbers from
// page 2 on, no placeholder left.
func TestLibreOfficeSample(t *testing.T) {
	ours, lo := both(t, report.Sample())
	if d := len(lo) - len(ours); d < -1 || d > 1 {
		t.Errorf("LibreOffice: %d pages, our PDF: %d", len(lo), len(ours))
	}
	const tol = 5 * ptPerMM
	compare := func(what string, a, b readers.Page, text string, last bool) {
		t.Helper()
		x, ok1 := find(a, text, last)
		y, ok2 := find(b, text, last)
		if !ok1 || !ok2 {
			t.Errorf("%s: %q not found (PDF %v, LibreOffice %v):\n%s", what, text, ok1, ok2, b.Text())
			return
		}
		t.Logf("%s %q: off by %.1f mm across, %.1f mm down", what, text, (y.X0-x.X0)/ptPerMM, (y.Y0-x.Y0)/ptPerMM)
		if math.Abs(x.X0-y.X0) > tol || math.Abs(x.Y0-y.Y0) > tol {
			t.Errorf("%s %q: PDF (%.1f, %.1f) mm, LibreOffice (%.1f, %.1f) mm, more than 5 mm apart", what, text,
				x.X0/ptPerMM, x.Y0/ptPerMM, y.X0/ptPerMM, y.Y0/ptPerMM)
		}
	}
	// Page 1: the header's lines and the title.
	for _, w := range []string{"TỈNH", "BAN", "*", "Số", "ĐẢNG", "Hà", "BÁO", "-----"} {
		compare("page 1", ours[0], lo[0], w, false)
	}
	// The page number of page 2, in the top margin.
	compare("page 2", ours[1], lo[1], "2", false)
	// The last page: the recipients and the signature block.
	lastOurs, lastLO := ours[len(ours)-1], lo[len(lo)-1]
	for _, w := range []string{"Nơi", "-", "TRƯỞNG", "Trần", "Thuần"} {
		compare("last page", lastOurs, lastLO, w, w != "Nơi" && w != "TRƯỞNG")
	}
	// Page numbers: none at the top of page 1, the number centred in the
	// top margin from page 2.
	for i, p := range lo {
		var top []readers.Word
		for _, w := range p.Words() {
			if w.Y0 < 15*ptPerMM { // the page number sits in the top margin, the text below it
				top = append(top, w)
			}
		}
		switch {
		case i == 0 && len(top) > 0:
			t.Errorf("page 1 has text in the top margin: %v", top)
		case i > 0 && (len(top) != 1 || top[0].Text != strconv.Itoa(i+1)):
			t.Errorf("page %d: top margin holds %v, want the page number %d", i+1, top, i+1)
		case i > 0:
			if mid := (30 + (210-15-30)/2.0) * ptPerMM; math.Abs(top[0].X0-mid) > tol {
				t.Errorf("page number %d at x = %.1f mm, not centred", i+1, top[0].X0/ptPerMM)
			}
		}
	}
	for i, p := range lo {
		if m := placeholderRE.FindString(p.Text()); m != "" {
			t.Errorf("page %d still has %s", i+1, m)
		}
	}
	if all := lo[0].Text() + lo[1].Text(); !strings.Contains(all, "3.286") {
		t.Error("figure 3.286 not in the text")
	}
}

// TestLibreOfficeLongNarrative: a narrative of about 40 pages takes a
// page count within 10% of our PDF's, and the band stays whole on the
// last page.
func TestLibreOfficeLongNarrative(t *testing.T) {
	ours, lo := both(t, repeatedSample(19))
	if len(ours) < 36 || len(ours) > 46 {
		t.Fatalf("PDF has %d pages, want about 40", len(ours))
	}
	if d := math.Abs(float64(len(lo)-len(ours))) / float64(len(ours)); d > 0.10 {
		t.Errorf("LibreOffice: %d pages, PDF: %d (%.0f%% apart)", len(lo), len(ours), d*100)
	}
	last := lo[len(lo)-1].Text()
	for _, w := range []string{"Nơi nhận:", "TRƯỞNG BAN", "Trần Đức Thuần", "Lưu Văn phòng"} {
		if !strings.Contains(last, w) {
			t.Errorf("last page lacks %q:\n%s", w, last)
		}
	}
	t.Logf("PDF %d pages, LibreOffice %d pages", len(ours), len(lo))
}
