// Package store keeps every report of baocao in an embedded SQLite
// database (the archive): each save is a revision holding the whole report
// file, drafts survive a crash or a power cut, deleted reports go to a
// trash, and last year's figures fill in "cùng kỳ năm trước".
//
// The database is one file (DefaultPath) in WAL mode with
// synchronous=FULL: a save that returned without error is on the disk.
// Several copies of the app may open the same file; a writer waits up to
// five seconds for another one and then reports ErrBusy.
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

	"baocao/report"

	_ "modernc.org/sqlite" // driver "sqlite"
)

// busyTimeout is how long a writer waits for another copy of the app that
// is writing the same database before giving up with ErrBusy.
var busyTimeout = 5 * time.Second

// Store is an open archive. Its methods are safe for concurrent use.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool
	cat      *report.Catalogue
	now      func() time.Time // the clock; tests replace it
	listHint atomic.Int64     // length of the last listing
}

// DefaultPath is the archive's usual place: $BAOCAO_DB when set, else
// baocao/baocao.db in the user's configuration folder (%AppData% on
// Windows, ~/.config on Linux). The folder is created.
func DefaultPath() (string, error) {
	path := os.Getenv("BAOCAO_DB")
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
func Open(path string) (*Store, error) { return open(path, false) }

// OpenReadOnly opens an existing archive for reading only: every save
// fails with ErrReadOnly. The file is never changed.
func OpenReadOnly(path string) (*Store, error) { return open(path, true) }

func open(path string, readOnly bool) (*Store, error) {
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
	db, err := sql.Open("sqlite", dsn(abs, readOnly))
	if err != nil {
		return nil, fmt.Errorf("mở kho báo cáo %s: %w", abs, err)
	}
	// One connection: SQLite has a single writer anyway, and it keeps the
	// per-connection PRAGMAs and the transaction discipline simple.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	s := &Store{db: db, path: abs, readOnly: readOnly, cat: report.DefaultCatalogue(), now: time.Now}
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

// Close closes the archive. Every completed save is already on the disk.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("đóng kho báo cáo %s: %w", s.path, classify(err))
	}
	return nil
}

// Path is the archive's file.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the archive was opened with OpenReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// UseCatalogue sets the indicator catalogue used to name figures in the
// history and to evaluate last year's figures (default:
// report.DefaultCatalogue()).
func (s *Store) UseCatalogue(c *report.Catalogue) {
	if c != nil {
		s.cat = c
	}
}

// write runs fn in one write transaction (BEGIN IMMEDIATE: it waits for
// another writer up to busyTimeout) and commits it.
func (s *Store) write(fn func(tx *sql.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("%w (tệp %s được mở ở chế độ chỉ đọc)", ErrReadOnly, s.path)
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classify(err)
	}
	if err := fn(tx); err != nil {
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
