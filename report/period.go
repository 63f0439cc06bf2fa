package report

import "fmt"

// PeriodKinds lists the period kinds in display order.
var PeriodKinds = []string{KindH1, KindYear}

// KindName names a period kind: "6 tháng đầu năm", "cả năm".
func KindName(kind string) string {
	switch kind {
	case KindH1:
		return "6 tháng đầu năm"
	case KindYear:
		return "cả năm"
	}
	return kind
}

// Name names the period as a report title does: "6 tháng đầu năm 2019",
// "năm 2019".
func (p Period) Name() string {
	switch p.Kind {
	case KindH1:
		return fmt.Sprintf("6 tháng đầu năm %d", p.Year)
	case KindYear:
		return fmt.Sprintf("năm %d", p.Year)
	}
	return fmt.Sprintf("%s %d", p.Kind, p.Year)
}

// Short is a compact name for file names: "6T2019", "N2019".
func (p Period) Short() string {
	switch p.Kind {
	case KindH1:
		return fmt.Sprintf("6T%d", p.Year)
	case KindYear:
		return fmt.Sprintf("N%d", p.Year)
	}
	return fmt.Sprintf("%s%d", p.Kind, p.Year)
}

// IsHalfYear reports whether the period covers half a year.
func (p Period) IsHalfYear() bool { return p.Kind == KindH1 }

// SameLastYear is the same kind of period one year earlier.
func (p Period) SameLastYear() Period { return Period{Year: p.Year - 1, Kind: p.Kind} }

// SuggestSummary proposes the trích yếu for a period.
func SuggestSummary(p Period) string {
	switch p.Kind {
	case KindYear:
		return fmt.Sprintf("tổng kết công tác tuyên giáo năm %d, phương hướng, nhiệm vụ năm %d", p.Year, p.Year+1)
	default:
		return fmt.Sprintf("sơ kết công tác tuyên giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm %d", p.Year)
	}
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
