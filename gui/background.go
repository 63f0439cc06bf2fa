package gui

import (
	"time"

	"fyne.io/fyne/v2/dialog"
)

// busyDelay is how long an operation runs before the window says it is
// busy: a quick one shows nothing.
const busyDelay = 300 * time.Millisecond

// background runs work off the UI goroutine (it may wait for the archive,
// which another copy of the app can hold for seconds) and then runs then,
// when not nil, on the UI goroutine. Closing the app waits for work under
// way (shutdown).
func (g *gui) background(work func(), then func()) {
	g.jobs.Add(1)
	g.running.Add(1)
	go func() {
		work()
		g.jobs.Done()
		g.cfg.do(func() {
			g.running.Add(-1)
			if then != nil {
				then()
			}
		})
	}()
}

// operation is something a clerk started that changes what the window
// shows (opening a report, finalizing, consolidating…). One runs at a
// time; while it runs the editor's toolbar is disabled and, after a
// moment (at once for those that must not take keys meanwhile), a dialog
// says what is being done.
type operation struct {
	g     *gui
	title string
	msg   string
	d     dialog.Dialog
	timer *time.Timer
	ended bool
}

// begin starts an operation; nil when another one is under way (the
// click is ignored). modal shows the busy dialog at once: the editor
// takes no keys until the operation ends.
func (g *gui) begin(title, msg string, modal bool) *operation {
	if g.op != nil {
		return nil
	}
	op := &operation{g: g, title: title, msg: msg}
	g.op = op
	g.setBusy(true)
	if modal {
		op.show()
	} else {
		op.timer = time.AfterFunc(busyDelay, func() { g.cfg.do(op.show) })
	}
	return op
}

// show puts up the busy dialog, unless the operation ended (UI goroutine).
func (op *operation) show() {
	if op.ended || op.d != nil {
		return
	}
	op.d = op.g.busy(op.title, op.msg)
}

// end finishes the operation: the dialog goes, the toolbar is enabled.
func (op *operation) end() {
	if op == nil || op.ended {
		return
	}
	op.ended = true
	if op.timer != nil {
		op.timer.Stop()
	}
	if op.d != nil {
		op.d.Hide()
	}
	g := op.g
	if g.op == op {
		g.op = nil
	}
	g.setBusy(false)
}

// whenSaved runs next on the UI goroutine once everything typed in the
// open report is in the archive: at once when no report is open or
// nothing waits. The saves run off the UI goroutine; keys typed meanwhile
// are saved too before next runs, so that next (which may close the
// editor) loses nothing. A save that fails goes to fail instead.
func (g *gui) whenSaved(next func(), fail func(error)) {
	e := g.ed
	if e == nil || e.readOnly {
		next()
		return
	}
	e.saver.flushThen(func(err error) {
		if err != nil {
			fail(err)
			return
		}
		next()
	})
}

// debounce runs an update on the UI goroutine once the changes that call
// for it stop coming for a while (the clerk pauses typing). A wait under
// way counts as background work whose outcome is not shown yet.
type debounce struct {
	g       *gui
	delay   time.Duration
	run     func()
	gen     int // the wait under way; a timer of an older one does nothing
	pending bool
	timer   *time.Timer
}

func newDebounce(g *gui, delay time.Duration, run func()) *debounce {
	return &debounce{g: g, delay: delay, run: run}
}

// touch (UI goroutine) starts the wait again.
func (d *debounce) touch() {
	d.gen++
	if !d.pending {
		d.pending = true
		d.g.running.Add(1)
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	gen, do := d.gen, d.g.cfg.do
	d.timer = time.AfterFunc(d.delay, func() {
		do(func() {
			if gen == d.gen {
				d.flush()
			}
		})
	})
}

// cancel drops the wait under way: the update is no longer needed.
func (d *debounce) cancel() {
	d.gen++
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
	if d.pending {
		d.pending = false
		d.g.running.Add(-1)
	}
}

// flush runs the update now if one is waiting.
func (d *debounce) flush() {
	if d.pending {
		d.cancel()
		d.run()
	}
}
