package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// wantErr checks that reading data fails with a message naming the file
// and containing want.
func wantErr(t *testing.T, data []byte, want string) {
	t.Helper()
	r, err := readBytes(data)
	if err == nil {
		t.Fatalf("no error (report %v)", r != nil)
	}
	if !strings.HasPrefix(err.Error(), "bc.xlsx") || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %q, want bc.xlsx…%q", err, want)
	}
}

func TestReadNotAWorkbook(t *testing.T) {
	wantErr(t, report.SampleJSON(), "không phải tệp Excel (.xlsx)")
	wantErr(t, nil, "không phải tệp Excel")
	wantErr(t, []byte("PK\x03\x04 but not a zip"), "bị hỏng")
}

func TestReadOtherProgramsWorkbook(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "Số lớp")
	f.SetCellValue("Sheet1", "B1", 35)
	wantErr(t, save(t, f), "không phải tệp Excel do Báo cáo sơ kết xuất ra")
}

func TestReadNewerFormat(t *testing.T) {
	f := open(t, export(t, report.Sample()))
	f.SetCellStr(sheetMeta, "B1", "baocao.xlsx/2")
	wantErr(t, save(t, f), "phiên bản mới hơn")
}

func TestReadFiguresSheetDeleted(t *testing.T) {
	f := open(t, export(t, report.Sample()))
	if err := f.DeleteSheet(sheetFigures); err != nil {
		t.Fatal(err)
	}
	wantErr(t, save(t, f), "không thấy trang số liệu")
}

func TestReadTruncated(t *testing.T) {
	data := export(t, report.Sample())
	for _, n := range []int{10, 100, len(data) / 3, len(data) / 2, len(data) - 30, len(data) - 1} {
		t.Run(fmt.Sprint(n), func(t *testing.T) { wantErr(t, data[:n], "hỏng") })
	}
}

func TestReadPasswordProtected(t *testing.T) {
	f := open(t, export(t, report.Sample()))
	var buf bytes.Buffer
	if err := f.Write(&buf, excelize.Options{Password: "matkhau"}); err != nil {
		t.Fatal(err)
	}
	if !IsWorkbook(buf.Bytes()) {
		t.Fatal("an encrypted workbook is not recognised")
	}
	wantErr(t, buf.Bytes(), "tệp có mật khẩu")
}

func TestReadOldXLS(t *testing.T) {
	data := append(append([]byte{}, oleMagic...), make([]byte, 4096)...)
	wantErr(t, data, "Excel 97–2003")
	wantErr(t, data, "Lưu thành")
}

func TestReadTooLarge(t *testing.T) {
	_, err := Read(hugeReader{}, 1<<40, "to.xlsx")
	if err == nil || !strings.Contains(err.Error(), "to.xlsx: tệp quá lớn") {
		t.Fatalf("got %v", err)
	}
}

// hugeReader is a file of a terabyte that must not be read.
type hugeReader struct{}

func (hugeReader) ReadAt(p []byte, off int64) (int, error) {
	panic("the file was read")
}

// A panic while reading becomes an error naming the file.
func TestReadPanicBecomesError(t *testing.T) {
	_, err := Read(hugeReader{}, 100, "hong.xlsx")
	if err == nil || !strings.HasPrefix(err.Error(), "hong.xlsx: tệp Excel bị hỏng") {
		t.Fatalf("got %v", err)
	}
}

