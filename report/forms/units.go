package forms

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/report"
	"baocao/report/vnenc"
)

// unitColumns are the columns of a units file, by their header names.
var unitColumns = []string{"superior", "name", "abbreviation", "place"}

// maxUnits bounds the units of one file.
const maxUnits = 5000

// ReadUnitsFile reads a units file; errors name the file.
func ReadUnitsFile(path string) ([]report.Organization, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("đọc danh sách đơn vị %s: %w", path, err)
	}
	units, err := ParseUnits(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return units, nil
}

// saveAsUTF8 tells how to save a units file so that it is read right.
const saveAsUTF8 = `hãy mở tệp bằng Excel, chọn Tệp → Lưu thành, kiểu "CSV UTF-8 (Comma delimited) (*.csv)", rồi chọn lại tệp vừa lưu`

// ParseUnits reads the lower units from CSV: a header row
// superior,name,abbreviation,place (in any order, abbreviation and place
// may be left out), separated by commas, semicolons (as Excel saves CSV in
// a Vietnamese locale) or tabs (Excel's "Unicode text"). The text may be
// UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1258 (Excel's
// plain "CSV" on a Vietnamese Windows) or TCVN3 (old ABC-font files);
// see vnenc.Decode. Blank lines are skipped; a unit is named by its
// superior and name, and twice is an error; a name with a control
// character or only invisible ones is an error.
func ParseUnits(data []byte) ([]report.Organization, error) {
	text, enc, err := vnenc.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%v; %s", err, saveAsUTF8)
	}
	first, _, _ := strings.Cut(text, "\n")
	rd := csv.NewReader(strings.NewReader(text))
	switch {
	case strings.Count(first, "\t") > strings.Count(first, ",") && strings.Count(first, "\t") > strings.Count(first, ";"):
		rd.Comma = '\t'
	case strings.Count(first, ";") > strings.Count(first, ","):
		rd.Comma = ';'
	}
	rd.FieldsPerRecord = -1
	rd.LazyQuotes = true // a quote inside a field, as people type it
	header, err := rd.Read()
	if err == io.EOF {
		return nil, errors.New("tệp trống; cần dòng tiêu đề superior,name,abbreviation,place")
	}
	if err != nil {
		return nil, fmt.Errorf("không đọc được CSV: %v", err)
	}
	cols := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		for _, c := range unitColumns {
			if h == c {
				cols[c] = i
			}
		}
	}
	_, hasSup := cols["superior"]
	_, hasName := cols["name"]
	if !hasSup || !hasName {
		return nil, fmt.Errorf("dòng 1: cần dòng tiêu đề %s (có %q)", strings.Join(unitColumns, ","), strings.Join(header, ","))
	}
	var units []report.Organization
	seen := map[string]int{}
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("dòng %d: không đọc được CSV (%v)", pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("không đọc được CSV: %v", err)
		}
		line, _ := rd.FieldPos(0)
		get := func(c string) string {
			i, ok := cols[c]
			if !ok || i >= len(rec) {
				return ""
			}
			v := report.NormalizeText(strings.TrimSpace(rec[i]))
			if enc == vnenc.TCVN3 {
				v = capitalFirst(v)
			}
			return v
		}
		o := report.Organization{Superior: get("superior"), Name: get("name"), Abbreviation: get("abbreviation"), Place: get("place")}
		if o == (report.Organization{}) {
			continue
		}
		if o.Name == "" {
			return nil, fmt.Errorf("dòng %d: thiếu tên cơ quan (cột name)", line)
		}
		for _, f := range []struct{ col, v string }{{"superior", o.Superior}, {"name", o.Name}, {"abbreviation", o.Abbreviation}, {"place", o.Place}} {
			if p := report.NameProblem(f.v); p != "" {
				return nil, fmt.Errorf("dòng %d, cột %s: %s", line, f.col, p)
			}
		}
		if prev, dup := seen[o.UnitKey()]; dup {
			return nil, fmt.Errorf("dòng %d: %s đã có ở dòng %d", line, o.Label(), prev)
		}
		seen[o.UnitKey()] = line
		units = append(units, o)
		if len(units) > maxUnits {
			return nil, fmt.Errorf("quá %d đơn vị", maxUnits)
		}
	}
	if len(units) == 0 {
		return nil, errors.New("không có đơn vị nào dưới dòng tiêu đề")
	}
	return units, nil
}

// capitalFirst makes the first letter of a name read from TCVN3 a
// capital: TCVN3 has no toned capitals (ủy ban → Ủy ban), and a unit's
// name, its superior and its place begin with one.
func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) || r < 0x80 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
