package report

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// sampleWith returns the sample report file with a change applied to its
// JSON text.
func sampleWith(t *testing.T, old, new string) []byte {
	t.Helper()
	s := string(SampleJSON())
	if !strings.Contains(s, old) {
		t.Fatalf("sample has no %q", old)
	}
	return []byte(strings.Replace(s, old, new, 1))
}

// TestBadInput covers the bad input of the command line contract: each
// case either fails to parse or fails validation with a Vietnamese message
// that names the field.
func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name     string
		data     []byte
		parseErr string // expected in the parse error, or "" when it parses
		field    string // expected problem field
		message  string // expected in the message
	}{
		{"malformed JSON", []byte(`{"format": "baocao.report/1", "organization": {`), "JSON bị cắt cụt", "", ""},
		{"syntax error", []byte("{\n\"format\": \"baocao.report/1\",\n\"number\": 45,,\n}"), "dòng 3", "", ""},
		{"wrong type", sampleWith(t, `"number": "45"`, `"number": 45`), "trường number", "", ""},
		{"not a report", []byte(`{"hello": 1}`), "thiếu trường \"format\"", "", ""},
		{"newer format", sampleWith(t, `"baocao.report/1"`, `"baocao.report/2"`), "mới hơn", "", ""},
		{"empty file", []byte(""), "tệp rỗng", "", ""},
		{"fractional figure", sampleWith(t, `"value": 35}`, `"value": 35.5}`), "figures.llct.lop.value: 35.5 không phải số nguyên", "", ""},
		{"text figure", sampleWith(t, `"value": 35}`, `"value": "35"}`), "figures.llct.lop.value", "", ""},
		{"unknown part", sampleWith(t, `"value": 35}`, `"vlaue": 35}`), "trường lạ \"vlaue\"", "", ""},
		{"unknown code", sampleWith(t, `"llct.lop"`, `"llct.lops"`), "", "figures.llct.lops", "không có trong danh mục"},
		{"negative figure", sampleWith(t, `"value": 35}`, `"value": -5}`), "", "figures.llct.lop.value", "số âm"},
		{"learners without classes", sampleWith(t, `"llct.lop": {"value": 35},`, ``), "", "figures.llct.hocvien.value", "chưa nhập số lớp"},
		{"learners with zero classes", sampleWith(t, `"value": 35}`, `"value": 0}`), "", "figures.llct.hocvien.value", "số lớp bồi dưỡng lý luận chính trị đã mở là 0"},
		{"impossible date", sampleWith(t, `"2019-07-05"`, `"2019-02-30"`), "", "date", "2019-02-30"},
		{"impossible document date", sampleWith(t, `"2019-03-15"`, `"2019-02-30"`), "", "documents[0].date", "Văn bản thứ 1"},
		{"unknown placeholder", sampleWith(t, `{llct.lop} lớp`, `{llct.lopp} lớp`), "", "sections[4].text", "llct.lopp"},
		{"unknown placeholder field", sampleWith(t, `{llct.lop} lớp`, `{llct.lop:plans} lớp`), "", "sections[4].text", "plans"},
		{"placeholder without figure", sampleWith(t, `{llct.lop} lớp`, `{llct.lop:plan} lớp`), "", "sections[4].text", "chưa có số liệu"},
		{"empty organization name", sampleWith(t, `"name": "BAN TUYÊN GIÁO"`, `"name": " "`), "", "organization.name", "Tên cơ quan ban hành"},
		{"unknown period kind", sampleWith(t, `"kind": "H1"`, `"kind": "Q5"`), "", "period.kind", "Q5"},
		{"month zero", sampleWith(t, `"kind": "H1"`, `"kind": "M0"`), "", "period.kind", "M0"},
		{"unknown document kind", sampleWith(t, `"kind": "chithi"`, `"kind": "congvan"`), "", "documents[0].kind", "congvan"},
		{"typed count disagrees with the list", sampleWith(t, `"llct.lop": {`, `"vb.chithi": {"value": 3}, "llct.lop": {`), "", "figures.vb.chithi.value", "danh sách văn bản có 1"},
		{"derived figure typed", sampleWith(t, `"llct.lop": {`, `"vb.tong": {"value": 3}, "llct.lop": {`), "", "figures.vb.tong", "tính tự động"},
		{"escape sequence in a name", sampleWith(t, `"name": "BAN TUYÊN GIÁO"`, `"name": "BAN \u001b[2J TUYÊN GIÁO"`), "", "organization.name", "có ký tự điều khiển U+001B (ESC) ở ký tự thứ 5"},
		{"line break in the superior", sampleWith(t, `"TỈNH ỦY HÀ NAM"`, `"TỈNH ỦY\nHÀ NAM"`), "", "organization.superior", "U+000A (xuống dòng)"},
		{"zero-width signer", sampleWith(t, `"name": "Trần Đức Thuần"`, `"name": "\u200b\u200d \u00ad"`), "", "signer.name", "Họ tên người ký chỉ có ký tự vô hình"},
		{"zero-width place", sampleWith(t, `"place": "Hà Nam"`, `"place": "\ufeff"`), "", "organization.place", "Địa danh (ví dụ Ninh Bình) chỉ có ký tự vô hình"},
		{"control in the title", sampleWith(t, `"title": "TRƯỞNG BAN"`, `"title": "TRƯỞNG\u0007BAN"`), "", "signer.title", "U+0007"},
		{"tab in a recipient", sampleWith(t, `"recipients": [`, `"recipients": ["Ban\tTuyên giáo", `), "", "recipients[0]", "Nơi nhận thứ 1 có ký tự điều khiển U+0009 (tab)"},
		{"not UTF-8", sampleWith(t, `"name": "BAN TUYÊN GIÁO"`, "\"name\": \"BAN TUY\xcaN GI\xc1O\""), "byte 0xCA không phải UTF-8 ở dòng 5, cột 21", "", ""},
		{"number with slash", sampleWith(t, `"number": "45"`, `"number": "45-BC/BTGTU"`), "", "number", "chỉ ghi số"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Parse(tc.data)
			if tc.parseErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.parseErr) {
					t.Fatalf("Parse error = %v, want one containing %q", err, tc.parseErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			ps := DefaultCatalogue().Validate(r)
			if !ps.HasErrors() {
				t.Fatalf("no error; problems: %v", ps)
			}
			found := false
			for _, p := range ps.Errors() {
				if p.Field == tc.field && strings.Contains(p.Message, tc.message) {
					found = true
				}
			}
			if !found {
				t.Errorf("no error on %s containing %q; problems: %v", tc.field, tc.message, ps)
			}
		})
	}
}

