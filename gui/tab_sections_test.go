package gui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/gui/textedit"
	"baocao/report"
)

// The paragraph editor's own behaviour is tested in gui/textedit; these
// are the Nội dung tab around it: the report, the autosave, the problems,
// the preview and the translated menu.

// sectionWith opens the sample's section i holding text, on the Nội dung
// tab.
func sectionWith(t *testing.T, prefs map[string]any, i int, text string) (*testGUI, *editor, *textedit.Editor) {
	t.Helper()
	tg := newTestGUI(t, "", prefs)
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabSections)
	e.r.Sections[i].Text = text
	e.sections.list.Select(i)
	e.sections.show(i)
	return tg, e, e.sections.text
}

// paragraph is the entry of paragraph i of the editor, scrolled into view
// and focused.
func paragraph(t testing.TB, tg *testGUI, p *textedit.Editor, i int) paragraphEntry {
	t.Helper()
	p.FocusAt(i, -1)
	en, ok := tg.win.Canvas().Focused().(paragraphEntry)
	if !ok || en != p.FocusObject() || p.CaretParagraph() != i {
		t.Fatalf("paragraph %d does not have the caret (focus: %T)", i+1, tg.win.Canvas().Focused())
	}
	return en
}

// paragraphEntry is what a test types into.
type paragraphEntry interface {
	fyne.Focusable
	fyne.Shortcutable
}

func key(en fyne.Focusable, k fyne.KeyName) {
	en.TypedKey(&fyne.KeyEvent{Name: k})
}

// Splitting and joining paragraphs reach the report, and the preview
// follows after a pause.
func TestParagraphEditsReachReportAndPreview(t *testing.T) {
	tg, e, p := sectionWith(t, map[string]any{prefTyping: "telex"}, 1, "Một.\n\nHai.")
	en := paragraph(t, tg, p, 0)
	key(en, fyne.KeyReturn)
	test.Type(tg.win.Canvas().Focused(), "Bas")
	if want := "Một.\n\nBá\n\nHai."; e.r.Sections[1].Text != want {
		t.Fatalf("the report holds %q, want %q", e.r.Sections[1].Text, want)
	}
	key(paragraph(t, tg, p, 1), fyne.KeyDelete)
	if want := "Một.\n\nBáHai."; e.r.Sections[1].Text != want {
		t.Fatalf("Delete at a paragraph's end: %q, want %q", e.r.Sections[1].Text, want)
	}
	tg.previewShows(t, func(got string) bool { return got == "Một.\n\nBáHai." })
}

// A problem of a section's text lands in the paragraph that has it.
func TestParagraphProblemJump(t *testing.T) {
	tg, e, p := sectionWith(t, nil, 3, "Một.\n\nHai.\n\nBa có {khong.co} đây.\n\nBốn.")
	e.evaluate()
	e.tabs.SelectIndex(tabGeneral)
	if !e.jump("sections[3].text") {
		t.Fatal("cannot jump to section 4")
	}
	f := tg.win.Canvas().Focused()
	if f == nil || f != p.FocusObject() || p.CaretParagraph() != 2 || !strings.Contains(p.Paragraphs()[2], "khong.co") {
		t.Fatalf("the problem of section 4 does not lead to paragraph 3 (focus: %T, paragraph %d)", f, p.CaretParagraph()+1)
	}
	if e.tabs.SelectedIndex() != tabSections || e.sections.sel != 3 {
		t.Errorf("tab %d, section %d; want Nội dung, 3", e.tabs.SelectedIndex(), e.sections.sel)
	}
	if !e.sections.noteText.Visible() || !strings.Contains(e.sections.noteText.Text, "khong.co") {
		t.Errorf("the note under the text = %q, want it shown, naming khong.co", e.sections.noteText.Text)
	}
}

