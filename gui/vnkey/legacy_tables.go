package vnkey

// TCVN3 (the ABC fonts) is decoded and encoded with the one table of
// package vnenc, which the report domain reads units files with.

// VNI-Windows (VNI-Times …) writes a letter as its ASCII base followed by
// one byte that carries the shape and/or tone mark; a few letters have a
// byte of their own. The uppercase form of each mark byte is the Latin-1
// uppercase of the lowercase one (0x20 lower).
//
// The tables are indexed [upper][tone], tones in the order of type tone:
// none, sắc, huyền, hỏi, ngã, nặng.
var (
	// vniToneMark follows a, e, o, u, y, ơ, ư: ù ø û õ ï.
	vniToneMark = [2][numTones]byte{
		{0, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF},
		{0, 0xD9, 0xD8, 0xDB, 0xD5, 0xCF},
	}
	// vniCircMark follows a, e, o for â ê ô with their tones: â á à å ã ä.
	vniCircMark = [2][numTones]byte{
		{0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4},
		{0xC2, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4},
	}
	// vniBreveMark follows a for ă with its tones: ê é è ú ü ë.
	vniBreveMark = [2][numTones]byte{
		{0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB},
		{0xCA, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB},
	}
	// vniI gives i with its tones, one byte each: i í ì æ ó ò.
	vniI = [2][numTones]byte{
		{'i', 0xED, 0xEC, 0xE6, 0xF3, 0xF2},
		{'I', 0xCD, 0xCC, 0xC6, 0xD3, 0xD2},
	}
)

// Letters with a VNI-Windows byte of their own, [upper].
var (
	vniYNang = [2]byte{0xEE, 0xCE} // ỵ Ỵ: î Î
	vniO7    = [2]byte{0xF4, 0xD4} // ơ Ơ: ô Ô (takes a tone mark after it)
	vniU7    = [2]byte{0xF6, 0xD6} // ư Ư: ö Ö (takes a tone mark after it)
	vniD9    = [2]byte{0xF1, 0xD1} // đ Đ: ñ Ñ
)

// cp1252High maps bytes 0x80–0x9F to the characters Windows code page 1252
// shows for them; legacy text read as raw bytes uses them for punctuation
// (“ ” – …). Neither TCVN3 nor VNI-Windows puts letters there.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// markKind tells what a VNI-Windows mark byte does.
type markKind uint8

const (
	markTone markKind = iota + 1
	markCirc
	markBreve
)

// vniMark describes a VNI-Windows mark byte.
type vniMark struct {
	kind markKind
	tone tone
}

var (
	// vniMarks describes the VNI-Windows mark bytes.
	vniMarks = map[rune]vniMark{}
	// vniSingles maps the VNI-Windows bytes that stand for a whole letter.
	vniSingles = map[rune]vnChar{}
	// vniCodes holds every byte with a VNI-Windows meaning.
	vniCodes = map[rune]bool{}
)

func init() {
	for u := 0; u < 2; u++ {
		up := u == 1
		for t := toneNone; t < numTones; t++ {
			if t != toneNone {
				vniMarks[rune(vniToneMark[u][t])] = vniMark{markTone, t}
			}
			vniMarks[rune(vniCircMark[u][t])] = vniMark{markCirc, t}
			vniMarks[rune(vniBreveMark[u][t])] = vniMark{markBreve, t}
			if t != toneNone {
				vniSingles[rune(vniI[u][t])] = vnChar{'i', modNone, t, up}
			}
		}
		vniSingles[rune(vniYNang[u])] = vnChar{'y', modNone, toneNang, up}
		vniSingles[rune(vniO7[u])] = vnChar{'o', modHorn, toneNone, up}
		vniSingles[rune(vniU7[u])] = vnChar{'u', modHorn, toneNone, up}
		vniSingles[rune(vniD9[u])] = vnChar{'d', modStroke, toneNone, up}
	}
	for r := range vniMarks {
		vniCodes[r] = true
	}
	for r := range vniSingles {
		vniCodes[r] = true
	}
}
