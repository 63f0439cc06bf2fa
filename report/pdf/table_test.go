package pdf

import (
	"baocao/report/layout"
	"baocao/report/reporttest/readers"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baocao/report"
)

// bigCatalogue has groups×per indicators; every 7th has a long name that
// must wrap, starting with the word CTnnn and ending with Znnn.
func bigCatalogue(t testing.TB, groups, per int) *report.Catalogue {
	t.Helper()
	type group struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	type ind struct {
		Code  string `json:"code"`
		Name  string `json:"name"`
		Unit  string `json:"unit"`
		Group string `json:"group"`
		Main  bool   `json:"main,omitempty"`
	}
	var c struct {
		Groups     []group `json:"groups"`
		Indicators []ind   `json:"indicators"`
		Rules      []any   `json:"rules"`
	}
	c.Rules = []any{}
	n := 0
	for g := 0; g < groups; g++ {
		id := fmt.Sprintf("g%d", g)
		c.Groups = append(c.Groups, group{id, fmt.Sprintf("Nhóm chỉ tiêu thứ %d", g+1)})
		for i := 0; i < per; i++ {
			name := fmt.Sprintf("CT%03d chỉ tiêu ngắn", n)
			if n%7 == 0 {
				name = fmt.Sprintf("CT%03d số cán bộ, đảng viên và quần chúng nhân dân tham gia học tập, quán triệt nghị quyết Z%03d", n, n)
			}
			c.Indicators = append(c.Indicators, ind{Code: fmt.Sprintf("%s.c%d", id, i), Name: name, Unit: "người", Group: id, Main: n < 9})
			n++
		}
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := report.LoadCatalogue(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// bigReport reports every indicator of cat: value n+1 (n = index); the
// previous and plan figures only for even indicators.
func bigReport(cat *report.Catalogue) *report.Report {
	r := report.Sample()
	r.Cat = cat
	r.Sections = []report.Section{r.Sections[0], {Heading: "I. KẾT QUẢ", Text: "Các chỉ tiêu đều đạt."}}
	r.Documents = nil
	r.Figures = map[string]report.Figure{}
	for i, in := range cat.Indicators {
		f := report.Figure{Value: report.Int(int64(i + 1))}
		if i%2 == 0 {
			f.Previous = report.Int(int64(i + 2))
			f.Plan = report.Int(int64(2*i + 2))
		}
		r.Figures[in.Code] = f
	}
	return r
}

var markerRE = regexp.MustCompile(`^CT(\d{3})$`)

func TestFiguresTableAcrossPages(t *testing.T) {
	cat := bigCatalogue(t, 4, 40)
	r := bigReport(cat)
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	checkInsideMargins(t, "large table", pages)
	nameRight := marginL + mmPt(layout.Party.Figures.No.Width+layout.Party.Figures.Name.Width)
	seen := map[string]int{}
	tablePages := 0
	for i, p := range pages {
		var firstRow, header *readers.Word
		words := p.Words()
		for j := range words {
			w := &words[j]
			if markerRE.MatchString(w.Text) && (firstRow == nil || w.Y0 < firstRow.Y0) {
				firstRow = w
			}
			if w.Text == "Chỉ" && header == nil {
				header = w
			}
		}
		if firstRow == nil {
			continue
		}
		tablePages++
		if header == nil || header.Y0 > firstRow.Y0 {
			t.Errorf("page %d has rows of the figures table but no header row (STT, Chỉ tiêu…) above them", i+1)
		}
		for _, l := range p.Lines {
			for _, w := range l.Words {
				if markerRE.MatchString(w.Text) {
					seen[w.Text]++
				}
			}
		}
		// Long names wrap inside their cell: the closing word is lower
		// than the opening one and left of the column's edge.
		for _, w := range words {
			if m := markerRE.FindStringSubmatch(w.Text); m != nil {
				n, _ := strconv.Atoi(m[1])
				if n%7 != 0 {
					continue
				}
				end := fmt.Sprintf("Z%03d", n)
				for _, z := range words {
					if z.Text == end {
						if z.Y0 <= w.Y0+1 || z.X1 > nameRight {
							t.Errorf("page %d: the name of indicator CT%03d does not wrap within its cell (start %.1f,%.1f; end %.1f,%.1f)", i+1, n, w.X0, w.Y0, z.X1, z.Y0)
						}
					}
				}
			}
		}
	}
	if tablePages < 3 {
		t.Errorf("the table of 160 indicators takes only %d pages", tablePages)
	}
	for i := range cat.Indicators {
		if k := fmt.Sprintf("CT%03d", i); seen[k] != 1 {
			t.Errorf("indicator %s printed %d times, want 1", k, seen[k])
		}
	}
	// Group rows: the Roman number in the STT column, the name beside it.
	for g, num := range []string{"I", "II", "III", "IV"} {
		name := fmt.Sprintf("Nhóm chỉ tiêu thứ %d", g+1)
		found := false
		for _, p := range pages {
			l, ok := p.Find(name, true)
			if !ok {
				continue
			}
			for _, w := range p.Words() {
				if w.Text == num && near(w.Y0, l.Y0(), 2) && w.X1 < marginL+mmPt(layout.Party.Figures.No.Width) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no group row %s %s", num, name)
		}
	}
	text := readers.AllText(pages)
	if !strings.Contains(text, "50%") {
		t.Error("text lacks the plan percentage 50%")
	}
	if strings.Contains(text, "Cả năm") {
		t.Error("a 6-month period with \"Cả năm\" over the figures column")
	}
}

// TestMissingNumberIsEmpty: an indicator with only a value has empty
// cells for previous, plan and the percentages, never 0.
func TestMissingNumberIsEmpty(t *testing.T) {
	cat := bigCatalogue(t, 1, 6)
	r := bigReport(cat)
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	for _, p := range pages {
		words := p.Words()
		for _, w := range words {
			m := markerRE.FindStringSubmatch(w.Text)
			if m == nil || m[1] == "000" {
				continue
			}
			n, _ := strconv.Atoi(m[1])
			var row []string
			for _, x := range words {
				if near((x.Y0+x.Y1)/2, (w.Y0+w.Y1)/2, 3) && x.X0 > marginL+mmPt(layout.Party.Figures.No.Width+layout.Party.Figures.Name.Width+layout.Party.Figures.Unit.Width) {
					row = append(row, x.Text)
				}
			}
			var want []string
			if n%2 == 0 {
				want = []string{fmt.Sprint(n + 1), fmt.Sprint(n + 2), report.FormatPercent(float64(n+1) / float64(n+2) * 100), fmt.Sprint(2*n + 2), "50%"}
			} else {
				want = []string{fmt.Sprint(n + 1)}
			}
			if strings.Join(row, " ") != strings.Join(want, " ") {
				t.Errorf("CT%03d: number cells %q, want %q", n, row, want)
			}
		}
	}
}

func TestNumbersFormatted(t *testing.T) {
	r := report.Sample()
	r.Figures["llct.hocvien"] = report.Figure{Value: report.Int(3286), Previous: report.Int(3314), Plan: report.Int(1234567)}
	r.Period.Kind = report.KindYear
	text := readers.AllText(readers.PDFPages(t, writePDF(t, r, Options{})))
	for _, s := range []string{"3.286", "3.314", "99,16%", "1.234.567", "0,27%", "Cả"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	for _, s := range []string{"3286", "1234567", "99.16"} {
		if strings.Contains(text, s) {
			t.Errorf("%q printed in the wrong format", s)
		}
	}
}

func TestDocumentsTableAcrossPages(t *testing.T) {
	r := report.Sample()
	r.Documents = nil
	for i := 0; i < 90; i++ {
		d := report.Document{Symbol: fmt.Sprintf("%d-KH/TU", i+1), Kind: report.DocKeHoach, Date: "2019-03-15",
			Summary: fmt.Sprintf("VB%03d về triển khai thực hiện nghị quyết, chỉ thị của Đảng trên địa bàn tỉnh trong năm", i)}
		if i%10 == 3 {
			d.Symbol, d.Date = "", ""
		}
		r.Documents = append(r.Documents, d)
	}
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	checkInsideMargins(t, "documents list", pages)
	vbRE := regexp.MustCompile(`^VB(\d{3})$`)
	dateRE := regexp.MustCompile(`^\d\d/\d\d/\d{4}$`)
	seen, tablePages := 0, 0
	for i, p := range pages {
		words := p.Words()
		var first, header *readers.Word
		for j := range words {
			w := &words[j]
			if vbRE.MatchString(w.Text) && (first == nil || w.Y0 < first.Y0) {
				first = w
			}
			if w.Text == "Trích" && header == nil {
				header = w
			}
		}
		if first == nil {
			continue
		}
		tablePages++
		if header == nil || header.Y0 > first.Y0 {
			t.Errorf("page %d has documents but no table header row above them", i+1)
		}
		for _, w := range words {
			m := vbRE.FindStringSubmatch(w.Text)
			if m == nil {
				continue
			}
			seen++
			n, _ := strconv.Atoi(m[1])
			var cells []string
			for _, x := range words {
				if x.X1 < w.X0 && near((x.Y0+x.Y1)/2, (w.Y0+w.Y1)/2, 10) {
					cells = append(cells, x.Text)
				}
			}
			hasDate := false
			for _, c := range cells {
				hasDate = hasDate || dateRE.MatchString(c)
			}
			if n%10 == 3 && (hasDate || len(cells) != 3) {
				t.Errorf("VB%03d has no number or date: the cells before the summary are %q, want STT and kind", n, cells)
			}
			if n%10 != 3 && !hasDate {
				t.Errorf("VB%03d: no date, cells %q", n, cells)
			}
		}
	}
	if seen != 90 {
		t.Errorf("%d documents printed, want 90", seen)
	}
	if tablePages < 2 {
		t.Errorf("the list of 90 documents takes only %d pages", tablePages)
	}
}

func TestBreakdownTable(t *testing.T) {
	unit := func(district string, lop, hv int64, docs ...string) report.Source {
		r := report.Sample()
		r.Organization = report.Organization{Superior: "HUYỆN ỦY " + district, Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: district}
		r.Figures = map[string]report.Figure{"llct.lop": {Value: report.Int(lop)}, "llct.hocvien": {Value: report.Int(hv)}}
		r.Documents = nil
		for _, k := range docs {
			r.Documents = append(r.Documents, report.Document{Kind: k, Summary: "về công tác tuyên giáo"})
		}
		r.Sections = []report.Section{{Heading: "I. KẾT QUẢ", Text: "Mở {llct.lop} lớp."}}
		return report.Source{Name: district + ".json", Report: r}
	}
	head := report.Sample()
	head.Sections = []report.Section{{Heading: "I. KẾT QUẢ", Text: "Toàn tỉnh mở {llct.lop} lớp, {llct.hocvien} học viên; tham mưu {vb.tong} văn bản."}}
	res := report.Consolidate(head, []report.Source{
		unit("KIM BẢNG", 12, 1200, report.DocChiThi, report.DocChiThi, report.DocKeHoach, report.DocKeHoach, report.DocKeHoach),
		unit("LÝ NHÂN", 23, 2086),
	}, report.ConsolidateOptions{})
	if res.HasErrors() {
		t.Fatalf("consolidation errors: %v", res.Notices)
	}
	pages := readers.PDFPages(t, writePDF(t, res.Report, Options{}))
	text := strings.Join(strings.Fields(readers.AllText(pages)), " ")
	for _, s := range []string{layout.Party.BreakdownTitle, "BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG", "BAN TUYÊN GIÁO HUYỆN ỦY LÝ NHÂN", layout.Party.Breakdown.TotalLabel, "1.200", "2.086", "3.286", "tham mưu 5 văn bản"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	// Each unit's row carries its figures: Kim Bảng 12 lớp, 1.200 học
	// viên, 5 văn bản; the total row the sums.
	unitRight := marginL + mmPt(layout.Party.Breakdown.No.Width+layout.Party.Breakdown.Unit.Width)
	rows := map[string]string{"KIM": "12 1.200 5", "LÝ NHÂN": "23 2.086", layout.Party.Breakdown.TotalLabel: "35 3.286 5"}
	for key, want := range rows {
		found := false
		for _, p := range pages {
			title, ok := p.Find(layout.Party.BreakdownTitle, false)
			if !ok {
				continue
			}
			for _, l := range p.Lines {
				if l.Y0() <= title.Y1() || l.X0() > unitRight || !strings.Contains(l.Text(), key) {
					continue
				}
				found = true
				var nums []string
				for _, w := range p.Words() {
					if w.X0 > unitRight && near((w.Y0+w.Y1)/2, (l.Y0()+l.Y1())/2, 9) {
						nums = append(nums, w.Text)
					}
				}
				if got := strings.Join(nums, " "); got != want {
					t.Errorf("row %s: numbers %q, want %q", key, got, want)
				}
			}
		}
		if !found {
			t.Errorf("no row %s in the table %s", key, layout.Party.BreakdownTitle)
		}
	}
}

// TestHugeCellSplits: a row taller than a page is split over pages, the
// header repeated, every word printed once, nothing outside the margins.
func TestHugeCellSplits(t *testing.T) {
	r := report.Sample()
	var words []string
	for i := 0; i < 1500; i++ {
		words = append(words, fmt.Sprintf("w%04d", i))
	}
	r.Documents[1].Summary = strings.Join(words, " ")
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	checkInsideMargins(t, "very long cell", pages)
	seen := map[string]int{}
	for i, p := range pages {
		has, header := false, false
		for _, w := range p.Words() {
			if strings.HasPrefix(w.Text, "w") && len(w.Text) == 5 {
				seen[w.Text]++
				has = true
			}
			header = header || w.Text == "Trích"
		}
		if has && !header {
			t.Errorf("page %d continues the cell but has no header row", i+1)
		}
	}
	for _, w := range words {
		if seen[w] != 1 {
			t.Fatalf("%s printed %d times, want 1", w, seen[w])
		}
	}
}
