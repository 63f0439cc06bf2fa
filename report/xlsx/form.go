package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// Form is a fill-in form (biểu mẫu) that a consolidating body sends to one
// of its lower units, to be filled in Excel or LibreOffice Calc and sent
// back. It is a workbook of this program's format: Read reads it back.
type Form struct {
	// Head is the consolidating body's report: the period, the summary and
	// the outline (its sections' headings) come from it.
	Head *report.Report
	// Unit is the lower unit; the zero value gives a blank form in which
	// the unit types its own name.
	Unit report.Organization
	// Previous are the cùng kỳ figures to prefill, by indicator code.
	Previous map[string]int64
	// Template is the template the head's report was written to, when it
	// is at hand: its outline, with what to write under each heading, is
	// the form's. Nil: the head's own headings.
	Template *report.Template
}

// formSpec is what the sheet writers need to know of a form.
type formSpec struct {
	head report.Organization
	// styles are the styles the sheets were written with.
	styles *styles
}

// Rows left for a form's unit to fill in: documents, and paragraphs under
// each heading of the outline (more can be inserted).
const (
	formDocumentRows  = 30
	formParagraphRows = 3
)

// The "Thông tin" sheet of a form: the unit's header to fill in.
const (
	sheetInfo = "Thông tin"
	markInfo  = "baocao:thongtin"

	icLabel = 1
	icValue = 2
	icTag   = 3 // hidden: the field of each row, and the mark

	irTitle  = 1
	irTo     = 2
	irHelp   = 3
	irHeader = 5
	irFirst  = 6
)

// infoField is one row of the "Thông tin" sheet.
type infoField struct {
	tag, label string
	input      bool // false: shown, not to be changed (the period)
	date       bool
}

// Tags of the "Thông tin" rows; a workbook-level name BM_<tag> is given to
// each input cell.
const (
	infoSuperior     = "superior"
	infoName         = "name"
	infoAbbreviation = "abbreviation"
	infoPlace        = "place"
	infoPeriod       = "period"
	infoNumber       = "number"
	infoDate         = "date"
	infoSignerTitle  = "signer.title"
	infoSignerName   = "signer.name"
)

var infoFields = []infoField{
	{infoSuperior, "Cơ quan cấp trên (ví dụ: ĐẢNG ỦY XÃ GIA VIỄN)", true, false},
	{infoName, "Tên cơ quan báo cáo (ví dụ: BAN XÂY DỰNG ĐẢNG)", true, false},
	{infoAbbreviation, "Chữ viết tắt trong số báo cáo (ví dụ: ĐU)", true, false},
	{infoPlace, "Địa danh ghi trước ngày (ví dụ: Gia Viễn)", true, false},
	{infoPeriod, "Kỳ báo cáo", false, false},
	{infoNumber, "Số báo cáo (phần trước -BC/, ví dụ: 12)", true, false},
	{infoDate, "Ngày báo cáo (ngày/tháng/năm)", true, true},
	{infoSignerTitle, "Chức vụ người ký (ví dụ: TRƯỞNG BAN)", true, false},
	{infoSignerName, "Họ tên người ký", true, false},
}

// infoRow is the row of a field of the "Thông tin" sheet.
func infoRow(tag string) int {
	for i, f := range infoFields {
		if f.tag == tag {
			return irFirst + i
		}
	}
	return 0
}

// infoRef is an absolute reference to a field's cell, for formulas.
func infoRef(tag string) string {
	return quoteSheet(sheetInfo) + "!$" + colName(icValue) + "$" + fmt.Sprint(infoRow(tag))
}

// FormName is the prefix of a form's defined names: BM_name, BM_llct.lop.
const FormName = "BM_"

// WriteForm writes a fill-in form: the indicators of the head's catalogue.
func WriteForm(w io.Writer, fm Form) error {
	f, err := buildForm(fm)
	if err != nil {
		return fmt.Errorf("tạo biểu mẫu: %w", err)
	}
	defer f.Close()
	if err := writeChecked(w, f); err != nil {
		return fmt.Errorf("tạo biểu mẫu: %w", err)
	}
	return nil
}

