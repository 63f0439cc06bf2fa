package forms

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"baocao/report"
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

// ParseUnits reads the lower units from CSV: a header row
// superior,name,abbreviation,place (in any order, abbreviation and place
// may be left out), UTF-8 with or without a BOM, separated by commas or,
// as Excel saves CSV in a Vietnamese locale, semicolons. Blank lines are
// skipped; a unit is named by its superior and name, and twice is an
// error.
func ParseUnits(data []byte) ([]report.Organization, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return nil, errors.New("tệp là UTF-16; hãy lưu lại dạng CSV UTF-8 (Excel: Lưu thành, kiểu \"CSV UTF-8 (Comma delimited)\")")
	}
	first, _, _ := bytes.Cut(data, []byte("\n"))
	rd := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
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
			return report.NormalizeText(strings.TrimSpace(rec[i]))
		}
		o := report.Organization{Superior: get("superior"), Name: get("name"), Abbreviation: get("abbreviation"), Place: get("place")}
		if o == (report.Organization{}) {
			continue
		}
		if o.Name == "" {
			return nil, fmt.Errorf("dòng %d: thiếu tên cơ quan (cột name)", line)
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
