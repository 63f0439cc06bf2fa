package store

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"baocao/report"
)

// autosaveWindow is how long a run of autosaves is kept as one revision.
const autosaveWindow = 10 * time.Minute

// Notes written into the history by the archive itself.
const (
	noteFinalize = "Chốt báo cáo"
	noteReopen   = "Mở lại để sửa"
)

// Create stores a new report as revision 1. A unit (superior and name,
// compared without regard to case, spacing or Unicode composition) has at
// most one report per period: a second one fails with ErrExists.
func (s *Store) Create(r *report.Report, opt SaveOptions) (id int64, err error) {
	err = s.write(func(tx *wtx) error {
		id, err = s.create(tx, r, opt)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("lưu báo cáo mới %s: %w", labelOf(r), err)
	}
	s.wrote(id, 1)
	return id, nil
}

// Update saves r as the new content of report id and returns its revision.
// Content equal to the current revision adds nothing (the current revision
// is returned). An autosave that follows an autosave revision begun less
// than ten minutes ago replaces that revision in place (so autosaving every
// few seconds leaves one revision per ten minutes); any other save adds a
// revision. A final report is not
// changed (ErrFinal); neither is one in the trash (ErrDeleted).
//
// Saved on a revision other than the one this Store last read or wrote
// (another clerk, or another copy of the app, saved meanwhile), r is kept
// as a new revision on top of the other one, never in its place, and a
// NoticeConflict names who saved and when. On a PostgreSQL server that
// cannot be reached, r is kept in the journal on this computer and the
// error wraps ErrOffline: it is saved when the server is back (see
// OnNotice), even after the app was closed and opened again.
func (s *Store) Update(id int64, r *report.Report, opt SaveOptions) (rev int, err error) {
	rev, err = s.updateNow(id, r, opt)
	if err != nil && s.db.pg && errors.Is(err, ErrOffline) {
		if kerr := s.keep(id, r, opt); kerr != nil {
			return 0, fmt.Errorf("lưu báo cáo %s: %w; cũng không giữ tạm được trên máy này: %v", labelOf(r), err, kerr)
		}
		return 0, fmt.Errorf("lưu báo cáo %s: %w; bản sửa được giữ tạm trên máy này và sẽ tự lưu lên máy chủ khi kết nối lại", labelOf(r), err)
	}
	if err != nil {
		return 0, fmt.Errorf("lưu báo cáo %s: %w", labelOf(r), err)
	}
	s.settle(id)
	return rev, nil
}

// updateNow is Update without the journal.
func (s *Store) updateNow(id int64, r *report.Report, opt SaveOptions) (rev int, err error) {
	var cl *clash
	err = s.write(func(tx *wtx) error {
		cl = nil
		rev, cl, err = s.update(tx, id, r, opt)
		return err
	})
	if err != nil {
		return 0, err
	}
	s.wrote(id, rev)
	if cl != nil {
		s.announceClash(id, labelOf(r), rev, cl)
	}
	return rev, nil
}

// Put stores r as the report of its unit and period: a new report when
// there is none (revision 1), else a save of the existing one (as Update).
// r must name its unit.
//
// On a shared archive two clerks may put the first report of a unit at the
// same moment: the one whose create lost the race saves onto the other's.
func (s *Store) Put(r *report.Report, opt SaveOptions) (id int64, rev int, err error) {
	for try := 1; ; try++ {
		var created bool
		id, rev, created, err = s.put(r, opt)
		if err == nil || !created || !errors.Is(err, ErrExists) || try == 3 {
			return id, rev, err
		}
	}
}

func (s *Store) put(r *report.Report, opt SaveOptions) (id int64, rev int, created bool, err error) {
	var cl *clash
	err = s.write(func(tx *wtx) error {
		cl, created = nil, false
		c, _, err := prepare(r)
		if err != nil {
			return err
		}
		if unitKey(c.Organization) == "" {
			return errors.New("báo cáo chưa có tên đơn vị (organization.superior, organization.name) nên không biết lưu vào báo cáo nào trong kho")
		}
		e, found, err := find(tx, c.Organization, c.Period)
		if err != nil {
			return err
		}
		if !found {
			created = true
			id, err = s.create(tx, r, opt)
			rev = 1
			return err
		}
		id = e.ID
		rev, cl, err = s.update(tx, id, r, opt)
		return err
	})
	if err != nil {
		return 0, 0, created, fmt.Errorf("lưu báo cáo %s: %w", labelOf(r), err)
	}
	s.wrote(id, rev)
	if cl != nil {
		s.announceClash(id, labelOf(r), rev, cl)
	}
	return id, rev, false, nil
}

// Restore makes the content of revision rev the report's current content,
// as a new revision: the history is never rewritten. Restoring content
// equal to the current one adds nothing.
func (s *Store) Restore(id int64, rev int, opt SaveOptions) (newRev int, err error) {
	var label string
	err = s.write(func(tx *wtx) error {
		cur, err := loadCurrent(tx, id)
		if err != nil {
			return err
		}
		label = cur.label()
		old, err := loadRevision(tx, id, rev)
		if err != nil {
			return err
		}
		r, err := report.Parse(old.data)
		if err != nil {
			return &dbError{kind: ErrCorrupt, cause: fmt.Errorf("bản %d: %w", rev, err)}
		}
		opt.Auto = false
		opt.Note = joinNote(fmt.Sprintf("Khôi phục bản %d", rev), opt.Note)
		newRev, _, err = s.update(tx, id, r, opt)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("khôi phục bản %d của báo cáo %s: %w", rev, orID(label, id), err)
	}
	s.wrote(id, newRev)
	return newRev, nil
}

// Finalize marks the report đã chốt: it cannot be changed until Reopen.
// The step is recorded in the history. Finalizing a final report does
// nothing.
func (s *Store) Finalize(id int64, opt SaveOptions) error {
	if err := s.setStatus(id, Final, joinNote(noteFinalize, opt.Note), opt); err != nil {
		return fmt.Errorf("chốt báo cáo %w", err)
	}
	return nil
}

// Reopen makes a final report editable again; the history records it with
// the note "Mở lại để sửa". Reopening a draft does nothing.
func (s *Store) Reopen(id int64, opt SaveOptions) error {
	if err := s.setStatus(id, Draft, joinNote(noteReopen, opt.Note), opt); err != nil {
		return fmt.Errorf("mở lại báo cáo %w", err)
	}
	return nil
}

func (s *Store) setStatus(id int64, to Status, note string, opt SaveOptions) error {
	var label string
	var newRev int
	err := s.write(func(tx *wtx) error {
		cur, err := loadCurrent(tx, id)
		if err != nil {
			return err
		}
		label = cur.label()
		if cur.deleted {
			return ErrDeleted
		}
		if cur.status == to {
			return nil
		}
		last, err := loadRevision(tx, id, cur.rev)
		if err != nil {
			return err
		}
		now := s.now()
		change := fmt.Sprintf("trạng thái: %s → %s", cur.status.Label(), to.Label())
		opt.Auto, opt.Note = false, note
		if err := insertRevision(tx, id, cur.rev+1, now, opt, to, []string{change}, last.data); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE report SET status = ?, rev = ?, updated = ? WHERE id = ?`, string(to), cur.rev+1, nanos(now), id)
		if err == nil {
			newRev = cur.rev + 1
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: %w", orID(label, id), err)
	}
	if newRev > 0 {
		s.wrote(id, newRev)
	}
	return nil
}

// create inserts a new report with its revision 1.
func (s *Store) create(tx *wtx, r *report.Report, opt SaveOptions) (int64, error) {
	c, data, err := prepare(r)
	if err != nil {
		return 0, err
	}
	key := unitKey(c.Organization)
	if err := conflict(tx, key, c.Period, 0); err != nil {
		return 0, err
	}
	now := s.now()
	var id int64
	err = tx.QueryRow(`INSERT INTO report (unit_key, superior, name, year, kind, number, status, rev, created, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id`,
		key, c.Organization.Superior, c.Organization.Name, c.Period.Year, c.Period.Kind, c.Number, string(Draft), nanos(now), nanos(now)).Scan(&id)
	if err != nil {
		return 0, err
	}
	if err := insertRevision(tx, id, 1, now, opt, Draft, []string{"tạo báo cáo"}, data); err != nil {
		return 0, err
	}
	return id, nil
}

// update saves r as report id's content (see Update). When the current
// revision is not the one this Store last saw, it returns who saved it
// (the clash); r is then always saved as a new revision.
func (s *Store) update(tx *wtx, id int64, r *report.Report, opt SaveOptions) (int, *clash, error) {
	c, data, err := prepare(r)
	if err != nil {
		return 0, nil, err
	}
	cur, err := loadCurrent(tx, id)
	if err != nil {
		return 0, nil, err
	}
	switch {
	case cur.deleted:
		return 0, nil, ErrDeleted
	case cur.status == Final:
		return 0, nil, ErrFinal
	}
	last, err := loadRevision(tx, id, cur.rev)
	if err != nil {
		return 0, nil, err
	}
	if bytes.Equal(last.data, data) {
		return cur.rev, nil, nil
	}
	key := unitKey(c.Organization)
	if key != cur.unitKey || c.Period != cur.period {
		if err := conflict(tx, key, c.Period, id); err != nil {
			return 0, nil, err
		}
	}
	base, known, own := s.base(id)
	var cl *clash
	if known && base != cur.rev {
		cl = &clash{rev: cur.rev, author: last.author, dbUser: last.dbUser, saved: fromNanos(last.saved)}
		opt.Note = joinNote(cl.note(), opt.Note)
	}
	// On a shared archive an autosave replaces only an autosave this Store
	// wrote, never another clerk's revision; on the local file, any
	// autosave of the content it builds on (as after a restart).
	ours := cl == nil && (own == cur.rev || !s.db.pg)
	now := s.now()
	rev := cur.rev + 1
	if age := now.Sub(fromNanos(last.began)); ours && opt.Auto && last.auto && age >= 0 && age < autosaveWindow {
		// Replace the autosave in place, describing it against the
		// revision before it. The window counts from the run's first
		// autosave, so a long session still leaves a revision every ten
		// minutes.
		rev = cur.rev
		changes := []string{"tạo báo cáo"}
		if rev > 1 {
			prev, err := loadRevision(tx, id, rev-1)
			if err != nil {
				return 0, nil, err
			}
			changes = s.describe(prev.data, c)
		}
		enc, err := json.Marshal(changes)
		if err != nil {
			return 0, nil, err
		}
		note := report.NormalizeText(opt.Note)
		if _, err := tx.Exec(`UPDATE revision SET saved = ?, author = ?, note = CASE WHEN ? = '' THEN note ELSE ? END, changes = ?, data = ?
			WHERE report_id = ? AND rev = ?`,
			nanos(now), report.NormalizeText(opt.Author), note, note, string(enc), data, id, rev); err != nil {
			return 0, nil, err
		}
	} else if err := insertRevision(tx, id, rev, now, opt, Draft, s.describe(last.data, c), data); err != nil {
		return 0, nil, err
	}
	_, err = tx.Exec(`UPDATE report SET unit_key = ?, superior = ?, name = ?, year = ?, kind = ?, number = ?, rev = ?, updated = ?
		WHERE id = ?`,
		key, c.Organization.Superior, c.Organization.Name, c.Period.Year, c.Period.Kind, c.Number, rev, nanos(now), id)
	if err != nil {
		return 0, nil, err
	}
	return rev, cl, nil
}

// describe summarises the changes from a stored revision to c. A revision
// that no longer parses is described as a whole.
func (s *Store) describe(oldData []byte, c *report.Report) []string {
	old, err := report.Parse(oldData)
	if err != nil {
		return []string{"sửa báo cáo"}
	}
	return describeChanges(old, c)
}

func insertRevision(tx *wtx, id int64, rev int, now time.Time, opt SaveOptions, status Status, changes []string, data []byte) error {
	if changes == nil {
		changes = []string{}
	}
	enc, err := json.Marshal(changes)
	if err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO revision (report_id, rev, saved, began, author, note, auto, status, changes, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, rev, nanos(now), nanos(now), report.NormalizeText(opt.Author), report.NormalizeText(opt.Note), opt.Auto, string(status), string(enc), data)
	return err
}

// prepare normalises a copy of r and encodes it as a report file.
func prepare(r *report.Report) (*report.Report, []byte, error) {
	if r == nil {
		return nil, nil, errors.New("không có báo cáo để lưu")
	}
	c := r.Clone()
	c.Normalize()
	// A report in memory is of this version's format, whatever its field
	// says; every stored revision must read back.
	c.Format = report.FormatV1
	data, err := report.Marshal(c)
	if err != nil {
		return nil, nil, err
	}
	return c, data, nil
}

// unitKey is the index key of a unit; "" when the report names no unit
// yet (such drafts may be many).
func unitKey(o report.Organization) string {
	if strings.TrimSpace(o.Superior) == "" && strings.TrimSpace(o.Name) == "" {
		return ""
	}
	return o.UnitKey()
}

// conflict fails with ErrExists when another report (not in the trash)
// has the unit key and period.
func conflict(tx *wtx, key string, p report.Period, except int64) error {
	if key == "" {
		return nil
	}
	var other int64
	err := tx.QueryRow(`SELECT id FROM report
		WHERE unit_key = ? AND unit_key <> '' AND year = ? AND kind = ? AND deleted IS NULL AND id <> ?`,
		key, p.Year, p.Kind, except).Scan(&other)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	return fmt.Errorf("%w (báo cáo mã %d trong kho); hãy mở báo cáo đó để sửa", ErrExists, other)
}

// current is a report's index row.
type current struct {
	id       int64
	unitKey  string
	org      report.Organization
	period   report.Period
	status   Status
	rev      int
	deleted  bool
	deletedT int64
}

func (c current) label() string { return reportLabel(c.org, c.period) }

type querier interface {
	QueryRow(query string, args ...any) *sql.Row
	isPG() bool
}

func (d *db) isPG() bool  { return d.pg }
func (t *wtx) isPG() bool { return t.pg }

// dbUserColumn is the revision's database user: PostgreSQL records the
// role that saved (current_user); a local file has none.
func dbUserColumn(q querier) string {
	if q.isPG() {
		return "db_user"
	}
	return "''"
}

// loadCurrent reads report id's index row and, on PostgreSQL, locks it
// until the transaction ends: saves of one report take turns.
func loadCurrent(tx *wtx, id int64) (current, error) {
	c := current{id: id}
	var status string
	var deleted sql.NullInt64
	err := tx.QueryRow(`SELECT unit_key, superior, name, year, kind, status, rev, deleted FROM report WHERE id = ?`+tx.forUpdate(), id).
		Scan(&c.unitKey, &c.org.Superior, &c.org.Name, &c.period.Year, &c.period.Kind, &status, &c.rev, &deleted)
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("%w (mã %d)", ErrNotFound, id)
	}
	if err != nil {
		return c, err
	}
	c.unitKey = storedKey(tx.pg, c.unitKey)
	c.status, c.deleted, c.deletedT = Status(status), deleted.Valid, deleted.Int64
	return c, nil
}

// storedRevision is a revision row with its report file.
type storedRevision struct {
	rev            int
	saved, began   int64
	auto           bool
	author, dbUser string
	data           []byte
}

func loadRevision(q querier, id int64, rev int) (storedRevision, error) {
	v := storedRevision{rev: rev}
	err := q.QueryRow(`SELECT saved, began, auto, author, `+dbUserColumn(q)+`, data FROM revision WHERE report_id = ? AND rev = ?`, id, rev).
		Scan(&v.saved, &v.began, &v.auto, &v.author, &v.dbUser, &v.data)
	if errors.Is(err, sql.ErrNoRows) {
		return v, fmt.Errorf("%w (mã %d, bản %d)", ErrNotFound, id, rev)
	}
	return v, err
}

func labelOf(r *report.Report) string {
	if r == nil {
		return ""
	}
	return reportLabel(r.Organization, r.Period)
}

func orID(label string, id int64) string {
	if label == "" {
		return fmt.Sprintf("mã %d", id)
	}
	return fmt.Sprintf("%s (mã %d)", label, id)
}

func joinNote(base, extra string) string {
	if strings.TrimSpace(extra) == "" {
		return base
	}
	return base + ": " + strings.TrimSpace(extra)
}
