package readers

import (
	"archive/zip"
	"bytes"
	"testing"
)

// A sheet is found by its name and relationship, not by its position:
// the second sheet's part is sheet1.xml, the first's is named absolutely.
func TestSheetXML(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="Số liệu" sheetId="1" r:id="rId7"/><sheet name="Thông tin" sheetId="2" r:id="rId3"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId3" Type="worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/sheet9.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml": "thông tin",
		"xl/worksheets/sheet9.xml": "số liệu",
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for sheet, want := range map[string]string{"Thông tin": "thông tin", "Số liệu": "số liệu"} {
		if got := SheetXML(t, buf.Bytes(), sheet); got != want {
			t.Errorf("SheetXML(%q) = %q, want %q", sheet, got, want)
		}
	}
	if got := Parts(t, buf.Bytes(), "xl/worksheets/"); len(got) != 2 || got["xl/worksheets/sheet9.xml"] != "số liệu" {
		t.Errorf("Parts = %q", got)
	}
}
