package report_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest"
)

func TestTemplateRoundTrip(t *testing.T) {
	tp := reporttest.Template(t)
	data, err := report.MarshalTemplate(tp)
	if err != nil {
		t.Fatal(err)
	}
	back, err := report.ParseTemplate(data)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := report.MarshalTemplate(back)
	if !bytes.Equal(data, again) {
		t.Error("a template read back is written differently")
	}
	if !strings.Contains(string(data), `"format": "baocao.template/1"`) {
		t.Error("no format tag")
	}
	if in := back.Catalogue.Indicator("dv.tyle"); in == nil || !in.IsRatio() {
		t.Error("the ratio is lost")
	}
}

// Bad templates are refused with a Vietnamese message naming the
// indicator, the rule, the heading or the line.
func TestBadTemplates(t *testing.T) {
	good, err := report.MarshalTemplate(reporttest.Template(t))
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(tp map[string]any)) []byte {
		var tp map[string]any
		if err := json.Unmarshal(good, &tp); err != nil {
			t.Fatal(err)
		}
		f(tp)
		b, _ := json.Marshal(tp)
		return b
	}
	cat := func(tp map[string]any) map[string]any { return tp["catalogue"].(map[string]any) }
	inds := func(tp map[string]any) []any { return cat(tp)["indicators"].([]any) }
	ind := func(tp map[string]any, code string) map[string]any {
		for _, x := range inds(tp) {
			if m := x.(map[string]any); m["code"] == code {
				return m
			}
		}
		t.Fatalf("no %s", code)
		return nil
	}
	many := edit(func(tp map[string]any) {
		var list []any
		for i := range 10000 {
			list = append(list, map[string]any{"code": fmt.Sprintf("x.c%d", i), "name": "Chỉ tiêu", "unit": "lần", "group": "dv"})
		}
		cat(tp)["indicators"] = list
		cat(tp)["rules"] = []any{}
	})
	for _, tc := range []struct {
		name string
		data []byte
		want []string
	}{
		{"duplicate code", edit(func(tp map[string]any) { ind(tp, "dv.giaiquyet")["code"] = "dv.kiennghi" }),
			[]string{"«Số kiến nghị đã giải quyết»", `mã "dv.kiennghi" trùng`}},
		{"rule naming a missing code", edit(func(tp map[string]any) {
			rules := cat(tp)["rules"].([]any)
			rules[len(rules)-1].(map[string]any)["b"] = "dv.khongco"
		}), []string{"Quy tắc thứ 6", `"dv.khongco"`}},
		{"derived naming a missing code", edit(func(tp map[string]any) {
			ind(tp, "dv.tyle")["derived"].(map[string]any)["den"] = "dv.mat"
		}), []string{"«Tỷ lệ kiến nghị đã giải quyết»", `"dv.mat"`}},
		{"derived cycle", edit(func(tp map[string]any) {
			ind(tp, "vb.tong")["derived"] = map[string]any{"kind": "sum", "of": []any{"vb.chithi", "dv.tong2"}}
			cat(tp)["indicators"] = append(inds(tp), map[string]any{"code": "dv.tong2", "name": "Tổng thứ hai", "unit": "văn bản", "group": "dv",
				"derived": map[string]any{"kind": "sum", "of": []any{"vb.tong", "vb.khac"}}})
		}), []string{"vòng tròn", "«Tổng số văn bản tham mưu ban hành»", "«Tổng thứ hai»"}},
		{"non-number limit", edit(func(tp map[string]any) {
			rules := cat(tp)["rules"].([]any)
			rules[4].(map[string]any)["max"] = "năm trăm"
		}), []string{"dòng", "max", "số"}},
		{"10,000 indicators", many, []string{"10.000 chỉ tiêu", "500"}},
		{"invalid JSON", []byte("{\n  \"format\": \"baocao.template/1\",\n  \"name\": \"x\"\n  \"id\": 1\n}"), []string{"JSON sai cú pháp ở dòng 4"}},
		{"unknown format tag", edit(func(tp map[string]any) { tp["format"] = "baocao.template/7" }), []string{"baocao.template/7", "mới hơn"}},
		{"another file", []byte(`{"format": "baocao.report/1"}`), []string{"tệp báo cáo", "không phải tệp mẫu"}},
		{"no format", []byte(`{"name": "x"}`), []string{`thiếu trường "format"`}},
		{"unknown field", edit(func(tp map[string]any) { tp["chitieu"] = 1 }), []string{"chitieu"}},
		{"heading too deep", edit(func(tp map[string]any) {
			tp["outline"] = []any{map[string]any{"level": 1, "title": "KẾT QUẢ"}, map[string]any{"level": 3, "title": "Ý nhỏ"}}
		}), []string{"Đề mục thứ 2 «Ý nhỏ»", "cấp 3"}},
		{"unknown period", edit(func(tp map[string]any) { tp["periods"] = []any{"Y", "W"} }), []string{`"W"`}},
		{"unknown summary field", edit(func(tp map[string]any) { tp["summaries"].(map[string]any)["Y"] = "tổng kết {nam}" }), []string{"{nam}"}},
		{"not UTF-8", append([]byte(`{"format": "baocao.template/1", "name": "`), 0xc4, 0x22, '}'), []string{"UTF-8", "dòng 1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := report.ParseTemplate(tc.data)
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", err, w)
				}
			}
			for _, en := range []string{"invalid character", "cannot unmarshal", "json:"} {
				if strings.Contains(err.Error(), en) {
					t.Errorf("English in %q", err)
				}
			}
		})
	}
}

