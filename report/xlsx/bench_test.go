package xlsx

import (
	"bytes"
	"io"
	"testing"

	"baocao/report"
)

// BenchmarkWriteSample exports the sample (target: under 30 ms).
func BenchmarkWriteSample(b *testing.B) {
	r := report.Sample()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadSample imports one unit's workbook (target: under 20 ms).
func BenchmarkReadSample(b *testing.B) {
	data := export(b, report.Sample())
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), int64(len(data)), "bc.xlsx"); err != nil {
			b.Fatal(err)
		}
	}
}
