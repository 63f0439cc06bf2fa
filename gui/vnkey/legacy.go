package vnkey

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"baocao/report/vnenc"
)

// Encoding names a way Vietnamese text is encoded.
type Encoding int

const (
	// Unknown means the encoding could not be told.
	Unknown Encoding = iota
	// Unicode is ordinary Unicode text.
	Unicode
	// TCVN3 is the TCVN 5712:1993 VN3 encoding of the ABC fonts
	// (.VnTime, .VnArial …).
	TCVN3
	// VNIWindows is the encoding of the VNI fonts (VNI-Times …).
	VNIWindows
)

// String returns the usual name of the encoding.
func (e Encoding) String() string {
	switch e {
	case Unknown:
		return "Unknown"
	case Unicode:
		return "Unicode"
	case TCVN3:
		return "TCVN3"
	case VNIWindows:
		return "VNI-Windows"
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

var (
	// ErrUnknownEncoding is returned for Unknown and invalid encodings.
	ErrUnknownEncoding = errors.New("không rõ bảng mã")
	// ErrUnencodable is returned by EncodeLegacy for a character the
	// encoding cannot represent.
	ErrUnencodable = errors.New("ký tự không có trong bảng mã")
)

// legacyRunes returns the byte codes of text pasted from a legacy font. Such
// text usually arrives as Unicode where every code is the Latin-1 character
// of the same number; raw bytes (not valid UTF-8) are read as Windows-1252.
func legacyRunes(s string) []rune {
	if utf8.ValidString(s) {
		return []rune(s)
	}
	rs := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		b := s[i]
		if 0x80 <= b && b < 0xA0 {
			rs[i] = cp1252High[b-0x80]
		} else {
			rs[i] = rune(b)
		}
	}
	return rs
}

// decodeVNI converts VNI-Windows codes to Unicode.
func decodeVNI(in []rune) string {
	var b strings.Builder
	b.Grow(len(in) + len(in)/2)
	for i := 0; i < len(in); i++ {
		r := in[i]
		var c vnChar
		if lr, up, ok := asciiLetter(r); ok && (lr == 'a' || lr == 'e' || lr == 'i' || lr == 'o' || lr == 'u' || lr == 'y') {
			c = vnChar{base: lr, upper: up}
		} else if s, ok := vniSingles[r]; ok {
			c = s
		} else {
			b.WriteRune(r)
			continue
		}
		for i+1 < len(in) && c.tone == toneNone && c.mod != modStroke {
			m, ok := vniMarks[in[i+1]]
			if !ok {
				break
			}
			switch {
			case m.kind == markTone:
				c.tone = m.tone
			case m.kind == markCirc && c.mod == modNone && (c.base == 'a' || c.base == 'e' || c.base == 'o'):
				c.mod, c.tone = modCirc, m.tone
			case m.kind == markBreve && c.mod == modNone && c.base == 'a':
				c.mod, c.tone = modBreve, m.tone
			default:
				m.kind = 0
			}
			if m.kind == 0 {
				break
			}
			i++
		}
		b.WriteRune(c.rune())
	}
	return b.String()
}

// DetectLegacy tells how s is encoded. It answers TCVN3 or VNIWindows only
// when decoding s that way yields Vietnamese words and reading it as
// Unicode does not (Tuyªn gi¸o, Tuyeân giaùo); Unicode when s already
// holds Vietnamese words; Unknown otherwise, for instance for plain ASCII
// or for text in another language.
func DetectLegacy(s string) Encoding {
	rs := legacyRunes(s)
	high, beyond := false, false
	for _, r := range rs {
		if r >= 0x80 {
			high = true
		}
		if r > 0xFF {
			if _, ok := charInfo[r]; ok {
				beyond = true // ư, ạ …: no legacy text pasted as Latin-1 has them
			}
		}
	}
	if !high {
		return Unknown
	}
	uGood, uBad := scoreWords(norm.NFC.String(string(rs)))
	mostly := func(good, bad int) bool { return good > 0 && 4*bad <= good }
	if !beyond {
		tGood, tBad := scoreWords(vnenc.DecodeTCVN3(rs))
		vGood, vBad := scoreWords(decodeVNI(rs))
		enc, good, bad := TCVN3, tGood, tBad
		if vGood-vBad > tGood-tBad {
			enc, good, bad = VNIWindows, vGood, vBad
		}
		if mostly(good, bad) && good-bad > uGood-uBad {
			return enc
		}
	}
	if mostly(uGood, uBad) {
		return Unicode
	}
	return Unknown
}

// scoreWords counts the words of s that contain a non-ASCII letter and are
// (good) or are not (bad) Vietnamese syllables.
func scoreWords(s string) (good, bad int) {
	for len(s) > 0 {
		i := strings.IndexFunc(s, IsWordRune)
		if i < 0 {
			break
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !IsWordRune(r) })
		if j < 0 {
			j = len(s)
		}
		w := s[:j]
		s = s[j:]
		if !hasNonASCII(w) {
			continue
		}
		if ValidSyllable(w) {
			good++
		} else {
			bad++
		}
	}
	return good, bad
}

