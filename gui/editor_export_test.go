package gui

import (
	"baocao/report/reporttest/readers"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/report/xlsx"
)

// exportNow writes the open report to path as the export button does
// after its dialog, and returns the outcome.
func exportNow(t *testing.T, tg *testGUI, f *fileFormat, path string) error {
	t.Helper()
	done, result := false, error(nil)
	tg.ed.export(f, path, func(err error) { done, result = true, err })
	tg.q.until(t, "the "+f.Name+" file written", 60*time.Second, func() bool { return done })
	return result
}

func TestExportPDF(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	retype(e.figures.rows["llct.lop"].entries[2], "60")
	path := filepath.Join(t.TempDir(), "BC-45-BTGTU-6T2019.pdf")
	if err := exportNow(t, tg, formatPDF, path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "%PDF") {
		t.Fatalf("no PDF file (%v)", err)
	}
	text := readers.PDFText(t, path)
	for _, want := range []string{"3.286", "BAN TUYÊN GIÁO", "Số 45-BC/BTGTU"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF has no %q:\n%s", want, text)
		}
	}
}

func TestExportExcelReadsBack(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	retype(e.figures.rows["llct.lop"].entries[1], "30")
	path := filepath.Join(t.TempDir(), "bc.xlsx")
	if err := exportNow(t, tg, formatXLSX, path); err != nil {
		t.Fatal(err)
	}
	r, err := xlsx.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if v := r.Figures["llct.hocvien"].Value; v == nil || *v != 3286 {
		t.Errorf("llct.hocvien read back = %v, want 3286", v)
	}
	if v := r.Figures["llct.lop"].Previous; v == nil || *v != 30 {
		t.Errorf("llct.lop's same period last year read back = %v, want 30", v)
	}
}