// Typing in a paragraph is saved within the autosave delay, and Ctrl+Z
// takes it back.
func TestParagraphAutosaveAndUndo(t *testing.T) {
	tg, e, p := sectionWith(t, nil, 2, "Một.\n\nHai.")
	en := paragraph(t, tg, p, 1)
	test.Type(en, " Ba.")
	tg.q.until(t, "the autosave", 2*time.Second, func() bool {
		return strings.HasPrefix(e.bar.save.Text, "Đã lưu lúc")
	})
	got, _, err := tg.st.Get(e.id)
	if err != nil || got.Sections[2].Text != "Một.\n\nHai. Ba." {
		t.Fatalf("the archive holds %q (%v)", got.Sections[2].Text, err)
	}
	// The editor undoes a word at a time (gui/textedit/undo.go).
	for i := 0; i < 4 && e.r.Sections[2].Text != "Một.\n\nHai."; i++ {
		en.TypedShortcut(&fyne.ShortcutUndo{})
	}
	if e.r.Sections[2].Text != "Một.\n\nHai." {
		t.Errorf("Ctrl+Z: %q, want \"Một.\\n\\nHai.\"", e.r.Sections[2].Text)
	}
}

// Showing another section forgets the history: Ctrl+Z after coming back
// undoes nothing, in this section or the one shown between.
func TestParagraphUndoClearedWithSection(t *testing.T) {
	tg, e, p := sectionWith(t, nil, 1, "Một.\n\nHai.")
	test.Type(paragraph(t, tg, p, 1), " Bxq")
	key(tg.win.Canvas().Focused(), fyne.KeyReturn)
	e.sections.list.Select(2)
	e.sections.list.Select(1)
	paragraph(t, tg, p, 1).TypedShortcut(&fyne.ShortcutUndo{})
	if got := e.r.Sections[1].Text; got != "Một.\n\nHai. Bxq\n\n" {
		t.Errorf("Ctrl+Z after the section is shown again: %q, want nothing undone", got)
	}
	if got := e.r.Sections[2].Text; strings.Contains(got, "Bxq") {
		t.Errorf("section 3 took section 2's letters: %q", got)
	}
}

// A paragraph's menu (right click) offers the editor's Hoàn tác and Làm
// lại, in Vietnamese.
func TestParagraphUndoMenuVietnamese(t *testing.T) {
	tg, e, p := sectionWith(t, nil, 1, "Một.\n\nHai.")
	key(paragraph(t, tg, p, 0), fyne.KeyReturn)
	menu := func() []string {
		test.TapSecondary(tg.win.Canvas().Focused().(fyne.SecondaryTappable))
		defer closeOverlays(tg.win.Canvas())
		var out []string
		if top := tg.win.Canvas().Overlays().Top(); top != nil {
			uitest.Walk(top, func(o fyne.CanvasObject) {
				if m, ok := o.(*widget.PopUpMenu); ok && out == nil {
					out = []string{}
					uitest.Walk(m, func(o fyne.CanvasObject) {
						if t, ok := o.(*canvas.Text); ok && t.Text != "" {
							out = append(out, t.Text)
						}
					})
				}
			})
		}
		return out
	}
	if got := strings.Join(menu(), ","); !strings.HasPrefix(got, "Hoàn tác,Cắt,") {
		t.Fatalf("the menu: %s, want Hoàn tác,Cắt,…", got)
	}
	p.Undo()
	if got := e.r.Sections[1].Text; got != "Một.\n\nHai." {
		t.Fatalf("Hoàn tác: %q, want \"Một.\\n\\nHai.\"", got)
	}
	if got := strings.Join(menu(), ","); !strings.HasPrefix(got, "Làm lại,Cắt,") {
		t.Errorf("the menu after Hoàn tác: %s, want Làm lại,Cắt,…", got)
	}
}

// The preview shows the section selected, as soon as it is selected: one
// with as many paragraphs as the one before included, and one selected
// while the preview of the one before waited for a pause in typing.
func TestSectionPreviewFollowsSelection(t *testing.T) {
	tg, e, p := sectionWith(t, map[string]any{prefTyping: "telex"}, 0, "")
	st := e.sections
	for _, i := range []int{4, 2, 4} {
		st.list.Select(i)
		want, _ := e.sheet.Resolve(e.r.Sections[i].Text)
		want = strings.Join(report.Paragraphs(want), "\n\n")
		if got := st.previewText.Text(); got != want {
			t.Fatalf("section %d: the preview shows %q, want %q", i+1, got, want)
		}
		// Typing, then another section before the pause.
		test.Type(paragraph(t, tg, p, 0), "x")
	}
	tg.q.drain()
}
