package vnkey

import (
	"strings"
	"unicode"
)

// letter is one letter of a word being composed.
type letter struct {
	r     rune // lowercase base letter 'a'..'z', or any other rune kept as typed
	mod   mod
	upper bool
	fromW bool // the ư was made by a bare Telex w
}

// vowel reports whether l is one of the twelve vowels.
func (l letter) vowel() bool {
	switch l.r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// shape returns the lowercase letter without tone.
func (l letter) shape() rune {
	if l.mod == modNone {
		return l.r
	}
	return shaped(l.r, l.mod)
}

// same reports whether l and o display the same letter.
func (l letter) same(o letter) bool {
	return l.r == o.r && l.mod == o.mod && l.upper == o.upper
}

// composer replays keystrokes into the letters and tone of one word.
type composer struct {
	method   Method
	ls       []letter
	tone     tone
	disabled uint64 // mark keys switched off by an undo (see keyBit)
	lastUndo int    // index of the key of the last visible undo, or -1
	undoKey  rune   // that key, in lowercase
	n        int    // number of keys consumed
}

// compose replays keys with method m.
func compose(keys []rune, m Method) composer {
	c := composer{method: m, lastUndo: -1, ls: make([]letter, 0, len(keys))}
	for _, k := range keys {
		c.step(k)
	}
	return c
}

// keyBit returns the bit of key k (lowercase ASCII letter or digit) in
// composer.disabled.
func keyBit(k rune) uint64 {
	switch {
	case 'a' <= k && k <= 'z':
		return 1 << uint(k-'a')
	case '0' <= k && k <= '9':
		return 1 << uint(26+k-'0')
	}
	return 0
}

// step consumes one key.
func (c *composer) step(key rune) {
	idx := c.n
	c.n++
	if key >= 0x80 {
		// A Vietnamese letter typed directly (Vietnamese keyboard layout,
		// another input method) joins the word as it is.
		if ch, ok := charInfo[key]; ok {
			c.ls = append(c.ls, letter{r: ch.base, mod: ch.mod, upper: ch.upper})
			if ch.tone != toneNone {
				c.tone = ch.tone
			}
			c.fixup()
			return
		}
		c.push(key)
		return
	}
	switch c.method {
	case Telex:
		c.telex(key, idx)
	case VNI:
		c.vni(key, idx)
	default:
		c.push(key)
	}
	c.fixup()
}

// push appends key as a plain letter.
func (c *composer) push(key rune) {
	if lr, up, ok := asciiLetter(key); ok {
		c.ls = append(c.ls, letter{r: lr, upper: up})
		return
	}
	c.ls = append(c.ls, letter{r: key})
}

// undo applies f, which removes a mark, and switches key k off for the rest
// of the word. The undo is remembered when the mark had been visible.
func (c *composer) undo(k rune, idx int, f func()) {
	visible := c.displayable()
	f()
	c.disabled |= keyBit(k)
	if visible {
		c.lastUndo = idx
		c.undoKey = k
	}
}

// setTone gives the word tone t, or removes it when it already has it.
func (c *composer) setTone(key, k rune, t tone, idx int) {
	if !c.hasVowel() {
		c.push(key)
		return
	}
	if c.tone == t {
		c.undo(k, idx, func() {
			c.tone = toneNone
			c.push(key)
		})
		return
	}
	c.tone = t
}

// clearTone removes the tone, or types key when there is none.
func (c *composer) clearTone(key rune) {
	if c.tone != toneNone {
		c.tone = toneNone
		return
	}
	c.push(key)
}

// setMod gives letter i the shape m, or removes it when it already has it.
func (c *composer) setMod(i int, m mod, key, k rune, idx int) {
	l := &c.ls[i]
	if l.mod != m {
		l.mod = m
		return
	}
	c.undo(k, idx, func() {
		if l.fromW {
			*l = letter{r: 'w', upper: l.upper}
			return
		}
		l.mod = modNone
		c.push(key)
	})
}

// horn handles Telex w and VNI 7: horn on o and u, and in Telex also the
// breve on a and a bare w standing for ư.
func (c *composer) horn(key, k rune, idx int) {
	telex := c.method == Telex
	s, e := c.nucleus()
	if s < 0 {
		if telex {
			_, up, _ := asciiLetter(key)
			c.ls = append(c.ls, letter{r: 'u', mod: modHorn, upper: up, fromW: true})
			return
		}
		c.push(key)
		return
	}
	for i := s; i+1 < e; i++ {
		u, o := &c.ls[i], &c.ls[i+1]
		if u.r != 'u' || o.r != 'o' {
			continue
		}
		switch {
		case o.mod == modHorn:
			c.undo(k, idx, func() {
				o.mod = modNone
				if u.mod == modHorn {
					if u.fromW {
						*u = letter{r: 'w', upper: u.upper}
						return
					}
					u.mod = modNone
				}
				c.push(key)
			})
		case u.mod == modHorn:
			o.mod = modHorn
		default:
			// uơ stays as typed at the end of a word (thuở, huơ) and
			// becomes ươ as soon as something follows (see fixup).
			o.mod = modHorn
			if i+2 < len(c.ls) {
				u.mod = modHorn
			}
		}
		return
	}
	ti := -1
	for i := s; i+1 < e && ti < 0; i++ {
		if c.ls[i].r == 'u' && c.ls[i+1].r == 'a' {
			ti = i // ưa
		}
	}
	for i := s; telex && i+1 < e && ti < 0; i++ {
		if c.ls[i].r == 'o' && c.ls[i+1].r == 'a' {
			ti = i + 1 // oă
		}
	}
	for i := s; i < e && ti < 0; i++ {
		if r := c.ls[i].r; r == 'o' || r == 'u' || (telex && r == 'a') {
			ti = i
		}
	}
	if ti < 0 {
		c.push(key)
		return
	}
	m := modHorn
	if c.ls[ti].r == 'a' {
		m = modBreve
	}
	c.setMod(ti, m, key, k, idx)
}

// fixup completes ươ when one of the two letters got its horn and the word
// goes on after the o: truwong → trương, thuơn → thươn.
func (c *composer) fixup() {
	s, e := c.nucleus()
	for i := s; i >= 0 && i+1 < e; i++ {
		u, o := &c.ls[i], &c.ls[i+1]
		if u.r != 'u' || o.r != 'o' || i+2 >= len(c.ls) {
			continue
		}
		uh, oh := u.mod == modHorn, o.mod == modHorn
		if uh != oh && (uh || u.mod == modNone) && (oh || o.mod == modNone) {
			u.mod, o.mod = modHorn, modHorn
		}
	}
}

// nucleus returns the range of the vowel group that marks apply to.
func (c *composer) nucleus() (int, int) { return nucleusOf(c.ls) }

// nucleusOf returns the range [s, e) of the vowels of the syllable ls,
// leaving out the u of qu and the i of gi, or -1, -1 when there is no
// vowel. In a word with several vowel groups (not Vietnamese) it returns
// the last group.
func nucleusOf(ls []letter) (int, int) {
	n := len(ls)
	i := 0
	for i < n && !ls[i].vowel() {
		i++
	}
	if i == n {
		return -1, -1
	}
	if i == 1 && i+1 < n && ls[i+1].vowel() && ls[i].mod == modNone {
		switch {
		case ls[0].r == 'q' && ls[1].r == 'u':
			i++
		case ls[0].r == 'g' && ls[1].r == 'i' && !(ls[2].r == 'e' && ls[2].mod == modCirc):
			i++
		}
	}
	j := i
	for j < n && ls[j].vowel() {
		j++
	}
	for k := j; k < n; {
		if !ls[k].vowel() {
			k++
			continue
		}
		s := k
		for k < n && ls[k].vowel() {
			k++
		}
		i, j = s, k
	}
	return i, j
}

// hasVowel reports whether the word has a vowel.
func (c *composer) hasVowel() bool {
	for _, l := range c.ls {
		if l.vowel() {
			return true
		}
	}
	return false
}

// hasLetter reports whether the word has a letter (not only digits).
func (c *composer) hasLetter() bool {
	for _, l := range c.ls {
		if 'a' <= l.r && l.r <= 'z' {
			return true
		}
	}
	return false
}

// last returns the index of the last letter, or -1.
func (c *composer) last() int { return len(c.ls) - 1 }

// displayable reports whether the composed word may be shown: it has no
// vowel yet (đ, HĐND) or it can still become a Vietnamese syllable.
func (c *composer) displayable() bool {
	return !c.hasVowel() || syllableOK(c.ls, c.tone, false)
}

// matches reports whether the composed letters are exactly want.
func (c *composer) matches(want []letter) bool {
	if len(c.ls) != len(want) {
		return false
	}
	for i := range want {
		if !c.ls[i].same(want[i]) {
			return false
		}
	}
	return true
}

// render returns the composed word with its tone placed by style.
func (c *composer) render(style ToneStyle) string {
	ti := -1
	if c.tone != toneNone {
		ti = toneIndex(c.ls, style)
	}
	var b strings.Builder
	b.Grow(3 * len(c.ls))
	for i, l := range c.ls {
		r := l.shape()
		if i == ti {
			if row, ok := tonedVowel[r]; ok {
				r = row[c.tone]
			}
		}
		if l.upper {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// output decides what the word shows: the composed text when it can be
// Vietnamese (or the user has just undone a mark by repeating its key),
// otherwise the raw keystrokes.
func (c *composer) output(keys, raw []rune, style ToneStyle, restore bool) string {
	if !restore || c.displayable() {
		return c.render(style)
	}
	if c.lastUndo >= 0 && repeats(keys[c.lastUndo+1:], c.undoKey) {
		return c.render(style)
	}
	return string(raw)
}

// repeats reports whether every key in keys is k, ignoring case.
func repeats(keys []rune, k rune) bool {
	for _, r := range keys {
		if lr, _, _ := asciiLetter(r); lr != k {
			return false
		}
	}
	return true
}