// The catalogue's problems carry their field, for an editor to show them
// beside it.
func TestCatalogueProblemFields(t *testing.T) {
	tp := reporttest.Template(t)
	c := tp.Catalogue.Clone()
	c.Indicators[len(c.Indicators)-2].Code = "dv.kiennghi"
	c.Rules = append(c.Rules, report.Rule{Kind: report.RuleAvgMax, A: "dv.mohinh", B: "dv.mohinh", Severity: report.Warning})
	want := map[string]bool{
		fmt.Sprintf("indicators[%d].code", len(c.Indicators)-2): false,
		fmt.Sprintf("rules[%d].b", len(c.Rules)-1):              false,
		fmt.Sprintf("rules[%d].max", len(c.Rules)-1):            false,
	}
	for _, p := range c.Problems() {
		if _, ok := want[p.Field]; ok {
			want[p.Field] = true
		}
	}
	for f, seen := range want {
		if !seen {
			t.Errorf("no problem at %s: %v", f, c.Problems())
		}
	}
	if err := c.Index(); err == nil {
		t.Error("indexed with errors")
	}
}

// A group's and an indicator's code: missing, malformed or taken, each
// said with the place, the name and the code of what has it.
func TestCatalogueCodeMessages(t *testing.T) {
	c := reporttest.Template(t).Catalogue.Clone()
	ng, ni := len(c.Groups), len(c.Indicators)
	c.Groups = append(c.Groups, report.Group{Name: "Không mã"}, report.Group{ID: "Dan Van", Name: "Dân vận 2"}, report.Group{ID: "dv", Name: "Dân vận 3"})
	c.Indicators = append(c.Indicators,
		report.Indicator{Name: "Không mã", Unit: "lần", Group: "dv"},
		report.Indicator{Code: "Dv Sai", Name: "Mã sai", Unit: "lần", Group: "dv"},
		report.Indicator{Code: "dv.kiennghi", Name: "Mã trùng", Unit: "lần", Group: "dv"})
	want := map[string]string{
		fmt.Sprintf("groups[%d].id", ng):         fmt.Sprintf("Nhóm thứ %d «Không mã» chưa có mã nhóm", ng+1),
		fmt.Sprintf("groups[%d].id", ng+1):       fmt.Sprintf(`Nhóm thứ %d «Dân vận 2»: mã nhóm "Dan Van" chỉ gồm chữ thường không dấu, chữ số, dấu chấm và gạch dưới (tối đa 64 ký tự)`, ng+2),
		fmt.Sprintf("groups[%d].id", ng+2):       fmt.Sprintf(`Nhóm thứ %d «Dân vận 3»: mã nhóm "dv" trùng với nhóm thứ %d`, ng+3, ng),
		fmt.Sprintf("indicators[%d].code", ni):   fmt.Sprintf("Chỉ tiêu thứ %d «Không mã» chưa có mã", ni+1),
		fmt.Sprintf("indicators[%d].code", ni+1): fmt.Sprintf(`Chỉ tiêu thứ %d «Mã sai» (Dv Sai): mã "Dv Sai" chỉ gồm chữ thường không dấu, chữ số, dấu chấm và gạch dưới (tối đa 64 ký tự)`, ni+2),
		fmt.Sprintf("indicators[%d].code", ni+2): fmt.Sprintf(`Chỉ tiêu thứ %d «Mã trùng» (dv.kiennghi): mã "dv.kiennghi" trùng với chỉ tiêu thứ %d «Số kiến nghị của Nhân dân tiếp nhận»`, ni+3, ni-2),
	}
	got := map[string]string{}
	for _, p := range c.Problems() {
		if _, ok := want[p.Field]; ok {
			got[p.Field] = p.Message
		}
	}
	for f, w := range want {
		if got[f] != w {
			t.Errorf("%s: %q, want %q", f, got[f], w)
		}
	}
}

