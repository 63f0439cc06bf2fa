package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// Limits on a workbook read from someone else, computed from what the
// writer produces, so that every workbook this program exports reads
// back (Write checks its own output against them, see checkWritten), and
// low enough that a malicious file (a zip bomb, a sheet with a cell in
// every row of the last column) cannot eat the memory of an old PC.
//
// The writer writes a row of the documents or the narrative sheet (six
// cells: the visible ones and the hidden tags) in about rowMarkup bytes of
// XML besides its text; 10,000 documents take 10,000 rows, 5,000 sections
// of a heading and two paragraphs 15,000, a 100,000-character narrative
// about 300. A sheet is allowed maxRows rows, and its XML the markup of
// that many rows plus all the text a report file can hold
// (report.MaxFileSize), once; two such sheets make the most the whole
// package unpacks to.
const (
	maxRows   = 50000 // rows of one sheet
	rowMarkup = 640   // bytes of XML of a written row of six cells, its text aside
	maxCols   = 128   // columns of one sheet
	// maxCells is maxRows rows of the writer's widest long sheet (the
	// documents' and the narrative's six columns).
	maxCells    = maxRows * 6
	maxPart     = maxRows*rowMarkup + report.MaxFileSize // one XML part, unpacked
	maxUnzipped = 2*maxPart + 4<<20                      // all parts together, unpacked
	// MaxWorkbookSize is the largest workbook file read: at worst (text
	// that does not compress) about what it unpacks to.
	MaxWorkbookSize = maxUnzipped
	maxStyles       = 256 << 10 // xl/styles.xml, which excelize decodes whole
	maxParts        = 1000
	maxSheets       = 64
	// maxInMemory is the largest sheet excelize keeps in memory; a larger
	// one it unpacks to a temporary file.
	maxInMemory = 16 << 20
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// IsWorkbook reports whether a file starting with head looks like an
// Excel workbook: a zip (.xlsx) or an OLE2 compound file (.xls, or an
// .xlsx protected by a password).
func IsWorkbook(head []byte) bool {
	return bytes.HasPrefix(head, zipMagic) || bytes.HasPrefix(head, oleMagic)
}

// errNotOurs is the message for a workbook without the hidden marks.
var errNotOurs = errors.New("không phải tệp Excel do " + appName + " xuất ra (không có trang ẩn _baocao); hãy dùng tệp đã xuất từ chương trình, hoặc nhập lại số liệu")

// pkg is what precheck learned of a workbook's package.
type pkg struct {
	// types are the cells' type attributes by sheet; nil when the sheets
	// could not be matched to their parts.
	types cellTypes
}

// precheck looks at the file before excelize does: its kind, its size
// and the sizes its parts unpack to, and the extent of every sheet. On the
// way it notes the cells' types (see scanSheet).
func precheck(ra io.ReaderAt, size int64) (*pkg, error) {
	if size > MaxWorkbookSize {
		return nil, fmt.Errorf("tệp quá lớn (%s byte; tệp Excel của báo cáo thường chỉ vài chục kB, tối đa %s byte)",
			report.FormatInt(size), report.FormatInt(MaxWorkbookSize))
	}
	head := make([]byte, 8)
	n, _ := ra.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, oleMagic):
		if isEncrypted(ra, size) {
			return nil, errors.New("tệp có mật khẩu; hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại")
		}
		return nil, errOldXLS
	case !bytes.HasPrefix(head, zipMagic):
		return nil, errors.New("không phải tệp Excel (.xlsx)")
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, damaged(err)
	}
	if len(zr.File) > maxParts {
		return nil, fmt.Errorf("tệp Excel có %s phần, quá nhiều; không phải tệp do %s xuất ra", report.FormatInt(int64(len(zr.File))), appName)
	}
	var total uint64
	for _, f := range zr.File {
		limit := uint64(maxPart)
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		if name == "xl/styles.xml" {
			limit = maxStyles
		}
		total += f.UncompressedSize64
		if f.UncompressedSize64 > limit || total > maxUnzipped {
			return nil, fmt.Errorf("tệp Excel giải nén ra quá lớn (phần %s: %s byte); không phải tệp do %s xuất ra",
				f.Name, report.FormatInt(int64(min(f.UncompressedSize64, 1<<62))), appName)
		}
	}
	parts := map[string]*partTypes{}
	for _, f := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		if strings.HasPrefix(name, "xl/worksheets/") && path.Ext(name) == ".xml" {
			data, err := readPart(f)
			if err != nil {
				return nil, err
			}
			types, err := scanSheet(f.Name, data)
			if err != nil {
				return nil, err
			}
			parts[name] = types
		}
	}
	return &pkg{types: sheetCellTypes(zr, parts)}, nil
}