// WriteFormFile writes a form to path whole or not at all.
func WriteFormFile(path string, fm Form) error {
	return report.WriteFileAtomic(path, func(w io.Writer) error {
		if err := WriteForm(w, fm); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
}

// FormReport is the report a form starts from: the unit's organization,
// the head's template, period and summary, cùng kỳ figures, the outline
// (the template's, else the head's headings) with empty texts, and the
// head as the recipient.
func FormReport(fm Form) *report.Report {
	h := fm.Head
	r := &report.Report{
		Format:       report.FormatV1,
		Tmpl:         h.Clone().Tmpl,
		Cat:          h.Cat,
		Organization: fm.Unit,
		Period:       h.Period,
		Summary:      h.Summary,
		Figures:      map[string]report.Figure{},
		Documents:    []report.Document{},
		Recipients:   []string{h.Organization.Label() + " (để b/c)", "Lưu"},
	}
	if r.Summary == "" {
		r.Summary = report.SuggestSummary(fm.Template, h.Period)
	}
	for code, v := range fm.Previous {
		r.Figures[code] = report.Figure{Previous: report.Int(v)}
	}
	if fm.Template != nil {
		r.Sections = fm.Template.Sections()
		return r
	}
	for _, s := range h.Sections {
		if s.Heading == report.CompletenessHeading {
			continue
		}
		r.Sections = append(r.Sections, report.Section{Heading: s.Heading, Guidance: s.Guidance})
	}
	return r
}

func buildForm(fm Form) (*excelize.File, error) {
	if fm.Head == nil {
		return nil, fmt.Errorf("không có báo cáo của đơn vị tổng hợp")
	}
	r := FormReport(fm)
	cat := r.Catalogue()
	spec := &formSpec{head: fm.Head.Organization}
	first, err := buildWith(r, spec)
	if err != nil {
		return nil, err
	}
	// The sheets are streamed; what follows (validation, protection,
	// names) is set on the workbook read back.
	var buf bytes.Buffer
	err = first.Write(&buf)
	first.Close()
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	// A style's number is its place in the styles part, which reading
	// and writing keep: the styles of the first writing serve.
	w := &writer{f: f, r: r, cat: cat, ev: cat.Evaluate(r), form: spec, st: spec.styles}
	for _, step := range []func() error{w.infoSheet, w.formFigures, w.formDocuments, w.formSections} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	ok = true
	return f, nil
}

// infoSheet writes the "Thông tin" sheet, first in the workbook.
func (w *writer) infoSheet() error {
	f, st, r := w.f, w.st, w.r
	if _, err := f.NewSheet(sheetInfo); err != nil {
		return err
	}
	if err := f.MoveSheet(sheetInfo, sheetFigures); err != nil {
		return err
	}
	if err := w.printSetup(sheetInfo, false, "", ""); err != nil {
		return err
	}
	for col, width := range map[int]float64{icLabel: 46, icValue: 46, icTag: 12} {
		if err := f.SetColWidth(sheetInfo, colName(col), colName(col), width); err != nil {
			return err
		}
	}
	if err := f.SetColVisible(sheetInfo, colName(icTag), false); err != nil {
		return err
	}
	set := func(col, row, style int, v string) error {
		cell := cellName(col, row)
		if err := f.SetCellStr(sheetInfo, cell, v); err != nil {
			return err
		}
		return f.SetCellStyle(sheetInfo, cell, cell, style)
	}
	title := "BIỂU MẪU BÁO CÁO " + strings.ToUpper(r.Period.Name())
	help := "Hướng dẫn: gõ vào các ô nền vàng ở trang này và ở các trang \"" + sheetFigures + "\", \"" + sheetDocuments +
		"\", \"" + sheetSections + "\"; các ô khác bị khoá (bảo vệ trang không có mật khẩu). Số liệu là số nguyên từ 0 đến 999.999.999; " +
		"để trống là chưa có số liệu (khác số 0). Cột \"" + labelCheck + "\" ở trang \"" + sheetFigures + "\" báo \"Lỗi:\" hoặc \"Cảnh báo:\" " +
		"khi số liệu trái quy tắc; hãy sửa trước khi gửi. Trang văn bản và trang nội dung thêm được dòng (chèn dòng). " +
		"Lưu tệp dạng Excel (.xlsx), không đổi tên các trang, rồi gửi lại cho " + w.form.head.Label() + "."
	rows := []struct {
		row, style int
		text       string
		height     float64
	}{
		{irTitle, st.sheetTitle, title, 22},
		{irTo, st.subTitle, "Gửi " + w.form.head.Label(), 18},
		{irHelp, st.note, help, 96},
	}
	for _, rw := range rows {
		if err := set(icLabel, rw.row, rw.style, rw.text); err != nil {
			return err
		}
		if err := f.MergeCell(sheetInfo, cellName(icLabel, rw.row), cellName(icValue, rw.row)); err != nil {
			return err
		}
		h := max(rw.height, rowHeight(rw.text, 46+46, sizeBody, false)+4)
		if err := f.SetRowHeight(sheetInfo, rw.row, math.Min(h, maxRowHeight)); err != nil {
			return err
		}
	}
	if err := set(icLabel, irHeader, st.thLeft, "Mục"); err != nil {
		return err
	}
	if err := set(icValue, irHeader, st.thLeft, "Nội dung (gõ vào ô nền vàng)"); err != nil {
		return err
	}
	if err := set(icTag, irHeader, st.tag, markInfo); err != nil {
		return err
	}
	o := r.Organization
	values := map[string]string{
		infoSuperior: o.Superior, infoName: o.Name, infoAbbreviation: o.Abbreviation, infoPlace: o.Place,
		infoPeriod: r.Period.Name(),
	}
	for i, fd := range infoFields {
		row := irFirst + i
		if err := set(icLabel, row, st.infoLabel, fd.label); err != nil {
			return err
		}
		style := st.textInput
		switch {
		case !fd.input:
			style = st.text
		case fd.date:
			style = st.dateInput
		}
		if err := set(icValue, row, style, values[fd.tag]); err != nil {
			return err
		}
		if err := set(icTag, row, st.tag, fd.tag); err != nil {
			return err
		}
		h := max(rowHeight(fd.label, 46, sizeBody, true), rowHeight(values[fd.tag], 46, sizeBody, false)) + 4
		if err := f.SetRowHeight(sheetInfo, row, math.Min(h, maxRowHeight)); err != nil {
			return err
		}
		if !fd.input {
			continue
		}
		if err := w.name(fd.tag, sheetInfo, icValue, row); err != nil {
			return err
		}
		if fd.date {
			if err := dateValidation(f, sheetInfo, cellName(icValue, row)); err != nil {
				return err
			}
		}
	}
	idx, err := f.GetSheetIndex(sheetInfo)
	if err != nil {
		return err
	}
	f.SetActiveSheet(idx)
	return protect(f, sheetInfo, false)
}

// name gives a cell a workbook-level defined name BM_<what>.
func (w *writer) name(what, sheet string, col, row int) error {
	return w.f.SetDefinedName(&excelize.DefinedName{
		Name:     FormName + what,
		RefersTo: quoteSheet(sheet) + "!$" + colName(col) + "$" + fmt.Sprint(row),
	})
}

// protect protects a sheet without a password: only the unlocked cells
// can be selected, so that typing and Tab go to them; rows lets the unit
// insert and delete rows.
func protect(f *excelize.File, sheet string, rows bool) error {
	return f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectUnlockedCells: true,
		FormatRows:          rows,
		InsertRows:          rows,
		DeleteRows:          rows,
	})
}