// A side of a ratio not chosen yet is named plainly.
func TestUnchosenSide(t *testing.T) {
	c := reporttest.Template(t).Catalogue.Clone()
	c.Indicators[len(c.Indicators)-1].Derived.Num = ""
	for _, p := range c.Problems() {
		if strings.HasSuffix(p.Field, ".derived.num") {
			if !strings.HasSuffix(p.Message, "(dv.tyle), tử số: chưa chọn chỉ tiêu") {
				t.Errorf("message %q", p.Message)
			}
			return
		}
	}
	t.Error("no problem for the numerator")
}

func TestNewReportOfTemplate(t *testing.T) {
	tp := reporttest.Template(t)
	r := tp.NewReport(report.Period{2026, report.KindYear})
	if r.Template() != tp.Ref() || r.Catalogue() != tp.Catalogue {
		t.Errorf("template %v", r.Template())
	}
	if r.Summary != "tổng kết công tác tuyên giáo năm 2026, phương hướng, nhiệm vụ năm 2027" {
		t.Errorf("summary %q", r.Summary)
	}
	last := r.Sections[len(r.Sections)-1]
	if last.Heading != "1. Công tác dân vận" || last.Guidance != "Nêu số mô hình {dv.mohinh}." || last.Text != "" {
		t.Errorf("last section %+v", last)
	}
	if r.Sections[0].Heading != "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" || r.Sections[1].Heading != "1. Công tác tham mưu, chỉ đạo" {
		t.Errorf("headings %q, %q", r.Sections[0].Heading, r.Sections[1].Heading)
	}
	// A built-in template's report names it and carries no catalogue.
	b := report.BuiltinTemplate(report.TemplateTGDV, 1).NewReport(report.Period{2026, "Q1"})
	if b.Cat != nil || b.Catalogue().Indicator("dvk.mohinh") == nil {
		t.Error("built-in template: catalogue carried or not found")
	}
	for _, s := range report.BuiltinTemplate(report.TemplateTGDV, 1).Sections() {
		if s.Guidance == "" {
			t.Errorf("%q has no guidance", s.Heading)
		}
	}
}

