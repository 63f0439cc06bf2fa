package store

import (
	"path/filepath"
	"testing"
	"time"

	"baocao/report/store/pgtest"
)

// The PostgreSQL server of the tests (TestMain starts it); pgErr says why
// there is none.
var (
	pg    *pgtest.Server
	pgErr error
)

// backend opens new, empty archives of one engine.
type backend struct {
	name string
	// dsn makes a new empty archive and returns its file or URL.
	dsn func(t testing.TB) string
}

var (
	sqliteBackend = backend{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "baocao.db") }}
	pgBackend     = backend{"postgres", func(t testing.TB) string { return pgtest.Need(t, pg, pgErr).Fresh(t) }}
)

// forBackends runs test against SQLite and against PostgreSQL.
func forBackends(t *testing.T, test func(t *testing.T, b backend)) {
	for _, b := range []backend{sqliteBackend, pgBackend} {
		t.Run(b.name, func(t *testing.T) { test(t, b) })
	}
}

// open opens a new archive with a test clock.
func (b backend) open(t testing.TB) (*Store, *clock) {
	t.Helper()
	return openClock(t, b.dsn(t))
}

// openClock opens the archive at dsn with a test clock.
func openClock(t testing.TB, dsn string) (*Store, *clock) {
	t.Helper()
	s, err := Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	c := &clock{t: time.Date(2019, 7, 1, 8, 0, 0, 0, time.Local)}
	s.now = c.now
	return s, c
}
