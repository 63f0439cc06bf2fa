package xlsx

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/report"
	"baocao/report/reporttest/readers"
)

// unoPython returns a Python 3 that imports uno (Debian's python3-uno
// installs it for /usr/bin/python3), or skips (fails in CI).
func unoPython(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import uno").Run() == nil {
			return p
		}
	}
	readers.Missing(t, "no Python UNO (Debian package python3-uno)")
	return ""
}

// unoFill fills the form in LibreOffice Calc through UNO (testdata/
// uno_fill.py): the values typed into the named cells, the workbook
// recalculated and saved as .xlsx. It returns the saved workbook and the
// text of the cells read (column col on the row of a named cell).
func unoFill(t *testing.T, form []byte, values map[string]any, read map[string]int) ([]byte, map[string]string) {
	t.Helper()
	py := unoPython(t)
	soffice := readers.Soffice(t)
	dir := t.TempDir()
	in, out, jobPath := filepath.Join(dir, "bieu-mau.xlsx"), filepath.Join(dir, "da-dien.xlsx"), filepath.Join(dir, "job.json")
	if err := os.WriteFile(in, form, 0o644); err != nil {
		t.Fatal(err)
	}
	script, _ := filepath.Abs(filepath.Join("testdata", "uno_fill.py"))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd, profile := readers.Command(t, ctx, py, script, jobPath)
	type readCell struct {
		Name string `json:"name"`
		Col  int    `json:"col"`
	}
	job := struct {
		Soffice string         `json:"soffice"`
		Profile string         `json:"profile"`
		In      string         `json:"in"`
		Out     string         `json:"out"`
		Values  map[string]any `json:"values"`
		Read    []readCell     `json:"read"`
	}{soffice, profile, in, out, values, nil}
	for name, col := range read {
		job.Read = append(job.Read, readCell{name, col - 1})
	}
	data, _ := json.Marshal(job)
	if err := os.WriteFile(jobPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	cmd.WaitDelay = 10 * time.Second // a soffice left behind must not hold the pipes
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("uno_fill.py: %v\n%s", err, stderr.String())
	}
	cells := map[string]string{}
	if err := json.Unmarshal(stdout, &cells); err != nil {
		t.Fatalf("uno_fill.py printed %q: %v", stdout, err)
	}
	saved, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return saved, cells
}

// A blank form filled in LibreOffice Calc, the unit typing its own name,
// a figure typed as text "1.215" and the date as text: read back right.
// The broken rule (fewer learners than classes) shows "Lỗi:" in the check
// column as LibreOffice computes it.
func TestFormFilledByLibreOffice(t *testing.T) {
	head := report.Sample()
	form := writeForm(t, Form{Head: head, Previous: map[string]int64{"llct.lop": 30, "bcv.cuoc": 100}})
	saved, cells := unoFill(t, form, map[string]any{
		"BM_superior": "HUYỆN ỦY KIM BẢNG", "BM_name": "BAN TUYÊN GIÁO", "BM_abbreviation": "BTGHU", "BM_place": "Kim Bảng",
		"BM_number": "12", "BM_date": "05/7/2019", "BM_signer.title": "TRƯỞNG BAN", "BM_signer.name": "Nguyễn Văn A",
		"BM_llct.hocvien": "1.215", "BM_llct.hocvien.plan": 3000,
		"BM_th.lop": 4, "BM_th.hocvien": 2, "BM_bcv.cuoc": 1000,
	}, map[string]int{"BM_th.hocvien": fcCheck, "BM_llct.hocvien": fcCheck, "BM_bcv.cuoc": fcCheck})
	if c := cells["BM_th.hocvien"]; !strings.HasPrefix(c, "Lỗi: ") || !strings.Contains(c, "ít hơn") {
		t.Errorf("check of th.hocvien in LibreOffice: %q", c)
	}
	if c := cells["BM_bcv.cuoc"]; !strings.HasPrefix(c, "Cảnh báo: ") || !strings.Contains(c, "cùng kỳ") {
		t.Errorf("check of bcv.cuoc in LibreOffice: %q", c)
	}
	// Learners typed as text, classes left empty: no rule applies, and no
	// error value (#DIV/0!) shows.
	if c := cells["BM_llct.hocvien"]; c != "" {
		t.Errorf("check of llct.hocvien in LibreOffice: %q", c)
	}
	r, err := Read(bytes.NewReader(saved), int64(len(saved)), "da-dien.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization != kimBang() || r.Number != "12" || r.Date != "2019-07-05" || r.Period != head.Period ||
		r.Signer.Title != "TRƯỞNG BAN" || r.Signer.Name != "Nguyễn Văn A" {
		t.Errorf("header %+v number %q date %q signer %+v", r.Organization, r.Number, r.Date, r.Signer)
	}
	want := map[string]report.Figure{
		"llct.lop":     {Previous: report.Int(30)},
		"llct.hocvien": {Value: report.Int(1215), Plan: report.Int(3000)},
		"th.lop":       {Value: report.Int(4)},
		"th.hocvien":   {Value: report.Int(2)},
		"bcv.cuoc":     {Value: report.Int(1000), Previous: report.Int(100)},
	}
	for code, w := range want {
		g := r.Figures[code]
		if !samePtr(g.Value, w.Value) || !samePtr(g.Previous, w.Previous) || !samePtr(g.Plan, w.Plan) {
			t.Errorf("%s = %s, want %s", code, showFigure(g), showFigure(w))
		}
	}
	if len(r.Figures) != len(want) {
		t.Errorf("%d figures read, want %d: %v", len(r.Figures), len(want), r.Figures)
	}
	if len(r.ReadNotes) != 0 {
		t.Errorf("notes: %q", r.ReadNotes)
	}
}

func samePtr(a, b *int64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func showFigure(f report.Figure) string {
	s := func(p *int64) string {
		if p == nil {
			return "-"
		}
		return report.FormatInt(*p)
	}
	return s(f.Value) + "/" + s(f.Previous) + "/" + s(f.Plan)
}
