package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period kinds. A kind names one period of a year: H1 and Y as the report
// file has always had them, and beside them the months (M1 … M12), the
// quarters (Q1 … Q4) and the first nine months (9M).
const (
	KindH1   = "H1" // 6 tháng đầu năm (sơ kết)
	KindYear = "Y"  // cả năm (tổng kết)
	Kind9M   = "9M" // 9 tháng đầu năm
)

// Period classes: what a template serves and what a clerk picks first
// (monthly, quarterly, …); a class holds one or more kinds.
const (
	ClassMonth   = "M"
	ClassQuarter = "Q"
	ClassH1      = KindH1
	Class9M      = Kind9M
	ClassYear    = KindYear
)

// PeriodClasses lists the classes in display order.
var PeriodClasses = []string{ClassMonth, ClassQuarter, ClassH1, Class9M, ClassYear}

// PeriodKinds lists every period kind in display order: the months, the
// quarters, 6 months, 9 months, the year.
var PeriodKinds = func() []string {
	var out []string
	for _, c := range PeriodClasses {
		out = append(out, KindsOf(c)...)
	}
	return out
}()

// MonthKind is the kind of month m (1–12): "M3".
func MonthKind(m int) string { return "M" + strconv.Itoa(m) }

// QuarterKind is the kind of quarter q (1–4): "Q1".
func QuarterKind(q int) string { return "Q" + strconv.Itoa(q) }

// parseKind splits a kind into its class and its number (the month or
// the quarter; 0 for the others); ok is false for an unknown kind.
func parseKind(kind string) (class string, n int, ok bool) {
	switch kind {
	case KindH1, KindYear, Kind9M:
		return kind, 0, true
	}
	if len(kind) < 2 || (kind[0] != 'M' && kind[0] != 'Q') || kind[1] == '0' {
		return "", 0, false
	}
	n, err := strconv.Atoi(kind[1:])
	if err != nil {
		return "", 0, false
	}
	if kind[0] == 'M' && n >= 1 && n <= 12 {
		return ClassMonth, n, true
	}
	if kind[0] == 'Q' && n >= 1 && n <= 4 {
		return ClassQuarter, n, true
	}
	return "", 0, false
}

// ValidKind reports whether kind is a period kind.
func ValidKind(kind string) bool {
	_, _, ok := parseKind(kind)
	return ok
}

// KindsOf lists the kinds of a class in order: the twelve months, the four
// quarters, or the class's one kind.
func KindsOf(class string) []string {
	switch class {
	case ClassMonth:
		out := make([]string, 12)
		for i := range out {
			out[i] = MonthKind(i + 1)
		}
		return out
	case ClassQuarter:
		return []string{QuarterKind(1), QuarterKind(2), QuarterKind(3), QuarterKind(4)}
	case ClassH1, Class9M, ClassYear:
		return []string{class}
	}
	return nil
}

// classWords are the words of a class: Choice names the class for a
// choice (ClassName), Text one of its periods in running text (KindName)
// and Column one of its periods over a table's column (ColumnTitle); a
// month or a quarter adds its number to Text and Column (kindNumber).
type classWords struct{ Choice, Text, Column string }

// periodWords holds the words of every class.
var periodWords = map[string]classWords{
	ClassMonth:   {"Hằng tháng", "tháng", "Tháng"},
	ClassQuarter: {"Hằng quý", "quý", "Quý"},
	ClassH1:      {"6 tháng đầu năm", "6 tháng đầu năm", "6 tháng"},
	Class9M:      {"9 tháng đầu năm", "9 tháng đầu năm", "9 tháng"},
	ClassYear:    {"Cả năm", "cả năm", "Cả năm"},
}

// kindNumber is what a kind adds to its class's words: " 3" for the
// third month, " I" for the first quarter, nothing for the others.
func kindNumber(class string, n int) string {
	switch class {
	case ClassMonth:
		return " " + strconv.Itoa(n)
	case ClassQuarter:
		return " " + FormatRoman(n)
	}
	return ""
}

// ClassName names a class for a choice: "Hằng tháng", "Hằng quý",
// "6 tháng đầu năm", "9 tháng đầu năm", "Cả năm".
func ClassName(class string) string {
	if w, ok := periodWords[class]; ok {
		return w.Choice
	}
	return class
}

// KindName names a period kind without its year: "tháng 3", "quý I",
// "6 tháng đầu năm", "9 tháng đầu năm", "cả năm".
func KindName(kind string) string {
	class, n, ok := parseKind(kind)
	if !ok {
		return kind
	}
	return periodWords[class].Text + kindNumber(class, n)
}

// Period is the reporting period.
type Period struct {
	Year int    `json:"year"`
	Kind string `json:"kind"`
}

