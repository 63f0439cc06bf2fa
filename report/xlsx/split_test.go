package xlsx

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/report"
	"baocao/report/reporttest/readers"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// longText is about n characters of Vietnamese sentences, seeded.
func longText(n int, seed int) string {
	var b strings.Builder
	for i := seed; b.Len() < n; i++ {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "Câu thứ %d: %s.", i, texts[i%len(texts)])
	}
	return b.String()
}

// unitList is the completeness paragraph of a consolidation of n units.
func unitList(n int) string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("BAN TUYÊN GIÁO VÀ DÂN VẬN ĐẢNG ỦY XÃ SỐ %d", i+1)
	}
	return fmt.Sprintf("Đã gửi (%d): %s.", n, strings.Join(names, "; "))
}

var splitCases = map[string]string{
	"short":                   "Một đoạn ngắn.",
	"2,090 characters":        longText(2090, 0),
	"4,000 characters":        longText(4000, 1),
	"1,000 units":             unitList(1000),
	"a word of 40,000":        strings.Repeat("ả", 40000),
	"decomposed letters":      norm.NFD.String(strings.Repeat("Việt Nam ", 10) + strings.Repeat("ệ", 30000)),
	"line breaks":             strings.Repeat("- một dòng của danh sách;\n", 400),
	"double and end spaces":   "  " + strings.Repeat("hai  khoảng trắng ", 500) + "  ",
	"placeholders":            strings.Repeat("Mở {llct.lop} lớp với {llct.hocvien} học viên, đạt {llct.hocvien:vs_plan} kế hoạch. ", 100),
	"placeholders in a word":  strings.Repeat("{llct.lop}", 5000),
	"spaces only":             strings.Repeat(" ", 5000),
	"one long line of commas": strings.Repeat("a,", 20000),
}

// Every piece fits its row, and the pieces with their marks give the text
// back byte for byte.
func TestSplitTextJoinsBack(t *testing.T) {
	ev := report.DefaultCatalogue().Evaluate(fullSample())
	resolve := func(s string) string { v, _ := ev.Resolve(s); return v }
	boxes := map[string]textBox{
		"paragraph": {width: widthOf(sectionWidths, scLeft, scRight), size: sizeHead, extra: 2},
		"heading":   {width: widthOf(sectionWidths, scLeft, scRight), size: sizeHead, bold: true, extra: 2},
		"recipient": {width: sectionWidths[scLeft], size: sizeSmall},
		"summary":   summaryBox,
	}
	for name, text := range splitCases {
		for bn, box := range boxes {
			t.Run(name+"/"+bn, func(t *testing.T) {
				ps := splitText(text, box, resolve)
				joined := ""
				for i, p := range ps {
					if i > 0 {
						sep, ok := contSep[p.cont]
						if !ok {
							t.Fatalf("piece %d: mark %q", i, p.cont)
						}
						joined += sep
					}
					joined += p.text
					shown := resolve(p.text)
					h := linesHeight(textLines(shown, box.width, box.size, box.bold), box.size) + box.extra
					if h > maxPieceHeight && len(ps) > 1 || h > maxRowHeight && utf8.RuneCountInString(p.text) > 1 {
						t.Errorf("piece %d of %d is %.0f pt high", i, len(ps), h)
					}
					if utf16Len(p.text) > excelize.TotalCellChars || utf16Len(shown) > excelize.TotalCellChars {
						t.Errorf("piece %d has %d characters", i, utf16Len(shown))
					}
					if i == 0 && len(ps) > 1 && strings.TrimSpace(p.text) == "" && strings.TrimSpace(text) != "" {
						t.Errorf("the first piece is blank")
					}
					if strings.Count(p.text, "{") != strings.Count(p.text, "}") {
						t.Errorf("piece %d cuts a placeholder: …%s", i, p.text[max(0, len(p.text)-20):])
					}
				}
				if joined != text {
					t.Fatalf("%d pieces join to %d bytes, want %d", len(ps), len(joined), len(text))
				}
				if text == splitCases["2,090 characters"] && bn == "paragraph" && len(ps) < 2 {
					t.Errorf("a paragraph of 2,090 characters in one row")
				}
			})
		}
	}
}

// A paragraph is cut at the end of a sentence (or of an item of a list)
// when that leaves its row at least half full.
func TestSplitTextAtSentences(t *testing.T) {
	box := textBox{width: widthOf(sectionWidths, scLeft, scRight), size: sizeHead, extra: 2}
	for _, text := range []string{longText(4000, 3), unitList(200)} {
		ps := splitText(text, box, identity)
		for i, p := range ps[:len(ps)-1] {
			if !sentenceEnd(p.text) {
				t.Errorf("piece %d ends %q", i, p.text[len(p.text)-20:])
			}
			if n := textLines(p.text, box.width, box.size, false); 2*n < box.maxLines() {
				t.Errorf("piece %d has %d lines of %d", i, n, box.maxLines())
			}
		}
	}
}

