package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

func writeForm(t testing.TB, fm Form) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteForm(&buf, fm, nil); err != nil {
		t.Fatal(err)
	}
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
