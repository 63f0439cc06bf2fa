package textedit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Editor edits a section's text, paragraphs separated by a blank
// line, one paragraph per entry in a virtualised list: only the visible
// paragraphs have an entry, and a key re-wraps only the paragraph it is
// typed in. So typing costs the same in a page and in thirty (a single
// word-wrapped Entry re-wraps all of its text on every change,
// fyne-io/fyne#5297).
//
// Enter splits the paragraph at the caret, Backspace at its start joins it
// to the one before (Delete at its end, the one after), a paste of several
// paragraphs makes several, Up/Down/Page Up/Page Down and Ctrl+Home/End
// cross paragraph borders, and Ctrl+A then Ctrl+C (or Ctrl+X) copies the
// whole section. Ctrl+Z and Ctrl+Y undo and redo all of these
// (undo.go).
type Editor struct {
	widget.BaseWidget
	typ     Typing
	paras   []string
	heights []float32 // of each paragraph's row at width
	width   float32
	list    *widget.List
	measure *widget.Label
	shown   map[int]*paraEntry // the entry each paragraph was bound to last

	// OnChanged is called after an edit with the whole text;
	// ChangedParagraph says which paragraph changed.
	OnChanged   func(text string)
	changedPara int
	// OnFocus is called when a paragraph gains the focus.
	OnFocus func()

	// The paragraph with the caret (or last had it) and where to put the
	// caret when its entry is bound again (after it scrolled out of view
	// or was made anew by a split or a join).
	cur      int
	pending  int // caret offset in runes to restore in paragraph cur; -1: none
	quiet    bool
	allSel   bool // Ctrl+A: the whole section is selected
	disabled bool
	hint     string

	hist undoHistory // undo and redo
	key  pendingKey  // the key an entry is handling

	lines    lineMetrics // the height of a paragraph of n lines
	measured int         // paragraphs wrapped in measure (tests)
}

// lineMetrics is the height of a paragraph of one line at width, and
// what each further line adds: the height of a paragraph whose lines the
// entry already counted, without wrapping it again.
type lineMetrics struct{ width, one, more float32 }

// NewEditor is an editor of one empty paragraph typing through typ.
func NewEditor(typ Typing) *Editor {
	p := &Editor{typ: typ, paras: []string{""}, pending: -1, changedPara: -1, shown: map[int]*paraEntry{}}
	p.measure = widget.NewLabel("")
	p.measure.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(
		func() int { return len(p.paras) },
		func() fyne.CanvasObject { return newParaEntry(p) },
		func(id widget.ListItemID, o fyne.CanvasObject) { p.bind(id, o.(*paraEntry)) })
	p.list.HideSeparators = true
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer shows the list.
func (p *Editor) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.list)
}

// Resize measures the paragraphs again when the width changes.
func (p *Editor) Resize(s fyne.Size) {
	p.BaseWidget.Resize(s)
	if s.Width != p.width && s.Width > 0 {
		p.width = s.Width
		p.measureAll()
	}
}

// MinSize is a few lines: the list scrolls.
func (p *Editor) MinSize() fyne.Size {
	p.ExtendBaseWidget(p)
	return fyne.NewSize(100, 200)
}

// Disable makes the text read-only.
func (p *Editor) Disable() {
	p.disabled = true
	p.SetPlaceHolder("")
	p.list.Refresh()
}

// Enable makes it editable again.
func (p *Editor) Enable() {
	p.disabled = false
	p.list.Refresh()
}

// Disabled tells whether the text is read-only.
func (p *Editor) Disabled() bool { return p.disabled }

// SetPlaceHolder is the hint shown in an empty section; the empty
// paragraph is as tall as the hint's lines.
func (p *Editor) SetPlaceHolder(s string) {
	if p.hint == s {
		return
	}
	p.hint = s
	if len(p.paras) == 1 && p.paras[0] == "" && len(p.heights) == 1 {
		p.remeasure(0, nil)
	}
}

