package store

import (
	"slices"
	"testing"
	"time"

	"baocao/report"
	"baocao/report/reporttest"
	"baocao/report/store/pgtest"
)

// TestCopyToShared moves a local archive (reports with autosaves, a final
// one, one in the trash, an expected-units list) to PostgreSQL, twice:
// the second run adds nothing; a revision made locally meanwhile is added
// alone.
func TestCopyToShared(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	src, c := openTemp(t)
	a, _ := src.Create(sample(2018), SaveOptions{Author: "Lan", Note: "đầu tiên"})
	for i := int64(1); i <= 3; i++ {
		c.advance(time.Minute)
		if _, err := src.Update(a, withFigure(sample(2018), "llct.lop", i), SaveOptions{Author: "Lan", Auto: i > 1}); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := src.Create(sample(2019), SaveOptions{Author: "Minh"})
	if err := src.Finalize(b, SaveOptions{Author: "Minh"}); err != nil {
		t.Fatal(err)
	}
	d, _ := src.Create(sample(2017), SaveOptions{})
	if err := src.Delete(d); err != nil {
		t.Fatal(err)
	}
	head := sample(2019).Organization
	units := []report.Organization{{Superior: "HUYỆN ỦY", Name: "BAN TUYÊN GIÁO A"}, {Superior: "HUYỆN ỦY", Name: "BAN TUYÊN GIÁO B"}}
	if err := src.SetExpectedUnits(head, units); err != nil {
		t.Fatal(err)
	}
	tp := reporttest.Template(t)
	if _, err := src.SaveTemplate(tp, "Lan"); err != nil {
		t.Fatal(err)
	}
	if err := src.IssueTemplate(tp.ID, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := src.SaveTemplate(tp, "Lan"); err != nil { // version 2, a draft
		t.Fatal(err)
	}
	dst, _ := openClock(t, srv.Fresh(t))

	res, err := Copy(dst, src)
	if err != nil {
		t.Fatal(err)
	}
	if res.Reports != 3 || res.Revisions != 3+2+1 || res.Heads != 1 || res.Templates != 2 || len(res.Skipped) != 0 {
		t.Fatalf("first copy = %+v", res)
	}
	same := func() {
		t.Helper()
		for _, lists := range [][2]func() ([]Entry, error){{src.List, dst.List}, {src.ListDeleted, dst.ListDeleted}} {
			want, _ := lists[0]()
			got, err := lists[1]()
			if err != nil || len(got) != len(want) {
				t.Fatalf("lists %+v, %v; want %+v", got, err, want)
			}
			for i := range want {
				w, g := want[i], got[i]
				w.ID, g.ID = 0, 0
				if !w.Updated.Equal(g.Updated) || !w.Deleted.Equal(g.Deleted) {
					t.Errorf("times differ: %+v vs %+v", g, w)
				}
				w.Updated, g.Updated, w.Deleted, g.Deleted = time.Time{}, time.Time{}, time.Time{}, time.Time{}
				if w != g {
					t.Errorf("entry %+v, want %+v", g, w)
				}
				wh, _ := src.History(want[i].ID)
				gh, err := dst.History(got[i].ID)
				if err != nil || len(gh) != len(wh) {
					t.Fatalf("history %+v, %v; want %+v", gh, err, wh)
				}
				for k := range wh {
					if gh[k].Rev != wh[k].Rev || gh[k].Author != wh[k].Author || gh[k].Note != wh[k].Note || gh[k].Auto != wh[k].Auto ||
						gh[k].Status != wh[k].Status || !gh[k].Saved.Equal(wh[k].Saved) || !slices.Equal(gh[k].Changes, wh[k].Changes) {
						t.Errorf("revision %+v, want %+v", gh[k], wh[k])
					}
					wr, _ := src.Revision(want[i].ID, wh[k].Rev)
					gr, err := dst.Revision(got[i].ID, wh[k].Rev)
					if err != nil {
						t.Fatal(err)
					}
					sameReport(t, gr, wr)
				}
			}
		}
		if got, _ := dst.ExpectedUnits(head); len(got) != 2 || got[0].Name != units[0].Name || got[1].Name != units[1].Name {
			t.Errorf("expected units = %+v", got)
		}
		want, _ := src.TemplateVersions(tp.ID)
		got, err := dst.TemplateVersions(tp.ID)
		if err != nil || len(got) != len(want) {
			t.Fatalf("template versions %+v, %v; want %+v", got, err, want)
		}
		for i := range want {
			if got[i].Version != want[i].Version || got[i].Status != want[i].Status || got[i].Author != want[i].Author || !got[i].Saved.Equal(want[i].Saved) {
				t.Errorf("template version %+v, want %+v", got[i], want[i])
			}
		}
	}
	same()

	res, err = Copy(dst, src)
	if err != nil || res.Reports != 0 || res.Revisions != 0 || res.Heads != 0 || res.Templates != 0 || len(res.Skipped) != 0 {
		t.Fatalf("second copy = %+v, %v; want nothing added", res, err)
	}
	same()

	c.advance(time.Hour)
	if _, err := src.Update(a, withFigure(sample(2018), "llct.lop", 9), SaveOptions{Author: "Lan"}); err != nil {
		t.Fatal(err)
	}
	res, err = Copy(dst, src)
	if err != nil || res.Reports != 0 || res.Revisions != 1 {
		t.Fatalf("copy after a local save = %+v, %v; want 1 revision", res, err)
	}
	same()

	// A unit that already has a report for the period on the server is
	// left out and named.
	other, _ := openTemp(t)
	if _, err := other.Create(sample(2019), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	res, err = Copy(dst, other)
	if err != nil || res.Reports != 0 || len(res.Skipped) != 1 {
		t.Fatalf("copy of a clashing report = %+v, %v", res, err)
	}
}
