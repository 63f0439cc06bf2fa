package vnenc

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Encoding is how a file's text was encoded.
type Encoding int

// The encodings Decode tells apart.
const (
	UTF8 Encoding = iota
	UTF16LE
	UTF16BE
	Windows1258
	TCVN3
)

// String is the encoding's usual name.
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "UTF-8"
	case UTF16LE:
		return "UTF-16 LE"
	case UTF16BE:
		return "UTF-16 BE"
	case Windows1258:
		return "Windows-1258"
	case TCVN3:
		return "TCVN3 (ABC)"
	}
	return fmt.Sprintf("Encoding(%d)", int(e))
}

// ErrUnknown is returned when text is neither UTF-8 nor, plausibly,
// Vietnamese in Windows-1258 or TCVN3.
var ErrUnknown = errors.New("không nhận ra bảng mã (không phải UTF-8, Windows-1258 hay TCVN3)")

// Decode reads a whole file's bytes as text: by its byte order mark, else
// as UTF-8 when the bytes are valid UTF-8, else as whichever of
// Windows-1258 and TCVN3 gives Vietnamese words (the other gives words
// with two tones, letters that Vietnamese does not have, or stray marks).
// The text is returned in NFC, without a byte order mark. The error, in
// Vietnamese, says what is wrong and where (line and column of a byte
// that is not UTF-8 after a UTF-8 mark, for instance).
func Decode(data []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
		if err := CheckUTF8(data); err != nil {
			return "", UTF8, fmt.Errorf("tệp đánh dấu là UTF-8 nhưng %w", err)
		}
		return norm.NFC.String(string(data)), UTF8, nil
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeUTF16(data[2:], UTF16LE)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(data[2:], UTF16BE)
	case utf8.Valid(data):
		return norm.NFC.String(string(data)), UTF8, nil
	}
	w, err := charmap.Windows1258.NewDecoder().Bytes(data)
	if err != nil {
		return "", Windows1258, ErrUnknown
	}
	cp := norm.NFC.String(string(w))
	latin := make([]rune, len(data))
	for i, b := range data {
		latin[i] = rune(b)
	}
	tc := norm.NFC.String(decodeTCVN3(latin, true))
	cGood, cBad := plausibility(cp)
	tGood, tBad := plausibility(tc)
	mostly := func(good, bad int) bool { return 4*bad <= good }
	switch {
	case mostly(cGood, cBad) && cGood-4*cBad >= tGood-4*tBad:
		// A few bytes are not in the code page: the decoder puts U+FFFD.
		if i := strings.IndexRune(cp, utf8.RuneError); i >= 0 {
			line := strings.Count(cp[:i], "\n") + 1
			col := utf8.RuneCountInString(cp[strings.LastIndexByte(cp[:i], '\n')+1:i]) + 1
			return "", Windows1258, fmt.Errorf("tệp có vẻ theo bảng mã Windows-1258 nhưng có byte không thuộc bảng mã này ở dòng %d, cột %d; hãy lưu lại tệp theo bảng mã UTF-8 (trong Excel: Lưu thành, CSV UTF-8)", line, col)
		}
		return cp, Windows1258, nil
	case mostly(tGood, tBad) && tGood-4*tBad > cGood-4*cBad:
		return tc, TCVN3, nil
	}
	return "", Windows1258, ErrUnknown
}

func decodeUTF16(data []byte, e Encoding) (string, Encoding, error) {
	if len(data)%2 != 0 {
		return "", e, fmt.Errorf("tệp %s bị cắt cụt (số byte lẻ)", e)
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if e == UTF16LE {
			u[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		} else {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		}
	}
	rs := utf16.Decode(u)
	for i, r := range rs {
		if r == utf8.RuneError {
			return "", e, fmt.Errorf("tệp %s hỏng ở ký tự thứ %d", e, i+1)
		}
	}
	return norm.NFC.String(string(rs)), e, nil
}

// InvalidUTF8Error is the place of the first byte that is not UTF-8.
type InvalidUTF8Error struct {
	Line, Column int // 1-based; the column counts characters
	Byte         byte
}

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("có byte 0x%02X không phải UTF-8 ở dòng %d, cột %d", e.Byte, e.Line, e.Column)
}

// CheckUTF8 returns an *InvalidUTF8Error for the first byte of data that is
// not UTF-8, nil when all is.
func CheckUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return &InvalidUTF8Error{Line: line, Column: col, Byte: data[i]}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return nil
}

// plausibility counts the words of s (NFC) with a letter beyond ASCII that
// look Vietnamese (good) or cannot be (bad: a letter Vietnamese does not
// have, two tones, a mark left over); a character beyond ASCII that is
// neither a letter nor usual punctuation counts as bad too.
func plausibility(s string) (good, bad int) {
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			if r >= 0x80 && !unicode.IsSpace(r) && !usualPunct[r] {
				bad++
			}
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.Is(unicode.Mn, rs[j])) {
			j++
		}
		if w := rs[i:j]; beyondASCII(w) {
			if vietnameseWord(w) {
				good++
			} else {
				bad++
			}
		}
		i = j
	}
	return good, bad
}

func beyondASCII(w []rune) bool {
	for _, r := range w {
		if r >= 0x80 {
			return true
		}
	}
	return false
}

// vietnameseWord: only Vietnamese letters, at most one of them toned.
func vietnameseWord(w []rune) bool {
	tones := 0
	for _, r := range w {
		l, ok := vnLetters[unicode.ToLower(r)]
		if !ok {
			return false
		}
		if l.toned {
			tones++
		}
	}
	return tones <= 1
}

// usualPunct: what Vietnamese text has beyond ASCII besides letters.
var usualPunct = map[rune]bool{'“': true, '”': true, '‘': true, '’': true, '–': true, '—': true, '…': true, '•': true, '°': true, '«': true, '»': true, '№': true}

type vnLetter struct{ toned bool }

// vnLetters: the lowercase letters of Vietnamese, ASCII ones too.
var vnLetters = map[rune]vnLetter{}

func init() {
	for r := 'a'; r <= 'z'; r++ {
		vnLetters[r] = vnLetter{}
	}
	vnLetters['đ'] = vnLetter{}
	for _, base := range "aăâeêioôơuưy" {
		vnLetters[base] = vnLetter{}
		for _, mark := range "\u0300\u0301\u0303\u0309\u0323" {
			c := []rune(norm.NFC.String(string([]rune{base, mark})))
			if len(c) == 1 {
				vnLetters[c[0]] = vnLetter{toned: true}
			}
		}
	}
}