func TestDecomposedTextIsComposed(t *testing.T) {
	nfd := norm.NFD.String("BAN TUYÊN GIÁO")
	if nfd == "BAN TUYÊN GIÁO" {
		t.Fatal("test string is not decomposed")
	}
	r, err := Parse(sampleWith(t, `"name": "BAN TUYÊN GIÁO"`, `"name": "`+nfd+`"`))
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization.Name != "BAN TUYÊN GIÁO" {
		t.Errorf("name = %q (%d bytes), want composed", r.Organization.Name, len(r.Organization.Name))
	}
	if ps := DefaultCatalogue().Validate(r); len(ps) != 0 {
		t.Errorf("problems: %v", ps)
	}
}

func figuresReport(figs map[string]Figure) *Report {
	r := Sample()
	r.Figures = figs
	r.Documents = nil
	r.Sections = nil
	return r
}

func TestRules(t *testing.T) {
	v := Int
	for _, tc := range []struct {
		name     string
		figs     map[string]Figure
		kind     string
		severity Severity
		field    string
		message  string // "" means: no problem at all
	}{
		{"fine", map[string]Figure{"llct.lop": {Value: v(35)}, "llct.hocvien": {Value: v(3286)}}, KindH1, "", "", ""},
		{"learners below classes", map[string]Figure{"llct.lop": {Value: v(35)}, "llct.hocvien": {Value: v(30)}}, KindH1, Error, "figures.llct.hocvien.value", "ít hơn"},
		{"training learners below classes", map[string]Figure{"th.lop": {Value: v(5)}, "th.hocvien": {Value: v(2)}}, KindH1, Error, "figures.th.hocvien.value", "ít hơn"},
		{"zero classes zero learners", map[string]Figure{"llct.lop": {Value: v(0)}, "llct.hocvien": {Value: v(0)}}, KindH1, "", "", ""},
		{"participants above eligible", map[string]Figure{"nq.hoinghi": {Value: v(3)}, "nq.thamgia": {Value: v(120)}, "nq.dienhoc": {Value: v(100)}}, KindH1, Error, "figures.nq.thamgia.value", "lớn hơn"},
		{"participants without conferences", map[string]Figure{"nq.hoinghi": {Value: v(0)}, "nq.thamgia": {Value: v(120)}}, KindH1, Error, "figures.nq.thamgia.value", "là 0"},
		{"participants, conferences unreported", map[string]Figure{"nq.thamgia": {Value: v(120)}}, KindH1, Error, "figures.nq.thamgia.value", "chưa nhập"},
		{"average above 500", map[string]Figure{"llct.lop": {Value: v(2)}, "llct.hocvien": {Value: v(1200)}}, KindH1, Warning, "figures.llct.hocvien.value", "Bình quân 600"},
		{"outlier up", map[string]Figure{"bcv.cuoc": {Value: v(400), Previous: v(100)}}, KindH1, Warning, "figures.bcv.cuoc.value", "gấp hơn 3 lần"},
		{"outlier down", map[string]Figure{"bcv.cuoc": {Value: v(30), Previous: v(100)}}, KindH1, Warning, "figures.bcv.cuoc.value", "dưới 1/3"},
		{"no outlier on small previous", map[string]Figure{"bcv.cuoc": {Value: v(40), Previous: v(9)}}, KindH1, "", "", ""},
		{"above plan in half year", map[string]Figure{"bcv.cuoc": {Value: v(120), Plan: v(100)}}, KindH1, Warning, "figures.bcv.cuoc.value", "vượt kế hoạch"},
		{"above plan in a year report is fine", map[string]Figure{"bcv.cuoc": {Value: v(120), Plan: v(100)}}, KindYear, "", "", ""},
		{"too large", map[string]Figure{"bcv.luot": {Value: v(1_000_000_000)}}, KindH1, Error, "figures.bcv.luot.value", "lớn bất thường"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := figuresReport(tc.figs)
			r.Period.Kind = tc.kind
			if tc.kind == KindYear {
				r.Summary = SuggestSummary(nil, r.Period)
			}
			ps := DefaultCatalogue().Validate(r)
			if tc.message == "" {
				if len(ps) != 0 {
					t.Fatalf("problems: %v", ps)
				}
				return
			}
			for _, p := range ps {
				if p.Severity == tc.severity && p.Field == tc.field && strings.Contains(p.Message, tc.message) {
					return
				}
			}
			t.Errorf("want %s on %s containing %q; got %v", tc.severity, tc.field, tc.message, ps)
		})
	}
}

