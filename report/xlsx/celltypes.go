package xlsx

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellTypes maps a sheet name to its cells' type attributes (by cell
// reference, "D9"), as found by the pre-scan of the sheets' XML.
type cellTypes map[string]map[string]string

// excelTypes are the values of a cell's t attribute, as excelize reads them.
var excelTypes = map[string]excelize.CellType{
	"":          excelize.CellTypeUnset,
	"b":         excelize.CellTypeBool,
	"d":         excelize.CellTypeDate,
	"n":         excelize.CellTypeNumber,
	"e":         excelize.CellTypeError,
	"s":         excelize.CellTypeSharedString,
	"str":       excelize.CellTypeFormula,
	"inlineStr": excelize.CellTypeInlineString,
}

// cellType returns a cell's type; ok is false when the sheet is not known
// (the caller then asks excelize).
func (ct cellTypes) cellType(sheet, ref string) (excelize.CellType, bool) {
	cells, ok := ct[sheet]
	if !ok {
		return excelize.CellTypeUnset, false
	}
	t, ok := excelTypes[cells[ref]]
	return t, ok
}

// sheetCellTypes names the scanned parts by their sheets, through
// xl/workbook.xml and its relationships. Anything unexpected gives nil:
// the reader then falls back on excelize for the types.
func sheetCellTypes(zr *zip.Reader, parts map[string]map[string]string) cellTypes {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if !readXMLPart(zr, "xl/workbook.xml", &wb) || !readXMLPart(zr, "xl/_rels/workbook.xml.rels", &rels) {
		return nil
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		t := strings.ReplaceAll(r.Target, "\\", "/")
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[r.ID] = strings.ToLower(t)
	}
	out := cellTypes{}
	for _, s := range wb.Sheets {
		cells, ok := parts[targets[s.ID]]
		if !ok {
			return nil
		}
		out[s.Name] = cells
	}
	return out
}

// readXMLPart decodes a small part of the package; false when it is
// missing or not XML.
func readXMLPart(zr *zip.Reader, name string, v any) bool {
	for _, f := range zr.File {
		if !strings.EqualFold(strings.ReplaceAll(f.Name, "\\", "/"), name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		return xml.NewDecoder(io.LimitReader(rc, maxPart)).Decode(v) == nil
	}
	return false
}
