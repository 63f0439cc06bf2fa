package store

import (
	"fmt"
	"slices"
	"testing"

	"baocao/report"
)

func TestDescribeChanges(t *testing.T) {
	base := report.Sample()
	for _, tc := range []struct {
		name string
		edit func(r *report.Report)
		want []string
	}{
		{"nothing", func(r *report.Report) {}, nil},
		{"a figure", func(r *report.Report) { r.Figures["llct.lop"] = report.Figure{Value: report.Int(36)} },
			[]string{"Số lớp bồi dưỡng lý luận chính trị đã mở: 35 → 36"}},
		{"figure parts typed and cleared", func(r *report.Report) {
			r.Figures["llct.hocvien"] = report.Figure{Previous: report.Int(3100), Plan: report.Int(4000)}
			r.Figures["bcv.cuoc"] = report.Figure{Value: report.Int(1200)}
		}, []string{
			"Số học viên các lớp lý luận chính trị: 3.286 → (trống)",
			"Số học viên các lớp lý luận chính trị (cùng kỳ năm trước): (trống) → 3.100",
			"Số học viên các lớp lý luận chính trị (kế hoạch năm): (trống) → 4.000",
			"Số cuộc tuyên truyền miệng: (trống) → 1.200",
		}},
		{"an unknown code", func(r *report.Report) { r.Figures["zz.moi"] = report.Figure{Value: report.Int(1)} },
			[]string{"zz.moi: (trống) → 1"}},
		{"header", func(r *report.Report) {
			r.Number = "46"
			r.Date = "2019-07-06"
			r.Summary = "khác"
			r.Organization.Abbreviation = "BTG"
		}, []string{"tên viết tắt: BTGTU → BTG", "số báo cáo: 45 → 46", "ngày báo cáo: 05/07/2019 → 06/07/2019", "sửa trích yếu"}},
		{"period", func(r *report.Report) { r.Period = report.Period{Year: 2019, Kind: report.KindYear} },
			[]string{"kỳ báo cáo: 6 tháng đầu năm 2019 → năm 2019"}},
		{"documents added, removed, edited", func(r *report.Report) {
			r.Documents[0].Summary = "về dư luận xã hội"
			r.Documents[1].Summary = "kế hoạch sửa lại"
			r.Documents = append(r.Documents, report.Document{Symbol: "24-NQ/TU", Kind: report.DocNghiQuyet, Summary: "x"})
		}, []string{"thêm văn bản 24-NQ/TU", "sửa văn bản 23-CT/TU", "sửa kế hoạch “kế hoạch sửa lại”"}},
		{"document removed", func(r *report.Report) { r.Documents = r.Documents[1:] },
			[]string{"bỏ văn bản 23-CT/TU"}},
		{"documents reordered", func(r *report.Report) { r.Documents[0], r.Documents[1] = r.Documents[1], r.Documents[0] },
			[]string{"đổi thứ tự các văn bản"}},
		{"section text", func(r *report.Report) { r.Sections[2].Text = "Mới." },
			[]string{"sửa phần II"}},
		{"numbered item and part", func(r *report.Report) {
			r.Sections[7].Text = "Mới."
			r.Sections[0].Text = "Mở đầu."
		}, []string{"sửa phần thứ nhất", "sửa mục 1"}},
		{"section heading only", func(r *report.Report) { r.Sections[3].Heading = "III. CÔNG TÁC BÁO CÁO VIÊN" },
			[]string{"sửa tiêu đề phần III"}},
		{"section added and removed", func(r *report.Report) {
			r.Sections = append(r.Sections[:5], r.Sections[6:]...)
			r.Sections = append(r.Sections, report.Section{Heading: "5. Công tác khác", Text: "..."}, report.Section{Heading: "Ghi chú riêng", Text: "..."})
		}, []string{"thêm mục 5", "thêm phần “Ghi chú riêng”", "bỏ phần V"}},
		{"recipients and signer", func(r *report.Report) {
			r.Recipients = r.Recipients[1:]
			r.Signer.Name = "Nguyễn Văn B"
		}, []string{"sửa nơi nhận", "người ký: Trần Đức Thuần → Nguyễn Văn B"}},
		{"signer title", func(r *report.Report) { r.Signer.Authority = "K/T TRƯỞNG BAN" }, []string{"sửa chức vụ người ký"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cur := base.Clone()
			tc.edit(cur)
			got := describeChanges(base, cur)
			if !slices.Equal(got, tc.want) {
				t.Errorf("changes =\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestDescribeChangesCapped(t *testing.T) {
	cat := report.DefaultCatalogue()
	old := &report.Report{Figures: map[string]report.Figure{}}
	cur := &report.Report{Figures: map[string]report.Figure{}}
	for i, in := range cat.Indicators {
		if !in.IsDerived() {
			cur.Figures[in.Code] = report.Figure{Value: report.Int(int64(i)), Plan: report.Int(int64(i))}
		}
	}
	got := describeChanges(old, cur)
	if len(got) != maxChanges {
		t.Fatalf("%d lines, want %d", len(got), maxChanges)
	}
	total := 2 * (len(cur.Figures))
	if want := fmt.Sprintf("và %d thay đổi khác", total-(maxChanges-1)); got[maxChanges-1] != want {
		t.Errorf("last line %q, want %q", got[maxChanges-1], want)
	}
}
