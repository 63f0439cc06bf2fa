package flow

import (
	"errors"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/report"
	"baocao/report/store"
	"baocao/report/xlsx"
)

func TestParseDeadline(t *testing.T) {
	end := func(y int, m time.Month, d int) time.Time {
		return time.Date(y, m, d, 23, 59, 59, 999999999, time.UTC)
	}
	tests := []struct {
		text    string
		want    time.Time
		wantErr string // part of the message; "" for none
	}{
		{text: "", want: time.Time{}},
		{text: "   ", want: time.Time{}},
		{text: "30/06/2019", want: end(2019, time.June, 30)},
		{text: " 5/7/2019 ", want: end(2019, time.July, 5)},
		{text: "2019-07-05", want: end(2019, time.July, 5)},
		{text: "31/02/2019", wantErr: "không có thật"},
		{text: "2019-02-31", wantErr: "năm-tháng-ngày"},
		{text: "hôm qua", wantErr: "không hợp lệ"},
	}
	for _, tt := range tests {
		got, err := ParseDeadline(tt.text)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseDeadline(%q): err %v, want an error containing %q", tt.text, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseDeadline(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
		}
	}
}

// unit is a lower unit's report of the sample's period.
func unit(name, date string, classes int64) *report.Report {
	r := report.Sample()
	r.Organization = report.Organization{Superior: "HUYỆN ỦY " + name, Name: "BAN TUYÊN GIÁO"}
	r.Date = date
	r.Figures = map[string]report.Figure{"llct.lop": {Value: report.Int(classes)}}
	return r
}

// The deadline rule and the head's earlier completeness section are the
// same for the app and the command line.
func TestConsolidate(t *testing.T) {
	head := report.Sample()
	head.Sections = append(head.Sections, report.Section{Heading: " " + report.CompletenessHeading + " ", Text: "cũ"})
	on, late := unit("A", "2019-06-30", 3), unit("B", "2019-07-01", 4)
	sources := []report.Source{{Name: "a.json", Report: on}, {Name: "b.json", Report: late}, {Name: "c.json", Err: errors.New("hỏng")}}
	deadline, err := ParseDeadline("30/06/2019")
	if err != nil {
		t.Fatal(err)
	}
	res := Consolidate(head, sources, report.ConsolidateOptions{Deadline: deadline})
	if len(res.Used) != 2 {
		t.Fatalf("consolidated %d units, want 2", len(res.Used))
	}
	status := map[string]report.SendStatus{}
	for _, u := range res.Units {
		status[u.Organization.Superior] = u.Status
	}
	tests := []struct {
		unit string
		want report.SendStatus
	}{
		{"HUYỆN ỦY A", report.StatusSent}, // dated on the deadline's day
		{"HUYỆN ỦY B", report.StatusLate},
	}
	for _, tt := range tests {
		if status[tt.unit] != tt.want {
			t.Errorf("%s: %v, want %v", tt.unit, status[tt.unit], tt.want)
		}
	}
	n := 0
	for _, s := range res.Report.Sections {
		if s.Heading == report.CompletenessHeading {
			n++
		}
		if s.Text == "cũ" {
			t.Error("the previous consolidation's completeness section is still there")
		}
	}
	if n != 1 {
		t.Errorf("%d completeness sections, want 1", n)
	}
	if got := head.Sections[len(head.Sections)-1].Text; got != "cũ" {
		t.Error("Consolidate changed the head's report it was given")
	}
	if got := Unreadable(sources); len(got) != 1 || got[0] != "c.json" {
		t.Errorf("Unreadable = %v", got)
	}
}

