package report

import (
	"strconv"
	"strings"
)

// Fold prepares a text for a comparison that ignores case and Vietnamese
// marks: lower case, marks dropped, đ made d, single spaces ("Dân  Vận
// khéo" and "dan van kheo" fold alike).
func Fold(s string) string { return strings.Join(strings.Fields(Unaccent(s)), " ") }

// Slug writes s for a file name: its folded text's ASCII letters and
// digits, anything else one hyphen between them ("Đảng ủy xã Gia Viễn"
// → "dang-uy-xa-gia-vien"), cut once it has max characters; safe on
// Windows and in mail.
func Slug(s string, max int) string {
	var b strings.Builder
	sep := false
	for _, r := range Fold(s) {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			sep = b.Len() > 0
			continue
		}
		if b.Len() >= max {
			break
		}
		if sep {
			b.WriteByte('-')
			sep = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// codeWords are the ASCII words of a name: folded, split at anything
// that is not a letter or a digit.
func codeWords(name string) []string {
	return strings.FieldsFunc(Fold(name), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// fillers are the words an indicator's name starts with that say nothing
// of what it counts.
var fillers = [][]string{{"tong", "so"}, {"so", "luong"}, {"so"}}

// Lengths of suggested codes: at most three pairs of syllables after the
// group, at most six letters of a group's initials.
const (
	codePairs     = 3
	groupInitials = 6
)

// SuggestCode proposes the code of an indicator of group groupID named
// name, while the clerk types the name: the group, a dot, and the name's
// first six syllables in ASCII after a leading "Số", "Số lượng" or "Tổng
// số", joined two by two ("dv" and "Số mô hình dân vận khéo" give
// "dv.mohinh_danvan_kheo"). A code taken (taken reports it) gets "_2",
// "_3", … The result is a valid code (lower-case ASCII letters, digits,
// dots and underscores) whatever the name.
func SuggestCode(groupID, name string, taken func(string) bool) string {
	words := codeWords(name)
	for _, f := range fillers {
		if len(words) > len(f) && equalWords(words[:len(f)], f) {
			words = words[len(f):]
			break
		}
	}
	words = words[:min(len(words), 2*codePairs)]
	var pairs []string
	for i := 0; i < len(words); i += 2 {
		pairs = append(pairs, strings.Join(words[i:min(i+2, len(words))], ""))
	}
	base := strings.Join(pairs, "_")
	if base == "" {
		base = "chitieu"
	}
	if groupID != "" {
		base = groupID + "." + base
	}
	base = base[:min(len(base), maxCodeLen-4)]
	return untaken(base, "_", taken)
}

// SuggestGroupID proposes the code of a group named name: the initials of
// its first six words in ASCII ("Công tác dân vận" gives "ctdv"), "2", "3",
// … added when taken.
func SuggestGroupID(name string, taken func(string) bool) string {
	var b strings.Builder
	for i, w := range codeWords(name) {
		if i == groupInitials {
			break
		}
		b.WriteByte(w[0])
	}
	base := b.String()
	if base == "" {
		base = "nhom"
	}
	return untaken(base, "", taken)
}

// untaken is base, or base+sep+2, +3, … the first that is not taken.
func untaken(base, sep string, taken func(string) bool) string {
	code := base
	for n := 2; taken != nil && taken(code); n++ {
		code = base + sep + strconv.Itoa(n)
	}
	return code
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