// figureValidation accepts whole numbers from 0 to report.MaxFigure.
func figureValidation(f *excelize.File, sheet, sqref string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if err := dv.SetRange(0, report.MaxFigure, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetInput("Số liệu", "Nhập số nguyên từ 0 đến 999.999.999; để trống nếu chưa có số liệu (khác số 0).")
	dv.SetError(excelize.DataValidationErrorStyleStop, "Số liệu không hợp lệ",
		"Chỉ nhập số nguyên từ 0 đến 999.999.999, không âm, không có phần lẻ.")
	return f.AddDataValidation(sheet, dv)
}

// dateValidation accepts dates from 2000 to 2100.
func dateValidation(f *excelize.File, sheet, sqref string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	// Serial numbers of 01/01/2000 and 31/12/2100.
	if err := dv.SetRange(36526, 73415, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetInput("Ngày", "Nhập ngày dạng ngày/tháng/năm, ví dụ 10/12/2026.")
	dv.SetError(excelize.DataValidationErrorStyleStop, "Ngày không hợp lệ",
		"Cần một ngày có thật dạng ngày/tháng/năm (ví dụ 10/12/2026), từ năm 2000 đến 2100.")
	return f.AddDataValidation(sheet, dv)
}

// formFigures names the figure cells, checks them as typed and protects
// the figures sheet.
func (w *writer) formFigures() error {
	f := w.f
	_, rows, _ := w.figureLayout()
	var cells []string
	for _, in := range w.cat.Indicators {
		fr := rows[in.Code]
		if fr == nil || in.Derived != nil {
			continue
		}
		parts := []struct {
			col    int
			suffix string
		}{{fcValue, ""}, {fcPrevious, ".previous"}, {fcPlan, ".plan"}}
		for _, p := range parts {
			if p.col == fcValue && fr.ev.FromDocuments {
				continue // counted from the documents sheet
			}
			if err := w.name(in.Code+p.suffix, sheetFigures, p.col, fr.row); err != nil {
				return err
			}
			cells = append(cells, cellName(p.col, fr.row))
		}
	}
	if err := figureValidation(f, sheetFigures, strings.Join(cells, " ")); err != nil {
		return err
	}
	return protect(f, sheetFigures, false)
}

// formDocuments checks the dates of the documents sheet and protects it,
// rows free to add.
func (w *writer) formDocuments() error {
	from, to := cellName(dcDate, drHeader+1), cellName(dcDate, drHeader+drValidated)
	if err := dateValidation(w.f, sheetDocuments, from+":"+to); err != nil {
		return err
	}
	return protect(w.f, sheetDocuments, true)
}

// formSections protects the narrative sheet, rows free to add.
func (w *writer) formSections() error {
	return protect(w.f, sheetSections, true)
}

// formHeaderLine makes a form's header on the figures sheet show what the
// unit types on the "Thông tin" sheet.
func (w *writer) formHeaderLine(rc rowCells, row int) {
	cell := func(col int) excelize.Cell {
		c, _ := rc[col-1].(excelize.Cell)
		return c
	}
	switch row {
	case frSuperior:
		rc.formula(fcSTT, cell(fcSTT).StyleID, infoRef(infoSuperior)+`&""`, w.r.Organization.Superior)
	case frName:
		rc.formula(fcSTT, cell(fcSTT).StyleID, infoRef(infoName)+`&""`, w.r.Organization.Name)
	case frNumber:
		rc.formula(fcSTT, cell(fcSTT).StyleID, `"Số "&`+infoRef(infoNumber)+`&"-BC/"&`+infoRef(infoAbbreviation), w.r.NumberLine())
		d := infoRef(infoDate)
		rc.formula(fcValue, cell(fcValue).StyleID,
			fmt.Sprintf(`IF(%s="","",%s&", ")&IF(ISNUMBER(%s),"ngày "&TEXT(DAY(%s),"00")&" tháng "&IF(MONTH(%s)<3,"0","")&MONTH(%s)&" năm "&YEAR(%s),"ngày     tháng     năm %d")`,
				infoRef(infoPlace), infoRef(infoPlace), d, d, d, d, d, w.r.Period.Year),
			placeAndDate(w.r))
	}
}

// formSigner is the reference of a form's signer cell on the "Thông tin"
// sheet, for a tag of the narrative's signer column.
func (w *writer) formSigner(tag string) (string, bool) {
	if w.form == nil {
		return "", false
	}
	switch tag {
	case tagTitle:
		return infoRef(infoSignerTitle), true
	case tagName:
		return infoRef(infoSignerName), true
	}
	return "", false
}

// checkFormula is the formula of a form's check column for an indicator:
// the catalogue's rules on it and the outlier against cùng kỳ, each giving
// a message starting with "Lỗi:" or "Cảnh báo:" when broken, "" else.
func (w *writer) checkFormula(fr *figureRow, rows map[string]*figureRow) string {
	in := fr.in
	if in.Derived != nil {
		return ""
	}
	val := func(code string) string { return cellName(fcValue, rows[code].row) }
	a, prev, plan := val(in.Code), cellName(fcPrevious, fr.row), cellName(fcPlan, fr.row)
	var parts []string
	add := func(cond string, sev report.Severity, msg string) {
		prefix := "Lỗi: "
		if sev == report.Warning {
			prefix = "Cảnh báo: "
		}
		parts = append(parts, fmt.Sprintf(`IF(%s,"%s","")`, cond, strings.ReplaceAll(prefix+msg+". ", `"`, `""`)))
	}
	for _, rule := range w.cat.Rules {
		if rule.A != in.Code || rows[rule.B] == nil {
			continue
		}
		bIn := rows[rule.B].in
		b := val(rule.B)
		bName := lowerFirst(bIn.Name)
		switch rule.Kind {
		case report.RuleLearners:
			add(fmt.Sprintf("AND(ISNUMBER(%s),ISNUMBER(%s),%s>0,%s<%s)", a, b, b, a, b), rule.Severity,
				fmt.Sprintf("%s ít hơn %s", in.Name, bName))
			add(fmt.Sprintf("AND(ISNUMBER(%s),%s>0,OR(NOT(ISNUMBER(%s)),%s=0))", a, a, b, b), rule.Severity,
				fmt.Sprintf("có %s nhưng %s là 0 hoặc chưa nhập", in.Unit, bName))
		case report.RuleLE:
			add(fmt.Sprintf("AND(ISNUMBER(%s),ISNUMBER(%s),%s>%s)", a, b, a, b), rule.Severity,
				fmt.Sprintf("%s lớn hơn %s", in.Name, bName))
		case report.RuleRequires:
			add(fmt.Sprintf("AND(ISNUMBER(%s),%s>0,OR(NOT(ISNUMBER(%s)),%s<=0))", a, a, b, b), rule.Severity,
				fmt.Sprintf("%s lớn hơn 0 nhưng %s là 0 hoặc chưa nhập", in.Name, bName))
		case report.RuleAvgMax:
			// No division: AND evaluates every argument, and a/b with b
			// empty would show #DIV/0! on a blank form.
			add(fmt.Sprintf("AND(ISNUMBER(%s),ISNUMBER(%s),%s>0,%s>%s*%s)", a, b, b, a, formulaNumber(rule.Max), b), rule.Severity,
				fmt.Sprintf("bình quân hơn %s %s/%s, cao hơn mức thường gặp", report.FormatDecimal(rule.Max), in.Unit, bIn.Unit))
		}
	}
	if o := w.cat.Outlier; o.Factor > 1 && !fr.ev.FromDocuments {
		k := formulaNumber(o.Factor)
		add(fmt.Sprintf("AND(ISNUMBER(%s),ISNUMBER(%s),%s>=%d,OR(%s>%s*%s,%s*%s<%s))", a, prev, prev, o.MinPrevious, a, k, prev, a, k, prev),
			report.Warning, fmt.Sprintf("chênh lệch hơn %s lần so với cùng kỳ; kiểm tra lại", report.FormatDecimal(o.Factor)))
	}
	if w.r.Period.IsPartOfYear() {
		add(fmt.Sprintf("AND(ISNUMBER(%s),ISNUMBER(%s),%s>%s)", a, plan, a, plan), report.Warning, report.KindName(w.r.Period.Kind)+" đã vượt kế hoạch cả năm")
	}
	if len(parts) == 0 {
		return ""
	}
	return "TRIM(" + strings.Join(parts, "&") + ")"
}

// formulaNumber writes a number for a formula (a dot, whatever the locale:
// formulas are stored in English).
func formulaNumber(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.6f", v), "0"), ".")
}

func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
