package store

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"baocao/report"
)

// maxChanges caps a revision's summary; the rest is counted.
const maxChanges = 20

// empty stands for a value the clerk left blank.
const empty = "(trống)"

// describeChanges summarises in Vietnamese what changed from old to cur,
// one line per change, in the order of the report.
func describeChanges(old, cur *report.Report) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	field := func(label, a, b string) {
		if a != b {
			add("%s: %s → %s", label, orEmpty(a), orEmpty(b))
		}
	}
	o, n := old.Organization, cur.Organization
	field("cơ quan cấp trên", o.Superior, n.Superior)
	field("tên cơ quan", o.Name, n.Name)
	field("tên viết tắt", o.Abbreviation, n.Abbreviation)
	field("địa danh", o.Place, n.Place)
	if old.Period != cur.Period {
		add("kỳ báo cáo: %s → %s", old.Period.Name(), cur.Period.Name())
	}
	if ot, nt := old.Template(), cur.Template(); ot != nt {
		add("mẫu báo cáo: %s → %s", ot.Label(), nt.Label())
	}
	field("số báo cáo", old.Number, cur.Number)
	field("ngày báo cáo", showDate(old.Date), showDate(cur.Date))
	if old.Summary != cur.Summary {
		add("sửa trích yếu")
	}
	out = append(out, figureChanges(cur.Catalogue(), old.Figures, cur.Figures)...)
	out = append(out, documentChanges(old.Documents, cur.Documents)...)
	out = append(out, sectionChanges(old.Sections, cur.Sections)...)
	if !slices.Equal(old.Recipients, cur.Recipients) {
		add("sửa nơi nhận")
	}
	if old.Signer != cur.Signer {
		if old.Signer.Name != cur.Signer.Name {
			field("người ký", old.Signer.Name, cur.Signer.Name)
		} else {
			add("sửa chức vụ người ký")
		}
	}
	if !breakdownEqual(old.Breakdown, cur.Breakdown) {
		add("sửa số liệu chi tiết theo đơn vị")
	}
	if len(out) > maxChanges {
		rest := len(out) - (maxChanges - 1)
		out = append(out[:maxChanges-1], fmt.Sprintf("và %d thay đổi khác", rest))
	}
	return out
}

func orEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return empty
	}
	return s
}

func showDate(s string) string {
	if t, err := report.ParseDate(s); err == nil {
		return report.FormatDateShort(t)
	}
	return s
}

// figureChanges lists changed figures in catalogue order (unknown codes
// last, sorted): "Số lớp bồi dưỡng lý luận chính trị đã mở: 30 → 35".
func figureChanges(cat *report.Catalogue, old, cur map[string]report.Figure) []string {
	codes := make([]string, 0, len(cat.Indicators))
	known := make(map[string]bool, len(cat.Indicators))
	for _, in := range cat.Indicators {
		codes = append(codes, in.Code)
		known[in.Code] = true
	}
	var unknown []string
	for _, m := range []map[string]report.Figure{old, cur} {
		for code := range m {
			if !known[code] {
				known[code] = true
				unknown = append(unknown, code)
			}
		}
	}
	sort.Strings(unknown)
	codes = append(codes, unknown...)
	var out []string
	for _, code := range codes {
		a, b := old[code], cur[code]
		name := code
		if in := cat.Indicator(code); in != nil {
			name = in.Name
		}
		for _, part := range []struct {
			suffix string
			a, b   *int64
		}{{"", a.Value, b.Value}, {" (cùng kỳ năm trước)", a.Previous, b.Previous}, {" (kế hoạch năm)", a.Plan, b.Plan}} {
			if !sameNumber(part.a, part.b) {
				out = append(out, fmt.Sprintf("%s%s: %s → %s", name, part.suffix, showNumber(part.a), showNumber(part.b)))
			}
		}
	}
	return out
}

