//go:build !unix

package gui

import "time"

var processStart = time.Now()

// cpuTime stands in for the process's CPU time where it is not read: the
// wall time.
func cpuTime() time.Duration { return time.Since(processStart) }
