package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// CopyResult counts what Copy added to the destination archive.
type CopyResult struct {
	Reports   int      // reports added
	Revisions int      // revisions added (to new and to existing reports)
	Heads     int      // expected-units lists added
	Templates int      // template versions added
	Skipped   []string // what was left out, and why, in Vietnamese
}

// Copy copies every report of src into dst, with each of its revisions
// (author, note, time, status and content), its status and its place in
// the trash, every expected-units list and every template version: the
// way a local archive moves
// to a shared one (baocao migrate). It runs in one transaction of dst:
// all or nothing.
//
// Copying again adds nothing twice: a report is known in dst by when it
// was created and its unit and period, and only the revisions dst lacks
// are added. A report whose unit already has another report for that
// period in dst, and a head whose list differs in dst, are left out and
// named in Skipped.
func Copy(dst, src *Store) (CopyResult, error) {
	var res CopyResult
	reports, err := src.allReports()
	if err != nil {
		return res, fmt.Errorf("đọc kho nguồn %s: %w", src.path, err)
	}
	heads, err := src.allExpected()
	if err != nil {
		return res, fmt.Errorf("đọc kho nguồn %s: %w", src.path, err)
	}
	templates, err := src.allTemplates()
	if err != nil {
		return res, fmt.Errorf("đọc kho nguồn %s: %w", src.path, err)
	}
	err = dst.write(func(tx *wtx) error {
		res = CopyResult{}
		for _, r := range reports {
			if err := dst.copyReport(tx, src, r, &res); err != nil {
				return fmt.Errorf("chép báo cáo %s (mã %d ở kho nguồn): %w", orID(reportLabel(r.org, r.period), r.id), r.id, err)
			}
		}
		for _, h := range heads {
			if err := copyExpected(tx, h, &res); err != nil {
				return fmt.Errorf("chép danh sách đơn vị cấp dưới: %w", err)
			}
		}
		for _, t := range templates {
			if err := copyTemplate(tx, t, &res); err != nil {
				return fmt.Errorf("chép mẫu báo cáo «%s» phiên bản %d: %w", t.Name, t.Version, err)
			}
		}
		return nil
	})
	if err != nil {
		return CopyResult{}, fmt.Errorf("chép sang kho %s: %w", dst.path, err)
	}
	return res, nil
}

// fullReport is a report's row as Copy moves it.
type fullReport struct {
	current
	number           string
	created, updated int64
}

func (s *Store) allReports() ([]fullReport, error) {
	rows, err := s.db.Query(`SELECT id, unit_key, superior, name, year, kind, number, status, rev, created, updated, deleted FROM report ORDER BY id`)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var out []fullReport
	for rows.Next() {
		var r fullReport
		var status string
		var deleted sql.NullInt64
		if err := rows.Scan(&r.id, &r.unitKey, &r.org.Superior, &r.org.Name, &r.period.Year, &r.period.Kind, &r.number,
			&status, &r.rev, &r.created, &r.updated, &deleted); err != nil {
			return nil, classify(err)
		}
		r.unitKey = storedKey(s.db.pg, r.unitKey)
		r.status, r.deleted, r.deletedT = Status(status), deleted.Valid, deleted.Int64
		out = append(out, r)
	}
	return out, classify(rows.Err())
}

// revisionRow is a whole revision row.
type revisionRow struct {
	rev                          int
	saved, began                 int64
	author, dbUser, note, status string
	auto                         bool
	changes                      string
	data                         []byte
}

func (s *Store) revisionsFrom(id int64, after int) ([]revisionRow, error) {
	rows, err := s.db.Query(`SELECT rev, saved, began, author, `+dbUserColumn(s.db)+`, note, auto, status, changes, data
		FROM revision WHERE report_id = ? AND rev > ? ORDER BY rev`, id, after)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var out []revisionRow
	for rows.Next() {
		var v revisionRow
		if err := rows.Scan(&v.rev, &v.saved, &v.began, &v.author, &v.dbUser, &v.note, &v.auto, &v.status, &v.changes, &v.data); err != nil {
			return nil, classify(err)
		}
		out = append(out, v)
	}
	return out, classify(rows.Err())
}

