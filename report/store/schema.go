package store

import (
	"context"
	"database/sql"
	"fmt"
)

// applicationID marks the file as a baocao archive (PRAGMA
// application_id): "BCao".
const applicationID = 0x4243616f

// migrations bring the schema from version i to i+1 (PRAGMA
// user_version). Append only: a released migration never changes.
var migrations = []string{
	// 1: reports, their revisions, the expected units of a consolidation.
	`
CREATE TABLE report (
	id       INTEGER PRIMARY KEY,
	unit_key TEXT    NOT NULL, -- report.Organization.UnitKey(); '' for a report with no unit yet
	superior TEXT    NOT NULL,
	name     TEXT    NOT NULL,
	year     INTEGER NOT NULL,
	kind     TEXT    NOT NULL,
	number   TEXT    NOT NULL,
	status   TEXT    NOT NULL CHECK (status IN ('draft', 'final')),
	rev      INTEGER NOT NULL, -- the current revision
	created  INTEGER NOT NULL, -- Unix nanoseconds
	updated  INTEGER NOT NULL,
	deleted  INTEGER           -- in the trash since; NULL when not deleted
);
-- One report per unit and period. A query must repeat "unit_key <> ''"
-- for the planner to use it.
CREATE UNIQUE INDEX report_unit_period ON report (unit_key, year, kind)
	WHERE deleted IS NULL AND unit_key <> '';
-- Covers List: the list of 10,000 reports is read from this index alone.
CREATE INDEX report_updated ON report (updated DESC, id DESC, superior, name, year, kind, status, rev, number, deleted)
	WHERE deleted IS NULL;
CREATE INDEX report_deleted ON report (deleted DESC) WHERE deleted IS NOT NULL;

CREATE TABLE revision (
	report_id INTEGER NOT NULL REFERENCES report (id),
	rev       INTEGER NOT NULL,
	saved     INTEGER NOT NULL, -- the last write (an autosave run rewrites it)
	began     INTEGER NOT NULL, -- the first write
	author    TEXT    NOT NULL,
	note      TEXT    NOT NULL,
	auto      INTEGER NOT NULL,
	status    TEXT    NOT NULL,
	changes   TEXT    NOT NULL, -- JSON array of Vietnamese lines
	data      BLOB    NOT NULL, -- the whole report file (report.Marshal)
	PRIMARY KEY (report_id, rev)
);

CREATE TABLE expected_unit (
	head_key     TEXT    NOT NULL,
	pos          INTEGER NOT NULL,
	unit_key     TEXT    NOT NULL,
	superior     TEXT    NOT NULL,
	name         TEXT    NOT NULL,
	abbreviation TEXT    NOT NULL,
	place        TEXT    NOT NULL,
	PRIMARY KEY (head_key, unit_key)
);
CREATE INDEX expected_unit_unit ON expected_unit (unit_key);
`,
	// 2: templates (mẫu báo cáo), every version kept.
	`
CREATE TABLE template (
	id      TEXT    NOT NULL,
	version INTEGER NOT NULL,
	name    TEXT    NOT NULL,
	issuer  TEXT    NOT NULL,
	status  TEXT    NOT NULL CHECK (status IN ('draft', 'issued')),
	saved   INTEGER NOT NULL, -- Unix nanoseconds
	author  TEXT    NOT NULL,
	data    BLOB    NOT NULL, -- the template file (report.MarshalTemplate)
	PRIMARY KEY (id, version)
);
`,
}

// schemaVersion is the archive format this version of the app writes.
var schemaVersion = len(migrations)

// init checks that the database is an archive this version understands,
// then (unless read-only) switches it to WAL and runs the migrations. It
// writes nothing before the checks pass.
func (s *Store) init(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return classify(err)
	}
	defer conn.Close()
	var appID, version, objects int
	if err := conn.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return classify(err)
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return classify(err)
	}
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&objects); err != nil {
		return classify(err)
	}
	switch {
	case appID != applicationID && (appID != 0 || version != 0 || objects != 0):
		return &dbError{kind: ErrCorrupt, cause: fmt.Errorf("đây là cơ sở dữ liệu SQLite của một chương trình khác (application_id %#x, user_version %d)", appID, version)}
	case version > schemaVersion:
		return fmt.Errorf("%w (kho phiên bản %d, chương trình này chỉ đọc được đến phiên bản %d)", ErrNewerVersion, version, schemaVersion)
	}
	if version > 0 {
		// Walk the small tables: a damaged file shows here, not in the
		// middle of the clerk's work.
		var n int
		for _, q := range []string{"SELECT count(*) FROM report", "SELECT count(*) FROM expected_unit"} {
			if err := conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
				return classify(err)
			}
		}
	}
	if s.readOnly {
		if version < schemaVersion {
			return fmt.Errorf("%w: kho phiên bản %d cần được nâng cấp, hãy mở bình thường (không chỉ đọc) một lần", ErrReadOnly, version)
		}
		return nil
	}
	// A file system without shared memory (some network drives) keeps the
	// rollback journal, whatever this answers; with synchronous=FULL that
	// is just as safe.
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return fmt.Errorf("bật chế độ ghi nhật ký WAL: %w", classify(err))
	}
	for v := version; v < schemaVersion; v++ {
		if err := migrate(ctx, conn, v); err != nil {
			return fmt.Errorf("nâng cấp kho lên phiên bản %d: %w", v+1, classify(err))
		}
	}
	return nil
}

// migrate runs migration from → from+1 in one transaction, unless another
// copy of the app did it meanwhile.
func migrate(ctx context.Context, conn *sql.Conn, from int) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version > from {
		return nil
	}
	if _, err := tx.ExecContext(ctx, migrations[from]); err != nil {
		return err
	}
	if from == 0 {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", from+1)); err != nil {
		return err
	}
	return tx.Commit()
}
