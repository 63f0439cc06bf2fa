package report

import (
	"strings"
	"testing"
)

func TestSampleIsValid(t *testing.T) {
	r := Sample()
	ps := DefaultCatalogue().Validate(r)
	if len(ps) != 0 {
		t.Fatalf("sample has problems: %v", ps)
	}
	s := DefaultCatalogue().Evaluate(r)
	for code, want := range map[string]string{"llct.lop": "35", "llct.hocvien": "3.286", "vb.chithi": "1", "vb.kehoach": "1", "vb.tong": "2"} {
		row := s.Row(code)
		if got := row.Format(row.Value); got != want {
			t.Errorf("%s = %q, want %q", code, got, want)
		}
	}
	for _, code := range []string{"nq.hoinghi", "bcv.cuoc", "nq.tyle", "th.lop"} {
		if s.Row(code).Value.OK {
			t.Errorf("%s is reported in the sample, but the article gives no such figure", code)
		}
	}
	text, err := s.ResolveAll(r.Sections[4].Text)
	if err != nil || !strings.Contains(text, "35 lớp với tổng số 3.286 học viên") {
		t.Errorf("resolved text = %q, %v", text, err)
	}
	if r.NumberLine() != "Số 45-BC/BTGTU" {
		t.Errorf("number line %q", r.NumberLine())
	}
}
