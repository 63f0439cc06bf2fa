package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf16"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// Write writes the report as an Excel workbook. Every indicator of the
// report's catalogue is listed, reported or not, so that a clerk can fill
// the workbook in and send it back.
func Write(w io.Writer, r *report.Report) error {
	f, err := build(r)
	if err != nil {
		return fmt.Errorf("xuất Excel: %w", err)
	}
	defer f.Close()
	if err := writeChecked(w, f); err != nil {
		return fmt.Errorf("xuất Excel: %w", err)
	}
	return nil
}

// writeChecked writes a workbook built by this program, after checking
// that reading would accept it: what is exported must import.
func writeChecked(w io.Writer, f *excelize.File) error {
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	if err := checkWritten(f, buf.Bytes()); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// WriteFile writes the workbook to path whole or not at all.
func WriteFile(path string, r *report.Report) error {
	return report.WriteFileAtomic(path, func(w io.Writer) error {
		if err := Write(w, r); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
}

// writer holds what the sheet writers share.
type writer struct {
	f   *excelize.File
	st  *styles
	r   *report.Report
	cat *report.Catalogue
	ev  *report.Sheet
	// form is set when writing a fill-in form.
	form *formSpec
}

func build(r *report.Report) (*excelize.File, error) {
	return buildWith(r, nil)
}

// buildWith builds the workbook of a report, or of a form when form is set.
func buildWith(r *report.Report, form *formSpec) (*excelize.File, error) {
	if r == nil {
		return nil, fmt.Errorf("không có báo cáo")
	}
	cat := r.Catalogue()
	r = r.Clone()
	r.Normalize()
	ev := cat.Evaluate(r)
	if err := checkCellLengths(r, ev); err != nil {
		return nil, err
	}
	f := excelize.NewFile()
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	if err := f.SetDefaultFont(fontFamily); err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", sheetFigures); err != nil {
		return nil, err
	}
	names := []string{sheetDocuments, sheetSections}
	if r.IsConsolidated() {
		names = append(names, sheetUnits)
	}
	names = append(names, sheetMeta)
	for _, n := range names {
		if _, err := f.NewSheet(n); err != nil {
			return nil, err
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	w := &writer{f: f, st: st, r: r, cat: cat, ev: ev, form: form}
	if form != nil {
		form.styles = st // kept by the workbook read back
	}
	steps := []func() error{w.figures, w.documents, w.sections, w.meta}
	if r.IsConsolidated() {
		steps = append(steps, w.units)
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	if err := f.SetSheetVisible(sheetMeta, false, true); err != nil {
		return nil, err
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:    "Báo cáo " + r.NumberLine() + " " + r.Period.Name(),
		Subject:  r.Summary,
		Creator:  r.Organization.Label(),
		Language: "vi-VN",
		Version:  FormatV1,
	}); err != nil {
		return nil, err
	}
	ok = true
	return f, nil
}

// checkCellLengths refuses texts longer than a cell can hold: Excel keeps
// 32.767 characters and would cut the rest. The sections' headings and
// paragraphs and the documents' summaries are not among them: they are
// split over rows (split.go). A recipient is, for the hidden sheet keeps
// it whole.
func checkCellLengths(r *report.Report, ev *report.Sheet) error {
	type field struct{ what, text string }
	o, s := r.Organization, r.Signer
	fields := []field{
		{"Cơ quan cấp trên", o.Superior}, {"Tên cơ quan", o.Name}, {"Chữ viết tắt", o.Abbreviation},
		{"Địa danh", o.Place}, {"Số báo cáo", r.Number}, {"Trích yếu", r.Summary},
		{"Quyền hạn ký", s.Authority}, {"Chức vụ người ký", s.Title}, {"Họ tên người ký", s.Name},
	}
	for i, d := range r.Documents {
		fields = append(fields, field{fmt.Sprintf("Trích yếu văn bản thứ %d", i+1), d.Summary},
			field{fmt.Sprintf("Số, ký hiệu văn bản thứ %d", i+1), d.Symbol})
	}
	for i, rc := range r.Recipients {
		fields = append(fields, field{fmt.Sprintf("Nơi nhận thứ %d", i+1), party.RecipientPrefix + rc})
	}
	for _, f := range fields {
		if n := len(utf16.Encode([]rune(f.text))); n > excelize.TotalCellChars {
			return fmt.Errorf("%s dài %s ký tự, quá sức chứa một ô Excel (%s); hãy chia nhỏ",
				f.what, report.FormatInt(int64(n)), report.FormatInt(excelize.TotalCellChars))
		}
	}
	return nil
}

// cellName is the A1 name of a cell.
func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}

// colName is the letters of a column.
func colName(col int) string {
	n, _ := excelize.ColumnNumberToName(col)
	return n
}

// quoteSheet quotes a sheet name for a formula or a defined name.
func quoteSheet(name string) string {
	q := []rune{'\''}
	for _, r := range name {
		if r == '\'' {
			q = append(q, '\'')
		}
		q = append(q, r)
	}
	return string(append(q, '\''))
}

// printSetup sets paper, margins, fit to one page wide, the page number
// in the header from page 2 on, and the rows repeated on every page.
func (w *writer) printSetup(sheet string, landscape bool, titleRows string, area string) error {
	f := w.f
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	size, one, zero := paperA4, 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return err
	}
	t, b, l, r, hf := mm(marginTopMM), mm(marginBotMM), mm(marginLeftMM), mm(marginRgtMM), mm(marginHFMM)
	centre := true
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Top: &t, Bottom: &b, Left: &l, Right: &r, Header: &hf, Footer: &hf, Horizontally: &centre,
	}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		DifferentFirst: true,
		OddHeader:      `&C&"` + fontFamily + `,Regular"&12&P`,
	}); err != nil {
		return err
	}
	if titleRows != "" {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: quoteSheet(sheet) + "!" + titleRows, Scope: sheet,
		}); err != nil {
			return err
		}
	}
	if area != "" {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Area", RefersTo: quoteSheet(sheet) + "!" + area, Scope: sheet,
		}); err != nil {
			return err
		}
	}
	return nil
}