func TestEvaluate(t *testing.T) {
	v := Int
	r := figuresReport(map[string]Figure{
		"llct.lop":     {Value: v(180), Previous: v(150), Plan: v(281)},
		"nq.hoinghi":   {Value: v(12)},
		"nq.thamgia":   {Value: v(9916), Previous: v(9000)},
		"nq.dienhoc":   {Value: v(10000), Previous: v(10000)},
		"vb.chithi":    {Value: v(2), Previous: v(1)},
		"vb.kehoach":   {Value: v(3)},
		"llct.hocvien": {Value: v(16212)},
	})
	s := DefaultCatalogue().Evaluate(r)
	check := func(code string, got Value, want string) {
		t.Helper()
		if f := s.Row(strings.Fields(code)[0]).Format(got); f != want {
			t.Errorf("%s = %q, want %q", code, f, want)
		}
	}
	row := s.Row("llct.lop")
	if got := FormatPercent(row.VsPlan.N); got != "64,06%" {
		t.Errorf("vs plan %q", got)
	}
	if got := FormatPercent(row.VsPrevious.N); got != "120%" {
		t.Errorf("vs previous %q", got)
	}
	check("nq.tyle", s.Row("nq.tyle").Value, "99,16%")
	check("nq.tyle previous", s.Row("nq.tyle").Previous, "90%")
	check("vb.tong", s.Row("vb.tong").Value, "5")
	check("vb.tong previous", s.Row("vb.tong").Previous, "1")
	if s.Row("vb.tong").Plan.OK {
		t.Error("vb.tong plan is reported although no vb plan is")
	}
	if s.Row("bcv.cuoc").Reported() {
		t.Error("bcv.cuoc reported but not in the report")
	}
	if s.Row("nq.tyle").VsPrevious.OK {
		t.Error("a ratio has no percentage of a percentage")
	}
	// With a documents list, the vb counts come from it.
	r.Figures["vb.chithi"] = Figure{Previous: v(1)}
	r.Figures["vb.kehoach"] = Figure{}
	r.Documents = []Document{{Kind: DocChiThi, Summary: "a"}, {Kind: DocNghiQuyet, Summary: "b"}}
	s = DefaultCatalogue().Evaluate(r)
	check("vb.chithi", s.Row("vb.chithi").Value, "1")
	check("vb.nghiquyet", s.Row("vb.nghiquyet").Value, "1")
	check("vb.kehoach", s.Row("vb.kehoach").Value, "0")
	check("vb.tong", s.Row("vb.tong").Value, "2")
	if !s.Row("vb.chithi").FromDocuments {
		t.Error("vb.chithi not marked as counted from documents")
	}
	groups := s.Groups(true)
	if len(groups) != 3 || groups[0].ID != "llct" || groups[1].ID != "nq" || groups[2].ID != "vb" {
		t.Errorf("reported groups = %v", groups)
	}
}

