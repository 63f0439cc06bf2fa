package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameProblem says what is wrong with a one-line name (an organization's
// fields, the signer's, a recipient, a lower unit's): a control character
// (a line break, a tab, the escape that starts a terminal sequence), or
// nothing but invisible characters (zero-width spaces and joiners, the
// soft hyphen). It returns "" for a good name and for an empty one (which
// the required-field check reports).
func NameProblem(s string) string { return textProblem(s, false) }

// textProblem is NameProblem, with line breaks allowed when lines is set
// (a title of two lines).
func textProblem(s string, lines bool) string {
	visible := false
	for i, r := range []rune(s) {
		switch {
		case lines && r == '\n':
		case r == utf8.RuneError:
			return fmt.Sprintf("có ký tự hỏng (�) ở ký tự thứ %d: tệp đã bị đọc sai bảng mã ở đâu đó; hãy gõ lại", i+1)
		case unicode.IsControl(r):
			return fmt.Sprintf("có ký tự điều khiển %s ở ký tự thứ %d (thường do dán từ chương trình khác); hãy xóa và gõ lại", CharName(r), i+1)
		case invisible(r):
		default:
			visible = true
		}
	}
	if !visible && s != "" && strings.TrimSpace(s) != "" {
		return "chỉ có ký tự vô hình (khoảng trắng độ rộng 0 …), không có chữ nào"
	}
	return ""
}

// invisible reports whether r shows nothing: a space or a format
// character (zero-width space and joiners, the soft hyphen, bidi marks,
// the byte order mark).
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// CharName names a character that cannot be shown, for messages:
// U+001B (ESC).
func CharName(r rune) string {
	names := map[rune]string{'\n': "xuống dòng", '\r': "về đầu dòng", '\t': "tab", 0x1b: "ESC", 0: "NUL", 0x7f: "DEL"}
	if n, ok := names[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// checkName adds an error when a name field has a control character or
// only invisible ones.
func (c *checker) checkName(field, label, value string) {
	if p := NameProblem(value); p != "" {
		c.add(Error, field, "%s %s", label, p)
	}
}

// checkLines is checkName for a text of a few lines (the summary).
func (c *checker) checkLines(field, label, value string) {
	if p := textProblem(value, true); p != "" {
		c.add(Error, field, "%s %s", label, p)
	}
}
