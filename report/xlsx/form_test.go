package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

func writeForm(t testing.TB, fm Form) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteForm(&buf, fm); err != nil {
		t.Fatal(err)
	}
	checkOOXML(t, buf.Bytes())
	return buf.Bytes()
}

// fillNamed types values into the cells of a form by their defined names,
// as another program would: numbers as numbers, the rest as text.
func fillNamed(t testing.TB, f *excelize.File, values map[string]any) {
	t.Helper()
	refs := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		refs[dn.Name] = dn.RefersTo
	}
	for name, v := range values {
		ref, ok := refs[FormName+name]
		if !ok {
			t.Fatalf("no defined name %s%s", FormName, name)
		}
		sheet, cell, _ := strings.Cut(ref, "!")
		sheet = strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'")
		if err := f.SetCellValue(sheet, strings.ReplaceAll(cell, "$", ""), v); err != nil {
			t.Fatal(err)
		}
	}
}

func kimBang() report.Organization {
	return report.Organization{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"}
}

func TestFormNames(t *testing.T) {
	f := open(t, writeForm(t, Form{Head: report.Sample(), Unit: kimBang()}))
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Scope != "Workbook" && dn.Scope != "" {
			continue
		}
		names[dn.Name] = dn.RefersTo
	}
	want := []string{"BM_superior", "BM_name", "BM_abbreviation", "BM_place", "BM_number", "BM_date",
		"BM_signer.title", "BM_signer.name", "BM_llct.hocvien", "BM_llct.hocvien.previous", "BM_llct.hocvien.plan", "BM_vb.chithi.plan"}
	for _, n := range want {
		if names[n] == "" {
			t.Errorf("no workbook-level name %s (have %d names)", n, len(names))
		}
	}
	for _, n := range []string{"BM_vb.tong", "BM_nq.tyle"} {
		if names[n] != "" {
			t.Errorf("%s is computed, yet named %s", n, names[n])
		}
	}
	if got := f.GetSheetList()[0]; got != sheetInfo {
		t.Errorf("first sheet %q", got)
	}
}