// stream opens a stream writer with the column widths set and the tag
// columns from hiddenFrom on hidden.
func (w *writer) stream(sheet string, widths map[int]float64, hiddenFrom int) (*sheetOut, error) {
	return w.streamCols(sheet, widths, hiddenFrom, len(widths))
}

// streamCols is stream with the columns hiddenFrom..hiddenTo hidden.
func (w *writer) streamCols(sheet string, widths map[int]float64, hiddenFrom, hiddenTo int) (*sheetOut, error) {
	sw, err := w.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	if hiddenFrom > 0 {
		if err := sw.SetColVisible(hiddenFrom, hiddenTo, false); err != nil {
			return nil, err
		}
	}
	// The stream writer puts each new column first: set them from the
	// last so that they come out in order, as Excel requires.
	for col := len(widths); col >= 1; col-- {
		if err := sw.SetColWidth(col, col, widths[col]); err != nil {
			return nil, err
		}
	}
	return newSheetOut(sw, sheet), nil
}

// rowCells is one row being built: cells by 1-based column.
type rowCells []any

func newRow(cols int) rowCells { return make(rowCells, cols) }

// set puts a value with its style; an empty text leaves the cell empty.
func (rc rowCells) set(col, style int, v any) {
	if s, ok := v.(string); ok && s == "" {
		v = nil
	}
	rc[col-1] = excelize.Cell{StyleID: style, Value: v}
}

func (rc rowCells) formula(col, style int, formula string, cached any) {
	rc[col-1] = excelize.Cell{StyleID: style, Formula: formula, Value: cached}
}

// fill gives the cells from..to that are still unset a style, so that
// borders and fills of merged cells show.
func (rc rowCells) fill(from, to, style int) {
	for c := from; c <= to; c++ {
		if rc[c-1] == nil {
			rc[c-1] = excelize.Cell{StyleID: style}
		}
	}
}

// widthOf sums the widths of columns from..to.
func widthOf(widths map[int]float64, from, to int) float64 {
	s := 0.0
	for c := from; c <= to; c++ {
		s += widths[c]
	}
	return s
}

// freezeRows freezes the first n rows (and cols columns).
func freezePanes(rows, cols int) *excelize.Panes {
	top := cellName(cols+1, rows+1)
	pane := "bottomLeft"
	if cols > 0 {
		pane = "bottomRight"
	}
	return &excelize.Panes{
		Freeze: true, YSplit: rows, XSplit: cols, TopLeftCell: top, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: pane}},
	}
}

func freezeRows(rows int) *excelize.Panes { return freezePanes(rows, 0) }

func rowHidden() excelize.RowOpts { return excelize.RowOpts{Hidden: true} }