// shownText is what paragraph i shows: its text, or the hint when it is
// the section's only paragraph and empty.
func (p *Editor) shownText(i int) string {
	if p.paras[i] == "" && len(p.paras) == 1 && p.hint != "" {
		return p.hint
	}
	return p.paras[i]
}

// Text is the section's text.
func (p *Editor) Text() string { return strings.Join(p.paras, "\n\n") }

// SetText shows a text (no OnChanged) and forgets the undo history.
func (p *Editor) SetText(s string) {
	p.paras = splitParagraphs(s)
	p.cur, p.pending, p.allSel = 0, -1, false
	p.clearHistory()
	p.measureAll()
	clear(p.shown)
	p.list.ScrollToOffset(0)
	p.list.Refresh()
}

// splitParagraphs cuts a text at its blank lines; strings.Join(…, "\n\n")
// gives it back unchanged.
func splitParagraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Split(s, "\n\n")
}

// measureAll finds the height of every paragraph at the current width.
func (p *Editor) measureAll() {
	p.heights = p.heights[:0]
	for i := range p.paras {
		p.heights = append(p.heights, p.heightOf(p.shownText(i)))
		if p.width > 0 {
			p.list.SetItemHeight(i, p.heights[i])
		}
	}
}

// heightOf is the height of an entry showing s at the current width: as
// a word-wrapped label of that width (an entry without icons wraps the
// same way), and the minimum height of an entry.
func (p *Editor) heightOf(s string) float32 {
	if s == "" {
		s = " "
	}
	p.measured++
	return wrappedHeight(p.measure, s, p.width)
}

// heightOfLines is the height of a paragraph of n lines at the current
// width, as heightOf measures it.
func (p *Editor) heightOfLines(n int) float32 {
	if p.lines.width != p.width {
		one := p.heightOf("x")
		p.lines = lineMetrics{width: p.width, one: one, more: p.heightOf("x\nx") - one}
	}
	return p.lines.one + float32(n-1)*p.lines.more
}

// linesOf is how many lines the entry en wrapped its text s into, when it
// just told it (a letter typed at the end of its paragraph: the entry put
// the caret on its last line after wrapping); 0 when it cannot tell.
func (p *Editor) linesOf(en *paraEntry, s string) int {
	if en == nil || !p.key.set || p.key.kind != editInsert || p.width <= 0 || en.Size().Width != p.width ||
		en.Text != s || en.CursorTextOffset() != len([]rune(s)) {
		return 0
	}
	return en.CursorRow + 1
}

// wrappedHeight is the height of s in the word-wrapped label m at width.
func wrappedHeight(m *widget.Label, s string, width float32) float32 {
	if width <= 0 {
		return 0
	}
	m.Text = s
	m.Resize(fyne.NewSize(width, m.Size().Height))
	m.Refresh()
	return m.MinSize().Height
}

// remeasure updates the height of paragraph i after it changed; en, when
// not nil, is the entry that changed it. A key typed at the end of a
// paragraph wraps it once, in its entry: its height follows from the
// lines the entry counted. Otherwise it is wrapped again to measure it.
func (p *Editor) remeasure(i int, en *paraEntry) {
	for len(p.heights) < len(p.paras) {
		p.heights = append(p.heights, 0)
	}
	var h float32
	if n := p.linesOf(en, p.paras[i]); n > 0 {
		h = p.heightOfLines(n)
	} else {
		h = p.heightOf(p.shownText(i))
	}
	if h != p.heights[i] {
		p.heights[i] = h
		p.list.SetItemHeight(i, h)
	}
}

