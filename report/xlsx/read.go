package xlsx

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// Read reads a workbook exported by this program, edited or not, into a
// report. name (the file name) starts every message. Errors are Vietnamese
// and name the sheet and the cell where there is one. The indicators are
// those of the template the workbook was written to (its hidden sheet;
// the built-in tuyên giáo one for a workbook from before templates).
func Read(ra io.ReaderAt, size int64, name string) (r *report.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, &panicError{name: name, value: p, stack: debug.Stack()}
		}
	}()
	p, err := precheck(ra, size)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b := &book{name: name, types: p.types, ra: ra, size: size}
	defer b.close()
	if b.excel() == nil {
		return nil, fmt.Errorf("%s: %w", name, openError(b.openErr))
	}
	return b.read()
}

// openOptions are the options every excelize.OpenReader of a workbook
// read gets: raw values, and the limits of limits.go (precheck has
// checked them already; excelize checks them again).
var openOptions = excelize.Options{
	RawCellValue:      true,
	UnzipSizeLimit:    maxUnzipped,
	UnzipXMLSizeLimit: maxInMemory,
}

// ReadFile reads a workbook file; errors name the file.
func ReadFile(path string) (*report.Report, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mở tệp %s: %w", path, err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("đọc tệp %s: %w", path, err)
	}
	return Read(fh, st.Size(), path)
}

// LoadFile reads a report file (JSON) or a workbook exported by this
// program, whichever the file is by its content, not its extension.
// Errors name the file.
func LoadFile(path string) (*report.Report, error) {
	workbook, err := sniffFile(path)
	if err != nil {
		return nil, err
	}
	if workbook {
		return ReadFile(path)
	}
	return report.ReadFile(path)
}

// panicError is a panic inside the Excel library turned into an error: a
// file that breaks the reader is a damaged file, not a crash.
type panicError struct {
	name  string
	value any
	stack []byte
}

func (e *panicError) Error() string {
	return fmt.Sprintf("%s: tệp Excel bị hỏng, không đọc được (%v)", e.name, e.value)
}

// openError turns an error of excelize.OpenReader into a message.
func openError(err error) error {
	switch {
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, excelize.ErrWorkbookPassword):
		return errors.New("tệp có mật khẩu hoặc không phải tệp Excel (.xlsx)")
	case errors.Is(err, excelize.ErrOptionsUnzipSizeLimit):
		return fmt.Errorf("tệp Excel giải nén ra quá lớn; không phải tệp do %s xuất ra", appName)
	}
	return damaged(err)
}

// book is a workbook being read.
type book struct {
	// f is the workbook opened by excelize; see excel.
	f        *excelize.File
	openErr  error
	ra       io.ReaderAt
	size     int64
	name     string
	cat      *report.Catalogue
	date1904 bool
	sheets   []*sheet
	problems []string
	notes    []string
	// types holds the cells' type attributes from the pre-scan; nil
	// when the sheets could not be matched to their parts.
	types cellTypes
}

// sheet is one sheet's cells, raw (numbers unformatted).
type sheet struct {
	name string
	rows [][]string
}

// cell returns the raw text of a cell, "" when empty; col and row are
// 1-based.
func (s *sheet) cell(col, row int) string {
	if row < 1 || row > len(s.rows) || col < 1 || col > len(s.rows[row-1]) {
		return ""
	}
	return s.rows[row-1][col-1]
}

// mark is where a sheet's hidden mark was found.
type mark struct {
	sh       *sheet
	row, col int
}

const maxProblems = 20

// problem records an error at a cell (col 0: the whole sheet or row).
func (b *book) problem(sh *sheet, col, row int, format string, args ...any) {
	where := b.name
	if sh != nil {
		where += `, trang "` + sh.name + `"`
		switch {
		case col > 0 && row > 0:
			where += ", ô " + cellName(col, row)
		case row > 0:
			where += fmt.Sprintf(", dòng %d", row)
		}
	}
	b.problems = append(b.problems, where+": "+fmt.Sprintf(format, args...))
}

