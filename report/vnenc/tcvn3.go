package vnenc

import (
	"strings"
	"unicode"
)

// tcvn3Table: TCVN3 (TCVN 5712:1993, table VN3, the "ABC" fonts .VnTime,
// .VnArial …) gives one byte to each lowercase Vietnamese letter and to
// the seven uppercase letters Ă Â Ê Ô Ơ Ư Đ. Uppercase letters with a tone
// have no code: documents wrote them with the same codes in an uppercase
// font (.VnTimeH), so they arrive here as lowercase codes. Within each
// vowel the order is huyền, hỏi, ngã, sắc, nặng.
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

var (
	// tcvn3Dec maps TCVN3 bytes to Unicode (0 for bytes kept as they are).
	tcvn3Dec [256]rune
	// tcvn3Enc maps lowercase Vietnamese letters and Ă Â Ê Ô Ơ Ư Đ to bytes.
	tcvn3Enc = map[rune]byte{}
)

func init() {
	for _, e := range tcvn3Table {
		tcvn3Dec[e.code] = e.r
		tcvn3Enc[e.r] = e.code
	}
}

// TCVN3Codes is the number of codes of TCVN3 (each a letter).
const TCVN3Codes = len(tcvn3Table)

// TCVN3Rune is the letter of TCVN3 code b, 0 for a byte TCVN3 leaves as it
// is (ASCII and the bytes it does not use).
func TCVN3Rune(b byte) rune { return tcvn3Dec[b] }

// TCVN3Byte is the TCVN3 code of r: a lowercase Vietnamese letter or one of
// Ă Â Ê Ô Ơ Ư Đ. Other letters (uppercase with a tone among them) have
// none.
func TCVN3Byte(r rune) (byte, bool) {
	b, ok := tcvn3Enc[r]
	return b, ok
}

// DecodeTCVN3 converts TCVN3 codes, each given as the rune of the same
// number, to Unicode (not normalized). Since TCVN3 has no uppercase toned
// letters, a lowercase decoded letter is made uppercase inside a word that
// is otherwise all capitals (§¶NG → ĐẢNG) and in a line, or a part of a
// line between commas, semicolons or tabs (a field of a CSV file), without
// any lowercase ASCII letter (a heading: BAN TUYÊN GIÁO TỈNH ỦY; ĐẢNG ỦY
// XÃ GIA VIỄN,Gia Viễn). In a line of mixed case a word that starts with
// a toned letter is a capital when it starts a name after a word in lower
// case (xã Ý Yên) and, in a table, when it starts a field (Ủy ban …; see
// decodeTCVN3); elsewhere it cannot be told
// from its lowercase letter and stays lowercase (a guess: TCVN3 does not
// record it).
func DecodeTCVN3(in []rune) string { return decodeTCVN3(in, false) }

// decodeTCVN3 is DecodeTCVN3; fields says the text is a table (a CSV
// file), whose fields start with a capital: a toned letter that starts
// one is made a capital too (Ủy ban …), which prose after a comma is not.
func decodeTCVN3(in []rune, fields bool) string {
	out := make([]rune, len(in))
	coded := make([]bool, len(in))
	for i, r := range in {
		out[i] = r
		if 0 <= r && r < 0x100 && tcvn3Dec[r] != 0 {
			out[i] = tcvn3Dec[r]
			coded[i] = true
		}
	}
	fixTCVN3Case(out, coded, fields)
	return string(out)
}

// fixTCVN3Case makes decoded lowercase letters uppercase where the text
// around them is in capitals (see DecodeTCVN3).
func fixTCVN3Case(rs []rune, coded []bool, fields bool) {
	capsLine := func(s, e int) bool {
		upper := 0
		for i := s; i < e; i++ {
			r := rs[i]
			if 'a' <= r && r <= 'z' || unicode.IsLower(r) && !coded[i] {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
		}
		return upper >= 2
	}
	upcase := func(s, e int) {
		for i := s; i < e; i++ {
			if coded[i] {
				rs[i] = unicode.ToUpper(rs[i])
			}
		}
	}
	for s := 0; s < len(rs); {
		e := s
		for e < len(rs) && !strings.ContainsRune("\n\r,;\t", rs[e]) {
			e++
		}
		if capsLine(s, e) {
			upcase(s, e)
		} else {
			type word struct{ s, e int }
			var words []word
			for w := s; w < e; {
				if !unicode.IsLetter(rs[w]) {
					w++
					continue
				}
				we := w
				for we < e && unicode.IsLetter(rs[we]) {
					we++
				}
				words = append(words, word{w, we})
				w = we
			}
			for k, w := range words {
				if capsLine(w.s, w.e) {
					upcase(w.s, w.e)
					continue
				}
				// A word whose first letter is a toned letter: a capital
				// when it starts the field (Ủy ban …), or when it starts a
				// name after a word in lower case (xã Ý Yên; not Tỉnh ủy Hà
				// Nam, where the word before is a name's too).
				if !coded[w.s] || !unicode.IsLower(rs[w.s]) {
					continue
				}
				first := fields && k == 0
				startsName := k > 0 && k+1 < len(words) && unicode.IsLower(rs[words[k-1].s]) && unicode.IsUpper(rs[words[k+1].s])
				if first || startsName {
					rs[w.s] = unicode.ToUpper(rs[w.s])
				}
			}
		}
		s = e + 1
	}
}
