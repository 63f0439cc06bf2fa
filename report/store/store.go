// Package store keeps every report of baocao in an archive: each save is a
// revision holding the whole report file, drafts survive a crash or a
// power cut, deleted reports go to a trash, and last year's figures fill
// in "cùng kỳ năm trước".
//
// The archive is an embedded SQLite database by default: one file
// (DefaultPath) in WAL mode with synchronous=FULL, so that a save that
// returned without error is on the disk. Several copies of the app may
// open the same file; a writer waits up to five seconds for another one
// and then reports ErrBusy.
//
// An office with several clerks shares one PostgreSQL database instead:
// Open takes a postgres:// (or postgresql://) URL. The behaviour is the
// same; in addition, a save made on a revision that another clerk has
// replaced meanwhile is kept as a new revision and announced (Notice),
// and a save that cannot reach the server is kept in a journal on this
// computer and sent when the server is back (see OnNotice).
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // driver "sqlite"
)

// busyTimeout is how long a writer waits for another copy of the app that
// is writing the same database before giving up with ErrBusy.
var busyTimeout = 5 * time.Second

// Store is an open archive. Its methods are safe for concurrent use.
type Store struct {
	db       *db
	path     string // the file, or the URL without its password
	readOnly bool
	now      func() time.Time // the clock; tests replace it
	listHint atomic.Int64     // length of the last listing

	shared // PostgreSQL only: revisions seen, notices, the offline journal
}

// DefaultPath is the archive's usual place: $BAOCAO_DB when set, else
// baocao/baocao.db in the user's configuration folder (%AppData% on
// Windows, ~/.config on Linux). The folder is created.
func DefaultPath() (string, error) {
	path := os.Getenv("BAOCAO_DB")
	if err := CheckAddress(path); err != nil {
		return "", fmt.Errorf("biến môi trường BAOCAO_DB: %w", err)
	}
	if IsURL(path) {
		return path, nil // a server: no folder to make
	}
	if path == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("không tìm thấy thư mục cấu hình của người dùng để đặt kho báo cáo (có thể đặt biến môi trường BAOCAO_DB): %w", err)
		}
		path = filepath.Join(dir, "baocao", "baocao.db")
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("không tạo được thư mục %s cho kho báo cáo: %w", dir, err)
	}
	return path, nil
}

// Open opens the archive at path for reading and writing, creating it on
// first start and bringing an older archive up to date. A file that is not
// an archive, is damaged, or was written by a newer version of the app is
// left untouched and reported (ErrCorrupt, ErrNewerVersion); a file or
// folder that cannot be written is reported as ErrReadOnly.
//
// A postgres:// or postgresql:// URL (see IsURL) opens the archive in that
// PostgreSQL database instead, creating its tables on first use; a server
// that cannot be reached is reported as ErrOffline.
func Open(path string) (*Store, error) { return open(path, false) }

// OpenReadOnly opens an existing archive for reading only: every save
// fails with ErrReadOnly. The file is never changed.
func OpenReadOnly(path string) (*Store, error) { return open(path, true) }

func open(path string, readOnly bool) (*Store, error) {
	if IsURL(path) {
		return openPG(path, readOnly)
	}
	if err := CheckAddress(path); err != nil {
		return nil, err // never a file: no folder made, no password in a name
	}
	if strings.TrimSpace(path) == "" {
		return nil, errors.New("mở kho báo cáo: chưa có đường dẫn tệp cơ sở dữ liệu")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("mở kho báo cáo %s: %w", path, err)
	}
	if err := checkPlace(abs, readOnly); err != nil {
		return nil, err
	}
	pool, err := sql.Open("sqlite", dsn(abs, readOnly))
	if err != nil {
		return nil, fmt.Errorf("mở kho báo cáo %s: %w", abs, err)
	}
	// One connection: SQLite has a single writer anyway, and it keeps the
	// per-connection PRAGMAs and the transaction discipline simple.
	pool.SetMaxOpenConns(1)
	pool.SetMaxIdleConns(1)
	pool.SetConnMaxLifetime(0)
	pool.SetConnMaxIdleTime(0)
	db := &db{DB: pool}
	s := &Store{db: db, path: abs, readOnly: readOnly, now: time.Now}
	if err := s.init(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("mở kho báo cáo %s: %w", abs, err)
	}
	return s, nil
}

// dsn is the driver's name for the database: a file: URI (so that any
// character of a Windows or Vietnamese path survives) with the PRAGMAs
// every connection needs. journal_mode is set by init, after the file has
// been checked, so that a file we refuse is never written.
func dsn(abs string, readOnly bool) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/Users/... → /C:/Users/...
	}
	u := url.URL{Scheme: "file", Path: p}
	q := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate",
		busyTimeout.Milliseconds())
	if readOnly {
		q += "&mode=ro"
	}
	return u.String() + "?" + q
}

// Close closes the archive. Every completed save is already on the disk
// (or, for a server out of reach, in the journal on this computer).
func (s *Store) Close() error {
	s.closed.Store(true)
	s.stopShared()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("đóng kho báo cáo %s: %w", s.path, classify(err))
	}
	return nil
}

// Path is the archive's file, or its server's URL without the password.
func (s *Store) Path() string { return s.path }

// Shared reports whether the archive is a PostgreSQL database shared by
// several clerks.
func (s *Store) Shared() bool { return s.db.pg }

// ReadOnly reports whether the archive was opened with OpenReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// write runs fn in one write transaction (SQLite: BEGIN IMMEDIATE, it
// waits for another writer up to busyTimeout) and commits it. On
// PostgreSQL a transaction that lost a deadlock or a serialization race
// is run again, a few times.
func (s *Store) write(fn func(tx *wtx) error) error {
	if s.readOnly {
		return fmt.Errorf("%w (kho %s được mở ở chế độ chỉ đọc)", ErrReadOnly, s.path)
	}
	for try := 1; ; try++ {
		err := s.writeOnce(fn)
		if err == nil || !s.db.pg || try == 5 || !retryable(err) {
			return err
		}
		time.Sleep(time.Duration(try*try) * 10 * time.Millisecond)
	}
}

func (s *Store) writeOnce(fn func(tx *wtx) error) error {
	tx, err := s.db.Begin()
	if err != nil {
		return classify(err)
	}
	if err := fn(&wtx{Tx: tx, pg: s.db.pg}); err != nil {
		tx.Rollback()
		return classify(err)
	}
	if err := tx.Commit(); err != nil {
		return classify(err)
	}
	return nil
}

// nanos and fromNanos convert the times kept in the database (Unix
// nanoseconds).
func nanos(t time.Time) int64 { return t.UnixNano() }

func fromNanos(n int64) time.Time { return time.Unix(0, n) }
