package xlsx

import (
	"bytes"
	"testing"

	"baocao/report"
)

// BenchmarkReadForm imports one form filled by another program (excelize's
// ordinary API), the unit of a consolidation of returned forms.
func BenchmarkReadForm(b *testing.B) {
	f := open(b, writeForm(b, Form{Head: report.Sample()}))
	fillNamed(b, f, map[string]any{"superior": "HUYỆN ỦY KIM BẢNG", "name": "BAN TUYÊN GIÁO", "llct.lop": 3, "llct.hocvien": 90, "date": "05/07/2019"})
	data := save(b, f)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), int64(len(data)), "bm.xlsx"); err != nil {
			b.Fatal(err)
		}
	}
}
