package xlsx

import (
	"strings"

	"baocao/report"
)

// readFigures reads the figures table: the visible numbers of every typed
// indicator, found by the hidden code of its row (or, in a row a clerk
// added, by the indicator's name). Percentages and derived rows are
// ignored: they are computed. The vb.* values are ignored when the
// documents list gives them, as report.Evaluate does. The summary is read
// from its row.
func (b *book) readFigures(mk mark, r *report.Report, m *metaInfo) {
	sh, header, tagCol := mk.sh, mk.row, mk.col
	cols, ok := b.headerColumns(sh, header, []column{
		{"value", report.ColumnTitles()},
		{"previous", []string{labelPrevious}},
		{"plan", []string{labelPlan}},
		{"name", []string{labelIndicator}},
	})
	if !ok {
		return
	}
	for row := 1; row < header; row++ {
		if sh.cell(tagCol, row) == tagSummary {
			r.Summary = ""
			for col := 1; col < tagCol; col++ {
				if v := sh.cell(col, row); strings.TrimSpace(v) != "" {
					r.Summary = v
					break
				}
			}
		}
	}
	byName := map[string]string{}
	for _, in := range b.cat.Indicators {
		byName[fold(in.Name)] = in.Code
	}
	// Evaluate the documents and breakdown already read to learn which
	// values the documents list gives.
	ev := b.cat.Evaluate(&report.Report{Documents: r.Documents, Breakdown: r.Breakdown})
	seen := map[string]int{}
	for row := header + 1; row <= len(sh.rows); row++ {
		code := strings.TrimSpace(sh.cell(tagCol, row))
		if code == "" {
			code = byName[fold(sh.cell(cols["name"], row))]
		}
		if code == "" || strings.HasPrefix(code, "#") {
			continue
		}
		if prev, dup := seen[code]; dup {
			b.problem(sh, cols["name"], row, "chỉ tiêu %q có ở cả dòng %d và dòng %d; hãy xoá một dòng", code, prev, row)
			continue
		}
		seen[code] = row
		er := ev.Row(code)
		if er != nil && er.IsDerived() {
			continue
		}
		var f report.Figure
		ok1, ok2, ok3 := true, true, true
		switch {
		case er != nil && er.FromDocuments:
		case er != nil && er.DocumentKind != "" && b.hasFormula(sh, cols["value"], row, "COUNTIF"):
			// The count of a documents list since emptied.
		default:
			f.Value, ok1 = b.figure(sh, cols["value"], row, report.MaxFigure)
		}
		f.Previous, ok2 = b.figure(sh, cols["previous"], row, report.MaxFigure)
		f.Plan, ok3 = b.figure(sh, cols["plan"], row, report.MaxFigure)
		if ok1 && ok2 && ok3 && !f.IsEmpty() {
			r.Figures[code] = f
		}
	}
	// What the table does not show: unknown or derived codes, empty
	// entries, and typed vb.* values equal to the documents' count.
	for code, f := range m.raw {
		er := ev.Row(code)
		if er != nil && er.FromDocuments && f.Value != nil && f.Previous == nil && f.Plan == nil {
			if er.Value.OK && int64(er.Value.N) == *f.Value {
				cur := r.Figures[code]
				cur.Value = f.Value
				r.Figures[code] = cur
			}
			continue
		}
		if _, ok := r.Figures[code]; !ok {
			r.Figures[code] = f
		}
	}
}
