package textedit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
)

// caretOf is where the caret of the editor is: the focused paragraph's
// entry and its offset.
func caretOf(t *testing.T, h *editorWindow) caretAt {
	t.Helper()
	en, ok := h.w.Canvas().Focused().(*paraEntry)
	if !ok {
		t.Fatalf("no paragraph's entry has the caret (focus: %T)", h.w.Canvas().Focused())
	}
	return caretAt{en.id, en.CursorTextOffset()}
}

// focused is the entry with the caret.
func focused(t *testing.T, h *editorWindow) *paraEntry {
	t.Helper()
	caretOf(t, h)
	return h.w.Canvas().Focused().(*paraEntry)
}

// undo and redo type Ctrl+Z and Ctrl+Y into the entry with the caret.
func undo(t *testing.T, h *editorWindow) { focused(t, h).TypedShortcut(&fyne.ShortcutUndo{}) }
func redo(t *testing.T, h *editorWindow) { focused(t, h).TypedShortcut(&fyne.ShortcutRedo{}) }

// undoesTo types Ctrl+Z once for each of texts, which the report must
// hold after it.
func undoesTo(t *testing.T, h *editorWindow, texts ...string) {
	t.Helper()
	for i, want := range texts {
		undo(t, h)
		if got := h.text; got != want {
			t.Fatalf("after %d Ctrl+Z: %q, want %q", i+1, got, want)
		}
	}
}