// Class is the period's class (ClassMonth for "M3"), or "" for an unknown
// kind.
func (p Period) Class() string {
	class, _, _ := parseKind(p.Kind)
	return class
}

// Name names the period as a report title does: "tháng 3 năm 2026",
// "quý I năm 2026", "6 tháng đầu năm 2019", "9 tháng đầu năm 2026",
// "năm 2019".
func (p Period) Name() string {
	if p.Kind == KindYear {
		return fmt.Sprintf("năm %d", p.Year)
	}
	switch p.Class() {
	case ClassMonth, ClassQuarter:
		return fmt.Sprintf("%s năm %d", KindName(p.Kind), p.Year)
	case ClassH1, Class9M:
		return fmt.Sprintf("%s %d", KindName(p.Kind), p.Year)
	}
	return fmt.Sprintf("%s %d", p.Kind, p.Year)
}

// Short is a compact name for file names: "T3-2026", "Q1-2026",
// "6T2019", "9T2026", "N2019".
func (p Period) Short() string {
	class, n, _ := parseKind(p.Kind)
	switch class {
	case ClassMonth:
		return fmt.Sprintf("T%d-%d", n, p.Year)
	case ClassQuarter:
		return fmt.Sprintf("Q%d-%d", n, p.Year)
	case ClassH1:
		return fmt.Sprintf("6T%d", p.Year)
	case Class9M:
		return fmt.Sprintf("9T%d", p.Year)
	case ClassYear:
		return fmt.Sprintf("N%d", p.Year)
	}
	return fmt.Sprintf("%s%d", p.Kind, p.Year)
}

// SearchText is what a search of the archive list matches a period by:
// its name, its file name, and the other ways a clerk types it ("quý 1",
// "tháng 03", "T3", "sơ kết", "tổng kết").
func (p Period) SearchText() string {
	parts := []string{p.Name(), p.Short(), strconv.Itoa(p.Year)}
	class, n, _ := parseKind(p.Kind)
	switch class {
	case ClassMonth:
		parts = append(parts, fmt.Sprintf("tháng %02d", n), fmt.Sprintf("T%d", n), fmt.Sprintf("%d/%d", n, p.Year), fmt.Sprintf("%02d/%d", n, p.Year))
	case ClassQuarter:
		parts = append(parts, fmt.Sprintf("quý %d", n), fmt.Sprintf("Q%d", n))
	case ClassH1:
		parts = append(parts, "6 tháng", "sơ kết")
	case Class9M:
		parts = append(parts, "9 tháng")
	case ClassYear:
		parts = append(parts, "cả năm", "tổng kết")
	}
	return strings.Join(parts, " ")
}

// ColumnTitle heads the column of the period's figures in a table:
// "Tháng 3", "Quý I", "6 tháng", "9 tháng", "Cả năm" (the year's for a
// kind that is none of these).
func (p Period) ColumnTitle() string {
	class, n, ok := parseKind(p.Kind)
	if !ok {
		class = ClassYear
	}
	return periodWords[class].Column + kindNumber(class, n)
}

// ColumnTitles lists every column title a period can have, for readers
// that find the column by its title.
func ColumnTitles() []string {
	var out []string
	for _, class := range PeriodClasses {
		for _, k := range KindsOf(class) {
			out = append(out, Period{Kind: k}.ColumnTitle())
		}
	}
	return out
}

// IsHalfYear reports whether the period covers the first half of a year.
func (p Period) IsHalfYear() bool { return p.Kind == KindH1 }

// IsPartOfYear reports whether the period covers less than the whole
// year, so that a figure above the yearly plan is worth a warning.
func (p Period) IsPartOfYear() bool { return ValidKind(p.Kind) && p.Kind != KindYear }

// SameLastYear is the same kind of period one year earlier ("cùng kỳ").
func (p Period) SameLastYear() Period { return Period{Year: p.Year - 1, Kind: p.Kind} }

// Next is the period of the same class that follows: the next month or
// quarter (into the next year after December or the fourth quarter), the
// next year for the others.
func (p Period) Next() Period {
	class, n, _ := parseKind(p.Kind)
	switch {
	case class == ClassMonth && n < 12:
		return Period{Year: p.Year, Kind: MonthKind(n + 1)}
	case class == ClassMonth:
		return Period{Year: p.Year + 1, Kind: MonthKind(1)}
	case class == ClassQuarter && n < 4:
		return Period{Year: p.Year, Kind: QuarterKind(n + 1)}
	case class == ClassQuarter:
		return Period{Year: p.Year + 1, Kind: QuarterKind(1)}
	}
	return Period{Year: p.Year + 1, Kind: p.Kind}
}