// A report of a province's template carries its catalogue: it reads back
// the same, validates with it, and a code of another catalogue is an
// error.
func TestReportCarriesItsCatalogue(t *testing.T) {
	tp := reporttest.Template(t)
	r := report.Sample()
	nr := tp.NewReport(r.Period)
	r.Tmpl, r.Cat = nr.Tmpl, nr.Cat
	r.Figures["dv.kiennghi"] = report.Figure{Value: report.Int(40)}
	r.Figures["dv.giaiquyet"] = report.Figure{Value: report.Int(30)}
	r.Sections = append(r.Sections, report.Section{Heading: "Dân vận", Text: "Giải quyết {dv.tyle} kiến nghị.", Guidance: "không in"})
	data, err := report.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := report.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Template() != tp.Ref() || back.Catalogue().Indicator("dv.tyle") == nil {
		t.Fatalf("read back: template %v", back.Template())
	}
	if ps := back.Validate(); ps.HasErrors() {
		t.Errorf("problems: %v", ps)
	}
	if v := back.Evaluate().Row("dv.tyle").Value; !v.OK || v.N != 75 {
		t.Errorf("dv.tyle = %v", v)
	}
	back.Figures["dv.giaiquyet"] = report.Figure{Value: report.Int(41)}
	if ps := back.Validate().For("figures.dv.giaiquyet"); !ps.HasErrors() {
		t.Error("the template's rule is not checked")
	}
	// The built-in catalogue does not know the province's codes.
	plain := report.Sample()
	plain.Figures["dv.kiennghi"] = report.Figure{Value: report.Int(1)}
	if ps := plain.Validate().For("figures.dv.kiennghi"); !ps.HasErrors() {
		t.Error("an unknown code passed")
	}
	// A file that names a province's template must carry its catalogue.
	noCat := strings.Replace(string(data), `"catalogue": {`, `"catalogue_": {`, 1)
	var m map[string]any
	json.Unmarshal([]byte(noCat), &m)
	delete(m, "catalogue_")
	stripped, _ := json.Marshal(m)
	if _, err := report.Parse(stripped); err == nil || !strings.Contains(err.Error(), "không mang theo danh mục") {
		t.Errorf("a file without its catalogue: %v", err)
	}
	// A damaged carried catalogue is refused, naming it.
	bad := strings.Replace(string(data), `"code": "dv.giaiquyet"`, `"code": "dv.kiennghi"`, 1)
	if _, err := report.Parse([]byte(bad)); err == nil || !strings.Contains(err.Error(), "danh mục chỉ tiêu mang theo") {
		t.Errorf("a damaged catalogue: %v", err)
	}
}