// Each edit is taken back by one Ctrl+Z, which puts the caret where it was
// before it, and done again by one Ctrl+Y; the report follows each time.
func TestParagraphUndoRedo(t *testing.T) {
	cb := func() fyne.Clipboard { return fyne.CurrentApp().Clipboard() }
	for _, c := range []struct {
		name   string
		text   string
		caret  caretAt // put there before the edit
		edit   func(p *Editor, en *paraEntry)
		want   string
		redoAt caretAt // the caret after redo
	}{
		{"a word typed with Telex", "Một.\n\nHai ", caretAt{1, 4},
			func(_ *Editor, en *paraEntry) { test.Type(en, "dduwowcj") },
			"Một.\n\nHai được", caretAt{1, 8}},
		{"Backspace three times", "Một.\n\nHai.", caretAt{1, 4},
			func(_ *Editor, en *paraEntry) {
				for range 3 {
					key(en, fyne.KeyBackspace)
				}
			},
			"Một.\n\nH", caretAt{1, 1}},
		{"Enter splits a paragraph", "Một hai", caretAt{0, 3},
			func(_ *Editor, en *paraEntry) { key(en, fyne.KeyReturn) },
			"Một\n\n hai", caretAt{1, 0}},
		{"Enter at the end of the section", "Một.", caretAt{0, 4},
			func(_ *Editor, en *paraEntry) { key(en, fyne.KeyReturn) },
			"Một.\n\n", caretAt{1, 0}},
		{"Backspace joins paragraphs", "Một.\n\nHai.", caretAt{1, 0},
			func(_ *Editor, en *paraEntry) { key(en, fyne.KeyBackspace) },
			"Một.Hai.", caretAt{0, 4}},
		{"Delete joins paragraphs", "Một.\n\nHai.\n\nBa.", caretAt{1, 4},
			func(_ *Editor, en *paraEntry) { key(en, fyne.KeyDelete) },
			"Một.\n\nHai.Ba.", caretAt{1, 4}},
		{"pasting several paragraphs", "Đầu cuối", caretAt{0, 4},
			func(_ *Editor, en *paraEntry) {
				cb().SetContent("một\n\nhai\n\nba ")
				en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb()})
			},
			"Đầu một\n\nhai\n\nba cuối", caretAt{2, 3}},
		{"Ctrl+A, Ctrl+X", "Một.\n\nHai.\n\nBa.", caretAt{1, 4}, // Ctrl+A puts it at the end
			func(_ *Editor, en *paraEntry) {
				en.TypedShortcut(&fyne.ShortcutSelectAll{})
				en.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb()})
			},
			"", caretAt{0, 0}},
		{"Ctrl+A, Ctrl+V", "Một.\n\nHai.", caretAt{0, 4},
			func(_ *Editor, en *paraEntry) {
				cb().SetContent("Khác.\n\nHẳn")
				en.TypedShortcut(&fyne.ShortcutSelectAll{})
				en.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb()})
			},
			"Khác.\n\nHẳn", caretAt{1, 3}},
		{"Enter over a selection", "Một.\n\nHai.", caretAt{1, 4},
			func(_ *Editor, en *paraEntry) {
				en.TypedShortcut(&fyne.ShortcutSelectAll{})
				key(en, fyne.KeyReturn)
			},
			"Một.\n\n\n\n", caretAt{2, 0}},
		{"Chuyển mã of the whole section", "Mot.\n\nHai.\n\nBa.", caretAt{2, 1},
			func(p *Editor, _ *paraEntry) { p.SetAllText("Một.\n\nHai.\n\nBà.") },
			"Một.\n\nHai.\n\nBà.", caretAt{2, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newEditorWindow(t, telex(), c.text)
			p := h.p
			en := paragraph(t, p, c.caret.para)
			en.setCaret(c.caret.pos)
			c.edit(p, en)
			if got := h.text; got != c.want {
				t.Fatalf("after the edit: %q, want %q", got, c.want)
			}
			undo(t, h)
			if got := h.text; got != c.text {
				t.Fatalf("Ctrl+Z: %q, want %q", got, c.text)
			}
			if got := p.Text(); got != c.text {
				t.Errorf("Ctrl+Z: the editor holds %q", got)
			}
			if got := caretOf(t, h); got != c.caret {
				t.Errorf("Ctrl+Z: caret at %+v, want %+v", got, c.caret)
			}
			redo(t, h)
			if got := h.text; got != c.want {
				t.Fatalf("Ctrl+Y: %q, want %q", got, c.want)
			}
			if got := caretOf(t, h); got != c.redoAt {
				t.Errorf("Ctrl+Y: caret at %+v, want %+v", got, c.redoAt)
			}
			// Ctrl+Shift+Z redoes too; there is nothing left to redo.
			undo(t, h)
			focused(t, h).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ,
				Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
			redo(t, h)
			if got := h.text; got != c.want {
				t.Errorf("Ctrl+Shift+Z: %q, want %q", got, c.want)
			}
			for _, s := range p.paras {
				if strings.Contains(s, "\n\n") {
					t.Errorf("a paragraph holds an empty line: %q", s)
				}
			}
		})
	}
}

// Typing is undone a word at a time: a word with the spaces after it.
// Undo steps back over every structural edit in turn, and an edit after
// an undo drops what could be redone.
func TestParagraphUndoSteps(t *testing.T) {
	h := newEditorWindow(t, telex(), "Hai.")
	p := h.p
	en := paragraph(t, p, 0)
	test.Type(en, " bas bon")
	key(focused(t, h), fyne.KeyReturn)
	test.Type(focused(t, h), "ba")
	if got := h.text; got != "Hai. bá bon\n\nba" {
		t.Fatalf("typed: %q, want \"Hai. bá bon\\n\\nba\"", got)
	}
	undoesTo(t, h,
		"Hai. bá bon\n\n",
		"Hai. bá bon",
		"Hai. bá ",
		"Hai. ",
		"Hai.",
		"Hai.", // nothing more to undo
	)
	redo(t, h)
	redo(t, h)
	if got := h.text; got != "Hai. bá " {
		t.Fatalf("Ctrl+Y twice: %q, want \"Hai. bá \"", got)
	}
	test.Type(focused(t, h), "x")
	redo(t, h)
	if got := h.text; got != "Hai. bá x" {
		t.Errorf("Ctrl+Y after typing on: %q, want nothing redone", got)
	}
	undoesTo(t, h, "Hai. bá ", "Hai. ")
	redo(t, h)
	redo(t, h)
	redo(t, h)
	if got := h.text; got != "Hai. bá x" {
		t.Errorf("Ctrl+Y to the end: %q, want \"Hai. bá x\"", got)
	}
}