// A form filled by another program into its named cells reads back with
// the unit's header, its figures and the cùng kỳ prefilled.
func TestFormFilledByName(t *testing.T) {
	head := report.Sample()
	data := writeForm(t, Form{Head: head, Previous: map[string]int64{"llct.lop": 30}})
	f := open(t, data)
	fillNamed(t, f, map[string]any{
		"superior": "HUYỆN ỦY KIM BẢNG", "name": "BAN TUYÊN GIÁO", "abbreviation": "BTGHU", "place": "Kim Bảng",
		"number": "12", "date": "05/7/2019", "signer.title": "TRƯỞNG BAN", "signer.name": "Nguyễn Văn A",
		"llct.lop": 35, "llct.hocvien": "1.215", "llct.hocvien.plan": 3000,
	})
	r, err := readBytes(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization != kimBang() || r.Number != "12" || r.Date != "2019-07-05" || r.Period != head.Period ||
		r.Signer.Title != "TRƯỞNG BAN" || r.Signer.Name != "Nguyễn Văn A" {
		t.Errorf("header %+v number %q date %q signer %+v", r.Organization, r.Number, r.Date, r.Signer)
	}
	if g := r.Figures["llct.lop"]; g.Value == nil || *g.Value != 35 || g.Previous == nil || *g.Previous != 30 {
		t.Errorf("llct.lop %+v", g)
	}
	if g := r.Figures["llct.hocvien"]; g.Value == nil || *g.Value != 1215 || g.Plan == nil || *g.Plan != 3000 {
		t.Errorf("llct.hocvien %+v", g)
	}
	if len(r.Sections) == 0 || r.Sections[0].Heading != head.Sections[0].Heading || r.Sections[0].Text != "" {
		t.Errorf("sections %+v", r.Sections)
	}
	if len(r.ReadNotes) != 0 {
		t.Errorf("notes on a blank form filled in: %q", r.ReadNotes)
	}
}

// A form for a unit whose name the unit corrected: the typed name is
// taken, with a note.
func TestFormNameCorrected(t *testing.T) {
	f := open(t, writeForm(t, Form{Head: report.Sample(), Unit: kimBang()}))
	fillNamed(t, f, map[string]any{"name": "VĂN PHÒNG", "llct.lop": 1})
	r, err := readBytes(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization.Name != "VĂN PHÒNG" || len(r.ReadNotes) != 1 || !strings.Contains(r.ReadNotes[0], `tên cơ quan hiển thị là "VĂN PHÒNG"`) {
		t.Errorf("name %q, notes %q", r.Organization.Name, r.ReadNotes)
	}
}

// A filled form read back right whatever the unit did to it that a person
// may do: a date typed as a date (a serial number), sheets renamed, rows
// inserted in the documents and the narrative, blank rows.
func TestFormEdited(t *testing.T) {
	head := report.Sample()
	f := open(t, writeForm(t, Form{Head: head, Unit: kimBang()}))
	fillNamed(t, f, map[string]any{
		"date": time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC), "number": 12, "llct.lop": 3, "llct.hocvien": 90,
	})
	// Documents: one typed in the first blank row, one in a row inserted
	// above it, the kind chosen from the list.
	f.SetCellStr(sheetDocuments, cellName(dcSymbol, drHeader+1), "01-CT/HU")
	f.SetCellStr(sheetDocuments, cellName(dcKind, drHeader+1), "Chỉ thị")
	f.SetCellStr(sheetDocuments, cellName(dcDate, drHeader+1), "05/3/2019")
	f.SetCellStr(sheetDocuments, cellName(dcSummary, drHeader+1), "về công tác tuyên giáo")
	if err := f.InsertRows(sheetDocuments, drHeader+1, 2); err != nil {
		t.Fatal(err)
	}
	f.SetCellStr(sheetDocuments, cellName(dcSymbol, drHeader+1), "02-KH/HU")
	f.SetCellStr(sheetDocuments, cellName(dcKind, drHeader+1), "Kế hoạch")
	// Narrative: the first empty paragraph typed, a row inserted below it
	// with another paragraph.
	rows, _ := f.GetRows(sheetSections)
	first := 0
	for i, row := range rows {
		if len(row) >= scTag && row[scTag-1] == tagParagraph {
			first = i + 1
			break
		}
	}
	if first == 0 {
		t.Fatal("no paragraph row in the narrative of a form")
	}
	f.SetCellStr(sheetSections, cellName(scLeft, first), "Đoạn một.")
	if err := f.InsertRows(sheetSections, first+1, 1); err != nil {
		t.Fatal(err)
	}
	f.SetCellStr(sheetSections, cellName(scLeft, first+1), "Đoạn hai.")
	for _, rn := range [][2]string{{sheetInfo, "Don vi"}, {sheetFigures, "So lieu"}, {sheetSections, "Noi dung KB"}} {
		if err := f.SetSheetName(rn[0], rn[1]); err != nil {
			t.Fatal(err)
		}
	}
	r, err := readBytes(save(t, f))
	if err != nil {
		t.Fatal(err)
	}
	if r.Date != "2019-07-05" || r.Number != "12" || r.Organization != kimBang() {
		t.Errorf("date %q number %q org %+v", r.Date, r.Number, r.Organization)
	}
	if len(r.Documents) != 2 || r.Documents[0].Symbol != "02-KH/HU" || r.Documents[1].Date != "2019-03-05" || r.Documents[1].Kind != report.DocChiThi {
		t.Errorf("documents %+v", r.Documents)
	}
	if r.Sections[0].Text != "Đoạn một.\n\nĐoạn hai." {
		t.Errorf("first section %q", r.Sections[0].Text)
	}
	if v := r.Figures["llct.hocvien"].Value; v == nil || *v != 90 {
		t.Errorf("llct.hocvien %v", v)
	}
}
