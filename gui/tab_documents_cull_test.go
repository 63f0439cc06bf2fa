package gui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// With 300 documents only the rows about the view are shown (and drawn);
// scrolling and a jump to the last one show its row.
func TestDocumentRowsOutOfViewHidden(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	withDocuments(e, 300)
	e.tabs.SelectIndex(tabDocuments)
	shown := func() (n int, last bool) {
		for _, o := range e.docs.rows.Objects {
			if o.Visible() {
				n++
			}
		}
		return n, e.docs.rows.Objects[299].Visible()
	}
	if n, last := shown(); n == 0 || n > 60 || last {
		t.Fatalf("%d rows shown (the last one: %v), want only the rows near the view", n, last)
	}
	s := e.scrolls[tabDocuments]
	for i := 0; i < 400; i++ {
		s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -200}})
	}
	if n, last := shown(); n > 60 || !last {
		t.Fatalf("scrolled to the end: %d rows shown, the last one shown: %v; want 60 at most, the last among them", n, last)
	}
	for i := 0; i < 400; i++ {
		s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: 200}})
	}
	// A problem of the last document lands in its row, shown.
	e.r.Documents[299].Summary = ""
	e.evaluate()
	if !e.jump("documents[299].summary") {
		t.Fatal("cannot jump to the last document")
	}
	f := tg.win.Canvas().Focused()
	if f == nil || !e.docs.rows.Objects[299].Visible() {
		t.Fatalf("the last document's row is not shown (focus: %T)", f)
	}
	var in bool
	walk(e.docs.rows.Objects[299], func(o fyne.CanvasObject) {
		if o == f.(fyne.CanvasObject) {
			in = true
		}
	})
	if !in {
		t.Errorf("the focused field is not in the last document's row")
	}
}

// A row out of view keeps the size it was measured at; one whose note
// appeared meanwhile takes its new size once scrolled into view, and the
// rows after it move down.
func TestDocumentHiddenRowTakesNewSize(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	withDocuments(e, 300)
	e.tabs.SelectIndex(tabDocuments)
	row, next := e.docs.rows.Objects[297], e.docs.rows.Objects[298]
	if row.Visible() {
		t.Fatal("row 298 is shown from the start")
	}
	h := row.Size().Height
	e.r.Documents[297].Summary = ""
	e.evaluate() // its note "chưa nhập trích yếu" shows, out of view
	s := e.scrolls[tabDocuments]
	for i := 0; i < 400; i++ {
		s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -200}})
	}
	tg.win.Canvas().Content().Refresh()
	if !row.Visible() {
		t.Fatal("row 298 is not shown when scrolled to the end")
	}
	if got, want := row.Size().Height, row.MinSize().Height; got != want || got <= h {
		t.Fatalf("row 298 is %v high (%v before), want %v", got, h, want)
	}
	if next.Position().Y < row.Position().Y+row.Size().Height {
		t.Fatalf("row 299 (y %v) overlaps row 298 (y %v, %v high)", next.Position().Y, row.Position().Y, row.Size().Height)
	}
}
