package docx

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/layout"
	"baocao/report/reporttest/readers"
)

// read is what python-docx (testdata/read_docx.py) reads from a document.
type read struct {
	Page               []float64
	Orientation        string
	Margins            map[string]float64
	DifferentFirstPage bool `json:"different_first_page"`
	Header             []headerPara
	FirstPageHeader    []headerPara `json:"first_page_header"`
	Font               string
	FontSize           float64 `json:"font_size_pt"`
	Normal             struct {
		Align       string
		FirstLineMM float64 `json:"first_line_mm"`
		BeforePt    float64 `json:"space_before_pt"`
		LinePt      float64 `json:"line_pt"`
	}
	Paragraphs    []struct{ Style, Text string }
	HeadingStyles map[string]struct {
		Bold         bool
		KeepWithNext bool `json:"keep_with_next"`
		Outline      int
	} `json:"heading_styles"`
	Tables []struct {
		Borders  []string
		WidthsMM []float64 `json:"widths_mm"`
		Rows     []readRow
	}
	Core          struct{ Title, Author, Subject string }
	EmbeddedFonts int `json:"embedded_fonts"`
}

type readRow struct {
	Cells     []string
	Header    bool
	CantSplit bool `json:"cant_split"`
	KeepNext  bool `json:"keep_next"`
}

type headerPara struct {
	Text   string
	Fields []string
	Align  string
}

// pythonDocx reads path with python-docx, the Debian package python3-docx
// run by Debian's python3.
func pythonDocx(t *testing.T, path string) *read {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		py = "python3"
	}
	if err := exec.Command(py, "-c", "import docx").Run(); err != nil {
		readers.Missing(t, "no python-docx (Debian package python3-docx): %v", err)
	}
	out, err := exec.Command(py, "testdata/read_docx.py", path).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("python-docx cannot read %s: %v\n%s", path, err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var r read
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return &r
}

func nearMM(a, b float64) bool { return math.Abs(a-b) < 0.1 }

