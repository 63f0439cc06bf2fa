// Package reporttest holds what the tests of several packages share about
// reports: a province's own template, made from the built-in one, and
// reports written to it; and the process's CPU time the benchmarks
// report. It is test support: only _test.go files import it.
package reporttest

import (
	"testing"

	"baocao/report"
)

// TemplateID is the identifier of the province's template.
const TemplateID = "m0123456789abcdef"

// Template is a province's template: the built-in tuyên giáo template
// with a dân vận group of three indicators, a ratio of two of them, a
// rule between them and a heading with guidance, version 1.
func Template(t testing.TB) *report.Template {
	t.Helper()
	tp := report.BuiltinTemplate(report.TemplateTuyenGiao, 1).Clone()
	tp.ID, tp.Name, tp.Version = TemplateID, "Tuyên giáo và dân vận Ninh Bình 2026", 1
	tp.Issuer = "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH"
	c := tp.Catalogue
	c.Groups = append(c.Groups, report.Group{ID: "dv", Name: "Công tác dân vận"})
	c.Indicators = append(c.Indicators,
		report.Indicator{Code: "dv.mohinh", Name: "Số mô hình “Dân vận khéo” được công nhận", Unit: "mô hình", Group: "dv", Main: true},
		report.Indicator{Code: "dv.kiennghi", Name: "Số kiến nghị của Nhân dân tiếp nhận", Unit: "kiến nghị", Group: "dv"},
		report.Indicator{Code: "dv.giaiquyet", Name: "Số kiến nghị đã giải quyết", Unit: "kiến nghị", Group: "dv"},
		report.Indicator{Code: "dv.tyle", Name: "Tỷ lệ kiến nghị đã giải quyết", Unit: "%", Group: "dv",
			Derived: &report.Derivation{Kind: report.DeriveRatio, Num: "dv.giaiquyet", Den: "dv.kiennghi"}},
	)
	c.Rules = append(c.Rules, report.Rule{Kind: report.RuleLE, A: "dv.giaiquyet", B: "dv.kiennghi", Severity: report.Error})
	tp.Outline = append(tp.Outline, report.Heading{Level: 2, Title: "Công tác dân vận", Guidance: "Nêu số mô hình {dv.mohinh}."})
	if err := tp.Check(); err != nil {
		t.Fatal(err)
	}
	return tp
}

// Version returns a copy of tp as version v with further indicators of
// the dân vận group (added: code → name).
func Version(t testing.TB, tp *report.Template, v int, added map[string]string) *report.Template {
	t.Helper()
	n := tp.Clone()
	n.Version = v
	for code, name := range added {
		n.Catalogue.Indicators = append(n.Catalogue.Indicators, report.Indicator{Code: code, Name: name, Unit: "lần", Group: "dv"})
	}
	if err := n.Check(); err != nil {
		t.Fatal(err)
	}
	return n
}

// Unit is a commune's report of tp for the year 2026, complete enough to
// validate and export, with the figures given (its last section fills in
// the dân vận figures of Template, when tp has them).
func Unit(tp *report.Template, commune string, figures map[string]int64) *report.Report {
	r := tp.NewReport(report.Period{Year: 2026, Kind: report.KindYear})
	r.Organization = report.Organization{Superior: "ĐẢNG ỦY XÃ " + commune, Name: "BAN XÂY DỰNG ĐẢNG", Abbreviation: "ĐU", Place: "Ninh Bình"}
	r.Number, r.Date = "12", "2026-12-10"
	r.Signer = report.Signer{Title: "TRƯỞNG BAN", Name: "Nguyễn Thị Lan"}
	r.Recipients = []string{"Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c)", "Lưu"}
	for code, v := range figures {
		r.Figures[code] = report.Figure{Value: report.Int(v)}
	}
	for i := range r.Sections {
		r.Sections[i].Text = "Kết quả công tác của kỳ."
	}
	if tp.Catalogue.Indicator("dv.tyle") != nil {
		r.Sections[len(r.Sections)-1].Text = "Công nhận {dv.mohinh} mô hình; giải quyết {dv.giaiquyet} kiến nghị, đạt {dv.tyle}."
	}
	return r
}

// GiaVien is the Gia Viễn commune's report of tp (Unit) with the dân vận
// figures of Template: 4 “Dân vận khéo” models, 40 requests of the people
// of which 30 solved, a ratio of 75%.
func GiaVien(tp *report.Template) *report.Report {
	return Unit(tp, "GIA VIỄN", map[string]int64{"dv.mohinh": 4, "dv.kiennghi": 40, "dv.giaiquyet": 30})
}

// Head is the province's own report of tp for the year 2026.
func Head(tp *report.Template) *report.Report {
	r := Unit(tp, "", nil)
	r.Organization = report.Organization{Superior: "TỈNH ỦY NINH BÌNH", Name: "BAN TUYÊN GIÁO VÀ DÂN VẬN", Abbreviation: "BTGDVTU", Place: "Ninh Bình"}
	r.Number = "312"
	r.Recipients = []string{"Ban Tuyên giáo và Dân vận Trung ương (để b/c)", "Thường trực Tỉnh ủy (để b/c)", "Lưu Văn phòng"}
	return r
}
