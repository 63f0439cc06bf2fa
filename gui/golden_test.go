package gui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// Each tab of the editor with the sample open renders as its golden
// markup in testdata/. After an intended change of the screens, the
// failing test writes the new markup to testdata/failed/: look at it, then
// copy it over the old one.
func TestEditorTabsGolden(t *testing.T) {
	for _, c := range []struct {
		tab  int
		file string
	}{
		{tabGeneral, "editor_general.xml"},
		{tabFigures, "editor_figures.xml"},
		{tabDocuments, "editor_documents.xml"},
		{tabSections, "editor_sections.xml"},
	} {
		t.Run(c.file, func(t *testing.T) {
			tg := newTestGUI(t, "", nil)
			e := tg.openSample(t)
			e.tabs.SelectIndex(c.tab)
			test.AssertRendersToMarkup(t, c.file, tg.win.Canvas())
		})
	}
}
