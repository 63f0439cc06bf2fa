package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
)

// Bad input is refused with a message naming the field, and nothing is
// written: no file, no temporary left, an older file untouched.
func TestBadInputWritesNothing(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(r *report.Report)
		want   string
	}{
		{"date", func(r *report.Report) { r.Date = "2019-02-30" }, "ngày báo cáo"},
		{"placeholder", func(r *report.Report) { r.Sections[1].Text += " {khong.co}" }, "mục 2"},
		{"summary", func(r *report.Report) { r.Summary += " {khong.co}" }, "trích yếu"},
		{"document date", func(r *report.Report) { r.Documents[0].Date = "15/03/2019" }, "văn bản thứ 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			r := report.Sample()
			tc.change(r)
			path := filepath.Join(dir, "bc.docx")
			err := WriteFile(path, r)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "xuất Word") {
				t.Fatalf("err = %v, want it to say %q", err, tc.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("files left: %v", entries)
			}
			if err := os.WriteFile(path, []byte("bản cũ"), 0o644); err != nil {
				t.Fatal(err)
			}
			if WriteFile(path, r) == nil {
				t.Fatal("no error the second time")
			}
			if b, _ := os.ReadFile(path); string(b) != "bản cũ" {
				t.Errorf("the existing file was changed: %q", b)
			}
			var buf bytes.Buffer
			if Write(&buf, r) == nil || buf.Len() != 0 {
				t.Errorf("Write wrote %d bytes on an error", buf.Len())
			}
		})
	}
	if err := Write(&bytes.Buffer{}, nil); err == nil {
		t.Error("no report and no error")
	}
}

// The package: its parts, the program as generator, no fonts inside,
// the same bytes for the same report, and the report left as it was.
func TestPackage(t *testing.T) {
	r := report.Sample()
	before, _ := report.Marshal(r)
	var a, b bytes.Buffer
	if err := Write(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two exports of the same report differ")
	}
	if after, _ := report.Marshal(r); !bytes.Equal(before, after) {
		t.Error("the Word export changed the report")
	}
	z, err := zip.NewReader(bytes.NewReader(a.Bytes()), int64(a.Len()))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(data)
		if strings.HasPrefix(f.Name, "word/fonts/") {
			t.Errorf("font embedded: %s", f.Name)
		}
	}
	if z.File[0].Name != "[Content_Types].xml" {
		t.Errorf("the first part is %s", z.File[0].Name)
	}
	if !strings.Contains(parts["docProps/app.xml"], "<Application>baocao</Application>") {
		t.Errorf("app.xml: %s", parts["docProps/app.xml"])
	}
}

// Exports running at the same time (the GUI writes off the UI goroutine)
// give the same bytes: the shared font measures are safe to share.
func TestConcurrentWrites(t *testing.T) {
	var want bytes.Buffer
	if err := Write(&want, report.Sample()); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			var b bytes.Buffer
			err := Write(&b, report.Sample())
			if err == nil && !bytes.Equal(b.Bytes(), want.Bytes()) {
				err = io.ErrUnexpectedEOF
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
