package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// bigReport is the sample with sections sections of a heading and two
// paragraphs and docs documents.
func bigReport(sections, docs int) *report.Report {
	r := report.Sample()
	for i := range sections {
		r.Sections = append(r.Sections, report.Section{Heading: fmt.Sprintf("%d. Phần thứ %d", i+4, i+4),
			Text: longText(300, i) + "\n\n" + longText(200, i+1)})
	}
	for i := range docs {
		r.Documents = append(r.Documents, report.Document{Kind: report.DocumentKinds[i%len(report.DocumentKinds)],
			Symbol: fmt.Sprintf("%d-CT/TU", i+1), Date: "2019-03-01", Summary: longText(150, i)})
	}
	return r
}

// What the app exports, at any size it exports, it imports: 5,000
// sections, 10,000 documents (both refused before as not ours).
func TestCapacityExportImports(t *testing.T) {
	for name, r := range map[string]*report.Report{
		"5,000 sections":   bigReport(5000, 0),
		"10,000 documents": bigReport(0, 10000),
	} {
		t.Run(name, func(t *testing.T) {
			data := export(t, r)
			got, err := readBytes(data)
			if err != nil {
				t.Fatalf("%d bytes: %.300v", len(data), err)
			}
			sameReport(t, r, got)
		})
	}
}

// A report beyond what reading accepts is refused on export, naming the
// sheet, instead of written and then refused on import.
func TestCapacityRefusedOnExport(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, bigReport(0, maxRows))
	if err == nil || !strings.Contains(err.Error(), `báo cáo quá lớn để xuất ra Excel: trang "Văn bản"`) {
		t.Fatalf("got %v", err)
	}
	if buf.Len() != 0 {
		t.Fatal("something was written")
	}
}

// checkWritten refuses a part over what reading accepts, naming its
// sheet, and lets one at the limit through; reading agrees.
func TestCheckWrittenSizes(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	pack := func(size int) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("xl/worksheets/sheet1.xml")
		w.Write(bytes.Repeat([]byte(" "), size))
		zw.Close()
		return buf.Bytes()
	}
	if err := checkWritten(f, pack(maxPart)); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	err := checkWritten(f, pack(maxPart+1))
	if err == nil || !strings.Contains(err.Error(), `trang "Sheet1" cần`) {
		t.Fatalf("over the limit: %v", err)
	}
	if _, err := precheck(bytes.NewReader(pack(maxPart+1)), int64(len(pack(maxPart+1)))); err == nil || !strings.Contains(err.Error(), "quá lớn") {
		t.Fatalf("reading over the limit: %v", err)
	}
}
