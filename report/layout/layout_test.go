package layout

import (
	"slices"
	"strings"
	"testing"

	"baocao/report"
)

// The Party layout is what shared/spec/party-document-format.md fixes.
func TestPartyLayout(t *testing.T) {
	L := &Party
	if L.PageWidth != 210 || L.PageHeight != 297 || L.MarginTop != 20 || L.MarginBottom != 20 || L.MarginLeft != 30 || L.MarginRight != 15 {
		t.Errorf("page %v×%v, margins %v/%v/%v/%v", L.PageWidth, L.PageHeight, L.MarginTop, L.MarginBottom, L.MarginLeft, L.MarginRight)
	}
	if L.FontName != "Times New Roman" || L.BodySize != 14 || L.PartyHeadingSize != 15 || L.PageNumberFrom != 2 {
		t.Errorf("font %q %v pt, Party heading %v pt, page numbers from %d", L.FontName, L.BodySize, L.PartyHeadingSize, L.PageNumberFrom)
	}
	for name, cols := range map[string][]Column{
		"figures":   {L.Figures.No, L.Figures.Name, L.Figures.Unit, L.Figures.Value, L.Figures.Previous, L.Figures.VsPrevious, L.Figures.Plan, L.Figures.VsPlan},
		"documents": {L.Documents.No, L.Documents.Symbol, L.Documents.Date, L.Documents.Kind, L.Documents.Summary},
	} {
		w := 0.0
		for _, c := range cols {
			w += c.Width
		}
		if w != L.TextWidth() {
			t.Errorf("%s table %v mm wide, text width %v mm", name, w, L.TextWidth())
		}
	}
}

func TestKindOf(t *testing.T) {
	for heading, want := range map[string]HeadingKind{
		"Phần thứ nhất": Part, "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG": Part, "Dòng một\ndòng hai": Part,
		"I. KẾT QUẢ": Level1, "IV- Công tác khác": Level1,
		"1. Công tác": Level2, "2.1. Báo chí": Level2,
		"(1) Ý thứ nhất": Level3, "a) Ý a": Level3,
		"Đánh giá chung": Other,
		"XII.Nhiệm vụ":   Level1, "3- Xuất bản": Level2, "đ) Ý đ": Level3, "1) Ý một": Level3,
		"Ít khó khăn": Other, "Vì vậy": Other,
	} {
		if got := KindOf(heading); got != want {
			t.Errorf("KindOf(%q) = %d, want %d", heading, got, want)
		}
	}
}

func TestGroupNumber(t *testing.T) {
	for _, c := range []struct {
		style string
		n     int
		want  string
	}{
		{"roman", 1, "I"}, {"roman", 4, "IV"}, {"roman", 9, "IX"}, {"roman", 14, "XIV"}, {"roman", 49, "XLIX"},
		{"letters", 1, "A"}, {"letters", 26, "Z"}, {"letters", 27, "AA"},
	} {
		if got := GroupNumber(c.style, c.n); got != c.want {
			t.Errorf("GroupNumber(%s, %d) = %q, want %q", c.style, c.n, got, c.want)
		}
	}
}

func TestTextClean(t *testing.T) {
	in := "  Báo\tcáo \x07 😀  \n  dòng\uFFFE hai  "
	if got, want := (Text{}).Clean(in), "Báo cáo 😀\ndòng hai"; got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
	if got, want := (Text{BMPOnly: true}).OneLine(in), "Báo cáo ? dòng hai"; got != want {
		t.Errorf("OneLine BMPOnly = %q, want %q", got, want)
	}
}

// Balanced lines are even: with a measure of one unit a rune, "aaaa bb
// cc dd" in 9 units is two lines of 7 and 5 at most, not 9 and 2.
func TestBalanced(t *testing.T) {
	text := "aaaa bb cc dd"
	wrap := func(width float64) []string {
		var lines []string
		line := ""
		for _, w := range strings.Fields(text) {
			switch {
			case line == "":
				line = w
			case float64(len(line)+1+len(w)) <= width:
				line += " " + w
			default:
				lines = append(lines, line)
				line = w
			}
		}
		return append(lines, line)
	}
	if got := Balanced(9, wrap); !slices.Equal(got, []string{"aaaa bb", "cc dd"}) {
		t.Errorf("Balanced = %q", got)
	}
	if got := Balanced(20, wrap); len(got) != 1 {
		t.Errorf("fits on one line, got %q", got)
	}
}

// Prepare fills the placeholders, builds the tables, and names what is
// wrong.
func TestPrepare(t *testing.T) {
	c, err := Prepare(&Party, report.Sample(), Text{})
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, s := range c.Sections {
		body.WriteString(strings.Join(s.Paragraphs, "\n"))
	}
	if !strings.Contains(body.String(), "3.286 học viên") || strings.Contains(body.String(), "{") {
		t.Error("placeholders not filled")
	}
	if len(c.Tables) != 2 || c.Tables[0].Title != Party.FiguresTitle || c.Tables[1].Title != Party.DocumentsTitle || c.LastTable() != 1 {
		t.Errorf("tables: %d", len(c.Tables))
	}
	if got := c.DateLine(&Party, Text{}); got != "Hà Nam, ngày 05 tháng 7 năm 2019" {
		t.Errorf("date line: %q", got)
	}
	if got := c.Signature(&Party, Text{}); !slices.Equal(got, []SignLine{{"TRƯỞNG BAN", true, "signer.title"}}) {
		t.Errorf("signature: %v", got)
	}
	r := report.Sample()
	r.Signer.Authority = "K/T Trưởng ban"
	r.Signer.Title = "Phó Trưởng ban"
	c, _ = Prepare(&Party, r, Text{})
	if got := c.Signature(&Party, Text{}); !slices.Equal(got, []SignLine{{"K/T TRƯỞNG BAN", true, "signer.authority"}, {"PHÓ TRƯỞNG BAN", false, "signer.title"}}) {
		t.Errorf("deputy's signature: %v", got)
	}
	r = report.Sample()
	r.Sections[2].Heading += " {khong.co}"
	if _, err := Prepare(&Party, r, Text{}); err == nil || !strings.Contains(err.Error(), "mục 3") || !strings.Contains(err.Error(), "tiêu đề") {
		t.Errorf("err = %v", err)
	}
	if _, err := Prepare(&Party, nil, Text{}); err == nil {
		t.Error("no report and no error")
	}
}
