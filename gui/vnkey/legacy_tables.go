package vnkey

// TCVN3 (TCVN 5712:1993, table VN3, the "ABC" fonts .VnTime, .VnArial …)
// gives one byte to each lowercase Vietnamese letter and to the seven
// uppercase letters Ă Â Ê Ô Ơ Ư Đ. Uppercase letters with a tone have no
// code: documents wrote them with the same codes in an uppercase font
// (.VnTimeH), so they arrive here as lowercase codes. Within each vowel
// the order is huyền, hỏi, ngã, sắc, nặng.
var tcvn3Table = [...]struct {
	code byte
	r    rune
}{
	{0xA1, 'Ă'}, {0xA2, 'Â'}, {0xA3, 'Ê'}, {0xA4, 'Ô'}, {0xA5, 'Ơ'}, {0xA6, 'Ư'}, {0xA7, 'Đ'},
	{0xA8, 'ă'}, {0xA9, 'â'}, {0xAA, 'ê'}, {0xAB, 'ô'}, {0xAC, 'ơ'}, {0xAD, 'ư'}, {0xAE, 'đ'},
	{0xB5, 'à'}, {0xB6, 'ả'}, {0xB7, 'ã'}, {0xB8, 'á'}, {0xB9, 'ạ'},
	{0xBB, 'ằ'}, {0xBC, 'ẳ'}, {0xBD, 'ẵ'}, {0xBE, 'ắ'}, {0xC6, 'ặ'},
	{0xC7, 'ầ'}, {0xC8, 'ẩ'}, {0xC9, 'ẫ'}, {0xCA, 'ấ'}, {0xCB, 'ậ'},
	{0xCC, 'è'}, {0xCE, 'ẻ'}, {0xCF, 'ẽ'}, {0xD0, 'é'}, {0xD1, 'ẹ'},
	{0xD2, 'ề'}, {0xD3, 'ể'}, {0xD4, 'ễ'}, {0xD5, 'ế'}, {0xD6, 'ệ'},
	{0xD7, 'ì'}, {0xD8, 'ỉ'}, {0xDC, 'ĩ'}, {0xDD, 'í'}, {0xDE, 'ị'},
	{0xDF, 'ò'}, {0xE1, 'ỏ'}, {0xE2, 'õ'}, {0xE3, 'ó'}, {0xE4, 'ọ'},
	{0xE5, 'ồ'}, {0xE6, 'ổ'}, {0xE7, 'ỗ'}, {0xE8, 'ố'}, {0xE9, 'ộ'},
	{0xEA, 'ờ'}, {0xEB, 'ở'}, {0xEC, 'ỡ'}, {0xED, 'ớ'}, {0xEE, 'ợ'},
	{0xEF, 'ù'}, {0xF1, 'ủ'}, {0xF2, 'ũ'}, {0xF3, 'ú'}, {0xF4, 'ụ'},
	{0xF5, 'ừ'}, {0xF6, 'ử'}, {0xF7, 'ữ'}, {0xF8, 'ứ'}, {0xF9, 'ự'},
	{0xFA, 'ỳ'}, {0xFB, 'ỷ'}, {0xFC, 'ỹ'}, {0xFD, 'ý'}, {0xFE, 'ỵ'},
}

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
	// tcvn3Dec maps TCVN3 bytes to Unicode (0 for bytes kept as they are).
	tcvn3Dec [256]rune
	// tcvn3Enc maps lowercase Vietnamese letters and Ă Â Ê Ô Ơ Ư Đ to bytes.
	tcvn3Enc = map[rune]byte{}
	// vniMarks describes the VNI-Windows mark bytes.
	vniMarks = map[rune]vniMark{}
	// vniSingles maps the VNI-Windows bytes that stand for a whole letter.
	vniSingles = map[rune]vnChar{}
	// vniCodes holds every byte with a VNI-Windows meaning.
	vniCodes = map[rune]bool{}
)

func init() {
	for _, e := range tcvn3Table {
		tcvn3Dec[e.code] = e.r
		tcvn3Enc[e.r] = e.code
	}
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