// An export that fails says why and leaves an earlier file as it was.
func TestExportFailureKeepsOldFile(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "bc.pdf")
	if err := os.WriteFile(path, []byte("bản cũ"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A placeholder that cannot be filled makes the PDF fail (the export
	// button refuses such a report; the writer must fail cleanly anyway).
	e.r.Sections[1].Text += " {khong.co}"
	err := exportNow(t, tg, formatPDF, path)
	if err == nil {
		t.Fatal("exporting a PDF with a placeholder that cannot be filled reports no error")
	}
	if data, _ := os.ReadFile(path); string(data) != "bản cũ" {
		t.Errorf("the earlier file was replaced: %q", data)
	}
	// A folder that does not exist.
	err = exportNow(t, tg, formatJSON, filepath.Join(dir, "không-có", "bc.json"))
	if err == nil || !strings.Contains(err.Error(), "không-có") {
		t.Errorf("writing into a folder that does not exist: error %v, want one naming không-có", err)
	}
}

func TestExportRefusesErrorsAndAsksOnWarnings(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	c := tg.win.Canvas()

	retype(e.figures.rows["llct.hocvien"].entries[0], "3")
	e.exportDialog(formatPDF)
	texts := overlayTexts(c)
	if !contains(texts, "Chưa xuất được PDF") || !contains(texts, "ít hơn") {
		t.Fatalf("exporting with an error in the report, the dialog says: %v", texts)
	}
	closeOverlays(c)

	// A warning only (more learners per class than usual): asked once.
	retype(e.figures.rows["llct.hocvien"].entries[0], "30.000")
	if e.problems.HasErrors() || len(e.problems.Warnings()) == 0 {
		t.Fatalf("want warnings only: %v", e.problems)
	}
	e.exportDialog(formatPDF)
	if !contains(overlayTexts(c), "Vẫn xuất") {
		t.Fatalf("does not ask when there are warnings: %v", overlayTexts(c))
	}
	test.Tap(overlayButton(t, c, "Vẫn xuất"))
	// Next comes the save dialog, with the suggested name.
	if !contains(overlayTexts(c), "Lưu vào thư mục") {
		t.Fatalf("the save dialog does not open: %v", overlayTexts(c))
	}
	var name string
	uitest.Walk(c.Overlays().Top(), func(o fyneObject) {
		if en, ok := o.(*widget.Entry); ok {
			name = en.Text
		}
	})
	if name != "BC-45-BTGTU-6T2019.pdf" {
		t.Errorf("suggested file name = %q, want BC-45-BTGTU-6T2019.pdf", name)
	}
}

// The save dialog adds the missing extension, asks before overwriting,
// and remembers nothing it was not told.
func TestSaveDialog(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	c := tg.win.Canvas()
	dir := t.TempDir()
	var chosen string
	tg.saveDialog("Xuất", dir, "BC-45", ".pdf", func(p string) { chosen = p })
	var name *widget.Entry
	uitest.Walk(c.Overlays().Top(), func(o fyneObject) {
		if en, ok := o.(*widget.Entry); ok {
			name = en
		}
	})
	name.SetText("bao cao")
	test.Tap(overlayButton(t, c, "Lưu"))
	if want := filepath.Join(dir, "bao cao.pdf"); chosen != want {
		t.Fatalf("path = %q, want %q", chosen, want)
	}

	if err := os.WriteFile(filepath.Join(dir, "cu.pdf"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	chosen = ""
	tg.saveDialog("Xuất", dir, "cu", ".pdf", func(p string) { chosen = p })
	test.Tap(overlayButton(t, c, "Lưu"))
	if chosen != "" || !contains(overlayTexts(c), "Ghi đè lên tệp đó?") {
		t.Fatalf("does not ask before overwriting (%q): %v", chosen, overlayTexts(c))
	}
	test.Tap(overlayButton(t, c, "Ghi đè"))
	if chosen != filepath.Join(dir, "cu.pdf") {
		t.Errorf("Ghi đè chose %q, want cu.pdf", chosen)
	}
	closeOverlays(c)

	chosen = ""
	tg.saveDialog("Xuất", dir, "a/b", ".pdf", func(p string) { chosen = p })
	test.Tap(overlayButton(t, c, "Lưu"))
	if chosen != "" || !contains(overlayTexts(c), "không được có các ký tự") {
		t.Errorf("a file name with a / is taken: %q", chosen)
	}
}

func TestWrittenOffersToOpen(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	dir := t.TempDir()
	path := filepath.Join(dir, "Báo cáo.pdf")
	tg.showWritten(formatPDF, path)
	test.Tap(overlayButton(t, tg.win.Canvas(), "Mở thư mục"))
	if len(tg.opened) != 1 || !strings.HasPrefix(tg.opened[0], "file://") || !strings.Contains(tg.opened[0], filepath.Base(dir)) {
		t.Errorf("Mở thư mục opened %v, want the folder", tg.opened)
	}
}

// The export of the window refuses, before it writes, what the command
// line refuses: the archive's own file, a device, a folder, a read-only
// file; and each of them is left as it was.
func TestExportRefusesWhatWouldBeDestroyed(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	tg.openSample(t)
	dir := t.TempDir()
	ro := filepath.Join(dir, "đã-gửi.pdf")
	os.WriteFile(ro, []byte("bản đã gửi"), 0o444)
	os.Chmod(ro, 0o444)
	for _, tc := range []struct {
		f    *fileFormat
		path string
		want string
	}{
		{formatJSON, tg.path, "đó là tệp đang đọc"},
		{formatPDF, os.DevNull, "đó là một thiết bị"},
		{formatXLSX, dir, "đó là một thư mục"},
		{formatDOCX, ro, "tệp chỉ đọc"},
	} {
		err := exportNow(t, tg, tc.f, tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s → %s: %v, want %q", tc.f.Name, tc.path, err, tc.want)
		}
	}
	if b, _ := os.ReadFile(tg.path); !strings.HasPrefix(string(b), "SQLite format 3\x00") {
		t.Errorf("the archive's file was replaced: %.20q", b)
	}
	if b, _ := os.ReadFile(ro); string(b) != "bản đã gửi" {
		t.Error("the read-only file was replaced")
	}
	if st, err := os.Stat(os.DevNull); err != nil || st.Mode().IsRegular() {
		t.Errorf("%s is now a regular file", os.DevNull)
	}
}
