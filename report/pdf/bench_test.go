package pdf

import (
	"bytes"
	"io"
	"testing"

	"baocao/report"
)

// BenchmarkExportSample exports the sample report in memory. Target:
// under 20 ms and 30 MB allocated an export.
func BenchmarkExportSample(b *testing.B) {
	r := report.Sample()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExport40Pages exports a narrative of about 40 pages. Target:
// under 200 ms an export.
func BenchmarkExport40Pages(b *testing.B) {
	r := loremReport(245, 42)
	var buf bytes.Buffer
	if err := Write(&buf, r, Options{}); err != nil {
		b.Fatal(err)
	}
	if n := bytes.Count(buf.Bytes(), []byte("/Type /Page\n")); n < 38 || n > 42 {
		b.Fatalf("%d pages, want about 40", n)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
