package templates

import (
	"testing"

	"fyne.io/fyne/v2"

	"baocao/report"
)

// Renaming a group shows at once where the group is named: the title of
// its indicators and the group chosen for the indicator selected.
func TestGroupRenameShows(t *testing.T) {
	_, sh, e := editCopy(t, report.TemplateTGDV)
	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	sh.tap(x.addG)
	sh.tap(x.addI)
	sh.retype(x.gName, "Dân vận")
	if got, want := x.listTitle.Text, "Chỉ tiêu của nhóm «Dân vận»: 1"; got != want {
		t.Errorf("list title = %q, want %q", got, want)
	}
	if got, want := x.groupSel.Selected, "Dân vận (dv)"; got != want {
		t.Errorf("the indicator's group shows %q, want %q", got, want)
	}
	sh.retype(x.gID, "dvan")
	if got, want := x.groupSel.Selected, "Dân vận (dvan)"; got != want {
		t.Errorf("after the id changed the indicator's group shows %q, want %q", got, want)
	}
	if got := e.t.Catalogue.Indicators[x.cur].Group; got != "dvan" {
		t.Errorf("the indicator's group is %q, want dvan", got)
	}
}

// Escape typed in the picker's search field closes the picker as its
// Hủy button would: nothing is chosen.
func TestPickerEscape(t *testing.T) {
	_, sh, e := editCopy(t, report.TemplateTGDV)
	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	sh.tap(x.addI)
	sh.retype(x.name, "Tỷ lệ")
	x.kind.SetSelected(kindRatio)
	sh.tap(x.num)
	if e.picker == nil {
		t.Fatal("the picker did not open")
	}
	c := sh.win.Canvas()
	c.Focus(e.picker.search)
	e.picker.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	sh.settle()
	if e.picker != nil || c.Overlays().Top() != nil {
		t.Fatalf("Escape in the search left the picker open")
	}
	if d := e.t.Catalogue.Indicators[x.cur].Derived; d == nil || d.Num != "" {
		t.Errorf("Escape chose a numerator: %+v", d)
	}
}
