package docx

import (
	"strings"
	"testing"

	"baocao/report/reporttest"
)

// A unit report of a province's template, read by python-docx: its own
// indicators, the ratio computed, the placeholders filled in, no guidance.
func TestTemplateReportDocx(t *testing.T) {
	tp := reporttest.Template(t)
	r := reporttest.GiaVien(tp)
	doc := pythonDocx(t, writeDocx(t, r, "dv.docx"))
	var all []string
	for _, p := range doc.Paragraphs {
		all = append(all, p.Text)
	}
	for _, tb := range doc.Tables {
		for _, row := range tb.Rows {
			all = append(all, strings.Join(row.Cells, " | "))
		}
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{
		"Công tác dân vận", "Số mô hình “Dân vận khéo” được công nhận | mô hình | 4",
		"Tỷ lệ kiến nghị đã giải quyết | % | 75%", "Công nhận 4 mô hình; giải quyết 30 kiến nghị, đạt 75%.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("python-docx does not read %q in:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Nêu số mô hình") {
		t.Error("guidance printed")
	}
}
