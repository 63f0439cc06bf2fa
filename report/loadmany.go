package report

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// LoadMany reads many files in parallel with load (which knows the file
// formats) and returns one Source per path, in the order of paths. progress,
// when set, is called after each file from the reading goroutines (a GUI
// must bridge it to its own goroutine).
func LoadMany(paths []string, load func(path string) (*Report, error), progress func(done, total int)) []Source {
	out := make([]Source, len(paths))
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
