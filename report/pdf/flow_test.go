package pdf

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"baocao/report"
	"baocao/report/layout"
	"baocao/report/reporttest/readers"

	"golang.org/x/text/unicode/norm"
)

var loremWords = strings.Fields(`công tác tuyên giáo đã được triển khai đồng bộ kịp thời
các cấp ủy đảng tập trung lãnh đạo chỉ đạo quán triệt nghị quyết của Trung ương
Tỉnh ủy ban thường vụ phong trào thi đua học tập và làm theo tư tưởng đạo đức
phong cách Hồ Chí Minh được đẩy mạnh góp phần nâng cao nhận thức trách nhiệm
cán bộ đảng viên nhân dân trên địa bàn tỉnh những kết quả đạt được rất đáng
khích lệ tuy nhiên vẫn còn một số hạn chế khó khăn cần khắc phục trong thời gian tới`)

// lorem makes a Vietnamese-looking sentence of n words.
func lorem(rng *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = loremWords[rng.IntN(len(loremWords))]
	}
	return capitalize(strings.Join(w, " ")) + "."
}

// loremReport is the sample with a narrative of n paragraphs of 55 to 120
// words (three lines and more), five a section under a "k. Mục số k"
// heading.
func loremReport(n int, seed uint64) *report.Report {
	rng := rand.New(rand.NewPCG(seed, 7))
	r := report.Sample()
	r.Sections = nil
	for k := 0; k*5 < n; k++ {
		var paras []string
		for i := k * 5; i < min(n, k*5+5); i++ {
			paras = append(paras, lorem(rng, 55+rng.IntN(66)))
		}
		r.Sections = append(r.Sections, report.Section{
			Heading: fmt.Sprintf("%d. Mục số %d", k+1, k+1),
			Text:    strings.Join(paras, "\n\n"),
		})
	}
	return r
}

var headingLineRE = regexp.MustCompile(`^\d+\. Mục số \d+$`)

// TestSignatureBandStaysTogether exports narratives of 1 to 40 pages and
// checks that the recipients and the signature block are on one page,
// inside the margins, and never alone on it: in some of the cases the band
// does not fit after the last table, and that (short) table must move to
// the new page with it.
func TestSignatureBandStaysTogether(t *testing.T) {
	needTool(t, "pdftotext")
	var ns []int
	for n := 1; n <= 40; n++ {
		ns = append(ns, n)
	}
	ns = append(ns, 60, 90, 130, 180, 240, 290)
	kept, maxPages := 0, 0
	for _, n := range ns {
		pages := readers.PDFPages(t, writePDF(t, loremReport(n, uint64(n)), Options{}))
		maxPages = max(maxPages, len(pages))
		var band []int
		for i, p := range pages {
			text := p.Text()
			if strings.Contains(text, "Nơi nhận:") || strings.Contains(text, "TRƯỞNG BAN") ||
				strings.Contains(text, "Trần Đức Thuần") || strings.Contains(text, "- Lưu Văn phòng") {
				band = append(band, i)
			}
		}
		if len(band) != 1 {
			t.Errorf("n=%d: recipients and signature on pages %v, want one page", n, band)
			continue
		}
		p := pages[band[0]]
		text := p.Text()
		for _, s := range []string{"Nơi nhận:", "TRƯỞNG BAN", "Trần Đức Thuần", "- Ban Tuyên giáo Trung ương (để b/c)", "- Lưu Văn phòng"} {
			if !strings.Contains(text, s) {
				t.Errorf("n=%d: page %d lacks %q", n, band[0]+1, s)
			}
		}
		label, _ := p.Find("Nơi nhận:", true)
		title, _ := p.Find("TRƯỞNG BAN", true)
		if !near(label.Y1(), title.Y1(), 2) {
			t.Errorf("n=%d: \"Nơi nhận:\" (y=%.1f) and \"TRƯỞNG BAN\" (y=%.1f), want one row", n, label.Y1(), title.Y1())
		}
		switch first := firstBodyLine(p).Text(); {
		case strings.HasPrefix(first, "Nơi nhận:"):
			t.Errorf("n=%d: the signature block alone on page %d", n, band[0]+1)
		case strings.HasPrefix(first, layout.Party.DocumentsTitle) && band[0] > 0:
			kept++
		}
		checkInsideMargins(t, fmt.Sprintf("n=%d", n), pages)
	}
	if kept == 0 {
		t.Error("in no case did the last table move to the next page with the signature block: the cases do not come close enough to the page foot")
	}
	if maxPages < 38 {
		t.Errorf("the longest case has only %d pages, want about 40", maxPages)
	}
}