// A step holds the paragraphs it changed, not the section: a "Chuyển mã"
// that changes one paragraph of three keeps that one.
func TestParagraphUndoStepIsDiff(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "Một.\n\nHai.\n\nBa.")
	p := h.p
	test.Type(paragraph(t, p, 2), " x")
	p.SetAllText("Một.\n\nHAI.\n\nBa. x")
	last := p.hist.steps[p.hist.n-1]
	if last.from != 1 || len(last.old) != 1 || len(last.new) != 1 || last.old[0] != "Hai." {
		t.Errorf("the step of Chuyển mã = from %d, %q → %q; want from 1, [\"Hai.\"] → one paragraph", last.from, last.old, last.new)
	}
	for _, s := range p.hist.steps {
		if len(s.old)+len(s.new) > 2 {
			t.Errorf("a step holds %d paragraphs, want 2 at most", len(s.old)+len(s.new))
		}
	}
	undo(t, h)
	if got := h.text; got != "Một.\n\nHai.\n\nBa. x" {
		t.Errorf("Ctrl+Z: %q, want \"Một.\\n\\nHai.\\n\\nBa. x\"", got)
	}
}

// A caret moved elsewhere in the paragraph starts a new step.
func TestParagraphUndoCaretMoved(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "ab")
	p := h.p
	en := paragraph(t, p, 0)
	test.Type(en, "c")
	en.setCaret(0)
	test.Type(en, "x")
	undo(t, h)
	if got := h.text; got != "abc" {
		t.Errorf("Ctrl+Z: %q, want abc", got)
	}
	if got := caretOf(t, h); got != (caretAt{0, 0}) {
		t.Errorf("caret at %+v, want the paragraph's start", got)
	}
	// Left then Right leave the caret where it was, yet end the step;
	// so does Ctrl+A, and typing over the selection.
	en = focused(t, h)
	en.setCaret(3)
	test.Type(en, "d")
	key(en, fyne.KeyLeft)
	key(en, fyne.KeyRight)
	test.Type(en, "e")
	en.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(en, "f")
	undoesTo(t, h, "abcde", "abcd", "abc")
}

// Showing another section forgets the history; a read-only editor
// neither undoes nor redoes.
func TestParagraphUndoClearedAndDisabled(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "Một.\n\nHai.")
	p := h.p
	en := paragraph(t, p, 1)
	test.Type(en, " Bxq")
	key(focused(t, h), fyne.KeyReturn)
	p.Disable()
	undo(t, h)
	if got := h.text; got != "Một.\n\nHai. Bxq\n\n" {
		t.Errorf("Ctrl+Z when read-only: %q, want nothing undone", got)
	}
	p.Enable()
	// The app shows another section, then this one again.
	p.SetText("Phần khác.")
	p.SetText(h.text)
	paragraph(t, p, 1)
	undo(t, h)
	if got := p.Text(); got != "Một.\n\nHai. Bxq\n\n" {
		t.Errorf("Ctrl+Z after the section is shown again: %q, want nothing undone", got)
	}
}