func (dst *Store) copyReport(tx *wtx, src *Store, r fullReport, res *CopyResult) error {
	var id int64
	var have int
	err := tx.QueryRow(`SELECT id, rev FROM report WHERE created = ? AND unit_key = ? AND year = ? AND kind = ?`+tx.forUpdate(),
		r.created, r.unitKey, r.period.Year, r.period.Kind).Scan(&id, &have)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if !r.deleted {
			if err := conflict(tx, r.unitKey, r.period, 0); err != nil {
				res.Skipped = append(res.Skipped, fmt.Sprintf("%s: %v", reportLabel(r.org, r.period), err))
				return nil
			}
		}
		var deleted any
		if r.deleted {
			deleted = r.deletedT
		}
		if err := tx.QueryRow(`INSERT INTO report (unit_key, superior, name, year, kind, number, status, rev, created, updated, deleted)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			r.unitKey, r.org.Superior, r.org.Name, r.period.Year, r.period.Kind, r.number, string(r.status), r.rev, r.created, r.updated, deleted).
			Scan(&id); err != nil {
			return err
		}
		res.Reports++
		have = 0
	case err != nil:
		return err
	case have >= r.rev:
		return nil // copied before (and perhaps edited since)
	}
	revs, err := src.revisionsFrom(r.id, have)
	if err != nil {
		return err
	}
	for _, v := range revs {
		if tx.pg {
			_, err = tx.Exec(`INSERT INTO revision (report_id, rev, saved, began, author, db_user, note, auto, status, changes, data)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, v.rev, v.saved, v.began, v.author, v.dbUser, v.note, v.auto, v.status, v.changes, v.data)
		} else {
			_, err = tx.Exec(`INSERT INTO revision (report_id, rev, saved, began, author, note, auto, status, changes, data)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, v.rev, v.saved, v.began, v.author, v.note, v.auto, v.status, v.changes, v.data)
		}
		if err != nil {
			return err
		}
		res.Revisions++
	}
	if have > 0 { // revisions added to a report copied before
		var deleted any
		if r.deleted {
			deleted = r.deletedT
		}
		_, err = tx.Exec(`UPDATE report SET superior = ?, name = ?, number = ?, status = ?, rev = ?, updated = ?, deleted = ? WHERE id = ?`,
			r.org.Superior, r.org.Name, r.number, string(r.status), r.rev, r.updated, deleted, id)
	}
	return err
}

// expectedRow is one row of an expected-units list.
type expectedRow struct {
	headKey, unitKey                    string
	pos                                 int
	superior, name, abbreviation, place string
}

func (s *Store) allExpected() ([][]expectedRow, error) {
	rows, err := s.db.Query(`SELECT head_key, pos, unit_key, superior, name, abbreviation, place FROM expected_unit ORDER BY head_key, pos`)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var out [][]expectedRow
	for rows.Next() {
		var e expectedRow
		if err := rows.Scan(&e.headKey, &e.pos, &e.unitKey, &e.superior, &e.name, &e.abbreviation, &e.place); err != nil {
			return nil, classify(err)
		}
		e.headKey, e.unitKey = storedKey(s.db.pg, e.headKey), storedKey(s.db.pg, e.unitKey)
		if n := len(out); n == 0 || out[n-1][0].headKey != e.headKey {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], e)
	}
	return out, classify(rows.Err())
}

func copyExpected(tx *wtx, list []expectedRow, res *CopyResult) error {
	head := list[0].headKey
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM expected_unit WHERE head_key = ?`, head).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		var same int
		for _, e := range list {
			var ok int
			if err := tx.QueryRow(`SELECT count(*) FROM expected_unit WHERE head_key = ? AND pos = ? AND unit_key = ?`, head, e.pos, e.unitKey).Scan(&ok); err != nil {
				return err
			}
			same += ok
		}
		if same != len(list) || n != len(list) {
			res.Skipped = append(res.Skipped, fmt.Sprintf("danh sách đơn vị cấp dưới của %s: kho đích đã có một danh sách khác, giữ nguyên danh sách đó", list[0].headLabel()))
		}
		return nil
	}
	for _, e := range list {
		if _, err := tx.Exec(`INSERT INTO expected_unit (head_key, pos, unit_key, superior, name, abbreviation, place) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			e.headKey, e.pos, e.unitKey, e.superior, e.name, e.abbreviation, e.place); err != nil {
			return err
		}
	}
	res.Heads++
	return nil
}

// headLabel names the head of a list by its key (the key holds the folded
// names).
func (e expectedRow) headLabel() string {
	sup, name, _ := strings.Cut(e.headKey, "\x00")
	return name + " " + sup
}

// storedTemplate is a template version's row as Copy moves it.
type storedTemplate struct {
	TemplateEntry
	saved int64
	data  []byte
}

func (s *Store) allTemplates() ([]storedTemplate, error) {
	rows, err := s.db.Query(`SELECT id, version, name, issuer, status, saved, author, data FROM template ORDER BY id, version`)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var out []storedTemplate
	for rows.Next() {
		var t storedTemplate
		var status string
		if err := rows.Scan(&t.ID, &t.Version, &t.Name, &t.Issuer, &status, &t.saved, &t.Author, &t.data); err != nil {
			return nil, classify(err)
		}
		t.Status = TemplateStatus(status)
		out = append(out, t)
	}
	return out, classify(rows.Err())
}

// copyTemplate adds a template version dst lacks; one it has with the
// same content is left, one it has with another content is named in
// Skipped.
func copyTemplate(tx *wtx, t storedTemplate, res *CopyResult) error {
	var have []byte
	err := tx.QueryRow(`SELECT data FROM template WHERE id = ? AND version = ?`, t.ID, t.Version).Scan(&have)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.Exec(`INSERT INTO template (id, version, name, issuer, status, saved, author, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			t.ID, t.Version, t.Name, t.Issuer, string(t.Status), t.saved, t.Author, t.data); err != nil {
			return err
		}
		res.Templates++
		return nil
	case err != nil:
		return err
	case string(have) != string(t.data):
		res.Skipped = append(res.Skipped, fmt.Sprintf("mẫu báo cáo «%s» phiên bản %d: kho đích đã có phiên bản này với nội dung khác", t.Name, t.Version))
	}
	return nil
}
