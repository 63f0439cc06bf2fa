package layout

import (
	"fmt"
	"strconv"

	"baocao/report"
)

// Table is a titled table of strings: the figures, the documents, the
// units' figures. Both renderers draw the same tables: the header row
// (the columns' titles) repeated on every page the table runs onto, rows
// kept whole.
type Table struct {
	Title string
	Cols  []Column
	Rows  []Row
}

// Row is one row of a table.
type Row struct {
	Cells    []Cell
	Bold     bool
	KeepNext bool // a group row stays with the row under it
}

// Cell is a cell's text; Span is the number of columns it covers (0 = 1).
type Cell struct {
	Text string
	Span int
}

// Cells makes a row of one-column cells.
func Cells(texts ...string) []Cell {
	out := make([]Cell, len(texts))
	for i, t := range texts {
		out[i] = Cell{Text: t}
	}
	return out
}

// HeaderCells are the columns' titles, as the cells of the header row.
func (t *Table) HeaderCells() []Cell {
	out := make([]Cell, len(t.Cols))
	for i, c := range t.Cols {
		out[i] = Cell{Text: c.Title}
	}
	return out
}

// figuresTable is the table of the reported figures, grouped as the
// catalogue groups them; an unreported number is an empty cell.
func figuresTable(L *Layout, r *report.Report, sheet *report.Sheet, tx Text) *Table {
	c := L.Figures
	value := c.Value
	value.Title = r.Period.ColumnTitle()
	t := &Table{
		Title: L.FiguresTitle,
		Cols:  []Column{c.No, c.Name, c.Unit, value, c.Previous, c.VsPrevious, c.Plan, c.VsPlan},
	}
	for gi, g := range sheet.Groups(true) {
		t.Rows = append(t.Rows, Row{
			Cells:    []Cell{{Text: GroupNumber(L.GroupNumbering, gi+1)}, {Text: tx.OneLine(g.Name), Span: len(t.Cols) - 1}},
			Bold:     true,
			KeepNext: true,
		})
		for i, x := range g.Rows {
			t.Rows = append(t.Rows, Row{Cells: Cells(
				strconv.Itoa(i+1), tx.OneLine(x.Name), tx.OneLine(x.Unit),
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
func documentsTable(L *Layout, r *report.Report, tx Text) (*Table, error) {
	c := L.Documents
	t := &Table{Title: L.DocumentsTitle, Cols: []Column{c.No, c.Symbol, c.Date, c.Kind, c.Summary}}
	for i, d := range r.Documents {
		date := ""
		if d.Date != "" {
			tm, err := report.ParseDate(d.Date)
			if err != nil {
				return nil, fmt.Errorf("văn bản thứ %d: %w", i+1, err)
			}
			date = report.FormatDateShort(tm)
		}
		t.Rows = append(t.Rows, Row{Cells: Cells(
			strconv.Itoa(i+1), tx.OneLine(d.Symbol), date,
			tx.OneLine(report.DocumentKindName(d.Kind)), tx.OneLine(d.Summary),
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
func breakdownTables(L *Layout, r *report.Report, cat *report.Catalogue, sheet *report.Sheet, tx Text) []*Table {
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
	figW := (L.TextWidth() - c.No.Width - c.Unit.Width) / float64(per)
	var out []*Table
	for p := 0; p*per < len(main); p++ {
		chunk := main[p*per : min(len(main), (p+1)*per)]
		t := &Table{Title: L.BreakdownTitle, Cols: []Column{c.No, c.Unit}}
		if p > 0 {
			t.Title += L.ContinuedSuffix
		}
		for _, in := range chunk {
			t.Cols = append(t.Cols, Column{Title: tx.OneLine(in.Name), Width: figW, Align: c.FigureAlign})
		}
		// The columns fill the text width even when this part has fewer.
		if extra := float64(per-len(chunk)) * figW; extra > 0 {
			t.Cols[1].Width += extra
		}
		for i, u := range r.Breakdown {
			texts := []string{strconv.Itoa(i + 1), tx.OneLine(u.Label())}
			for _, in := range chunk {
				x := units[i].Row(in.Code)
				v := x.Value
				if n, ok := u.Figures[in.Code]; ok {
					v = report.Value{N: float64(n), OK: true}
				}
				texts = append(texts, x.Format(v))
			}
			t.Rows = append(t.Rows, Row{Cells: Cells(texts...)})
		}
		total := []string{"", c.TotalLabel}
		for _, in := range chunk {
			x := sheet.Row(in.Code)
			total = append(total, x.Format(x.Value))
		}
		t.Rows = append(t.Rows, Row{Cells: Cells(total...), Bold: true})
		out = append(out, t)
	}
	return out
}