// longTextsReport is the sample with every text that can be long, long: the
// 2,090-character paragraph of the issue, a 4,000-character one with
// figures filled in, the list of 1,000 units, a heading, a recipient and
// a document's summary over a row, and a word longer than a cell.
func longTextsReport() *report.Report {
	r := fullSample()
	r.Sections[0].Text = longText(2090, 0) + "\n\n" + longText(4000, 1) + " Mở {llct.lop} lớp."
	r.Sections[1].Heading = "2. " + longText(3000, 2)
	r.Sections[1].Text = strings.Repeat("ả", 40000) + "\n\nĐoạn sau."
	r.Sections = append(r.Sections, report.Section{Heading: report.CompletenessHeading,
		Text: "Số đơn vị đã gửi báo cáo: 1000.\n\n" + unitList(1000)})
	r.Recipients = append(r.Recipients, longText(3000, 4))
	r.Documents[0].Summary = longText(5000, 5)
	return r
}

var rowHeightRe = regexp.MustCompile(`<row [^>]*\bht="([0-9.]+)"`)

// checkLimits fails when a row of a sheet is higher than Excel allows or
// a cell holds more characters.
func checkLimits(t *testing.T, data []byte) {
	t.Helper()
	f := open(t, data)
	for _, name := range f.GetSheetList() {
		xml := readers.SheetXML(t, data, name)
		for _, m := range rowHeightRe.FindAllStringSubmatch(xml, -1) {
			if h, _ := strconv.ParseFloat(m[1], 64); h > maxRowHeight {
				t.Errorf("%s: a row %s pt high", name, m[1])
			}
		}
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for ri, row := range rows {
			for ci, v := range row {
				if n := utf16Len(v); n > excelize.TotalCellChars {
					t.Errorf("%s!%s: %d characters", name, cellName(ci+1, ri+1), n)
				}
			}
		}
	}
}

func TestLongTextsRoundTrip(t *testing.T) {
	r := longTextsReport()
	data := export(t, r)
	checkLimits(t, data)
	got, err := readBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, r, got)
}

// A clerk's edits of a workbook with split texts: a row inserted between
// two pieces, a piece's text edited, the first piece deleted.
func TestSplitClerkEdits(t *testing.T) {
	r := fullSample()
	long := strings.Repeat("Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng. ", 64) + "Hết."
	r.Sections[0].Text = "Đầu.\n\n" + long + "\n\nCuối."
	r.Documents[0].Summary = longText(3000, 2)
	data := export(t, r)
	f := open(t, data)
	rows, _ := f.GetRows(sheetSections)
	var pieces []int
	for i, row := range rows {
		if len(row) >= scTag && strings.HasPrefix(row[scTag-1], tagParagraph+markFirst) ||
			len(row) >= scTag && strings.HasPrefix(row[scTag-1], tagParagraph+contSpace) {
			pieces = append(pieces, i+1)
		}
	}
	if len(pieces) < 2 {
		t.Fatalf("the 4,000-character paragraph is in %d rows", len(pieces))
	}
	second, _ := f.GetCellValue(sheetSections, cellName(scLeft, pieces[1]))

	t.Run("row inserted between the pieces", func(t *testing.T) {
		f := open(t, data)
		if err := f.InsertRows(sheetSections, pieces[1], 1); err != nil {
			t.Fatal(err)
		}
		got, err := readBytes(save(t, f))
		if err != nil {
			t.Fatal(err)
		}
		sameReport(t, r, got)
	})
	t.Run("a piece edited", func(t *testing.T) {
		f := open(t, data)
		edited := strings.TrimSpace(strings.Replace(second, "Câu", "Điều", 1))
		f.SetCellStr(sheetSections, cellName(scLeft, pieces[1]), edited)
		got, err := readBytes(save(t, f))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Replace(long, second, edited, 1)
		if p := report.Paragraphs(got.Sections[0].Text); len(p) != 3 || p[1] != want {
			t.Fatalf("paragraphs %d, the long one %q…", len(p), p[1][:min(80, len(p[1]))])
		}
	})
	t.Run("first piece deleted", func(t *testing.T) {
		f := open(t, data)
		if err := f.RemoveRow(sheetSections, pieces[0]); err != nil {
			t.Fatal(err)
		}
		got, err := readBytes(save(t, f))
		if err != nil {
			t.Fatal(err)
		}
		p := report.Paragraphs(got.Sections[0].Text)
		if len(p) != 3 || p[0] != "Đầu." || !strings.HasPrefix(p[1], second) || p[2] != "Cuối." {
			t.Fatalf("paragraphs %q", p)
		}
	})
	t.Run("a document's summary", func(t *testing.T) {
		got, err := readBytes(data)
		if err != nil {
			t.Fatal(err)
		}
		if got.Documents[0].Summary != r.Documents[0].Summary || len(got.Documents) != len(r.Documents) {
			t.Fatalf("documents %d, first summary %d bytes", len(got.Documents), len(got.Documents[0].Summary))
		}
	})
}
