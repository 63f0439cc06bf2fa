package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest"
)

func TestTemplateCommands(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := baocao(t, "template", "list")
	if code != exitOK || !strings.Contains(out, "Công tác tuyên giáo và dân vận") || !strings.Contains(out, "dựng sẵn") {
		t.Errorf("list: %d\n%s", code, out)
	}
	code, out, _ = baocao(t, "template", "show", report.TemplateTGDV)
	for _, want := range []string{"dvk.mohinh", "Tỷ lệ ý kiến, kiến nghị đã được giải quyết, trả lời (%) = «Số ý kiến, kiến nghị đã được giải quyết, trả lời» / «Số ý kiến, kiến nghị của Nhân dân được tiếp nhận qua tiếp dân, đối thoại» (%)",
		"3. Công tác dân vận", "lỗi: «Số ý kiến, kiến nghị đã được giải quyết, trả lời» ≤"} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	file := filepath.Join(dir, "dv.json")
	if code, _, errs := baocao(t, "template", "export", report.TemplateTGDV, "-o", file); code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	if code, out, errs := baocao(t, "template", "check", file); code != exitOK || !strings.Contains(out, "hợp lệ") {
		t.Errorf("check: %d %s %s", code, out, errs)
	}
	// Bad files: exit 1, the problem named.
	good, _ := os.ReadFile(file)
	for _, tc := range []struct{ name, old, new, want string }{
		{"duplicate", `"code": "dvk.dangky"`, `"code": "dvk.mohinh"`, `mã "dvk.mohinh" trùng`},
		{"syntax", `"version": 1,`, `"version": 1`, "JSON sai cú pháp ở dòng 7"},
		{"limit", `"max": 500`, `"max": "500"`, "trường catalogue.rules.max"},
	} {
		p := filepath.Join(dir, tc.name+".json")
		os.WriteFile(p, []byte(strings.Replace(string(good), tc.old, tc.new, 1)), 0o644)
		code, _, errs := baocao(t, "template", "check", p)
		if code != exitInput || !strings.Contains(errs, tc.want) || !strings.Contains(errs, p) {
			t.Errorf("%s: exit %d, %q lacks %q", tc.name, code, errs, tc.want)
		}
	}
	if code, _, errs := baocao(t, "template", "show", "khongco"); code != exitInput || !strings.Contains(errs, `"khongco"`) {
		t.Errorf("an unknown template: %d %s", code, errs)
	}
	if code, _, _ := baocao(t, "template", "frobnicate"); code != exitUsage {
		t.Errorf("unknown subcommand: exit %d", code)
	}
}

// The province issues its template as a file; a commune with the app
// keeps it in its own archive, writes its report to it, exports it.
func TestTemplateFileToAnotherArchive(t *testing.T) {
	dir := t.TempDir()
	province, commune := filepath.Join(dir, "tinh.db"), filepath.Join(dir, "xa.db")
	tp := reporttest.Template(t)
	src := filepath.Join(dir, "mau.json")
	if err := report.WriteTemplateFile(src, tp); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := baocao(t, "template", "import", src, "--db", province); code != exitOK || !strings.Contains(out, "đã lưu mẫu") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	issued := filepath.Join(dir, "mau-ban-hanh.json")
	if code, _, errs := baocao(t, "template", "export", reporttest.TemplateID, "-o", issued, "--db", province); code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	unit := filepath.Join(dir, "xa.json")
	code, out, errs := baocao(t, "new", "--template", issued, "--period", "Y", "--year", "2026", "-o", unit, "--db", commune)
	if code != exitOK || !strings.Contains(out, "năm 2026") {
		t.Fatalf("new: %d %s %s", code, out, errs)
	}
	if code, out, _ := baocao(t, "template", "list", "--db", commune); code != exitOK || !strings.Contains(out, "Tuyên giáo và dân vận Ninh Bình 2026") || !strings.Contains(out, "đã ban hành") {
		t.Errorf("the commune's archive lacks the template:\n%s", out)
	}
	r, err := report.ReadFile(unit)
	if err != nil {
		t.Fatal(err)
	}
	if r.Template() != tp.Ref() || r.Sections[len(r.Sections)-1].Guidance != "Nêu số mô hình {dv.mohinh}." {
		t.Errorf("new report: %v", r.Template())
	}
	filled := reporttest.GiaVien(tp)
	if err := report.WriteFile(unit, filled); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := baocao(t, "export", unit, "--pdf", filepath.Join(dir, "xa.pdf"), "--xlsx", filepath.Join(dir, "xa.xlsx"), "--docx", filepath.Join(dir, "xa.docx")); code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	back, err := load(filepath.Join(dir, "xa.xlsx"))
	if err != nil || back.Template() != tp.Ref() || *back.Figures["dv.giaiquyet"].Value != 30 {
		t.Errorf("the workbook read back: %v %v", back, err)
	}
	// A period the template does not serve is refused.
	narrow := tp.Clone()
	narrow.ID, narrow.Periods = "mhep", []string{report.ClassYear}
	np := filepath.Join(dir, "hep.json")
	report.WriteTemplateFile(np, narrow)
	if code, _, errs := baocao(t, "new", "--template", np, "--period", "M3", "-o", filepath.Join(dir, "x.json")); code != exitInput || !strings.Contains(errs, "không dùng cho kỳ tháng 3") {
		t.Errorf("a period not served: %d %s", code, errs)
	}
}

