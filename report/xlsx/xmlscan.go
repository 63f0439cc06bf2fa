package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// xmlScanner reads XML without encoding/xml's cost: tokens are slices of
// the input, nothing is allocated per token. It accepts a strict subset of
// what encoding/xml accepts — UTF-8, names of ASCII letters, digits, '_',
// '.', '-' and at most one ':', the five predefined entities and character
// references, no comments, CDATA, DOCTYPE or processing instructions other
// than the XML declaration at the very start, whitespace between
// attributes, no attribute twice — and gives up (bad) on anything else, so
// that whatever it reads, encoding/xml reads the same way. Its callers
// then leave the part to excelize.
type xmlScanner struct {
	data []byte
	pos  int

	kind  tokKind
	name  []byte   // start and end: the raw name, prefix included
	attrs []xattr  // start: raw names and raw (undecoded) values
	text  []byte   // text: raw, undecoded
	stack [][]byte // names of the open elements

	// selfClosed: the start just returned was <x/>; its end comes next.
	selfClosed bool
	// noGT refuses '>' inside attribute values (see scanSheet).
	noGT bool
	// onStart, when set, sees every start tag; false stops the scan.
	onStart func(s *xmlScanner) bool
	bad     bool
}

type tokKind uint8

const (
	tokNone tokKind = iota
	tokStart
	tokEnd
	tokText
)

type xattr struct{ name, value []byte }

func newXMLScanner(data []byte) *xmlScanner {
	return &xmlScanner{data: data}
}

// fail marks the input as beyond the scanner and ends the scan.
func (s *xmlScanner) fail() bool {
	s.bad = true
	s.kind = tokNone
	return false
}

// next reads the next token; false at the end of the input or when the
// input is beyond the scanner (bad). An element left open at the end is
// bad.
func (s *xmlScanner) next() bool {
	if s.bad {
		return false
	}
	if s.selfClosed {
		s.selfClosed = false
		s.kind = tokEnd
		s.name = s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		return true
	}
	d := s.data
	if s.pos == 0 && bytes.HasPrefix(d, []byte("<?xml")) {
		if !s.declaration() {
			return s.fail()
		}
	}
	if s.pos >= len(d) {
		s.kind = tokNone
		if len(s.stack) > 0 {
			return s.fail()
		}
		return false
	}
	if d[s.pos] != '<' {
		end, ok := scanText(d, s.pos)
		if !ok {
			return s.fail()
		}
		s.kind, s.text = tokText, d[s.pos:end]
		s.pos = end
		return true
	}
	if s.pos+1 >= len(d) {
		return s.fail()
	}
	switch d[s.pos+1] {
	case '/':
		name, i := scanName(d, s.pos+2)
		if name == nil {
			return s.fail()
		}
		i = skipSpace(d, i)
		if i >= len(d) || d[i] != '>' || len(s.stack) == 0 || !bytes.Equal(s.stack[len(s.stack)-1], name) {
			return s.fail()
		}
		s.stack = s.stack[:len(s.stack)-1]
		s.kind, s.name, s.pos = tokEnd, name, i+1
		return true
	case '?', '!':
		return s.fail()
	}
	return s.startTag()
}

func (s *xmlScanner) startTag() bool {
	d := s.data
	name, i := scanName(d, s.pos+1)
	if name == nil {
		return s.fail()
	}
	s.attrs = s.attrs[:0]
	for {
		j := skipSpace(d, i)
		if j >= len(d) {
			return s.fail()
		}
		if d[j] == '>' {
			i = j + 1
			break
		}
		if d[j] == '/' {
			if j+1 >= len(d) || d[j+1] != '>' {
				return s.fail()
			}
			s.selfClosed = true
			i = j + 2
			break
		}
		if j == i {
			return s.fail() // no space before an attribute
		}
		an, k := scanName(d, j)
		if an == nil {
			return s.fail()
		}
		k = skipSpace(d, k)
		if k >= len(d) || d[k] != '=' {
			return s.fail()
		}
		k = skipSpace(d, k+1)
		if k >= len(d) || d[k] != '"' && d[k] != '\'' {
			return s.fail()
		}
		end, ok := s.scanAttrValue(k+1, d[k])
		if !ok {
			return s.fail()
		}
		for _, a := range s.attrs {
			if bytes.Equal(a.name, an) {
				return s.fail()
			}
		}
		s.attrs = append(s.attrs, xattr{an, d[k+1 : end]})
		i = end + 1
	}
	s.stack = append(s.stack, name)
	s.kind, s.name, s.pos = tokStart, name, i
	if s.onStart != nil && !s.onStart(s) {
		return s.fail()
	}
	return true
}

// declaration reads <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
// at the start; any other encoding (which excelize would convert) is
// refused.
func (s *xmlScanner) declaration() bool {
	d := s.data
	end := bytes.Index(d, []byte("?>"))
	if end < 0 {
		return false
	}
	i := len("<?xml")
	var seen []string
	for {
		j := skipSpace(d[:end], i)
		if j >= end {
			break
		}
		if j == i {
			return false
		}
		name, k := scanName(d[:end], j)
		if name == nil || k >= end || d[k] != '=' || k+1 >= end || d[k+1] != '"' && d[k+1] != '\'' {
			return false
		}
		q := d[k+1]
		v := bytes.IndexByte(d[k+2:end], q)
		if v < 0 {
			return false
		}
		val := string(d[k+2 : k+2+v])
		n := string(name)
		if slices.Contains(seen, n) {
			return false
		}
		seen = append(seen, n)
		switch {
		case n == "version" && val == "1.0":
		case n == "encoding" && strings.EqualFold(val, "utf-8"):
		case n == "standalone" && (val == "yes" || val == "no"):
		default:
			return false
		}
		i = k + 2 + v + 1
	}
	s.pos = end + 2
	return true
}