// firstBodyLine is the topmost line under the top margin.
func firstBodyLine(p readers.Page) readers.Line {
	var best readers.Line
	for _, l := range p.Lines {
		if l.Y0() >= marginTop && (best.Words == nil || l.Y0() < best.Y0()) {
			best = l
		}
	}
	return best
}

// lastBodyLine is the lowest line of a page.
func lastBodyLine(p readers.Page) readers.Line {
	var best readers.Line
	for _, l := range p.Lines {
		if best.Words == nil || l.Y1() > best.Y1() {
			best = l
		}
	}
	return best
}

func checkInsideMargins(t *testing.T, name string, pages []readers.Page) {
	t.Helper()
	for i, p := range pages {
		for _, w := range p.Words() {
			if w.X0 < marginL-1 || w.X1 > marginR+1 || w.Y1 > marginBot+1 {
				t.Errorf("%s: page %d: %q at (%.1f,%.1f)-(%.1f,%.1f) is outside the margins", name, i+1, w.Text, w.X0, w.Y0, w.X1, w.Y1)
				return
			}
		}
	}
}

// TestLongNarrativeFlow checks a 40-page narrative: page numbers on every
// page from 2, no heading and no lone first line of a paragraph at a page
// foot, nothing below the bottom margin, every paragraph printed.
func TestLongNarrativeFlow(t *testing.T) {
	r := loremReport(290, 42)
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	if len(pages) < 38 {
		t.Fatalf("%d pages, want about 40", len(pages))
	}
	checkPageNumbers(t, pages)
	checkInsideMargins(t, "290 paragraphs", pages)
	indent := marginL + mmPt(layout.Party.FirstIndent)
	headings := 0
	for i, p := range pages[:len(pages)-1] {
		if strings.Contains(p.Text(), layout.Party.FiguresTitle) {
			break // the tables follow the narrative
		}
		last := lastBodyLine(p)
		if headingLineRE.MatchString(last.Text()) {
			t.Errorf("page %d ends with the heading %q", i+1, last.Text())
		}
		if near(last.X0(), indent, 1) {
			t.Errorf("page %d ends with the first line of a paragraph (%q)", i+1, last.Text())
		}
		for _, l := range p.Lines {
			if headingLineRE.MatchString(l.Text()) {
				headings++
			}
		}
	}
	if want := len(r.Sections); headings != want {
		t.Errorf("counted %d headings, want %d", headings, want)
	}
	// Each paragraph's first words are printed, in order.
	text := strings.Join(strings.Fields(readers.AllText(pages)), " ")
	at := 0
	for _, s := range r.Sections {
		for _, para := range report.Paragraphs(s.Text) {
			head := strings.Join(strings.Fields(para)[:6], " ")
			i := strings.Index(text[at:], head)
			if i < 0 {
				t.Fatalf("no paragraph starting %q (after offset %d)", head, at)
			}
			at += i + len(head)
		}
	}
}

