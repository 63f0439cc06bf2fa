package xlsx

import (
	"strings"
	"testing"

	"baocao/report"
)

// deleteSheet returns the workbook with a sheet deleted, as a clerk would.
func deleteSheet(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	f := open(t, data)
	if err := f.DeleteSheet(name); err != nil {
		t.Fatal(err)
	}
	return save(t, f)
}

// A sheet deleted from an export is an error naming it when it held
// something, a note when it was written empty; a form's unit may delete
// the sheets it has nothing to put on.
func TestReadMissingSheet(t *testing.T) {
	consolidated := fullSample()
	consolidated.Breakdown = []report.UnitRow{{Superior: "XÃ ỦY AN BÌNH", Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{"llct.lop": 2}}}
	empty := report.Sample()
	empty.Documents, empty.Sections = nil, nil
	form := writeForm(t, Form{Head: report.Sample()})
	for _, tc := range []struct {
		name  string
		data  []byte
		sheet string
		err   string // "" for none
		note  string
	}{
		{"narrative of an export", export(t, report.Sample()), sheetSections, `không thấy trang "Nội dung" (11 phần nội dung khi xuất)`, ""},
		{"documents of an export", export(t, report.Sample()), sheetDocuments, `không thấy trang "Văn bản" (2 văn bản khi xuất)`, ""},
		{"units of a consolidation", export(t, consolidated), sheetUnits, `không thấy trang "Các đơn vị" (1 đơn vị khi xuất)`, ""},
		{"empty narrative of an export", export(t, empty), sheetSections, "", `không có trang "Nội dung"; khi xuất, báo cáo không có phần nội dung nào`},
		{"empty documents of an export", export(t, empty), sheetDocuments, "", `không có trang "Văn bản"; khi xuất, báo cáo không có văn bản nào`},
		{"narrative of a form", form, sheetSections, "", `không có trang "Nội dung": coi như báo cáo không có phần nội dung nào`},
		{"documents of a form", form, sheetDocuments, "", `không có trang "Văn bản": coi như báo cáo không có văn bản nào`},
		{"information of a form", form, sheetInfo, `không thấy trang "Thông tin" của biểu mẫu`, ""},
		{"figures", export(t, report.Sample()), sheetFigures, `không thấy trang số liệu`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := readBytes(deleteSheet(t, tc.data, tc.sheet))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "bc.xlsx") {
					t.Fatalf("got %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(r.ReadNotes, "\n"), tc.note) {
				t.Fatalf("notes %q, want %q", r.ReadNotes, tc.note)
			}
		})
	}
}

// A figure cell holding a formula whose value was never computed (a
// program that writes formulas without their results) is left empty with
// a note naming the cell; a computed formula gives its value.
func TestReadFormulaWithoutValue(t *testing.T) {
	f := open(t, export(t, fullSample()))
	row := findRow(t, f, "llct.lop")
	f.SetCellValue(sheetFigures, cellName(fcValue, row), nil)
	if err := f.SetCellFormula(sheetFigures, cellName(fcValue, row), "30+5"); err != nil {
		t.Fatal(err)
	}
	prev := cellName(fcPrevious, findRow(t, f, "llct.hocvien"))
	if err := f.SetCellFormula(sheetFigures, prev, "3000+314"); err != nil {
		t.Fatal(err)
	}
	f.SetCellValue(sheetFigures, prev, 3314) // the value saved with it
	r, err := readBytes(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	notes := strings.Join(r.ReadNotes, "\n")
	if !strings.Contains(notes, `trang "Báo cáo", ô `+cellName(fcValue, row)+" có công thức nhưng không có giá trị") {
		t.Errorf("notes %q", r.ReadNotes)
	}
	if r.Figures["llct.lop"].Value != nil {
		t.Errorf("llct.lop = %d", *r.Figures["llct.lop"].Value)
	}
	if v := r.Figures["llct.hocvien"].Previous; v == nil || *v != 3314 || strings.Contains(notes, prev) {
		t.Errorf("a computed formula: %v, notes %q", v, r.ReadNotes)
	}
}

// The app's own workbooks read without a note.
func TestReadOwnWorkbooksWithoutNotes(t *testing.T) {
	for name, data := range map[string][]byte{
		"sample": export(t, fullSample()), "long texts": export(t, longTextsReport()), "form": writeForm(t, Form{Head: report.Sample()}),
	} {
		r, err := readBytes(data)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.ReadNotes) > 0 {
			t.Errorf("%s: notes %q", name, r.ReadNotes)
		}
	}
}
