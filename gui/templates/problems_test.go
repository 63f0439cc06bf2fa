package templates

import (
	"testing"

	"baocao/report"
)

func TestPlaceOf(t *testing.T) {
	for field, want := range map[string]place{
		"name":                                {"", -1, "name"},
		"summaries.Q":                         {"", -1, "summaries.Q"},
		"periods[2]":                          {"", -1, "periods"},
		"catalogue.outlier.factor":            {"", -1, "outlier.factor"},
		"catalogue.indicators":                {listIndicators, -1, ""},
		"catalogue.indicators[3].code":        {listIndicators, 3, "code"},
		"catalogue.indicators[12].derived.of": {listIndicators, 12, "derived.of"},
		"catalogue.groups[0]":                 {listGroups, 0, ""},
		"catalogue.rules[7].b":                {listRules, 7, "b"},
		"outline[2].title":                    {listOutline, 2, "title"},
	} {
		if got := placeOf(field); got != want {
			t.Errorf("placeOf(%q) = %+v, want %+v", field, got, want)
		}
	}
}

func TestShort(t *testing.T) {
	for msg, want := range map[string]string{
		`Chỉ tiêu thứ 45 «Số mô hình (cấp xã)» (dv.mohinh): mã "dv.mohinh" trùng với chỉ tiêu thứ 44 «Số»`: `Mã "dv.mohinh" trùng với chỉ tiêu thứ 44 «Số»`,
		"Chỉ tiêu thứ 3 chưa có tên chỉ tiêu":                                  "Chưa có tên chỉ tiêu",
		"Chỉ tiêu thứ 46 «Tỷ lệ» (dv.tyle), tử số: chưa chọn chỉ tiêu":         "Tử số: chưa chọn chỉ tiêu",
		"Quy tắc thứ 12: chưa chọn chỉ tiêu":                                   "Chưa chọn chỉ tiêu",
		"Đề mục thứ 2 «Dân vận» ở cấp 3 nhưng không nằm dưới một đề mục cấp 2": "Ở cấp 3 nhưng không nằm dưới một đề mục cấp 2",
		"Mẫu báo cáo chưa có tên":                                              "Mẫu báo cáo chưa có tên",
		"Các chỉ tiêu tính tự động tính vòng tròn từ nhau: «A» → «B» → «A»":    "Các chỉ tiêu tính tự động tính vòng tròn từ nhau: «A» → «B» → «A»",
	} {
		if got := short(report.Problem{Message: msg}); got != want {
			t.Errorf("short(%q) = %q, want %q", msg, got, want)
		}
	}
}
