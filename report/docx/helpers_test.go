package docx

import (
	"fmt"
	"path/filepath"
	"testing"

	"baocao/report"
)

// writeDocx writes r as a Word document named name in a temp folder and
// returns its path.
func writeDocx(t testing.TB, r *report.Report, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := WriteFile(path, r); err != nil {
		t.Fatal(err)
	}
	return path
}

// repeatedSample is the sample with its narrative repeated times times: the
// same headings and paragraphs over and over, the tables and the band at
// the end.
func repeatedSample(times int) *report.Report {
	r := report.Sample()
	secs := r.Sections
	r.Sections = nil
	for i := 0; i < times; i++ {
		for _, s := range secs {
			if i > 0 {
				s.Heading = fmt.Sprintf("%s (%d)", s.Heading, i+1)
			}
			r.Sections = append(r.Sections, s)
		}
	}
	return r
}

// consolidated is a report consolidated from two units: it has the
// per-unit table and the completeness section.
func consolidated(t testing.TB) *report.Report {
	t.Helper()
	unit := func(district string, lop, hv int64) report.Source {
		r := report.Sample()
		r.Organization = report.Organization{Superior: "HUYỆN ỦY " + district, Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: district}
		r.Figures = map[string]report.Figure{"llct.lop": {Value: report.Int(lop)}, "llct.hocvien": {Value: report.Int(hv)}}
		return report.Source{Name: district + ".json", Report: r}
	}
	res := report.Consolidate(report.Sample(), []report.Source{unit("KIM BẢNG", 12, 1200), unit("LÝ NHÂN", 23, 2086)}, report.ConsolidateOptions{})
	if res.HasErrors() {
		t.Fatalf("consolidation errors: %v", res.Notices)
	}
	return res.Report
}
