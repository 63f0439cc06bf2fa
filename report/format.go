package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// This file is the one place where numbers and dates are written and read
// the Vietnamese way: thousands separator ".", decimal separator ",".

// FormatInt writes an integer with "." as thousands separator: 3286 →
// "3.286", 35 → "35".
func FormatInt(v int64) string {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	s := strconv.FormatUint(u, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// FormatDecimal writes a number with at most two decimals, "," as decimal
// separator and "." between thousands, trailing zeros dropped: 99.1612 →
// "99,16", 64 → "64", 1234.5 → "1.234,5".
func FormatDecimal(v float64) string {
	r := math.Round(v*100) / 100
	whole := math.Trunc(r)
	frac := int64(math.Round(math.Abs(r-whole) * 100))
	s := FormatInt(int64(whole))
	if r < 0 && whole == 0 {
		s = "-" + s
	}
	if frac == 0 {
		return s
	}
	d := fmt.Sprintf("%02d", frac)
	d = strings.TrimRight(d, "0")
	return s + "," + d
}

// FormatPercent writes a percentage: 99.1612 → "99,16%".
func FormatPercent(v float64) string { return FormatDecimal(v) + "%" }

// DateLayout is the layout of dates in the report file.
const DateLayout = "2006-01-02"

// ParseDate reads a report-file date (YYYY-MM-DD), rejecting impossible
// dates such as 2019-02-30.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("ngày %q không hợp lệ (cần dạng năm-tháng-ngày có thật, ví dụ 2026-12-10)", s)
	}
	return t, nil
}

// FormatDateLong writes the date of the place-and-date line: "ngày 05
// tháng 7 năm 2019". Days below 10 and the months 1 and 2 take a leading
// zero (Hướng dẫn 36-HD/VPTW).
func FormatDateLong(t time.Time) string {
	m := int(t.Month())
	month := strconv.Itoa(m)
	if m <= 2 {
		month = fmt.Sprintf("%02d", m)
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", t.Day(), month, t.Year())
}

// FormatDateShort writes a date as clerks type it: "05/07/2019".
func FormatDateShort(t time.Time) string { return t.Format("02/01/2006") }

// ParseDateShort reads a date typed as dd/mm/yyyy (also d/m/yyyy, with "-"
// or "." between the parts).
func ParseDateShort(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(f) != 3 {
		return time.Time{}, fmt.Errorf("ngày %q không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 10/12/2026)", s)
	}
	d, e1 := strconv.Atoi(f[0])
	m, e2 := strconv.Atoi(f[1])
	y, e3 := strconv.Atoi(f[2])
	if e1 != nil || e2 != nil || e3 != nil || y < 1000 || y > 9999 {
		return time.Time{}, fmt.Errorf("ngày %q không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 10/12/2026)", s)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, fmt.Errorf("ngày %q không có thật", s)
	}
	return t, nil
}

// ParseInt reads a whole number typed the Vietnamese way: "3.286", "3 286"
// and "3286" are 3286. A decimal comma, a sign, letters or a misplaced
// separator are errors.
func ParseInt(s string) (int64, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, fmt.Errorf("chưa nhập số")
	}
	if strings.HasPrefix(t, "-") {
		return 0, fmt.Errorf("%q là số âm; chỉ nhập số nguyên không âm", s)
	}
	if strings.ContainsRune(t, ',') {
		return 0, fmt.Errorf("%q không phải số nguyên", s)
	}
	groups := strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == ' ' || r == '\u00a0' })
	for i, g := range groups {
		for _, r := range g {
			if !unicode.IsDigit(r) || r > '9' {
				return 0, fmt.Errorf("%q không phải số nguyên", s)
			}
		}
		if len(groups) > 1 && ((i > 0 && len(g) != 3) || (i == 0 && len(g) > 3)) {
			return 0, fmt.Errorf("%q: dấu phân cách hàng nghìn đặt sai chỗ", s)
		}
	}
	if strings.HasSuffix(t, ".") || strings.HasPrefix(t, ".") {
		return 0, fmt.Errorf("%q không phải số nguyên", s)
	}
	v, err := strconv.ParseInt(strings.Join(groups, ""), 10, 64)
	if err != nil || v > MaxFigure {
		return 0, fmt.Errorf("%q quá lớn", s)
	}
	return v, nil
}

// ParseDecimal reads a non-negative number typed the Vietnamese way, with
// "," before the decimals and "." between thousands: "2,5" is 2.5,
// "1.000" is 1000 (FormatDecimal writes them so).
func ParseDecimal(s string) (float64, error) {
	whole, frac, hasFrac := strings.Cut(strings.TrimSpace(s), ",")
	w, err := ParseInt(whole)
	if err != nil || (hasFrac && frac == "") || len(frac) > 9 {
		return 0, fmt.Errorf("%q không phải số (viết dấu phẩy trước phần thập phân, ví dụ 2,5)", s)
	}
	v := float64(w)
	for i, r := range frac {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("%q không phải số (viết dấu phẩy trước phần thập phân, ví dụ 2,5)", s)
		}
		v += float64(r-'0') / math.Pow(10, float64(i+1))
	}
	return v, nil
}

// MaxFigure is the largest figure a unit may report: far above any real
// count of a province, and low enough that a typo (or 1e9 in a workbook)
// is caught and sums of thousands of units cannot overflow.
const MaxFigure = 999_999_999

// FormatRoman writes 1..3999 in Roman numerals (I, II, … for the groups of
// a table and the parts of a report); "" for anything else.
func FormatRoman(n int) string {
	if n <= 0 || n >= 4000 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
