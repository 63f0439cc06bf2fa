package pdf

import (
	"baocao/report/layout"
	"baocao/report/reporttest/readers"
	"math"
	"strconv"
	"strings"
	"testing"

	"baocao/report"
)

// Page geometry of the layout.Party layout, in points.
var (
	pageW      = mmPt(layout.Party.PageWidth)
	pageH      = mmPt(layout.Party.PageHeight)
	marginL    = mmPt(layout.Party.MarginLeft)
	marginR    = pageW - mmPt(layout.Party.MarginRight)
	marginTop  = mmPt(layout.Party.MarginTop)
	marginBot  = pageH - mmPt(layout.Party.MarginBottom)
	textMiddle = (marginL + marginR) / 2
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestSamplePaperAndFonts(t *testing.T) {
	path := writePDF(t, report.Sample(), Options{})
	info := pdfInfo(t, path)
	if got := info["Page size"]; !strings.HasPrefix(got, "595.28 x 841.89 pts") {
		t.Errorf("page size %q, want A4 595.28 x 841.89 pts", got)
	}
	if n, _ := strconv.Atoi(info["Pages"]); n < 2 {
		t.Errorf("the sample has %s pages, want at least 2 to test page numbers", info["Pages"])
	}
	fonts := pdfFonts(t, path)
	if len(fonts) == 0 {
		t.Fatal("no fonts")
	}
	for name, emb := range fonts {
		if !emb {
			t.Errorf("font %s not embedded", name)
		}
	}
}

func TestSampleHeader(t *testing.T) {
	pages := readers.PDFPages(t, writePDF(t, report.Sample(), Options{}))
	p1 := pages[0]
	if !near(p1.W, 595.28, 0.5) || !near(p1.H, 841.89, 0.5) {
		t.Errorf("page 1 %.2f x %.2f, want A4", p1.W, p1.H)
	}
	middle := p1.W / 2
	leftCol := marginL + mmPt(layout.Party.HeaderLeftWidth)
	leftCentre := (marginL + leftCol) / 2
	rightCentre := (leftCol + marginR) / 2

	party, ok := p1.Find("ĐẢNG CỘNG SẢN VIỆT NAM", false)
	if !ok {
		t.Fatalf("no line \"ĐẢNG CỘNG SẢN VIỆT NAM\":\n%s", p1.Text())
	}
	if party.X0() <= middle {
		t.Errorf("\"ĐẢNG CỘNG SẢN VIỆT NAM\" starts at x=%.1f, want the right column (> %.1f)", party.X0(), middle)
	}
	if w := party.X1() - party.X0(); w >= marginR-leftCol {
		t.Errorf("\"ĐẢNG CỘNG SẢN VIỆT NAM\" is %.1f wide, want less than the right column's %.1f", w, marginR-leftCol)
	}
	if c := (party.X0() + party.X1()) / 2; !near(c, rightCentre, 2) {
		t.Errorf("\"ĐẢNG CỘNG SẢN VIỆT NAM\" centred at x=%.1f, want the right column's centre %.1f", c, rightCentre)
	}
	for _, s := range []string{"TỈNH ỦY HÀ NAM", "BAN TUYÊN GIÁO", "*", "Số 45-BC/BTGTU"} {
		l, ok := p1.Find(s, false)
		if !ok {
			t.Errorf("no line that is exactly %q on page 1:\n%s", s, p1.Text())
			continue
		}
		if l.X1() >= middle {
			t.Errorf("%q ends at x=%.1f, want the left column (< %.1f)", s, l.X1(), middle)
		}
		if c := (l.X0() + l.X1()) / 2; !near(c, leftCentre, 2) {
			t.Errorf("%q centred at x=%.1f, want the left column's centre %.1f", s, c, leftCentre)
		}
		if l.Y0() < party.Y0()-2 {
			t.Errorf("%q is above the line \"ĐẢNG CỘNG SẢN VIỆT NAM\"", s)
		}
	}
	superior, _ := p1.Find("TỈNH ỦY HÀ NAM", false)
	if !near(superior.Y1(), party.Y1(), 2) {
		t.Errorf("\"TỈNH ỦY HÀ NAM\" (y=%.1f) and \"ĐẢNG CỘNG SẢN VIỆT NAM\" (y=%.1f), want one row", superior.Y1(), party.Y1())
	}
	date, ok := p1.Find("Hà Nam, ngày 05 tháng 7 năm 2019", false)
	if !ok {
		t.Fatalf("no line that is exactly %q:\n%s", "Hà Nam, ngày 05 tháng 7 năm 2019", p1.Text())
	}
	if date.X0() <= middle || date.Y0() <= party.Y1() {
		t.Errorf("the place and date line at (%.1f, %.1f), want it in the right column under \"ĐẢNG CỘNG SẢN VIỆT NAM\"", date.X0(), date.Y0())
	}
	number, _ := p1.Find("Số 45-BC/BTGTU", false)
	if !near(number.Y1(), date.Y1(), 2) {
		t.Errorf("the number (y=%.1f) and the date (y=%.1f), want one row", number.Y1(), date.Y1())
	}
	title, ok := p1.Find("BÁO CÁO", false)
	if !ok || !near((title.X0()+title.X1())/2, textMiddle, 2) || title.Y0() < date.Y1() {
		t.Errorf("\"BÁO CÁO\" should be centred under the header (found: %v %+v)", ok, title)
	}
	summary, ok := p1.Find("Sơ kết công tác tuyên giáo", true)
	if !ok || !near((summary.X0()+summary.X1())/2, textMiddle, 2) {
		t.Errorf("the summary should start with a capital and be centred (found: %v %+v)", ok, summary)
	}
}

// TestRules looks at the rendered pages for the line under the layout.Party
// heading and under "Nơi nhận:": a dark row of pixels just under the
// text, as long as it.
func TestRules(t *testing.T) {
	path := writePDF(t, report.Sample(), Options{})
	pages := readers.PDFPages(t, path)
	for _, s := range []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận:"} {
		found := false
		for i, p := range pages {
			l, ok := p.Find(s, false)
			if !ok {
				continue
			}
			found = true
			if !ruleUnder(t, path, i+1, l) {
				t.Errorf("no rule right under %q as long as the text", s)
			}
		}
		if !found {
			t.Errorf("no line %q", s)
		}
	}
}

