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
		t.Fatalf("%d hàng hiện (hàng cuối: %v), muốn chỉ những hàng gần màn hình", n, last)
	}
	s := e.scrolls[tabDocuments]
	for i := 0; i < 400; i++ {
		s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -200}})
	}
	if n, last := shown(); n > 60 || !last {
		t.Fatalf("cuộn xuống cuối: %d hàng hiện, hàng cuối hiện: %v", n, last)
	}
	for i := 0; i < 400; i++ {
		s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: 200}})
	}
	// A problem of the last document lands in its row, shown.
	e.r.Documents[299].Summary = ""
	e.evaluate()
	if !e.jump("documents[299].summary") {
		t.Fatal("không tới được văn bản cuối")
	}
	f := tg.win.Canvas().Focused()
	if f == nil || !e.docs.rows.Objects[299].Visible() {
		t.Fatalf("hàng của văn bản cuối không hiện (ô: %T)", f)
	}
	var in bool
	walk(e.docs.rows.Objects[299], func(o fyne.CanvasObject) {
		if o == f.(fyne.CanvasObject) {
			in = true
		}
	})
	if !in {
		t.Errorf("ô được chọn không ở hàng văn bản cuối")
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
		t.Fatal("hàng 298 hiện ngay từ đầu")
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
		t.Fatal("hàng 298 không hiện khi cuộn xuống cuối")
	}
	if got, want := row.Size().Height, row.MinSize().Height; got != want || got <= h {
		t.Fatalf("hàng 298 cao %v (trước %v), muốn %v", got, h, want)
	}
	if next.Position().Y < row.Position().Y+row.Size().Height {
		t.Fatalf("hàng 299 (y %v) chồng lên hàng 298 (y %v, cao %v)", next.Position().Y, row.Position().Y, row.Size().Height)
	}
}
