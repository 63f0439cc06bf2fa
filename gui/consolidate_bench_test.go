package gui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"baocao/gui/internal/uitest"
	"baocao/report"
)

// BenchmarkConsolidateScreenUpdate is the work done after each change of
// the consolidation screen (a batch of files read, a keystroke in the
// deadline, a new list of units) with 60 lower units loaded: the
// consolidation itself (off the UI goroutine) and the tables' refresh.
func BenchmarkConsolidateScreenUpdate(b *testing.B) {
	tg := newTestGUI(b, "", nil)
	tg.openSample(b)
	tg.showConsolidate(b)
	s := tg.cons
	for i := 0; i < 60; i++ {
		o := report.Organization{Superior: fmt.Sprintf("HUYỆN ỦY SỐ %d", i+1), Name: "BAN TUYÊN GIÁO"}
		p := fmt.Sprintf("/du-lieu/don-vi-%02d.json", i+1)
		s.files.paths = append(s.files.paths, p)
		s.files.sources[p] = report.Source{Name: p, Report: unitReport(o, "2019-06-28", int64(i+1), int64(100*(i+1)))}
		s.head.expected = append(s.head.expected, o)
	}
	s.ui.deadline.SetText("30/06/2019")
	tg.settle(b)
	b.ResetTimer()
	cpu := uitest.CPUTime()
	for i := 0; i < b.N; i++ {
		s.update()
		tg.settle(b)
	}
	b.StopTimer()
	uitest.ReportCPU(b, cpu)
	if len(s.result.res.Used) != 60 {
		b.Fatalf("consolidated %d units, want 60", len(s.result.res.Used))
	}
}

// consolidation1000 is the Tổng hợp screen of a provincial office with
// 1,000 lower units on its list, each one's file read (every tenth sent
// late), shown in the test window.
func consolidation1000(b *testing.B) (*testGUI, *consolidateScreen) {
	tg := newTestGUI(b, "", nil)
	tg.openSample(b)
	tg.showConsolidate(b)
	s := tg.cons
	if s.head.report == nil {
		b.Fatal("no report of the consolidating unit yet")
	}
	for i := 0; i < 1000; i++ {
		o := report.Organization{Superior: fmt.Sprintf("ĐẢNG ỦY XÃ SỐ %d", i+1), Name: "BAN TUYÊN GIÁO",
			Abbreviation: "BTGĐU", Place: "Hà Nam"}
		p := fmt.Sprintf("/du-lieu/don-vi-%04d.json", i+1)
		date := "2019-06-28"
		if i%10 == 9 {
			date = "2019-07-02"
		}
		s.files.paths = append(s.files.paths, p)
		s.files.sources[p] = report.Source{Name: p, Report: unitReport(o, date, int64(i%7+1), int64(100*(i%7+1)))}
		s.head.expected = append(s.head.expected, o)
	}
	s.ui.deadline.SetText("30/06/2019")
	tg.settle(b)
	if len(s.result.res.Used) != 1000 {
		b.Fatalf("consolidated %d units, want 1000", len(s.result.res.Used))
	}
	return tg, s
}

// scrollerOf finds the scroller inside a list.
func scrollerOf(b *testing.B, o fyne.CanvasObject) fyne.Scrollable {
	var found fyne.Scrollable
	uitest.Walk(o, func(c fyne.CanvasObject) {
		if sc, ok := c.(fyne.Scrollable); ok && found == nil && c != o {
			found = sc
		}
	})
	if found == nil {
		b.Fatal("the list has no scroll bar")
	}
	return found
}

// BenchmarkConsolidateScroll1000 is one step of the mouse wheel (down,
// then back up) in the table of who has sent, with 1,000 units: the
// list's own work of moving and binding the rows that come into view.
func BenchmarkConsolidateScroll1000(b *testing.B) {
	for _, table := range []string{"đơn vị", "tệp"} {
		b.Run(table, func(b *testing.B) {
			tg, s := consolidation1000(b)
			list := s.ui.unitList
			if table == "tệp" {
				s.ui.tabs.SelectIndex(consTabFiles)
				list = s.ui.fileList
			}
			sc := scrollerOf(b, list)
			down := &fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -40}}
			up := &fyne.ScrollEvent{Scrolled: fyne.Delta{DY: 40}}
			b.ResetTimer()
			cpu := uitest.CPUTime()
			for i := 0; i < b.N; i++ {
				if i/600%2 == 0 {
					sc.Scrolled(down)
				} else {
					sc.Scrolled(up)
				}
			}
			b.StopTimer()
			uitest.ReportCPU(b, cpu)
			tg.q.drain()
		})
	}
}

// BenchmarkConsolidateDeadlineKey1000 is one key typed in the deadline
// (the last digit of the year, typed and taken back) with 1,000 units:
// the entry's own update and the app's work on the UI goroutine (the
// consolidation follows once the clerk pauses:
// BenchmarkConsolidateShowResult1000).
func BenchmarkConsolidateDeadlineKey1000(b *testing.B) {
	tg, s := consolidation1000(b)
	en := s.ui.deadline
	tg.win.Canvas().Focus(en)
	en.CursorColumn = len([]rune(en.Text))
	back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
	b.ResetTimer()
	cpu := uitest.CPUTime()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			en.TypedKey(back)
		} else {
			en.TypedRune('9')
		}
	}
	b.StopTimer()
	uitest.ReportCPU(b, cpu)
	tg.settle(b)
}

// BenchmarkConsolidateShowResult1000 is showing a new consolidation of
// 1,000 units on the UI goroutine, what follows a keystroke in the
// deadline once the consolidation (off the UI goroutine) is done: the
// tables, the notices and the summary.
func BenchmarkConsolidateShowResult1000(b *testing.B) {
	tg, s := consolidation1000(b)
	onTime := s.result.res
	s.ui.deadline.SetText("")
	tg.settle(b)
	none := s.result.res
	b.ResetTimer()
	cpu := uitest.CPUTime()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			s.result.res = onTime
		} else {
			s.result.res = none
		}
		s.showResult()
	}
	b.StopTimer()
	uitest.ReportCPU(b, cpu)
}
