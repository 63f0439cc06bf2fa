package gui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
	"baocao/report/flow"
	"baocao/report/store"
)

// Preferences of the new-report dialog: what the clerk chose last.
const (
	prefNewTemplate = "new.template" // the template's id
	prefNewClass    = "new.class"    // the period class
)

// newReportData is what the new-report dialog offers, read off the UI
// goroutine: the templates (the built-in ones, then the archive's newest
// versions), and the unit of the last report, whose previous reports can
// give the outline.
type newReportData struct {
	templates []*report.Template
	issued    map[string]bool // archive templates already issued, by id
	newest    string          // the archive's template saved last (its id), or ""
	unit      report.Organization
	store     *store.Store
}

// loadNewReportData reads what the dialog offers (any goroutine).
func loadNewReportData(st *store.Store) (*newReportData, error) {
	d := &newReportData{store: st, issued: map[string]bool{}}
	d.templates = append(d.templates, report.BuiltinTemplates()...)
	entries, err := st.Templates()
	if err != nil {
		return nil, err
	}
	var newest time.Time
	for _, e := range entries {
		t, _, err := st.Template(e.ID, e.Version)
		if err != nil {
			continue // a damaged version is named where it is opened
		}
		d.templates = append(d.templates, t)
		d.issued[e.ID] = e.Status == store.TemplateIssued
		if e.Saved.After(newest) {
			newest, d.newest = e.Saved, e.ID
		}
	}
	last, ok, err := st.LastProfile()
	if err != nil {
		return nil, err
	}
	if ok {
		d.unit = last.Organization
	}
	return d, nil
}

// templateLabel names a template in the dialog's choice.
func templateLabel(t *report.Template) string {
	if report.IsBuiltin(t.ID) {
		return t.Name + " (mẫu dựng sẵn)"
	}
	s := fmt.Sprintf("%s (phiên bản %d)", t.Name, t.Version)
	if t.Issuer != "" {
		s += " — " + t.Issuer
	}
	return s
}

// newReportDialog asks for the template and the period of a new report,
// the ones chosen last preselected (or want, a template just opened from
// a file), and whether the outline comes from the unit's previous report;
// create runs with the choice.
type newReportDialog struct {
	g    *gui
	data *newReportData
	now  time.Time

	tmpl    *widget.Select
	about   *widget.Label
	class   *widget.Select
	kind    *widget.Select
	year    *widget.Entry
	outline *widget.RadioGroup
	problem *widget.Label

	classes []string // of the template chosen, in order
	prevID  int64    // the previous report that can give the outline, 0 if none
	prevN   int      // its number of sections
	dlg     dialog.Dialog
}

const (
	outlineTemplate = "Đề cương của mẫu báo cáo"
)

func (g *gui) showNewReportDialog(data *newReportData, want *report.Template, create func(flow.NewReport)) {
	d := &newReportDialog{g: g, data: data, now: time.Now()}
	labels := make([]string, len(data.templates))
	for i, t := range data.templates {
		labels[i] = templateLabel(t)
	}
	d.tmpl = widget.NewSelect(labels, func(string) { d.templateChanged() })
	d.about = iwidget.Hint("")
	d.class = widget.NewSelect(nil, func(string) { d.classChanged() })
	d.kind = widget.NewSelect(nil, func(string) { d.periodChanged() })
	d.year = widget.NewEntry()
	d.year.OnChanged = func(string) { d.periodChanged() }
	d.outline = widget.NewRadioGroup([]string{outlineTemplate}, nil)
	d.outline.Required = true
	d.problem = wrapped("")
	d.problem.Importance = widget.DangerImportance
	d.problem.Hide()

	// The template chosen last, or the one just opened; the first time,
	// the one the office saved or received last (its own province's), or
	// the merged board's built-in one (every province's board is merged
	// since 2025).
	first := report.TemplateTGDV
	if data.newest != "" {
		first = data.newest
	}
	pick := g.app.Preferences().StringWithFallback(prefNewTemplate, first)
	if want != nil {
		pick = want.ID
	}
	idx := 0
	for i, t := range data.templates {
		if t.ID == pick && (want == nil || t.Version == want.Version) {
			idx = i
		}
	}
	d.tmpl.SetSelectedIndex(idx)

	form := widget.NewForm(
		widget.NewFormItem("Mẫu báo cáo", container.NewVBox(d.tmpl, d.about)),
		widget.NewFormItem("Loại kỳ", d.class),
		widget.NewFormItem("Kỳ báo cáo", container.NewGridWithColumns(2, d.kind, d.year)),
		widget.NewFormItem("Đề cương", d.outline),
	)
	content := container.NewVBox(form, d.problem)
	d.dlg = dialog.NewCustomConfirm("Báo cáo mới", "Tạo báo cáo", "Hủy", content, func(ok bool) {
		if !ok {
			return
		}
		c, err := d.choice()
		if err != nil {
			g.showError("Báo cáo mới", err)
			return
		}
		p := g.app.Preferences()
		p.SetString(prefNewTemplate, c.Template.ID)
		p.SetString(prefNewClass, c.Period.Class())
		create(c)
	}, g.win)
	iwidget.ShowDialog(g.win, d.dlg)
	d.dlg.Resize(fyne.NewSize(640, content.MinSize().Height+160))
}

