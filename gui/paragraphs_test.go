package gui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"baocao/report"
)

// paragraph is the entry of paragraph i of the editor, scrolled into view
// and focused.
func paragraph(t testing.TB, p *paragraphEditor, i int) *paraEntry {
	t.Helper()
	p.focusAt(i, -1)
	en := p.entryOf(i)
	if en == nil {
		t.Fatalf("đoạn %d không hiện", i+1)
	}
	return en
}

// sectionWith opens the sample's section i holding text, on the Nội dung
// tab.
func sectionWith(t *testing.T, prefs map[string]any, i int, text string) (*testGUI, *editor, *paragraphEditor) {
	t.Helper()
	tg := newTestGUI(t, "", prefs)
	e := tg.openSample(t)
	e.tabs.SelectIndex(tabSections)
	e.r.Sections[i].Text = text
	e.sections.list.Select(i)
	e.sections.show(i)
	return tg, e, e.sections.text
}

func key(en fyne.Focusable, k fyne.KeyName) {
	en.TypedKey(&fyne.KeyEvent{Name: k})
}

// Enter at the end of a paragraph starts the next one, Enter inside one
// splits it at the caret, Backspace at the start of one joins it to the
// one before, Delete at the end joins the one after.
func TestParagraphEnterAndBackspace(t *testing.T) {
	tg, e, p := sectionWith(t, map[string]any{prefTyping: "telex"}, 1, "Một.\n\nHai.")
	c := tg.win.Canvas()
	en := paragraph(t, p, 0)
	key(en, fyne.KeyReturn)
	next, ok := c.Focused().(*paraEntry)
	if !ok || next.id != 1 {
		t.Fatalf("Enter ở cuối đoạn 1 không mở đoạn mới (ô: %T)", c.Focused())
	}
	test.Type(next, "Bas")
	if want := "Một.\n\nBá\n\nHai."; e.r.Sections[1].Text != want {
		t.Fatalf("báo cáo giữ %q, muốn %q", e.r.Sections[1].Text, want)
	}
	// Backspace at its start joins it back.
	next.setCaret(0)
	key(next, fyne.KeyBackspace)
	if want := "Một.Bá\n\nHai."; e.r.Sections[1].Text != want {
		t.Fatalf("Backspace ở đầu đoạn: %q, muốn %q", e.r.Sections[1].Text, want)
	}
	first, ok := c.Focused().(*paraEntry)
	if !ok || first.id != 0 || first.CursorTextOffset() != len([]rune("Một.")) {
		t.Fatalf("sau khi nối: con trỏ ở đoạn %v", c.Focused())
	}
	// Enter in the middle splits at the caret.
	key(first, fyne.KeyReturn)
	if want := "Một.\n\nBá\n\nHai."; e.r.Sections[1].Text != want {
		t.Fatalf("Enter giữa đoạn: %q, muốn %q", e.r.Sections[1].Text, want)
	}
	// Delete at the end of the second joins the third.
	second := paragraph(t, p, 1)
	key(second, fyne.KeyDelete)
	if want := "Một.\n\nBáHai."; e.r.Sections[1].Text != want {
		t.Fatalf("Delete ở cuối đoạn: %q, muốn %q", e.r.Sections[1].Text, want)
	}
	// The preview follows after a pause.
	tg.previewShows(t, func(got string) bool { return got == "Một.\n\nBáHai." })
}

