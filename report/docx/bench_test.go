package docx

import (
	"io"
	"testing"

	"baocao/report"
)

// BenchmarkExportSample writes the sample report as a Word document in
// memory.
func BenchmarkExportSample(b *testing.B) {
	r := report.Sample()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExport40Pages writes a narrative of about 40 pages (40 in our
// PDF and in LibreOffice's layout of the document, TestLibreOfficeLongNarrative).
func BenchmarkExport40Pages(b *testing.B) {
	r := repeatedSample(19)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