// template is the template chosen.
func (d *newReportDialog) template() *report.Template {
	i := d.tmpl.SelectedIndex()
	if i < 0 {
		return nil
	}
	return d.data.templates[i]
}

func (d *newReportDialog) templateChanged() {
	t := d.template()
	if t == nil {
		return
	}
	about := fmt.Sprintf("%d chỉ tiêu, %d đề mục", len(t.Catalogue.Indicators), len(t.Outline))
	if t.Note != "" && !report.IsBuiltin(t.ID) {
		about += ". " + t.Note
	}
	d.about.SetText(about)
	d.classes = nil
	var names []string
	for _, c := range report.PeriodClasses {
		if t.Serves(c) {
			d.classes = append(d.classes, c)
			names = append(names, report.ClassName(c))
		}
	}
	d.class.Options = names
	// The class chosen last, when the template serves it; else the one
	// due now; else the template's last.
	want := d.g.app.Preferences().StringWithFallback(prefNewClass, report.DueClass(d.now))
	if !t.Serves(want) {
		want = report.DueClass(d.now)
	}
	sel := len(d.classes) - 1
	for i, c := range d.classes {
		if c == want {
			sel = i
		}
	}
	d.class.SetSelectedIndex(sel)
}

func (d *newReportDialog) classChanged() {
	i := d.class.SelectedIndex()
	if i < 0 {
		return
	}
	class := d.classes[i]
	due := report.DuePeriod(class, d.now)
	kinds := report.KindsOf(class)
	names := make([]string, len(kinds))
	sel := 0
	for j, k := range kinds {
		names[j] = report.KindName(k)
		if k == due.Kind {
			sel = j
		}
	}
	d.kind.Options = names
	d.kind.SetSelectedIndex(sel)
	if len(kinds) == 1 {
		d.kind.Disable()
	} else {
		d.kind.Enable()
	}
	d.year.SetText(strconv.Itoa(due.Year))
	d.periodChanged()
}

// period is the period chosen; ok is false while the year is not a year.
func (d *newReportDialog) period() (report.Period, bool) {
	i, j := d.class.SelectedIndex(), d.kind.SelectedIndex()
	if i < 0 || j < 0 {
		return report.Period{}, false
	}
	y, err := strconv.Atoi(strings.TrimSpace(d.year.Text))
	if err != nil || y < 1930 || y > 2200 {
		return report.Period{}, false
	}
	return report.Period{Year: y, Kind: report.KindsOf(d.classes[i])[j]}, true
}

// periodChanged finds the unit's previous report of the class, which can
// give the outline instead of the template (off the UI goroutine).
func (d *newReportDialog) periodChanged() {
	p, ok := d.period()
	if !ok {
		d.problem.SetText("Năm báo cáo phải là một năm, ví dụ " + strconv.Itoa(d.now.Year()))
		d.problem.Show()
		return
	}
	d.problem.Hide()
	var e store.Entry
	var n int
	var found bool
	d.g.background(func() {
		var err error
		e, found, err = flow.Previous(d.data.store, d.data.unit, p)
		if err == nil && found {
			if r, _, err := d.data.store.Get(e.ID); err == nil {
				n = len(report.Outline(r))
			}
		}
	}, func() {
		if q, ok := d.period(); !ok || q != p {
			return // the clerk has chosen another period meanwhile
		}
		opts := []string{outlineTemplate}
		d.prevID = 0
		if found && n > 0 {
			d.prevID, d.prevN = e.ID, n
			opts = append(opts, fmt.Sprintf("Các đề mục của báo cáo %s của đơn vị (%d đề mục)", e.Period.Name(), n))
		}
		sel := d.outline.Selected
		d.outline.Options = opts
		if sel == "" || (sel != outlineTemplate && len(opts) == 1) {
			sel = outlineTemplate
		}
		if sel != outlineTemplate {
			sel = opts[1]
		}
		d.outline.SetSelected(sel)
		d.outline.Refresh()
	})
}

