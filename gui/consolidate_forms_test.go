package gui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
	"baocao/report/xlsx"
)

// "Tạo biểu mẫu cho đơn vị…" on the Tổng hợp screen writes one form per
// unit of the head's list into the folder chosen, and lists the files.
func TestFormsDialog(t *testing.T) {
	tg, s, _ := consolidationGUI(t)
	dir := t.TempDir()
	tg.app.Preferences().SetString(prefFormsDir, dir)
	c := tg.win.Canvas()
	var btn *widget.Button
	uitest.Walk(s.content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Tạo biểu mẫu cho đơn vị…" {
			btn = b
		}
	})
	if btn == nil {
		t.Fatal("no button Tạo biểu mẫu cho đơn vị… on the Tổng hợp screen")
	}
	test.Tap(btn)
	if !contains(overlayTexts(c), "Sẽ tạo 6 biểu mẫu, theo danh sách đơn vị phải báo cáo.") {
		t.Fatalf("dialog: %q", overlayTexts(c))
	}
	test.Tap(overlayButton(t, c, "Tạo biểu mẫu"))
	tg.q.until(t, "the forms written", 2*time.Minute, func() bool {
		for _, l := range overlayTexts(c) {
			if strings.HasPrefix(l, "Đã ghi 6 tệp") {
				return true
			}
		}
		return false
	})
	files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	if len(files) != 6 {
		t.Fatalf("%d files in %s", len(files), dir)
	}
	r, err := xlsx.ReadFile(filepath.Join(dir, "bieu-mau-6t2019-ban-tuyen-giao-huyen-uy-kim-bang.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization != orgKimBang {
		t.Errorf("form of %+v", r.Organization)
	}
}
