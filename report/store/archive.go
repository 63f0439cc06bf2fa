package store

import (
	"database/sql"
	"errors"
	"fmt"
	"math"

	"baocao/report"
)

// OfferPrevious fills "cùng kỳ năm trước" from the archive: when the
// archive holds the same unit's report for r.Period.SameLastYear(), every
// typed (not derived) figure of r that has no Previous gets that report's
// value, as evaluated with its own catalogue (a vb.* count comes from its
// documents), under the codes of r's catalogue. A Previous
// already in r is never changed. It returns the codes filled, in
// catalogue order; none when there is no such report.
func (s *Store) OfferPrevious(r *report.Report) (filled []string, err error) {
	if r == nil {
		return nil, nil
	}
	prev := r.Period.SameLastYear()
	e, ok, err := s.Find(r.Organization, prev)
	if err != nil || !ok {
		return nil, err
	}
	old, _, err := s.Get(e.ID)
	if err != nil {
		return nil, fmt.Errorf("lấy số liệu cùng kỳ năm trước: %w", err)
	}
	sheet := old.Evaluate()
	cat := r.Catalogue()
	for i := range cat.Indicators {
		in := &cat.Indicators[i]
		if in.IsDerived() {
			continue
		}
		row := sheet.Row(in.Code)
		if row == nil || row.IsDerived() || !row.Value.OK {
			continue
		}
		f := r.Figures[in.Code]
		if f.Previous != nil {
			continue
		}
		f.Previous = report.Int(int64(math.Round(row.Value.N)))
		if r.Figures == nil {
			r.Figures = make(map[string]report.Figure)
		}
		r.Figures[in.Code] = f
		filled = append(filled, in.Code)
	}
	return filled, nil
}

// LastProfile returns a new report pre-filled from the most recently saved
// report: organization, signer and recipients, with no number, date,
// period, figures or text. Reports of the units a consolidation expects
// (lower units' reports kept here) are passed over while the office's own
// exist. ok is false when the archive is empty.
func (s *Store) LastProfile() (*report.Report, bool, error) {
	var data []byte
	err := s.db.QueryRow(`SELECT v.data FROM revision v JOIN (
			SELECT id, rev FROM report WHERE deleted IS NULL
			ORDER BY unit_key IN (SELECT unit_key FROM expected_unit), updated DESC, id DESC
			LIMIT 1
		) r ON v.report_id = r.id AND v.rev = r.rev`).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("đọc báo cáo gần nhất: %w", classify(err))
	}
	last, err := parseStored(data)
	if err != nil {
		return nil, false, fmt.Errorf("đọc báo cáo gần nhất: %w", err)
	}
	return &report.Report{
		Format:       report.FormatV1,
		Organization: last.Organization,
		Figures:      map[string]report.Figure{},
		Documents:    []report.Document{},
		Sections:     []report.Section{},
		Recipients:   append([]string{}, last.Recipients...),
		Signer:       last.Signer,
	}, true, nil
}
