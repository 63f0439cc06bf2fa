package templates

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"baocao/report"
	"baocao/report/store"
)

func init() {
	now = func() time.Time { return time.Date(2026, 12, 5, 9, 0, 0, 0, time.Local) }
}

// listed selects the template named name in the list.
func listed(t *testing.T, s *Screen, name string) {
	t.Helper()
	for i, it := range s.list.items {
		if it.entry.Name == name {
			s.list.list.Select(i)
			return
		}
	}
	var names []string
	for _, it := range s.list.items {
		names = append(names, it.entry.Name)
	}
	t.Fatalf("the list has no template %q; it has: %s", name, strings.Join(names, " | "))
}

// The provincial clerk makes the province's template from the built-in
// one, as issue 22 tells it: a dân vận group with two indicators and a
// ratio of them, a rule, a heading with guidance; what is wrong is said
// beside its field and keeps the template from being saved; saved, it is
// read back from the archive as typed.
func TestMakeTemplate(t *testing.T) {
	s, sh := newTestScreen(t, nil)
	tgdv := report.BuiltinTemplate(report.TemplateTGDV, 0)
	listed(t, s, tgdv.Name)
	if got := rowText(s.list.list, s.list.sel); !strings.Contains(got, "dựng sẵn") {
		t.Errorf("built-in row: %q", got)
	}
	if !s.list.editBtn.Disabled() || s.list.copyBtn.Disabled() {
		t.Error("a built-in template is copied, never edited")
	}
	sh.tap(s.list.copyBtn)
	e := s.ed
	if e == nil || e.t.ID == tgdv.ID || e.t.Version != 1 || !strings.HasSuffix(e.t.Name, " (bản sao)") {
		t.Fatalf("copy: %+v", e)
	}
	if e.title.Text != e.t.Name || e.state.Text != "Phiên bản 1 (mẫu mới, chưa lưu)." || e.summary.Text != "Không có lỗi" {
		t.Errorf("title %q, state %q, summary %q", e.title.Text, e.state.Text, e.summary.Text)
	}

	// Thông tin chung.
	g := e.general
	sh.retype(g.name, "Báo cáo tuyên giáo và dân vận Ninh Bình 2026")
	sh.retype(g.issuer, "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH")
	sh.retype(g.note, "Kèm theo Công văn số 215-CV/BTGDVTU")
	q := g.summaries[report.ClassQuarter]
	sh.retype(q.text, "sơ kết công tác dân vận {quy} {year}")
	shows(t, q.note, "chỗ điền lạ {quy}")
	if e.summary.Text != "1 lỗi" {
		t.Errorf("summary %q", e.summary.Text)
	}
	sh.retype(q.text, "sơ kết công tác dân vận {kind} năm {year}")
	quiet(t, q.note)
	due := report.DuePeriod(report.ClassQuarter, now())
	if want := "“sơ kết công tác dân vận " + report.KindName(due.Kind) + " năm 2026”"; !strings.Contains(q.example.Text, want) {
		t.Errorf("example %q lacks %q", q.example.Text, want)
	}
	// Unticked, the monthly class keeps its trích yếu for when it is
	// ticked again.
	monthly := g.periods[slices.Index(report.PeriodClasses, report.ClassMonth)]
	test.Tap(monthly)
	if e.t.Serves(report.ClassMonth) || e.t.Summaries[report.ClassMonth] != "" || g.summaries[report.ClassMonth].box.Visible() {
		t.Fatalf("monthly unticked: %v %q", e.t.Periods, e.t.Summaries[report.ClassMonth])
	}
	test.Tap(monthly)
	if !e.t.Serves(report.ClassMonth) || e.t.Summaries[report.ClassMonth] != tgdv.Summaries[report.ClassMonth] {
		t.Fatalf("monthly ticked again: %v %q", e.t.Periods, e.t.Summaries[report.ClassMonth])
	}

	// A dân vận group with two indicators and their ratio.
	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	sh.tap(x.addG)
	sh.retype(x.gName, "Dân vận")
	if x.gID.Text != "dv" {
		t.Errorf("group id suggested: %q", x.gID.Text)
	}
	sh.tap(x.addI)
	shows(t, x.nameNote, "Chưa có tên chỉ tiêu")
	sh.retype(x.name, "Số mô hình dân vận khéo")
	sh.retype(x.unit, "mô hình")
	if x.code.Text != "dv.mohinh_danvan_kheo" {
		t.Errorf("code suggested: %q", x.code.Text)
	}
	quiet(t, x.nameNote)
	test.Tap(x.main)
	sh.tap(x.addI)
	sh.retype(x.name, "Số mô hình được nhân rộng")
	sh.retype(x.unit, "mô hình")
	sh.tap(x.addI)
	sh.retype(x.name, "Tỷ lệ mô hình được nhân rộng")
	x.kind.SetSelected(kindRatio) // the clerk clicks the choice
	sh.settle()
	shows(t, x.numNote, "Tử số: chưa chọn chỉ tiêu")
	shows(t, x.denNote, "Mẫu số: chưa chọn chỉ tiêu")
	sh.tap(x.num)
	sh.pickByName(e, "nhan rong")
	sh.tap(x.den)
	sh.pickByName(e, "mohinh_danvan")
	quiet(t, x.numNote)
	quiet(t, x.denNote)
	if want := "«Số mô hình được nhân rộng» / «Số mô hình dân vận khéo» (%)"; !strings.Contains(x.formula.Text, want) {
		t.Errorf("formula %q", x.formula.Text)
	}
	if len(x.rows) != 3 || !strings.Contains(rowText(x.list, 2), "tỷ lệ: «Số mô hình được nhân rộng»") {
		t.Errorf("rows %v: %q", x.rows, rowText(x.list, 2))
	}

	// A duplicate code is said beside the code and keeps the template
	// from being saved; the ratio follows the code once it is changed.
	x.list.Select(1)
	sh.retype(x.code, "dv.mohinh_danvan_kheo")
	shows(t, x.codeNote, "trùng với chỉ tiêu thứ")
	if !strings.Contains(rowText(x.list, 1), "trùng với") {
		t.Errorf("row of the duplicate: %q", rowText(x.list, 1))
	}
	sh.tap(e.saveBtn)
	sh.dialogSays("Chưa lưu mẫu báo cáo", "Mẫu còn 2 lỗi", "trùng với")
	// The list of problems goes to the field.
	sh.tap(sh.overlayButton("Xem các lỗi"))
	sh.dialogSays("2 lỗi. Bấm vào một dòng để tới ô cần sửa.", "Thẻ “Nhóm và chỉ tiêu”")
	dup := x.cur
	x.list.Select(0)
	e.tabs.SelectIndex(tabGeneral)
	e.problemList.Select(0)
	sh.settle()
	if e.tabs.SelectedIndex() != tabIndicators || x.cur != dup || sh.win.Canvas().Focused() != x.code {
		t.Fatalf("jump: tab %d, indicator %d (want %d), focus %v", e.tabs.SelectedIndex(), x.cur, dup, sh.win.Canvas().Focused())
	}
	sh.retype(x.code, "dv.nhanrong")
	quiet(t, x.codeNote)
	ratio := e.t.Catalogue.Indicators[x.rows[2]]
	if ratio.Derived.Num != "dv.nhanrong" || ratio.Derived.Den != "dv.mohinh_danvan_kheo" {
		t.Errorf("ratio after the code changed: %+v", ratio.Derived)
	}

	// An indicator a derived figure uses is not deleted.
	x.list.Select(0)
	sh.tap(x.delI)
	sh.dialogSays("Không xóa được chỉ tiêu", "«Số mô hình dân vận khéo» đang được dùng", "chỉ tiêu tính tự động «Tỷ lệ mô hình được nhân rộng»")
	sh.tap(sh.overlayButton("Đóng"))
	if len(x.rows) != 3 {
		t.Fatalf("deleted anyway: %v", x.rows)
	}
	// Nor is a group that still has indicators.
	sh.tap(x.delG)
	sh.dialogSays("Không xóa được nhóm", "«Dân vận» còn 3 chỉ tiêu")
	sh.tap(sh.overlayButton("Đóng"))

	// A rule, its indicators picked by name; one not picked yet is said
	// beside it.
	e.tabs.SelectIndex(tabRules)
	r := e.rules
	r.list.Select(len(e.t.Catalogue.Rules) - 1)
	sh.tap(r.add)
	shows(t, r.aNote, "Chưa chọn chỉ tiêu")
	shows(t, r.bNote, "Chưa chọn chỉ tiêu")
	sh.tap(r.a)
	sh.pickByName(e, "nhan rong")
	sh.tap(r.b)
	if p := e.picker; slices.ContainsFunc(p.shown, func(i int) bool { return e.t.Catalogue.Indicators[i].IsDerived() }) {
		t.Error("the picker of a rule offers derived indicators")
	}
	sh.pickByName(e, "mohinh_danvan")
	quiet(t, r.aNote)
	quiet(t, r.bNote)
	r.severity.SetSelected("cảnh báo")
	if want := "«Số mô hình được nhân rộng» ≤ «Số mô hình dân vận khéo»"; r.text.Text != want {
		t.Errorf("rule text %q", r.text.Text)
	}
	ruleAt := r.cur
	// The rule now also holds the indicator.
	e.tabs.SelectIndex(tabIndicators)
	x.list.Select(1)
	sh.tap(x.delI)
	sh.dialogSays("quy tắc thứ")
	sh.tap(sh.overlayButton("Đóng"))

	// A heading with its guidance, at level 2 under the first part.
	e.tabs.SelectIndex(tabOutline)
	o := e.outline
	o.list.Select(0)
	sh.tap(o.add)
	sh.retype(o.title, "Công tác dân vận ở cơ sở")
	o.level.SetSelected(levels[2])
	shows(t, o.levelNote, "không nằm dưới một đề mục cấp 2")
	o.level.SetSelected(levels[1])
	quiet(t, o.levelNote)
	sh.retype(o.guidance, "Nêu số mô hình “Dân vận khéo”.\nNêu cách làm hay ở cơ sở.")
	if got := rowText(o.list, 1); !strings.Contains(got, "1. Công tác dân vận ở cơ sở") || !strings.Contains(got, "Nêu số mô hình") {
		t.Errorf("outline row: %q", got)
	}
	if o.number.Text != "1." {
		t.Errorf("number %q", o.number.Text)
	}

	// Saved, it reads back as typed.
	if e.summary.Text != "Không có lỗi" {
		t.Fatalf("before saving: %s: %v", e.summary.Text, e.px.all)
	}
	sh.tap(e.saveBtn)
	if len(sh.errs) > 0 || !strings.Contains(e.status.Text, "phiên bản 1") || e.dirty() {
		t.Fatalf("save: %v, %q", sh.errs, e.status.Text)
	}
	got, entry, err := sh.st.Template(e.t.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if entry.Status != store.TemplateDraft || entry.Author != "Lan" || got.Version != 1 ||
		got.Name != "Báo cáo tuyên giáo và dân vận Ninh Bình 2026" || got.Issuer != "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH" ||
		got.Note != "Kèm theo Công văn số 215-CV/BTGDVTU" || got.Summaries["Q"] != "sơ kết công tác dân vận {kind} năm {year}" {
		t.Errorf("stored: %+v %+v", entry, got)
	}
	c := got.Catalogue
	in := c.Indicator("dv.mohinh_danvan_kheo")
	nr := c.Indicator("dv.nhanrong")
	if in == nil || nr == nil || in.Unit != "mô hình" || !in.Main || in.Group != "dv" || c.GroupName("dv") != "Dân vận" {
		t.Fatalf("stored indicators: %+v %+v", in, nr)
	}
	var tl *report.Indicator
	for i := range c.Indicators {
		if c.Indicators[i].Name == "Tỷ lệ mô hình được nhân rộng" {
			tl = &c.Indicators[i]
		}
	}
	if tl == nil || !tl.IsRatio() || tl.Derived.Num != "dv.nhanrong" || tl.Derived.Den != "dv.mohinh_danvan_kheo" || tl.Unit != "%" {
		t.Errorf("stored ratio: %+v", tl)
	}
	if rule := c.Rules[ruleAt]; rule.A != "dv.nhanrong" || rule.B != "dv.mohinh_danvan_kheo" || rule.Kind != report.RuleLE || rule.Severity != report.Warning {
		t.Errorf("stored rule: %+v", rule)
	}
	h := got.Outline[1]
	if h.Level != 2 || h.Title != "Công tác dân vận ở cơ sở" || h.Guidance != "Nêu số mô hình “Dân vận khéo”.\nNêu cách làm hay ở cơ sở." {
		t.Errorf("stored heading: %+v", h)
	}
	if secs := got.Sections(); secs[1].Heading != "1. Công tác dân vận ở cơ sở" || secs[2].Heading != "2. Công tác tham mưu giúp cấp ủy lãnh đạo, chỉ đạo" {
		t.Errorf("sections: %q, %q", secs[1].Heading, secs[2].Heading)
	}

	// Closed with nothing to save, it is in the list as a draft.
	sh.tap(e.closeBtn)
	if s.ed != nil {
		t.Fatal("the editor stays open")
	}
	listed(t, s, got.Name)
	if row := rowText(s.list.list, s.list.sel); !strings.Contains(row, "đang soạn") || !strings.Contains(row, "Lan") {
		t.Errorf("list row: %q", row)
	}
}
