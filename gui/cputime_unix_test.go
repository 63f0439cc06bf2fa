//go:build unix

package gui

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the test process has used (user and system):
// on a loaded machine a benchmark's wall time tells more about the other
// processes than about the work per key.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
