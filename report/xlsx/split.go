package xlsx

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// A text too long for one row (Excel's rows are at most 409 points high,
// its cells at most 32,767 characters) is written over consecutive rows,
// one piece a row, each piece's hidden tag cell saying what it is: its
// base tag (tagHeading, tagParagraph, tagRecipient; none for a document's
// summary), a mark, and a number telling that text from the other split
// texts of the sheet. The first piece's mark is "#"; each later piece's
// mark says how it joins the piece above: "+" after one space, "/" after
// a line break, "~" directly (a word longer than a row, cut). So "p#3",
// "p+3", "p+3" are one paragraph in three rows; a text that fits one row
// keeps its plain tag ("p"). Reading joins the pieces back byte for byte.
//
// The marks are in hidden cells of the pieces' own rows, so they travel
// with the rows when a clerk inserts, deletes, moves or copies rows: a
// row a clerk inserts between two pieces, left empty, changes nothing; a
// piece whose first piece was deleted starts a text of its own; and since
// the space or line break dropped at a cut is in the mark, not at the end
// of a cell, a clerk's edit of a piece's text does not change how it
// joins.

// Piece marks.
const (
	markFirst = "#"
	contSpace = "+"
	contLine  = "/"
	contNone  = "~"
)

// contSep is what each continuation mark stands for between two pieces.
var contSep = map[string]string{contSpace: " ", contLine: "\n", contNone: ""}

// pieceTags are the tags of the rows of a text split into ps, with base
// tag base; *count numbers the split texts of a sheet.
func pieceTags(base string, ps []piece, count *int) []string {
	tags := make([]string, len(ps))
	if len(ps) == 1 {
		tags[0] = base
		return tags
	}
	*count++
	id := strconv.Itoa(*count)
	for i, p := range ps {
		mark := p.cont
		if i == 0 {
			mark = markFirst
		}
		tags[i] = base + mark + id
	}
	return tags
}

// pieceOf reads a tag: its base, and for a piece of a split text its mark
// and the text's key (base and number, the same for all its pieces).
func pieceOf(tag string) (base, mark, key string) {
	i := strings.IndexAny(tag, markFirst+contSpace+contLine+contNone)
	if i < 0 {
		return tag, "", ""
	}
	return tag[:i], tag[i : i+1], tag[:i] + "#" + tag[i+1:]
}

// maxPieceHeight is the height in points a piece of a long text fills at
// most. Excel allows 409, but a row that does not fit at the foot of a
// printed page moves whole to the next, leaving the rest of the page
// blank: a third of the page (the sections sheet prints about 730 points
// a page) is the most a page leaves blank.
const maxPieceHeight = 250

// piece is one row's share of a text.
type piece struct {
	text string // as written, with its {code} placeholders
	cont string // "" for the first piece, else its continuation mark
}

// textBox is the cell a text is laid out in: its width in character
// units, the font, and the points the row adds to the text's height.
type textBox struct {
	width, size float64
	bold        bool
	extra       float64
}

// maxLines is how many lines of text a piece may take.
func (b textBox) maxLines() int {
	n := 1
	for linesHeight(n+1, b.size)+b.extra <= maxPieceHeight {
		n++
	}
	return n
}