// 130 communes on the province's template consolidate; the one still on
// the older version is named with what it lacked; forms of the template
// carry its indicators and outline.
func TestConsolidate130Communes(t *testing.T) {
	dir := t.TempDir()
	v1 := reporttest.Template(t)
	v2 := reporttest.Version(t, v1, 2, map[string]string{"dv.doithoai": "Số hội nghị đối thoại với Nhân dân"})
	head := filepath.Join(dir, "tinh.json")
	if err := report.WriteFile(head, reporttest.Head(v2)); err != nil {
		t.Fatal(err)
	}
	args := []string{"consolidate", "--as", head, "-o", filepath.Join(dir, "tong-hop.json"), "--pdf", filepath.Join(dir, "tong-hop.pdf"), "--docx", filepath.Join(dir, "tong-hop.docx")}
	for i := range 130 {
		tp := v2
		if i == 77 {
			tp = v1
		}
		r := reporttest.Unit(tp, fmt.Sprintf("SỐ %d", i+1), map[string]int64{"dv.mohinh": 1, "dv.kiennghi": 10, "dv.giaiquyet": 5, "llct.lop": 1, "llct.hocvien": 30})
		if tp == v2 {
			r.Figures["dv.doithoai"] = report.Figure{Value: report.Int(2)}
		}
		p := filepath.Join(dir, fmt.Sprintf("xa-%03d.json", i+1))
		if err := report.WriteFile(p, r); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	code, out, errs := baocao(t, args...)
	if code != exitOK {
		t.Fatalf("consolidate: %d %s %s", code, out, errs)
	}
	if !strings.Contains(errs, "xa-078.json: cảnh báo: BAN XÂY DỰNG ĐẢNG ĐẢNG ỦY XÃ SỐ 78 theo mẫu «Tuyên giáo và dân vận Ninh Bình 2026» (phiên bản 1), báo cáo tổng hợp theo phiên bản 2: thiếu 1 chỉ tiêu (để trống): Số hội nghị đối thoại với Nhân dân (dv.doithoai)") {
		t.Errorf("the older unit is not named:\n%s", errs)
	}
	got, err := report.ReadFile(filepath.Join(dir, "tong-hop.json"))
	if err != nil {
		t.Fatal(err)
	}
	f := got.Figures
	if *f["dv.mohinh"].Value != 130 || *f["dv.doithoai"].Value != 129*2 || *f["llct.hocvien"].Value != 3900 || len(got.Breakdown) != 130 {
		t.Errorf("sums: %d %d %d, %d units", *f["dv.mohinh"].Value, *f["dv.doithoai"].Value, *f["llct.hocvien"].Value, len(got.Breakdown))
	}
	if v := got.Evaluate().Row("dv.tyle").Value; v.N != 50 {
		t.Errorf("ratio of the sums %v", v)
	}
	// A unit of another template is refused, naming the file and both.
	other := report.Sample()
	other.Period = report.Period{Year: 2026, Kind: report.KindYear}
	op := filepath.Join(dir, "khac.json")
	report.WriteFile(op, other)
	_, _, errs = baocao(t, "consolidate", "--as", head, "-o", filepath.Join(dir, "x.json"), "--skip-bad", args[len(args)-1], op)
	if !strings.Contains(errs, "khac.json: lỗi:") || !strings.Contains(errs, "«Công tác tuyên giáo» (phiên bản 1), không phải mẫu «Tuyên giáo và dân vận Ninh Bình 2026» (phiên bản 2)") {
		t.Errorf("another template:\n%s", errs)
	}
	// Forms of the head's template: its indicators and its outline.
	forms := filepath.Join(dir, "bieu-mau")
	if code, out, errs := baocao(t, "forms", "--as", head, "--out", forms, "--template", mustTemplateFile(t, dir, v2)); code != exitOK {
		t.Fatalf("forms: %d %s %s", code, out, errs)
	} else {
		form := strings.TrimSpace(out)
		r, err := load(form)
		if err != nil {
			t.Fatal(err)
		}
		if r.Template() != v2.Ref() || r.Catalogue().Indicator("dv.doithoai") == nil || r.Sections[len(r.Sections)-1].Heading != "1. Công tác dân vận" {
			t.Errorf("the form: template %v", r.Template())
		}
	}
	if code, _, errs := baocao(t, "forms", "--as", head, "--out", filepath.Join(dir, "bm2"), "--template", mustTemplateFile(t, dir, v1)); code != exitInput || !strings.Contains(errs, "không phải mẫu") {
		t.Errorf("forms of another version than the head's: %d %s", code, errs)
	}
}

func mustTemplateFile(t *testing.T, dir string, tp *report.Template) string {
	t.Helper()
	p := filepath.Join(dir, fmt.Sprintf("mau-v%d.json", tp.Version))
	if err := report.WriteTemplateFile(p, tp); err != nil {
		t.Fatal(err)
	}
	return p
}
