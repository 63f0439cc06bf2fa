package uitest

import (
	"testing"
	"time"

	"baocao/report/reporttest"
)

// CPUTime is the CPU time the process has used (reporttest.CPUTime, the
// one reading of it for every package's benchmarks).
func CPUTime() time.Duration { return reporttest.CPUTime() }

// ReportCPU adds the process's CPU time per operation since start (a
// CPUTime) to a benchmark's figures ("cpu-ns/op"): on a machine shared
// with other work it stays what the app costs, where ns/op also counts
// the waits for a core. Nothing where CPUTime is not read.
func ReportCPU(b *testing.B, start time.Duration) {
	if now := CPUTime(); now > 0 {
		b.ReportMetric(float64(now-start)/float64(b.N), "cpu-ns/op")
	}
}