// errOldXLS is the message for a workbook of Excel 97–2003.
var errOldXLS = errors.New("tệp Excel kiểu cũ (.xls, Excel 97–2003), chương trình chỉ đọc .xlsx; " +
	"hãy mở tệp bằng Excel, chọn Tệp > Lưu thành > \"Sổ làm việc Excel (*.xlsx)\" " +
	"(LibreOffice: Tệp > Lưu thành, kiểu \"Excel 2007-365 (.xlsx)\", bấm \"Dùng định dạng Excel 2007-365!\"), rồi gửi tệp .xlsx")

// readPart reads a part of the package whose unpacked size precheck
// checked.
func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, damaged(err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	buf.Grow(int(min(f.UncompressedSize64, maxPart)) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(rc, maxPart+1)); err != nil {
		return nil, damaged(err)
	}
	return buf.Bytes(), nil
}

// damaged wraps an error of a broken zip or XML.
func damaged(err error) error {
	return fmt.Errorf("tệp Excel bị hỏng hoặc không trọn vẹn (có thể tải về hoặc chép chưa xong): %v", err)
}

// isEncrypted reports whether an OLE2 file holds an encrypted workbook:
// its directory names the stream "EncryptionInfo".
func isEncrypted(ra io.ReaderAt, size int64) bool {
	name := []byte{}
	for _, r := range "EncryptionInfo" {
		name = append(name, byte(r), 0)
	}
	buf := make([]byte, 64<<10)
	for off := int64(0); off < size; off += int64(len(buf) - len(name)) {
		n, _ := ra.ReadAt(buf, off)
		if bytes.Contains(buf[:n], name) {
			return true
		}
		if n < len(buf) {
			break
		}
	}
	return false
}

