package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// BenchmarkSaveRevision is one manual save of a changed report (a new
// revision, synchronous=FULL: committed to the disk).
func BenchmarkSaveRevision(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "baocao.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	r := sample(2019)
	id, err := s.Create(r, SaveOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Update(id, withFigure(r, "llct.hocvien", int64(i)), SaveOptions{Author: "bench"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAutosave is the editor's autosave every few seconds (the
// revision is replaced in place).
func BenchmarkAutosave(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "baocao.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	r := sample(2019)
	id, _ := s.Create(r, SaveOptions{})
	s.Update(id, withFigure(r, "llct.hocvien", 1), SaveOptions{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Update(id, withFigure(r, "llct.hocvien", int64(i+2)), SaveOptions{Auto: true}); err != nil {
			b.Fatal(err)
		}
	}
}

var fixture struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// fixture10000 builds, once per run, an archive of 10,000 reports (500
// units × 20 periods, the sample report each) in one transaction.
func fixture10000(b *testing.B) string {
	b.Helper()
	fixture.once.Do(func() {
		fixture.dir, fixture.err = os.MkdirTemp("", "baocao-bench-")
		if fixture.err != nil {
			return
		}
		fixture.path = filepath.Join(fixture.dir, "baocao.db")
		s, err := Open(fixture.path)
		if err != nil {
			fixture.err = err
			return
		}
		defer s.Close()
		t0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local)
		n := 0
		s.now = func() time.Time { n++; return t0.Add(time.Duration(n) * time.Second) }
		fixture.err = s.write(func(tx *wtx) error {
			for i := 0; i < 10000; i++ {
				r := sample(2000 + i%20)
				r.Organization.Superior = fmt.Sprintf("HUYỆN ỦY SỐ %d", i/20)
				if _, err := s.create(tx, r, SaveOptions{}); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if fixture.err != nil {
		b.Fatal(fixture.err)
	}
	return fixture.path
}

func BenchmarkList10000(b *testing.B) {
	s, err := Open(fixture10000(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		list, err := s.List()
		if err != nil {
			b.Fatal(err)
		}
		if len(list) != 10000 {
			b.Fatalf("%d reports listed", len(list))
		}
	}
}

func BenchmarkOpen10000(b *testing.B) {
	path := fixture10000(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
