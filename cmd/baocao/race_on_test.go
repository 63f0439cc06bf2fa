//go:build race

package main

// raceEnabled is set under the race detector, whose run (make test)
// checks the goroutines; the tests of scale run without it.
const raceEnabled = true
