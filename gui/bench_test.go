package gui

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"baocao/gui/internal/uitest"
	"baocao/gui/textedit"
	"baocao/report"
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
	typeKeys(b, tg, en, '7', 3*time.Millisecond)
	e.saver.stop()
	tg.q.drain()
}

// BenchmarkEvaluateValidate is the domain part of a keystroke alone.
func BenchmarkEvaluateValidate(b *testing.B) {
	tg := newTestGUI(b, "", nil)
	e := tg.openSample(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.sheet = e.r.Evaluate()
		e.problems = e.r.Validate()
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
			b.Fatal("the report did not open")
		}
	}
}

// longText is n characters of the sample's narrative, paragraphs
// separated by a blank line, repeated.
func longText(r *report.Report, n int) string {
	var paras []string
	for _, s := range r.Sections {
		for _, p := range strings.Split(s.Text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(paras[i%len(paras)])
	}
	return strings.TrimSpace(b.String()[:n])
}

// typeKeys types r and erases it, b.N keys in all, into en (focused,
// caret at the end), and fails over budget CPU time a key.
func typeKeys(b *testing.B, tg *testGUI, en fyne.Focusable, r rune, budget time.Duration) {
	b.Helper()
	typeKeysThen(b, tg, en, r, budget, nil)
}

// typeKeysThen is typeKeys with then (when not nil) run after each key.
func typeKeysThen(b *testing.B, tg *testGUI, en fyne.Focusable, r rune, budget time.Duration, then func()) {
	b.Helper()
	back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
	// A first key lays the tab out (measuring a section's paragraphs
	// once); what the set-up left (its autosave) runs.
	en.TypedRune(r)
	en.TypedKey(back)
	tg.q.drain()
	runtime.GC()
	b.ResetTimer()
	start := uitest.CPUTime()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			en.TypedRune(r)
		} else {
			en.TypedKey(back)
		}
		if then != nil {
			then()
		}
		if i%512 == 511 {
			tg.q.drain()
		}
	}
	b.StopTimer()
	keyBudget(b, start, b.N, budget)
}

// withDocuments puts n documents into the report and the tab.
func withDocuments(e *editor, n int) {
	docs := make([]report.Document, n)
	for i := range docs {
		docs[i] = report.Document{Symbol: fmt.Sprintf("%d-CT/TU", i+1), Kind: report.DocumentKinds[i%len(report.DocumentKinds)],
			Date: "2019-03-15", Summary: fmt.Sprintf("về việc triển khai nhiệm vụ số %d của công tác tuyên giáo", i+1)}
	}
	e.r.Documents = docs
	e.docs.build()
	e.evaluate()
}

// keyBudget fails a benchmark whose keys cost more CPU time than budget
// each (since start, a cpuTime).
func keyBudget(b *testing.B, start time.Duration, keys int, budget time.Duration) {
	b.Helper()
	per := (uitest.CPUTime() - start) / time.Duration(max(keys, 1))
	b.ReportMetric(float64(per.Microseconds())/1000, "cpu-ms/op")
	// The first, one-key run is the warm-up (and the setup's garbage).
	if keys >= 50 && per > budget {
		b.Errorf("%v CPU a key, over the budget of %v", per, budget)
	}
}

// sectionBudgets are the budgets of a key typed in Nội dung: the
// CPU time it may cost with a section of so many characters.
var sectionBudgets = []struct {
	chars  int
	budget time.Duration
}{{3000, time.Millisecond}, {75000, 3 * time.Millisecond}}

// BenchmarkSectionKeystroke is a key typed at the end of a long section
// of Nội dung, Telex on, on the real editor: the typing method, the
// paragraph's entry, the report and the rules (the preview is drawn after
// a pause: BenchmarkSectionPreview). Budget: 1 ms with 3,000 characters,
// 3 ms with 75,000.
func BenchmarkSectionKeystroke(b *testing.B) {
	for _, c := range sectionBudgets {
		b.Run(fmt.Sprint(c.chars), func(b *testing.B) {
			tg, e, en := sectionEnd(b, c.chars)
			typeKeys(b, tg, en, 'a', c.budget)
			if got := e.r.Sections[1].Text; len(got) < c.chars-2 {
				b.Fatalf("the section has only %d characters left", len(got))
			}
			e.saver.stop()
			tg.q.drain()
		})
	}
}

// BenchmarkSectionScroll is the wheel over a 75,000-character section:
// only the paragraphs coming into view are bound.
func BenchmarkSectionScroll(b *testing.B) {
	tg := newTestGUI(b, "", nil)
	e := tg.openSample(b)
	e.tabs.SelectIndex(tabSections)
	e.r.Sections[1].Text = longText(e.r, 75000)
	e.sections.list.Select(1)
	l := e.sections.text
	runtime.GC()
	b.ResetTimer()
	start := uitest.CPUTime()
	for i := 0; i < b.N; i++ {
		l.ScrollToOffset(float32(i%200) * 40)
	}
	b.StopTimer()
	keyBudget(b, start, b.N, 3*time.Millisecond)
}