// scanSheet reads a sheet's XML once, without keeping it, and refuses a
// sheet whose cells reach too far: excelize fills every row up to its last
// cell, so one cell at column XFD in each row would take gigabytes. On the
// way it notes each cell's type attribute ("s", "n", "str", …), so that
// reading a cell's type later does not make excelize parse the whole sheet
// into memory a second time.
func scanSheet(name string, data []byte) (*partTypes, error) {
	types := &partTypes{}
	row, col, cells := 0, 0, 0
	tooBig := func(what string) error {
		return fmt.Errorf("trang tính %s quá lớn (%s); không phải tệp do %s xuất ra", path.Base(name), what, appName)
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '<' {
			continue
		}
		j := i + 1
		for j < len(data) && !isSpace(data[j]) && data[j] != '>' && data[j] != '/' {
			j++
		}
		elem := data[i+1 : j]
		if k := bytes.LastIndexByte(elem, ':'); k >= 0 {
			elem = elem[k+1:]
		}
		isRow, isCell := string(elem) == "row", string(elem) == "c"
		if string(elem) == "f" && row > 0 && col > 0 {
			types.setFormula(row, col)
			continue
		}
		if !isRow && !isCell {
			continue
		}
		end := bytes.IndexByte(data[j:], '>')
		if end < 0 {
			end = len(data) - j
		}
		ref := attr(data[j:j+end], "r")
		if isRow {
			col = 0
			if ref == "" {
				row++
			} else if n, ok := atoi(ref); ok {
				row = n
			} else {
				row = maxRows + 1
			}
			if row > maxRows {
				return nil, tooBig("quá " + report.FormatInt(maxRows) + " dòng")
			}
			continue
		}
		cells++
		if cells > maxCells {
			return nil, tooBig("quá " + report.FormatInt(maxCells) + " ô")
		}
		if ref == "" {
			col++
		} else {
			c, r := splitRef(ref)
			if c == 0 || r > maxRows {
				c = maxCols + 1
			}
			col = c
		}
		if col > maxCols {
			return nil, tooBig("có ô quá cột " + colName(maxCols))
		}
		if t := attr(data[j:j+end], "t"); t != "" && row > 0 {
			types.set(row, col, []byte(t))
		}
	}
	return types, nil
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// attr finds the value of attribute name in the inside of a start tag.
func attr(tag []byte, name string) string {
	for i := 0; i < len(tag); {
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		j := i
		for j < len(tag) && tag[j] != '=' && !isSpace(tag[j]) {
			j++
		}
		key := tag[i:j]
		for j < len(tag) && (isSpace(tag[j]) || tag[j] == '=') {
			j++
		}
		if j >= len(tag) || (tag[j] != '"' && tag[j] != '\'') {
			return ""
		}
		q := tag[j]
		k := bytes.IndexByte(tag[j+1:], q)
		if k < 0 {
			return ""
		}
		if string(key) == name {
			return string(tag[j+1 : j+1+k])
		}
		i = j + 1 + k + 1
	}
	return ""
}

func atoi[T ~string | ~[]byte](s T) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// splitRef splits "AB12" into column 28 and row 12; 0, 0 when malformed
// or beyond the limits.
func splitRef[T ~string | ~[]byte](ref T) (col, row int) {
	i := 0
	for i < len(ref) && i < 4 {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	rest := ref[i:]
	if len(rest) > 0 && rest[0] == '$' {
		rest = rest[1:]
	}
	r, ok := atoi(rest)
	if i == 0 || !ok {
		return 0, 0
	}
	return col, r
}

// errTooBig is the message for a report too large for a workbook that
// reading would accept.
func errTooBig(what string) error {
	return fmt.Errorf("báo cáo quá lớn để xuất ra Excel: %s (tệp Excel của chương trình chứa tối đa %s dòng, %s byte một trang, "+
		"để chương trình đọc lại được); hãy bớt văn bản hoặc nội dung, hoặc chỉ xuất PDF, Word", what, report.FormatInt(maxRows), report.FormatInt(maxPart))
}

// checkWritten checks a workbook the writer made, whose bytes are data,
// against the limits of reading: the sizes its parts unpack to and the
// size of the file (the rows and cells are checked as they are written).
func checkWritten(f *excelize.File, data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	sheets := map[string]string{}
	for id, name := range f.GetSheetMap() {
		sheets[fmt.Sprintf("xl/worksheets/sheet%d.xml", id)] = name
	}
	if len(zr.File) > maxParts {
		return errTooBig(fmt.Sprintf("tệp có %d phần", len(zr.File)))
	}
	var total uint64
	for _, p := range zr.File {
		total += p.UncompressedSize64
		limit := uint64(maxPart)
		if p.Name == "xl/styles.xml" {
			limit = maxStyles
		}
		if p.UncompressedSize64 > limit {
			name, ok := sheets[p.Name]
			if !ok {
				name = p.Name
			}
			return errTooBig(fmt.Sprintf("trang %q cần %s byte", name, report.FormatInt(int64(p.UncompressedSize64))))
		}
	}
	if total > maxUnzipped || len(data) > MaxWorkbookSize {
		return errTooBig(fmt.Sprintf("các trang cần %s byte, tệp %s byte", report.FormatInt(int64(total)), report.FormatInt(int64(len(data)))))
	}
	return nil
}
