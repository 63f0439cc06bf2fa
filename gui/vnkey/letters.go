package vnkey

import (
	"fmt"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// mod is a diacritic that changes the shape of a letter (not its tone).
type mod uint8

const (
	modNone   mod = iota
	modCirc       // mũ: â ê ô
	modBreve      // trăng: ă
	modHorn       // móc: ơ ư
	modStroke     // gạch: đ
)

// tone is one of the six Vietnamese tones; toneNone is thanh ngang.
type tone uint8

const (
	toneNone  tone = iota
	toneSac        // sắc
	toneHuyen      // huyền
	toneHoi        // hỏi
	toneNga        // ngã
	toneNang       // nặng
	numTones
)

// toneMark holds the Unicode combining mark of each tone.
var toneMark = [numTones]rune{0, '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'}

// shaped returns the lowercase letter made of base and m, or 0 when the
// combination does not exist in Vietnamese.
func shaped(base rune, m mod) rune {
	switch m {
	case modNone:
		return base
	case modCirc:
		switch base {
		case 'a':
			return 'â'
		case 'e':
			return 'ê'
		case 'o':
			return 'ô'
		}
	case modBreve:
		if base == 'a' {
			return 'ă'
		}
	case modHorn:
		switch base {
		case 'o':
			return 'ơ'
		case 'u':
			return 'ư'
		}
	case modStroke:
		if base == 'd' {
			return 'đ'
		}
	}
	return 0
}

// vnChar describes a Vietnamese letter as base letter, shape, tone and case.
type vnChar struct {
	base  rune // lowercase ASCII letter
	mod   mod
	tone  tone
	upper bool
}

// rune returns the precomposed letter described by c.
func (c vnChar) rune() rune {
	r := shaped(c.base, c.mod)
	if c.tone != toneNone {
		r = tonedVowel[r][c.tone]
	}
	if c.upper {
		r = unicode.ToUpper(r)
	}
	return r
}

// vowelShapes lists the twelve Vietnamese vowels.
var vowelShapes = [...]struct {
	base rune
	mod  mod
}{
	{'a', modNone}, {'a', modBreve}, {'a', modCirc}, {'e', modNone}, {'e', modCirc}, {'i', modNone},
	{'o', modNone}, {'o', modCirc}, {'o', modHorn}, {'u', modNone}, {'u', modHorn}, {'y', modNone},
}

var (
	// tonedVowel maps a lowercase untoned vowel to its six toned forms.
	tonedVowel = make(map[rune][numTones]rune, len(vowelShapes))
	// charInfo describes every non-ASCII Vietnamese letter, both cases.
	charInfo = make(map[rune]vnChar, 2*len(vowelShapes)*int(numTones)+2)
)

func init() {
	for _, v := range vowelShapes {
		plain := shaped(v.base, v.mod)
		var row [numTones]rune
		for t := toneNone; t < numTones; t++ {
			r := plain
			if t != toneNone {
				rs := []rune(norm.NFC.String(string([]rune{plain, toneMark[t]})))
				if len(rs) != 1 {
					panic(fmt.Sprintf("vnkey: no precomposed form of %q with tone %d", plain, t))
				}
				r = rs[0]
			}
			row[t] = r
			if r >= 0x80 {
				charInfo[r] = vnChar{v.base, v.mod, t, false}
				charInfo[unicode.ToUpper(r)] = vnChar{v.base, v.mod, t, true}
			}
		}
		tonedVowel[plain] = row
	}
	charInfo['đ'] = vnChar{'d', modStroke, toneNone, false}
	charInfo['Đ'] = vnChar{'d', modStroke, toneNone, true}
}

// asciiLetter reports whether r is an ASCII letter and returns it in
// lowercase together with its case.
func asciiLetter(r rune) (lower rune, upper, ok bool) {
	switch {
	case 'a' <= r && r <= 'z':
		return r, false, true
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A', true, true
	}
	return r, false, false
}

// letterOf describes r as a letter of the composer and its tone. It accepts
// ASCII letters and Vietnamese letters only.
func letterOf(r rune) (letter, tone, bool) {
	if lr, up, ok := asciiLetter(r); ok {
		return letter{r: lr, upper: up}, toneNone, true
	}
	if c, ok := charInfo[r]; ok {
		return letter{r: c.base, mod: c.mod, upper: c.upper}, c.tone, true
	}
	return letter{}, toneNone, false
}
