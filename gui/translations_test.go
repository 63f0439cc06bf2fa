package gui

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fyneDir is the folder of the Fyne module the app is built with.
func fyneDir(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Fatalf("finding Fyne's folder: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// Every text Fyne's English translation has is in the Vietnamese one.
func TestTranslationCoversFyne(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fyneDir(t), "lang", "translations", "base.en.json"))
	if err != nil {
		t.Fatal(err)
	}
	var en, vi map[string]any
	if err := json.Unmarshal(data, &en); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(viTranslation, &vi); err != nil {
		t.Fatalf("translations/vi.json: %v", err)
	}
	for k := range en {
		v, ok := vi[k]
		if !ok {
			t.Errorf("translations/vi.json lacks %q", k)
			continue
		}
		if s, ok := v.(string); ok && (s == "" || s == en[k]) && k != "OK" {
			t.Errorf("translations/vi.json: %q is not translated (%q)", k, s)
		}
	}
}

// Fyne's texts are Vietnamese whatever the system's language.
func TestVietnameseWhateverTheLocale(t *testing.T) {
	for _, loc := range []string{"en_US.UTF-8", "fr_FR.UTF-8", "vi_VN.UTF-8", "C"} {
		t.Run(loc, func(t *testing.T) {
			t.Setenv("LANGUAGE", "")
			t.Setenv("LC_ALL", loc)
			t.Setenv("LC_MESSAGES", loc)
			t.Setenv("LANG", loc)
			if err := setupLanguage(); err != nil {
				t.Fatal(err)
			}
			for en, want := range map[string]string{"Cancel": "Hủy", "Save": "Lưu", "Yes": "Có", "Open": "Mở"} {
				if got := lang.L(en); got != want {
					t.Errorf("%s → %q, want %q", en, got, want)
				}
			}
		})
	}
}

// The file dialogs the app shows speak Vietnamese.
func TestFileDialogIsVietnamese(t *testing.T) {
	t.Setenv("LC_ALL", "en_US.UTF-8")
	t.Setenv("LANG", "en_US.UTF-8")
	if err := setupLanguage(); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	w := test.NewWindow(widget.NewLabel(""))
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 700))
	d := dialog.NewFileSave(func(fyne.URIWriteCloser, error) {}, w)
	d.Show()
	got := overlayTexts(w.Canvas())
	for _, want := range []string{"Hủy", "Lưu"} {
		if !contains(got, want) {
			t.Errorf("the save dialog has no %q: %v", want, got)
		}
	}
	if contains(got, "Cancel") {
		t.Errorf("the save dialog still has English words: %v", got)
	}
}

// The app's own file dialogs open (in Vietnamese) without crashing.
func TestAppFileDialogsOpen(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	c := tg.win.Canvas()
	tg.openFileDialog()
	got := overlayTexts(c)
	if !contains(got, "Mở") || !contains(got, "Hủy") {
		t.Errorf("the open dialog shows %v, want Mở and Hủy", got)
	}
	closeOverlays(c)
	tg.saveDialog("Xuất", t.TempDir(), "bc", ".pdf", func(string) {})
	test.Tap(overlayButton(t, c, "Chọn thư mục khác…"))
	if got := overlayTexts(c); !contains(got, "Chọn thư mục này") {
		t.Errorf("the folder chooser shows %v, want Chọn thư mục này", got)
	}
}
