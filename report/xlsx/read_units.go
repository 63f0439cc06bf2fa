package xlsx

import (
	"encoding/json"
	"strings"

	"baocao/report"
)

// readUnits reads the breakdown of a consolidated report: the hidden row
// of the mark gives each column's indicator code or role.
func (b *book) readUnits(mk mark) []report.UnitRow {
	sh, codesRow := mk.sh, mk.row
	codes := map[int]string{}
	roles := map[string]int{}
	for col := 1; codesRow <= len(sh.rows) && col <= len(sh.rows[codesRow-1]); col++ {
		v := strings.TrimSpace(sh.cell(col, codesRow))
		switch {
		case v == "" || col == mk.col:
		case strings.HasPrefix(v, "#"):
			roles[v] = col
		default:
			codes[col] = v
		}
	}
	units := []report.UnitRow{}
	tagCol, ok := roles[unitRoles[ucTagOffset]]
	if !ok {
		b.problem(sh, 0, codesRow, "dòng ẩn mã chỉ tiêu bị sửa; không đọc được bảng các đơn vị")
		return units
	}
	for row := codesRow + 1; row <= len(sh.rows); row++ {
		if strings.TrimSpace(sh.cell(tagCol, row)) != tagUnit {
			continue
		}
		u := report.UnitRow{
			Superior: sh.cell(roles[unitRoles[ucSuperiorOffset]], row),
			Name:     sh.cell(roles[unitRoles[ucNameOffset]], row),
			Figures:  map[string]int64{},
		}
		if extra := sh.cell(roles[unitRoles[ucExtraOffset]], row); extra != "" {
			if err := json.Unmarshal([]byte(extra), &u.Figures); err != nil {
				b.problem(sh, roles[unitRoles[ucExtraOffset]], row, "số liệu ẩn hỏng (cột ẩn do chương trình ghi, đừng sửa)")
			}
		}
		for col, code := range codes {
			if v, ok := b.figure(sh, col, row, maxUnitFigure); ok && v != nil {
				u.Figures[code] = *v
			}
		}
		units = append(units, u)
	}
	return units
}
