package xlsx

import (
	"strings"
	"testing"
	"time"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// docsSheetRows returns the rows of the documents sheet.
func lastDocRow(t *testing.T, f *excelize.File, sheet string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return len(rows)
}

func TestReadClerkEdits(t *testing.T) {
	base := report.Sample()
	base.Figures["nq.thamgia"] = report.Figure{Value: report.Int(3286), Previous: report.Int(3000)}
	base.Figures["nq.dienhoc"] = report.Figure{Value: report.Int(3314)}
	data := export(t, base)
	tests := []struct {
		name string
		edit func(t *testing.T, f *excelize.File)
		want func(r *report.Report)
	}{{
		name: "figure changed",
		edit: func(t *testing.T, f *excelize.File) {
			f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "llct.lop")), 40)
			f.SetCellInt(sheetFigures, cellName(fcPlan, findRow(t, f, "llct.lop")), 60)
		},
		want: func(r *report.Report) {
			r.Figures["llct.lop"] = report.Figure{Value: report.Int(40), Plan: report.Int(60)}
		},
	}, {
		name: "figure cleared",
		edit: func(t *testing.T, f *excelize.File) {
			f.SetCellValue(sheetFigures, cellName(fcValue, findRow(t, f, "llct.lop")), nil)
		},
		want: func(r *report.Report) { delete(r.Figures, "llct.lop") },
	}, {
		name: "figures typed as text the Vietnamese way",
		edit: func(t *testing.T, f *excelize.File) {
			f.SetCellStr(sheetFigures, cellName(fcValue, findRow(t, f, "llct.hocvien")), "3.286")
			f.SetCellStr(sheetFigures, cellName(fcPrevious, findRow(t, f, "llct.hocvien")), "3 100")
			f.SetCellStr(sheetFigures, cellName(fcPlan, findRow(t, f, "llct.hocvien")), " 5000 ")
		},
		want: func(r *report.Report) {
			r.Figures["llct.hocvien"] = report.Figure{Value: report.Int(3286), Previous: report.Int(3100), Plan: report.Int(5000)}
		},
	}, {
		name: "percentages and derived rows overwritten are ignored",
		edit: func(t *testing.T, f *excelize.File) {
			row := findRow(t, f, "nq.thamgia")
			f.SetCellValue(sheetFigures, cellName(fcVsPrevious, row), 5)
			f.SetCellStr(sheetFigures, cellName(fcVsPlan, row), "ba mươi")
			f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "nq.tyle")), 77)
			f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "vb.tong")), 77)
		},
		want: func(r *report.Report) {},
	}, {
		name: "vb count typed over the formula while documents are listed is ignored",
		edit: func(t *testing.T, f *excelize.File) {
			f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "vb.chithi")), 9)
		},
		want: func(r *report.Report) {},
	}, {
		name: "document added at the end",
		edit: func(t *testing.T, f *excelize.File) {
			row := lastDocRow(t, f, sheetDocuments) + 1
			f.SetCellStr(sheetDocuments, cellName(dcSymbol, row), "07-HD/BTGTU")
			f.SetCellValue(sheetDocuments, cellName(dcDate, row), time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC))
			f.SetCellStr(sheetDocuments, cellName(dcKind, row), "Hướng dẫn")
			f.SetCellStr(sheetDocuments, cellName(dcSummary, row), "học tập chuyên đề năm 2019")
		},
		want: func(r *report.Report) {
			r.Documents = append(r.Documents, report.Document{Symbol: "07-HD/BTGTU", Kind: report.DocHuongDan, Date: "2019-05-20", Summary: "học tập chuyên đề năm 2019"})
		},
	}, {
		name: "document inserted, date typed as text",
		edit: func(t *testing.T, f *excelize.File) {
			row := drHeader + 1
			if err := f.InsertRows(sheetDocuments, row, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(sheetDocuments, cellName(dcDate, row), "2/1/2019")
			f.SetCellStr(sheetDocuments, cellName(dcKind, row), "nghị quyết")
			f.SetCellStr(sheetDocuments, cellName(dcSummary, row), "về công tác dân vận")
		},
		want: func(r *report.Report) {
			r.Documents = append([]report.Document{{Kind: report.DocNghiQuyet, Date: "2019-01-02", Summary: "về công tác dân vận"}}, r.Documents...)
		},
	}, {
		name: "document deleted",
		edit: func(t *testing.T, f *excelize.File) {
			if err := f.RemoveRow(sheetDocuments, drHeader+1); err != nil {
				t.Fatal(err)
			}
		},
		want: func(r *report.Report) { r.Documents = r.Documents[1:] },
	}, {
		name: "sheets renamed and reordered",
		edit: func(t *testing.T, f *excelize.File) {
			for old, name := range map[string]string{sheetFigures: "Số liệu", sheetDocuments: "VB", sheetSections: "Bài"} {
				if err := f.SetSheetName(old, name); err != nil {
					t.Fatal(err)
				}
			}
			if err := f.MoveSheet("Bài", "Số liệu"); err != nil {
				t.Fatal(err)
			}
			if err := f.MoveSheet(sheetMeta, "Bài"); err != nil {
				t.Fatal(err)
			}
		},
		want: func(r *report.Report) {},
	}, {
		name: "summary corrected",
		edit: func(t *testing.T, f *excelize.File) {
			f.SetCellStr(sheetFigures, cellName(fcSTT, frSummary), "sơ kết công tác tuyên giáo 6 tháng đầu năm 2019")
		},
		want: func(r *report.Report) { r.Summary = "sơ kết công tác tuyên giáo 6 tháng đầu năm 2019" },
	}, {
		name: "paragraph edited, heading and paragraph added, recipient added, signer changed",
		edit: func(t *testing.T, f *excelize.File) {
			rows, _ := f.GetRows(sheetSections)
			var para, to, name int
			for i, row := range rows {
				if len(row) >= scTag && strings.HasPrefix(row[0], "Công tác giáo dục lý luận") {
					para = i + 1
				}
				if len(row) >= scTag && row[scTag-1] == tagTo {
					to = i + 1
				}
				if len(row) >= scSignerTag && row[scSignerTag-1] == tagName {
					name = i + 1
				}
			}
			if para == 0 || to == 0 || name == 0 {
				t.Fatalf("rows not found: %d %d %d", para, to, name)
			}
			f.SetCellStr(sheetSections, cellName(scLeft, para), "Đã mở 40 lớp.")
			f.SetCellStr(sheetSections, cellName(scRight, name), "Lê Văn Tám")
			// A recipient typed below the last one, a heading and a
			// paragraph inserted above the closing block, no hidden tags.
			f.SetCellStr(sheetSections, cellName(scLeft, name+1), "- Đảng ủy Khối")
			if err := f.InsertRows(sheetSections, to-1, 2); err != nil {
				t.Fatal(err)
			}
			bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
			f.SetCellStr(sheetSections, cellName(scLeft, to-1), "VI. KIẾN NGHỊ")
			f.SetCellStyle(sheetSections, cellName(scLeft, to-1), cellName(scLeft, to-1), bold)
			f.SetCellStr(sheetSections, cellName(scLeft, to), "Đề nghị Ban Tuyên giáo Trung ương quan tâm.")
		},
		want: func(r *report.Report) {
			for i := range r.Sections {
				if strings.HasPrefix(r.Sections[i].Heading, "IV.") {
					r.Sections[i].Text = "Đã mở 40 lớp."
				}
			}
			r.Sections = append(r.Sections, report.Section{Heading: "VI. KIẾN NGHỊ", Text: "Đề nghị Ban Tuyên giáo Trung ương quan tâm."})
			r.Recipients = append(r.Recipients, "Đảng ủy Khối")
			r.Signer.Name = "Lê Văn Tám"
		},
	}, {
		name: "a figure changed keeps the placeholders of unchanged paragraphs",
		edit: func(t *testing.T, f *excelize.File) {
			f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "llct.hocvien")), 4000)
		},
		want: func(r *report.Report) { r.Figures["llct.hocvien"] = report.Figure{Value: report.Int(4000)} },
	}, {
		name: "all documents deleted: vb counts are typed again",
		edit: func(t *testing.T, f *excelize.File) {
			for range base.Documents {
				f.RemoveRow(sheetDocuments, drHeader+1)
			}
			f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "vb.khac")), 2)
		},
		want: func(r *report.Report) {
			r.Documents = nil
			r.Figures["vb.khac"] = report.Figure{Value: report.Int(2)}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := open(t, data)
			tt.edit(t, f)
			got, err := readBytes(save(t, f))
			if err != nil {
				t.Fatal(err)
			}
			want := base.Clone()
			tt.want(want)
			sameReport(t, want, got)
		})
	}
}

