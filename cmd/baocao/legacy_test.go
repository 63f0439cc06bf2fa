package main

import (
	"baocao/report/reporttest/readers"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baocao/report"
)

// The files of testdata/legacy were written by the version before
// templates (commit a961d7a): report files, workbooks exported by it, its
// forms (one filled by another program), its archive, and what it printed
// and wrote for them: a validation, two imports, two consolidations and
// the sample's PDF. Today's version reads them all as the built-in
// tuyên giáo template and gives the same results, byte for byte.

// legacyDir copies testdata/legacy into a temporary folder and makes it
// the working folder (the old outputs name the files relatively).
func legacyDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join("testdata", "legacy")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	return dir
}

func sameFile(t *testing.T, got, want string) {
	t.Helper()
	g, err := os.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(g) != string(w) {
		t.Errorf("%s differs from the old version's %s:\n%s", got, want, firstDiff(string(g), string(w)))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n  now: " + x + "\n  old: " + y
		}
	}
	return ""
}

func TestLegacyValidateImportConsolidate(t *testing.T) {
	legacyDir(t)
	code, out, errs := baocao(t, "validate", "sample.json")
	if want, _ := os.ReadFile("validate.out"); code != exitOK || out+errs != string(want) {
		t.Errorf("validate: exit %d, printed %q, the old version %q", code, out+errs, want)
	}
	for _, tc := range []struct{ in, want string }{
		{"sample.xlsx", "sample-imported.json"},
		{"form-filled-ly-nhan.xlsx", "form-filled-imported.json"},
	} {
		if code, _, errs := baocao(t, "import", tc.in, "-o", "now-"+tc.want); code != exitOK {
			t.Fatalf("import %s: exit %d: %s", tc.in, code, errs)
		}
		sameFile(t, "now-"+tc.want, tc.want)
	}
	for _, tc := range []struct {
		want, stderr string
		units        []string
	}{
		{"consolidated.json", "consolidate.stderr", []string{"unit1.json", "unit2.json", "unit3.xlsx"}},
		{"consolidated-forms.json", "consolidate-forms.stderr", []string{"unit1.json", "form-filled-ly-nhan.xlsx", "unit3.xlsx"}},
	} {
		args := append([]string{"consolidate", "--as", "sample.json", "-o", "now-" + tc.want}, tc.units...)
		code, _, errs := baocao(t, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		if want, _ := os.ReadFile(tc.stderr); errs != string(want) {
			t.Errorf("%v printed %q, the old version %q", args, errs, want)
		}
		sameFile(t, "now-"+tc.want, tc.want)
	}
	// A report written by the old version consolidates with one of the
	// new built-in template: both are the tuyên giáo template, version 1.
	r, err := report.ReadFile("unit2.json")
	if err != nil {
		t.Fatal(err)
	}
	ref := report.BuiltinTemplate(report.TemplateTuyenGiao, 1).Ref()
	r.Tmpl = &ref
	if err := report.WriteFile("unit2-new.json", r); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := baocao(t, "consolidate", "--as", "sample.json", "-o", "mixed.json", "unit1.json", "unit2-new.json", "unit3.xlsx"); code != exitOK || strings.Contains(errs, "mẫu") {
		t.Errorf("old and new files of the tuyên giáo template: exit %d: %s", code, errs)
	}
	got, err := report.ReadFile("mixed.json")
	if err != nil {
		t.Fatal(err)
	}
	old, _ := report.ReadFile("consolidated.json")
	if *got.Figures["llct.hocvien"].Value != *old.Figures["llct.hocvien"].Value {
		t.Errorf("mixed consolidation: %d learners, the old version %d", *got.Figures["llct.hocvien"].Value, *old.Figures["llct.hocvien"].Value)
	}
}

// TestLegacyForms: a form the old version wrote, filled in by another
// program, imports as before (above); a blank one imports as a report of
// the built-in template with the unit's header.
func TestLegacyForms(t *testing.T) {
	legacyDir(t)
	r, err := load(filepath.Join("forms", "bieu-mau-6t2019-ban-tuyen-giao-huyen-uy-kim-bang.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Template() != report.LegacyRef() || r.Catalogue() != report.DefaultCatalogue() || r.Organization.Superior != "HUYỆN ỦY KIM BẢNG" {
		t.Errorf("old blank form: template %v, unit %q", r.Template(), r.Organization.Superior)
	}
}

// TestLegacyArchive: the old version's archive opens (and is brought up
// to date), lists and shows its reports as they were saved.
func TestLegacyArchive(t *testing.T) {
	legacyDir(t)
	code, out, errs := baocao(t, "list", "--db", "archive.db")
	if code != exitOK {
		t.Fatalf("list: exit %d: %s", code, errs)
	}
	for _, name := range []string{"BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM", "BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG", "BAN TUYÊN GIÁO HUYỆN ỦY DUY TIÊN"} {
		if !strings.Contains(out, name) {
			t.Errorf("list lacks %s:\n%s", name, out)
		}
	}
	if code, _, errs := baocao(t, "show", "2", "--db", "archive.db", "-o", "shown.json"); code != exitOK {
		t.Fatalf("show: exit %d: %s", code, errs)
	}
	shown, err := report.ReadFile("shown.json")
	if err != nil {
		t.Fatal(err)
	}
	saved, err := report.ReadFile("unit1.json")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := report.Marshal(shown)
	b, _ := report.Marshal(saved)
	if string(a) != string(b) {
		t.Errorf("report 2 of the old archive:\n%s", firstDiff(string(a), string(b)))
	}
	// Saving into it again works on the migrated archive.
	if code, _, errs := baocao(t, "save", "unit2.json", "--db", "archive.db"); code != exitOK {
		t.Errorf("save into the old archive: exit %d: %s", code, errs)
	}
}

// TestLegacySamplePDF: the sample's PDF is the old version's, word for
// word and at the same places (pdftotext -bbox-layout), apart from its
// date of making.
func TestLegacySamplePDF(t *testing.T) {
	legacyDir(t)
	if code, _, errs := baocao(t, "export", "sample.json", "--pdf", "now.pdf"); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	text := readers.PDFText(t, "now.pdf")
	if want, _ := os.ReadFile("sample.pdf.txt"); text != string(want) {
		t.Errorf("the sample's text differs from the old version's:\n%s", firstDiff(text, string(want)))
	}
	var words []string
	for i, p := range readers.PDFPages(t, "now.pdf") {
		for _, w := range p.Words() {
			words = append(words, fmt.Sprintf("%d %f %f %f %f %s", i+1, w.X0, w.Y0, w.X1, w.Y1, w.Text))
		}
	}
	got := strings.Join(words, "\n") + "\n"
	if want, _ := os.ReadFile("sample.pdf.words"); got != string(want) {
		t.Errorf("the sample's words are not where the old version put them:\n%s", firstDiff(got, string(want)))
	}
}
