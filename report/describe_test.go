package report

import (
	"strings"
	"testing"
)

func TestUsedBy(t *testing.T) {
	c := DefaultCatalogue()
	got := strings.Join(c.UsedBy("nq.dienhoc"), "; ")
	for _, want := range []string{"«Tỷ lệ cán bộ, đảng viên tham gia học tập»", "quy tắc thứ 3: «Số cán bộ, đảng viên tham gia học tập» ≤ «Số cán bộ, đảng viên thuộc diện học tập»"} {
		if !strings.Contains(got, want) {
			t.Errorf("UsedBy(nq.dienhoc) = %q lacks %q", got, want)
		}
	}
	if u := c.UsedBy("bcv.luot"); len(u) != 0 {
		t.Errorf("bcv.luot used by %v", u)
	}
	if f := c.Formula(c.Indicator("vb.tong")); !strings.HasPrefix(f, "«Chỉ thị tham mưu ban hành» + «Nghị quyết") {
		t.Errorf("formula %q", f)
	}
}

func TestOutlineOfReport(t *testing.T) {
	r := Sample()
	r.Sections = append(r.Sections, Section{Heading: CompletenessHeading, Text: "Đã gửi: 3."})
	out := Outline(r)
	if len(out) != len(r.Sections)-1 || out[1].Heading != r.Sections[1].Heading || out[1].Text != "" {
		t.Errorf("outline %+v", out)
	}
}
