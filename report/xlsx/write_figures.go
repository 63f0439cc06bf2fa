package xlsx

import (
	"fmt"
	"strings"

	"baocao/report"
)

// figureRow places one indicator on the figures sheet.
type figureRow struct {
	row   int
	in    *report.Indicator
	ev    *report.Row
	group int // index of the group, for numbering
	n     int // number within its group
}

// figureLayout computes the rows of the figures table: a row per group
// followed by its indicators, in catalogue order.
func (w *writer) figureLayout() (groups []report.GroupRows, rows map[string]*figureRow, last int) {
	groups = w.ev.Groups(false)
	rows = make(map[string]*figureRow, len(w.ev.Rows))
	row := frHeader
	for gi, g := range groups {
		row++ // group row
		for i, er := range g.Rows {
			row++
			rows[er.Code] = &figureRow{row: row, in: er.Indicator, ev: er, group: gi, n: i + 1}
		}
	}
	return groups, rows, row
}

func (w *writer) figures() error {
	const sheet = sheetFigures
	groups, rows, last := w.figureLayout()
	area := fmt.Sprintf("$A$1:$%s$%d", colName(fcVsPlan), last)
	if err := w.printSetup(sheet, false, fmt.Sprintf("$%d:$%d", frHeader, frHeader), area); err != nil {
		return err
	}
	widths := figureWidths
	if w.form != nil {
		widths = formFigureWidths
	}
	sw, err := w.streamCols(sheet, widths, fcTag, fcTag)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(freezeRows(frHeader)); err != nil {
		return err
	}
	if err := w.figureHeader(sw); err != nil {
		return err
	}
	for gi, g := range groups {
		first := rows[g.Rows[0].Code].row
		rc := newRow(fcCheck)
		rc.set(fcSTT, w.st.groupNo, report.FormatRoman(gi+1))
		rc.set(fcName, w.st.group, g.Name)
		rc.fill(fcUnit, fcVsPlan, w.st.group)
		if err := sw.put(first-1, rc, rowHeight(g.Name, widthOf(figureWidths, fcName, fcVsPlan), sizeBody, true)); err != nil {
			return err
		}
		if err := sw.MergeCell(cellName(fcName, first-1), cellName(fcVsPlan, first-1)); err != nil {
			return err
		}
		for _, er := range g.Rows {
			fr := rows[er.Code]
			if err := sw.put(fr.row, w.figureCells(fr, rows), rowHeight(er.Name, figureWidths[fcName], sizeBody, false)); err != nil {
				return err
			}
		}
	}
	var keeps []keep
	for _, g := range groups {
		first := rows[g.Rows[0].Code].row
		keeps = append(keeps, keep{first - 1, first})
	}
	if err := sw.breakPages(last, pageCapacity(figureWidths, fcSTT, fcVsPlan), sw.height(frHeader), keeps); err != nil {
		return err
	}
	note := newRow(fcCheck)
	note.set(fcSTT, w.st.note, "Ghi chú: ô nền xám do bảng tính tự tính, không cần nhập; ô để trống là chưa có số liệu (khác với số 0).")
	if err := sw.put(last+2, note, 0); err != nil {
		return err
	}
	if err := sw.MergeCell(cellName(fcSTT, last+2), cellName(fcVsPlan, last+2)); err != nil {
		return err
	}
	return sw.Flush()
}

// figureHeader writes the document header, the title and the table's
// header row.
func (w *writer) figureHeader(sw *sheetOut) error {
	r, st := w.r, w.st
	o := r.Organization
	leftW, rightW := widthOf(figureWidths, fcSTT, fcUnit), widthOf(figureWidths, fcValue, fcVsPlan)
	type line struct {
		row                   int
		left, right           string
		leftStyle, rightStyle int
		tag                   string
	}
	lines := []line{
		{frSuperior, o.Superior, party.PartyHeading, st.superior, st.party, tagSuperior},
		{frName, o.Name, "", st.issuer, st.place, tagOrgName},
		{frStar, "*", "", st.plain, st.place, ""},
		{frNumber, r.NumberLine(), placeAndDate(r), st.plain, st.place, tagNumber},
	}
	for _, l := range lines {
		rc := newRow(fcCheck)
		rc.set(fcSTT, l.leftStyle, l.left)
		rc.set(fcValue, l.rightStyle, l.right)
		rc.set(fcTag, st.tag, l.tag)
		if w.form != nil {
			w.formHeaderLine(rc, l.row)
		}
		h := max(rowHeight(l.left, leftW, sizeHead, true), rowHeight(l.right, rightW, sizeHead, true))
		if err := sw.put(l.row, rc, h); err != nil {
			return err
		}
		if err := sw.MergeCell(cellName(fcSTT, l.row), cellName(fcUnit, l.row)); err != nil {
			return err
		}
		if err := sw.MergeCell(cellName(fcValue, l.row), cellName(fcVsPlan, l.row)); err != nil {
			return err
		}
	}
	full := widthOf(figureWidths, fcSTT, fcVsPlan)
	title := newRow(fcCheck)
	title.set(fcSTT, st.title, party.TitleType)
	if err := sw.put(frType, title, 26); err != nil {
		return err
	}
	sum := newRow(fcCheck)
	sumStyle := st.summary
	if w.form != nil {
		sumStyle = st.summaryInput
	}
	sum.set(fcSTT, sumStyle, r.Summary)
	sum.set(fcTag, st.tag, tagSummary)
	if err := sw.put(frSummary, sum, rowHeight(r.Summary, full-6, sizeHead, true)); err != nil {
		return err
	}
	rule := newRow(fcCheck)
	rule.set(fcSTT, st.rule, "-----")
	if err := sw.put(frSummary+1, rule, 16); err != nil {
		return err
	}
	for _, row := range []int{frType, frSummary, frSummary + 1} {
		if err := sw.MergeCell(cellName(fcSTT, row), cellName(fcVsPlan, row)); err != nil {
			return err
		}
	}
	period := r.Period.ColumnTitle()
	hdr := newRow(fcCheck)
	for col, label := range map[int]string{
		fcSTT: labelSTT, fcName: labelIndicator, fcUnit: labelUnit, fcValue: period,
		fcPrevious: labelPrevious, fcVsPrevious: labelVsPrevious, fcPlan: labelPlan, fcVsPlan: labelVsPlan,
	} {
		hdr.set(col, st.th, label)
	}
	hdr.set(fcTag, st.tag, markFigures)
	if w.form != nil {
		hdr.set(fcCheck, st.th, labelCheck)
	}
	return sw.put(frHeader, hdr, 34)
}

