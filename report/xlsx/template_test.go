package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest"
)

// The workbook of a province's template's report: LibreOffice shows its
// own indicators and the ratio computed; read back, it is the same report,
// template and catalogue included.
func TestTemplateWorkbook(t *testing.T) {
	tp := reporttest.Template(t)
	r := reporttest.GiaVien(tp)
	data := export(t, r)
	fig := loSheets(t, data)[sheetFigures]
	checkRow(t, rowOf(t, fig, fcTag, "dv.tyle"), map[int]string{fcName: "Tỷ lệ kiến nghị đã giải quyết", fcValue: "75,00%"})
	checkRow(t, rowOf(t, fig, fcTag, "dv.mohinh"), map[int]string{fcName: "Số mô hình “Dân vận khéo” được công nhận", fcUnit: "mô hình", fcValue: "4"})
	back, err := readBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Template() != tp.Ref() || back.Catalogue().Indicator("dv.tyle") == nil {
		t.Fatalf("read back as template %v", back.Template())
	}
	sameReport(t, r, back)
	// A catalogue larger than a cell holds is kept in pieces.
	big := tp.Clone()
	for i := range 300 {
		big.Catalogue.Indicators = append(big.Catalogue.Indicators, report.Indicator{
			Code: fmt.Sprintf("dv.x%03d", i), Name: fmt.Sprintf("Chỉ tiêu dân vận bổ sung số %d với tên khá dài để vượt giới hạn một ô", i),
			Unit: "lần", Group: "dv"})
	}
	if err := big.Check(); err != nil {
		t.Fatal(err)
	}
	rb := reporttest.Unit(big, "NHO QUAN", map[string]int64{"dv.x299": 7})
	backBig, err := readBytes(export(t, rb))
	if err != nil {
		t.Fatal(err)
	}
	if in := backBig.Catalogue().Indicator("dv.x299"); in == nil || *backBig.Figures["dv.x299"].Value != 7 {
		t.Error("a large catalogue is not read back whole")
	}
}

// A form of a province's template filled in LibreOffice Calc: its own
// indicators are named cells, its rule a live formula, and the form reads
// back as a report of the template.
func TestTemplateFormFilledByLibreOffice(t *testing.T) {
	tp := reporttest.Template(t)
	head := reporttest.Head(tp)
	form := writeForm(t, Form{Head: head, Template: tp})
	narrative := ""
	for _, row := range loSheets(t, form)[sheetSections] {
		narrative += strings.Join(row, " ") + "\n"
	}
	for _, want := range []string{"1. Công tác dân vận", "Hướng dẫn: Nêu số mô hình {dv.mohinh}.", "Hướng dẫn: Khái quát tình hình tư tưởng"} {
		if !strings.Contains(narrative, want) {
			t.Errorf("LibreOffice does not show %q in the form's narrative sheet", want)
		}
	}
	saved, cells := unoFill(t, form, map[string]any{
		"BM_superior": "ĐẢNG ỦY XÃ GIA VIỄN", "BM_name": "BAN XÂY DỰNG ĐẢNG", "BM_abbreviation": "ĐU", "BM_place": "Ninh Bình",
		"BM_number": "7", "BM_date": "10/12/2026", "BM_signer.title": "TRƯỞNG BAN", "BM_signer.name": "Nguyễn Thị Lan",
		"BM_dv.mohinh": 4, "BM_dv.kiennghi": 40, "BM_dv.giaiquyet": 41,
	}, map[string]int{"BM_dv.giaiquyet": fcCheck, "BM_dv.kiennghi": fcValue})
	if c := cells["BM_dv.giaiquyet"]; !strings.HasPrefix(c, "Lỗi: ") {
		t.Errorf("the template's rule in LibreOffice: %q", c)
	}
	r, err := Read(bytes.NewReader(saved), int64(len(saved)), "da-dien.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if r.Template() != tp.Ref() || r.Organization.Superior != "ĐẢNG ỦY XÃ GIA VIỄN" {
		t.Errorf("read back: template %v, unit %q", r.Template(), r.Organization.Superior)
	}
	if *r.Figures["dv.kiennghi"].Value != 40 || *r.Figures["dv.giaiquyet"].Value != 41 || *r.Figures["dv.mohinh"].Value != 4 {
		t.Errorf("figures %v", r.Figures)
	}
	if ps := r.Validate().For("figures.dv.giaiquyet"); !ps.HasErrors() {
		t.Error("the rule broken in the form is not an error of the report read back")
	}
	last := r.Sections[len(r.Sections)-1]
	if last.Heading != "1. Công tác dân vận" || last.Guidance != "Nêu số mô hình {dv.mohinh}." || last.Text != "" {
		t.Errorf("the template's outline is not the form's: last section %+v", last)
	}
}