// bind shows paragraph id in entry en.
func (p *Editor) bind(id int, en *paraEntry) {
	if id >= len(p.paras) {
		return
	}
	c := p.canvas()
	if c != nil && c.Focused() == en && en.id != id {
		// The focused entry scrolled out of view and shows another
		// paragraph now: it gets the focus back when it shows its own.
		p.pending = en.CursorTextOffset()
		p.quiet = true
		c.Unfocus()
		p.quiet = false
	}
	if p.shown[en.id] == en {
		delete(p.shown, en.id)
	}
	en.id = id
	p.shown[id] = en
	if en.Disabled() != p.disabled {
		if p.disabled {
			en.Disable()
		} else {
			en.Enable()
		}
	}
	hint := ""
	if len(p.paras) == 1 {
		hint = p.hint
	}
	if en.PlaceHolder != hint {
		en.SetPlaceHolder(hint)
	}
	if en.Text != p.paras[id] {
		p.quiet = true
		en.SetText(p.paras[id])
		p.quiet = false
	}
	if id == p.cur && p.pending >= 0 && c != nil {
		pos := p.pending
		p.pending = -1
		en.setCaret(pos)
		c.Focus(en)
	}
}

func (p *Editor) canvas() fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(p)
}

// entryOf is the entry showing paragraph i, if it is in view.
func (p *Editor) entryOf(i int) *paraEntry {
	if en := p.shown[i]; en != nil && en.id == i && en.Text == p.paras[i] {
		return en
	}
	return nil
}

// FocusAt puts the caret into paragraph i at rune offset pos (-1: its
// end), scrolling it into view.
func (p *Editor) FocusAt(i, pos int) {
	i = min(max(i, 0), len(p.paras)-1)
	if pos < 0 || pos > len([]rune(p.paras[i])) {
		pos = len([]rune(p.paras[i]))
	}
	p.cur = i
	p.list.ScrollTo(i)
	if en := p.entryOf(i); en != nil {
		p.pending = -1
		en.setCaret(pos)
		if c := p.canvas(); c != nil {
			c.Focus(en)
		}
		return
	}
	p.pending = pos
	p.list.Refresh()
}

// edited records that the paragraph of en now reads s, as an undo step.
func (p *Editor) edited(en *paraEntry, s string) {
	i := en.id
	if p.quiet || i < 0 || i >= len(p.paras) {
		return
	}
	p.allSel = false
	if old := p.paras[i]; old != s {
		p.recordTyping(i, old, s, en.CursorTextOffset())
	}
	p.paras[i] = s
	p.remeasure(i, en)
	p.changed(i)
}

// ChangedParagraph is, while OnChanged runs, the paragraph the edit
// changed; -1 when it changed several (or none is being told).
func (p *Editor) ChangedParagraph() int { return p.changedPara }

// Paragraphs are the section's paragraphs (not to be changed).
func (p *Editor) Paragraphs() []string { return p.paras }

// CaretParagraph is the paragraph that has the caret, or had it last.
func (p *Editor) CaretParagraph() int { return p.cur }

// ScrollToOffset scrolls the paragraphs to offset y.
func (p *Editor) ScrollToOffset(y float32) { p.list.ScrollToOffset(y) }

func (p *Editor) changed(i int) {
	p.changedPara = i
	if p.OnChanged != nil {
		p.OnChanged(p.Text())
	}
	p.changedPara = -1
}

// replace puts paragraphs ps in place of paragraphs [from, to) and the
// caret into paragraph at, at rune offset pos, as an undo step.
func (p *Editor) replace(from, to int, ps []string, at, pos int) {
	step := undoStep{
		from:   from,
		old:    append([]string(nil), p.paras[from:to]...),
		new:    append([]string(nil), ps...),
		before: p.caretNow(),
	}
	if len(ps) == 0 && from == 0 && to == len(p.paras) {
		step.new = []string{""} // the section keeps one, empty, paragraph
	}
	p.splice(from, to, ps)
	step.after = p.clampCaret(at, pos)
	p.record(step)
	p.changed(-1)
	p.FocusAt(at, pos)
}

// splice puts paragraphs ps in place of paragraphs [from, to) and shows
// them.
func (p *Editor) splice(from, to int, ps []string) {
	rest := append([]string(nil), p.paras[to:]...)
	p.paras = append(append(p.paras[:from], ps...), rest...)
	if len(p.paras) == 0 {
		p.paras = []string{""}
	}
	p.allSel = false
	p.measureAll()
	clear(p.shown)
	p.list.Refresh()
}

