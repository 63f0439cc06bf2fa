package gui

import (
	"fmt"
	"testing"

	"baocao/report"
)

// BenchmarkConsolidateScreenUpdate is the work done on the UI goroutine
// after each change of the consolidation screen (a batch of files read, a
// keystroke in the deadline, a new list of units) with 60 lower units
// loaded: the consolidation itself and the tables' refresh.
func BenchmarkConsolidateScreenUpdate(b *testing.B) {
	tg := newTestGUI(b, "", nil)
	tg.openSample(b)
	tg.showConsolidate(b)
	s := tg.cons
	for i := 0; i < 60; i++ {
		o := report.Organization{Superior: fmt.Sprintf("HUYỆN ỦY SỐ %d", i+1), Name: "BAN TUYÊN GIÁO"}
		p := fmt.Sprintf("/du-lieu/don-vi-%02d.json", i+1)
		s.files = append(s.files, p)
		s.sources[p] = report.Source{Name: p, Report: unitReport(o, "2019-06-28", int64(i+1), int64(100*(i+1)))}
		s.expected = append(s.expected, o)
	}
	s.deadline.SetText("30/06/2019")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.update()
	}
	b.StopTimer()
	if len(s.res.Used) != 60 {
		b.Fatalf("tổng hợp %d đơn vị", len(s.res.Used))
	}
}
