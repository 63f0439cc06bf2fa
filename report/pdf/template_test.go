package pdf

import (
	"baocao/report/reporttest/readers"
	"strings"
	"testing"

	"baocao/report/reporttest"
)

// A unit report of a province's template prints its own indicators, its
// group, the ratio computed and its placeholders filled in; the guidance
// is never printed (pdftotext).
func TestTemplateReportPDF(t *testing.T) {
	needTool(t, "pdftotext")
	tp := reporttest.Template(t)
	r := reporttest.GiaVien(tp)
	if ps := r.Validate(); ps.HasErrors() {
		t.Fatal(ps)
	}
	text := strings.Join(strings.Fields(readers.AllText(readers.PDFPages(t, writePDF(t, r, Options{})))), " ")
	for _, want := range []string{
		"BAN XÂY DỰNG ĐẢNG", "Số 12-BC/ĐU", "Công tác dân vận", "Số mô hình “Dân vận khéo” được công nhận",
		"Số kiến nghị đã giải quyết", "Tỷ lệ kiến nghị đã giải quyết", "75%", "Cả năm",
		"Công nhận 4 mô hình; giải quyết 30 kiến nghị, đạt 75%.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "Nêu số mô hình") || strings.Contains(text, "{dv.") {
		t.Error("guidance or a placeholder printed")
	}
}