// split cuts paragraph i at rune offset pos (Enter).
func (p *Editor) split(i, pos int) {
	rs := []rune(p.paras[i])
	p.replace(i, i+1, []string{string(rs[:pos]), string(rs[pos:])}, i+1, 0)
}

// join appends paragraph i+1 to paragraph i.
func (p *Editor) join(i int) {
	if i < 0 || i+1 >= len(p.paras) {
		return
	}
	n := len([]rune(p.paras[i]))
	p.replace(i, i+2, []string{p.paras[i] + p.paras[i+1]}, i, n)
}

// paste inserts text with blank lines at rune offset pos of paragraph i.
func (p *Editor) paste(i, pos int, text string) {
	rs := []rune(p.paras[i])
	ps := splitParagraphs(text)
	last := len(ps) - 1
	n := len([]rune(ps[last]))
	ps[0] = string(rs[:pos]) + ps[0]
	ps[last] += string(rs[pos:])
	p.replace(i, i+1, ps, i+last, n)
}

// InsertAtCaret types s (a placeholder) at the caret of the paragraph
// that had it last, without the typing method.
func (p *Editor) InsertAtCaret(s string) {
	en := p.entryOf(p.cur)
	if en == nil {
		p.FocusAt(p.cur, -1)
		en = p.entryOf(p.cur)
	}
	if en == nil {
		return
	}
	if c := p.canvas(); c != nil {
		c.Focus(en)
	}
	p.noteKey(en, editOther, 0)
	defer p.endKey()
	en.TypeRaw(s)
}

// rowTop is the offset of paragraph i's row in the list (rows are
// apart by the theme's padding, as the list lays them out).
func (p *Editor) rowTop(i int) float32 {
	pad := p.list.Theme().Size(theme.SizeNamePadding)
	var y float32
	for j := 0; j < i && j < len(p.heights); j++ {
		y += p.heights[j] + pad
	}
	return y
}

// paraAt is the paragraph whose row holds offset y.
func (p *Editor) paraAt(y float32) int {
	pad := p.list.Theme().Size(theme.SizeNamePadding)
	var top float32
	for j, h := range p.heights {
		if y < top+h+pad {
			return j
		}
		top += h + pad
	}
	return len(p.paras) - 1
}

// page moves the caret a screen down (dir 1) or up (-1).
func (p *Editor) page(i, dir int) {
	h := p.list.Size().Height
	y := p.rowTop(i) + float32(dir)*h
	switch {
	case y < 0:
		p.FocusAt(0, 0)
	case y >= p.rowTop(len(p.paras)):
		p.FocusAt(len(p.paras)-1, -1)
	default:
		j := p.paraAt(y)
		if j == i {
			j = min(max(i+dir, 0), len(p.paras)-1)
		}
		p.list.ScrollToOffset(p.list.GetScrollOffset() + float32(dir)*h)
		p.FocusAt(j, 0)
	}
}

// FocusProblem puts the caret into the first paragraph that check finds
// wrong (the first paragraph when none) and returns its entry.
func (p *Editor) FocusProblem(check func(string) bool) fyne.Focusable {
	i := 0
	for j, s := range p.paras {
		if check != nil && check(s) {
			i = j
			break
		}
	}
	p.FocusAt(i, 0)
	if en := p.entryOf(i); en != nil {
		return en
	}
	return nil
}

// paraEntry is the entry of one paragraph.
type paraEntry struct {
	Entry
	ed *Editor
	id int
}

func newParaEntry(p *Editor) *paraEntry {
	en := &paraEntry{ed: p, id: -1}
	en.typ = p.typ
	en.MultiLine = true
	en.Wrapping = fyne.TextWrapWord
	en.ExtendBaseWidget(en)
	en.SetMinRowsVisible(1)
	en.OnChanged = func(s string) { p.edited(en, s) }
	en.replace = en.replaceWord
	return en
}

