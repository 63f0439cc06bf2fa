package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"baocao/report"
)

// TemplateStatus says whether a template version may still change.
type TemplateStatus string

// Template statuses. A draft is the version the province is still
// designing: saving it again replaces it. A version is issued once it
// has left the office (a template file, forms) or a report was written
// to it; it never changes after, and the next save is a new version.
const (
	TemplateDraft  TemplateStatus = "draft"
	TemplateIssued TemplateStatus = "issued"
)

// TemplateEntry is one stored version of a template, as lists show it.
type TemplateEntry struct {
	ID      string
	Version int
	Name    string
	Issuer  string
	Status  TemplateStatus
	Saved   time.Time
	Author  string
}

// Ref is the entry's template reference.
func (e TemplateEntry) Ref() report.TemplateRef {
	return report.TemplateRef{ID: e.ID, Name: e.Name, Version: e.Version}
}

// ErrTemplateConflict is returned when a template version arrives that
// the archive already holds with another content.
var ErrTemplateConflict = errors.New("kho đã có phiên bản này của mẫu báo cáo với nội dung khác")

// SaveTemplate keeps a template the office designs: over its draft
// version when the newest stored version is a draft, else as a new draft
// version (the newest plus one). t is checked first; nothing is stored
// when it has an error. It returns the template as stored (its Version
// set).
func (s *Store) SaveTemplate(t *report.Template, author string) (*report.Template, error) {
	if report.IsBuiltin(t.ID) {
		return nil, fmt.Errorf("lưu mẫu báo cáo: «%s» là mẫu dựng sẵn của chương trình, không sửa được; hãy tạo mẫu mới từ nó", t.Name)
	}
	c := t.Clone()
	var out *report.Template
	err := s.write(func(tx *wtx) error {
		latest, status, err := latestTemplate(tx, c.ID)
		if err != nil {
			return err
		}
		switch {
		case latest == 0:
			c.Version = max(c.Version, 1)
		case status == TemplateDraft:
			c.Version = latest
		default:
			c.Version = latest + 1
		}
		if err := c.Check(); err != nil {
			return fmt.Errorf("mẫu báo cáo có lỗi, chưa lưu: %w", err)
		}
		data, err := report.MarshalTemplate(c)
		if err != nil {
			return err
		}
		if latest != 0 && status == TemplateDraft {
			_, err = tx.Exec(`UPDATE template SET name = ?, issuer = ?, saved = ?, author = ?, data = ? WHERE id = ? AND version = ?`,
				c.Name, c.Issuer, nanos(s.now()), author, data, c.ID, c.Version)
		} else {
			_, err = tx.Exec(`INSERT INTO template (id, version, name, issuer, status, saved, author, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				c.ID, c.Version, c.Name, c.Issuer, string(TemplateDraft), nanos(s.now()), author, data)
		}
		if err != nil {
			return err
		}
		out = c
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lưu mẫu báo cáo «%s»: %w", t.Name, err)
	}
	return out, nil
}

// IssueTemplate marks a stored version issued: it has left the office or
// a report was written to it, so it never changes again. Issuing it again
// does nothing; a built-in template needs nothing.
func (s *Store) IssueTemplate(id string, version int) error {
	if report.IsBuiltin(id) {
		return nil
	}
	err := s.write(func(tx *wtx) error {
		res, err := tx.Exec(`UPDATE template SET status = ? WHERE id = ? AND version = ?`, string(TemplateIssued), id, version)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("%w (mẫu %s, phiên bản %d)", ErrNotFound, id, version)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("ban hành mẫu báo cáo: %w", err)
	}
	return nil
}

// ImportTemplate keeps a template that came as a file (from the province,
// or from another computer) as issued, under its own identifier and
// version. A version already stored with the same content is left as it
// is (stored is false); with another content it is ErrTemplateConflict. A
// built-in template is never stored.
func (s *Store) ImportTemplate(t *report.Template, author string) (stored bool, err error) {
	if report.IsBuiltin(t.ID) {
		if b := report.BuiltinTemplate(t.ID, t.Version); b != nil {
			same, err := sameTemplate(b, t)
			if err == nil && !same {
				err = fmt.Errorf("%w: «%s» phiên bản %d là mẫu dựng sẵn của chương trình", ErrTemplateConflict, t.Name, t.Version)
			}
			return false, err
		}
		return false, fmt.Errorf("mẫu «%s» phiên bản %d mới hơn phiên bản này của chương trình; hãy cập nhật chương trình", t.Name, t.Version)
	}
	if err := t.Check(); err != nil {
		return false, fmt.Errorf("mẫu báo cáo có lỗi, chưa lưu: %w", err)
	}
	data, err := report.MarshalTemplate(t)
	if err != nil {
		return false, err
	}
	err = s.write(func(tx *wtx) error {
		var have []byte
		err := tx.QueryRow(`SELECT data FROM template WHERE id = ? AND version = ?`+tx.forUpdate(), t.ID, t.Version).Scan(&have)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			_, err = tx.Exec(`INSERT INTO template (id, version, name, issuer, status, saved, author, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				t.ID, t.Version, t.Name, t.Issuer, string(TemplateIssued), nanos(s.now()), author, data)
			stored = err == nil
			return err
		case err != nil:
			return err
		case bytes.Equal(have, data):
			return nil
		}
		old, perr := report.ParseTemplate(have)
		if perr == nil {
			if same, _ := sameTemplate(old, t); same {
				return nil
			}
		}
		return fmt.Errorf("%w («%s», phiên bản %d); hãy đề nghị nơi ban hành gửi phiên bản mới", ErrTemplateConflict, t.Name, t.Version)
	})
	if err != nil {
		return false, fmt.Errorf("nhập mẫu báo cáo «%s»: %w", t.Name, err)
	}
	return stored, nil
}

// sameTemplate compares two templates by their file's bytes.
func sameTemplate(a, b *report.Template) (bool, error) {
	da, err := report.MarshalTemplate(a)
	if err != nil {
		return false, err
	}
	db, err := report.MarshalTemplate(b)
	if err != nil {
		return false, err
	}
	return bytes.Equal(da, db), nil
}

// latestTemplate is the newest stored version of a template and its
// status; 0 when none is stored.
func latestTemplate(tx *wtx, id string) (int, TemplateStatus, error) {
	var version int
	var status string
	err := tx.QueryRow(`SELECT version, status FROM template WHERE id = ? ORDER BY version DESC LIMIT 1`+tx.forUpdate(), id).Scan(&version, &status)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return version, TemplateStatus(status), err
}

// Template returns a stored version of a template (version 0: the
// newest); a built-in template is found too, without the archive.
func (s *Store) Template(id string, version int) (*report.Template, TemplateEntry, error) {
	if report.IsBuiltin(id) {
		t := report.BuiltinTemplate(id, version)
		if t == nil {
			return nil, TemplateEntry{}, fmt.Errorf("đọc mẫu báo cáo: %w (mẫu dựng sẵn %s, phiên bản %d)", ErrNotFound, id, version)
		}
		return t, TemplateEntry{ID: t.ID, Version: t.Version, Name: t.Name, Issuer: t.Issuer, Status: TemplateIssued}, nil
	}
	q := `SELECT id, version, name, issuer, status, saved, author, data FROM template WHERE id = ? AND version = ?`
	args := []any{id, version}
	if version == 0 {
		q = `SELECT id, version, name, issuer, status, saved, author, data FROM template WHERE id = ? ORDER BY version DESC LIMIT 1`
		args = args[:1]
	}
	var e TemplateEntry
	var data []byte
	err := scanTemplate(s.db.QueryRow(q, args...), &e, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, TemplateEntry{}, fmt.Errorf("đọc mẫu báo cáo: %w (mẫu %s, phiên bản %d)", ErrNotFound, id, version)
	}
	if err != nil {
		return nil, TemplateEntry{}, fmt.Errorf("đọc mẫu báo cáo: %w", classify(err))
	}
	t, err := report.ParseTemplate(data)
	if err != nil {
		return nil, TemplateEntry{}, fmt.Errorf("đọc mẫu báo cáo «%s» phiên bản %d: %w", e.Name, e.Version, err)
	}
	return t, e, nil
}

func scanTemplate(sc scanner, e *TemplateEntry, data *[]byte) error {
	var status string
	var saved int64
	dest := []any{&e.ID, &e.Version, &e.Name, &e.Issuer, &status, &saved, &e.Author}
	if data != nil {
		dest = append(dest, data)
	}
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	e.Status, e.Saved = TemplateStatus(status), fromNanos(saved)
	return nil
}

// Templates lists the newest version of every stored template, the most
// recently saved first (built-in templates are not stored: see
// report.BuiltinTemplates).
func (s *Store) Templates() ([]TemplateEntry, error) {
	rows, err := s.db.Query(`SELECT t.id, t.version, t.name, t.issuer, t.status, t.saved, t.author FROM template t
		WHERE t.version = (SELECT max(version) FROM template WHERE id = t.id)
		ORDER BY t.saved DESC, t.id`)
	if err != nil {
		return nil, fmt.Errorf("đọc danh sách mẫu báo cáo: %w", classify(err))
	}
	return scanTemplates(rows)
}

// TemplateVersions lists every stored version of a template, the newest
// first.
func (s *Store) TemplateVersions(id string) ([]TemplateEntry, error) {
	rows, err := s.db.Query(`SELECT id, version, name, issuer, status, saved, author FROM template WHERE id = ? ORDER BY version DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("đọc các phiên bản mẫu báo cáo: %w", classify(err))
	}
	return scanTemplates(rows)
}

func scanTemplates(rows *sql.Rows) ([]TemplateEntry, error) {
	defer rows.Close()
	var out []TemplateEntry
	for rows.Next() {
		var e TemplateEntry
		if err := scanTemplate(rows, &e, nil); err != nil {
			return nil, fmt.Errorf("đọc danh sách mẫu báo cáo: %w", classify(err))
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("đọc danh sách mẫu báo cáo: %w", classify(err))
	}
	return out, nil
}

// IssuedCodes are the indicator codes of every issued version of a
// template: reports and forms may carry them, so they never change.
func (s *Store) IssuedCodes(id string) (map[string]bool, error) {
	out := map[string]bool{}
	if report.IsBuiltin(id) {
		for _, t := range report.BuiltinTemplates() {
			if t.ID == id {
				for _, in := range t.Catalogue.Indicators {
					out[in.Code] = true
				}
			}
		}
		return out, nil
	}
	rows, err := s.db.Query(`SELECT data FROM template WHERE id = ? AND status = ?`, id, string(TemplateIssued))
	if err != nil {
		return nil, fmt.Errorf("đọc mẫu báo cáo: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("đọc mẫu báo cáo: %w", classify(err))
		}
		t, err := report.ParseTemplate(data)
		if err != nil {
			continue // a damaged version is shown where it is opened
		}
		for _, in := range t.Catalogue.Indicators {
			out[in.Code] = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("đọc mẫu báo cáo: %w", classify(err))
	}
	return out, nil
}

// TemplateOf finds the template a report was written to: built in, or
// stored in the archive; nil (and no error) when the archive does not
// have it (a report from another office).
func (s *Store) TemplateOf(r *report.Report) (*report.Template, error) {
	ref := r.Template()
	t, _, err := s.Template(ref.ID, ref.Version)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	return t, err
}
