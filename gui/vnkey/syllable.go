package vnkey

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// onsets lists the initial consonants of Vietnamese syllables.
var onsets = map[string]bool{
	"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true,
	"gh": true, "gi": true, "h": true, "k": true, "kh": true, "l": true, "m": true,
	"n": true, "ng": true, "ngh": true, "nh": true, "p": true, "ph": true, "qu": true,
	"r": true, "s": true, "t": true, "th": true, "tr": true, "v": true, "x": true,
}

// rhymeSpec lists every vowel group with the final consonants it takes;
// "-" means the group may end the syllable. Groups that end in a glide
// (ai, ao, iêu, ươi …) take no final consonant.
var rhymeSpec = [...]struct{ vowels, finals string }{
	{"a", "- c ch m n ng nh p t"},
	{"ă", "- c m n ng p t"}, // bare ă, â: names of the letters
	{"â", "- c m n ng p t"},
	{"e", "- c m n ng p t"},
	{"ê", "- ch m n nh p t"},
	{"i", "- ch m n nh p t"},
	{"o", "- c m n ng p t"},
	{"ô", "- c m n ng p t"},
	{"ơ", "- m n p t"},
	{"u", "- c m n ng p t"},
	{"ư", "- c m n ng t"},
	{"y", "- ch nh t"}, // quých, quỳnh, quýt
	{"ai", "-"}, {"ao", "-"}, {"au", "-"}, {"ay", "-"}, {"âu", "-"}, {"ây", "-"},
	{"eo", "-"}, {"êu", "-"}, {"ia", "-"}, {"iu", "-"}, {"oi", "-"}, {"ôi", "-"},
	{"ơi", "-"}, {"ua", "-"}, {"ui", "-"}, {"uơ", "-"}, {"ưa", "-"}, {"ưi", "-"},
	{"ưu", "-"},
	{"iê", "c m n ng p t"}, {"yê", "c m n ng p t"},
	{"uô", "c m n ng p t"}, {"ươ", "c m n ng p t"},
	{"iêu", "-"}, {"yêu", "-"}, {"uôi", "-"}, {"ươi", "-"}, {"ươu", "-"},
	{"oa", "- c ch m n ng nh p t"}, {"oă", "c m n ng t"}, {"oe", "- n t"},
	{"oo", "c ng"}, {"oai", "-"}, {"oay", "-"}, {"oeo", "-"},
	{"uâ", "n ng t"}, {"uây", "-"}, {"uê", "- ch n nh"},
	{"uy", "- ch n nh p t"}, {"uya", "-"}, {"uyu", "-"}, {"uyê", "n t"},
}

var (
	// rhymes holds every valid rhyme (vowel group and final).
	rhymes = map[string]bool{}
	// rhymePrefixes holds every beginning of a valid rhyme, so that a
	// word being typed can be checked.
	rhymePrefixes = map[string]bool{}
)

func init() {
	for _, r := range rhymeSpec {
		for _, f := range strings.Fields(r.finals) {
			if f == "-" {
				f = ""
			}
			rh := []rune(r.vowels + f)
			rhymes[string(rh)] = true
			for i := 1; i <= len(rh); i++ {
				rhymePrefixes[string(rh[:i])] = true
			}
		}
	}
	// ưo is typed on the way to ươ (truwowng); the composer completes it
	// as soon as another letter follows.
	rhymePrefixes["ưo"] = true
}

// isVowelRune reports whether r is a lowercase Vietnamese vowel.
func isVowelRune(r rune) bool {
	switch r {
	case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y':
		return true
	}
	return false
}

// vietLetter reports whether lowercase base letter r is used in Vietnamese.
func vietLetter(r rune) bool {
	return 'a' <= r && r <= 'z' && r != 'f' && r != 'j' && r != 'w' && r != 'z'
}

// syllableOK reports whether letters ls with tone t form a Vietnamese
// syllable, or, when complete is false, the beginning of one.
func syllableOK(ls []letter, t tone, complete bool) bool {
	var buf [16]rune
	if len(ls) > len(buf) {
		return false
	}
	s := buf[:0]
	for _, l := range ls {
		if !vietLetter(l.r) {
			return false
		}
		s = append(s, l.shape())
	}
	return syllableRunesOK(s, t, complete)
}

