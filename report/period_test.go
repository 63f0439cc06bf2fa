package report

import (
	"strings"
	"testing"
	"time"
)

// Every period kind through its name, file name, column title, cùng kỳ,
// the next period and the tuyên giáo template's trích yếu.
func TestPeriodKinds(t *testing.T) {
	tg := BuiltinTemplate(TemplateTuyenGiao, 1)
	for _, tc := range []struct {
		p                    Period
		name, short, column  string
		next                 Period
		summary              string
		partOfYear, halfYear bool
	}{
		{Period{2026, "M3"}, "tháng 3 năm 2026", "T3-2026", "Tháng 3", Period{2026, "M4"},
			"kết quả công tác tuyên giáo tháng 3, nhiệm vụ trọng tâm tháng 4 năm 2026", true, false},
		{Period{2026, "M12"}, "tháng 12 năm 2026", "T12-2026", "Tháng 12", Period{2027, "M1"},
			"kết quả công tác tuyên giáo tháng 12, nhiệm vụ trọng tâm tháng 1 năm 2027", true, false},
		{Period{2026, "Q1"}, "quý I năm 2026", "Q1-2026", "Quý I", Period{2026, "Q2"},
			"kết quả công tác tuyên giáo quý I, nhiệm vụ trọng tâm quý II năm 2026", true, false},
		{Period{2026, "Q4"}, "quý IV năm 2026", "Q4-2026", "Quý IV", Period{2027, "Q1"},
			"kết quả công tác tuyên giáo quý IV, nhiệm vụ trọng tâm quý I năm 2027", true, false},
		{Period{2019, "H1"}, "6 tháng đầu năm 2019", "6T2019", "6 tháng", Period{2020, "H1"},
			"sơ kết công tác tuyên giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2019", true, true},
		{Period{2026, "9M"}, "9 tháng đầu năm 2026", "9T2026", "9 tháng", Period{2027, "9M"},
			"kết quả công tác tuyên giáo 9 tháng đầu năm, phương hướng, nhiệm vụ 3 tháng cuối năm 2026", true, false},
		{Period{2026, "Y"}, "năm 2026", "N2026", "Cả năm", Period{2027, "Y"},
			"tổng kết công tác tuyên giáo năm 2026, phương hướng, nhiệm vụ năm 2027", false, false},
	} {
		t.Run(tc.p.Kind, func(t *testing.T) {
			p := tc.p
			if got := p.Name(); got != tc.name {
				t.Errorf("Name = %q, want %q", got, tc.name)
			}
			if got := p.Short(); got != tc.short {
				t.Errorf("Short = %q, want %q", got, tc.short)
			}
			if got := p.ColumnTitle(); got != tc.column {
				t.Errorf("ColumnTitle = %q, want %q", got, tc.column)
			}
			if got := p.SameLastYear(); got != (Period{p.Year - 1, p.Kind}) {
				t.Errorf("SameLastYear = %v", got)
			}
			if got := p.Next(); got != tc.next {
				t.Errorf("Next = %v, want %v", got, tc.next)
			}
			if got := tg.SummaryFor(p); got != tc.summary {
				t.Errorf("SummaryFor = %q, want %q", got, tc.summary)
			}
			if p.IsPartOfYear() != tc.partOfYear || p.IsHalfYear() != tc.halfYear {
				t.Errorf("IsPartOfYear %v, IsHalfYear %v", p.IsPartOfYear(), p.IsHalfYear())
			}
			r := Sample()
			r.Period, r.Summary = p, tg.SummaryFor(p)
			for _, pr := range r.Validate() {
				if pr.Field == "period.kind" || pr.Field == "summary" {
					t.Errorf("the template's own summary: %v", pr)
				}
			}
		})
	}
}

func TestKinds(t *testing.T) {
	if len(PeriodKinds) != 12+4+3 {
		t.Fatalf("%d kinds: %v", len(PeriodKinds), PeriodKinds)
	}
	seen := map[string]bool{}
	for _, k := range PeriodKinds {
		if !ValidKind(k) || seen[k] {
			t.Errorf("kind %q invalid or twice", k)
		}
		seen[k] = true
	}
	for _, bad := range []string{"", "M0", "M13", "Q0", "Q5", "M01", "H2", "9m", "y", "M1x"} {
		if ValidKind(bad) {
			t.Errorf("%q taken as a kind", bad)
		}
	}
	if len(ColumnTitles()) != len(PeriodKinds) {
		t.Errorf("column titles: %v", ColumnTitles())
	}
}

