package textedit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Enter at the end of a paragraph starts the next one, Enter inside one
// splits it at the caret, Backspace at the start of one joins it to the
// one before, Delete at the end joins the one after.
func TestParagraphEnterAndBackspace(t *testing.T) {
	h := newEditorWindow(t, telex(), "Một.\n\nHai.")
	p := h.p
	c := h.w.Canvas()
	en := paragraph(t, p, 0)
	key(en, fyne.KeyReturn)
	next, ok := c.Focused().(*paraEntry)
	if !ok || next.id != 1 {
		t.Fatalf("Enter at the end of paragraph 1 opens no new paragraph (focus: %T)", c.Focused())
	}
	test.Type(next, "Bas")
	if want := "Một.\n\nBá\n\nHai."; h.text != want {
		t.Fatalf("the report holds %q, want %q", h.text, want)
	}
	// Backspace at its start joins it back.
	next.setCaret(0)
	key(next, fyne.KeyBackspace)
	if want := "Một.Bá\n\nHai."; h.text != want {
		t.Fatalf("Backspace at a paragraph's start: %q, want %q", h.text, want)
	}
	first, ok := c.Focused().(*paraEntry)
	if !ok || first.id != 0 || first.CursorTextOffset() != len([]rune("Một.")) {
		t.Fatalf("after the join: the caret is in %v, want paragraph 1 after Một.", c.Focused())
	}
	// Enter in the middle splits at the caret.
	key(first, fyne.KeyReturn)
	if want := "Một.\n\nBá\n\nHai."; h.text != want {
		t.Fatalf("Enter in the middle of a paragraph: %q, want %q", h.text, want)
	}
	// Delete at the end of the second joins the third.
	second := paragraph(t, p, 1)
	key(second, fyne.KeyDelete)
	if want := "Một.\n\nBáHai."; h.text != want {
		t.Fatalf("Delete at a paragraph's end: %q, want %q", h.text, want)
	}
}

// A paste of several paragraphs makes several; Ctrl+A then Ctrl+C copies
// the whole section.
func TestParagraphPasteAndCopyAll(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "Đầu cuối")
	p := h.p
	cb := fyne.CurrentApp().Clipboard()
	en := paragraph(t, p, 0)
	en.setCaret(len([]rune("Đầu ")))
	cb.SetContent("một\r\n\r\nhai\n\nba ")
	en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if want := "Đầu một\n\nhai\n\nba cuối"; h.text != want {
		t.Fatalf("pasted: %q, want %q", h.text, want)
	}
	if len(p.paras) != 3 {
		t.Errorf("%d paragraphs after the paste, want 3", len(p.paras))
	}
	f, ok := h.w.Canvas().Focused().(*paraEntry)
	if !ok || f.id != 2 || f.CursorTextOffset() != len([]rune("ba ")) {
		t.Errorf("the caret after the paste is not at the end of what was pasted")
	}
	cb.SetContent("")
	f.TypedShortcut(&fyne.ShortcutSelectAll{})
	f.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if got := cb.Content(); got != h.text {
		t.Errorf("Ctrl+A, Ctrl+C copied %q, want the whole section", got)
	}
}

// Up at the first line goes to the paragraph before, Down at the last
// line to the one after, Page Down a screen further, Ctrl+End to the end.
func TestParagraphCaretCrossesBorders(t *testing.T) {
	long := strings.Repeat(strings.Repeat("chữ ", 120)+"\n\n", 80) + "cuối"
	h := newEditorWindow(t, typeOff(), long)
	p := h.p
	c := h.w.Canvas()
	en := paragraph(t, p, 1)
	en.setCaret(0)
	key(en, fyne.KeyUp)
	if f, ok := c.Focused().(*paraEntry); !ok || f.id != 0 {
		t.Fatalf("Up on the first line of paragraph 2 does not go to paragraph 1")
	}
	f := c.Focused().(*paraEntry)
	key(f, fyne.KeyDown)
	if g, ok := c.Focused().(*paraEntry); !ok || g.id != 1 {
		t.Fatalf("Down on the last line of paragraph 1 does not go to paragraph 2")
	}
	g := c.Focused().(*paraEntry)
	key(g, fyne.KeyPageDown)
	pd, ok := c.Focused().(*paraEntry)
	if !ok || pd.id <= 1 {
		t.Fatalf("Page Down does not go to a later paragraph")
	}
	pd.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	last, ok := c.Focused().(*paraEntry)
	if !ok || last.id != len(p.paras)-1 || !last.atEnd() {
		t.Fatalf("Ctrl+End does not go to the section's end")
	}
	test.Type(last, " hết")
	if !strings.HasSuffix(h.text, "cuối hết") {
		t.Errorf("typed at the section's end: …%q, want it to end in cuối hết", h.text[len(h.text)-20:])
	}
	// Only the visible paragraphs have an entry.
	if n := len(p.shown); n > 30 {
		t.Errorf("%d entries for %d paragraphs: the list is not virtual", n, len(p.paras))
	}
}

