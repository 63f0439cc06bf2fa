package report

import (
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// loadGCPercent is the garbage collector's target while many files are
// read: each read makes a few megabytes of short-lived garbage over a
// live heap of a few dozen, so collecting four times less often saves a
// quarter of the time for some more megabytes of heap.
const loadGCPercent = 400

// LoadMany reads many files in parallel with load (which knows the file
// formats) and returns one Source per path, in the order of paths. progress,
// when set, is called after each file from the reading goroutines (a GUI
// must bridge it to its own goroutine).
func LoadMany(paths []string, load func(path string) (*Report, error), progress func(done, total int)) []Source {
	out := make([]Source, len(paths))
	if len(paths) > 1 {
		lazierGC(true)
		defer lazierGC(false)
	}
	workers := runtime.GOMAXPROCS(0)
	if workers > len(paths) {
		workers = len(paths)
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(paths) {
					return
				}
				r, err := load(paths[i])
				out[i] = Source{Name: paths[i], Report: r, Err: err}
				n := done.Add(1)
				if progress != nil {
					progress(int(n), len(paths))
				}
			}
		}()
	}
	wg.Wait()
	return out
}

// gcState counts the LoadMany calls under way, which share the collector's
// target; the first sets it, the last puts the old one back.
var gcState struct {
	sync.Mutex
	active int
	old    int
}

// lazierGC raises the collector's target while files are read (start
// true), unless the program has set it higher or turned it off.
func lazierGC(start bool) {
	gcState.Lock()
	defer gcState.Unlock()
	if start {
		if gcState.active == 0 {
			gcState.old = debug.SetGCPercent(loadGCPercent)
			if gcState.old < 0 || gcState.old > loadGCPercent {
				debug.SetGCPercent(gcState.old)
			}
		}
		gcState.active++
		return
	}
	gcState.active--
	if gcState.active == 0 {
		debug.SetGCPercent(gcState.old)
	}
}
