package store

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"baocao/report"
	"baocao/report/store/pgtest"
)

// BenchmarkSharedLoad is an office on one PostgreSQL server: 20 clerks, each
// on their own PC (a Store of their own), save a revision of their report
// every 2 s for 60 s (BAOCAO_LOAD_SECONDS), while another PC lists the
// archive every half second and the consolidating clerk reads every
// report and consolidates them every 5 s. It fails on any error or any
// revision acknowledged and not found afterwards, and reports the save
// latency (p50, p99, max) and the numbers of saves, lists and
// consolidations.
func BenchmarkSharedLoad(b *testing.B) {
	srv := pgtest.Need(b, pg, pgErr)
	const clerks = 20
	every := 2 * time.Second
	run := 60 * time.Second
	if s, err := strconv.Atoi(os.Getenv("BAOCAO_LOAD_SECONDS")); err == nil && s > 0 {
		run = time.Duration(s) * time.Second
	}
	for i := 0; i < b.N; i++ {
		dsn := srv.Fresh(b)
		open := func() *Store {
			s, err := Open(dsn)
			if err != nil {
				b.Fatal(err)
			}
			return s
		}
		unit := func(c int) *report.Report {
			r := report.Sample()
			r.Organization.Superior = fmt.Sprintf("HUYỆN ỦY SỐ %d", c+1)
			return r
		}
		var (
			mu        sync.Mutex
			latencies []time.Duration
			errs      []error
			acked     = map[savedRev]int64{}
			lists     int
			merges    int
		)
		fail := func(err error) {
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
		}
		stop := make(chan struct{})
		var wg sync.WaitGroup
		start := time.Now()
		b.ResetTimer()
		for c := 0; c < clerks; c++ {
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				s := open()
				defer s.Close()
				id, err := s.Create(unit(c), SaveOptions{Author: fmt.Sprintf("Cán bộ %d", c+1)})
				if err != nil {
					fail(err)
					return
				}
				// Spread the clerks over the 2 s.
				tick := time.NewTicker(every)
				defer tick.Stop()
				time.Sleep(time.Duration(c) * every / clerks)
				for n := int64(1); time.Since(start) < run; n++ {
					v := int64(c)*1_000_000 + n
					t0 := time.Now()
					rev, err := s.Update(id, withFigure(unit(c), "llct.lop", v), SaveOptions{Author: fmt.Sprintf("Cán bộ %d", c+1)})
					d := time.Since(t0)
					mu.Lock()
					if err != nil {
						errs = append(errs, err)
					} else {
						latencies = append(latencies, d)
						acked[savedRev{id, rev}] = v
					}
					mu.Unlock()
					<-tick.C
				}
			}(c)
		}
		wg.Add(2)
		go func() { // a PC with the Kho báo cáo list open
			defer wg.Done()
			s := open()
			defer s.Close()
			for {
				select {
				case <-stop:
					return
				case <-time.After(500 * time.Millisecond):
				}
				if _, err := s.List(); err != nil {
					fail(err)
				}
				mu.Lock()
				lists++
				mu.Unlock()
			}
		}()
		go func() { // the consolidating clerk
			defer wg.Done()
			s := open()
			defer s.Close()
			for {
				select {
				case <-stop:
					return
				case <-time.After(5 * time.Second):
				}
				es, err := s.List()
				if err != nil {
					fail(err)
					continue
				}
				var sources []report.Source
				for _, e := range es {
					r, _, err := s.Get(e.ID)
					if err != nil {
						fail(err)
						continue
					}
					sources = append(sources, report.Source{Name: e.Label(), Report: r})
				}
				report.Consolidate(report.Sample(), sources, report.ConsolidateOptions{})
				mu.Lock()
				merges++
				mu.Unlock()
			}
		}()
		time.Sleep(run)
		close(stop)
		wg.Wait()
		b.StopTimer()

		// Every acknowledged revision is there, with its content.
		s := open()
		lost := 0
		for k, v := range acked {
			r, err := s.Revision(k.id, k.rev)
			if err != nil || figureValue(r, "llct.lop") != v {
				lost++
			}
		}
		var stored int
		s.db.QueryRow(`SELECT count(*) FROM revision`).Scan(&stored)
		s.Close()
		for _, err := range errs[:min(len(errs), 5)] {
			b.Error(err)
		}
		if len(errs) > 0 || lost > 0 {
			b.Fatalf("%d errors, %d lost revisions", len(errs), lost)
		}
		if stored != len(acked)+clerks {
			b.Fatalf("%d revisions stored for %d saves and %d creations", stored, len(acked), clerks)
		}
		slices.Sort(latencies)
		pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
		ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
		b.ReportMetric(ms(pct(0.50)), "p50-ms")
		b.ReportMetric(ms(pct(0.99)), "p99-ms")
		b.ReportMetric(ms(latencies[len(latencies)-1]), "max-ms")
		b.ReportMetric(float64(len(latencies)), "saves")
		b.ReportMetric(0, "errors")
		b.ReportMetric(float64(lost), "lost")
		b.Logf("%d clerks, %v: %d saves acknowledged and found (p50 %v, p99 %v, max %v), %d lists, %d consolidations, 0 errors",
			clerks, run, len(acked), pct(0.50), pct(0.99), latencies[len(latencies)-1], lists, merges)
	}
}
