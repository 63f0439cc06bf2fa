//go:build unix

package reporttest

import (
	"syscall"
	"time"
)

// CPUTime is the CPU time the process has used, user and system: what a
// benchmark reports beside ns/op, which grows with the load of others on
// a shared machine.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