func TestHeadingLevels(t *testing.T) {
	r := report.Sample()
	r.Sections = []report.Section{
		{Heading: "Phần thứ ba\nTỔ CHỨC THỰC HIỆN", Text: ""},
		{Heading: "II- Công tác khác", Text: "Nội dung mục hai."},
		{Heading: "1. Tiểu mục một", Text: "Nội dung tiểu mục."},
		{Heading: "(1) Ý thứ nhất", Text: "Nội dung ý một."},
		{Heading: "a) Ý a", Text: "Nội dung ý a."},
	}
	path := writePDF(t, r, Options{})
	pages := readers.PDFPages(t, path)
	p1 := pages[0]
	for _, s := range []string{"Phần thứ ba", "TỔ CHỨC THỰC HIỆN"} {
		l, ok := p1.Find(s, false)
		if !ok {
			t.Errorf("no line %q:\n%s", s, p1.Text())
			continue
		}
		if c := (l.X0() + l.X1()) / 2; !near(c, textMiddle, 2) {
			t.Errorf("%q centred at x=%.1f, want %.1f", s, c, textMiddle)
		}
	}
	if _, ok := p1.Find("II- CÔNG TÁC KHÁC", false); !ok {
		t.Errorf("level I heading not in capitals: no \"II- CÔNG TÁC KHÁC\":\n%s", p1.Text())
	}
	for _, s := range []string{"1. Tiểu mục một", "(1) Ý thứ nhất", "a) Ý a"} {
		l, ok := p1.Find(s, false)
		if !ok {
			t.Errorf("no heading %q", s)
			continue
		}
		if !near(l.X0(), marginL+mmPt(layout.Party.FirstIndent), 1) {
			t.Errorf("%q starts at x=%.1f, want the paragraphs' first-line indent", s, l.X0())
		}
	}
	fonts := pdfFonts(t, path)
	if !fonts["utf8docBI"] || !fonts["utf8docB"] {
		t.Errorf("headings want bold and bold italic, fonts %v", fonts)
	}
}

func TestDecomposedInputPrintsComposed(t *testing.T) {
	r := report.Sample()
	nfd := norm.NFD.String
	r.Summary = nfd(r.Summary)
	r.Organization.Name = nfd(r.Organization.Name)
	r.Organization.Place = nfd(r.Organization.Place)
	for i := range r.Sections {
		r.Sections[i].Heading = nfd(r.Sections[i].Heading)
		r.Sections[i].Text = nfd(r.Sections[i].Text)
	}
	r.Signer.Name = nfd(r.Signer.Name)
	if r.Summary == report.Sample().Summary {
		t.Fatal("NFD changed nothing: the test would mean nothing")
	}
	text := readers.AllText(readers.PDFPages(t, writePDF(t, r, Options{})))
	for _, ch := range text {
		if unicode.Is(unicode.Mn, ch) {
			t.Fatalf("a combining mark (U+%04X) in the printed text", ch)
		}
	}
	for _, s := range []string{"Sơ kết công tác tuyên giáo", "BAN TUYÊN GIÁO", "Hà Nam, ngày 05 tháng 7 năm 2019", "Trần Đức Thuần", "I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO"} {
		if !strings.Contains(text, s) {
			t.Errorf("no precomposed (NFC) %q", s)
		}
	}
}

func TestOddText(t *testing.T) {
	r := report.Sample()
	long := strings.Repeat("https://tuyengiao.vn/bao-ve-nen-tang-tu-tuong-cua-dang/", 6)
	r.Sections = []report.Section{{
		Heading: "1. Văn bản\tcó   ký tự lạ",
		Text:    "Đường dẫn " + long + " rất dài.\n\nCó biểu tượng 😀 và\tdấu tab, \x01ký tự điều khiển.\nDòng ngắt.\n- Gạch đầu dòng một\n- Gạch đầu dòng hai",
	}}
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	checkInsideMargins(t, "odd characters", pages)
	text := readers.AllText(pages)
	for _, s := range []string{"1. Văn bản có ký tự lạ", "Có biểu tượng ? và dấu tab, ký tự điều khiển.", "- Gạch đầu dòng hai"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q:\n%s", s, text)
		}
	}
}
