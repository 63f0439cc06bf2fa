package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
)

func TestTelexTyping(t *testing.T) {
	tg := newTestGUI(t, "", map[string]any{prefTyping: "telex"})
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabSections)
	e.sections.list.Select(0)
	ed := e.sections.text
	ed.SetText("")
	text := paragraph(t, tg, ed, 0)
	test.Type(text, "Ban Tuyeen giaso tinhr uyr")
	if got := ed.Paragraphs()[0]; got != "Ban Tuyên giáo tỉnh ủy" {
		t.Errorf("Telex typed %q", got)
	}
	if got := e.r.Sections[0].Text; got != "Ban Tuyên giáo tỉnh ủy" {
		t.Errorf("the report holds %q", got)
	}
	// Figures are typed as they are, whatever the method.
	retype(e.figures.rows["llct.lop"].entries[2], "60")
	if got := e.figures.rows["llct.lop"].entries[2].Text; got != "60" {
		t.Errorf("a figure's field with Telex on = %q, want 60", got)
	}

	// Alt+Z: off, then back to Telex.
	tg.typ.toggle()
	ed.SetText("")
	text = paragraph(t, tg, ed, 0)
	test.Type(text, "Tuyeen")
	if got := ed.Paragraphs()[0]; got != "Tuyeen" {
		t.Errorf("typing method off: %q, want Tuyeen", got)
	}
	tg.typ.toggle()
	if tg.typ.mode != "telex" || tg.app.Preferences().String(prefTyping) != "telex" {
		t.Errorf("back on: mode %q, want telex (also in the preferences)", tg.typ.mode)
	}
	if tg.typ.sel.Selected != "Telex" {
		t.Errorf("the status line's typing method = %q, want Telex", tg.typ.sel.Selected)
	}

	tg.typ.setMode("vni")
	ed.SetText("")
	text = paragraph(t, tg, ed, 0)
	test.Type(text, "Vie65t Nam")
	if got := ed.Paragraphs()[0]; got != "Việt Nam" {
		t.Errorf("VNI typed %q", got)
	}
}

// Typing in the middle of a text changes only the word at the cursor.
func TestTelexInTheMiddle(t *testing.T) {
	tg := newTestGUI(t, "", map[string]any{prefTyping: "telex"})
	e := tg.openSample(t)
	s := e.general.place
	s.SetText("Ha Nam")
	s.CursorRow, s.CursorColumn = 0, 2
	test.Type(s, "f")
	if s.Text != "Hà Nam" || s.CursorColumn != 2 {
		t.Errorf("%q, cursor at %d; want \"Hà Nam\", cursor at 2", s.Text, s.CursorColumn)
	}
}

func TestInsertPlaceholder(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabSections)
	st := e.sections
	st.list.Select(5)
	st.text.SetText("Đoạn đầu.\n\nCó  học viên.")
	st.text.FocusAt(1, 3)

	st.showInsert()
	c := tg.win.Canvas()
	var list *widget.List
	uitest.Walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	if list == nil {
		t.Fatal("no list of indicators")
	}
	// The list follows the catalogue: llct.hocvien is the second.
	list.Select(1)
	if got := st.text.Text(); got != "Đoạn đầu.\n\nCó {llct.hocvien} học viên." {
		t.Fatalf("after the insertion: %q", got)
	}
	tg.previewShows(t, func(got string) bool { return strings.Contains(got, "Có 3.286 học viên.") })
	if e.r.Sections[5].Text != st.text.Text() {
		t.Errorf("the report holds %q, the editor %q", e.r.Sections[5].Text, st.text.Text())
	}
}

func TestConvertLegacyText(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabSections)
	st := e.sections
	st.list.Select(1)
	st.text.SetText("Ban Tuyªn gi¸o tØnh ñy\n\nBan Tuyªn gi¸o tØnh ñy")
	tg.typ.convertDialog(st.text)
	c := tg.win.Canvas()
	if !contains(overlayTexts(c), "TCVN3") {
		t.Fatalf("TCVN3 not recognised: %v", overlayTexts(c))
	}
	test.Tap(overlayButton(t, c, "Chuyển mã"))
	want := "Ban Tuyên giáo tỉnh ủy\n\nBan Tuyên giáo tỉnh ủy"
	if st.text.Text() != want || e.r.Sections[1].Text != want {
		t.Errorf("after Chuyển mã: the editor holds %q, the report %q; want %q in both", st.text.Text(), e.r.Sections[1].Text, want)
	}
}
