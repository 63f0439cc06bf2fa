package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"baocao/report"
)

// stored re-packs a workbook without compression and with no checksums,
// after replacing old by new in the part named part (if any), so that the
// fuzzer's mutations reach the XML instead of breaking the compression.
func stored(t testing.TB, data []byte, part, old, new string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		content := b.Bytes()
		if f.Name == part {
			content = []byte(strings.Replace(string(content), old, new, 1))
		}
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: f.Name, Method: zip.Store,
			CompressedSize64: uint64(len(content)), UncompressedSize64: uint64(len(content)),
		})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(content)
	}
	zw.Close()
	return buf.Bytes()
}

// panicOrigin returns the function a panic was raised in, from a stack.
func panicOrigin(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	origin := ""
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+2 < len(lines) {
			origin = lines[i+2]
		}
	}
	return origin
}

// addReadSeeds adds the seeds of the fuzz tests of Read: exported
// workbooks, stored uncompressed so that mutations reach the XML, cut
// short, or with a part changed.
func addReadSeeds(f *testing.F) {
	sample := export(f, report.Sample())
	f.Add(sample)
	f.Add(stored(f, sample, "", "", ""))
	for _, seed := range []uint64{3, 11} {
		f.Add(stored(f, export(f, generate(seed)), "", "", ""))
	}
	// A form, filled by name as another program would.
	form := open(f, writeForm(f, Form{Head: report.Sample(), Previous: map[string]int64{"llct.lop": 30}}))
	fillNamed(f, form, map[string]any{"name": "BAN TUYÊN GIÁO", "date": "05/7/2019", "llct.lop": 3, "llct.hocvien": "1.215"})
	f.Add(stored(f, save(f, form), "", "", ""))
	for _, n := range []int{len(sample) / 2, len(sample) - 22} {
		f.Add(sample[:n])
	}
	mutations := []struct{ part, old, new string }{
		{"xl/worksheets/sheet1.xml", "<v>3286</v>", "<v>-5</v>"},
		{"xl/worksheets/sheet1.xml", "<v>3286</v>", "<v>1e9</v>"},
		{"xl/worksheets/sheet1.xml", "<v>35</v>", `<is><t>ba mươi</t></is>`},
		{"xl/worksheets/sheet1.xml", markFigures, "x"},
		{"xl/worksheets/sheet1.xml", `r="D11"`, `r="XFD11"`},
		{"xl/worksheets/sheet2.xml", "<v>43539</v>", "<v>-1</v>"},
		{"xl/worksheets/sheet3.xml", tagHeading, tagTo},
		{"xl/workbook.xml", `name="Báo cáo"`, `name="_baocao"`},
		{"xl/workbook.xml", `state="veryHidden"`, ``},
		{"xl/styles.xml", `<cellXfs`, `<cellXfs><xf/>`},
		{"[Content_Types].xml", "sheet", "shet"},
	}
	for _, m := range mutations {
		f.Add(stored(f, sample, m.part, m.old, m.new))
	}
}

func FuzzRead(f *testing.F) {
	addReadSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		// A read that hangs crashes the worker, so that the fuzzer keeps
		// the input (go's fuzzer has no time limit of its own).
		watchdog := time.AfterFunc(20*time.Second, func() { panic("Read took more than 20 s") })
		defer watchdog.Stop()
		r, err := Read(bytes.NewReader(data), int64(len(data)), "fuzz.xlsx")
		if err != nil {
			var pe *panicError
			if errors.As(err, &pe) && strings.HasPrefix(panicOrigin(pe.stack), "baocao/") {
				t.Fatalf("panic in our code: %v\n%s", pe.value, pe.stack)
			}
			if !strings.HasPrefix(err.Error(), "fuzz.xlsx") {
				t.Fatalf("the error does not name the file: %v", err)
			}
			return
		}
		// Whatever was read exports, and reads back the same.
		var buf bytes.Buffer
		if err := Write(&buf, r); err != nil {
			t.Fatalf("export of a report read: %v", err)
		}
		again, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "again.xlsx")
		if err != nil {
			t.Fatalf("read back: %v", err)
		}
		sameReport(t, r, again)
	})
}
