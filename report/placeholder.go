package report

import (
	"fmt"
	"strings"
)

// Placeholder fields after the colon.
const (
	PHValue      = ""
	PHPlan       = "plan"
	PHPrevious   = "previous"
	PHVsPlan     = "vs_plan"
	PHVsPrevious = "vs_previous"
)

// Placeholder writes the placeholder text for a figure: {llct.hocvien},
// {llct.lop:plan}.
func Placeholder(code, field string) string {
	if field == "" {
		return "{" + code + "}"
	}
	return "{" + code + ":" + field + "}"
}

// placeholderValue resolves one placeholder, or says why it cannot.
func (s *Sheet) placeholderValue(code, field string) (string, error) {
	row := s.Row(code)
	if row == nil {
		return "", fmt.Errorf("không có chỉ tiêu mã %q trong danh mục", code)
	}
	var v Value
	switch field {
	case PHValue:
		v = row.Value
	case PHPlan:
		v = row.Plan
	case PHPrevious:
		v = row.Previous
	case PHVsPlan:
		v = row.VsPlan
	case PHVsPrevious:
		v = row.VsPrevious
	default:
		return "", fmt.Errorf("không hiểu %q (sau dấu hai chấm chỉ dùng plan, previous, vs_plan, vs_previous)", field)
	}
	if !v.OK {
		return "", fmt.Errorf("chỉ tiêu %q (%s) chưa có số liệu để điền", Placeholder(code, field), row.Name)
	}
	if field == PHVsPlan || field == PHVsPrevious {
		return FormatPercent(v.N), nil
	}
	return row.Format(v), nil
}

// Resolve replaces the placeholders of a text with the figures. Every
// placeholder that cannot be filled is reported, and left in place.
func (s *Sheet) Resolve(text string) (string, []error) {
	var errs []error
	var b strings.Builder
	last := 0
	for m := range placeholders(text) {
		v, err := s.placeholderValue(m.code, m.field)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[last:m.start])
		b.WriteString(v)
		last = m.end
	}
	if last == 0 {
		return text, errs
	}
	b.WriteString(text[last:])
	return b.String(), errs
}

// ResolveAll is Resolve for printing: a placeholder that cannot be filled
// makes an error instead of raw text in the document.
func (s *Sheet) ResolveAll(text string) (string, error) {
	out, errs := s.Resolve(text)
	if len(errs) > 0 {
		return "", errs[0]
	}
	return out, nil
}

// Placeholders lists the placeholders used in a text.
func Placeholders(text string) []string {
	var out []string
	for m := range placeholders(text) {
		out = append(out, text[m.start:m.end])
	}
	return out
}

// hasStrayPlaceholder reports whether text has a short "{…}" that is not a
// well-formed placeholder, e.g. "{llct lop}" (a likely typo): a "{" outside
// the placeholders with a "}" less than 40 bytes after it, the
// placeholders left out.
func hasStrayPlaceholder(text string) bool {
	if strings.IndexByte(text, '{') < 0 {
		return false
	}
	var rest strings.Builder
	last := 0
	for m := range placeholders(text) {
		rest.WriteString(text[last:m.start])
		last = m.end
	}
	rest.WriteString(text[last:])
	r := rest.String()
	i := strings.IndexByte(r, '{')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(r[i:], '}')
	return j > 0 && j < 40
}

// placeholderMatch is one {code} or {code:field} at text[start:end].
type placeholderMatch struct {
	start, end  int
	code, field string
}

// placeholders yields the placeholders of a text from left to right: "{",
// a code of [a-z0-9_.]+, optionally ":" and a field of [a-z_]*, and "}".
// A text is scanned for "{" alone, so a long text without many
// placeholders costs little (it is checked on every key typed).
func placeholders(text string) func(yield func(placeholderMatch) bool) {
	return func(yield func(placeholderMatch) bool) {
		for at := 0; ; {
			i := strings.IndexByte(text[at:], '{')
			if i < 0 {
				return
			}
			i += at
			at = i + 1
			if m, ok := placeholderAt(text, i); ok {
				if !yield(m) {
					return
				}
				at = m.end
			}
		}
	}
}

// placeholderAt reads a placeholder starting with the "{" at text[i].
func placeholderAt(text string, i int) (placeholderMatch, bool) {
	j := i + 1
	for j < len(text) && isCodeByte(text[j]) {
		j++
	}
	if j == i+1 || j >= len(text) {
		return placeholderMatch{}, false
	}
	m := placeholderMatch{start: i, code: text[i+1 : j]}
	if text[j] == ':' {
		k := j + 1
		for k < len(text) && (text[k] >= 'a' && text[k] <= 'z' || text[k] == '_') {
			k++
		}
		m.field = text[j+1 : k]
		j = k
	}
	if j >= len(text) || text[j] != '}' {
		return placeholderMatch{}, false
	}
	m.end = j + 1
	return m, true
}

func isCodeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
}
