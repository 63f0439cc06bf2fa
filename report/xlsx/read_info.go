package xlsx

import (
	"strings"

	"baocao/report"
)

// readInfo reads a form's "Thông tin" sheet: the unit's organization, the
// number, the date and the signer as typed, found by the hidden tag of
// each row (rows may have been inserted). They are the truth, as the
// header of an exported workbook is.
func (b *book) readInfo(mk mark, r *report.Report) {
	sh, tagCol := mk.sh, mk.col
	valCol := tagCol - 1
	if valCol < 1 {
		b.problem(sh, 0, mk.row, "cột ẩn của trang bị dời; không đọc được thông tin đơn vị")
		return
	}
	o := &r.Organization
	for row := mk.row + 1; row <= len(sh.rows); row++ {
		v := strings.TrimSpace(sh.cell(valCol, row))
		switch sh.cell(tagCol, row) {
		case infoSuperior:
			b.visible("cơ quan cấp trên", &o.Superior, v)
		case infoName:
			b.visible("tên cơ quan", &o.Name, v)
		case infoAbbreviation:
			b.visible("chữ viết tắt", &o.Abbreviation, v)
		case infoPlace:
			b.visible("địa danh", &o.Place, v)
		case infoNumber:
			b.visible("số báo cáo", &r.Number, v)
		case infoDate:
			if d, ok := b.date(sh, valCol, row); ok {
				b.visible("ngày báo cáo", &r.Date, d)
			}
		case infoSignerTitle:
			r.Signer.Title = report.NormalizeText(v)
		case infoSignerName:
			r.Signer.Name = report.NormalizeText(v)
		}
	}
}