// A paste of several paragraphs makes several; Ctrl+A then Ctrl+C copies
// the whole section.
func TestParagraphPasteAndCopyAll(t *testing.T) {
	tg, e, p := sectionWith(t, nil, 1, "Đầu cuối")
	cb := fyne.CurrentApp().Clipboard()
	en := paragraph(t, p, 0)
	en.setCaret(len([]rune("Đầu ")))
	cb.SetContent("một\r\n\r\nhai\n\nba ")
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if want := "Đầu một\n\nhai\n\nba cuối"; e.r.Sections[1].Text != want {
		t.Fatalf("dán: %q, muốn %q", e.r.Sections[1].Text, want)
	}
	if len(p.paras) != 3 {
		t.Errorf("%d đoạn sau khi dán, muốn 3", len(p.paras))
	}
	f, ok := tg.win.Canvas().Focused().(*paraEntry)
	if !ok || f.id != 2 || f.CursorTextOffset() != len([]rune("ba ")) {
		t.Errorf("con trỏ sau khi dán không ở cuối phần dán")
	}
	cb.SetContent("")
	f.TypedShortcut(&fyne.ShortcutSelectAll{})
	f.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if got := cb.Content(); got != e.r.Sections[1].Text {
		t.Errorf("Ctrl+A, Ctrl+C chép %q, muốn cả phần", got)
	}
}

// Up at the first line goes to the paragraph before, Down at the last
// line to the one after, Page Down a screen further, Ctrl+End to the end.
func TestParagraphCaretCrossesBorders(t *testing.T) {
	long := strings.Repeat(strings.Repeat("chữ ", 120)+"\n\n", 80) + "cuối"
	tg, e, p := sectionWith(t, nil, 1, long)
	c := tg.win.Canvas()
	en := paragraph(t, p, 1)
	en.setCaret(0)
	key(en, fyne.KeyUp)
	if f, ok := c.Focused().(*paraEntry); !ok || f.id != 0 {
		t.Fatalf("Up ở dòng đầu đoạn 2 không lên đoạn 1")
	}
	f := c.Focused().(*paraEntry)
	key(f, fyne.KeyDown)
	if g, ok := c.Focused().(*paraEntry); !ok || g.id != 1 {
		t.Fatalf("Down ở dòng cuối đoạn 1 không xuống đoạn 2")
	}
	g := c.Focused().(*paraEntry)
	key(g, fyne.KeyPageDown)
	h, ok := c.Focused().(*paraEntry)
	if !ok || h.id <= 1 {
		t.Fatalf("Page Down không xuống đoạn sau")
	}
	h.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	last, ok := c.Focused().(*paraEntry)
	if !ok || last.id != len(p.paras)-1 || !last.atEnd() {
		t.Fatalf("Ctrl+End không tới cuối phần")
	}
	test.Type(last, " hết")
	if !strings.HasSuffix(e.r.Sections[1].Text, "cuối hết") {
		t.Errorf("gõ ở cuối phần: …%q", e.r.Sections[1].Text[len(e.r.Sections[1].Text)-20:])
	}
	// Only the visible paragraphs have an entry.
	if n := len(p.shown); n > 30 {
		t.Errorf("%d ô cho %d đoạn: danh sách không ảo", n, len(p.paras))
	}
}

// Each row is as high as its paragraph wrapped in its entry: nothing is
// cut off and nothing scrolls inside an entry.
func TestParagraphRowHeights(t *testing.T) {
	text := strings.Repeat("Ban Tuyên giáo Tỉnh ủy đã tham mưu ban hành văn bản. ", 30) + "\n\nNgắn.\n\n"
	_, _, p := sectionWith(t, nil, 1, text)
	for i := range p.paras {
		en := paragraph(t, p, i)
		if en.Size().Width != p.width {
			t.Errorf("đoạn %d: ô rộng %v, đo ở %v", i+1, en.Size().Width, p.width)
		}
		en.Refresh()
		if got, want := en.MinSize().Height, p.heights[i]; got > want+0.5 {
			t.Errorf("đoạn %d: chữ cao %v, dòng cao %v", i+1, got, want)
		}
	}
	if p.heights[0] <= 2*p.heights[1] {
		t.Errorf("đoạn dài cao %v, đoạn ngắn %v: không xuống dòng", p.heights[0], p.heights[1])
	}
}