func TestPlaceholders(t *testing.T) {
	v := Int
	r := figuresReport(map[string]Figure{"llct.lop": {Value: v(180), Previous: v(150), Plan: v(281)}, "llct.hocvien": {Value: v(16212)}})
	s := DefaultCatalogue().Evaluate(r)
	got, err := s.ResolveAll("{llct.lop} lớp, {llct.hocvien} học viên, đạt {llct.lop:vs_plan} kế hoạch năm ({llct.lop:plan}); cùng kỳ {llct.lop:previous}, bằng {llct.lop:vs_previous}. {Ghi chú} {}")
	want := "180 lớp, 16.212 học viên, đạt 64,06% kế hoạch năm (281); cùng kỳ 150, bằng 120%. {Ghi chú} {}"
	if err != nil || got != want {
		t.Errorf("ResolveAll = %q, %v\nwant %q", got, err, want)
	}
	if _, err := s.ResolveAll("{llct.hocvien:plan}"); err == nil {
		t.Error("an unreported placeholder resolved")
	}
	if _, err := s.ResolveAll("{abc}"); err == nil {
		t.Error("an unknown placeholder resolved")
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	r := Sample()
	data, err := Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Marshal(back)
	if string(again) != string(data) {
		t.Errorf("round trip differs:\n%s\n---\n%s", data, again)
	}
	if !strings.Contains(string(data), `"llct.hocvien": {`) || strings.Contains(string(data), `\u`) {
		t.Errorf("marshalled file is not readable UTF-8 JSON:\n%s", data)
	}
}

// A new report of a template: every problem is an empty field, for a form
// to hold back until the clerk has been there.
func TestNewReportProblemsAreEmptyFields(t *testing.T) {
	r := BuiltinTemplate(TemplateTGDV, 1).NewReport(Period{2026, KindYear})
	ps := r.Validate()
	if len(ps) == 0 {
		t.Fatal("no problems on an empty report")
	}
	for _, p := range ps {
		if !p.Empty {
			t.Errorf("not an empty-field problem: %v", p)
		}
	}
	r.Date = "2026-02-30"
	for _, p := range r.Validate().For("date") {
		if p.Empty {
			t.Errorf("a wrong date taken for an empty one: %v", p)
		}
	}
}