// skip reads up to the end of the element whose start was just read.
func (s *xmlScanner) skip() bool {
	depth := 1
	for s.next() {
		switch s.kind {
		case tokStart:
			depth++
		case tokEnd:
			if depth--; depth == 0 {
				return true
			}
		}
	}
	return false
}

// textOnly reads the text of the element whose start was just read, up to
// its end, decoded as encoding/xml decodes character data; false when the
// element holds another element.
func (s *xmlScanner) textOnly() (string, bool) {
	var raw []byte
	for s.next() {
		switch s.kind {
		case tokText:
			raw = s.text // one text token at most: no comments or CDATA
		case tokEnd:
			return decodeText(raw), true
		default:
			return "", s.fail()
		}
	}
	return "", false
}

// attr returns the raw value of the attribute whose raw name is name.
func (s *xmlScanner) attr(name string) ([]byte, bool) {
	for _, a := range s.attrs {
		if string(a.name) == name {
			return a.value, true
		}
	}
	return nil, false
}

// local is a name without its prefix, as encoding/xml's Name.Local.
func local(name []byte) []byte {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

func skipSpace(d []byte, i int) int {
	for i < len(d) && isSpace(d[i]) {
		i++
	}
	return i
}

// scanName reads a name at i: nil when there is none or it is beyond the
// scanner's subset.
func scanName(d []byte, i int) ([]byte, int) {
	start, colon := i, -1
loop:
	for i < len(d) {
		c := d[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_':
		case '0' <= c && c <= '9', c == '.', c == '-':
			if i == start || i == colon+1 {
				return nil, i
			}
		case c == ':':
			if colon >= 0 || i == start {
				return nil, i
			}
			colon = i
		default:
			break loop
		}
		i++
	}
	if i == start || i == colon+1 {
		return nil, i
	}
	if i < len(d) && d[i] >= utf8.RuneSelf {
		return nil, i
	}
	return d[start:i], i
}

// scanText checks the text from i to the next '<' (or the end): valid
// UTF-8, characters XML allows, known entities, no "]]>".
func scanText(d []byte, i int) (int, bool) {
	for i < len(d) {
		c := d[i]
		switch {
		case c == '<':
			return i, true
		case c == ']':
			if i+2 < len(d) && d[i+1] == ']' && d[i+2] == '>' {
				return i, false
			}
			i++
		default:
			n := charLen(d[i:])
			if n == 0 {
				return i, false
			}
			i += n
		}
	}
	return i, true
}

// charLen is the length of the character or entity reference at the start
// of d, or 0 when XML does not allow it there: invalid UTF-8, a character
// outside XML's range, a control character, an unknown entity.
func charLen(d []byte) int {
	c := d[0]
	switch {
	case c == '&':
		return entityLen(d)
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRune(d)
		if r == utf8.RuneError && size == 1 || !isXMLChar(r) {
			return 0
		}
		return size
	case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
		return 0
	}
	return 1
}

// scanAttrValue checks an attribute value from i up to the quote q and
// returns the quote's position.
func (s *xmlScanner) scanAttrValue(i int, q byte) (int, bool) {
	d := s.data
	for i < len(d) {
		c := d[i]
		switch {
		case c == q:
			return i, true
		case c == '<', c == '>' && s.noGT:
			return i, false
		default:
			n := charLen(d[i:])
			if n == 0 {
				return i, false
			}
			i += n
		}
	}
	return i, false
}

// isXMLChar is encoding/xml's isInCharacterRange.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

var entities = [...]struct {
	name string
	r    rune
}{{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&apos;", '\''}, {"&quot;", '"'}}

// entity decodes the reference at the start of d ("&amp;", "&#233;",
// "&#xE9;"); n is 0 when it is not one the scanner accepts.
func entity(d []byte) (r rune, n int) {
	if len(d) < 3 {
		return 0, 0
	}
	if d[1] != '#' {
		for _, e := range entities {
			if bytes.HasPrefix(d, []byte(e.name)) {
				return e.r, len(e.name)
			}
		}
		return 0, 0
	}
	i, base := 2, rune(10)
	if d[2] == 'x' {
		i, base = 3, 16
	}
	start := i
	for ; i < len(d) && i-start <= 8; i++ {
		c := d[i]
		var v rune
		switch {
		case '0' <= c && c <= '9':
			v = rune(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			v = rune(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			v = rune(c-'A') + 10
		case c == ';':
			if i == start || !isXMLChar(r) {
				return 0, 0
			}
			return r, i + 1
		default:
			return 0, 0
		}
		r = r*base + v
	}
	return 0, 0
}

func entityLen(d []byte) int {
	_, n := entity(d)
	return n
}

// decodeText decodes text or an attribute value the scanner accepted as
// encoding/xml does: entities replaced, "\r\n" and a lone "\r" made "\n".
func decodeText(raw []byte) string {
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		return string(raw)
	}
	buf := make([]byte, 0, len(raw))
	var prev byte
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			r, n := entity(raw[i:])
			buf = utf8.AppendRune(buf, r)
			i += n
			prev = 0
			continue
		case c == '\r':
			buf = append(buf, '\n')
		case c == '\n' && prev == '\r':
		default:
			buf = append(buf, c)
		}
		prev = c
		i++
	}
	return string(buf)
}