// choice is what the clerk chose, or why it cannot be.
func (d *newReportDialog) choice() (flow.NewReport, error) {
	t := d.template()
	p, ok := d.period()
	switch {
	case t == nil:
		return flow.NewReport{}, fmt.Errorf("chưa chọn mẫu báo cáo")
	case !ok:
		return flow.NewReport{}, fmt.Errorf("năm báo cáo %q không hợp lệ", d.year.Text)
	}
	return flow.NewReport{Template: t, Period: p, FromPrevious: d.outline.Selected != outlineTemplate && d.prevID != 0}, nil
}

// newReport asks for the template and period of a new report, then makes
// it in the archive and opens it.
func (g *gui) newReport() { g.newReportWith(nil) }

// newReportWith is newReport with a template preselected (one just opened
// from a file).
func (g *gui) newReportWith(want *report.Template) {
	if g.st == nil {
		return
	}
	op := g.begin("Báo cáo mới", "Đang đọc các mẫu báo cáo…", false)
	if op == nil {
		return
	}
	var data *newReportData
	var err error
	st := g.st
	g.background(func() { data, err = loadNewReportData(st) }, func() {
		op.end()
		if err != nil {
			g.showError("Báo cáo mới", err)
			return
		}
		g.showNewReportDialog(data, want, g.createReport)
	})
}

// createReport makes the new report in the archive and opens it. When the
// unit already has a report for the period, that one is offered instead.
func (g *gui) createReport(c flow.NewReport) {
	op := g.begin("Tạo báo cáo mới", "Đang tạo báo cáo mới trong kho…", false)
	if op == nil {
		return
	}
	var offered []string
	var placed flow.Placed
	var err error
	st := g.st
	g.background(func() {
		var r *report.Report
		if r, offered, err = flow.Draft(st, c, time.Now()); err != nil {
			return
		}
		// A report is written to it: the version never changes again.
		if !report.IsBuiltin(c.Template.ID) {
			if err = st.IssueTemplate(c.Template.ID, c.Template.Version); err != nil {
				return
			}
		}
		placed, err = flow.Place(st, r, store.SaveOptions{Author: g.cfg.author, Note: "Báo cáo mới theo mẫu " + c.Template.Name})
	}, func() {
		if err != nil {
			op.end()
			g.showError("Tạo báo cáo mới", err)
			return
		}
		if e := placed.Existing; placed.Found {
			op.end()
			g.ask("Đã có báo cáo kỳ này",
				fmt.Sprintf("Kho đã có báo cáo của %s (lưu lần cuối %s). Mở báo cáo đó để làm tiếp?",
					e.Label(), formatSaved(e.Updated, time.Now())),
				choice{label: "Mở báo cáo đó", important: true, fn: func() { g.openOrShow(e.ID) }},
			)
			return
		}
		g.openReport(placed.ID, op, func(*editor) {
			if len(offered) > 0 {
				g.say(fmt.Sprintf("Đã điền số liệu cùng kỳ năm trước cho %d chỉ tiêu", len(offered)))
			}
		})
	})
}

// openTemplateFile keeps a template file received from the province in
// the archive (as issued) and starts a new report of it.
func (g *gui) openTemplateFile(path string) {
	busy := g.busy("Đang đọc tệp mẫu báo cáo", path)
	var t *report.Template
	var err error
	st := g.st
	g.background(func() {
		if t, err = report.ReadTemplateFile(path); err != nil {
			return
		}
		_, err = st.ImportTemplate(t, g.cfg.author)
	}, func() {
		busy.Hide()
		if err != nil {
			g.showError("Không mở được tệp mẫu báo cáo", err)
			return
		}
		g.say(fmt.Sprintf("Đã lưu mẫu «%s» (phiên bản %d) vào kho", t.Name, t.Version))
		g.newReportWith(t)
	})
}
