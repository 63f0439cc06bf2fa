// Package ooxml checks that a workbook is well-formed Office Open XML,
// independently of the library that wrote it: the package (content types,
// relationships) after ECMA-376 Part 2, and the worksheets and workbook
// after the content models of ECMA-376 Part 1 (§18.2 workbook, §18.3
// worksheet), with Excel's own limits (a row at most 409 points, a cell at
// most 32,767 characters, 1,048,576 rows, 16,384 columns, sheet names of
// at most 31 characters without []:*?/\).
//
// It is not a validator against the official XSDs: no Debian package ships
// them and the project does not vendor third-party copies. It checks, from
// the standard's text, what a writer streaming a workbook can get wrong:
// the order and repetition of a worksheet's elements, the order and
// references of rows and cells, the types of cells, merged ranges that
// overlap, and parts without a content type or relationships that lead
// nowhere. It is test support, imported only from _test.go files.
package ooxml

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Excel's limits (Excel specifications and limits).
const (
	maxRowHeight = 409
	maxCellChars = 32767
	maxRow       = 1048576
	maxCol       = 16384
)

// worksheetOrder is the sequence of CT_Worksheet's children (ECMA-376
// Part 1, §18.3.1.99); all occur at most once but conditionalFormatting.
var worksheetOrder = []string{
	"sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
	"sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
	"customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
	"hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
	"customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
	"legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
}

// workbookOrder is the sequence of CT_Workbook's children (§18.2.27).
var workbookOrder = []string{
	"fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets",
	"functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews",
	"pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
}

// cellTypes are the values of ST_CellType (§18.18.11).
var cellTypes = map[string]bool{"b": true, "d": true, "e": true, "inlineStr": true, "n": true, "s": true, "str": true}

// CheckXLSX returns every problem found in the workbook data, nil when
// there is none.
func CheckXLSX(data []byte) []error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return []error{fmt.Errorf("not a zip package: %w", err)}
	}
	c := &checker{parts: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			c.errf("%s: %v", f.Name, err)
			continue
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			c.errf("%s: %v", f.Name, err)
		}
		if _, dup := c.parts[strings.ToLower(f.Name)]; dup {
			c.errf("%s: two parts of the same name", f.Name)
		}
		c.parts[f.Name] = b
	}
	c.contentTypes()
	for name, b := range c.parts {
		if err := wellFormed(b); err != nil {
			c.errf("%s: not well-formed XML: %v", name, err)
			continue
		}
		switch {
		case strings.HasSuffix(name, ".rels"):
			c.relationships(name, b)
		case strings.HasPrefix(name, "xl/worksheets/") && path.Ext(name) == ".xml":
			c.worksheet(name, b)
		case name == "xl/workbook.xml":
			c.workbook(b)
		}
	}
	return c.errs
}

type checker struct {
	parts map[string][]byte
	types map[string]string // part name → content type
	errs  []error
}

func (c *checker) errf(format string, args ...any) {
	if len(c.errs) < 50 {
		c.errs = append(c.errs, fmt.Errorf(format, args...))
	}
}

