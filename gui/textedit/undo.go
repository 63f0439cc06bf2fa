package textedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/vnkey"
)

// The paragraph editor has one undo history for the whole section: Ctrl+Z
// (Cmd+Z) undoes typing as well as Enter, a join, a paste of several
// paragraphs, a cut of the whole section and a "Chuyển mã"; Ctrl+Y and
// Ctrl+Shift+Z redo. Fyne's own undo of each entry is never used: an entry
// shows one paragraph, then another, so its history is of no paragraph in
// particular (a recycled entry that shows a paragraph with the same text
// would undo into it).
//
// A step is a diff, never a copy of the section: the paragraphs it
// replaced and those it put in their place. Keys typed one after another
// in one paragraph make one step, as in a word processor: a step takes
// the letters of a word and the spaces and punctuation after it, and the
// next word starts a new step; a run of Backspace or Delete is one step.
// A step also ends when the caret moves, the paragraph changes, a key
// other than a letter, Backspace or Delete is pressed (an arrow, Enter) or
// a shortcut is used (a paste, Ctrl+A, an undo), and typing over a
// selection starts one.

// undoLimit is how many steps the history keeps.
const undoLimit = 500

// caretAt is a caret position: a paragraph and a rune offset in it.
type caretAt struct{ para, pos int }

// editKind tells the edits that merge into one step apart.
type editKind int

const (
	editOther  editKind = iota // never merged: a paste, a cut, Enter…
	editInsert                 // a typed letter (a Telex/VNI key included)
	editDelete                 // Backspace or Delete inside a paragraph
)

// undoStep is one change: paragraphs [from, from+len(old)) read old before
// it and new after it.
type undoStep struct {
	from          int
	old, new      []string
	before, after caretAt // the caret before and after the change
	kind          editKind
	wordEnded     bool // editInsert: a non-word rune was typed last
}

// undoHistory is the editor's list of steps.
type undoHistory struct {
	steps []undoStep
	n     int  // steps[:n] can be undone, steps[n:] redone
	open  bool // the last step may take the next typed key
	glue  bool // the next step belongs to the last (Enter over a selection)
}

// pendingKey is the key an entry is handling, noted before the entry
// applies it: where the caret was and what kind of edit it makes.
type pendingKey struct {
	set  bool
	at   caretAt
	kind editKind
	r    rune // editInsert: the rune typed
}

// noteKey notes, before en handles a key, where its caret is.
func (p *Editor) noteKey(en *paraEntry, kind editKind, r rune) {
	p.key = pendingKey{set: true, at: caretAt{en.id, en.CursorTextOffset()}, kind: kind, r: r}
}

// endKey forgets the key noted.
func (p *Editor) endKey() { p.key = pendingKey{} }

// caretNow is where the caret is: noted with the key being handled, or
// in the paragraph that has it.
func (p *Editor) caretNow() caretAt {
	if p.key.set {
		return p.key.at
	}
	if en := p.entryOf(p.cur); en != nil {
		return caretAt{p.cur, en.CursorTextOffset()}
	}
	return caretAt{p.cur, max(p.pending, 0)}
}

// clampCaret is caret (i, pos) as focusAt places it: pos -1 is the end.
func (p *Editor) clampCaret(i, pos int) caretAt {
	i = min(max(i, 0), len(p.paras)-1)
	if n := len([]rune(p.paras[i])); pos < 0 || pos > n {
		pos = n
	}
	return caretAt{i, pos}
}

// recordTyping records that paragraph i went from old to s by a key of
// the entry; after is its caret now. It merges the key into the last step
// when that step is typing of the same kind at the same place.
func (p *Editor) recordTyping(i int, old, s string, after int) {
	h := &p.hist
	k := p.key
	if !k.set || k.at.para != i {
		k = pendingKey{at: caretAt{i, commonPrefix(old, s)}}
	}
	if h.open && h.n == len(h.steps) && h.n > 0 && k.kind != editOther {
		last := &h.steps[h.n-1]
		word := vnkey.IsWordRune(k.r)
		if last.kind == k.kind && last.from == i && len(last.new) == 1 && last.after == k.at &&
			!(k.kind == editInsert && last.wordEnded && word) {
			last.new[0] = s
			last.after = caretAt{i, after}
			last.wordEnded = k.kind == editInsert && !word
			return
		}
	}
	p.record(undoStep{
		from: i, old: []string{old}, new: []string{s},
		before: k.at, after: caretAt{i, after},
		kind: k.kind, wordEnded: k.kind == editInsert && !vnkey.IsWordRune(k.r),
	})
}

