package report

import (
	"testing"
	"time"
)

func TestFormatInt(t *testing.T) {
	for _, tc := range []struct {
		in   int64
		want string
	}{
		{0, "0"}, {35, "35"}, {999, "999"}, {1000, "1.000"}, {3286, "3.286"},
		{16212, "16.212"}, {1234567, "1.234.567"}, {-3286, "-3.286"},
	} {
		if got := FormatInt(tc.in); got != tc.want {
			t.Errorf("FormatInt(%d) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFormatPercent(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{64, "64%"}, {99.1612, "99,16%"}, {99.155, "99,16%"}, {58.3, "58,3%"},
		{100, "100%"}, {0, "0%"}, {1234.5, "1.234,5%"}, {0.004, "0%"}, {12.999, "13%"},
	} {
		if got := FormatPercent(tc.in); got != tc.want {
			t.Errorf("FormatPercent(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFormatDateLong(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"2019-07-05", "ngày 05 tháng 7 năm 2019"},
		{"2018-04-03", "ngày 03 tháng 4 năm 2018"},
		{"2018-02-20", "ngày 20 tháng 02 năm 2018"},
		{"2020-01-15", "ngày 15 tháng 01 năm 2020"},
		{"2020-12-31", "ngày 31 tháng 12 năm 2020"},
		{"2021-03-09", "ngày 09 tháng 3 năm 2021"},
	} {
		d, err := ParseDate(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := FormatDateLong(d); got != tc.want {
			t.Errorf("FormatDateLong(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2019-02-30", "2019-13-01", "05/07/2019", "", "2019-7-5"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) accepted an invalid date", s)
		}
	}
	if d, err := ParseDate("2020-02-29"); err != nil || d.Day() != 29 {
		t.Errorf("ParseDate(2020-02-29) = %v, %v", d, err)
	}
}

func TestParseDateShort(t *testing.T) {
	d, err := ParseDateShort("05/07/2019")
	if err != nil || !d.Equal(time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ParseDateShort = %v, %v", d, err)
	}
	if FormatDateShort(d) != "05/07/2019" {
		t.Errorf("FormatDateShort = %q", FormatDateShort(d))
	}
	if d, err := ParseDateShort("5-7-2019"); err != nil || d.Month() != 7 {
		t.Errorf("ParseDateShort(5-7-2019) = %v, %v", d, err)
	}
	for _, s := range []string{"30/02/2019", "5/7", "aa/bb/cccc", "05/07/19"} {
		if _, err := ParseDateShort(s); err == nil {
			t.Errorf("ParseDateShort(%q) accepted", s)
		}
	}
}

func TestParseInt(t *testing.T) {
	ok := map[string]int64{"3.286": 3286, "3286": 3286, " 35 ": 35, "3 286": 3286, "1.234.567": 1234567, "0": 0, "999.999.999": 999999999}
	for in, want := range ok {
		got, err := ParseInt(in)
		if err != nil || got != want {
			t.Errorf("ParseInt(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-5", "3,5", "ba mươi", "1e9", "3.28", "32.86", "3.2866", ".3", "35.", "1.000.000.000", "٣"} {
		if v, err := ParseInt(in); err == nil {
			t.Errorf("ParseInt(%q) = %d, want an error", in, v)
		}
	}
}

func TestParseDecimal(t *testing.T) {
	for in, want := range map[string]float64{"2,5": 2.5, "500": 500, "1.000": 1000, " 3 ": 3, "0,25": 0.25, "1.234,5": 1234.5} {
		if got, err := ParseDecimal(in); err != nil || got != want {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "2,", ",5", "2.5", "-1", "2,5,1", "a", "2,x"} {
		if v, err := ParseDecimal(in); err == nil {
			t.Errorf("ParseDecimal(%q) = %v, want an error", in, v)
		}
	}
	for _, v := range []float64{0, 2.5, 500, 1234.5} {
		if got, err := ParseDecimal(FormatDecimal(v)); err != nil || got != v {
			t.Errorf("ParseDecimal(FormatDecimal(%v)) = %v, %v", v, got, err)
		}
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	for _, v := range []int64{0, 7, 35, 999, 1000, 3286, 10001, 999999999} {
		got, err := ParseInt(FormatInt(v))
		if err != nil || got != v {
			t.Errorf("ParseInt(FormatInt(%d)) = %d, %v", v, got, err)
		}
	}
}

func TestFormatRoman(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 90: "XC", 2019: "MMXIX", 0: "", 4000: ""} {
		if got := FormatRoman(n); got != want {
			t.Errorf("FormatRoman(%d) = %q, want %q", n, got, want)
		}
	}
}
