package vnkey

// vniTone maps the VNI tone keys to tones.
func vniTone(k rune) tone {
	switch k {
	case '1':
		return toneSac
	case '2':
		return toneHuyen
	case '3':
		return toneHoi
	case '4':
		return toneNga
	case '5':
		return toneNang
	}
	return toneNone
}

// vni consumes one ASCII key typed with the VNI method.
//
//	1 2 3 4 5   sắc huyền hỏi ngã nặng      0  removes the tone
//	6           â ê ô                        7  ơ ư (uo7 ươ)
//	8           ă                            9  đ
//
// A digit is a mark only after a letter of the same word; in numbers
// (2019, 45) digits stay digits. The marks may come anywhere after the
// letter they change. A mark key typed again removes the mark and types
// the digit itself (a11 → a1).
func (c *composer) vni(key rune, idx int) {
	if key < '0' || key > '9' || !c.hasLetter() || c.disabled&keyBit(key) != 0 {
		c.push(key)
		return
	}
	switch key {
	case '1', '2', '3', '4', '5':
		c.setTone(key, key, vniTone(key), idx)
	case '0':
		c.clearTone(key)
	case '6':
		c.markLast(key, idx, modCirc, 'a', 'e', 'o')
	case '7':
		c.horn(key, key, idx)
	case '8':
		c.markLast(key, idx, modBreve, 'a')
	case '9':
		for i := c.last(); i >= 0; i-- {
			if c.ls[i].r == 'd' {
				c.setMod(i, modStroke, key, key, idx)
				return
			}
		}
		c.push(key)
	}
}

// markLast gives shape m to the last vowel of the nucleus that is one of
// bases, or types key when there is none.
func (c *composer) markLast(key rune, idx int, m mod, bases ...rune) {
	s, e := c.nucleus()
	for i := e - 1; i >= s && i >= 0; i-- {
		for _, b := range bases {
			if c.ls[i].r == b {
				c.setMod(i, m, key, key, idx)
				return
			}
		}
	}
	c.push(key)
}