// fits reports whether text, shown as shown, fits one row of the box.
func (b textBox) fits(text, shown string) bool {
	return utf16Len(text) <= excelize.TotalCellChars && utf16Len(shown) <= excelize.TotalCellChars &&
		textLines(shown, b.width, b.size, b.bold) <= b.maxLines()
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// splitText cuts text into pieces each of which, shown through resolve
// (which fills in the figures), fits one row of the box; the pieces with
// their marks' separators joined give the text back. It cuts at the end
// of a sentence when that leaves the row at least half full, else at the
// last space or line break that fits, and inside a word only when a word
// alone is longer than a row; never inside a {code} placeholder.
func splitText(text string, b textBox, resolve func(string) string) []piece {
	var out []piece
	cont := ""
	for {
		end, next, mark := b.cut(text, resolve)
		if end < len(text) && next == 0 { // nothing fits (a text of spaces): one character
			_, size := utf8.DecodeRuneInString(text)
			end, next, mark = size, size, contNone
		}
		if end == len(text) {
			return append(out, piece{text, cont})
		}
		out = append(out, piece{text[:end], cont})
		text, cont = text[next:], mark
	}
}

// cutAt is a place a text may be cut: the piece ends at end, the next
// starts at next, and mark says what was between.
type cutAt struct {
	end, next int
	mark      string
	lines     int // lines of the piece cut there
	sentence  bool
}

// cut finds where the first piece of text ends: len(text) when it all
// fits. It lays the text out word by word as textLines does, each word
// shown through resolve (a placeholder holds no space, so a text and its
// words resolve alike).
func (b textBox) cut(text string, resolve func(string) string) (end, next int, mark string) {
	m := measure(b.size, b.bold)
	l := newWrap(b.width, m(' '))
	limit := b.maxLines()
	var last, sentence *cutAt
	nText, nShown := 0, 0
	started := false // a word with a letter is in the piece
	for ls := 0; ; {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		if ls > 0 {
			if started {
				c := &cutAt{end: ls - 1, next: ls, mark: contLine, lines: l.lines, sentence: true}
				last, sentence = c, c
			}
			nText++
			nShown++
		}
		l.line()
		for ws, first := ls, true; ; first = false {
			we := strings.IndexByte(text[ws:le], ' ')
			if we < 0 {
				we = le
			} else {
				we += ws
			}
			if !first {
				if started {
					last = &cutAt{end: ws - 1, next: ws, mark: contSpace, lines: l.lines, sentence: sentenceEnd(text[:ws-1])}
					if last.sentence {
						sentence = last
					}
				}
				nText++
				nShown++
			}
			word := text[ws:we]
			shown := resolve(word)
			before := l
			l.word(textWidth(shown, m), first)
			nText += utf16Len(word)
			nShown += utf16Len(shown)
			if l.lines > limit || nText > excelize.TotalCellChars || nShown > excelize.TotalCellChars {
				switch {
				case sentence != nil && 2*sentence.lines >= limit:
					return sentence.end, sentence.next, sentence.mark
				case last != nil:
					return last.end, last.next, last.mark
				}
				// The first word of the piece alone is too long: cut it.
				k := b.cutWord(text, ws, we, before, first, nText-utf16Len(word), resolve)
				return k, k, contNone
			}
			if strings.TrimSpace(word) != "" {
				started = true
			}
			if we == le {
				break
			}
			ws = we + 1
		}
		if le == len(text) {
			return len(text), len(text), ""
		}
		ls = le + 1
	}
}

// cutWord cuts the word text[ws:we], which does not fit a row after what
// precedes it in the piece (laid out in before): it returns the end of
// the longest piece that fits, at least one character long, never inside
// a {…} or before a combining mark. n is the length of the piece before
// the word, in UTF-16 units as Excel counts.
func (b textBox) cutWord(text string, ws, we int, before wrap, first bool, n int, resolve func(string) string) int {
	m := measure(b.size, b.bold)
	ok := func(k int) bool {
		if k >= we || !allowedCut(text[ws:we], k-ws) {
			return false
		}
		piece := text[:k]
		return b.fits(piece, resolve(piece))
	}
	// The raw letters' widths guess the place; the exact check confirms
	// it (a filled-in figure is a little narrower or wider than its code).
	guess, w, limit := ws, 0.0, b.maxLines()
	for k := ws; k < we; {
		r, size := utf8.DecodeRuneInString(text[k:])
		w += m(r)
		n += utf16.RuneLen(r)
		c := before
		c.word(w, first)
		if c.lines > limit || n > excelize.TotalCellChars {
			break
		}
		k += size
		guess = k
	}
	for k := guess; k > ws; k = prevRune(text, k) {
		if ok(k) {
			return k
		}
	}
	for k := ws + 1; k < we; k++ { // nothing fits: the least that can be cut
		if utf8.RuneStart(text[k]) && allowedCut(text[ws:we], k-ws) {
			return k
		}
	}
	return we
}

func prevRune(s string, k int) int {
	_, size := utf8.DecodeLastRuneInString(s[:k])
	return k - size
}

// allowedCut reports whether a word may be cut before byte k: not inside
// a {…} (a placeholder), not before a combining mark.
func allowedCut(word string, k int) bool {
	if k <= 0 || k >= len(word) || !utf8.RuneStart(word[k]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(word[k:]); unicode.Is(unicode.Mn, r) {
		return false
	}
	open := strings.LastIndexByte(word[:k], '{')
	return open < 0 || strings.LastIndexByte(word[:k], '}') > open || !strings.Contains(word[k:], "}")
}

// sentenceEnd reports whether s ends a sentence or an item of a list:
// ".", "!", "?", ";" or "…", maybe followed by closing quotes or
// brackets.
func sentenceEnd(s string) bool {
	s = strings.TrimRight(s, ")]\"'”’»")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?;…", r)
}
