package gui

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
)

// TestExportWord goes the clerk's way: the toolbar's Xuất Word… refuses
// a report with errors; once it is fixed, the save dialog suggests the
// .docx name, the file is written, and Mở tệp / Mở thư mục are offered.
// The menu has the item with its own shortcut.
func TestExportWord(t *testing.T) {
	dir := t.TempDir()
	tg := newTestGUI(t, "", map[string]any{prefExportDir: dir})
	e := tg.openSample(t)
	c := tg.win.Canvas()

	var item *fyne.MenuItem
	for _, m := range tg.menu.menu.Items {
		for _, it := range m.Items {
			if it.Label == "Xuất Word…" {
				item = it
			}
		}
	}
	if item == nil || item.Disabled || item.Shortcut != shortcutWord {
		t.Fatalf("menu Tệp, item Xuất Word… = %+v, want it enabled with its own shortcut", item)
	}
	for _, s := range []fyne.Shortcut{shortcutSave, shortcutPDF, shortcutTyping} {
		if s.ShortcutName() == shortcutWord.ShortcutName() {
			t.Errorf("the shortcut %s is taken twice", s.ShortcutName())
		}
	}
	var button *widget.Button
	uitest.Walk(c.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Xuất Word…" {
			button = b
		}
	})
	if button == nil {
		t.Fatal("the toolbar has no button Xuất Word…")
	}

	retype(e.figures.rows["llct.hocvien"].entries[0], "3")
	test.Tap(button)
	if texts := overlayTexts(c); !contains(texts, "Chưa xuất được Word") {
		t.Fatalf("exporting Word with an error in the report, the dialog says: %v", texts)
	}
	closeOverlays(c)

	retype(e.figures.rows["llct.hocvien"].entries[0], "3.286")
	test.Tap(button)
	var name string
	uitest.Walk(c.Overlays().Top(), func(o fyneObject) {
		if en, ok := o.(*widget.Entry); ok {
			name = en.Text
		}
	})
	if name != "BC-45-BTGTU-6T2019.docx" {
		t.Fatalf("suggested file name = %q, want BC-45-BTGTU-6T2019.docx; the dialog says: %v", name, overlayTexts(c))
	}
	test.Tap(overlayButton(t, c, "Lưu"))
	tg.q.until(t, "the Word file written", 60*time.Second, func() bool { return contains(overlayTexts(c), "Mở tệp") })
	if texts := overlayTexts(c); !contains(texts, "Mở thư mục") {
		t.Errorf("after writing, the dialog says: %v, want Mở thư mục among them", texts)
	}
	path := filepath.Join(dir, name)
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("the Word file: %v", err)
	}
	defer z.Close()
	var body string
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(r)
			r.Close()
			body = string(b)
		}
	}
	for _, want := range []string{"3.286", "BAN TUYÊN GIÁO", "Số 45-BC/BTGTU"} {
		if !strings.Contains(body, want) {
			t.Errorf("word/document.xml has no %q", want)
		}
	}
	test.Tap(overlayButton(t, c, "Mở tệp"))
	if len(tg.opened) != 1 || !strings.HasSuffix(tg.opened[0], ".docx") {
		t.Errorf("Mở tệp opened %v, want the .docx", tg.opened)
	}
}