// Units of another version of the head's template sum by the codes both
// carry, and the result says what each lacked and added; a unit of
// another template is refused.
func TestConsolidateAcrossVersions(t *testing.T) {
	v1 := reporttest.Template(t)
	v2 := v1.Clone()
	v2.Version = 2
	v2.Catalogue.Indicators = append(v2.Catalogue.Indicators, report.Indicator{Code: "dv.doithoai", Name: "Số hội nghị đối thoại", Unit: "hội nghị", Group: "dv", Main: true})
	if err := v2.Check(); err != nil {
		t.Fatal(err)
	}
	unit := func(tp *report.Template, name string, figs map[string]int64) report.Source {
		r := tp.NewReport(report.Period{2026, report.KindYear})
		r.Organization = report.Organization{Superior: "ĐẢNG ỦY XÃ " + name, Name: "BAN XÂY DỰNG ĐẢNG", Abbreviation: "ĐU", Place: name}
		r.Number, r.Date, r.Signer = "5", "2026-12-10", report.Signer{Title: "TRƯỞNG BAN", Name: "Nguyễn Văn A"}
		for k, v := range figs {
			r.Figures[k] = report.Figure{Value: report.Int(v)}
		}
		return report.Source{Name: name + ".json", Report: r}
	}
	head := v2.NewReport(report.Period{2026, report.KindYear})
	head.Organization = report.Organization{Superior: "TỈNH ỦY NINH BÌNH", Name: "BAN TUYÊN GIÁO VÀ DÂN VẬN", Abbreviation: "BTGDVTU", Place: "Ninh Bình"}
	old := unit(v1, "GIA VIỄN", map[string]int64{"dv.mohinh": 4, "dv.kiennghi": 10, "dv.giaiquyet": 8})
	plain := report.Sample()
	plain.Organization.Superior = "ĐẢNG ỦY XÃ KHÁC"
	plain.Period = report.Period{2026, report.KindYear}
	res := report.Consolidate(head, []report.Source{
		unit(v2, "HOA LƯ", map[string]int64{"dv.mohinh": 3, "dv.doithoai": 2, "dv.kiennghi": 20, "dv.giaiquyet": 10}),
		old,
		{Name: "khac.json", Report: plain},
	}, report.ConsolidateOptions{})
	f := res.Report.Figures
	if *f["dv.mohinh"].Value != 7 || *f["dv.doithoai"].Value != 2 || *f["dv.kiennghi"].Value != 30 {
		t.Errorf("sums: mohinh %v doithoai %v kiennghi %v", *f["dv.mohinh"].Value, *f["dv.doithoai"].Value, *f["dv.kiennghi"].Value)
	}
	if v := res.Report.Evaluate().Row("dv.tyle").Value; v.N != 60 {
		t.Errorf("the ratio of the sums: %v", v)
	}
	var st report.UnitStatus
	for _, u := range res.Units {
		if u.Source == "GIA VIỄN.json" {
			st = u
		}
	}
	if st.Template.Version != 1 || len(st.Lacked) != 1 || st.Lacked[0] != "dv.doithoai" || len(st.Added) != 0 {
		t.Errorf("the older unit: %+v", st)
	}
	notices := fmt.Sprint(res.Notices)
	for _, want := range []string{
		"GIA VIỄN.json: cảnh báo: BAN XÂY DỰNG ĐẢNG ĐẢNG ỦY XÃ GIA VIỄN theo mẫu «Tuyên giáo và dân vận Ninh Bình 2026» (phiên bản 1), báo cáo tổng hợp theo phiên bản 2: thiếu 1 chỉ tiêu (để trống): Số hội nghị đối thoại (dv.doithoai)",
		"khac.json: lỗi:", "theo mẫu «Công tác tuyên giáo» (phiên bản 1), không phải mẫu «Tuyên giáo và dân vận Ninh Bình 2026» (phiên bản 2)",
	} {
		if !strings.Contains(notices, want) {
			t.Errorf("notices lack %q:\n%s", want, notices)
		}
	}
	// A unit of a newer version with a code the head lacks: named, not summed.
	v3 := v2.Clone()
	v3.Version = 3
	v3.Catalogue.Indicators = append(v3.Catalogue.Indicators, report.Indicator{Code: "dv.moi", Name: "Chỉ tiêu mới", Unit: "lần", Group: "dv"})
	if err := v3.Check(); err != nil {
		t.Fatal(err)
	}
	res = report.Consolidate(head, []report.Source{unit(v3, "NHO QUAN", map[string]int64{"dv.moi": 5, "dv.mohinh": 1})}, report.ConsolidateOptions{})
	if _, ok := res.Report.Figures["dv.moi"]; ok || !strings.Contains(fmt.Sprint(res.Notices), "có thêm 1 chỉ tiêu không có trong mẫu của báo cáo tổng hợp (không cộng): Chỉ tiêu mới (dv.moi)") {
		t.Errorf("an added code: %v", res.Notices)
	}
}

// The built-in templates never change once shipped: their files are
// frozen by digest. A change is a new version in a new file.
func TestBuiltinTemplatesFrozen(t *testing.T) {
	frozen := map[string]string{
		"templates/tuyengiao.v1.json":        "",
		"templates/tuyengiao-danvan.v1.json": "",
	}
	digests, err := os.ReadFile("testdata/builtin-digests.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(digests)), "\n") {
		name, sum, _ := strings.Cut(line, " ")
		frozen[name] = sum
	}
	for name, want := range frozen {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != want {
			t.Errorf("%s changed (sha256 %s, shipped %s): a shipped template is never changed; add a new version", name, got, want)
		}
	}
	// Version 1 of the tuyên giáo template is the catalogue of indicators.md.
	old, err := os.ReadFile("testdata/catalogue-2019.json")
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	json.Unmarshal(old, &a)
	cur, _ := json.Marshal(report.DefaultCatalogue())
	json.Unmarshal(cur, &b)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("the built-in tuyên giáo catalogue is not the catalogue of before templates")
	}
}
