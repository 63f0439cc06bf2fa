package vnkey

import (
	"strings"
	"testing"
	"unicode"
)

func TestValidSyllable(t *testing.T) {
	valid := []string{
		"a", "ă", "ê", "ơ", "ư", "y", "ý", "ai", "tiếng", "việt", "nguyễn", "khuyển", "thủy",
		"thuỷ", "hòa", "hoà", "khỏe", "khoẻ", "hoán", "quá", "quý", "quỳnh", "quốc", "quân",
		"già", "gì", "gìn", "giữa", "giếng", "giường", "của", "mùa", "tuổi", "người", "trường",
		"được", "nước", "thuở", "hươu", "rượu", "khuya", "khuỷu", "ngoài", "xoáy", "ngoẹo",
		"hoặc", "uyên", "chuyển", "tuần", "xuân", "thuế", "huỳnh", "huých", "nghiêng", "kênh",
		"ghế", "kỹ", "xoong", "boong", "đ" + "ường", "Đảng", "ĐẢNG", "Việt", "HÒA", "ạch",
		"ếch", "ích", "ốc", "ấp", "ứt", "oanh", "oách", "uynh", "yêu", "yếm", "ươi", "uây", "khuấy",
	}
	for _, s := range valid {
		if !ValidSyllable(s) {
			t.Errorf("ValidSyllable(%q) = false", s)
		}
	}
	invalid := []string{
		"", "đ", "tr", "tuỏi", "tuoi", "viêt", "việc" + "c", "tiéng", "tiêngs", "ciếng", "ka",
		"ghà", "nghá", "cé", "ngé", "kơ", "ễc", "ẽch", "àt", "quu", "qa", "q", "windows",
		"email", "data", "excel", "facebook", "word", "anhs", "ăi", "uơn", "ưo", "iê", "ươ",
		"hóan", "thúy" + "a", "tìêng", "Tuyªn", "hello", "x y", "a1", "fa", "jo", "wa", "za",
		"ing", "ic", "ưp", "oen" + "g", "yn", "tyt",
	}
	for _, s := range invalid {
		if ValidSyllable(s) {
			t.Errorf("ValidSyllable(%q) = true", s)
		}
	}
}

// TestTonePlacement checks where each style puts the tone, on syllables
// with and without final consonant.
func TestTonePlacement(t *testing.T) {
	cases := []struct{ keys, newStyle, oldStyle string }{
		{"hoaf", "hòa", "hoà"}, {"hoanf", "hoàn", "hoàn"}, {"khoer", "khỏe", "khoẻ"},
		{"khoeos", "khoéo", "khoéo"}, {"thuyr", "thủy", "thuỷ"}, {"thuyeenf", "thuyền", "thuyền"},
		{"tuyr", "tủy", "tuỷ"}, {"quys", "quý", "quý"}, {"uyr", "ủy", "uỷ"}, {"ngoaij", "ngoại", "ngoại"},
		{"muaf", "mùa", "mùa"}, {"quaf", "quà", "quà"}, {"giaf", "già", "già"}, {"kiaf", "kìa", "kìa"},
		{"muwaf", "mừa", "mừa"}, {"huwowus", "hướu", "hướu"}, {"khuyaj", "khuỵa", "khuỵa"},
	}
	for _, c := range cases {
		for style, want := range map[ToneStyle]string{NewStyle: c.newStyle, OldStyle: c.oldStyle} {
			if got := New(Telex, style).TypeString(c.keys); got != want {
				t.Errorf("%v %q → %q, want %q", style, c.keys, got, want)
			}
		}
	}
}

// TestAllTypable types every valid syllable made of a list of onsets and
// rhymes with every tone in both methods, and checks that each comes out
// as written: the engine accepts everything ValidSyllable accepts.
func TestAllTypable(t *testing.T) {
	ons := []string{"", "b", "ch", "đ", "gi", "kh", "ngh", "ng", "qu", "tr", "th", "x"}
	n := 0
	for rhyme := range rhymes {
		for _, on := range ons {
			for tn := toneNone; tn < numTones; tn++ {
				s := placeTone(on+rhyme, tn)
				if !ValidSyllable(s) {
					continue
				}
				n++
				for _, m := range []Method{Telex, VNI} {
					keys := keystrokes(s, m, false)
					style := NewStyle
					if got := New(m, style).TypeString(keys); got != s {
						t.Errorf("%v %q → %q, want %q", m, keys, got, s)
					}
					cap := strings.ToUpper(s[:1]) + s[1:]
					if r := []rune(s); unicode.IsLetter(r[0]) {
						cap = string(unicode.ToUpper(r[0])) + string(r[1:])
					}
					if got := New(m, style).TypeString(keystrokes(cap, m, true)); got != cap {
						t.Errorf("%v %q → %q, want %q", m, keystrokes(cap, m, true), got, cap)
					}
				}
			}
		}
	}
	if n < 1500 {
		t.Errorf("only %d syllables tried", n)
	}
}

// placeTone puts tone tn on s the NewStyle way, using the engine's rule;
// ValidSyllable then checks the result independently of typing.
func placeTone(s string, tn tone) string {
	var ls []letter
	for _, r := range s {
		l, _, _ := letterOf(r)
		ls = append(ls, l)
	}
	c := composer{ls: ls, tone: tn}
	return c.render(NewStyle)
}