// nextKindName names what the report's "phương hướng, nhiệm vụ" covers:
// the next month or quarter, the rest of the year after 6 or 9 months,
// the next year.
func (p Period) nextKindName() string {
	switch p.Class() {
	case ClassH1:
		return "6 tháng cuối năm"
	case Class9M:
		return "3 tháng cuối năm"
	case ClassYear:
		return "năm"
	}
	return KindName(p.Next().Kind)
}

// DuePeriod is the period of a class whose report is due at now: a month's
// or a quarter's report is written from the middle of its last month to
// the middle of the next one; the 6 months' from May to October; the 9
// months' from August to November; the year's in November and December
// and, until April, for the year just ended.
func DuePeriod(class string, now time.Time) Period {
	y, m, d := now.Year(), int(now.Month()), now.Day()
	switch class {
	case ClassMonth:
		if d < 15 {
			m--
		}
		if m == 0 {
			return Period{Year: y - 1, Kind: MonthKind(12)}
		}
		return Period{Year: y, Kind: MonthKind(m)}
	case ClassQuarter:
		// The last quarter whose last month has reached its 15th.
		q := (m + 2) / 3
		if m != 3*q || d < 15 {
			q--
		}
		if q == 0 {
			return Period{Year: y - 1, Kind: QuarterKind(4)}
		}
		return Period{Year: y, Kind: QuarterKind(q)}
	case ClassH1:
		if m >= 5 {
			return Period{Year: y, Kind: KindH1}
		}
		return Period{Year: y - 1, Kind: KindH1}
	case Class9M:
		if m >= 8 {
			return Period{Year: y, Kind: Kind9M}
		}
		return Period{Year: y - 1, Kind: Kind9M}
	}
	if m >= 11 {
		return Period{Year: y, Kind: KindYear}
	}
	return Period{Year: y - 1, Kind: KindYear}
}

// DueClass is the class whose report is due at now when nothing else
// says: the half year from May to October, the year otherwise.
func DueClass(now time.Time) string {
	if m := now.Month(); m >= time.May && m <= time.October {
		return ClassH1
	}
	return ClassYear
}

// FileStem is the suggested file name without extension:
// "BC-45-BTGTU-6T2019".
func (r *Report) FileStem() string {
	stem := "BC"
	if r.Number != "" {
		stem += "-" + r.Number
	}
	if r.Organization.Abbreviation != "" {
		stem += "-" + r.Organization.Abbreviation
	}
	stem += "-" + r.Period.Short()
	return safeFileName(stem)
}

func safeFileName(s string) string {
	b := []rune(s)
	for i, r := range b {
		switch r {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|', ' ':
			b[i] = '-'
		}
		if r < 32 {
			b[i] = '-'
		}
	}
	return string(b)
}

// kindMentions finds the periods a text names, in order: "6 tháng đầu
// năm", "9 tháng", "quý II", "tháng 3". A text may name the period's
// next one too ("nhiệm vụ quý II"); 6 and 3 tháng cuối năm name the rest
// of a year, not a period.
func kindMentions(text string) []string {
	t := strings.ToLower(text)
	words := strings.FieldsFunc(t, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '.' || r == ':' || r == '(' || r == ')' || r == '\n' || r == '\t' || r == '\u00a0'
	})
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		next := func(k int) string {
			if i+k < len(words) {
				return words[i+k]
			}
			return ""
		}
		switch {
		case w == "quý":
			if q := romanValue(strings.ToUpper(next(1))); q >= 1 && q <= 4 {
				out = append(out, QuarterKind(q))
				i++
			}
		case w == "tháng" && i > 0 && (words[i-1] == "6" || words[i-1] == "sáu") && next(1) == "đầu":
			out = append(out, KindH1)
		case w == "tháng" && i > 0 && (words[i-1] == "9" || words[i-1] == "chín"):
			out = append(out, Kind9M)
		case w == "tháng":
			if n, err := strconv.Atoi(next(1)); err == nil && n >= 1 && n <= 12 {
				out = append(out, MonthKind(n))
				i++
			}
		}
	}
	return out
}

func romanValue(s string) int {
	for n := 1; n <= 12; n++ {
		if FormatRoman(n) == s {
			return n
		}
	}
	return 0
}

// yearMentions finds the years (1930–2200) a text names.
func yearMentions(text string) []int {
	var out []int
	for i := 0; i+4 <= len(text); i++ {
		if (i > 0 && isDigit(text[i-1])) || !isDigit(text[i]) {
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j-i == 4 {
			if y, _ := strconv.Atoi(text[i:j]); y >= 1930 && y <= 2200 {
				out = append(out, y)
			}
		}
		i = j
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
