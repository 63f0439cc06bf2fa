package vnkey

import "unicode"

// derive returns keystrokes of method m that compose exactly to word, so
// that typing can go on in a word the engine did not produce itself (the
// cursor was moved into it, or it was pasted). It reports false when there
// are none, for instance for a word restored as raw keys (Window) or one
// with letters outside Vietnamese; such words are left alone.
//
// The tone key goes last: tiếng is derived as tieengs or tie6ng1.
func derive(word []rune, m Method) ([]rune, bool) {
	want := make([]letter, 0, len(word))
	t := toneNone
	for _, r := range word {
		l, rt, ok := letterOf(r)
		switch {
		case ok:
		case '0' <= r && r <= '9':
			l = letter{r: r}
		default:
			return nil, false
		}
		if rt != toneNone {
			if t != toneNone {
				return nil, false
			}
			t = rt
		}
		want = append(want, l)
	}
	c := composer{method: m, lastUndo: -1, ls: make([]letter, 0, len(want))}
	keys := make([]rune, 0, len(want)+4)
	for i, l := range want {
		k := l.r
		if l.upper {
			k = unicode.ToUpper(k)
		}
		keys = append(keys, k)
		c.step(k)
		if c.matches(want[:i+1]) {
			continue
		}
		mk := modKey(m, l)
		if mk == 0 {
			return nil, false
		}
		keys = append(keys, mk)
		c.step(mk)
		if !c.matches(want[:i+1]) {
			return nil, false
		}
	}
	if t != toneNone {
		k := toneKey(m, t)
		keys = append(keys, k)
		c.step(k)
	}
	if c.tone != t || !c.matches(want) {
		return nil, false
	}
	return keys, true
}

// modKey returns the key of method m that gives l its shape, or 0.
func modKey(m Method, l letter) rune {
	var k rune
	switch {
	case m == Telex && l.mod == modCirc:
		k = l.r
	case m == Telex && (l.mod == modBreve || l.mod == modHorn):
		k = 'w'
	case m == Telex && l.mod == modStroke:
		k = 'd'
	case m == VNI && l.mod == modCirc:
		return '6'
	case m == VNI && l.mod == modHorn:
		return '7'
	case m == VNI && l.mod == modBreve:
		return '8'
	case m == VNI && l.mod == modStroke:
		return '9'
	default:
		return 0
	}
	if l.upper {
		k = unicode.ToUpper(k)
	}
	return k
}

// toneKey returns the key of method m for tone t.
func toneKey(m Method, t tone) rune {
	if m == VNI {
		return rune('0' + t)
	}
	return rune(" sfrxj"[t])
}
