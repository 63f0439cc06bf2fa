package gui

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"baocao/report"
	"baocao/report/store"
)

// retryDelay is how long a failed save waits before it is tried again
// (another copy of the app was writing, the disk was full…).
const retryDelay = 5 * time.Second

// autosaver saves the report a moment after the last change, without a
// button: touch (on the UI goroutine) restarts the countdown; when it runs
// out, a copy of the report is saved on a goroutine of its own and the
// outcome is handed back to the UI goroutine. A clerk who types without a
// pause still has the work saved: no change waits more than 1.8 times the
// delay. Saves run one at a time, and a save never overwrites a newer one.
type autosaver struct {
	delay    time.Duration
	do       func(func())
	snapshot func() *report.Report             // UI goroutine
	save     func(*report.Report) (int, error) // any goroutine
	done     func(rev int, err error)          // UI goroutine
	started  func()                            // UI goroutine, when not nil: a save starts

	// UI goroutine.
	timer   *time.Timer
	pending bool      // a change not handed to a save yet
	since   time.Time // when the oldest such change was made
	seq     uint64
	stopped bool

	mu        sync.Mutex    // serialises saves
	savedSeq  atomic.Uint64 // the newest change saved
	saveCount atomic.Int64  // saves done, for tests
}

func newAutosaver(delay time.Duration, do func(func()), snapshot func() *report.Report,
	save func(*report.Report) (int, error), done func(int, error)) *autosaver {
	return &autosaver{delay: delay, do: do, snapshot: snapshot, save: save, done: done}
}

// touch records a change and restarts the countdown.
func (a *autosaver) touch() {
	if a.stopped {
		return
	}
	now := time.Now()
	if !a.pending {
		a.pending, a.since = true, now
	}
	a.seq++
	wait := a.delay
	if left := a.delay*9/5 - now.Sub(a.since); left < wait {
		wait = max(left, 0)
	}
	a.arm(wait)
}

func (a *autosaver) arm(d time.Duration) {
	if a.timer != nil {
		a.timer.Stop()
	}
	a.timer = time.AfterFunc(d, func() { a.do(a.fire) })
}

// fire starts a save of the current state (UI goroutine).
func (a *autosaver) fire() {
	if !a.pending || a.stopped {
		return
	}
	a.pending = false
	snap, seq := a.snapshot(), a.seq
	a.start()
	go func() {
		rev, err := a.run(seq, snap)
		a.do(func() { a.finish(seq, rev, err) })
	}()
}

// start says that a save starts (it may wait for the archive).
func (a *autosaver) start() {
	if a.started != nil {
		a.started()
	}
}

// run saves snap unless a newer change was saved meanwhile.
func (a *autosaver) run(seq uint64, snap *report.Report) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if seq <= a.savedSeq.Load() {
		return 0, errSuperseded
	}
	rev, err := a.save(snap)
	a.saveCount.Add(1)
	if err == nil {
		a.savedSeq.Store(seq)
	}
	return rev, err
}

var errSuperseded = errors.New("đã có bản lưu mới hơn")

// finish shows a save's outcome; a failed save is tried again unless the
// report can no longer be changed.
func (a *autosaver) finish(seq uint64, rev int, err error) {
	if errors.Is(err, errSuperseded) || (err != nil && a.savedSeq.Load() >= seq) {
		return
	}
	if err != nil && !a.stopped && !errors.Is(err, store.ErrFinal) && !errors.Is(err, store.ErrDeleted) {
		// Try again later; a change meanwhile is tried after the usual
		// pause, and typing on delays the retry by at most the maximal wait.
		a.pending, a.since = true, time.Now().Add(retryDelay)
		a.arm(retryDelay)
	}
	if a.stopped {
		return
	}
	a.done(rev, err)
}

// flushThen saves what is not saved yet, off the UI goroutine, and then
// calls then on the UI goroutine: with nil once every change made so far
// is in the archive (changes made while the save ran are saved too, in
// order, before then runs), or with the error of a save that failed (the
// change is tried again later). Nothing waiting, then runs at once.
func (a *autosaver) flushThen(then func(error)) {
	if a.stopped || a.savedSeq.Load() >= a.seq {
		then(nil)
		return
	}
	if a.timer != nil {
		a.timer.Stop()
	}
	a.pending = false
	snap, seq := a.snapshot(), a.seq
	a.start()
	go func() {
		rev, err := a.run(seq, snap)
		a.do(func() {
			a.finish(seq, rev, err)
			if err != nil && !errors.Is(err, errSuperseded) && a.savedSeq.Load() < seq {
				then(err)
				return
			}
			a.flushThen(then) // what was typed meanwhile, if anything
		})
	}()
}

// flushNow saves the pending change on the calling goroutine, waiting for
// the archive, and reports whether everything is saved. It is for the
// app's end, once the window is gone (and for tests); the UI uses
// flushThen.
func (a *autosaver) flushNow() error {
	if a.timer != nil {
		a.timer.Stop()
	}
	a.pending = false
	if a.savedSeq.Load() >= a.seq {
		return nil
	}
	// run waits for a save under way, and saves nothing when that one
	// saved this change.
	_, err := a.run(a.seq, a.snapshot())
	if errors.Is(err, errSuperseded) {
		return nil
	}
	if err != nil {
		a.pending, a.since = true, time.Now()
	}
	return err
}

// stop ends the autosaver: nothing more is saved.
func (a *autosaver) stop() {
	a.stopped = true
	if a.timer != nil {
		a.timer.Stop()
	}
}

// saves is the number of saves run (tests).
func (a *autosaver) saves() int { return int(a.saveCount.Load()) }
