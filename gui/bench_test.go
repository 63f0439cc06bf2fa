package gui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// BenchmarkFigureKeystroke is the work done for one keystroke in a figure
// entry: the entry's own update, reading the number, evaluating the
// catalogue, checking the rules, and redrawing the derived labels and the
// notes. It must stay far below a frame (16 ms).
func BenchmarkFigureKeystroke(b *testing.B) {
	tg := newTestGUI(b, "", nil)
	e := tg.openSample(b)
	e.tabs.SelectIndex(tabFigures)
	en := e.figures.rows["llct.hocvien"].entries[0]
	tg.win.Canvas().Focus(en)
	en.CursorColumn = len([]rune(en.Text))
	back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			en.TypedRune('7')
		} else {
			en.TypedKey(back)
		}
		if i%512 == 0 {
			tg.q.drain()
		}
	}
	b.StopTimer()
	e.saver.stop()
	tg.q.drain()
}

// BenchmarkEvaluateValidate is the domain part of a keystroke alone.
func BenchmarkEvaluateValidate(b *testing.B) {
	tg := newTestGUI(b, "", nil)
	e := tg.openSample(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.sheet = tg.cat.Evaluate(e.r)
		e.problems = tg.cat.Validate(e.r)
	}
}

// BenchmarkOpenEditor is opening a report from the archive in the editor:
// reading it (off the UI goroutine) and building the four tabs.
func BenchmarkOpenEditor(b *testing.B) {
	tg := newTestGUI(b, "", nil)
	e := tg.openSample(b)
	id := e.id
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.openReport(id, nil, nil)
		tg.settle(b)
		if tg.ed == nil || tg.ed.id != id {
			b.Fatal("báo cáo không được mở")
		}
	}
}