// hasNonASCII reports whether s has a rune outside ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// ConvertLegacy converts s from encoding enc to Unicode in NFC.
//
// Legacy text is expected the way it arrives from the clipboard or an old
// file opened as Western text: every byte code as the Latin-1 character of
// the same number (or raw bytes, which are read as Windows-1252).
// Characters that have no meaning in enc are kept. For TCVN3, whose codes
// are all lowercase, letters in words or lines written in capitals are
// made uppercase. Unicode input is only normalized.
func ConvertLegacy(s string, enc Encoding) (string, error) {
	switch enc {
	case Unicode:
		if !utf8.ValidString(s) {
			return "", errors.New("chuyển mã Unicode: văn bản không phải UTF-8 hợp lệ")
		}
		return norm.NFC.String(s), nil
	case TCVN3:
		return norm.NFC.String(vnenc.DecodeTCVN3(legacyRunes(s))), nil
	case VNIWindows:
		return norm.NFC.String(decodeVNI(legacyRunes(s))), nil
	case Unknown:
		return "", fmt.Errorf("chuyển mã: %w của văn bản", ErrUnknownEncoding)
	}
	return "", fmt.Errorf("chuyển mã %v: %w", enc, ErrUnknownEncoding)
}

// EncodeLegacy converts Unicode text s to encoding enc, each byte code
// written as the Latin-1 character of the same number: the form in which
// ConvertLegacy expects legacy text. TCVN3 has no uppercase toned letters;
// they are written with the lowercase codes, as in documents set in an
// uppercase ABC font. ASCII, the Windows-1252 punctuation (“ ” – …) and
// the Latin-1 characters enc does not use as codes are kept; any other
// character gives an error wrapping ErrUnencodable.
func EncodeLegacy(s string, enc Encoding) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("mã hóa %v: văn bản không phải UTF-8 hợp lệ", enc)
	}
	s = norm.NFC.String(s)
	switch enc {
	case Unicode:
		return s, nil
	case TCVN3, VNIWindows:
	case Unknown:
		return "", fmt.Errorf("mã hóa: %w", ErrUnknownEncoding)
	default:
		return "", fmt.Errorf("mã hóa %v: %w", enc, ErrUnknownEncoding)
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i, r := range s {
		var ok bool
		if enc == TCVN3 {
			ok = encodeTCVN3(&b, r)
		} else {
			ok = encodeVNI(&b, r)
		}
		if !ok {
			return "", fmt.Errorf("mã hóa %v: %q ở vị trí %d: %w", enc, r, i, ErrUnencodable)
		}
	}
	return b.String(), nil
}

// cp1252Punct reports whether r is one of the characters Windows-1252 puts
// at 0x80–0x9F (“ ” – … €), which legacy fonts leave as they are.
func cp1252Punct(r rune) bool {
	if r < 0x100 {
		return false
	}
	for _, c := range cp1252High {
		if c == r {
			return true
		}
	}
	return false
}

// encodeTCVN3 writes r in TCVN3 and reports whether it could.
func encodeTCVN3(b *strings.Builder, r rune) bool {
	switch c, ok := charInfo[r]; {
	case r < 0x80:
		b.WriteRune(r)
	case ok:
		if code, ok := vnenc.TCVN3Byte(r); ok {
			b.WriteRune(rune(code))
			return true
		}
		// An uppercase toned letter: the lowercase code.
		c.upper = false
		code, ok := vnenc.TCVN3Byte(c.rune())
		if !ok {
			return false
		}
		b.WriteRune(rune(code))
	case r < 0x100 && vnenc.TCVN3Rune(byte(r)) == 0, cp1252Punct(r):
		b.WriteRune(r)
	default:
		return false
	}
	return true
}

// encodeVNI writes r in VNI-Windows and reports whether it could.
func encodeVNI(b *strings.Builder, r rune) bool {
	c, ok := charInfo[r]
	if !ok {
		if r < 0x80 || r < 0x100 && !vniCodes[r] || cp1252Punct(r) {
			b.WriteRune(r)
			return true
		}
		return false
	}
	u := 0
	base := c.base
	if c.upper {
		u = 1
		base = unicode.ToUpper(base)
	}
	switch {
	case c.mod == modStroke:
		b.WriteRune(rune(vniD9[u]))
	case base == 'i' || base == 'I':
		b.WriteRune(rune(vniI[u][c.tone]))
	case (base == 'y' || base == 'Y') && c.tone == toneNang:
		b.WriteRune(rune(vniYNang[u]))
	case c.mod == modHorn:
		if c.base == 'o' {
			b.WriteRune(rune(vniO7[u]))
		} else {
			b.WriteRune(rune(vniU7[u]))
		}
		if c.tone != toneNone {
			b.WriteRune(rune(vniToneMark[u][c.tone]))
		}
	case c.mod == modCirc:
		b.WriteRune(base)
		b.WriteRune(rune(vniCircMark[u][c.tone]))
	case c.mod == modBreve:
		b.WriteRune(base)
		b.WriteRune(rune(vniBreveMark[u][c.tone]))
	default:
		b.WriteRune(base)
		if c.tone != toneNone {
			b.WriteRune(rune(vniToneMark[u][c.tone]))
		}
	}
	return true
}