// A problem of a section's text lands in the paragraph that has it.
func TestParagraphProblemJump(t *testing.T) {
	tg, e, _ := sectionWith(t, nil, 3, "Một.\n\nHai.\n\nBa có {khong.co} đây.\n\nBốn.")
	e.evaluate()
	e.tabs.SelectIndex(tabGeneral)
	if !e.jump("sections[3].text") {
		t.Fatal("không tới được phần 4")
	}
	f, ok := tg.win.Canvas().Focused().(*paraEntry)
	if !ok || f.id != 2 || !strings.Contains(f.Text, "khong.co") {
		t.Fatalf("lỗi của phần 4 không đưa tới đoạn 3 (ô: %T)", tg.win.Canvas().Focused())
	}
	if e.tabs.SelectedIndex() != tabSections || e.sections.sel != 3 {
		t.Errorf("thẻ %d, phần %d", e.tabs.SelectedIndex(), e.sections.sel)
	}
	if !e.sections.noteText.Visible() || !strings.Contains(e.sections.noteText.Text, "khong.co") {
		t.Errorf("ghi chú dưới nội dung: %q", e.sections.noteText.Text)
	}
}

// Typing in a paragraph is saved within the autosave delay, and Ctrl+Z
// takes it back.
func TestParagraphAutosaveAndUndo(t *testing.T) {
	tg, e, p := sectionWith(t, nil, 2, "Một.\n\nHai.")
	en := paragraph(t, p, 1)
	test.Type(en, " Ba.")
	tg.q.until(t, "tự động lưu", 2*time.Second, func() bool {
		return strings.HasPrefix(e.bar.save.Text, "Đã lưu lúc")
	})
	got, _, err := tg.st.Get(e.id)
	if err != nil || got.Sections[2].Text != "Một.\n\nHai. Ba." {
		t.Fatalf("kho giữ %q (%v)", got.Sections[2].Text, err)
	}
	// The editor undoes a word at a time (paragraphs_undo.go).
	for i := 0; i < 4 && e.r.Sections[2].Text != "Một.\n\nHai."; i++ {
		en.TypedShortcut(&fyne.ShortcutUndo{})
	}
	if e.r.Sections[2].Text != "Một.\n\nHai." {
		t.Errorf("Ctrl+Z: %q", e.r.Sections[2].Text)
	}
}

// Telex in a paragraph rewrites the word at the caret, in the middle of a
// paragraph as at its end: the text around it stays, the caret follows
// the word, and the report has it.
func TestParagraphTelexMidParagraph(t *testing.T) {
	for _, c := range []struct {
		name string
		at   int // caret, in runes
		want string
	}{
		{"giữa đoạn", len([]rune("Kết quả ")), "Kết quả được học tập tốt."},
		{"cuối đoạn", -1, "Kết quả học tập tốt. được học"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tg, e, p := sectionWith(t, map[string]any{prefTyping: "telex"}, 1, "Một.\n\nKết quả học tập tốt.")
			en := paragraph(t, p, 1)
			if c.at >= 0 {
				en.setCaret(c.at)
			} else {
				en.setCaret(len([]rune(en.Text)))
				test.Type(en, " ")
			}
			test.Type(en, "dduwowcj ")
			if c.at < 0 {
				test.Type(en, "hocj")
			}
			if got := p.paras[1]; got != c.want {
				t.Fatalf("đoạn: %q, muốn %q", got, c.want)
			}
			if e.r.Sections[1].Text != "Một.\n\n"+c.want {
				t.Fatalf("báo cáo: %q", e.r.Sections[1].Text)
			}
			wantCaret := len([]rune("Kết quả được "))
			if c.at < 0 {
				wantCaret = len([]rune(c.want))
			}
			if got := en.CursorTextOffset(); got != wantCaret {
				t.Fatalf("con trỏ ở %d, muốn %d", got, wantCaret)
			}
			tg.q.drain()
		})
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
		if got := st.previewText.text(); got != want {
			t.Fatalf("phần %d: xem trước %q, muốn %q", i+1, got, want)
		}
		// Typing, then another section before the pause.
		test.Type(paragraph(t, p, 0), "x")
	}
	tg.q.drain()
}
