package store

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"baocao/report"
)

// clock is a settable clock for the tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// openTemp opens a new SQLite archive in a temporary folder with a test
// clock.
func openTemp(t testing.TB) (*Store, *clock) { return sqliteBackend.open(t) }

// sample is the sample report moved to another year.
func sample(year int) *report.Report {
	r := report.Sample()
	r.Period.Year = year
	return r
}

// withFigure returns a copy of r with llct.lop's value set.
func withFigure(r *report.Report, code string, v int64) *report.Report {
	c := r.Clone()
	f := c.Figures[code]
	f.Value = report.Int(v)
	c.Figures[code] = f
	return c
}

func mustMarshal(t testing.TB, r *report.Report) []byte {
	t.Helper()
	b, err := report.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sameReport(t testing.TB, got, want *report.Report) {
	t.Helper()
	if g, w := mustMarshal(t, got), mustMarshal(t, want); !bytes.Equal(g, w) {
		t.Errorf("report differs:\ngot  %s\nwant %s", g, w)
	}
}

// integrity checks a local archive with SQLite's integrity_check, a shared
// one by reading every revision's report.
func integrity(t testing.TB, s *Store) {
	t.Helper()
	if s.db.pg {
		rows, err := s.db.Query("SELECT report_id, rev, data FROM revision")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var rev int
			var data []byte
			if err := rows.Scan(&id, &rev, &data); err != nil {
				t.Fatal(err)
			}
			if _, err := parseStored(data); err != nil {
				t.Fatalf("report %d revision %d: %v", id, rev, err)
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return
	}
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatal(err)
	}
	if res != "ok" {
		t.Fatalf("integrity_check = %q", res)
	}
}

func figureValue(r *report.Report, code string) int64 {
	if v := r.Figures[code].Value; v != nil {
		return *v
	}
	return -1
}