// zipBomb builds a workbook whose sheet unpacks to size bytes of zeros
// (2 GB pack to about 2 MB). declared is the size the zip directory
// claims: the real one, or a lie.
func zipBomb(t testing.TB, size, declared uint64) []byte {
	t.Helper()
	// One megabyte of zeros compresses to a byte-aligned run of deflate
	// blocks that can be repeated: every back-reference finds zeros.
	const chunk = 1 << 20
	var block bytes.Buffer
	fw, _ := flate.NewWriter(&block, flate.BestCompression)
	fw.Write(make([]byte, chunk))
	fw.Flush()
	var final bytes.Buffer
	fw2, _ := flate.NewWriter(&final, flate.BestCompression)
	fw2.Close()
	var stream bytes.Buffer
	for range size / chunk {
		stream.Write(block.Bytes())
	}
	stream.Write(final.Bytes())
	crc := crc32.NewIEEE()
	zeros := make([]byte, chunk)
	for range size / chunk {
		crc.Write(zeros)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	src, _ := zip.NewReader(bytes.NewReader(export(t, report.Sample())), int64(len(export(t, report.Sample()))))
	for _, f := range src.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			w, err := zw.CreateRaw(&zip.FileHeader{
				Name: f.Name, Method: zip.Deflate, CRC32: crc.Sum32(),
				CompressedSize64: uint64(stream.Len()), UncompressedSize64: declared,
			})
			if err != nil {
				t.Fatal(err)
			}
			w.Write(stream.Bytes())
			continue
		}
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	zw.Close()
	return buf.Bytes()
}

func TestReadZipBomb(t *testing.T) {
	const size = 2 << 30
	for _, tc := range []struct {
		name     string
		declared uint64
		want     string
	}{
		{"honest", size, "giải nén ra quá lớn"},
		{"lying", 2000, "hỏng"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := zipBomb(t, size, tc.declared)
			if len(data) > 4<<20 {
				t.Fatalf("the bomb is %d bytes", len(data))
			}
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := readBytes(data)
			runtime.ReadMemStats(&after)
			if err == nil || !strings.HasPrefix(err.Error(), "bc.xlsx") || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			heap := int64(after.HeapInuse) - int64(before.HeapInuse)
			t.Logf("%d-byte bomb: allocated %d kB, heap %+d kB", len(data), alloc>>10, heap>>10)
			if alloc > 200<<20 || heap > 200<<20 {
				t.Fatalf("reading the bomb took %d MB", alloc>>20)
			}
		})
	}
}

// replacePart returns the exported sample with one part's XML replaced.
func replacePart(t testing.TB, data []byte, name string, content []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if f.Name == name {
			w, _ := zw.Create(name)
			w.Write(content)
			continue
		}
		zw.Copy(f)
	}
	zw.Close()
	return buf.Bytes()
}