func TestPythonDocxReadsSample(t *testing.T) {
	L := &layout.Party
	d := pythonDocx(t, writeDocx(t, report.Sample(), "mau.docx"))

	if len(d.Page) != 2 || !nearMM(d.Page[0], L.PageWidth) || !nearMM(d.Page[1], L.PageHeight) || !strings.HasPrefix(d.Orientation, "PORTRAIT") {
		t.Errorf("page %v %s, want A4 portrait", d.Page, d.Orientation)
	}
	for side, want := range map[string]float64{"top": 20, "bottom": 20, "left": 30, "right": 15} {
		if !nearMM(d.Margins[side], want) {
			t.Errorf("%s margin = %.2f mm, want %.0f", side, d.Margins[side], want)
		}
	}
	if d.Font != "Times New Roman" || d.FontSize != 14 || d.EmbeddedFonts != 0 {
		t.Errorf("font %q %.1f pt, %d fonts embedded; want Times New Roman 14 pt, not embedded", d.Font, d.FontSize, d.EmbeddedFonts)
	}
	if !strings.HasPrefix(d.Normal.Align, "JUSTIFY") || !nearMM(d.Normal.FirstLineMM, L.FirstIndent) ||
		d.Normal.BeforePt != L.ParagraphSpacing || math.Abs(d.Normal.LinePt-L.BodySize*L.BodyLineHeight) > 0.05 {
		t.Errorf("paragraph style (Normal) = %+v", d.Normal)
	}

	// Page numbers: none on page 1, a centred PAGE field from page 2.
	if !d.DifferentFirstPage {
		t.Error("no different first page (titlePg)")
	}
	if len(d.Header) != 1 || !slices.Contains(d.Header[0].Fields, " PAGE ") || !strings.HasPrefix(d.Header[0].Align, "CENTER") {
		t.Errorf("header: %+v", d.Header)
	}
	for _, p := range d.FirstPageHeader {
		if p.Text != "" || len(p.Fields) > 0 {
			t.Errorf("page 1 has a page number: %+v", d.FirstPageHeader)
		}
	}

	// Headings in Word's heading styles, with outline levels.
	for n := 1; n <= 4; n++ {
		name := "Heading " + string(rune('0'+n))
		s, ok := d.HeadingStyles[name]
		if !ok || !s.Bold || !s.KeepWithNext || s.Outline != n-1 {
			t.Errorf("style %s = %+v", name, s)
		}
	}
	styleOf := map[string]string{}
	for _, p := range d.Paragraphs {
		styleOf[strings.SplitN(p.Text, "\n", 2)[0]] = p.Style
	}
	for text, want := range map[string]string{
		"Phần thứ nhất":                 "Heading 1",
		"I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO": "Heading 2",
		"1. Tham mưu quán triệt, triển khai các chỉ thị, nghị quyết": "Heading 3",
	} {
		if styleOf[text] != want {
			t.Errorf("%q has style %q, want %q", text, styleOf[text], want)
		}
	}
	var body string
	for _, p := range d.Paragraphs {
		body += p.Text + "\n"
	}
	if !strings.Contains(body, "3.286 học viên") || strings.Contains(body, "{") {
		t.Errorf("placeholders not filled:\n%s", body)
	}

	// Tables: the header (borderless), figures and documents (ruled,
	// header row repeated, rows not split), the band (borderless, one row
	// that does not split).
	if len(d.Tables) != 4 {
		t.Fatalf("%d tables, want 4", len(d.Tables))
	}
	head, figures, docs, band := d.Tables[0], d.Tables[1], d.Tables[2], d.Tables[3]
	for _, tb := range [][]string{head.Borders, band.Borders} {
		for _, b := range tb {
			if b != "nil" && b != "none" {
				t.Errorf("a borderless table has borders %v", tb)
			}
		}
	}
	if head.Rows[0].Cells[1] != L.PartyHeading || head.Rows[0].Cells[0] != "TỈNH ỦY HÀ NAM" ||
		head.Rows[3].Cells[0] != "Số 45-BC/BTGTU" || head.Rows[3].Cells[1] != "Hà Nam, ngày 05 tháng 7 năm 2019" {
		t.Errorf("header table: %+v", head.Rows)
	}
	if !nearMM(head.WidthsMM[0], L.HeaderLeftWidth) {
		t.Errorf("header's left column %.1f mm", head.WidthsMM[0])
	}
	for name, tb := range map[string]int{"figures": 1, "documents": 2} {
		tab := d.Tables[tb]
		for _, b := range tab.Borders {
			if b != "single" {
				t.Errorf("%s table: borders %v", name, tab.Borders)
			}
		}
		if !tab.Rows[0].Header || tab.Rows[0].Cells[0] != "STT" {
			t.Errorf("%s table: header row does not repeat: %+v", name, tab.Rows[0])
		}
		for i, r := range tab.Rows {
			if !r.CantSplit || (i > 0 && r.Header) {
				t.Errorf("%s table, row %d: %+v", name, i, r)
			}
		}
	}
	var total float64
	for _, w := range figures.WidthsMM {
		total += w
	}
	if !nearMM(total, L.TextWidth()) {
		t.Errorf("figures table %.1f mm wide, want %.1f", total, L.TextWidth())
	}
	if r := figures.Rows[1]; r.Cells[0] != "I" || !r.KeepNext {
		t.Errorf("group row not kept with the next: %+v", r)
	}
	if !slices.ContainsFunc(figures.Rows, func(r readRow) bool {
		return len(r.Cells) > 3 && r.Cells[3] == "3.286"
	}) {
		t.Error("figures table lacks 3.286")
	}
	// The last table is kept with the band.
	for i, r := range docs.Rows {
		if !r.KeepNext {
			t.Errorf("documents table, row %d not kept with the signature band", i)
		}
	}
	if len(band.Rows) != 1 || !band.Rows[0].CantSplit ||
		!strings.HasPrefix(band.Rows[0].Cells[0], "Nơi nhận:\n- Ban Tuyên giáo Trung ương") ||
		band.Rows[0].Cells[1] != "TRƯỞNG BAN\nTrần Đức Thuần" {
		t.Errorf("recipients and signature band: %+v", band.Rows)
	}

	if d.Core.Title != "BÁO CÁO sơ kết công tác tuyên giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2019" ||
		d.Core.Author != "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM" || d.Core.Subject != "Số 45-BC/BTGTU" {
		t.Errorf("document properties: %+v", d.Core)
	}
}

// A consolidated report has the per-unit table and the completeness
// section, as in the PDF.
func TestPythonDocxReadsConsolidation(t *testing.T) {
	L := &layout.Party
	d := pythonDocx(t, writeDocx(t, consolidated(t), "tonghop.docx"))
	var units *[]string
	var texts []string
	for _, p := range d.Paragraphs {
		texts = append(texts, p.Text)
	}
	if !slices.Contains(texts, L.BreakdownTitle) || !slices.Contains(texts, report.CompletenessHeading) {
		t.Errorf("no %q or no %q:\n%s", L.BreakdownTitle, report.CompletenessHeading, strings.Join(texts, "\n"))
	}
	for _, tb := range d.Tables {
		if len(tb.Rows) > 0 && len(tb.Rows[0].Cells) > 1 && tb.Rows[0].Cells[1] == L.Breakdown.Unit.Title {
			var rows []string
			for _, r := range tb.Rows {
				rows = append(rows, strings.Join(r.Cells, " | "))
			}
			units = &rows
		}
	}
	if units == nil {
		t.Fatal("no per-unit figures table")
	}
	all := strings.Join(*units, "\n")
	for _, want := range []string{"BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG | 12 | 1.200", "BAN TUYÊN GIÁO HUYỆN ỦY LÝ NHÂN | 23 | 2.086", L.Breakdown.TotalLabel + " | 35 | 3.286"} {
		if !strings.Contains(all, want) {
			t.Errorf("per-unit table lacks %q:\n%s", want, all)
		}
	}
}