func TestReadBadCells(t *testing.T) {
	data := export(t, report.Sample())
	tests := []struct {
		name string
		edit func(t *testing.T, f *excelize.File) string // returns the cell
		want string
	}{
		{"words", func(t *testing.T, f *excelize.File) string {
			c := cellName(fcValue, findRow(t, f, "llct.lop"))
			f.SetCellStr(sheetFigures, c, "ba mươi")
			return c
		}, `"ba mươi" không phải số`},
		{"negative", func(t *testing.T, f *excelize.File) string {
			c := cellName(fcPrevious, findRow(t, f, "llct.lop"))
			f.SetCellInt(sheetFigures, c, -5)
			return c
		}, "-5 là số âm"},
		{"negative as text", func(t *testing.T, f *excelize.File) string {
			c := cellName(fcPrevious, findRow(t, f, "llct.lop"))
			f.SetCellStr(sheetFigures, c, "-5")
			return c
		}, "số âm"},
		{"too large", func(t *testing.T, f *excelize.File) string {
			c := cellName(fcPlan, findRow(t, f, "xb.ban"))
			f.SetCellFloat(sheetFigures, c, 1e9, -1, 64)
			return c
		}, "1.000.000.000 lớn bất thường (tối đa 999.999.999)"},
		{"fraction", func(t *testing.T, f *excelize.File) string {
			c := cellName(fcValue, findRow(t, f, "llct.hocvien"))
			f.SetCellFloat(sheetFigures, c, 3.5, -1, 64)
			return c
		}, "3,5 không phải số nguyên"},
		{"true or false", func(t *testing.T, f *excelize.File) string {
			c := cellName(fcValue, findRow(t, f, "llct.hocvien"))
			f.SetCellBool(sheetFigures, c, true)
			return c
		}, "đúng/sai, không phải số"},
		{"unknown document kind", func(t *testing.T, f *excelize.File) string {
			c := cellName(dcKind, drHeader+1)
			f.SetCellStr(sheetDocuments, c, "Công văn")
			return c
		}, `loại văn bản "Công văn" không có`},
		{"bad date", func(t *testing.T, f *excelize.File) string {
			c := cellName(dcDate, drHeader+1)
			f.SetCellStr(sheetDocuments, c, "30/02/2019")
			return c
		}, "không có thật"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := open(t, data)
			cell := tt.edit(t, f)
			sheet := sheetFigures
			if strings.HasPrefix(tt.name, "unknown") || strings.HasPrefix(tt.name, "bad date") {
				sheet = sheetDocuments
			}
			_, err := readBytes(save(t, f))
			if err == nil {
				t.Fatal("no error")
			}
			prefix := `bc.xlsx, trang "` + sheet + `", ô ` + cell + ": "
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q, want %q…%q", err, prefix, tt.want)
			}
		})
	}
}

// Every bad cell is reported, not only the first.
func TestReadReportsEveryBadCell(t *testing.T) {
	f := open(t, export(t, report.Sample()))
	f.SetCellStr(sheetFigures, cellName(fcValue, findRow(t, f, "llct.lop")), "ba mươi")
	f.SetCellInt(sheetFigures, cellName(fcValue, findRow(t, f, "th.lop")), -2)
	_, err := readBytes(save(t, f))
	if err == nil || strings.Count(err.Error(), "\n") != 1 {
		t.Fatalf("want two lines, got %v", err)
	}
}

func TestReadCopiedSheetIsAmbiguous(t *testing.T) {
	f := open(t, export(t, report.Sample()))
	idx, err := f.NewSheet("Báo cáo (2)")
	if err != nil {
		t.Fatal(err)
	}
	from, _ := f.GetSheetIndex(sheetFigures)
	if err := f.CopySheet(from, idx); err != nil {
		t.Fatal(err)
	}
	_, err = readBytes(save(t, f))
	if err == nil || !strings.Contains(err.Error(), `"Báo cáo (2)"`) {
		t.Fatalf("got %v", err)
	}
}
