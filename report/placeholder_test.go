package report

import (
	"regexp"
	"strings"
	"testing"
)

// placeholderRE is the grammar of a placeholder, as a regular expression:
// the scanner must find exactly what it finds.
var placeholderRE = regexp.MustCompile(`\{([a-z0-9_.]+)(?::([a-z_]*))?\}`)

// strayRE is hasStrayPlaceholder written with placeholderRE.
func strayRE(text string) bool {
	rest := placeholderRE.ReplaceAllString(text, "")
	i := strings.IndexByte(rest, '{')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(rest[i:], '}')
	return j > 0 && j < 40
}

func checkPlaceholders(t *testing.T, text string) {
	t.Helper()
	want := placeholderRE.FindAllStringSubmatchIndex(text, -1)
	var got [][]int
	for m := range placeholders(text) {
		got = append(got, []int{m.start, m.end})
		if sub := placeholderRE.FindStringSubmatch(text[m.start:m.end]); sub == nil || sub[1] != m.code || sub[2] != m.field {
			t.Fatalf("%q: placeholder %q read as code %q field %q", text, text[m.start:m.end], m.code, m.field)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%q: found %v, the grammar finds %v", text, got, want)
	}
	for i := range want {
		if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
			t.Fatalf("%q: found %v, the grammar finds %v", text, got, want)
		}
	}
	if g, w := hasStrayPlaceholder(text), strayRE(text); g != w {
		t.Fatalf("%q: hasStrayPlaceholder = %v, want %v", text, g, w)
	}
}

func TestPlaceholderScanner(t *testing.T) {
	for _, s := range []string{
		"", "{", "}", "{}", "{a}", "{a:}", "{a:plan}", "{a:b:c}", "{{a}}", "{a{b}", "{A}", "{a b}",
		"{llct.lop} lớp {llct.lop:vs_plan}", "x {a:pl4n} y", "{a:", "{a", "{a.b_c9:x_y}z{",
		"{ llct.lop}", "{llct lop} rồi {llct.lop}", "{a}{b}{c:plan}}", "đạt {llct.lop:vs_previous}.",
	} {
		checkPlaceholders(t, s)
	}
}

// FuzzPlaceholders: the scanner finds what the grammar finds.
func FuzzPlaceholders(f *testing.F) {
	f.Add("{llct.lop} lớp, {llct.hocvien:plan} {Ghi chú} {} {a:b:c}")
	f.Fuzz(func(t *testing.T, text string) { checkPlaceholders(t, text) })
}

// BenchmarkResolveLong: resolving and checking a 75,000-character section
// with a placeholder in every paragraph, as validation does on every key.
func BenchmarkResolveLong(b *testing.B) {
	r := Sample()
	cat := DefaultCatalogue()
	s := cat.Evaluate(r)
	var text strings.Builder
	for text.Len() < 75000 {
		text.WriteString("Toàn tỉnh mở {llct.lop} lớp bồi dưỡng lý luận chính trị cho cán bộ, đảng viên ở cơ sở, với nhiều nội dung thiết thực.\n\n")
	}
	b.ResetTimer()
	for b.Loop() {
		s.Resolve(text.String())
		hasStrayPlaceholder(text.String())
	}
}
