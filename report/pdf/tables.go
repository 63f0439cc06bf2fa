package pdf

import (
	"fmt"
	"strconv"

	"baocao/report"
)

// figuresTable is the table of the reported figures, grouped as the
// catalogue groups them; an unreported number is an empty cell.
func figuresTable(L *Layout, r *report.Report, sheet *report.Sheet) *table {
	c := L.Figures
	value := c.Value
	switch r.Period.Kind {
	case report.KindYear:
		value.Title = c.ValueTitleYear
	default:
		value.Title = c.ValueTitleH1
	}
	t := &table{
		title: L.FiguresTitle,
		cols:  []Column{c.No, c.Name, c.Unit, value, c.Previous, c.VsPrevious, c.Plan, c.VsPlan},
	}
	for gi, g := range sheet.Groups(true) {
		t.rows = append(t.rows, row{
			cells:    []cell{{text: groupNumber(L.GroupNumbering, gi+1)}, {text: oneLine(g.Name), span: len(t.cols) - 1}},
			bold:     true,
			keepNext: true,
		})
		for i, x := range g.Rows {
			t.rows = append(t.rows, row{cells: cells(
				strconv.Itoa(i+1), oneLine(x.Name), oneLine(x.Unit),
				x.Format(x.Value), x.Format(x.Previous), percent(x.VsPrevious),
				x.Format(x.Plan), percent(x.VsPlan),
			)})
		}
	}
	return t
}

func percent(v report.Value) string {
	if !v.OK {
		return ""
	}
	return report.FormatPercent(v.N)
}

// documentsTable lists the documents the unit advised to issue; a
// document without a symbol or a date has an empty cell.
func documentsTable(L *Layout, r *report.Report) (*table, error) {
	c := L.Documents
	t := &table{title: L.DocumentsTitle, cols: []Column{c.No, c.Symbol, c.Date, c.Kind, c.Summary}}
	for i, d := range r.Documents {
		date := ""
		if d.Date != "" {
			tm, err := report.ParseDate(d.Date)
			if err != nil {
				return nil, fmt.Errorf("văn bản thứ %d: %w", i+1, err)
			}
			date = report.FormatDateShort(tm)
		}
		t.rows = append(t.rows, row{cells: cells(
			strconv.Itoa(i+1), oneLine(d.Symbol), date,
			oneLine(report.DocumentKindName(d.Kind)), oneLine(d.Summary),
		)})
	}
	return t, nil
}

// breakdownTables are the per-unit figures of a consolidated report: one
// row a unit, the catalogue's main indicators as columns (at most
// MaxFigures a table; more continue in a further table), and a total row
// with the report's own figures. A unit's figure is the one its row
// carries, or else (a derived indicator) what the catalogue computes from
// the figures the row carries.
func breakdownTables(L *Layout, r *report.Report, cat *report.Catalogue, sheet *report.Sheet) []*table {
	main := cat.MainIndicators()
	if len(r.Breakdown) == 0 || len(main) == 0 {
		return nil
	}
	units := make([]*report.Sheet, len(r.Breakdown))
	for i, u := range r.Breakdown {
		ur := &report.Report{Period: r.Period, Figures: make(map[string]report.Figure, len(u.Figures))}
		for code, v := range u.Figures {
			ur.Figures[code] = report.Figure{Value: report.Int(v)}
		}
		units[i] = cat.Evaluate(ur)
	}
	c := L.Breakdown
	per := max(c.MaxFigures, 1)
	parts := (len(main) + per - 1) / per
	per = (len(main) + parts - 1) / parts // spread evenly over the tables
	figW := (L.textWidth() - c.No.Width - c.Unit.Width) / float64(per)
	var out []*table
	for p := 0; p*per < len(main); p++ {
		chunk := main[p*per : min(len(main), (p+1)*per)]
		t := &table{title: L.BreakdownTitle, cols: []Column{c.No, c.Unit}}
		if p > 0 {
			t.title += L.ContinuedSuffix
		}
		for _, in := range chunk {
			t.cols = append(t.cols, Column{Title: oneLine(in.Name), Width: figW, Align: c.FigureAlign})
		}
		// The columns fill the text width even when this part has fewer.
		if extra := float64(per-len(chunk)) * figW; extra > 0 {
			t.cols[1].Width += extra
		}
		for i, u := range r.Breakdown {
			texts := []string{strconv.Itoa(i + 1), oneLine(u.Label())}
			for _, in := range chunk {
				x := units[i].Row(in.Code)
				v := x.Value
				if n, ok := u.Figures[in.Code]; ok {
					v = report.Value{N: float64(n), OK: true}
				}
				texts = append(texts, x.Format(v))
			}
			t.rows = append(t.rows, row{cells: cells(texts...)})
		}
		total := []string{"", c.TotalLabel}
		for _, in := range chunk {
			x := sheet.Row(in.Code)
			total = append(total, x.Format(x.Value))
		}
		t.rows = append(t.rows, row{cells: cells(total...), bold: true})
		out = append(out, t)
	}
	return out
}