// BenchmarkDocumentKeystroke is a key typed in a document's summary with
// 300 documents in the list.
func BenchmarkDocumentKeystroke(b *testing.B) {
	tg := newTestGUI(b, "", map[string]any{prefTyping: "telex"})
	e := tg.openSample(b)
	withDocuments(e, 300)
	e.tabs.SelectIndex(tabDocuments)
	var en *textedit.Entry
	walk(e.docs.rows.Objects[7], func(o fyne.CanvasObject) {
		if t, ok := o.(*textedit.Entry); ok && t.MultiLine {
			en = t
		}
	})
	tg.win.Canvas().Focus(en)
	en.CursorColumn = len([]rune(en.Text))
	typeKeys(b, tg, en, 'a', 3*time.Millisecond)
	e.saver.stop()
	tg.q.drain()
}

// BenchmarkTabScroll is the wheel over the figures tab and over 300
// documents.
func BenchmarkTabScroll(b *testing.B) {
	for _, c := range []struct {
		name string
		tab  int
	}{{"figures", tabFigures}, {"documents300", tabDocuments}} {
		b.Run(c.name, func(b *testing.B) {
			tg := newTestGUI(b, "", nil)
			e := tg.openSample(b)
			if c.tab == tabDocuments {
				withDocuments(e, 300)
			}
			e.tabs.SelectIndex(c.tab)
			s := e.scrolls[c.tab]
			runtime.GC()
			b.ResetTimer()
			start := uitest.CPUTime()
			for i := 0; i < b.N; i++ {
				dy := float32(-40)
				if i%40 >= 20 {
					dy = 40
				}
				s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: dy}})
			}
			b.StopTimer()
			keyBudget(b, start, b.N, 3*time.Millisecond)
		})
	}
}

// sectionEnd opens the sample's section 2 holding n characters, Telex on,
// and puts the caret at its end.
func sectionEnd(b *testing.B, n int) (*testGUI, *editor, fyne.Focusable) {
	tg := newTestGUI(b, "", map[string]any{prefTyping: "telex"})
	e := tg.openSample(b)
	e.tabs.SelectIndex(tabSections)
	e.r.Sections[1].Text = longText(e.r, n)
	e.sections.list.Select(1)
	p := e.sections.text
	p.FocusAt(len(p.Paragraphs())-1, -1)
	return tg, e, tg.win.Canvas().Focused()
}

// BenchmarkSectionWords is typing words at the end of a long section:
// " dduwowcj" (a space and được: Telex rewrites the word at d, w, w and j)
// then five Backspaces, again and again, so that the undo history merges
// keys into steps and reaches its cap. Budget: 1 ms a key with 3,000
// characters, 3 ms with 75,000.
func BenchmarkSectionWords(b *testing.B) {
	for _, c := range sectionBudgets {
		b.Run(fmt.Sprint(c.chars), func(b *testing.B) {
			tg, e, en := sectionEnd(b, c.chars)
			word := []rune(" dduwowcj")
			back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
			cycle := len(word) + len([]rune(" được"))
			tg.q.drain()
			runtime.GC()
			b.ResetTimer()
			start := uitest.CPUTime()
			for i := 0; i < b.N; i++ {
				if k := i % cycle; k < len(word) {
					en.TypedRune(word[k])
				} else {
					en.TypedKey(back)
				}
				if i%512 == 511 {
					tg.q.drain()
				}
			}
			b.StopTimer()
			keyBudget(b, start, b.N, c.budget)
			if got := e.r.Sections[1].Text; len(got) < c.chars-2 {
				b.Fatalf("the section has only %d characters left", len(got))
			}
			if got := e.r.Sections[1].Text; b.N%cycle == len(word) && !strings.HasSuffix(got, " được") {
				b.Fatalf("the section ends in %q, not “ được”", got[max(len(got)-30, 0):])
			}
			e.saver.stop()
			tg.q.drain()
		})
	}
}

// BenchmarkSectionUndo is Ctrl+Z then Ctrl+Y of a typed word at the end
// of a 75,000-character section: the paragraph restored, the caret put
// back, the report, the rules and the preview. Budget: 3 ms.
func BenchmarkSectionUndo(b *testing.B) {
	tg, e, en := sectionEnd(b, 75000)
	for _, r := range " dduwowcj" {
		en.TypedRune(r)
	}
	tg.q.drain()
	p := e.sections.text
	runtime.GC()
	b.ResetTimer()
	start := uitest.CPUTime()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			p.Undo()
		} else {
			p.Redo()
		}
		if i%512 == 511 {
			tg.q.drain()
		}
	}
	b.StopTimer()
	keyBudget(b, start, b.N, 3*time.Millisecond)
	e.saver.stop()
	tg.q.drain()
}

// BenchmarkSectionPreview is the preview catching up after a pause in
// typing at the end of a 75,000-character section: the paragraph typed in
// resolved, measured and drawn again. Budget: 3 ms.
func BenchmarkSectionPreview(b *testing.B) {
	tg, e, en := sectionEnd(b, 75000)
	typeKeysThen(b, tg, en, 'a', 3*time.Millisecond, e.sections.flushPreview)
	e.saver.stop()
	tg.q.drain()
}
