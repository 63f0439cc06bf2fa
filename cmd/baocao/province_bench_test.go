package main

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/report"
	"baocao/report/docx"
	"baocao/report/flow"
	"baocao/report/pdf"
	"baocao/report/xlsx"
)

// provinceReport is a consolidation of 1,000 units with a narrative of
// about 40 pages (100,000 characters) among which a paragraph of 4,000.
func provinceReport(b *testing.B) *report.Report {
	b.Helper()
	var sources []report.Source
	for i := range 1000 {
		r := report.Sample()
		r.Organization = report.Organization{Superior: fmt.Sprintf("ĐẢNG ỦY XÃ SỐ %d", i+1), Name: "BAN TUYÊN GIÁO VÀ DÂN VẬN", Abbreviation: "BTGDV", Place: "Ninh Bình"}
		r.Figures = map[string]report.Figure{"llct.lop": {Value: report.Int(int64(i%7 + 1))}, "llct.hocvien": {Value: report.Int(int64(40 * (i%7 + 1)))}}
		r.Documents = []report.Document{{Symbol: fmt.Sprintf("%02d-CT/ĐU", i+1), Kind: report.DocChiThi, Date: "2019-03-01", Summary: "về công tác tuyên giáo"}}
		sources = append(sources, report.Source{Name: fmt.Sprintf("xa-%04d.json", i+1), Report: r})
	}
	res := flow.Consolidate(report.Sample(), sources, report.ConsolidateOptions{})
	if len(res.Used) != 1000 {
		b.Fatalf("%d units consolidated", len(res.Used))
	}
	r := res.Report
	sentence := func(i int) string {
		return fmt.Sprintf("Câu %d: các cấp ủy đã tổ chức quán triệt, triển khai thực hiện nghiêm túc các chỉ thị, nghị quyết của Đảng, đạt {llct.lop} lớp. ", i)
	}
	var long strings.Builder
	for i := 1; utf8.RuneCountInString(long.String()) < 4000; i++ {
		long.WriteString(sentence(i))
	}
	var secs []report.Section
	total := utf8.RuneCountInString(long.String())
	for s := 1; total < 100000; s++ {
		var paras []string
		if s == 1 {
			paras = append(paras, strings.TrimSpace(long.String()))
		}
		for p := range 5 {
			var para strings.Builder
			for i := range 6 {
				para.WriteString(sentence(s*100 + p*10 + i))
			}
			paras = append(paras, strings.TrimSpace(para.String()))
			total += utf8.RuneCountInString(para.String())
		}
		secs = append(secs, report.Section{Heading: fmt.Sprintf("%d. Kết quả thực hiện nhiệm vụ thứ %d", s, s), Text: strings.Join(paras, "\n\n")})
	}
	r.Sections = append(secs, r.Sections...)
	return r
}

// BenchmarkExportProvince writes a province's consolidation of 1,000
// units with a 40-page narrative to each format, and to all three.
func BenchmarkExportProvince(b *testing.B) {
	r := provinceReport(b)
	formats := []struct {
		name  string
		write func() error
	}{
		{"pdf", func() error { return pdf.Write(io.Discard, r, pdf.Options{}) }},
		{"docx", func() error { return docx.Write(io.Discard, r) }},
		{"xlsx", func() error { return xlsx.Write(io.Discard, r) }},
	}
	for _, f := range formats {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, f := range formats {
				if err := f.write(); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
