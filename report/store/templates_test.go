package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"baocao/report"
	"baocao/report/reporttest"
)

// A template saved, saved again as a draft, issued, changed into a new
// version; every version kept, listed and read back, in both archives.
func TestTemplateVersions(t *testing.T) {
	forBackends(t, func(t *testing.T, b backend) {
		s, clk := b.open(t)
		tp := reporttest.Template(t)
		saved, err := s.SaveTemplate(tp, "Lan")
		if err != nil {
			t.Fatal(err)
		}
		if saved.Version != 1 {
			t.Fatalf("first save: version %d", saved.Version)
		}
		// A draft saved again stays version 1.
		tp.Name = "Tuyên giáo và dân vận Ninh Bình 2026 (sửa)"
		clk.advance(time.Minute)
		if saved, err = s.SaveTemplate(tp, "Lan"); err != nil || saved.Version != 1 {
			t.Fatalf("draft saved again: version %d, %v", saved.Version, err)
		}
		if err := s.IssueTemplate(tp.ID, 1); err != nil {
			t.Fatal(err)
		}
		// After issuing, a change is version 2; version 1 stays as issued.
		tp.Catalogue.Indicators = append(tp.Catalogue.Indicators, report.Indicator{Code: "dv.doithoai", Name: "Số hội nghị đối thoại", Unit: "hội nghị", Group: "dv"})
		clk.advance(time.Minute)
		if saved, err = s.SaveTemplate(tp, "Minh"); err != nil || saved.Version != 2 {
			t.Fatalf("after issuing: version %d, %v", saved.Version, err)
		}
		v1, e1, err := s.Template(tp.ID, 1)
		if err != nil {
			t.Fatal(err)
		}
		if e1.Status != TemplateIssued || v1.Catalogue.Indicator("dv.doithoai") != nil || v1.Name != "Tuyên giáo và dân vận Ninh Bình 2026 (sửa)" {
			t.Errorf("version 1: %+v", e1)
		}
		latest, e2, err := s.Template(tp.ID, 0)
		if err != nil || e2.Version != 2 || e2.Status != TemplateDraft || e2.Author != "Minh" || latest.Catalogue.Indicator("dv.doithoai") == nil {
			t.Errorf("latest: %+v, %v", e2, err)
		}
		list, err := s.Templates()
		if err != nil || len(list) != 1 || list[0].Version != 2 {
			t.Errorf("list: %+v, %v", list, err)
		}
		vs, err := s.TemplateVersions(tp.ID)
		if err != nil || len(vs) != 2 || vs[0].Version != 2 || vs[1].Version != 1 {
			t.Errorf("versions: %+v, %v", vs, err)
		}
		codes, err := s.IssuedCodes(tp.ID)
		if err != nil || !codes["dv.tyle"] || codes["dv.doithoai"] {
			t.Errorf("issued codes: %v, %v", codes, err)
		}
		// A report written to it finds it again.
		r := v1.NewReport(report.Period{Year: 2026, Kind: report.KindYear})
		if got, err := s.TemplateOf(r); err != nil || got == nil || got.Version != 1 {
			t.Errorf("TemplateOf: %v, %v", got, err)
		}
		// A built-in template is found without the archive and cannot be saved.
		if got, _, err := s.Template(report.TemplateTGDV, 0); err != nil || got.Catalogue.Indicator("dvk.mohinh") == nil {
			t.Errorf("built-in: %v", err)
		}
		if _, err := s.SaveTemplate(report.BuiltinTemplate(report.TemplateTuyenGiao, 1), "Lan"); err == nil {
			t.Error("a built-in template saved")
		}
	})
}

// A template file from another PC: imported once as issued, again as
// nothing, and a different content under the same version is refused.
func TestImportTemplate(t *testing.T) {
	forBackends(t, func(t *testing.T, b backend) {
		s, _ := b.open(t)
		tp := reporttest.Template(t)
		data, err := report.MarshalTemplate(tp)
		if err != nil {
			t.Fatal(err)
		}
		got, err := report.ParseTemplate(data)
		if err != nil {
			t.Fatal(err)
		}
		if stored, err := s.ImportTemplate(got, "Lan"); err != nil || !stored {
			t.Fatalf("import: %v, %v", stored, err)
		}
		if stored, err := s.ImportTemplate(got, "Lan"); err != nil || stored {
			t.Errorf("again: %v, %v", stored, err)
		}
		if _, e, _ := s.Template(tp.ID, 1); e.Status != TemplateIssued {
			t.Errorf("imported as %s", e.Status)
		}
		other := got.Clone()
		other.Catalogue.Indicators[len(other.Catalogue.Indicators)-2].Name = "Đã đổi tên"
		other.Catalogue.Index()
		if _, err := s.ImportTemplate(other, "Lan"); !errors.Is(err, ErrTemplateConflict) {
			t.Errorf("conflicting import: %v", err)
		}
		// A bad template is refused and nothing is stored.
		bad := got.Clone()
		bad.ID, bad.Catalogue.Rules = "mkhac", append(bad.Catalogue.Rules, report.Rule{Kind: report.RuleLE, A: "dv.khongco", B: "dv.mohinh", Severity: report.Error})
		if _, err := s.ImportTemplate(bad, "Lan"); err == nil || !strings.Contains(err.Error(), "dv.khongco") {
			t.Errorf("bad template: %v", err)
		}
		if list, _ := s.Templates(); len(list) != 1 {
			t.Errorf("stored: %+v", list)
		}
	})
}

// Reports written to a province's template are saved and read back with
// their catalogue; cùng kỳ comes from last year's report of another
// version by code.
func TestReportOfTemplateInArchive(t *testing.T) {
	forBackends(t, func(t *testing.T, b backend) {
		s, _ := b.open(t)
		tp := reporttest.Template(t)
		last := tp.NewReport(report.Period{Year: 2025, Kind: report.KindYear})
		last.Organization = report.Organization{Superior: "ĐẢNG ỦY XÃ GIA VIỄN", Name: "BAN XÂY DỰNG ĐẢNG", Abbreviation: "ĐU", Place: "Gia Viễn"}
		last.Figures["dv.mohinh"] = report.Figure{Value: report.Int(6)}
		if _, err := s.Create(last, SaveOptions{Author: "Lan"}); err != nil {
			t.Fatal(err)
		}
		v2 := tp.Clone()
		v2.Version = 2
		v2.Catalogue.Indicators = append(v2.Catalogue.Indicators, report.Indicator{Code: "dv.doithoai", Name: "Số hội nghị đối thoại", Unit: "hội nghị", Group: "dv"})
		if err := v2.Check(); err != nil {
			t.Fatal(err)
		}
		cur := v2.NewReport(report.Period{Year: 2026, Kind: report.KindYear})
		cur.Organization = last.Organization
		filled, err := s.OfferPrevious(cur)
		if err != nil {
			t.Fatal(err)
		}
		if len(filled) != 1 || filled[0] != "dv.mohinh" || *cur.Figures["dv.mohinh"].Previous != 6 {
			t.Errorf("OfferPrevious filled %v", filled)
		}
		id, err := s.Create(cur, SaveOptions{Author: "Lan"})
		if err != nil {
			t.Fatal(err)
		}
		back, _, err := s.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		if back.Template().Version != 2 || back.Catalogue().Indicator("dv.doithoai") == nil {
			t.Errorf("read back: %v", back.Template())
		}
	})
}