// commonPrefix is the number of runes a and b begin with alike.
func commonPrefix(a, b string) int {
	n := 0
	ra, rb := []rune(a), []rune(b)
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// record adds a step, dropping the steps undone before it; a step
// glued to the last makes one with it.
func (p *Editor) record(s undoStep) {
	h := &p.hist
	glue := h.glue
	h.glue, h.open = false, false
	composed := false
	if glue && h.n > 0 && h.n == len(h.steps) {
		if c, ok := compose(h.steps[h.n-1], s); ok {
			h.n--
			s, composed = c, true
		}
	}
	s = trimStep(s)
	if len(s.old) == 0 && len(s.new) == 0 && !composed {
		return // nothing changed
	}
	clear(h.steps[h.n:])
	h.steps = h.steps[:h.n]
	if len(s.old) == 0 && len(s.new) == 0 {
		return
	}
	if len(h.steps) >= undoLimit {
		// Dropped from the front: append copies the steps kept only
		// when it grows the array, not on every step.
		h.steps[0] = undoStep{}
		h.steps = h.steps[len(h.steps)-undoLimit+1:]
	}
	h.steps = append(h.steps, s)
	h.n = len(h.steps)
	h.open = s.kind != editOther
}

// compose makes one step of a and b, done after a, when b's paragraphs
// take in all those a made.
func compose(a, b undoStep) (undoStep, bool) {
	lo, hi := a.from-b.from, a.from+len(a.new)-b.from
	if lo < 0 || hi > len(b.old) {
		return b, false
	}
	old := make([]string, 0, len(b.old)-len(a.new)+len(a.old))
	old = append(append(append(old, b.old[:lo]...), a.old...), b.old[hi:]...)
	return undoStep{from: b.from, old: old, new: b.new, before: a.before, after: b.after}, true
}

// trimStep leaves out the paragraphs a step did not change.
func trimStep(s undoStep) undoStep {
	for len(s.old) > 0 && len(s.new) > 0 && s.old[0] == s.new[0] {
		s.from++
		s.old, s.new = s.old[1:], s.new[1:]
	}
	for len(s.old) > 0 && len(s.new) > 0 && s.old[len(s.old)-1] == s.new[len(s.new)-1] {
		s.old, s.new = s.old[:len(s.old)-1], s.new[:len(s.new)-1]
	}
	return s
}

// clearHistory forgets every step (another section is shown).
func (p *Editor) clearHistory() { p.hist = undoHistory{} }

// canUndo and canRedo tell whether there is a step to undo or redo.
func (p *Editor) canUndo() bool { return !p.disabled && p.hist.n > 0 }
func (p *Editor) canRedo() bool { return !p.disabled && p.hist.n < len(p.hist.steps) }

// Undo takes the last step back and puts the caret where it was before.
func (p *Editor) Undo() {
	if !p.canUndo() {
		return
	}
	p.hist.n--
	s := p.hist.steps[p.hist.n]
	p.restore(s.from, len(s.new), s.old, s.before)
}

// Redo does the step undone last again.
func (p *Editor) Redo() {
	if !p.canRedo() {
		return
	}
	s := p.hist.steps[p.hist.n]
	p.hist.n++
	p.restore(s.from, len(s.old), s.new, s.after)
}

// restore puts ps in place of the n paragraphs from from, without
// recording it, tells OnChanged and puts the caret at c.
func (p *Editor) restore(from, n int, ps []string, c caretAt) {
	p.hist.open, p.hist.glue = false, false
	p.endKey()
	if p.typ != nil {
		p.typ.Reset()
	}
	if n == 1 && len(ps) == 1 {
		p.allSel = false
		p.paras[from] = ps[0]
		p.remeasure(from, nil)
		if en := p.shown[from]; en != nil && en.id == from && en.Text != ps[0] {
			p.quiet = true
			en.SetText(ps[0])
			p.quiet = false
		}
		p.changed(from)
	} else {
		p.splice(from, from+n, ps)
		p.changed(-1)
	}
	p.FocusAt(c.para, c.pos)
}

// undoShortcut undoes or redoes for the shortcuts that Fyne's entry
// takes for it (Ctrl+Z, Ctrl+Y) and for Ctrl+Shift+Z; it tells whether s
// was one of them.
func (p *Editor) undoShortcut(s fyne.Shortcut) bool {
	switch s := s.(type) {
	case *fyne.ShortcutUndo:
		p.Undo()
		return true
	case *fyne.ShortcutRedo:
		p.Redo()
		return true
	case *desktop.CustomShortcut:
		if s.KeyName == fyne.KeyZ && s.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift {
			p.Redo()
			return true
		}
	}
	return false
}

// TappedSecondary shows the entry's menu as Fyne does, its Hoàn tác and
// Làm lại being the editor's.
func (en *paraEntry) TappedSecondary(pe *fyne.PointEvent) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(en)
	if c == nil {
		return
	}
	c.Focus(en)
	pos := d.AbsolutePositionForObject(en).Add(pe.Position)
	widget.ShowPopUpMenuAtPosition(en.menu(), c, pos)
}

// menu is the entry's context menu: Fyne's, with the editor's undo.
func (en *paraEntry) menu() *fyne.Menu {
	p := en.ed
	cb := fyne.CurrentApp().Clipboard()
	item := func(label string, s fyne.Shortcut) *fyne.MenuItem {
		return fyne.NewMenuItem(lang.L(label), func() { en.TypedShortcut(s) })
	}
	var items []*fyne.MenuItem
	if !en.Disabled() {
		if p.canUndo() {
			items = append(items, item("Undo", &fyne.ShortcutUndo{}))
		}
		if p.canRedo() {
			items = append(items, item("Redo", &fyne.ShortcutRedo{}))
		}
		if len(items) > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		items = append(items, item("Cut", &fyne.ShortcutCut{Clipboard: cb}))
	}
	items = append(items, item("Copy", &fyne.ShortcutCopy{Clipboard: cb}))
	if !en.Disabled() {
		items = append(items, item("Paste", &fyne.ShortcutPaste{Clipboard: cb}))
	}
	items = append(items, item("Select all", &fyne.ShortcutSelectAll{}))
	return fyne.NewMenu("", items...)
}
