//go:build !unix

package templates

import "time"

func cpuTime() time.Duration { return 0 }
