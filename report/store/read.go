package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"baocao/report"
)

// entryColumns are the index columns an Entry is read from, in scan order.
const entryColumns = `id, superior, name, year, kind, status, rev, updated, number, deleted`

type scanner interface {
	Scan(dest ...any) error
}

// scanEntry scans the entryColumns, then extra.
func scanEntry(sc scanner, e *Entry, extra ...any) error {
	var status string
	var updated int64
	var deleted sql.NullInt64
	dest := append([]any{&e.ID, &e.Superior, &e.Name, &e.Period.Year, &e.Period.Kind, &status, &e.Revision, &updated, &e.Number, &deleted}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	e.Status, e.Updated = Status(status), fromNanos(updated)
	if deleted.Valid {
		e.Deleted = fromNanos(deleted.Int64)
	}
	return nil
}

// Get returns the current content of report id and its entry. A report in
// the trash is returned too (its Entry.Deleted is set).
func (s *Store) Get(id int64) (*report.Report, Entry, error) {
	var e Entry
	var data []byte
	row := s.db.QueryRow(`SELECT `+entryColumns+`, (SELECT data FROM revision WHERE report_id = report.id AND rev = report.rev)
		FROM report WHERE id = ?`, id)
	err := scanEntry(row, &e, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, Entry{}, fmt.Errorf("đọc báo cáo: %w (mã %d)", ErrNotFound, id)
	}
	if err == nil {
		s.saw(id, e.Revision)
	}
	if err != nil {
		return nil, Entry{}, fmt.Errorf("đọc báo cáo mã %d: %w", id, classify(err))
	}
	r, err := parseStored(data)
	if err != nil {
		return nil, Entry{}, fmt.Errorf("đọc báo cáo %s (mã %d, bản %d): %w", e.Label(), id, e.Revision, err)
	}
	return r, e, nil
}

// parseStored reads a stored report file.
func parseStored(data []byte) (*report.Report, error) {
	r, err := report.Parse(data)
	if err != nil {
		return nil, &dbError{kind: ErrCorrupt, cause: err}
	}
	return r, nil
}

// List returns the reports not in the trash, the most recently saved
// first. It reads only the index columns.
func (s *Store) List() ([]Entry, error) {
	es, err := s.entries(`SELECT ` + entryColumns + ` FROM report WHERE deleted IS NULL ORDER BY updated DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("đọc danh sách báo cáo: %w", err)
	}
	return es, nil
}

// ListDeleted returns the reports in the trash, the most recently deleted
// first.
func (s *Store) ListDeleted() ([]Entry, error) {
	es, err := s.entries(`SELECT ` + entryColumns + ` FROM report WHERE deleted IS NOT NULL ORDER BY deleted DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("đọc thùng rác: %w", err)
	}
	return es, nil
}

// entries runs a query of the entryColumns. It is the list of every
// report, so it scans into the same variables row after row and sizes the
// result from the previous listing.
func (s *Store) entries(query string, args ...any) ([]Entry, error) {
	rows, err := s.db.Query(query, args...)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	out := make([]Entry, 0, s.listHint.Load()+16)
	var (
		e       Entry
		status  string
		updated int64
		deleted sql.NullInt64
	)
	dest := []any{&e.ID, &e.Superior, &e.Name, &e.Period.Year, &e.Period.Kind, &status, &e.Revision, &updated, &e.Number, &deleted}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, classify(err)
		}
		e.Status, e.Updated, e.Deleted = Status(status), fromNanos(updated), time.Time{}
		if deleted.Valid {
			e.Deleted = fromNanos(deleted.Int64)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err)
	}
	s.listHint.Store(int64(len(out)))
	return out, nil
}

// Find returns the report of a unit for a period (not one in the trash).
// The unit is matched on superior and name, without regard to case,
// spacing or Unicode composition.
func (s *Store) Find(unit report.Organization, p report.Period) (Entry, bool, error) {
	e, ok, err := find(s.db, unit, p)
	if err != nil {
		return Entry{}, false, fmt.Errorf("tìm báo cáo %s: %w", reportLabel(unit, p), classify(err))
	}
	return e, ok, nil
}

func find(q querier, unit report.Organization, p report.Period) (Entry, bool, error) {
	key := unitKey(unit)
	if key == "" {
		return Entry{}, false, nil
	}
	var e Entry
	err := scanEntry(q.QueryRow(`SELECT `+entryColumns+` FROM report
		WHERE unit_key = ? AND unit_key <> '' AND year = ? AND kind = ? AND deleted IS NULL`, key, p.Year, report.NormalizeText(p.Kind)), &e)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, false, nil
	}
	if err != nil {
		return Entry{}, false, err
	}
	return e, true, nil
}

// History returns the revisions of report id, the newest first.
func (s *Store) History(id int64) ([]Revision, error) {
	rows, err := s.db.Query(`SELECT rev, saved, author, `+dbUserColumn(s.db)+`, note, auto, status, changes FROM revision
		WHERE report_id = ? ORDER BY rev DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("đọc lịch sử báo cáo mã %d: %w", id, classify(err))
	}
	defer rows.Close()
	var out []Revision
	for rows.Next() {
		var v Revision
		var saved int64
		var status, changes string
		if err := rows.Scan(&v.Rev, &saved, &v.Author, &v.DBUser, &v.Note, &v.Auto, &status, &changes); err != nil {
			return nil, fmt.Errorf("đọc lịch sử báo cáo mã %d: %w", id, classify(err))
		}
		v.Saved, v.Status = fromNanos(saved), Status(status)
		if err := json.Unmarshal([]byte(changes), &v.Changes); err != nil {
			v.Changes = []string{"(không đọc được tóm tắt thay đổi)"}
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("đọc lịch sử báo cáo mã %d: %w", id, classify(err))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("đọc lịch sử báo cáo: %w (mã %d)", ErrNotFound, id)
	}
	return out, nil
}

// Revision returns the content of report id as saved in revision rev.
func (s *Store) Revision(id int64, rev int) (*report.Report, error) {
	v, err := loadRevision(s.db, id, rev)
	if err != nil {
		return nil, fmt.Errorf("đọc bản %d của báo cáo mã %d: %w", rev, id, classify(err))
	}
	r, err := parseStored(v.data)
	if err != nil {
		return nil, fmt.Errorf("đọc bản %d của báo cáo mã %d: %w", rev, id, err)
	}
	return r, nil
}