func sameNumber(a, b *int64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func showNumber(p *int64) string {
	if p == nil {
		return empty
	}
	return report.FormatInt(*p)
}

// documentChanges lists added, removed and edited documents: "thêm văn
// bản 23-CT/TU". A document is matched by its symbol, or, having none, by
// its kind.
func documentChanges(old, cur []report.Document) []string {
	oldLeft := make([]bool, len(old))
	curLeft := make([]bool, len(cur))
	for i := range oldLeft {
		oldLeft[i] = true
	}
	for i := range curLeft {
		curLeft[i] = true
	}
	pair := func(match func(a, b report.Document) bool, changed func(a, b report.Document)) {
		for j, b := range cur {
			if !curLeft[j] {
				continue
			}
			for i, a := range old {
				if oldLeft[i] && match(a, b) {
					oldLeft[i], curLeft[j] = false, false
					if changed != nil {
						changed(a, b)
					}
					break
				}
			}
		}
	}
	var edits []string
	edit := func(a, b report.Document) { edits = append(edits, "sửa "+documentLabel(b)) }
	pair(func(a, b report.Document) bool { return a == b }, nil)
	pair(func(a, b report.Document) bool { return a.Symbol != "" && a.Symbol == b.Symbol }, edit)
	pair(func(a, b report.Document) bool { return a.Symbol == "" && b.Symbol == "" && a.Kind == b.Kind }, edit)
	var out []string
	for i, a := range old {
		if oldLeft[i] {
			out = append(out, "bỏ "+documentLabel(a))
		}
	}
	for j, b := range cur {
		if curLeft[j] {
			out = append(out, "thêm "+documentLabel(b))
		}
	}
	out = append(out, edits...)
	if len(out) == 0 && !slices.Equal(old, cur) {
		out = append(out, "đổi thứ tự các văn bản")
	}
	return out
}

func documentLabel(d report.Document) string {
	if d.Symbol != "" {
		return "văn bản " + d.Symbol
	}
	kind := strings.ToLower(report.DocumentKindName(d.Kind))
	if d.Summary == "" {
		return kind + " (không số)"
	}
	return kind + " “" + clip(d.Summary, 50) + "”"
}

// sectionChanges lists added, removed and edited parts of the text: "sửa
// phần II". Sections are matched by position when their number is
// unchanged, else by heading.
func sectionChanges(old, cur []report.Section) []string {
	var out []string
	if len(old) == len(cur) {
		for i := range cur {
			a, b := old[i], cur[i]
			switch {
			case a == b:
			case a.Heading != b.Heading && a.Text == b.Text:
				out = append(out, fmt.Sprintf("sửa tiêu đề %s", sectionLabel(a, i)))
			default:
				out = append(out, "sửa "+sectionLabel(b, i))
			}
		}
		return out
	}
	used := make([]bool, len(old))
	for j, b := range cur {
		found := false
		for i, a := range old {
			if !used[i] && a.Heading == b.Heading {
				used[i], found = true, true
				if a.Text != b.Text {
					out = append(out, "sửa "+sectionLabel(b, j))
				}
				break
			}
		}
		if !found {
			out = append(out, "thêm "+sectionLabel(b, j))
		}
	}
	for i, a := range old {
		if !used[i] {
			out = append(out, "bỏ "+sectionLabel(a, i))
		}
	}
	return out
}

var (
	romanHeading  = regexp.MustCompile(`^([IVXLC]+)[.)]\s`)
	arabicHeading = regexp.MustCompile(`^(\d+(?:\.\d+)*)[.)]\s`)
	partHeading   = regexp.MustCompile(`(?i)^phần thứ\s+\S+`)
)

// sectionLabel names a section as a clerk would: "phần II", "mục 1",
// "phần thứ nhất", or its heading.
func sectionLabel(s report.Section, index int) string {
	h := strings.TrimSpace(strings.SplitN(s.Heading, "\n", 2)[0])
	switch {
	case h == "":
		return fmt.Sprintf("đoạn thứ %d (không tiêu đề)", index+1)
	case romanHeading.MatchString(h):
		return "phần " + romanHeading.FindStringSubmatch(h)[1]
	case arabicHeading.MatchString(h):
		return "mục " + arabicHeading.FindStringSubmatch(h)[1]
	case partHeading.MatchString(h):
		return strings.ToLower(partHeading.FindString(h))
	}
	return "phần “" + clip(h, 50) + "”"
}

// clip shortens s to at most n letters, with an ellipsis.
func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func breakdownEqual(a, b []report.UnitRow) bool {
	return slices.EqualFunc(a, b, func(x, y report.UnitRow) bool {
		if x.Superior != y.Superior || x.Name != y.Name || len(x.Figures) != len(y.Figures) {
			return false
		}
		for k, v := range x.Figures {
			if w, ok := y.Figures[k]; !ok || w != v {
				return false
			}
		}
		return true
	})
}
