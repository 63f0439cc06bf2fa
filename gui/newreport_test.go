package gui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/report"
	"baocao/report/reporttest"
	"baocao/report/store"
)

// dialogSelects are the selects of the topmost dialog, in order.
func dialogSelects(t testing.TB, c fyne.Canvas) []*widget.Select {
	t.Helper()
	var out []*widget.Select
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	uitest.Walk(top, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			out = append(out, s)
		}
	})
	return out
}

func dialogRadio(t testing.TB, c fyne.Canvas) *widget.RadioGroup {
	t.Helper()
	var out *widget.RadioGroup
	uitest.Walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok {
			out = r
		}
	})
	if out == nil {
		t.Fatal("the dialog has no outline choice")
	}
	return out
}

// A commune's clerk writes to the province's template: the dialog offers
// it with only the periods it serves; the report gets its outline with
// the guidance shown while writing, its trích yếu, no red; the next
// quarter's report can take the headings of this one.
func TestNewReportOfTemplate(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	tp := reporttest.Template(t)
	tp.Periods = []string{report.ClassQuarter, report.ClassYear}
	tp.Summaries[report.ClassQuarter] = "kết quả công tác tuyên giáo, dân vận {kind} năm {year} của các xã"
	if _, err := tg.st.SaveTemplate(tp, "tỉnh"); err != nil {
		t.Fatal(err)
	}
	c := tg.win.Canvas()
	tg.gui.newReport()
	tg.settle(t)
	sel := dialogSelects(t, c)
	if len(sel) != 3 {
		t.Fatalf("%d selects in the dialog", len(sel))
	}
	tmpl, class, kind := sel[0], sel[1], sel[2]
	want := templateLabel(tp)
	if !slices.Contains(tmpl.Options, want) || !slices.Contains(tmpl.Options, "Công tác tuyên giáo và dân vận (mẫu dựng sẵn)") {
		t.Fatalf("templates offered: %q", tmpl.Options)
	}
	if tmpl.Selected != want {
		t.Errorf("preselected %q, want the template the archive got last, %q", tmpl.Selected, want)
	}
	tmpl.SetSelected(want)
	tg.settle(t)
	if !slices.Equal(class.Options, []string{"Hằng quý", "Cả năm"}) {
		t.Errorf("classes offered: %q", class.Options)
	}
	class.SetSelected("Hằng quý")
	kind.SetSelected("quý III")
	var year *widget.Entry
	uitest.Walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			year = e
		}
	})
	year.SetText("2026")
	tg.settle(t)
	if r := dialogRadio(t, c); len(r.Options) != 1 {
		t.Errorf("outline choices on an empty archive: %q", r.Options)
	}
	tg.tap(t, overlayButton(t, c, "Tạo báo cáo"))
	e := tg.ed
	if e == nil {
		t.Fatalf("no report opened: %v", overlayTexts(c))
	}
	p := report.Period{Year: 2026, Kind: "Q3"}
	if e.r.Template() != tp.Ref() || e.r.Period != p || e.r.Summary != tp.SummaryFor(p) {
		t.Errorf("template %v, period %v, summary %q", e.r.Template(), e.r.Period, e.r.Summary)
	}
	if _, entry, _ := tg.st.Template(tp.ID, 1); entry.Status != store.TemplateIssued {
		t.Errorf("the template is %s after a report was written to it", entry.Status)
	}
	// No red on a report nobody has typed in.
	for f, n := range e.notes {
		if n.Visible() {
			t.Errorf("a new report shows a problem under %s: %q", f, n.Text)
		}
	}
	// The period choice follows the template: its quarters and the year.
	if len(e.general.kind.Options) != 5 || e.general.kind.Selected != "quý III" {
		t.Errorf("periods offered %q, selected %q", e.general.kind.Options, e.general.kind.Selected)
	}
	// Gợi ý gives the template's trích yếu.
	e.general.summary.SetText("")
	tg.tap(t, e.general.suggest)
	if got := e.r.Summary; got != tp.SummaryFor(p) {
		t.Errorf("Gợi ý wrote %q", got)
	}
	// The guidance of the last heading shows while writing under it.
	e.tabs.SelectIndex(tabSections)
	last := len(e.r.Sections) - 1
	e.sections.list.Select(last)
	tg.settle(t)
	g := e.sections.guidance
	if !g.Visible() || !strings.Contains(g.Text, "Nêu số mô hình {dv.mohinh}.") {
		t.Errorf("guidance shown %v %q", g.Visible(), g.Text)
	}
	e.sections.list.Select(0)
	tg.settle(t)
	if !strings.Contains(g.Text, "Khái quát tình hình tư tưởng") {
		t.Errorf("the first heading's guidance: %q", g.Text)
	}

	// The next quarter: the unit's own headings of quý III can be the
	// outline.
	test.Type(e.general.superior, "ĐẢNG ỦY XÃ GIA VIỄN")
	test.Type(e.general.name, "BAN XÂY DỰNG ĐẢNG")
	e.r.Sections = e.r.Sections[:3]
	e.r.Sections[2].Heading = "3. Mục riêng của xã"
	e.changed()
	tg.closeReport(t)
	tg.gui.newReport()
	tg.settle(t)
	sel = dialogSelects(t, c)
	if sel[0].Selected != want || sel[1].Selected != "Hằng quý" {
		t.Errorf("the dialog does not preselect what was chosen last: %q, %q", sel[0].Selected, sel[1].Selected)
	}
	sel[2].SetSelected("quý IV")
	tg.settle(t)
	r := dialogRadio(t, c)
	if len(r.Options) != 2 || !strings.Contains(r.Options[1], "quý III năm 2026") {
		t.Fatalf("outline choices: %q", r.Options)
	}
	r.SetSelected(r.Options[1])
	tg.tap(t, overlayButton(t, c, "Tạo báo cáo"))
	if tg.ed == nil || tg.ed.r.Period.Kind != "Q4" || len(tg.ed.r.Sections) != 3 || tg.ed.r.Sections[2].Heading != "3. Mục riêng của xã" {
		t.Errorf("the outline of the previous report was not taken: %+v", tg.ed.r.Sections)
	}
}

// The template preselected: the merged board's built-in one in an empty
// archive; the one the office saved or received last once there is one;
// the one chosen last once the clerk has made a report.
func TestNewReportPreselects(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	c := tg.win.Canvas()
	preselected := func() string {
		t.Helper()
		tg.gui.newReport()
		tg.settle(t)
		got := dialogSelects(t, c)[0].Selected
		uitest.Tap(t, c.Overlays().Top(), "Hủy")
		tg.settle(t)
		return got
	}
	const merged = "Công tác tuyên giáo và dân vận (mẫu dựng sẵn)"
	if got := preselected(); got != merged {
		t.Errorf("empty archive: preselected %q, want %q", got, merged)
	}
	tp := reporttest.Template(t)
	if _, err := tg.st.SaveTemplate(tp, "tỉnh"); err != nil {
		t.Fatal(err)
	}
	if got, want := preselected(), templateLabel(tp); got != want {
		t.Errorf("with a template of the office: preselected %q, want %q", got, want)
	}
	tg.gui.app.Preferences().SetString(prefNewTemplate, report.TemplateTuyenGiao)
	if got, want := preselected(), "Công tác tuyên giáo (mẫu dựng sẵn)"; got != want {
		t.Errorf("after a report of the built-in tuyên giáo template: preselected %q, want %q", got, want)
	}
}
