package layout

import (
	"errors"
	"fmt"
	"time"

	"baocao/report"
)

// Content is a report made ready to draw: a normalised copy with its
// summary filled in, the date read, the narrative resolved and cleaned,
// and its tables built. Everything that can be wrong with the data is
// found here, before a renderer draws anything.
type Content struct {
	Report   *report.Report // a normalised copy; Summary has its placeholders filled
	Date     time.Time
	Sections []Section
	Tables   []*Table // figures, documents, then the units' figures of a consolidation
}

// Section is a narrative section with its placeholders resolved and its
// text cleaned: a heading and its paragraphs.
type Section struct {
	Heading    string
	Paragraphs []string
}

// Prepare makes a report ready to draw in L; tx cleans the texts for the
// renderer. The figures are those of the report's own catalogue. A date
// that cannot be read or a placeholder that cannot be filled is an error
// naming where.
func Prepare(L *Layout, r *report.Report, tx Text) (*Content, error) {
	if r == nil {
		return nil, errors.New("không có báo cáo")
	}
	cat := r.Catalogue()
	r = r.Clone()
	r.Normalize()
	date, err := report.ParseDate(r.Date)
	if err != nil {
		return nil, fmt.Errorf("ngày báo cáo: %w", err)
	}
	sheet := cat.Evaluate(r)
	if r.Summary, err = sheet.ResolveAll(r.Summary); err != nil {
		return nil, fmt.Errorf("trích yếu: %w", err)
	}
	secs, err := resolveSections(r.Sections, sheet, tx)
	if err != nil {
		return nil, err
	}
	tables := []*Table{figuresTable(L, r, sheet, tx)}
	docs, err := documentsTable(L, r, tx)
	if err != nil {
		return nil, err
	}
	tables = append(tables, docs)
	tables = append(tables, breakdownTables(L, r, cat, sheet, tx)...)
	return &Content{Report: r, Date: date, Sections: secs, Tables: tables}, nil
}

// resolveSections fills the placeholders of the headings and texts; a
// placeholder that cannot be filled is an error naming the section.
func resolveSections(secs []report.Section, sheet *report.Sheet, tx Text) ([]Section, error) {
	out := make([]Section, 0, len(secs))
	for i, s := range secs {
		name := tx.OneLine(s.Heading)
		if name == "" {
			name = fmt.Sprintf("thứ %d", i+1)
		} else {
			name = fmt.Sprintf("%d %q", i+1, name)
		}
		h, err := sheet.ResolveAll(s.Heading)
		if err != nil {
			return nil, fmt.Errorf("mục %s, tiêu đề: %w", name, err)
		}
		t, err := sheet.ResolveAll(s.Text)
		if err != nil {
			return nil, fmt.Errorf("mục %s, nội dung: %w", name, err)
		}
		sec := Section{Heading: tx.Clean(h)}
		for _, p := range report.Paragraphs(t) {
			if p = tx.Clean(p); p != "" {
				sec.Paragraphs = append(sec.Paragraphs, p)
			}
		}
		out = append(out, sec)
	}
	return out, nil
}

// LastTable is the index of the last table that has rows (the one the
// closing band is kept with), or -1.
func (c *Content) LastTable() int {
	last := -1
	for i, t := range c.Tables {
		if len(t.Rows) > 0 {
			last = i
		}
	}
	return last
}

// DateLine is the place and date line: "Hà Nam, ngày 05 tháng 7 năm
// 2019", or the date alone, capitalised, when there is no place.
func (c *Content) DateLine(L *Layout, tx Text) string {
	line := report.FormatDateLong(c.Date)
	if place := tx.OneLine(c.Report.Organization.Place); place != "" {
		return place + L.DateSep + line
	}
	return Capitalize(line)
}

// SignLine is a line of the signature block.
type SignLine struct {
	Text  string
	Bold  bool
	Field string // signer.authority or signer.title
}

// Signature is the authority and title lines of the signature block, in
// capitals; the name goes under the space to sign.
func (c *Content) Signature(L *Layout, tx Text) []SignLine {
	authority := Upper(tx.OneLine(c.Report.Signer.Authority))
	titleBold := authority == "" || L.TitleBoldWithAuthority
	var out []SignLine
	if authority != "" {
		out = append(out, SignLine{authority, true, "signer.authority"})
	}
	if title := Upper(tx.OneLine(c.Report.Signer.Title)); title != "" {
		out = append(out, SignLine{title, titleBold, "signer.title"})
	}
	return out
}

// Recipients are the names of the recipients, cleaned, the empty ones
// left out (without the prefix).
func (c *Content) Recipients(tx Text) []string {
	var out []string
	for _, name := range c.Report.Recipients {
		if name = tx.OneLine(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}