// Each row is as high as its paragraph wrapped in its entry: nothing is
// cut off and nothing scrolls inside an entry.
func TestParagraphRowHeights(t *testing.T) {
	text := strings.Repeat("Ban Tuyên giáo Tỉnh ủy đã tham mưu ban hành văn bản. ", 30) + "\n\nNgắn.\n\n"
	h := newEditorWindow(t, typeOff(), text)
	p := h.p
	for i := range p.paras {
		en := paragraph(t, p, i)
		if en.Size().Width != p.width {
			t.Errorf("paragraph %d: the entry is %v wide, measured at %v", i+1, en.Size().Width, p.width)
		}
		en.Refresh()
		if got, want := en.MinSize().Height, p.heights[i]; got > want+0.5 {
			t.Errorf("paragraph %d: the text is %v high, the row %v", i+1, got, want)
		}
	}
	if p.heights[0] <= 2*p.heights[1] {
		t.Errorf("the long paragraph is %v high, the short one %v: no wrapping", p.heights[0], p.heights[1])
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
		{"mid-paragraph", len([]rune("Kết quả ")), "Kết quả được học tập tốt."},
		{"paragraph's end", -1, "Kết quả học tập tốt. được học"},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newEditorWindow(t, telex(), "Một.\n\nKết quả học tập tốt.")
			p := h.p
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
				t.Fatalf("the paragraph: %q, want %q", got, c.want)
			}
			if h.text != "Một.\n\n"+c.want {
				t.Fatalf("the report: %q, want the paragraph after \"Một.\\n\\n\"", h.text)
			}
			wantCaret := len([]rune("Kết quả được "))
			if c.at < 0 {
				wantCaret = len([]rune(c.want))
			}
			if got := en.CursorTextOffset(); got != wantCaret {
				t.Fatalf("caret at %d, want %d", got, wantCaret)
			}
		})
	}
}

// A key typed at the end of a paragraph wraps it once, in its entry: the
// row's height follows from the lines the entry counted, and is the
// height the paragraph measures at, line after line, as Telex rewrites
// words and as plain letters come.
func TestParagraphKeyWrapsOnce(t *testing.T) {
	h := newEditorWindow(t, telex(), "Một.\n\nBan Tuyên giáo")
	p := h.p
	en := paragraph(t, p, 1)
	en.Refresh()
	before := p.measured
	keys := []rune(strings.Repeat(" dduwowcj hocj taapj toots", 30))
	for _, r := range keys {
		en.TypedRune(r)
	}
	if n := p.measured - before; n > 2 {
		t.Errorf("%d keys at a paragraph's end measured it %d times (outside the entry), want only the two line measurements", len(keys), n)
	}
	if !strings.HasSuffix(p.paras[1], "được học tập tốt") {
		t.Fatalf("the paragraph: …%q, want it to end in được học tập tốt", p.paras[1][max(len(p.paras[1])-40, 0):])
	}
	got := p.heights[1]
	if want := p.heightOf(p.paras[1]); got != want {
		t.Errorf("the row is %v high, the paragraph measures %v", got, want)
	}
	if got < 3*p.heightOf("x") {
		t.Errorf("the long paragraph is only %v high: no wrapping", got)
	}
	// Each key: the height as measured, not only at the end.
	for _, r := range " Ban Tuyeen giaso Tinhr uyr ddax thamm muwu banh hanhf vawn banr." {
		en.TypedRune(r)
		if got, want := p.heights[1], p.heightOf(p.paras[1]); got != want {
			t.Fatalf("after %q: the row is %v high, the paragraph measures %v", string(r), got, want)
		}
	}
	// In the middle of a paragraph, and Backspace, it is measured again.
	en.setCaret(3)
	before = p.measured
	test.Type(en, "x")
	key(en, fyne.KeyBackspace)
	if p.measured-before < 2 {
		t.Errorf("typed mid-paragraph, then Backspace: measured %d times, want it measured again", p.measured-before)
	}
}

// An empty section shows its hint (the template's guidance) whole: its
// one paragraph is as tall as the hint's lines, and one line once typed in.
func TestParagraphHintHeight(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "")
	p := h.p
	one := p.heights[0]
	p.SetPlaceHolder(strings.Repeat("Nêu số mô hình đã đăng ký, được công nhận và nhân rộng trong kỳ. ", 8))
	if p.heights[0] < 3*one {
		t.Fatalf("empty paragraph with a long hint is %v tall, one line is %v: the hint is cut", p.heights[0], one)
	}
	en := paragraph(t, p, 0)
	en.Refresh()
	if got := en.MinSize().Height; got > p.heights[0]+0.5 {
		t.Errorf("the hint needs %v, the row is %v", got, p.heights[0])
	}
	en.TypedRune('a')
	if p.heights[0] != one {
		t.Errorf("after a letter the paragraph is %v tall, want one line (%v)", p.heights[0], one)
	}
	key(en, fyne.KeyBackspace)
	if p.heights[0] < 3*one {
		t.Errorf("emptied again: %v tall, the hint needs more than %v", p.heights[0], 3*one)
	}
	p.Disable()
	if p.heights[0] != one {
		t.Errorf("read-only, no hint: %v tall, want %v", p.heights[0], one)
	}
}