// A list row's entry shows one paragraph, then another: Ctrl+Z in it
// undoes the editor's last step, in the paragraph of that step, never in
// the paragraph the entry shows now (Fyne's own undo of the entry did,
// when both read the same).
func TestParagraphUndoRecycledEntry(t *testing.T) {
	para := strings.Repeat("chữ ", 60)
	long := strings.TrimSuffix(strings.Repeat(para+"\n\n", 80), "\n\n")
	h := newEditorWindow(t, typeOff(), long)
	p := h.p
	en := paragraph(t, p, 1)
	test.Type(en, "xy")
	key(en, fyne.KeyBackspace)
	key(en, fyne.KeyBackspace)
	for y := float32(0); y < 8000 && en.id == 1; y += 20 {
		p.list.ScrollToOffset(y)
	}
	if en.id == 1 {
		t.Fatal("the entry of paragraph 2 was not reused for another paragraph")
	}
	now := en.id
	h.w.Canvas().Focus(en)
	en.TypedShortcut(&fyne.ShortcutUndo{})
	for i, s := range p.paras {
		want := para
		if i == 1 {
			want = para + "xy"
		}
		if s != want {
			t.Errorf("paragraph %d (the entry now shows paragraph %d): …%q", i+1, now+1, s[max(len(s)-12, 0):])
		}
	}
	if got := caretOf(t, h); got != (caretAt{1, len([]rune(para)) + 2}) {
		t.Errorf("caret at %+v, want the end of paragraph 2", got)
	}
	if h.text != strings.Join(p.paras, "\n\n") {
		t.Error("the report does not follow the editor")
	}
}

// The history keeps the last undoLimit steps.
func TestParagraphUndoLimit(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "")
	p := h.p
	en := paragraph(t, p, 0)
	test.Type(en, strings.Repeat("a ", undoLimit+100))
	for range undoLimit + 10 {
		undo(t, h)
	}
	if got, want := h.text, strings.Repeat("a ", 100); got != want {
		t.Errorf("%d characters left, want %d", len(got), len(want))
	}
	if len(p.hist.steps) != undoLimit {
		t.Errorf("%d steps, want %d", len(p.hist.steps), undoLimit)
	}
}

// The entry's menu (right click) offers the editor's Undo and Redo
// (the app translates them: Hoàn tác, Làm lại).
func TestParagraphUndoMenu(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "Một.\n\nHai.")
	p := h.p
	en := paragraph(t, p, 0)
	key(en, fyne.KeyReturn)
	labels := func() (out []string) {
		for _, it := range focused(t, h).menu().Items {
			out = append(out, it.Label)
		}
		return out
	}
	m := focused(t, h).menu()
	if got := strings.Join(labels(), ","); !strings.HasPrefix(got, "Undo,,Cut,") {
		t.Fatalf("the menu: %s, want Undo,,Cut,…", got)
	}
	m.Items[0].Action()
	if got := h.text; got != "Một.\n\nHai." {
		t.Fatalf("Undo: %q, want \"Một.\\n\\nHai.\"", got)
	}
	if got := strings.Join(labels(), ","); !strings.HasPrefix(got, "Redo,,Cut,") {
		t.Errorf("the menu after Undo: %s, want Redo,,Cut,…", got)
	}
	// Right click shows this menu (Fyne's would have no Redo: the
	// entry's own history is empty).
	test.TapSecondary(focused(t, h))
	var shown *widget.Menu
	if top := h.w.Canvas().Overlays().Top(); top != nil {
		uitest.Walk(top, func(o fyne.CanvasObject) {
			if m, ok := o.(*widget.PopUpMenu); ok && shown == nil {
				shown = m.Menu
			}
		})
	}
	if shown == nil {
		t.Error("a right click opens no menu")
	} else if len(shown.Items) != len(m.Items) {
		t.Errorf("a right click opens a menu of %d items, not the editor's (%d items)", len(shown.Items), len(m.Items))
	}
}

// Enter over a selection is one step even when the history is full.
func TestParagraphUndoFullHistory(t *testing.T) {
	h := newEditorWindow(t, typeOff(), "")
	p := h.p
	en := paragraph(t, p, 0)
	typed := strings.Repeat("a ", undoLimit+1)
	test.Type(en, typed)
	en.TypedShortcut(&fyne.ShortcutSelectAll{})
	key(en, fyne.KeyReturn)
	undo(t, h)
	if got := h.text; got != typed {
		t.Errorf("Ctrl+Z after Enter over a selection: %d characters, want %d", len(got), len(typed))
	}
}
