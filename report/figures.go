package report

import "math"

// Value is a figure that may be missing ("not reported" is not 0).
type Value struct {
	N  float64
	OK bool
}

func some(n float64) Value { return Value{N: n, OK: true} }

func fromPtr(p *int64) Value {
	if p == nil {
		return Value{}
	}
	return some(float64(*p))
}

// Row is one indicator of a report with everything derived from it.
type Row struct {
	*Indicator
	Value, Previous, Plan Value
	// VsPrevious is Value / Previous in percent ("so với cùng kỳ");
	// VsPlan is Value / Plan in percent ("đạt % kế hoạch năm").
	VsPrevious, VsPlan Value
	// FromDocuments is true when Value was counted from the documents list.
	FromDocuments bool
}

// Reported reports whether the row carries any number.
func (r *Row) Reported() bool { return r.Value.OK || r.Previous.OK || r.Plan.OK }

// Format writes one of the row's numbers the Vietnamese way ("3.286",
// "99,16%"), or "" when missing.
func (r *Row) Format(v Value) string {
	if !v.OK {
		return ""
	}
	if r.IsRatio() {
		return FormatPercent(v.N)
	}
	if math.Abs(v.N) >= 1<<63 {
		return FormatDecimal(v.N) // beyond int64: no wrap to a negative
	}
	return FormatInt(int64(v.N))
}

// Sheet is a report's figures evaluated against a catalogue: typed values,
// counts from the documents list, derived figures and percentages, in
// catalogue order.
type Sheet struct {
	Catalogue *Catalogue
	Rows      []Row
}

// Row returns the row of a code, or nil.
func (s *Sheet) Row(code string) *Row {
	i, ok := s.Catalogue.byCode[code]
	if !ok {
		return nil
	}
	return &s.Rows[i]
}

// Groups returns the catalogue's groups with their rows, keeping only rows
// that are reported when reportedOnly is set (and groups that keep a row).
func (s *Sheet) Groups(reportedOnly bool) []GroupRows {
	var out []GroupRows
	for _, g := range s.Catalogue.Groups {
		gr := GroupRows{Group: g}
		for i := range s.Rows {
			row := &s.Rows[i]
			if row.Group == g.ID && (!reportedOnly || row.Reported()) {
				gr.Rows = append(gr.Rows, row)
			}
		}
		if len(gr.Rows) > 0 {
			out = append(out, gr)
		}
	}
	return out
}

// GroupRows is a group of the figures table.
type GroupRows struct {
	Group
	Rows []*Row
}

// DocumentCounts counts the documents by kind.
func (r *Report) DocumentCounts() map[string]int64 {
	m := make(map[string]int64, len(DocumentKinds))
	for _, d := range r.Documents {
		m[d.Kind]++
	}
	return m
}

// Evaluate computes the report's figures: typed values, the vb.* counts
// from the documents list when there is one (except in a consolidated
// report, whose vb.* are the units' sums), derived figures and the
// percentages against the previous period and the plan.
func (c *Catalogue) Evaluate(r *Report) *Sheet {
	s := &Sheet{Catalogue: c, Rows: make([]Row, len(c.Indicators))}
	counts := r.DocumentCounts()
	for i := range c.Indicators {
		in := &c.Indicators[i]
		row := Row{Indicator: in}
		if !in.IsDerived() {
			f := r.Figures[in.Code]
			row.Value, row.Previous, row.Plan = fromPtr(f.Value), fromPtr(f.Previous), fromPtr(f.Plan)
			if in.DocumentKind != "" && len(r.Documents) > 0 && !r.IsConsolidated() {
				row.Value = some(float64(counts[in.DocumentKind]))
				row.FromDocuments = true
			}
		}
		s.Rows[i] = row
	}
	// Derived rows in the catalogue's order: each after those it reads.
	for _, i := range c.order {
		row := &s.Rows[i]
		d := row.Derived
		switch d.Kind {
		case DeriveRatio:
			num, den := s.Row(d.Num), s.Row(d.Den)
			row.Value = ratio(num.Value, den.Value)
			row.Previous = ratio(num.Previous, den.Previous)
			row.Plan = ratio(num.Plan, den.Plan)
		case DeriveSum:
			for _, code := range d.Of {
				o := s.Row(code)
				row.Value = add(row.Value, o.Value)
				row.Previous = add(row.Previous, o.Previous)
				row.Plan = add(row.Plan, o.Plan)
			}
		}
	}
	for i := range s.Rows {
		row := &s.Rows[i]
		if row.IsRatio() {
			continue
		}
		row.VsPrevious = ratio(row.Value, row.Previous)
		row.VsPlan = ratio(row.Value, row.Plan)
	}
	return s
}

func ratio(num, den Value) Value {
	if !num.OK || !den.OK || den.N <= 0 {
		return Value{}
	}
	return some(num.N / den.N * 100)
}

func add(a, b Value) Value {
	switch {
	case !b.OK:
		return a
	case !a.OK:
		return b
	}
	return some(a.N + b.N)
}