// replaceWord replaces the n letters before the caret with s (the typing
// method rewriting a word: "dduwowc" and j make "được"): the text is set
// once and the caret placed after s, so the paragraph is wrapped once or
// twice, not once for each letter erased and typed again. Undo is the
// editor's, so setting the text loses nothing.
func (en *paraEntry) replaceWord(n int, s string) {
	p := en.ed
	rs := []rune(en.Text)
	cur := min(max(en.CursorTextOffset(), 0), len(rs))
	start := max(cur-n, 0)
	ins := []rune(s)
	text := make([]rune, 0, len(rs)-(cur-start)+len(ins))
	text = append(append(append(text, rs[:start]...), ins...), rs[cur:]...)
	pos := start + len(ins)
	p.quiet = true
	en.SetText(string(text[:pos]))
	en.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if pos < len(text) {
		en.Append(string(text[pos:]))
	}
	p.quiet = false
	p.edited(en, en.Text)
}

// setCaret puts the caret at rune offset pos: the text is shown up to
// pos, the caret sent to its end, and the rest appended (an Entry has no
// public way to place its caret at an offset of wrapped text).
func (en *paraEntry) setCaret(pos int) {
	p := en.ed
	rs := []rune(en.Text)
	pos = min(max(pos, 0), len(rs))
	p.quiet = true
	defer func() { p.quiet = false }()
	en.SetText(string(rs[:pos]))
	en.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if pos < len(rs) {
		en.Append(string(rs[pos:]))
	}
}

// FocusGained remembers the paragraph with the caret.
func (en *paraEntry) FocusGained() {
	en.Entry.Entry.FocusGained()
	p := en.ed
	if !p.quiet {
		p.cur = en.id
	}
	if p.OnFocus != nil {
		p.OnFocus()
	}
	if en.typ != nil {
		en.typ.Focused(p)
	}
}

// atStart and atEnd tell where the caret is.
func (en *paraEntry) atStart() bool { return en.CursorTextOffset() == 0 }
func (en *paraEntry) atEnd() bool   { return en.CursorTextOffset() >= len([]rune(en.Text)) }

// TypedKey crosses paragraph borders.
func (en *paraEntry) TypedKey(k *fyne.KeyEvent) {
	p := en.ed
	if en.Disabled() || en.id < 0 {
		en.Entry.TypedKey(k)
		return
	}
	i := en.id
	noSel := en.SelectedText() == ""
	kind := editOther
	if k.Name == fyne.KeyBackspace || k.Name == fyne.KeyDelete {
		kind = editDelete
	}
	p.noteKey(en, kind, 0)
	defer p.endKey()
	if kind == editOther || !noSel {
		p.hist.open = false // a step of typing ends
	}
	if p.allSel && (k.Name == fyne.KeyBackspace || k.Name == fyne.KeyDelete) {
		p.replace(0, len(p.paras), []string{""}, 0, 0)
		return
	}
	if k.Name != fyne.KeyLeft && k.Name != fyne.KeyRight {
		p.allSel = false
	}
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !noSel {
			p.eraseSelection(en)
		}
		p.split(i, en.CursorTextOffset())
		return
	case fyne.KeyBackspace:
		if noSel && en.atStart() && i > 0 {
			p.join(i - 1)
			return
		}
	case fyne.KeyDelete:
		if noSel && en.atEnd() && i+1 < len(p.paras) {
			p.join(i)
			return
		}
	case fyne.KeyUp:
		if en.CursorRow == 0 && i > 0 {
			p.FocusAt(i-1, -1)
			return
		}
	case fyne.KeyDown:
		row := en.CursorRow
		en.Entry.TypedKey(k)
		if en.CursorRow == row && i+1 < len(p.paras) {
			p.FocusAt(i+1, 0)
		}
		return
	case fyne.KeyLeft:
		if noSel && en.atStart() && i > 0 {
			p.FocusAt(i-1, -1)
			return
		}
	case fyne.KeyRight:
		if noSel && en.atEnd() && i+1 < len(p.paras) {
			p.FocusAt(i+1, 0)
			return
		}
	case fyne.KeyPageDown:
		p.page(i, 1)
		return
	case fyne.KeyPageUp:
		p.page(i, -1)
		return
	}
	en.Entry.TypedKey(k)
}

