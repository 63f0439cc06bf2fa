package ooxml

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// pack makes a package of the given parts, with the content types and
// relationships of a one-sheet workbook unless given.
func pack(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	base := map[string]string{
		"[Content_Types].xml":        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
		"_rels/.rels":                `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Báo cáo" sheetId="1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml":   `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
	}
	for k, v := range parts {
		base[k] = v
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for k, v := range base {
		if v == "" {
			continue
		}
		w, _ := zw.Create(k)
		w.Write([]byte(v))
	}
	zw.Close()
	return buf.Bytes()
}

func sheet(inner string) map[string]string {
	return map[string]string{"xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + inner + `</worksheet>`}
}

// Each defect is found, and a sound package passes: the checker can fail.
func TestCheckXLSX(t *testing.T) {
	long := strings.Repeat("a", maxCellChars+1)
	for _, tc := range []struct {
		name  string
		parts map[string]string
		want  string // "" for none
	}{
		{"sound", sheet(`<sheetData><row r="1" ht="409"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="C1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/>`), ""},
		{"row too high", sheet(`<sheetData><row r="1" ht="411"/></sheetData>`), "411 pt high"},
		{"cell too long", sheet(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>` + long + `</t></is></c></row></sheetData>`), "32768 characters"},
		{"rows out of order", sheet(`<sheetData><row r="2"/><row r="1"/></sheetData>`), "row 1 after row 2"},
		{"cells out of order", sheet(`<sheetData><row r="1"><c r="B1"/><c r="A1"/></row></sheetData>`), "cell A1 after column 2"},
		{"cell in another row", sheet(`<sheetData><row r="1"><c r="A2"/></row></sheetData>`), `cell "A2" in row 1`},
		{"bad type", sheet(`<sheetData><row r="1"><c r="A1" t="x"/></row></sheetData>`), `of type "x"`},
		{"elements out of order", sheet(`<pageMargins/><sheetData/>`), "<sheetData> comes after <pageMargins>"},
		{"element twice", sheet(`<sheetData/><sheetData/>`), "<sheetData> twice"},
		{"unknown element", sheet(`<sheetData/><bogus/>`), "<bogus> is not allowed"},
		{"merges overlap", sheet(`<sheetData/><mergeCells count="2"><mergeCell ref="A1:B3"/><mergeCell ref="B2:C2"/></mergeCells>`), "overlap"},
		{"merge count", sheet(`<sheetData/><mergeCells count="2"><mergeCell ref="A1:B1"/></mergeCells>`), "count=2 for 1"},
		{"not XML", sheet(`<sheetData>`), "not well-formed"},
		{"dangling relationship", map[string]string{"xl/worksheets/sheet1.xml": ""}, "not in the package"},
		{"no content type", map[string]string{"xl/media/a.png": "x"}, "no content type"},
		{"bad sheet name", map[string]string{"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="a/b" sheetId="1"/></sheets></workbook>`}, `sheet name "a/b"`},
		{"workbook order", map[string]string{"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/><bookViews/></workbook>`}, "<bookViews> comes after <sheets>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Err(CheckXLSX(pack(t, tc.parts)))
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("got %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}