// The words of a class for a choice, and of a kind that is none.
func TestPeriodWords(t *testing.T) {
	for class, want := range map[string]string{
		ClassMonth: "Hằng tháng", ClassQuarter: "Hằng quý", ClassH1: "6 tháng đầu năm", Class9M: "9 tháng đầu năm", ClassYear: "Cả năm", "X": "X",
	} {
		if got := ClassName(class); got != want {
			t.Errorf("ClassName(%q) = %q, want %q", class, got, want)
		}
	}
	for _, bad := range []string{"", "W", "M13", "Q0"} {
		if got := KindName(bad); got != bad {
			t.Errorf("KindName(%q) = %q", bad, got)
		}
		if got := (Period{Kind: bad}).ColumnTitle(); got != "Cả năm" {
			t.Errorf("ColumnTitle of %q = %q", bad, got)
		}
	}
}

func TestDuePeriod(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 9, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		class string
		now   time.Time
		want  Period
	}{
		{ClassMonth, day(2026, 12, 5), Period{2026, "M11"}},
		{ClassMonth, day(2026, 12, 20), Period{2026, "M12"}},
		{ClassMonth, day(2026, 1, 3), Period{2025, "M12"}},
		{ClassQuarter, day(2026, 12, 5), Period{2026, "Q3"}},
		{ClassQuarter, day(2026, 12, 16), Period{2026, "Q4"}},
		{ClassQuarter, day(2026, 2, 1), Period{2025, "Q4"}},
		{ClassQuarter, day(2026, 4, 1), Period{2026, "Q1"}},
		{ClassH1, day(2026, 6, 10), Period{2026, "H1"}},
		{ClassH1, day(2026, 3, 10), Period{2025, "H1"}},
		{Class9M, day(2026, 9, 20), Period{2026, "9M"}},
		{Class9M, day(2026, 7, 1), Period{2025, "9M"}},
		{ClassYear, day(2026, 12, 5), Period{2026, "Y"}},
		{ClassYear, day(2027, 1, 15), Period{2026, "Y"}},
		{ClassYear, day(2026, 8, 1), Period{2025, "Y"}},
	} {
		if got := DuePeriod(tc.class, tc.now); got != tc.want {
			t.Errorf("DuePeriod(%s, %s) = %v, want %v", tc.class, tc.now.Format("02/01/2006"), got, tc.want)
		}
	}
	if DueClass(day(2026, 12, 5)) != ClassYear || DueClass(day(2026, 6, 5)) != ClassH1 {
		t.Error("DueClass")
	}
}

// The trích yếu must name the report's period and year (or the next
// year, for phương hướng).
func TestSummaryNamesThePeriod(t *testing.T) {
	for _, tc := range []struct {
		kind    string
		year    int
		summary string
		warn    bool
	}{
		{"Y", 2026, "sơ kết công tác tuyên giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2019", true},
		{"Y", 2026, "tổng kết công tác tuyên giáo năm 2026, phương hướng, nhiệm vụ năm 2027", false},
		{"Y", 2026, "tổng kết công tác tuyên giáo năm 2025", true},
		{"H1", 2026, "sơ kết công tác tuyên giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2026", false},
		{"H1", 2026, "kết quả công tác tuyên giáo 9 tháng đầu năm 2026", true},
		{"Q2", 2026, "kết quả công tác tuyên giáo quý II, nhiệm vụ trọng tâm quý III năm 2026", false},
		{"Q2", 2026, "kết quả công tác tuyên giáo quý I, nhiệm vụ trọng tâm quý II năm 2026", true},
		{"M10", 2026, "kết quả công tác tuyên giáo tháng 10, nhiệm vụ trọng tâm tháng 11 năm 2026", false},
		{"M10", 2026, "kết quả công tác tuyên giáo tháng 9 năm 2026", true},
		{"9M", 2026, "kết quả công tác tuyên giáo 9 tháng đầu năm, phương hướng, nhiệm vụ 3 tháng cuối năm 2026", false},
		{"Y", 2026, "báo cáo công tác tuyên giáo", false},
	} {
		r := Sample()
		r.Period = Period{tc.year, tc.kind}
		r.Summary = tc.summary
		r.Date = "2026-12-20"
		var got bool
		for _, p := range r.Validate() {
			if p.Field == "summary" && p.Severity == Warning {
				got = true
			}
		}
		if got != tc.warn {
			t.Errorf("%s %d %q: warning %v, want %v", tc.kind, tc.year, tc.summary, got, tc.warn)
		}
	}
}

func TestPeriodSearchText(t *testing.T) {
	for _, tc := range []struct {
		p     Period
		finds []string
	}{
		{Period{2026, "Q1"}, []string{"quý I năm 2026", "quý 1", "Q1-2026"}},
		{Period{2026, "M3"}, []string{"tháng 3 năm 2026", "tháng 03", "3/2026", "03/2026"}},
		{Period{2026, "Y"}, []string{"năm 2026", "tổng kết", "cả năm"}},
		{Period{2019, "H1"}, []string{"6 tháng đầu năm 2019", "sơ kết"}},
	} {
		text := tc.p.SearchText()
		for _, f := range tc.finds {
			if !strings.Contains(text, f) {
				t.Errorf("%v: %q lacks %q", tc.p, text, f)
			}
		}
	}
}
