package xlsx

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"baocao/report"
)

// The header as the figures sheet shows it: "Số 45-BC/BTGTU" and
// "Hà Nam, ngày 05 tháng 7 năm 2019" (or the blanks of a missing date).
var (
	numberLineRe = regexp.MustCompile(`^Số\s*(.*?)\s*-\s*BC\s*/\s*(.*?)$`)
	placeDateRe  = regexp.MustCompile(`^(?:(.*?)\s*,\s*)?[Nn]gày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d*)\s*$`)
)

// readHeader reads the header a person sees on the figures sheet: the
// superior, the issuing body, the number line and the place and date,
// found by their hidden tags (or at their places in a workbook exported
// before the tags). They are the truth; where they disagree with the
// hidden sheet, a note says what was taken.
func (b *book) readHeader(mk mark, r *report.Report) {
	sh, tagCol := mk.sh, mk.col
	rows := map[string]int{}
	for row := 1; row < mk.row; row++ {
		switch t := sh.cell(tagCol, row); t {
		case tagSuperior, tagOrgName, tagNumber:
			if _, seen := rows[t]; !seen {
				rows[t] = row
			}
		}
	}
	if len(rows) == 0 && mk.row == frHeader {
		rows = map[string]int{tagSuperior: frSuperior, tagOrgName: frName, tagNumber: frNumber}
	}
	o := &r.Organization
	if row, ok := rows[tagSuperior]; ok {
		b.visible("cơ quan cấp trên", &o.Superior, oneLine(sh.cell(fcSTT, row)))
	}
	if row, ok := rows[tagOrgName]; ok {
		b.visible("tên cơ quan", &o.Name, oneLine(sh.cell(fcSTT, row)))
	}
	row, ok := rows[tagNumber]
	if !ok {
		return
	}
	left := oneLine(sh.cell(fcSTT, row))
	if m := numberLineRe.FindStringSubmatch(left); m != nil {
		b.visible("số báo cáo", &r.Number, m[1])
		b.visible("chữ viết tắt", &o.Abbreviation, m[2])
	} else if left != oneLine(r.NumberLine()) {
		b.note("ô %s ghi %q, không đọc được số và chữ viết tắt (cần dạng \"Số 312-BC/BTGDVTU\"); giữ số %q, chữ viết tắt %q",
			cellName(fcSTT, row), left, r.Number, o.Abbreviation)
	}
	right := oneLine(sh.cell(fcValue, row))
	m := placeDateRe.FindStringSubmatch(right)
	if m == nil {
		if right != oneLine(placeAndDate(r)) {
			b.note("ô %s ghi %q, không đọc được địa danh và ngày (cần dạng \"Ninh Bình, ngày 10 tháng 12 năm 2026\"); giữ địa danh %q, ngày %q",
				cellName(fcValue, row), right, o.Place, r.Date)
		}
		return
	}
	b.visible("địa danh", &o.Place, m[1])
	date := ""
	if m[2] != "" || m[3] != "" {
		d, e1 := strconv.Atoi(m[2])
		mo, e2 := strconv.Atoi(m[3])
		y, e3 := strconv.Atoi(m[4])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if e1 != nil || e2 != nil || e3 != nil || t.Day() != d || int(t.Month()) != mo {
			b.note("ô %s: ngày %q không có thật; giữ ngày %q", cellName(fcValue, row), right, r.Date)
			return
		}
		date = t.Format(report.DateLayout)
	}
	b.visible("ngày báo cáo", &r.Date, date)
}

// visible takes the value a person sees for a field, noting when it
// differs from what the hidden sheet had.
func (b *book) visible(what string, field *string, shown string) {
	shown = report.NormalizeText(strings.TrimSpace(shown))
	if shown == report.NormalizeText(*field) {
		return
	}
	if *field != "" {
		b.note("%s hiển thị là %q, khác với %q ghi khi xuất tệp; dùng %q", what, shown, *field, shown)
	}
	*field = shown
}

// note records something the reader noticed that is not an error.
func (b *book) note(format string, args ...any) {
	b.notes = append(b.notes, fmt.Sprintf(format, args...))
}

// oneLine joins a cell's lines and spaces into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
