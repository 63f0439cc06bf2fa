package xlsx

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellTypes maps a sheet name to its cells' type attributes, as found by
// the pre-scan of the sheets' XML.
type cellTypes map[string]*partTypes

// partTypes are the type attributes of one sheet's cells, by row and
// column: a code of typeNames, or typeOther for a value excelize does not
// know; 0 for none.
type partTypes struct {
	rows [][]uint8
	// formulas are the cells holding a formula, by row and column.
	formulas map[[2]int]bool
}

// setFormula notes that the cell at row, col holds a formula.
func (pt *partTypes) setFormula(row, col int) {
	if pt.formulas == nil {
		pt.formulas = map[[2]int]bool{}
	}
	pt.formulas[[2]int{row, col}] = true
}

// hasFormula reports whether a cell holds a formula; ok is false when the
// sheet is not known.
func (ct cellTypes) hasFormula(sheet string, col, row int) (has, ok bool) {
	pt, ok := ct[sheet]
	if !ok {
		return false, false
	}
	return pt.formulas[[2]int{row, col}], true
}

// typeNames are the values of a cell's t attribute excelize knows, with
// their types; a value's code is its index.
var typeNames = [...]struct {
	name string
	t    excelize.CellType
}{
	{"", excelize.CellTypeUnset},
	{"b", excelize.CellTypeBool},
	{"d", excelize.CellTypeDate},
	{"n", excelize.CellTypeNumber},
	{"e", excelize.CellTypeError},
	{"s", excelize.CellTypeSharedString},
	{"str", excelize.CellTypeFormula},
	{"inlineStr", excelize.CellTypeInlineString},
}

const typeOther = 255

// set records the type attribute t of the cell at row, col (both 1-based
// and within the limits); a later cell at the same place replaces it.
func (pt *partTypes) set(row, col int, t []byte) {
	code := uint8(typeOther)
	for i, n := range typeNames {
		if string(t) == n.name {
			code = uint8(i)
		}
	}
	for len(pt.rows) <= row {
		pt.rows = append(pt.rows, nil)
	}
	r := pt.rows[row]
	for len(r) <= col {
		r = append(r, 0)
	}
	r[col] = code
	pt.rows[row] = r
}

// cellType returns a cell's type; ok is false when the sheet is not known
// or the attribute's value is not one excelize knows (the caller then asks
// excelize).
func (ct cellTypes) cellType(sheet string, col, row int) (excelize.CellType, bool) {
	pt, ok := ct[sheet]
	if !ok {
		return excelize.CellTypeUnset, false
	}
	code := uint8(0)
	if row >= 0 && row < len(pt.rows) && col >= 0 && col < len(pt.rows[row]) {
		code = pt.rows[row][col]
	}
	if code == typeOther {
		return excelize.CellTypeUnset, false
	}
	return typeNames[code].t, true
}

// workbookXML is what is read of xl/workbook.xml: its sheets.
type workbookXML struct {
	Sheets []struct {
		Name string `xml:"name,attr"`
		ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	} `xml:"sheets>sheet"`
}

// relsXML is what is read of a relationships part.
type relsXML struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Target string `xml:"Target,attr"`
		Type   string `xml:"Type,attr"`
	} `xml:"Relationship"`
}

// sheetCellTypes names the scanned parts by their sheets, through
// xl/workbook.xml and its relationships. Anything unexpected gives nil:
// the reader then falls back on excelize for the types.
func sheetCellTypes(zr *zip.Reader, parts map[string]*partTypes) cellTypes {
	var wb workbookXML
	var rels relsXML
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

// readXMLPart decodes a small part of the package, the first whose name
// is name whatever the case; false when it is missing or not XML.
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
