package vnkey

// telexTone maps the Telex tone keys to tones.
func telexTone(k rune) tone {
	switch k {
	case 's':
		return toneSac
	case 'f':
		return toneHuyen
	case 'r':
		return toneHoi
	case 'x':
		return toneNga
	case 'j':
		return toneNang
	}
	return toneNone
}

// telex consumes one ASCII key typed with the Telex method.
//
//	s f r x j   sắc huyền hỏi ngã nặng      z  removes the tone
//	aa ee oo    â ê ô                        dd đ
//	aw ow uw    ă ơ ư (uow ươ, w alone ư)
//
// Tone keys and w may come anywhere after the vowels; aa, ee, oo and dd
// must be typed next to each other. A mark key typed again removes the
// mark and types the letter itself (ss → s, aaa → aa, ww → w).
func (c *composer) telex(key rune, idx int) {
	k, _, _ := asciiLetter(key)
	if c.disabled&keyBit(k) != 0 {
		c.push(key)
		return
	}
	switch k {
	case 's', 'f', 'r', 'x', 'j':
		c.setTone(key, k, telexTone(k), idx)
	case 'z':
		c.clearTone(key)
	case 'a', 'e', 'o':
		if i := c.last(); i >= 0 && c.ls[i].r == k {
			c.setMod(i, modCirc, key, k, idx)
			return
		}
		c.push(key)
	case 'd':
		if i := c.last(); i >= 0 && c.ls[i].r == 'd' {
			c.setMod(i, modStroke, key, k, idx)
			return
		}
		c.push(key)
	case 'w':
		c.horn(key, k, idx)
	default:
		c.push(key)
	}
}