func (b *book) err() error {
	if len(b.problems) == 0 {
		return nil
	}
	ps := b.problems
	if len(ps) > maxProblems {
		ps = append(ps[:maxProblems:maxProblems], fmt.Sprintf("%s: … và %d lỗi khác", b.name, len(b.problems)-maxProblems))
	}
	return errors.New(strings.Join(ps, "\n"))
}

// excel returns the workbook opened by excelize, opening it the first
// time; nil when it fails to open (openErr).
func (b *book) excel() *excelize.File {
	if b.f == nil && b.openErr == nil {
		b.f, b.openErr = excelize.OpenReader(io.NewSectionReader(b.ra, 0, b.size), openOptions)
		if b.openErr != nil {
			b.f = nil
		}
	}
	return b.f
}

func (b *book) close() {
	if b.f != nil {
		b.f.Close()
	}
}

func (b *book) read() (*report.Report, error) {
	names := b.f.GetSheetList()
	if len(names) > maxSheets {
		return nil, fmt.Errorf("%s: tệp Excel có %d trang, quá nhiều; không phải tệp do %s xuất ra", b.name, len(names), appName)
	}
	// Only the sheets with a mark near their top are read whole: a sheet
	// a clerk added, however large, costs little.
	var firstErr error
	for _, n := range names {
		rows, err := b.markedRows(n)
		if err == nil && rows != nil {
			b.sheets = append(b.sheets, &sheet{name: n, rows: rows})
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	if props, err := b.f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		b.date1904 = *props.Date1904
	}
	meta := b.findMeta()
	if meta == nil {
		if firstErr != nil {
			return nil, fmt.Errorf("%s: %w", b.name, damaged(firstErr))
		}
		return nil, fmt.Errorf("%s: %w", b.name, errNotOurs)
	}
	marks, err := b.findMarks()
	if err != nil {
		return nil, err
	}
	r, m, err := b.readMeta(meta)
	if err != nil {
		return nil, err
	}
	if err := b.err(); err != nil {
		return nil, err // the template or its catalogue is damaged
	}
	b.cat = r.Catalogue()
	fm, ok := marks[markFigures]
	if !ok {
		return nil, fmt.Errorf("%s: không thấy trang số liệu (trang %q có cột ẩn mã chỉ tiêu); trang này có bị xoá?", b.name, sheetFigures)
	}
	info, isForm := marks[markInfo]
	if !isForm && m.workbook == workbookForm {
		return nil, fmt.Errorf("%s: không thấy trang %q của biểu mẫu (thông tin đơn vị báo cáo); trang này có bị xoá? Hãy điền lại biểu mẫu đã nhận", b.name, sheetInfo)
	}
	for _, s := range []struct {
		mark, sheet, key string
	}{{markDocuments, sheetDocuments, keyDocuments}, {markSections, sheetSections, keySections}, {markUnits, sheetUnits, keyUnits}} {
		if _, ok := marks[s.mark]; !ok {
			if err := b.missing(s.sheet, s.key, m, isForm); err != nil {
				return nil, err
			}
		}
	}
	if dm, ok := marks[markDocuments]; ok {
		r.Documents = b.readDocuments(dm)
	}
	if um, ok := marks[markUnits]; ok {
		r.Breakdown = b.readUnits(um)
	}
	if !isForm {
		b.readHeader(fm, r)
	}
	b.readFigures(fm, r, m)
	if r.Summary != m.summary && m.summary != "" {
		b.note("trích yếu hiển thị là %q, khác với %q ghi khi xuất tệp; dùng trích yếu hiển thị", r.Summary, m.summary)
	}
	sm, hasSections := marks[markSections]
	if hasSections {
		b.readSections(sm, r, m)
		m.addGuidance(r)
	} else {
		r.Recipients, r.Signer = m.recipients, m.signer
	}
	if isForm {
		b.readInfo(info, r)
	}
	if hasSections || isForm {
		b.signerNotes(m.signer, r.Signer)
	}
	if b.openErr != nil {
		// Opened for a style or a formula, excelize failed: it would have
		// failed on opening.
		return nil, fmt.Errorf("%s: %w", b.name, openError(b.openErr))
	}
	if err := b.err(); err != nil {
		return nil, err
	}
	r.Normalize()
	r.ReadNotes = b.notes
	return r, nil
}

// missing decides what a sheet missing from the workbook (deleted by a
// clerk) means. Where nothing is lost it is a note: a form's unit may
// delete the documents or the narrative it has none of, and an export's
// sheet may be deleted when it was written empty (the hidden sheet keeps
// how many items each sheet was written with). Else it is an error naming
// the sheet: importing would replace the archived report's documents,
// narrative or units with none.
func (b *book) missing(sheet, key string, m *metaInfo, form bool) error {
	n, known := m.counts[key]
	if key == keyUnits && !known {
		return nil // a report not consolidated has no such sheet
	}
	what := map[string]string{keyDocuments: "văn bản", keySections: "phần nội dung", keyUnits: "đơn vị"}[key]
	switch {
	case form:
		b.note("không có trang %q: coi như báo cáo không có %s nào", sheet, what)
		return nil
	case known && n == 0:
		b.note("không có trang %q; khi xuất, báo cáo không có %s nào", sheet, what)
		return nil
	case known:
		return fmt.Errorf("%s: không thấy trang %q (%s %s khi xuất); trang này có bị xoá? Hãy dùng lại tệp đã xuất, "+
			"hoặc chép trang đó từ tệp đã xuất vào rồi nhập lại (nếu muốn bỏ hết %s, hãy để trang lại và xoá các dòng)",
			b.name, sheet, report.FormatInt(int64(n)), what, what)
	}
	return fmt.Errorf("%s: không thấy trang %q (%s); trang này có bị xoá? Hãy dùng lại tệp đã xuất, hoặc chép trang đó từ tệp đã xuất vào rồi nhập lại",
		b.name, sheet, what)
}

// signerNotes notes where the signer shown differs from the hidden sheet's.
func (b *book) signerNotes(hidden, shown report.Signer) {
	for _, f := range []struct{ what, hidden, shown string }{
		{"quyền hạn ký", hidden.Authority, shown.Authority},
		{"chức vụ người ký", hidden.Title, shown.Title},
		{"họ tên người ký", hidden.Name, shown.Name},
	} {
		if f.hidden != "" && report.NormalizeText(f.hidden) != report.NormalizeText(f.shown) {
			b.note("%s hiển thị là %q, khác với %q ghi khi xuất tệp; dùng %q", f.what, f.shown, f.hidden, f.shown)
		}
	}
}

// findMeta returns the hidden sheet: "format" in A1 and this program's
// format tag in B1.
func (b *book) findMeta() *sheet {
	for _, sh := range b.sheets {
		if sh.cell(1, 1) == keyFormat && strings.HasPrefix(sh.cell(2, 1), formatPrefix) {
			return sh
		}
	}
	return nil
}

// markScanRows is how far down a sheet its mark is looked for.
const markScanRows = 60

// markedRows reads a sheet's rows, raw, through excelize's streaming
// reader, when one of its first rows holds a mark or the hidden sheet's
// format tag; nil for another sheet, which is not read further.
func (b *book) markedRows(name string) ([][]string, error) {
	rows, err := b.f.Rows(name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]string
	marked := false
	for i := 0; rows.Next(); i++ {
		if i >= markScanRows && !marked {
			return nil, nil
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		if !marked && rowMarked(i, cols) {
			marked = true
		}
		out = append(out, cols)
	}
	if err := rows.Error(); err != nil {
		return nil, err
	}
	if !marked {
		return nil, nil
	}
	// GetRows drops the empty rows at the end; so does this.
	for len(out) > 0 && allEmpty(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return out, nil
}

func allEmpty(cols []string) bool {
	for _, c := range cols {
		if c != "" {
			return false
		}
	}
	return true
}

// rowMarked reports whether the row at index i holds a mark or the hidden
// sheet's format tag.
func rowMarked(i int, cols []string) bool {
	for ci, v := range cols {
		switch {
		case v == markFigures, v == markDocuments, v == markSections, v == markUnits, v == markInfo:
			return true
		case i == 0 && ci == 1 && strings.HasPrefix(v, formatPrefix):
			return true
		}
	}
	return false
}

// findMarks finds the sheets by their hidden marks, whatever their names
// and order. A mark found twice (a copied sheet) is an error: which one is
// the truth cannot be told.
func (b *book) findMarks() (map[string]mark, error) {
	marks := map[string]mark{}
	for _, sh := range b.sheets {
		for ri := 0; ri < len(sh.rows) && ri < markScanRows; ri++ {
			for ci, v := range sh.rows[ri] {
				switch v {
				case markFigures, markDocuments, markSections, markUnits, markInfo:
				default:
					continue
				}
				if prev, dup := marks[v]; dup && prev.sh != sh {
					return nil, fmt.Errorf("%s: hai trang %q và %q cùng là %s; hãy xoá trang thừa rồi đọc lại",
						b.name, prev.sh.name, sh.name, markLabel(v))
				}
				marks[v] = mark{sh: sh, row: ri + 1, col: ci + 1}
			}
		}
	}
	return marks, nil
}

func markLabel(m string) string {
	switch m {
	case markFigures:
		return "bảng số liệu"
	case markDocuments:
		return "danh mục văn bản"
	case markSections:
		return "nội dung báo cáo"
	case markInfo:
		return "thông tin đơn vị của biểu mẫu"
	}
	return "bảng số liệu các đơn vị"
}

// column names a column of a table by the labels its header may have.
type column struct {
	key    string
	labels []string
}

// headerColumns finds the columns of a table by their header labels
// (case and spacing aside), so that a column a clerk moved is still found.
func (b *book) headerColumns(sh *sheet, row int, want []column) (map[string]int, bool) {
	cols := map[string]int{}
	var cells []string
	if row-1 < len(sh.rows) {
		cells = sh.rows[row-1]
	}
	labels := make([][]string, len(want))
	for i, c := range want {
		for _, l := range c.labels {
			labels[i] = append(labels[i], fold(l))
		}
	}
	for ci, v := range cells {
		fv := fold(v)
		for i, c := range want {
			for _, l := range labels[i] {
				if _, seen := cols[c.key]; !seen && fv == l {
					cols[c.key] = ci + 1
				}
			}
		}
	}
	ok := true
	for _, c := range want {
		if _, found := cols[c.key]; !found {
			b.problem(sh, 0, row, "không thấy cột %q ở dòng tiêu đề của bảng; đừng đổi tên tiêu đề cột", c.labels[0])
			ok = false
		}
	}
	return cols, ok
}

// fold folds a label for comparison: lower case, single spaces.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(report.NormalizeText(s))), " ")
}

// isBold reports whether a cell's font is bold.
func (b *book) isBold(sh *sheet, col, row int) bool {
	f := b.excel()
	if f == nil {
		return false
	}
	id, err := f.GetCellStyle(sh.name, cellName(col, row))
	if err != nil || id == 0 {
		return false
	}
	st, err := f.GetStyle(id)
	return err == nil && st != nil && st.Font != nil && st.Font.Bold
}

// hasFormula reports whether a cell holds a formula containing fn.
func (b *book) hasFormula(sh *sheet, col, row int, fn string) bool {
	if has, ok := b.types.hasFormula(sh.name, col, row); ok && !has {
		return false // known from the pre-scan, without decoding the sheet
	}
	f := b.excel()
	if f == nil {
		return false
	}
	fm, err := f.GetCellFormula(sh.name, cellName(col, row))
	return err == nil && strings.Contains(strings.ToUpper(fm), fn)
}
