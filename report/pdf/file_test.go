package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"baocao/report"
)

// dirNames lists a folder, to see that no temporary file is left.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFileErrors(t *testing.T) {
	badFont := filepath.Join(t.TempDir(), "VnTime.ttf")
	if err := os.WriteFile(badFont, []byte("không phải phông"), 0o644); err != nil {
		t.Fatal(err)
	}
	unresolved := report.Sample()
	unresolved.Sections[4].Text = "Mở {llct.lop} lớp, đạt {llct.lop:vs_plan} kế hoạch."
	badSummary := report.Sample()
	badSummary.Summary += " ({llct.lop:plan} lớp)"
	badDate := report.Sample()
	badDate.Date = "2019-02-30"
	badDocDate := report.Sample()
	badDocDate.Documents[0].Date = "15/03/2019"

	cases := []struct {
		name string
		r    *report.Report
		opt  Options
		want []string // all in the message
	}{
		{"no font file", report.Sample(), Options{Font: "/không/có/times.ttf"}, []string{"/không/có/times.ttf", "không có tệp phông chữ"}},
		{"broken font", report.Sample(), Options{Font: badFont}, []string{badFont, "TrueType"}},
		{"a folder for the font", report.Sample(), Options{Font: t.TempDir()}, []string{"phông chữ"}},
		{"placeholder", unresolved, Options{}, []string{"IV. CÔNG TÁC GIÁO DỤC LÝ LUẬN CHÍNH TRỊ", "{llct.lop:vs_plan}"}},
		{"summary", badSummary, Options{}, []string{"trích yếu", "{llct.lop:plan}"}},
		{"report date", badDate, Options{}, []string{"ngày báo cáo", "2019-02-30"}},
		{"document date", badDocDate, Options{}, []string{"văn bản thứ 1", "15/03/2019"}},
		{"no report", nil, Options{}, []string{"không có báo cáo"}},
	}
	for _, c := range cases {
		dir := t.TempDir()
		out := filepath.Join(dir, "bc.pdf")
		err := WriteFile(out, c.r, c.opt)
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		for _, s := range append(c.want, "xuất PDF", out) {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%s: error %q does not name %q", c.name, err, s)
			}
		}
		if names := dirNames(t, dir); len(names) != 0 {
			t.Errorf("%s: left behind %v", c.name, names)
		}

		// Over an existing file: the file stays as it was.
		old := []byte("%PDF-1.3 bản cũ")
		if err := os.WriteFile(out, old, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(out, c.r, c.opt); err == nil {
			t.Errorf("%s: no error over an existing file", c.name)
		}
		if got, _ := os.ReadFile(out); !bytes.Equal(got, old) {
			t.Errorf("%s: the existing file was changed", c.name)
		}
		if names := dirNames(t, dir); len(names) != 1 {
			t.Errorf("%s: left behind %v", c.name, names)
		}

		// Write puts nothing into the writer.
		var buf bytes.Buffer
		if err := Write(&buf, c.r, c.opt); err == nil || buf.Len() != 0 {
			t.Errorf("%s: Write returned %v and wrote %d bytes", c.name, err, buf.Len())
		}
	}
}

func TestWriteFileReplaces(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bc.pdf")
	if err := os.WriteFile(out, []byte("cũ"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(out, report.Sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data[len(data)-10:], []byte("%%EOF")) {
		t.Fatalf("the new file is not a whole PDF (%v)", err)
	}
	if names := dirNames(t, filepath.Dir(out)); len(names) != 1 {
		t.Errorf("left behind %v", names)
	}
}

func TestWriteDoesNotChangeReport(t *testing.T) {
	r := report.Sample()
	r.Summary = "sơ kết\tcông tác  tuyên giáo"
	before, _ := report.Marshal(r)
	if err := Write(new(bytes.Buffer), r, Options{}); err != nil {
		t.Fatal(err)
	}
	after, _ := report.Marshal(r)
	if !bytes.Equal(before, after) {
		t.Error("Write changed the caller's report")
	}
}

// TestConcurrentWrites exports from several goroutines at once (run with
// -race): fonts are loaded per document, nothing is shared.
func TestConcurrentWrites(t *testing.T) {
	var want []byte
	var wg sync.WaitGroup
	results := make([][]byte, 4)
	errs := make([]error, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			errs[i] = Write(&buf, report.Sample(), Options{})
			results[i] = buf.Bytes()
		}()
	}
	wg.Wait()
	for i := range results {
		if errs[i] != nil {
			t.Fatalf("run %d: %v", i, errs[i])
		}
		if i == 0 {
			want = results[0]
			continue
		}
		// Equal but for the creation dates.
		if len(results[i]) != len(want) {
			t.Errorf("run %d: %d bytes, run 0: %d bytes", i, len(results[i]), len(want))
		}
	}
}
