package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// maxUnitFigure bounds a figure of the units sheet: a unit's own figure
// is at most report.MaxFigure, a derived sum a few of them.
const maxUnitFigure = 1000 * report.MaxFigure

// cellType returns the type of a cell's value: a number (typed, or the
// result of a formula) is CellTypeUnset or CellTypeNumber, text a string
// type.
func (b *book) cellType(sh *sheet, col, row int) excelize.CellType {
	if t, ok := b.types.cellType(sh.name, col, row); ok {
		return t
	}
	f := b.excel()
	if f == nil {
		return excelize.CellTypeUnset
	}
	t, err := f.GetCellType(sh.name, cellName(col, row))
	if err != nil {
		return excelize.CellTypeUnset
	}
	return t
}

// figure reads a figure cell: a whole number from 0 to limit, typed as a
// number or as text the Vietnamese way ("3.286", "3 286"). An empty cell
// is nil (not reported). A bad cell is recorded as a problem.
func (b *book) figure(sh *sheet, col, row int, limit int64) (*int64, bool) {
	raw := sh.cell(col, row)
	text := strings.TrimSpace(raw)
	if text == "" {
		if b.formulaOnly(sh, col, row) {
			b.note("trang %q, ô %s có công thức nhưng không có giá trị đã tính (tệp được lưu bởi một chương trình không tính công thức); "+
				"số liệu này để trống. Hãy mở tệp bằng Excel hoặc LibreOffice Calc, lưu lại rồi nhập lại", sh.name, cellName(col, row))
		}
		return nil, true
	}
	bad := func(format string, args ...any) (*int64, bool) {
		b.problem(sh, col, row, format, args...)
		return nil, false
	}
	switch b.cellType(sh, col, row) {
	case excelize.CellTypeUnset, excelize.CellTypeNumber:
		v, err := strconv.ParseFloat(text, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return bad("%q không phải số", text)
		}
		return b.checkFigure(sh, col, row, v, limit)
	case excelize.CellTypeBool:
		return bad("ô chứa giá trị đúng/sai, không phải số")
	case excelize.CellTypeError:
		return bad("ô báo lỗi %s; hãy sửa công thức hoặc nhập số", text)
	case excelize.CellTypeDate:
		return bad("ô chứa ngày tháng %q, không phải số", text)
	}
	n, err := report.ParseInt(text)
	if err != nil {
		return bad("%v", err)
	}
	if n > limit {
		return bad("%s lớn bất thường (tối đa %s)", report.FormatInt(n), report.FormatInt(limit))
	}
	return &n, true
}

func (b *book) checkFigure(sh *sheet, col, row int, v float64, limit int64) (*int64, bool) {
	shown := strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
	if math.Abs(v) < 1e15 && v == math.Trunc(v) {
		shown = report.FormatInt(int64(v))
		if v < 0 {
			shown = "-" + report.FormatInt(int64(-v))
		}
	}
	switch {
	case v < 0:
		b.problem(sh, col, row, "%s là số âm; số liệu phải là số nguyên không âm", shown)
	case v > float64(limit):
		b.problem(sh, col, row, "%s lớn bất thường (tối đa %s)", shown, report.FormatInt(limit))
	case math.Abs(v-math.Round(v)) > 1e-9:
		b.problem(sh, col, row, "%s không phải số nguyên; số liệu phải là số nguyên không âm", shown)
	default:
		n := int64(math.Round(v))
		return &n, true
	}
	return nil, false
}

// date reads a document's date: a date cell, or text as 05/07/2019 or
// 2019-07-05; "" when empty.
func (b *book) date(sh *sheet, col, row int) (string, bool) {
	text := strings.TrimSpace(sh.cell(col, row))
	if text == "" {
		return "", true
	}
	var t time.Time
	var err error
	switch b.cellType(sh, col, row) {
	case excelize.CellTypeUnset, excelize.CellTypeNumber:
		v, perr := strconv.ParseFloat(text, 64)
		if perr != nil || v < 1 || v > 2958465 {
			err = fmt.Errorf("%q không phải ngày", text)
			break
		}
		t, err = excelize.ExcelDateToTime(math.Floor(v), b.date1904) // a time of day is dropped
	case excelize.CellTypeDate:
		t, err = time.Parse(time.RFC3339, text)
		if err != nil {
			t, err = report.ParseDate(text)
		}
	default:
		if t, err = report.ParseDateShort(text); err != nil {
			if t2, err2 := report.ParseDate(text); err2 == nil {
				t, err = t2, nil
			}
		}
	}
	if err != nil {
		b.problem(sh, col, row, "%v", err)
		return "", false
	}
	return t.Format(report.DateLayout), true
}

// formulaOnly reports whether an empty cell holds a formula: its value
// was not computed by the program that saved the file.
func (b *book) formulaOnly(sh *sheet, col, row int) bool {
	if has, ok := b.types.hasFormula(sh.name, col, row); ok {
		return has
	}
	f := b.excel()
	if f == nil {
		return false
	}
	fm, err := f.GetCellFormula(sh.name, cellName(col, row))
	return err == nil && fm != ""
}
