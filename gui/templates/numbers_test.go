package templates

import (
	"testing"

	"baocao/report"
)

// Numbers typed the Vietnamese way: a limit that is not a number is said
// beside it and keeps the template from being saved; "2,5" is 2.5.
func TestNumbersTyped(t *testing.T) {
	_, sh, e := editCopy(t, report.TemplateTuyenGiao)

	g := e.general
	sh.retype(g.factor, "ba")
	shows(t, g.outlierNote, "không phải số")
	if e.px.errors != 1 {
		t.Errorf("%d errors", e.px.errors)
	}
	sh.retype(g.factor, "2,5")
	quiet(t, g.outlierNote)
	if e.t.Catalogue.Outlier.Factor != 2.5 {
		t.Errorf("factor %v", e.t.Catalogue.Outlier.Factor)
	}

	e.tabs.SelectIndex(tabRules)
	r := e.rules
	sh.tap(r.add)
	if r.maxLabel.Visible() || r.maxRow.Visible() {
		t.Error("a ≤ rule shows a limit")
	}
	r.kind.SetSelected(report.RuleKindName(report.RuleAvgMax))
	sh.settle()
	if !r.maxLabel.Visible() || !r.maxRow.Visible() {
		t.Fatal("an average rule hides its limit")
	}
	shows(t, r.maxNote, "Mức bình quân tối đa phải là số dương")
	sh.tap(r.a)
	sh.pickByName(e, "so hoc vien cac lop ly luan")
	sh.tap(r.b)
	sh.pickByName(e, "so lop boi duong ly luan")
	sh.retype(r.max, "năm trăm")
	shows(t, r.maxNote, "không phải số")
	sh.tap(e.saveBtn)
	sh.dialogSays("Chưa lưu mẫu báo cáo", "Mẫu còn 1 lỗi")
	sh.tap(sh.overlayButton("Đóng"))
	sh.retype(r.max, "1.000,5")
	quiet(t, r.maxNote)
	rule := e.t.Catalogue.Rules[r.cur]
	if rule.Kind != report.RuleAvgMax || rule.Max != 1000.5 || rule.A != "llct.hocvien" || rule.B != "llct.lop" {
		t.Errorf("rule %+v", rule)
	}
	if want := "bình quân «Số học viên các lớp lý luận chính trị» / «Số lớp bồi dưỡng lý luận chính trị đã mở» ≤ 1.000,5"; r.text.Text != want {
		t.Errorf("rule text %q", r.text.Text)
	}
	sh.tap(e.saveBtn)
	if got, _, err := sh.st.Template(e.t.ID, 0); err != nil || got.Catalogue.Rules[r.cur].Max != 1000.5 || got.Catalogue.Outlier.Factor != 2.5 {
		t.Errorf("stored: %v", err)
	}
}

// A group's code changed takes along its indicators, their suggested
// codes and the uses of those codes.
func TestGroupCodeCarriesIndicators(t *testing.T) {
	_, sh, e := editCopy(t, report.TemplateTuyenGiao)
	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	sh.tap(x.addG)
	sh.retype(x.gName, "Dân vận")
	sh.tap(x.addI)
	sh.retype(x.name, "Số buổi tiếp dân")
	sh.tap(x.addI)
	sh.retype(x.name, "Số lượt người được tiếp")
	sh.retype(x.code, "dv.luot") // typed by the clerk: not a suggestion any more
	sh.tap(x.addI)
	sh.retype(x.name, "Số lượt mỗi buổi")
	x.kind.SetSelected(kindRatio)
	sh.settle()
	sh.tap(x.num)
	sh.pickByName(e, "nguoi duoc tiep")
	sh.tap(x.den)
	sh.pickByName(e, "buoi tiep dan")

	sh.retype(x.gID, "dvcs")
	c := e.t.Catalogue
	buoi, luot, ratio := c.Indicators[x.rows[0]], c.Indicators[x.rows[1]], c.Indicators[x.rows[2]]
	if buoi.Group != "dvcs" || buoi.Code != "dvcs.buoitiep_dan" || luot.Code != "dv.luot" || ratio.Group != "dvcs" {
		t.Errorf("after the group's code changed: %+v %+v %+v", buoi, luot, ratio)
	}
	if ratio.Derived.Num != "dv.luot" || ratio.Derived.Den != "dvcs.buoitiep_dan" {
		t.Errorf("ratio %+v", ratio.Derived)
	}
	if e.px.errors != 0 {
		t.Errorf("problems: %v", e.px.all)
	}
}