func ruleUnder(t *testing.T, path string, pageNo int, l readers.Line) bool {
	const dpi = 144
	img := renderGray(t, path, pageNo, dpi)
	px := func(pt float64) int { return int(math.Round(pt * dpi / 72)) }
	x0, x1 := px(l.X0()), px(l.X1())
	for y := px(l.Y1()) - 4; y <= px(l.Y1()+8); y++ {
		dark := 0
		for x := x0 + 2; x <= x1-2; x++ {
			if img.at(x, y) < 128 {
				dark++
			}
		}
		// As long as the text: dark all along, white a little beyond.
		if dark >= (x1-x0-4)*97/100 && img.at(x0-6, y) > 200 && img.at(x1+6, y) > 200 {
			return true
		}
	}
	return false
}

func TestSampleBody(t *testing.T) {
	pages := readers.PDFPages(t, writePDF(t, report.Sample(), Options{}))
	text := readers.AllText(pages)
	if !strings.Contains(text, "3.286") {
		t.Error("text lacks 3.286 (the learners written the Vietnamese way)")
	}
	if strings.Contains(text, "3286") {
		t.Error("3286 printed: a number without the thousands dot")
	}
	if strings.Contains(text, "{") || strings.Contains(text, "}") {
		t.Errorf("placeholder braces { } left:\n%s", text)
	}
	for _, s := range []string{"Phần thứ nhất", "I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO", "SỐ LIỆU CHỦ YẾU", "DANH MỤC VĂN BẢN THAM MƯU BAN HÀNH", "23-CT/TU", "15/03/2019", "Nơi nhận:", "- Lưu Văn phòng", "TRƯỞNG BAN", "Trần Đức Thuần"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q", s)
		}
	}

	// The margins: body lines start at 30 mm, justified lines end at
	// 15 mm from the right edge.
	p2 := pages[1]
	minX, maxX := 1e9, 0.0
	for _, l := range p2.Lines {
		if l.Y0() < marginTop {
			continue
		}
		minX = math.Min(minX, l.X0())
		maxX = math.Max(maxX, l.X1())
	}
	if !near(minX, marginL, 1.5) {
		t.Errorf("text on page 2 starts at %.1f pt, want %.1f (30 mm)", minX, marginL)
	}
	if maxX > marginR+1 || maxX < marginR-3 {
		t.Errorf("text on page 2 ends at %.1f pt, want %.1f (15 mm)", maxX, marginR)
	}
}

func TestPageNumbers(t *testing.T) {
	pages := readers.PDFPages(t, writePDF(t, report.Sample(), Options{}))
	if len(pages) < 2 {
		t.Fatalf("the sample has only %d pages", len(pages))
	}
	checkPageNumbers(t, pages)
}

// checkPageNumbers: nothing in the top margin of page 1, and from page 2
// the page's number alone, centred in the top margin.
func checkPageNumbers(t *testing.T, pages []readers.Page) {
	t.Helper()
	for i, p := range pages {
		var inMargin []readers.Word
		for _, w := range p.Words() {
			if w.Y1 < marginTop {
				inMargin = append(inMargin, w)
			}
		}
		if i == 0 {
			if len(inMargin) > 0 {
				t.Errorf("page 1 has text in the top margin (it has no number): %+v", inMargin)
			}
			continue
		}
		want := strconv.Itoa(i + 1)
		if len(inMargin) != 1 || inMargin[0].Text != want {
			t.Errorf("page %d: top margin holds %+v, want only the number %s", i+1, inMargin, want)
			continue
		}
		w := inMargin[0]
		if c := (w.X0 + w.X1) / 2; !near(c, textMiddle, 1.5) {
			t.Errorf("page %d: page number centred at x=%.1f, want %.1f", i+1, c, textMiddle)
		}
		if h := w.Y1 - w.Y0; !near(h, 14*1.1, 3) {
			t.Errorf("page %d: page number %.1f pt high, want size 14", i+1, h)
		}
	}
}
