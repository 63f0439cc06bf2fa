package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"hash/maphash"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// quickBook is a workbook opened without excelize reading the sheets: the
// sheets' names and cells as excelize would give them, from the pre-scan.
type quickBook struct {
	names    []string              // as GetSheetList
	rows     map[string][][]string // as GetRows with RawCellValue, by sheet name
	date1904 bool
}

// openOptions are the options every excelize.OpenReader of a workbook
// read gets.
var openOptions = excelize.Options{
	RawCellValue:      true,
	UnzipSizeLimit:    maxUnzipped,
	UnzipXMLSizeLimit: maxPart,
}

// Names of parts as excelize finds them (exact case).
const (
	partRootRels  = "_rels/.rels"
	partCalcChain = "xl/calcChain.xml"
	partStyles    = "xl/styles.xml"
	partTheme     = "xl/theme/theme1.xml"
	relOfficeDoc  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	nsContentType = "http://schemas.openxmlformats.org/package/2006/content-types"
)

// quickOpen opens a workbook the pre-scan has read, giving exactly what
// excelize's OpenReader, GetSheetList, GetWorkbookProps and, for each
// sheet, GetRows would give, and failing where they would fail. It does
// not open the workbook with excelize: that decodes the styles, the theme
// and every sheet with encoding/xml, which is most of the time an import
// takes. Instead:
//
//   - every part is unpacked, as excelize does, so that a damaged one
//     (a checksum error) is found;
//   - the parts excelize decodes on opening are decoded by excelize, in a
//     package of their own without the sheets (the styles and the theme
//     only the first time they are seen: a unit's workbooks all have the
//     same);
//   - the sheets' names are matched to their parts as excelize matches
//     them, and their rows are those of the pre-scan.
//
// ok is false where anything is beyond this (a sheet the pre-scan could
// not read, a part it does not know): the caller then opens the workbook
// with excelize, which gives the same answers, more slowly.
func quickOpen(p *pkg) (q *quickBook, ok bool) {
	// The parts, by name as excelize keeps them (backslashes made
	// slashes); two names differing only in case are left to excelize.
	files := map[string]*zip.File{}
	folded := map[string]bool{}
	for _, f := range p.zr.File {
		name := strings.ReplaceAll(f.Name, "\\", "/")
		if folded[strings.ToLower(name)] {
			return nil, false
		}
		folded[strings.ToLower(name)] = true
		files[name] = f
	}
	rootRels, ok := partData(files, partRootRels)
	if !ok || rootRels == nil {
		return nil, false
	}
	var rels struct {
		XMLName xml.Name `xml:"http://schemas.openxmlformats.org/package/2006/relationships Relationships"`
		relsXML
	}
	if !decodePart(rootRels, &rels) {
		return nil, false
	}
	wbPath := ""
	for _, r := range rels.Rels {
		if r.Type == relOfficeDoc {
			wbPath = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	wbRelsPath := workbookRelsPath(wbPath)
	wbData, ok1 := partData(files, wbPath)
	wbRelsData, ok2 := partData(files, wbRelsPath)
	if wbPath == "" || !ok1 || !ok2 || wbData == nil || wbRelsData == nil {
		return nil, false
	}
	// The other parts: unpacked whole (a damaged part fails excelize's
	// opening), the content types checked (excelize decodes them before
	// reading the first row).
	needed := map[string][]byte{partRootRels: rootRels, wbPath: wbData, wbRelsPath: wbRelsData}
	for name, f := range files {
		if _, scanned := p.sheets[name]; scanned {
			continue
		}
		if _, done := needed[name]; done {
			continue
		}
		switch name {
		case partCalcChain, partStyles, partTheme:
			data, err := readPart(f)
			if err != nil {
				return nil, false
			}
			needed[name] = data
			continue
		}
		if strings.EqualFold(name, "[Content_Types].xml") {
			data, err := readPart(f)
			if err != nil || !contentTypesOK(data) {
				return nil, false
			}
			continue
		}
		if !unpacks(f) {
			return nil, false
		}
	}
	// What excelize decodes on opening, decoded by excelize.
	names, date1904, ok := openParts(needed)
	if !ok {
		return nil, false
	}
	// The sheets' parts, as excelize's getSheetMap finds them.
	// (decoded already for the types when they are the parts precheck
	// read)
	wb, wbRels := p.wb, p.rels
	if wb.f != files[wbPath] || !wb.ok || purl(wbData) {
		wb.v = workbookXML{}
		wb.ok = decodePart(wbData, &wb.v)
	}
	if wbRels.f != files[wbRelsPath] || !wbRels.ok || purl(wbRelsData) {
		wbRels.v = relsXML{}
		wbRels.ok = decodePart(wbRelsData, &wbRels.v)
	}
	if !wb.ok || !wbRels.ok || len(wb.v.Sheets) != len(names) {
		return nil, false
	}
	sheetMap := map[string]string{}
	for i, s := range wb.v.Sheets {
		if s.Name != names[i] {
			return nil, false
		}
		for _, r := range wbRels.v.Rels {
			if r.ID == s.ID {
				if part := worksheetPath(wbPath, r.Target); files[part] != nil {
					sheetMap[s.Name] = part
				}
			}
		}
	}
	q = &quickBook{names: names, rows: map[string][][]string{}, date1904: date1904}
	for _, n := range names {
		if !validSheetName(n) {
			return nil, false
		}
		found := ""
		for sn, part := range sheetMap {
			if strings.EqualFold(sn, n) {
				if found != "" {
					return nil, false // excelize would take either
				}
				found = part
			}
		}
		sc := p.sheets[found]
		if sc == nil || !sc.fast {
			return nil, false
		}
		q.rows[n] = sc.rows
	}
	return q, true
}

// decodePart decodes a small part as excelize does, Strict OOXML (whose
// namespaces excelize rewrites) aside.
func decodePart(data []byte, v any) bool {
	if purl(data) {
		return false
	}
	err := xml.NewDecoder(bytes.NewReader(data)).Decode(v)
	return err == nil
}

// purl reports whether a part is of Strict OOXML.
func purl(data []byte) bool {
	return bytes.Contains(data, []byte("purl.oclc.org"))
}

// partData reads the part of that exact name; nil when there is none.
func partData(files map[string]*zip.File, name string) ([]byte, bool) {
	f := files[name]
	if f == nil {
		return nil, true
	}
	data, err := readPart(f)
	return data, err == nil
}

// unpacks reports whether a part unpacks whole with the right checksum.
func unpacks(f *zip.File) bool {
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	_, err = io.Copy(io.Discard, io.LimitReader(rc, maxPart+1))
	return err == nil
}

// workbookRelsPath is excelize's getWorkbookRelsPath.
func workbookRelsPath(wbPath string) string {
	wbDir := filepath.Dir(wbPath)
	if wbDir == "." {
		return "_rels/" + filepath.Base(wbPath) + ".rels"
	}
	return strings.TrimPrefix(filepath.Dir(wbPath)+"/_rels/"+filepath.Base(wbPath)+".rels", "/")
}

// worksheetPath is excelize's getWorksheetPath.
func worksheetPath(wbPath, relTarget string) string {
	p := filepath.ToSlash(strings.TrimPrefix(
		strings.ReplaceAll(filepath.Clean(fmt.Sprintf("%s/%s", filepath.Dir(wbPath), relTarget)), "\\", "/"), "/"))
	if strings.HasPrefix(relTarget, "/") {
		p = filepath.ToSlash(strings.TrimPrefix(strings.ReplaceAll(filepath.Clean(relTarget), "\\", "/"), "/"))
	}
	return p
}

// validSheetName is excelize's checkSheetName, which its Rows applies.
func validSheetName(name string) bool {
	units := 0
	for _, r := range name {
		units += utf16.RuneLen(r)
	}
	if name == "" || units > 31 {
		return false
	}
	if strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'") {
		return false
	}
	return !strings.ContainsAny(name, ":\\/?*[]")
}

// contentTypesOK reports whether [Content_Types].xml decodes as excelize
// decodes it: well formed up to the end of its root, a Types element of
// the content types namespace.
func contentTypesOK(data []byte) bool {
	if purl(data) {
		return false
	}
	s := newXMLScanner(data)
	for s.next() {
		if s.kind != tokStart {
			continue
		}
		ns, found := s.attr("xmlns")
		return string(s.name) == "Types" && found && decodeText(ns) == nsContentType && s.skip()
	}
	return !s.bad
}

// goodParts are the styles and themes excelize has opened without error,
// by content: a workbook with the same need not be opened again to know
// it. Bounded: a consolidation meets a few versions at most.
var goodParts struct {
	sync.Mutex
	m map[uint64][]byte // by hash of name and content: the content
}

const (
	maxGoodParts   = 32
	maxGoodPartLen = 64 << 10 // an exported workbook's styles take 13 kB
)

var goodSeed = maphash.MakeSeed()

func partHash(name string, data []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(goodSeed)
	h.WriteString(name)
	h.WriteByte(0)
	h.Write(data)
	return h.Sum64()
}

// openParts opens with excelize a package of the parts it decodes on
// opening (the root and workbook relationships, the workbook, the
// calculation chain, the styles and the theme), without the sheets; ok is
// false when excelize fails on it, as it would on the whole workbook.
// The styles and the theme are left out when known good.
func openParts(parts map[string][]byte) (names []string, date1904, ok bool) {
	var fresh []string
	goodParts.Lock()
	for _, name := range []string{partStyles, partTheme} {
		data, found := parts[name]
		if !found {
			continue
		}
		if known, ok := goodParts.m[partHash(name, data)]; ok && bytes.Equal(known, data) {
			delete(parts, name)
		} else {
			fresh = append(fresh, name)
		}
	}
	goodParts.Unlock()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			return nil, false, false
		}
		w.Write(data)
	}
	if zw.Close() != nil {
		return nil, false, false
	}
	f, err := excelize.OpenReader(&buf, openOptions)
	if err != nil {
		return nil, false, false
	}
	defer f.Close()
	names = f.GetSheetList()
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	goodParts.Lock()
	if len(goodParts.m)+len(fresh) > maxGoodParts || goodParts.m == nil {
		goodParts.m = map[uint64][]byte{}
	}
	for _, name := range fresh {
		if data := parts[name]; len(data) <= maxGoodPartLen {
			goodParts.m[partHash(name, data)] = bytes.Clone(data)
		}
	}
	goodParts.Unlock()
	return names, date1904, true
}
