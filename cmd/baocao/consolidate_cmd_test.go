package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/xlsx"

	"github.com/xuri/excelize/v2"
)

// unitFiles writes n lower units' reports (alternately JSON and workbook)
// with classes i+1 and learners 100*(i+1).
func unitFiles(t testing.TB, dir string, n int) []string { return unitFilesEvery(t, dir, n, 2) }

// unitFilesEvery writes n lower units' reports, every one a workbook
// except every jsonEvery-th (0: none), which is a report file.
func unitFilesEvery(t testing.TB, dir string, n, jsonEvery int) []string {
	t.Helper()
	var paths []string
	for i := 0; i < n; i++ {
		r := report.Sample()
		r.Organization = report.Organization{Superior: fmt.Sprintf("HUYỆN ỦY SỐ %d", i+1), Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Hà Nam"}
		r.Figures = map[string]report.Figure{"llct.lop": {Value: report.Int(int64(i + 1))}, "llct.hocvien": {Value: report.Int(int64(100 * (i + 1)))}}
		r.Documents = []report.Document{{Symbol: fmt.Sprintf("%02d-CT/HU", i+1), Kind: report.DocChiThi, Date: "2019-03-01", Summary: "về công tác tuyên giáo"}}
		r.Sections = []report.Section{{Heading: "I. KẾT QUẢ", Text: "Mở {llct.lop} lớp."}}
		var p string
		var err error
		if jsonEvery > 0 && i%jsonEvery == 0 {
			p = filepath.Join(dir, fmt.Sprintf("don-vi-%03d.json", i+1))
			err = report.WriteFile(p, r)
		} else {
			p = filepath.Join(dir, fmt.Sprintf("don-vi-%03d.xlsx", i+1))
			err = xlsx.WriteFile(p, r)
		}
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestConsolidateCommand(t *testing.T) {
	dir := t.TempDir()
	head := writeSample(t, dir, "tinh.json", nil)
	units := unitFiles(t, dir, 4)
	out := filepath.Join(dir, "tong-hop.json")
	code, _, stderr := baocao(t, append([]string{"consolidate", "--as", head, "-o", out}, units...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	r, err := report.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if *r.Figures["llct.lop"].Value != 10 || *r.Figures["llct.hocvien"].Value != 1000 || *r.Figures["vb.chithi"].Value != 4 || len(r.Breakdown) != 4 {
		t.Errorf("figures %v, breakdown %d rows", r.Figures, len(r.Breakdown))
	}

	// An unreadable file stops the consolidation, and nothing is written.
	bad := filepath.Join(dir, "hong.xlsx")
	os.WriteFile(bad, []byte("PK\x03\x04 not really"), 0o644)
	out2 := filepath.Join(dir, "tong-hop-2.json")
	code, _, stderr = baocao(t, append([]string{"consolidate", "--as", head, "-o", out2, bad}, units...)...)
	if code != exitInput || !strings.Contains(stderr, "hong.xlsx") || !strings.Contains(stderr, "--skip-bad") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(out2); !os.IsNotExist(err) {
		t.Error("output written although a file was unreadable")
	}
	// With --skip-bad the others are consolidated and the bad one listed.
	code, _, stderr = baocao(t, append([]string{"consolidate", "--as", head, "-o", out2, "--skip-bad", bad}, units...)...)
	if code != exitOK || !strings.Contains(stderr, "hong.xlsx") || !strings.Contains(stderr, "đã tổng hợp 4 đơn vị từ 5 tệp") {
		t.Errorf("--skip-bad: exit %d, stderr %q", code, stderr)
	}
	// The same unit twice: the newer wins, and the user is told.
	dup := filepath.Join(dir, "trung.json")
	r0, _ := report.ReadFile(units[0])
	r0.Date = "2019-07-20"
	r0.Figures["llct.lop"] = report.Figure{Value: report.Int(7)}
	r0.Figures["llct.hocvien"] = report.Figure{Value: report.Int(700)}
	report.WriteFile(dup, r0)
	code, _, stderr = baocao(t, append([]string{"consolidate", "--as", head, "-o", out2}, append(units, dup)...)...)
	if code != exitOK || !strings.Contains(stderr, "gửi hai lần") {
		t.Errorf("duplicate: exit %d, stderr %q", code, stderr)
	}
	r, _ = report.ReadFile(out2)
	if *r.Figures["llct.lop"].Value != 16 {
		t.Errorf("llct.lop = %d, want 16 (the newer file of unit 1 counted once)", *r.Figures["llct.lop"].Value)
	}
}

// BenchmarkConsolidate1000 consolidates 1,000 unit workbooks, read in
// parallel, into a report file, as `baocao consolidate` does. It reports
// the peak heap in use (MB-peak) besides the allocations. Compare with
// BenchmarkConsolidate100 for linear growth.
func BenchmarkConsolidate1000(b *testing.B) { benchConsolidate(b, 1000) }

// BenchmarkConsolidate100 is the same with 100 units.
func BenchmarkConsolidate100(b *testing.B) { benchConsolidate(b, 100) }

func benchConsolidate(b *testing.B, n int) {
	dir := b.TempDir()
	head := writeSample(b, dir, "tinh.json", nil)
	units := unitFilesEvery(b, dir, n, 0)
	benchArgs(b, append([]string{"consolidate", "--as", head, "-o", filepath.Join(dir, "out.json")}, units...))
}

func baocaoB(args ...string) (int, string, string) {
	var o, e strings.Builder
	code := run(args, &o, &e)
	return code, o.String(), e.String()
}

// baocao forms prints each path written; a folder of forms returned
// consolidates, the one left empty named as not sent.
func TestFormsCommand(t *testing.T) {
	dir := t.TempDir()
	head := writeSample(t, dir, "tinh.json", nil)
	units := filepath.Join(dir, "don-vi.csv")
	os.WriteFile(units, []byte("\xef\xbb\xbfsuperior;name;abbreviation;place\nHUYỆN ỦY KIM BẢNG;BAN TUYÊN GIÁO;BTGHU;Kim Bảng\nHUYỆN ỦY LÝ NHÂN;BAN TUYÊN GIÁO;BTGHU;Lý Nhân\n"), 0o644)
	out := filepath.Join(dir, "bieu-mau")
	code, stdout, stderr := baocao(t, "forms", "--as", head, "--out", out, "--units", units)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	paths := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(paths) != 2 || filepath.Dir(paths[0]) != out {
		t.Fatalf("printed %q", stdout)
	}
	// Kim Bảng fills its form; Lý Nhân sends it back empty.
	f, err := excelize.OpenFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	typed := map[string]any{"BM_llct.lop": 5, "BM_llct.hocvien": 100, "BM_vb.chithi": 1, "BM_number": "7",
		"BM_date": "2019-07-01", "BM_signer.title": "TRƯỞNG BAN", "BM_signer.name": "Nguyễn Văn A"}
	typeNamed(t, f, typed)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res := filepath.Join(dir, "tong-hop.json")
	code, _, stderr = baocao(t, append([]string{"consolidate", "--as", head, "-o", res}, paths...)...)
	if code != exitOK {
		t.Fatalf("consolidate: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "BAN TUYÊN GIÁO HUYỆN ỦY LÝ NHÂN: chưa nhập số liệu") || !strings.Contains(stderr, "đã tổng hợp 1 đơn vị từ 2 tệp") {
		t.Errorf("stderr:\n%s", stderr)
	}
	r, err := report.ReadFile(res)
	if err != nil {
		t.Fatal(err)
	}
	if v := r.Figures["llct.lop"].Value; v == nil || *v != 5 || len(r.Breakdown) != 1 || r.Breakdown[0].Superior != "HUYỆN ỦY KIM BẢNG" {
		t.Errorf("figures %v breakdown %+v", r.Figures, r.Breakdown)
	}
	code, _, stderr = baocao(t, "forms", "--as", head)
	if code != exitUsage || !strings.Contains(stderr, "--out") {
		t.Errorf("no --out: exit %d, %s", code, stderr)
	}
}

// The case: two units each typed their own name over the head's
// exported workbook. The names they typed are taken (with a note), and
// both are consolidated, none taken for the head itself.
func TestConsolidateRetypedWorkbooks(t *testing.T) {
	dir := t.TempDir()
	head := writeSample(t, dir, "tinh.json", nil)
	var files []string
	for i, name := range []string{"HUYỆN ỦY KIM BẢNG", "HUYỆN ỦY LÝ NHÂN"} {
		p := filepath.Join(dir, fmt.Sprintf("don-vi-%d.xlsx", i))
		if err := xlsx.WriteFile(p, report.Sample()); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f.SetCellStr("Báo cáo", "A1", name)
		f.SetCellStr("Báo cáo", "A4", "Số 3-BC/BTGHU")
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		files = append(files, p)
	}
	out := filepath.Join(dir, "tong-hop.json")
	code, _, stderr := baocao(t, append([]string{"consolidate", "--as", head, "-o", out}, files...)...)
	if strings.Contains(stderr, "của chính") || !strings.Contains(stderr, "đã tổng hợp 2 đơn vị") ||
		!strings.Contains(stderr, `cơ quan cấp trên hiển thị là "HUYỆN ỦY LÝ NHÂN"`) {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
}
