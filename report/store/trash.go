package store

import (
	"fmt"
)

// Delete moves report id to the trash: it leaves List and Find, and its
// unit and period are free for a new report, but the report and all its
// revisions are kept and Undelete brings them back. Nothing is ever
// erased. Deleting a deleted report does nothing.
func (s *Store) Delete(id int64) error {
	var label string
	err := s.write(func(tx *wtx) error {
		cur, err := loadCurrent(tx, id)
		if err != nil {
			return err
		}
		label = cur.label()
		if cur.deleted {
			return nil
		}
		_, err = tx.Exec(`UPDATE report SET deleted = ? WHERE id = ?`, nanos(s.now()), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("xóa báo cáo %s: %w", orID(label, id), err)
	}
	return nil
}

// Undelete brings report id back from the trash. It fails with ErrExists
// when its unit has meanwhile got another report for the same period.
func (s *Store) Undelete(id int64) error {
	var label string
	err := s.write(func(tx *wtx) error {
		cur, err := loadCurrent(tx, id)
		if err != nil {
			return err
		}
		label = cur.label()
		if !cur.deleted {
			return nil
		}
		if err := conflict(tx, cur.unitKey, cur.period, id); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE report SET deleted = NULL WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("khôi phục báo cáo %s từ thùng rác: %w", orID(label, id), err)
	}
	return nil
}
