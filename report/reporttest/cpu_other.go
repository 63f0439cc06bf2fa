//go:build !unix

package reporttest

import "time"

// CPUTime is 0: the process's CPU time is read on unix only.
func CPUTime() time.Duration { return 0 }
