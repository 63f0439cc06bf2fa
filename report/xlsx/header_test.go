package xlsx

import (
	"strings"
	"testing"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// The header a person sees is the truth: a unit that typed its own name,
// number, place and date over an exported workbook gets them, with a note
// for each field that changed.
func TestReadVisibleHeader(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(f *excelize.File)
		want  func(r *report.Report)
		notes []string
	}{{
		name: "unit typed its own header",
		edit: func(f *excelize.File) {
			f.SetCellStr(sheetFigures, "A1", "HUYỆN ỦY KIM BẢNG")
			f.SetCellStr(sheetFigures, "A2", "BAN TUYÊN GIÁO")
			f.SetCellStr(sheetFigures, "A4", "Số 12-BC/BTGHU")
			f.SetCellStr(sheetFigures, "E4", "Kim Bảng, ngày 01 tháng 7 năm 2019")
		},
		want: func(r *report.Report) {
			r.Organization = report.Organization{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"}
			r.Number, r.Date = "12", "2019-07-01"
		},
		notes: []string{"cơ quan cấp trên hiển thị là \"HUYỆN ỦY KIM BẢNG\"", "số báo cáo", "chữ viết tắt", "địa danh", "ngày báo cáo"},
	}, {
		name: "rows inserted above the header, date blanked",
		edit: func(f *excelize.File) {
			f.InsertRows(sheetFigures, 1, 2)
			f.SetCellStr(sheetFigures, "E6", "Hà Nam, ngày     tháng     năm 2019")
		},
		want:  func(r *report.Report) { r.Date = "" },
		notes: []string{"ngày báo cáo"},
	}, {
		name: "summary and signer changed",
		edit: func(f *excelize.File) {
			f.SetCellStr(sheetFigures, "A7", "sơ kết 6 tháng")
			rows, _ := f.GetRows(sheetSections)
			for i, row := range rows {
				if len(row) >= scSignerTag && row[scSignerTag-1] == tagName {
					f.SetCellStr(sheetSections, cellName(scRight, i+1), "Nguyễn Văn A")
				}
			}
		},
		want:  func(r *report.Report) { r.Summary, r.Signer.Name = "sơ kết 6 tháng", "Nguyễn Văn A" },
		notes: []string{"trích yếu", "họ tên người ký"},
	}, {
		name:  "unchanged",
		edit:  func(f *excelize.File) {},
		want:  func(r *report.Report) {},
		notes: nil,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := open(t, export(t, report.Sample()))
			tc.edit(f)
			got, err := readBytes(save(t, f))
			if err != nil {
				t.Fatal(err)
			}
			want := report.Sample()
			tc.want(want)
			notes := got.ReadNotes
			got.ReadNotes = nil
			sameReport(t, want, got)
			if len(notes) != len(tc.notes) {
				t.Fatalf("notes %q, want %d", notes, len(tc.notes))
			}
			for i, n := range tc.notes {
				if !strings.Contains(notes[i], n) {
					t.Errorf("note %d %q does not say %q", i, notes[i], n)
				}
			}
		})
	}
}