func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// contentTypes checks that every part has a content type (Part 2, §10.1.2).
func (c *checker) contentTypes() {
	b, ok := c.parts["[Content_Types].xml"]
	if !ok {
		c.errf("no [Content_Types].xml")
		return
	}
	var ct struct {
		Defaults []struct {
			Ext  string `xml:"Extension,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Default"`
		Overrides []struct {
			Part string `xml:"PartName,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal(b, &ct); err != nil {
		c.errf("[Content_Types].xml: %v", err)
		return
	}
	byExt := map[string]string{}
	for _, d := range ct.Defaults {
		byExt[strings.ToLower(d.Ext)] = d.Type
	}
	c.types = map[string]string{}
	for _, o := range ct.Overrides {
		name := strings.TrimPrefix(o.Part, "/")
		if _, ok := c.parts[name]; !ok {
			c.errf("[Content_Types].xml: override for %s, which is not in the package", o.Part)
		}
		c.types[name] = o.Type
	}
	for name := range c.parts {
		if name == "[Content_Types].xml" || strings.HasSuffix(name, "/") {
			continue
		}
		if _, ok := c.types[name]; ok {
			continue
		}
		if t, ok := byExt[strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))]; ok {
			c.types[name] = t
			continue
		}
		c.errf("%s: no content type", name)
	}
}

// relationships checks that every internal target of a relationships part
// exists and that the ids are unique (Part 2, §9.3).
func (c *checker) relationships(name string, b []byte) {
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(b, &rels); err != nil {
		c.errf("%s: %v", name, err)
		return
	}
	// xl/_rels/workbook.xml.rels is relative to xl/.
	base := path.Dir(path.Dir(name))
	ids := map[string]bool{}
	for _, r := range rels.Rels {
		if ids[r.ID] {
			c.errf("%s: relationship id %s twice", name, r.ID)
		}
		ids[r.ID] = true
		if r.Mode == "External" {
			continue
		}
		target := path.Clean(path.Join(base, r.Target))
		if strings.HasPrefix(r.Target, "/") {
			target = strings.TrimPrefix(r.Target, "/")
		}
		if _, ok := c.parts[target]; !ok {
			c.errf("%s: relationship %s leads to %s, which is not in the package", name, r.ID, target)
		}
	}
}

// order checks the children of a root element against a sequence.
func (c *checker) order(name string, children []string, seq []string, repeatable map[string]bool) {
	at := map[string]int{}
	for i, n := range seq {
		at[n] = i
	}
	last, seen := -1, map[string]bool{}
	for _, ch := range children {
		i, ok := at[ch]
		switch {
		case !ok:
			c.errf("%s: element <%s> is not allowed here", name, ch)
		case i < last:
			c.errf("%s: <%s> comes after <%s>, out of the schema's order", name, ch, seq[last])
		case seen[ch] && !repeatable[ch]:
			c.errf("%s: <%s> twice", name, ch)
		}
		if ok {
			last = max(last, i)
		}
		seen[ch] = true
	}
}

// worksheet checks a worksheet part.
func (c *checker) worksheet(name string, b []byte) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var children []string
	depth, lastRow, lastCol, row := 0, 0, 0, 0
	var merges [][4]int
	mergeCount := -1
	var cellText strings.Builder
	inText, inCell := false, ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			c.errf("%s: %v", name, err)
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 {
				children = append(children, t.Name.Local)
			}
			switch t.Name.Local {
			case "row":
				row = 0
				if r := attr(t, "r"); r != "" {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 || n > maxRow {
						c.errf("%s: row r=%q", name, r)
					}
					row = n
				} else {
					row = lastRow + 1
				}
				if row <= lastRow {
					c.errf("%s: row %d after row %d", name, row, lastRow)
				}
				lastRow, lastCol = row, 0
				if ht := attr(t, "ht"); ht != "" {
					h, err := strconv.ParseFloat(ht, 64)
					if err != nil || h < 0 || h > maxRowHeight {
						c.errf("%s: row %d is %s pt high (at most %d)", name, row, ht, maxRowHeight)
					}
				}
			case "c":
				ref := attr(t, "r")
				col, r := splitRef(ref)
				if ref == "" {
					col, r = lastCol+1, row
				}
				if col < 1 || col > maxCol || r != row {
					c.errf("%s: cell %q in row %d", name, ref, row)
				}
				if col <= lastCol {
					c.errf("%s: cell %s after column %d", name, ref, lastCol)
				}
				lastCol = col
				if ty := attr(t, "t"); ty != "" && !cellTypes[ty] {
					c.errf("%s: cell %s of type %q", name, ref, ty)
				}
				inCell = ref
				cellText.Reset()
			case "t", "v":
				inText = inCell != ""
			case "mergeCells":
				if n := attr(t, "count"); n != "" {
					mergeCount, _ = strconv.Atoi(n)
				}
			case "mergeCell":
				a, b, ok := strings.Cut(attr(t, "ref"), ":")
				c1, r1 := splitRef(a)
				c2, r2 := splitRef(b)
				if !ok || c1 == 0 || c2 < c1 || r2 < r1 {
					c.errf("%s: merged range %q", name, attr(t, "ref"))
					continue
				}
				merges = append(merges, [4]int{c1, r1, c2, r2})
			}
		case xml.CharData:
			if inText {
				cellText.Write(t)
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "t", "v":
				inText = false
			case "c":
				if n := len(utf16.Encode([]rune(cellText.String()))); n > maxCellChars {
					c.errf("%s: cell %s holds %d characters (at most %d)", name, inCell, n, maxCellChars)
				}
				inCell = ""
			}
		}
	}
	c.order(name, children, worksheetOrder, map[string]bool{"conditionalFormatting": true})
	if mergeCount >= 0 && mergeCount != len(merges) {
		c.errf("%s: mergeCells count=%d for %d ranges", name, mergeCount, len(merges))
	}
	overlaps(merges, func(a, b [4]int) {
		c.errf("%s: merged ranges %v and %v overlap", name, a, b)
	})
}

// overlaps calls fn for each pair of ranges (col1, row1, col2, row2)
// that overlap.
func overlaps(rs [][4]int, fn func(a, b [4]int)) {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b [4]int) int { return a[1] - b[1] })
	for i, a := range rs {
		for _, b := range rs[i+1:] {
			if b[1] > a[3] {
				break // this and the later ones start below a
			}
			if a[0] <= b[2] && b[0] <= a[2] {
				fn(a, b)
			}
		}
	}
}

// workbook checks the workbook part: the order of its elements and the
// sheets' names.
func (c *checker) workbook(b []byte) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
		} `xml:"sheets>sheet"`
		Names []struct {
			Name  string `xml:"name,attr"`
			Local string `xml:"localSheetId,attr"`
		} `xml:"definedNames>definedName"`
	}
	if err := xml.Unmarshal(b, &wb); err != nil {
		c.errf("xl/workbook.xml: %v", err)
		return
	}
	c.order("xl/workbook.xml", rootChildren(b), workbookOrder, nil)
	seen := map[string]bool{}
	for _, s := range wb.Sheets {
		n := len(utf16.Encode([]rune(s.Name)))
		if n == 0 || n > 31 || strings.ContainsAny(s.Name, `[]:*?/\`) || strings.HasPrefix(s.Name, "'") || strings.HasSuffix(s.Name, "'") {
			c.errf("xl/workbook.xml: sheet name %q", s.Name)
		}
		if seen[strings.ToLower(s.Name)] {
			c.errf("xl/workbook.xml: sheet %q twice", s.Name)
		}
		seen[strings.ToLower(s.Name)] = true
	}
	names := map[string]bool{}
	for _, dn := range wb.Names {
		key := strings.ToLower(dn.Name) + "|" + dn.Local
		if names[key] {
			c.errf("xl/workbook.xml: defined name %q twice in the same scope", dn.Name)
		}
		names[key] = true
	}
}

// rootChildren are the names of the root element's children.
func rootChildren(b []byte) []string {
	d := xml.NewDecoder(bytes.NewReader(b))
	var out []string
	for depth := 0; ; {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 {
				out = append(out, t.Name.Local)
			}
		case xml.EndElement:
			depth--
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// splitRef splits "AB12" into column 28 and row 12; 0, 0 when malformed.
func splitRef(ref string) (col, row int) {
	ref = strings.ReplaceAll(ref, "$", "")
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	r, err := strconv.Atoi(ref[i:])
	if i == 0 || i > 3 || err != nil || r < 1 || r > maxRow {
		return 0, 0
	}
	return col, r
}

// Err joins the problems of CheckXLSX into one error, nil when none.
func Err(problems []error) error { return errors.Join(problems...) }
