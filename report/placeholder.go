package report

import (
	"fmt"
	"regexp"
	"strings"
)

// placeholderRE matches {code} and {code:field} in section text.
var placeholderRE = regexp.MustCompile(`\{([a-z0-9_.]+)(?::([a-z_]*))?\}`)

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
	out := placeholderRE.ReplaceAllStringFunc(text, func(m string) string {
		sub := placeholderRE.FindStringSubmatch(m)
		v, err := s.placeholderValue(sub[1], sub[2])
		if err != nil {
			errs = append(errs, err)
			return m
		}
		return v
	})
	return out, errs
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
	return placeholderRE.FindAllString(text, -1)
}

// hasStrayPlaceholder reports whether text has a short "{…}" that is not a
// well-formed placeholder, e.g. "{llct lop}" (a likely typo).
func hasStrayPlaceholder(text string) bool {
	rest := placeholderRE.ReplaceAllString(text, "")
	i := strings.IndexByte(rest, '{')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(rest[i:], '}')
	return j > 0 && j < 40
}
