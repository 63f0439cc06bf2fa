package templates

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/report"
	"baocao/report/store"
)

// keyBudget is the CPU a key typed into an indicator's name may cost on
// the test driver: the check of the whole template, the notes beside the
// fields and the rows in view of the lists. The window's drawing comes on
// top (make bench-gui measures a one-line field in the real window).
const keyBudget = 10 * time.Millisecond

// bigTemplate is the built-in tuyên giáo và dân vận template grown to n
// indicators: groups of 25, every fifth a ratio of the two before it,
// a rule for every third.
func bigTemplate(tb testing.TB, n int) *report.Template {
	tb.Helper()
	t := report.BuiltinTemplate(report.TemplateTGDV, 0).Clone()
	t.ID = report.NewTemplateID()
	c := t.Catalogue
	for g := 1; len(c.Indicators) < n; g++ {
		gid := fmt.Sprintf("nhom%d", g)
		c.Groups = append(c.Groups, report.Group{ID: gid, Name: fmt.Sprintf("Nhóm chỉ tiêu thứ %d của tỉnh", g)})
		for k := 1; k <= 25 && len(c.Indicators) < n; k++ {
			in := report.Indicator{Code: fmt.Sprintf("%s.ct%d", gid, k), Name: fmt.Sprintf("Số mô hình, điển hình thứ %d của nhóm %d", k, g), Unit: "mô hình", Group: gid}
			if k%5 == 0 {
				in.Unit = "%"
				in.Derived = &report.Derivation{Kind: report.DeriveRatio, Num: fmt.Sprintf("%s.ct%d", gid, k-2), Den: fmt.Sprintf("%s.ct%d", gid, k-1)}
			} else if k%3 == 0 && len(c.Rules) < report.MaxRules {
				b := k - 1
				if b%5 == 0 {
					b--
				}
				c.Rules = append(c.Rules, report.Rule{Kind: report.RuleLE, A: in.Code, B: fmt.Sprintf("%s.ct%d", gid, b), Severity: report.Warning})
			}
			c.Indicators = append(c.Indicators, in)
		}
	}
	if err := t.Check(); err != nil {
		tb.Fatal(err)
	}
	return t
}

// BenchmarkIndicatorNameKey is a key typed into the name of an indicator
// (a letter, then Backspace, in turn) in a template of 60 and of 500
// indicators, on the real editor: the code suggested again, the whole
// template checked, the notes and the rows in view redrawn. cpu-ms/op is
// the process's CPU (getrusage) a key; budget 10 ms.
func BenchmarkIndicatorNameKey(b *testing.B) {
	for _, n := range []int{60, report.MaxIndicators} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, sh := newTestScreen(b, nil)
			e := newEditor(s, bigTemplate(b, n), store.TemplateEntry{}, nil, false)
			s.showEditor(e)
			e.tabs.SelectIndex(tabIndicators)
			x := e.inds
			last := len(e.t.Catalogue.Groups) - 1
			x.groups.Select(last)
			x.list.Select(1)
			sh.win.Canvas().Focus(x.name)
			x.name.CursorColumn = len([]rune(x.name.Text))
			back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
			x.name.TypedRune('a')
			x.name.TypedKey(back)
			runtime.GC()
			b.ResetTimer()
			start := uitest.CPUTime()
			for i := 0; i < b.N; i++ {
				if i%2 == 0 {
					x.name.TypedRune('a')
				} else {
					x.name.TypedKey(back)
				}
			}
			b.StopTimer()
			per := (uitest.CPUTime() - start) / time.Duration(b.N)
			b.ReportMetric(float64(per.Microseconds())/1000, "cpu-ms/op")
			if b.N >= 50 && per > keyBudget {
				b.Errorf("%v CPU a key, over the budget of %v", per, keyBudget)
			}
			if got := len(e.t.Catalogue.Indicators); got != n {
				b.Fatalf("%d indicators", got)
			}
		})
	}
}

// BenchmarkProblems is the check of a 500-indicator template alone.
func BenchmarkProblems(b *testing.B) {
	t := bigTemplate(b, report.MaxIndicators)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = t.Problems()
	}
}

// The lists of a 500-indicator template make rows only for what is in
// view.
func TestBigTemplateRowsInView(t *testing.T) {
	s, sh := newTestScreen(t, nil)
	big := bigTemplate(t, report.MaxIndicators)
	// One group of 200 indicators.
	c := big.Catalogue
	for i := len(c.Indicators) - 200; i < len(c.Indicators); i++ {
		c.Indicators[i].Group = c.Groups[len(c.Groups)-1].ID
	}
	e := newEditor(s, big, store.TemplateEntry{}, nil, false)
	s.showEditor(e)
	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	x.groups.Select(len(c.Groups) - 1)
	sh.settle()
	if len(x.rows) != 200 {
		t.Fatalf("%d rows", len(x.rows))
	}
	made := 0 // each row has one icon
	uitest.Walk(x.list, func(o fyne.CanvasObject) {
		if _, ok := o.(*widget.Icon); ok {
			made++
		}
	})
	t.Logf("%d rows made for 200 indicators", made)
	if made == 0 || made > 40 {
		t.Errorf("%d rows made for 200 indicators", made)
	}
}
