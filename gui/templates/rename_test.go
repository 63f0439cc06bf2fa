package templates

import (
	"testing"

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
