package vnkey

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Method selects the typing convention.
type Method int

const (
	// Off passes every key through unchanged.
	Off Method = iota
	// Telex uses letters as marks: s f r x j for the tones, aa aw w dd …
	// for the letters.
	Telex
	// VNI uses digits as marks: 1 to 5 for the tones, 6 7 8 9 for the
	// letters.
	VNI
)

// String returns the name of the method.
func (m Method) String() string {
	switch m {
	case Off:
		return "Off"
	case Telex:
		return "Telex"
	case VNI:
		return "VNI"
	}
	return "Method(" + strconv.Itoa(int(m)) + ")"
}

// ToneStyle selects where the tone goes in the vowel groups oa, oe and uy
// when no final consonant follows.
type ToneStyle int

const (
	// NewStyle puts the tone on the first vowel: hòa, khỏe, thủy.
	NewStyle ToneStyle = iota
	// OldStyle puts the tone on the second vowel: hoà, khoẻ, thuỷ.
	OldStyle
)

// String returns the name of the style.
func (s ToneStyle) String() string {
	switch s {
	case NewStyle:
		return "NewStyle"
	case OldStyle:
		return "OldStyle"
	}
	return "ToneStyle(" + strconv.Itoa(int(s)) + ")"
}

// maxWordRunes bounds the words the engine works on; longer runs of
// letters cannot be Vietnamese and are left alone.
const maxWordRunes = 32

// Engine turns keystrokes into Vietnamese words.
//
// The engine remembers the keys of the last word it produced so that a
// word typed in one go can be restored exactly; for any other word it
// works from the text alone. An Engine is not safe for concurrent use.
// The zero value has Method Off; use [New] for a working engine.
type Engine struct {
	// Method is the typing convention; Off turns the engine off.
	Method Method
	// Style chooses hòa (NewStyle) or hoà (OldStyle).
	Style ToneStyle
	// NoRestore keeps marks on words that cannot be Vietnamese instead of
	// showing the keys that were typed.
	NoRestore bool

	last lastWord
}

// lastWord remembers the keys behind the last word the engine produced.
type lastWord struct {
	ok        bool
	method    Method
	style     ToneStyle
	noRestore bool
	out       string // the word as returned
	keys      []rune // keys that compose to it
	raw       []rune // what to show when it is not Vietnamese
}

// New returns an engine for method m and tone style s.
func New(m Method, s ToneStyle) *Engine {
	return &Engine{Method: m, Style: s}
}

// Reset makes the engine forget the keys of the last word, as when the
// text field loses focus. Forgetting is never wrong: words are then
// worked out from their text.
func (e *Engine) Reset() { e.last = lastWord{} }

// IsWordRune reports whether r belongs to a word: letters, digits and
// combining marks. Any other key (space, punctuation) ends the word.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// WordBefore returns the index in text where the word that ends at cursor
// begins; it equals cursor when the rune before the cursor is not a word
// rune. A cursor outside text is clamped to it.
func WordBefore(text []rune, cursor int) (start int) {
	if cursor < 0 {
		return 0
	}
	if cursor > len(text) {
		cursor = len(text)
	}
	i := cursor
	for i > 0 && IsWordRune(text[i-1]) {
		i--
	}
	return i
}

// Apply returns what word, the text before the cursor, becomes when key is
// typed at its end. Only the last word of word (see [WordBefore]) can
// change; the text before it is kept.
//
// newWord always includes the effect of key, so a text field can simply
// replace word with newWord. handled reports whether newWord differs from
// word followed by key; when it is false the field may as well insert the
// key in its usual way. Keys that are not word runes (space, punctuation)
// and every key when the method is Off are passed through; newWord is
// still normalized to NFC.
func (e *Engine) Apply(word string, key rune) (newWord string, handled bool) {
	plain := word + string(key)
	passThrough := func() (string, bool) {
		e.Reset()
		nw := norm.NFC.String(plain)
		return nw, nw != plain
	}
	if e.Method != Telex && e.Method != VNI || !IsWordRune(key) {
		return passThrough()
	}
	start, ok := trailingWord(word)
	if !ok {
		return passThrough()
	}
	out, ok := e.applyRunes([]rune(norm.NFC.String(word[start:])), key)
	if !ok {
		return passThrough()
	}
	newWord = norm.NFC.String(word[:start] + out)
	return newWord, newWord != plain
}

// trailingWord returns the byte index where the last word of s begins. It
// reports false when that word is far too long to be worked on.
func trailingWord(s string) (int, bool) {
	i := len(s)
	for n := 0; i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !IsWordRune(r) {
			break
		}
		if n == 4*maxWordRunes { // even after NFC it would be too long
			return 0, false
		}
		i -= size
	}
	return i, true
}

// TypeString returns the text produced by typing keys one by one into an
// empty field. Keys that are not word runes end the current word. The last
// word is left as it stands, as on screen before the next key.
func (e *Engine) TypeString(keys string) string {
	e.Reset()
	text := make([]rune, 0, len(keys))
	start := 0
	for _, k := range keys {
		if e.Method != Telex && e.Method != VNI || !IsWordRune(k) {
			text = append(text, k)
			start = len(text)
			continue
		}
		out, ok := e.applyRunes(text[start:], k)
		if !ok {
			e.Reset()
			text = append(text, k)
			continue
		}
		text = append(text[:start], []rune(out)...)
	}
	e.Reset()
	return norm.NFC.String(string(text))
}

// applyRunes types key at the end of word cur and returns the new word. It
// reports false when cur is not something the engine can work on (too
// long, or text it cannot have produced); the key is then typed as is.
func (e *Engine) applyRunes(cur []rune, key rune) (string, bool) {
	if len(cur) >= maxWordRunes {
		return "", false
	}
	var keys, raw []rune
	l := &e.last
	if l.ok && l.method == e.Method && l.style == e.Style && l.noRestore == e.NoRestore && l.out == string(cur) {
		keys = append(make([]rune, 0, len(l.keys)+1), l.keys...)
		raw = append(make([]rune, 0, len(l.raw)+1), l.raw...)
	} else {
		k, ok := derive(cur, e.Method)
		if !ok {
			return "", false
		}
		keys = k
		raw = append(make([]rune, 0, len(cur)+1), cur...)
	}
	keys = append(keys, key)
	raw = append(raw, key)
	c := compose(keys, e.Method)
	out := norm.NFC.String(c.output(keys, raw, e.Style, !e.NoRestore))
	e.last = lastWord{
		ok: true, method: e.Method, style: e.Style, noRestore: e.NoRestore,
		out: out, keys: keys, raw: raw,
	}
	return out, true
}
