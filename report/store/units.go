package store

import (
	"errors"
	"fmt"
	"hash/fnv"
	"strings"

	"baocao/report"
)

// ExpectedUnits returns the lower units whose reports the head unit
// consolidates, in the order they were set; none when never set.
func (s *Store) ExpectedUnits(head report.Organization) ([]report.Organization, error) {
	rows, err := s.db.Query(`SELECT superior, name, abbreviation, place FROM expected_unit WHERE head_key = ? ORDER BY pos`, head.UnitKey())
	if err != nil {
		return nil, fmt.Errorf("đọc danh sách đơn vị cấp dưới của %s: %w", head.Label(), classify(err))
	}
	defer rows.Close()
	var out []report.Organization
	for rows.Next() {
		var o report.Organization
		if err := rows.Scan(&o.Superior, &o.Name, &o.Abbreviation, &o.Place); err != nil {
			return nil, fmt.Errorf("đọc danh sách đơn vị cấp dưới của %s: %w", head.Label(), classify(err))
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("đọc danh sách đơn vị cấp dưới của %s: %w", head.Label(), classify(err))
	}
	return out, nil
}

// SetExpectedUnits replaces the list of lower units the head unit
// consolidates. A unit without a name, or named twice, is an error and
// nothing is changed.
func (s *Store) SetExpectedUnits(head report.Organization, units []report.Organization) error {
	fail := func(err error) error {
		return fmt.Errorf("lưu danh sách đơn vị cấp dưới của %s: %w", head.Label(), err)
	}
	if unitKey(head) == "" {
		return fail(errors.New("chưa có tên đơn vị tổng hợp"))
	}
	seen := make(map[string]int, len(units))
	clean := make([]report.Organization, len(units))
	keys := make([]string, len(units))
	for i, u := range units {
		u = report.Organization{
			Superior:     strings.TrimSpace(report.NormalizeText(u.Superior)),
			Name:         strings.TrimSpace(report.NormalizeText(u.Name)),
			Abbreviation: strings.TrimSpace(report.NormalizeText(u.Abbreviation)),
			Place:        strings.TrimSpace(report.NormalizeText(u.Place)),
		}
		key := unitKey(u)
		if key == "" {
			return fail(fmt.Errorf("đơn vị thứ %d chưa có tên", i+1))
		}
		if j, dup := seen[key]; dup {
			return fail(fmt.Errorf("đơn vị thứ %d (%s) trùng với đơn vị thứ %d", i+1, u.Label(), j+1))
		}
		seen[key] = i
		clean[i], keys[i] = u, key
	}
	headKey := head.UnitKey()
	err := s.write(func(tx *wtx) error {
		if tx.pg {
			// Two clerks saving the list of one head take turns.
			if _, err := tx.Exec(`SELECT pg_advisory_xact_lock(?)`, lockKey(headKey)); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(`DELETE FROM expected_unit WHERE head_key = ?`, headKey); err != nil {
			return err
		}
		for i, u := range clean {
			if _, err := tx.Exec(`INSERT INTO expected_unit (head_key, pos, unit_key, superior, name, abbreviation, place)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, headKey, i, keys[i], u.Superior, u.Name, u.Abbreviation, u.Place); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fail(err)
	}
	return nil
}

// lockKey is the advisory lock of a key.
func lockKey(key string) int64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return int64(h.Sum64())
}