// Sheets that would make excelize allocate per cell up to the last column
// of every row, or a style sheet of a million styles, are refused before
// excelize sees them, with little memory.
func TestReadExpensiveSheets(t *testing.T) {
	data := export(t, report.Sample())
	var wide bytes.Buffer
	wide.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i := 1; i <= 20000; i++ {
		fmt.Fprintf(&wide, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, i, i)
	}
	wide.WriteString(`</sheetData></worksheet>`)
	var far bytes.Buffer
	far.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>`)
	var styles bytes.Buffer
	styles.WriteString(`<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>`)
	for styles.Len() < 3<<20 {
		styles.WriteString(`<xf/>`)
	}
	styles.WriteString(`</cellXfs></styleSheet>`)
	for _, tc := range []struct {
		name, part string
		xml        []byte
		want       string
	}{
		{"a cell in the last column of every row", "xl/worksheets/sheet2.xml", wide.Bytes(), "quá lớn"},
		{"the last row", "xl/worksheets/sheet2.xml", far.Bytes(), "quá lớn"},
		{"a million styles", "xl/styles.xml", styles.Bytes(), "quá lớn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := replacePart(t, data, tc.part, tc.xml)
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := readBytes(bad)
			runtime.ReadMemStats(&after)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v", err)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
				t.Fatalf("took %d MB", alloc>>20)
			}
		})
	}
}

func TestIsWorkbook(t *testing.T) {
	for _, tc := range []struct {
		head []byte
		want bool
	}{
		{[]byte("PK\x03\x04\x14\x00"), true},
		{oleMagic, true},
		{[]byte("{\n  \"format\""), false},
		{[]byte("PK"), false},
		{nil, false},
	} {
		if got := IsWorkbook(tc.head); got != tc.want {
			t.Errorf("IsWorkbook(%q) = %v", tc.head, got)
		}
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "bc.json") // a workbook whatever its name
	if err := WriteFile(book, report.Sample()); err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(dir, "bc.xlsx") // a report file whatever its name
	if err := report.WriteFile(js, report.Sample()); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{book, js} {
		r, err := LoadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sameReport(t, report.Sample(), r)
	}
	bad := filepath.Join(dir, "hong.xlsx")
	os.WriteFile(bad, []byte("PK\x03\x04 rác"), 0o644)
	if _, err := LoadFile(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Fatalf("got %v", err)
	}
	if _, err := LoadFile(filepath.Join(dir, "khong-co.xlsx")); err == nil || !strings.Contains(err.Error(), "khong-co.xlsx") {
		t.Fatalf("got %v", err)
	}
	js2 := filepath.Join(dir, "sai.json")
	os.WriteFile(js2, []byte(`{"format": 1}`), 0o644)
	if _, err := LoadFile(js2); err == nil || !strings.Contains(err.Error(), js2) {
		t.Fatalf("got %v", err)
	}
}

// The largest parts the limits let through still read in bounded memory:
// a sheet of small cells carrying a mark, and a style sheet of empty
// styles.
func TestReadLargestAcceptedParts(t *testing.T) {
	data := export(t, report.Sample())
	var big bytes.Buffer
	big.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	fmt.Fprintf(&big, `<row r="1"><c r="F1" t="inlineStr"><is><t>%s</t></is></c></row>`, markDocuments)
	for row := 2; big.Len() < maxPart-(maxCols+1)*32 && row*maxCols < maxCells && row < maxRows; row++ {
		fmt.Fprintf(&big, `<row r="%d">`, row)
		for c := 1; c <= maxCols; c++ {
			fmt.Fprintf(&big, `<c r="%s%d"><v>1</v></c>`, colName(c), row)
		}
		big.WriteString(`</row>`)
	}
	big.WriteString(`</sheetData></worksheet>`)
	var styles bytes.Buffer
	styles.WriteString(`<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>`)
	for styles.Len() < maxStyles-100 {
		styles.WriteString(`<xf/>`)
	}
	styles.WriteString(`</cellXfs></styleSheet>`)
	for name, bad := range map[string][]byte{
		"marked sheet": replacePart(t, data, "xl/worksheets/sheet2.xml", big.Bytes()),
		"styles":       replacePart(t, data, "xl/styles.xml", styles.Bytes()),
	} {
		var err error
		peak, alloc := peakHeap(func() { _, err = readBytes(bad) })
		t.Logf("%s: allocated %d MB, heap at most %d MB; %.120v", name, alloc>>20, peak>>20, err)
		if err != nil && strings.Contains(err.Error(), "quá lớn") {
			t.Errorf("%s: refused: %v", name, err)
		}
		// The cells of a sheet of maxCells are read into memory, and
		// excelize's decoding of each leaves garbage behind.
		if peak > 150<<20 || alloc > 400<<20 {
			t.Errorf("%s: heap %d MB, allocated %d MB", name, peak>>20, alloc>>20)
		}
	}
}

// peakHeap runs fn and returns the most heap it had in use at once (sampled
// every 5 ms) above what was in use before, and what it allocated in all.
func peakHeap(fn func()) (peak, alloc uint64) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	done := make(chan struct{})
	sampled := make(chan uint64)
	go func() {
		var m runtime.MemStats
		top := uint64(0)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				sampled <- top
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				top = max(top, m.HeapAlloc)
			}
		}
	}()
	fn()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	close(done)
	top := max(<-sampled, after.HeapAlloc)
	if top > before.HeapAlloc {
		peak = top - before.HeapAlloc
	}
	return peak, after.TotalAlloc - before.TotalAlloc
}
