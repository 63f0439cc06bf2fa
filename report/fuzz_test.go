package report

import (
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds report files from other people to the parser and the
// checks: never a panic, and whatever parses validates, evaluates and
// writes back to a file that parses to the same bytes.
func FuzzParse(f *testing.F) {
	f.Add(SampleJSON())
	f.Add([]byte(`{"format":"baocao.report/1","figures":{"llct.lop":{"value":1e3}}}`))
	f.Add([]byte(`{"format":"baocao.report/1","figures":{"x":{"value":-0}},"sections":[{"text":"{x:vs_plan}"}]}`))
	f.Add([]byte(`{"format":"baocao.report/1","figures":{"nq.thamgia":{"value":5},"nq.dienhoc":{"value":0}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(data)
		if err != nil {
			if !utf8.ValidString(err.Error()) {
				t.Fatalf("error is not UTF-8: %q", err)
			}
			return
		}
		cat := DefaultCatalogue()
		cat.Validate(r)
		s := cat.Evaluate(r)
		for _, sec := range r.Sections {
			s.Resolve(sec.Text)
		}
		out, err := Marshal(r)
		if err != nil {
			return // e.g. invalid UTF-8 kept in a string
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("re-parse of marshalled report: %v\n%s", err, out)
		}
		again, _ := Marshal(back)
		if string(again) != string(out) {
			t.Fatalf("marshal is not stable:\n%s\n---\n%s", out, again)
		}
	})
}