// syllableRunesOK is syllableOK on lowercase untoned letters.
func syllableRunesOK(s []rune, t tone, complete bool) bool {
	n := len(s)
	i := 0
	for i < n && !isVowelRune(s[i]) {
		i++
	}
	if i == n {
		return false
	}
	on := string(s[:i])
	switch {
	case on == "q":
		if s[i] != 'u' {
			return false
		}
		if i+1 == n {
			return !complete && t == toneNone // qu, waiting for its vowel
		}
		on = "qu"
		i++
	case on == "g" && s[i] == 'i' && i+1 < n && isVowelRune(s[i+1]) && s[i+1] != 'ê':
		on = "gi"
		i++
	}
	if !onsets[on] || !isVowelRune(s[i]) {
		return false
	}
	j := i
	for j < n && isVowelRune(s[j]) {
		j++
	}
	for _, r := range s[j:] {
		if isVowelRune(r) {
			return false
		}
	}
	rhyme := string(s[i:])
	if complete && !rhymes[rhyme] || !complete && !rhymePrefixes[rhyme] {
		return false
	}
	if !spellingOK(on, s[i]) {
		return false
	}
	switch string(s[j:]) {
	case "c", "ch", "p", "t":
		// Syllables closed by a stop take only sắc or nặng.
		if t != toneSac && t != toneNang && (complete || t != toneNone) {
			return false
		}
	}
	return true
}

// spellingOK checks the spelling rules that tie the onset to the first
// vowel: k, gh, ngh before i e ê (y); c, g, ng elsewhere; no qu before u.
func spellingOK(on string, first rune) bool {
	front := first == 'i' || first == 'e' || first == 'ê'
	switch on {
	case "k":
		return front || first == 'y'
	case "gh", "ngh":
		return front
	case "c", "ng":
		return !front && first != 'y'
	case "g":
		return first != 'e' && first != 'ê' && first != 'y'
	case "qu":
		return first != 'u' && first != 'ư' && first != 'o'
	}
	return true
}

// toneIndex returns the index in ls of the vowel that carries the tone, or
// -1 when there is no vowel.
//
// The tone goes on the last vowel with a shape mark (ê, ơ, â …; ơ in ươ),
// else on the last vowel when a final consonant follows (hoán, huỳnh),
// else on the first of two vowels (mùa, của, tài) and the middle of three
// (ngoài, khuya). In oa, oe and uy without final, NewStyle keeps the first
// vowel (hòa, khỏe, thủy) and OldStyle takes the second (hoà, khoẻ, thuỷ).
// The u of qu and the i of gi are not vowels of the rhyme (quá, già).
func toneIndex(ls []letter, style ToneStyle) int {
	s, e := nucleusOf(ls)
	if s < 0 {
		return -1
	}
	for i := e - 1; i >= s; i-- {
		if m := ls[i].mod; m == modCirc || m == modBreve || m == modHorn {
			return i
		}
	}
	if e < len(ls) {
		return e - 1
	}
	switch e - s {
	case 1:
		return s
	case 2:
		a, b := ls[s].r, ls[s+1].r
		if style == OldStyle && (a == 'o' && (b == 'a' || b == 'e') || a == 'u' && b == 'y') {
			return s + 1
		}
		return s
	}
	return s + 1
}

// ValidSyllable reports whether s, ignoring case, is one complete
// Vietnamese syllable: a valid onset, vowel group and final, spelled by the
// k/c, g/gh, ng/ngh rules, with at most one tone, placed on the right vowel
// (either tone style is accepted), and only sắc or nặng after a final c,
// ch, p or t.
func ValidSyllable(s string) bool {
	s = norm.NFC.String(s)
	ls := make([]letter, 0, len(s))
	t, ti := toneNone, -1
	for _, r := range s {
		l, rt, ok := letterOf(r)
		if !ok {
			return false
		}
		if rt != toneNone {
			if t != toneNone {
				return false
			}
			t, ti = rt, len(ls)
		}
		ls = append(ls, l)
	}
	if !syllableOK(ls, t, true) {
		return false
	}
	return t == toneNone || ti == toneIndex(ls, NewStyle) || ti == toneIndex(ls, OldStyle)
}
