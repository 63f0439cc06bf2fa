package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"baocao/report"
	"baocao/report/reporttest"
	"baocao/report/xlsx"

	"github.com/xuri/excelize/v2"
)

// filledForms writes n forms of the head's template returned by n units,
// each filled by another program than ours: excelize's ordinary API typing
// the unit's header and figures into the named cells and saving the
// workbook (shared strings, its own XML), as a unit's script or a second
// writer would. Every typed indicator gets a value.
func filledForms(b *testing.B, dir string, head *report.Report, n int) []string {
	b.Helper()
	var form bytes.Buffer
	if err := xlsx.WriteForm(&form, xlsx.Form{Head: head}); err != nil {
		b.Fatal(err)
	}
	var paths []string
	for i := 0; i < n; i++ {
		f, err := excelize.OpenReader(bytes.NewReader(form.Bytes()))
		if err != nil {
			b.Fatal(err)
		}
		typed := map[string]any{
			"BM_superior": fmt.Sprintf("HUYỆN ỦY SỐ %d", i+1), "BM_name": "BAN TUYÊN GIÁO", "BM_abbreviation": "BTGHU",
			"BM_place": "Hà Nam", "BM_number": fmt.Sprint(i + 1), "BM_date": "05/07/2019",
			"BM_signer.title": "TRƯỞNG BAN", "BM_signer.name": "Nguyễn Văn A",
			"BM_llct.lop": i + 1, "BM_llct.hocvien": 100 * (i + 1), "BM_vb.chithi": 1, "BM_bcv.cuoc": "1.215",
		}
		for _, in := range head.Catalogue().Indicators {
			if _, set := typed["BM_"+in.Code]; !set && !in.IsDerived() && !strings.HasPrefix(in.Code, "llct.") && !strings.HasPrefix(in.Code, "th.") && in.DocumentKind == "" {
				typed["BM_"+in.Code] = i%7 + 1
			}
		}
		typeNamed(b, f, typed)
		p := filepath.Join(dir, fmt.Sprintf("bieu-mau-%04d.xlsx", i+1))
		if err := f.SaveAs(p); err != nil {
			b.Fatal(err)
		}
		f.Close()
		paths = append(paths, p)
	}
	return paths
}

// typeNamed types values into a form's cells by their defined names.
func typeNamed(t testing.TB, f *excelize.File, values map[string]any) {
	t.Helper()
	for _, dn := range f.GetDefinedName() {
		if v, ok := values[dn.Name]; ok {
			sheet, cell, _ := strings.Cut(dn.RefersTo, "!")
			if err := f.SetCellValue(strings.Trim(sheet, "'"), strings.ReplaceAll(cell, "$", ""), v); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// BenchmarkConsolidateForms1000 consolidates 1,000 returned forms filled
// by a second writer, as `baocao consolidate` does (budget: 5 s and
// 300 MB on 2 cores). MB-peak is the peak heap in use.
func BenchmarkConsolidateForms1000(b *testing.B) {
	dir := b.TempDir()
	head := writeSample(b, dir, "tinh.json", nil)
	units := filledForms(b, dir, report.Sample(), 1000)
	benchArgs(b, append([]string{"consolidate", "--as", head, "-o", filepath.Join(dir, "out.json")}, units...))
}

// BenchmarkConsolidateTemplateForms200 consolidates 200 returned forms of
// a province's template of 60 indicators (the merged board's built-in one
// and more), every figure filled (budget: 1.5 s and 200 MB).
func BenchmarkConsolidateTemplateForms200(b *testing.B) {
	dir := b.TempDir()
	tp := report.BuiltinTemplate(report.TemplateTGDV, 1).Clone()
	tp.ID, tp.Name = "m60chitieu", "Mẫu 60 chỉ tiêu"
	for i := len(tp.Catalogue.Indicators); i < 60; i++ {
		tp.Catalogue.Indicators = append(tp.Catalogue.Indicators, report.Indicator{
			Code: fmt.Sprintf("nd.them%02d", i), Name: fmt.Sprintf("Chỉ tiêu bổ sung thứ %d của tỉnh", i), Unit: "lần", Group: "nd"})
	}
	if err := tp.Check(); err != nil || len(tp.Catalogue.Indicators) != 60 {
		b.Fatal(err, len(tp.Catalogue.Indicators))
	}
	head := reporttest.Head(tp)
	hp := filepath.Join(dir, "tinh.json")
	if err := report.WriteFile(hp, head); err != nil {
		b.Fatal(err)
	}
	units := filledForms(b, dir, head, 200)
	benchArgs(b, append([]string{"consolidate", "--as", hp, "-o", filepath.Join(dir, "out.json")}, units...))
}

// benchArgs runs the command line b.N times, reporting the peak heap.
func benchArgs(b *testing.B, args []string) {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := reporttest.CPUTime()
	for i := 0; i < b.N; i++ {
		if code, _, stderr := baocaoB(args...); code != exitOK {
			b.Fatalf("exit %d: %s", code, stderr)
		}
	}
	cpu := reporttest.CPUTime() - cpu0
	b.StopTimer()
	close(stop)
	b.ReportMetric(float64(peak.Load())/1e6, "MB-peak")
	// The process's CPU time (user and system) an operation: on a machine
	// others share, ns/op grows with their load; this does not. On two
	// idle cores the time taken is about half of it.
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}