// A report file and a workbook are read alike, by content.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "bc.json")
	if err := report.WriteFile(js, report.Sample()); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "bc.dat") // the extension does not matter
	if err := xlsx.WriteFile(book, report.Sample()); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "hong.json")
	if err := os.WriteFile(bad, []byte(`{"format": "baocao.report/1", "period": {"year": "hai"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path    string
		wantErr string
	}{
		{path: js},
		{path: book},
		{path: bad, wantErr: "period.year"},
		{path: filepath.Join(dir, "khong-co.json"), wantErr: "khong-co.json"},
	}
	for _, tt := range tests {
		r, err := Load(tt.path)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Load(%s): err %v, want one containing %q", filepath.Base(tt.path), err, tt.wantErr)
			}
			continue
		}
		if err != nil || r.Number != "45" {
			t.Errorf("Load(%s): %v", filepath.Base(tt.path), err)
		}
	}
	srcs := LoadMany([]string{js, bad, book}, nil)
	if len(srcs) != 3 || srcs[0].Err != nil || srcs[1].Err == nil || srcs[2].Err != nil || srcs[2].Name != book {
		t.Errorf("LoadMany: %+v", srcs)
	}
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "kho.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// A report goes into the archive as a new report, or is offered as a new
// revision of the one there; a final one takes nothing.
func TestPlaceReplace(t *testing.T) {
	st := openStore(t)
	opt := store.SaveOptions{Author: "thử", Note: "Nhập từ tệp"}
	first, err := Place(st, report.Sample(), opt)
	if err != nil || first.Found || first.ID == 0 {
		t.Fatalf("first: %+v, %v", first, err)
	}
	again := report.Sample()
	again.Signer.Name = "Người ký mới"
	p, err := Place(st, again, opt)
	if err != nil || !p.Found || p.ID != 0 || p.Existing.ID != first.ID || p.Final() {
		t.Fatalf("second: %+v, %v", p, err)
	}
	if r, _, _ := st.Get(first.ID); r.Signer.Name == "Người ký mới" {
		t.Fatal("Place overwrote the report already there")
	}
	if err := Replace(st, p.Existing.ID, again, opt); err != nil {
		t.Fatal(err)
	}
	if r, _, _ := st.Get(first.ID); r.Signer.Name != "Người ký mới" {
		t.Errorf("after Replace: signer %q", r.Signer.Name)
	}
	if err := Finalize(st, first.ID, opt); err != nil {
		t.Fatal(err)
	}
	if p, _ := Place(st, report.Sample(), opt); !p.Final() {
		t.Errorf("Place does not say the report is final: %+v", p)
	}
	if err := Replace(st, first.ID, report.Sample(), opt); !errors.Is(err, store.ErrFinal) {
		t.Errorf("Replace of a final report: %v, want ErrFinal", err)
	}
	if err := Reopen(st, first.ID, opt); err != nil {
		t.Fatal(err)
	}
	if err := Replace(st, first.ID, report.Sample(), opt); err != nil {
		t.Errorf("after Reopen: %v", err)
	}
}

// A report with errors is not finalized; warnings do not stop it.
func TestFinalize(t *testing.T) {
	st := openStore(t)
	bad := report.Sample()
	bad.Date = ""
	tests := []struct {
		name    string
		r       *report.Report
		wantErr bool
	}{
		{"sample", report.Sample(), false},
		{"no date", bad, true},
	}
	for i, tt := range tests {
		tt.r.Organization.Name += string(rune('A' + i))
		id, err := st.Create(tt.r, store.SaveOptions{})
		if err != nil {
			t.Fatal(err)
		}
		err = Finalize(st, id, store.SaveOptions{Author: "thử"})
		_, e, _ := st.Get(id)
		if tt.wantErr {
			var pe *ProblemsError
			if !errors.Is(err, ErrHasErrors) || !errors.As(err, &pe) || len(pe.Problems) == 0 || e.Status == store.Final {
				t.Errorf("%s: %v, status %v", tt.name, err, e.Status)
			}
			continue
		}
		if err != nil || e.Status != store.Final {
			t.Errorf("%s: %v, status %v", tt.name, err, e.Status)
		}
	}
}

// User is the login name; a machine without one gives its name.
func TestUser(t *testing.T) {
	want := ""
	if u, err := user.Current(); err == nil && u.Username != "" {
		want = u.Username
	} else if h, err := os.Hostname(); err == nil {
		want = h
	}
	if got := User(); got != want {
		t.Errorf("User() = %q, want %q", got, want)
	}
	if want == "" {
		t.Error("this machine has neither a login name nor a host name: the history would name nobody")
	}
}