// TypedRune ends a whole-section selection.
func (en *paraEntry) TypedRune(r rune) {
	p := en.ed
	p.allSel = false
	if en.id >= 0 && !en.Disabled() {
		p.noteKey(en, editInsert, r)
		defer p.endKey()
		if en.SelectedText() != "" {
			p.hist.open = false // typed over a selection: a step of its own
		}
	}
	en.Entry.TypedRune(r)
}

// eraseSelection erases the selection of en as the first part of the
// undo step that follows (Enter or a paste over a selection).
func (p *Editor) eraseSelection(en *paraEntry) {
	was := en.Text
	p.hist.open = false
	en.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	p.hist.glue = en.Text != was // edited recorded it
}

// TypedShortcut: a paste of several paragraphs makes several, Ctrl+A
// selects the whole section for Ctrl+C/Ctrl+X, Ctrl+Home/End go to the
// start/end of the section, Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) undo and
// redo in the whole section.
func (en *paraEntry) TypedShortcut(s fyne.Shortcut) {
	p := en.ed
	if p.undoShortcut(s) {
		return
	}
	if en.id >= 0 && !en.Disabled() {
		p.noteKey(en, editOther, 0)
		defer p.endKey()
	}
	p.hist.open = false // a step of typing ends
	switch s := s.(type) {
	case *fyne.ShortcutSelectAll:
		en.Entry.TypedShortcut(s)
		p.allSel = true
		return
	case *fyne.ShortcutCopy:
		if p.allSel {
			s.Clipboard.SetContent(p.Text())
			return
		}
	case *fyne.ShortcutCut:
		if p.allSel {
			s.Clipboard.SetContent(p.Text())
			if !en.Disabled() {
				p.replace(0, len(p.paras), []string{""}, 0, 0)
			}
			return
		}
	case *fyne.ShortcutPaste:
		text := strings.ReplaceAll(s.Clipboard.Content(), "\r\n", "\n")
		if en.Disabled() {
			return
		}
		if p.allSel {
			ps := splitParagraphs(text)
			p.replace(0, len(p.paras), ps, len(ps)-1, -1)
			return
		}
		if strings.Contains(text, "\n\n") && en.id >= 0 {
			if en.SelectedText() != "" {
				p.eraseSelection(en)
			}
			p.paste(en.id, en.CursorTextOffset(), text)
			return
		}
	case *desktop.CustomShortcut:
		if s.Modifier == fyne.KeyModifierShortcutDefault {
			switch s.KeyName {
			case fyne.KeyHome:
				p.FocusAt(0, 0)
				return
			case fyne.KeyEnd:
				p.FocusAt(len(p.paras)-1, -1)
				return
			}
		}
	}
	p.allSel = false
	en.Entry.TypedShortcut(s)
}

// SelectedText is the selection in the paragraph with the caret.
func (p *Editor) SelectedText() string {
	if p.allSel {
		return ""
	}
	if en := p.entryOf(p.cur); en != nil {
		return en.SelectedText()
	}
	return ""
}

// AllText is the whole text.
func (p *Editor) AllText() string { return p.Text() }

// SetAllText replaces the whole text, as an edit.
func (p *Editor) SetAllText(s string) {
	ps := splitParagraphs(s)
	p.replace(0, len(p.paras), ps, min(p.cur, len(ps)-1), 0)
}

// FocusObject is the entry of the paragraph with the caret, if shown.
func (p *Editor) FocusObject() fyne.Focusable {
	if en := p.entryOf(p.cur); en != nil {
		return en
	}
	return nil
}
