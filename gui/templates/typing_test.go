package templates

import (
	"testing"

	"baocao/gui/vnkey"
	"baocao/report"
)

// The screen's text fields type Vietnamese through the app's method (the
// shell's Typing), as every text field of the app does; a code and a
// number are typed as they are: "dd" stays "dd", VNI's "a1" stays "a1".
func TestTypingMethod(t *testing.T) {
	_, sh, e := editCopy(t, report.TemplateTGDV)
	sh.typ.Method = vnkey.Telex

	sh.retype(e.general.name, "Baos caos tuyeen giaos nawm 2026")
	if e.general.name.Text != "Báo cáo tuyên giáo năm 2026" || e.t.Name != "Báo cáo tuyên giáo năm 2026" {
		t.Errorf("name typed with Telex: %q, template %q", e.general.name.Text, e.t.Name)
	}
	sh.retype(e.general.minPrevious, "10")
	if e.t.Catalogue.Outlier.MinPrevious != 10 {
		t.Errorf("a number typed with Telex on: %d", e.t.Catalogue.Outlier.MinPrevious)
	}

	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	sh.tap(x.addG)
	sh.retype(x.gName, "Daan vaajn")
	if x.gName.Text != "Dân vận" || x.gID.Text != "dv" {
		t.Errorf("group typed with Telex: %q, code %q", x.gName.Text, x.gID.Text)
	}
	sh.retype(x.gID, "ddv")
	if x.gID.Text != "ddv" || e.t.Catalogue.Groups[x.group].ID != "ddv" {
		t.Errorf("group code typed with Telex on: %q", x.gID.Text)
	}
	sh.tap(x.addI)
	sh.retype(x.name, "Soos lowps hojc owr xoms")
	want := report.SuggestCode("ddv", "Số lớp học ở xóm", func(string) bool { return false })
	if x.name.Text != "Số lớp học ở xóm" || x.code.Text != want {
		t.Errorf("indicator typed with Telex: %q, code %q (want %q)", x.name.Text, x.code.Text, want)
	}
	sh.retype(x.code, "ddv.dd")
	if x.code.Text != "ddv.dd" || e.t.Catalogue.Indicators[x.cur].Code != "ddv.dd" {
		t.Errorf("code typed with Telex on: %q", x.code.Text)
	}
	sh.tap(x.addI)
	sh.retype(x.name, "Tyr leej")
	x.kind.SetSelected(kindRatio)
	sh.settle()
	sh.tap(x.num)
	sh.pickByName(e, "xoms") // typed with Telex: "xóm"
	if e.picker != nil {
		t.Fatal("the picker stays open")
	}
	if got := e.t.Catalogue.Indicators[x.cur].Derived.Num; got != "ddv.dd" {
		t.Errorf("picked by a name typed with Telex: %q", got)
	}

	e.tabs.SelectIndex(tabOutline)
	o := e.outline
	sh.tap(o.add)
	sh.retype(o.guidance, "Neeu soos lowps.\nNeeu cachs lamf hay.")
	if o.guidance.Text != "Nêu số lớp.\nNêu cách làm hay." {
		t.Errorf("guidance typed with Telex: %q", o.guidance.Text)
	}

	sh.typ.Method = vnkey.VNI
	e.tabs.SelectIndex(tabIndicators)
	sh.retype(x.name, "Ty3 le65")
	sh.retype(x.code, "ddv.a1")
	if x.name.Text != "Tỷ lệ" || x.code.Text != "ddv.a1" {
		t.Errorf("VNI: name %q, code %q", x.name.Text, x.code.Text)
	}
}