// figureCells builds the cells of one indicator row.
func (w *writer) figureCells(fr *figureRow, rows map[string]*figureRow) rowCells {
	st, in, ev, row := w.st, fr.in, fr.ev, fr.row
	rc := newRow(fcCheck)
	rc.set(fcSTT, st.stt, fr.n)
	rc.set(fcName, st.name, in.Name)
	rc.set(fcUnit, st.unit, in.Unit)
	rc.set(fcTag, st.tag, in.Code)
	cols := []struct {
		col  int
		v    report.Value
		part func(report.Figure) *int64
	}{
		{fcValue, ev.Value, func(f report.Figure) *int64 { return f.Value }},
		{fcPrevious, ev.Previous, func(f report.Figure) *int64 { return f.Previous }},
		{fcPlan, ev.Plan, func(f report.Figure) *int64 { return f.Plan }},
	}
	switch d := in.Derived; {
	case in.IsRatio():
		for _, c := range cols {
			num, den := cellName(c.col, rows[d.Num].row), cellName(c.col, rows[d.Den].row)
			rc.formula(c.col, st.percentDerived,
				fmt.Sprintf(`IF(AND(ISNUMBER(%s),ISNUMBER(%s),%s>0),%s/%s,"")`, num, den, den, num, den),
				cachedPercent(c.v))
		}
		rc.fill(fcVsPrevious, fcVsPrevious, st.percentDerived)
		rc.fill(fcVsPlan, fcVsPlan, st.percentDerived)
		return rc
	case d != nil: // sum
		for _, c := range cols {
			refs := make([]string, len(d.Of))
			for i, code := range d.Of {
				refs[i] = cellName(c.col, rows[code].row)
			}
			list := strings.Join(refs, ",")
			rc.formula(c.col, st.integerDerived, fmt.Sprintf(`IF(COUNT(%s)=0,"",SUM(%s))`, list, list), cachedInt(c.v))
		}
	default:
		f := w.r.Figures[in.Code]
		for _, c := range cols {
			if c.col == fcValue && ev.FromDocuments {
				rc.formula(c.col, st.integerDerived, fmt.Sprintf(`COUNTIF(%s!$%s:$%s,"%s")`,
					quoteSheet(sheetDocuments), colName(dcKind), colName(dcKind), report.DocumentKindName(in.DocumentKind)),
					cachedInt(c.v))
				continue
			}
			style := st.integer
			if w.form != nil {
				style = st.integerInput
			}
			if p := c.part(f); p != nil {
				rc.set(c.col, style, *p)
			} else {
				rc.set(c.col, style, nil)
			}
		}
	}
	d, e, g := cellName(fcValue, row), cellName(fcPrevious, row), cellName(fcPlan, row)
	rc.formula(fcVsPrevious, st.percentDerived, vsFormula(d, e), cachedPercent(ev.VsPrevious))
	rc.formula(fcVsPlan, st.percentDerived, vsFormula(d, g), cachedPercent(ev.VsPlan))
	if w.form != nil {
		if f := w.checkFormula(fr, rows); f != "" {
			rc.formula(fcCheck, st.check, f, "")
		} else {
			rc.set(fcCheck, st.check, nil)
		}
	}
	return rc
}

// vsFormula is num/den as a fraction shown in percent, empty when either
// is missing or den is not positive (as report.Evaluate).
func vsFormula(num, den string) string {
	return fmt.Sprintf(`IF(AND(ISNUMBER(%s),ISNUMBER(%s),%s>0),%s/%s,"")`, num, den, den, num, den)
}

func cachedPercent(v report.Value) any {
	if !v.OK {
		return ""
	}
	return v.N / 100
}

func cachedInt(v report.Value) any {
	if !v.OK {
		return ""
	}
	return int64(v.N)
}

// placeAndDate is "Hà Nam, ngày 05 tháng 7 năm 2019"; a missing or
// invalid date leaves the blanks to be filled by hand.
func placeAndDate(r *report.Report) string {
	date := "ngày     tháng     năm " + fmt.Sprint(r.Period.Year)
	if t, err := report.ParseDate(r.Date); err == nil {
		date = report.FormatDateLong(t)
	}
	if r.Organization.Place == "" {
		return strings.ToUpper(date[:1]) + date[1:]
	}
	return r.Organization.Place + ", " + date
}
