package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
)

// saveDialog asks for the folder and the name of a file to write, then
// calls chosen with the full path (the extension added when missing).
//
// Fyne's own save dialog is not used: it opens (and so empties) an
// existing file before the caller writes anything, which would destroy an
// earlier export if the new one failed, and its overwrite question is in
// English. Here the file is only named; the export writes it atomically,
// and the overwrite question is asked in Vietnamese.
func (g *gui) saveDialog(title, dir, name, ext string, chosen func(path string)) {
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		dir = defaultDir()
	}
	folder := widget.NewLabel(dir)
	folder.Wrapping = fyne.TextWrapBreak
	nameEntry := widget.NewEntry()
	nameEntry.SetText(name)
	var d *dialog.CustomDialog
	pick := widget.NewButtonWithIcon("Chọn thư mục khác…", theme.FolderOpenIcon(), func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil {
				g.showError("Chọn thư mục", err)
				return
			}
			if l != nil {
				dir = l.Path()
				folder.SetText(dir)
			}
		}, g.win)
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			fd.SetLocation(l)
		}
		fd.SetConfirmText("Chọn thư mục này")
		fd.SetTitleText("Chọn thư mục lưu tệp") // else Fyne's "<confirm> thư mục"
		fd.Show()
		fd.Resize(fyne.NewSize(900, 600)) // after Show: a FileDialog has no size before
	})
	errLabel := widget.NewLabel("")
	errLabel.Importance = widget.DangerImportance
	errLabel.Wrapping = fyne.TextWrapWord
	errLabel.Hide()
	save := func() {
		n := strings.TrimSpace(nameEntry.Text)
		if msg := badFileName(n); msg != "" {
			errLabel.SetText(msg)
			errLabel.Show()
			return
		}
		path := filepath.Join(dir, withExt(n, ext))
		if st, err := os.Stat(path); err == nil {
			if st.IsDir() {
				errLabel.SetText(fmt.Sprintf("“%s” là một thư mục; hãy đặt tên tệp khác.", filepath.Base(path)))
				errLabel.Show()
				return
			}
			g.confirm("Tệp đã có", fmt.Sprintf("Thư mục đã có tệp “%s”. Ghi đè lên tệp đó?", filepath.Base(path)), "Ghi đè", func() {
				d.Hide()
				chosen(path)
			})
			return
		}
		d.Hide()
		chosen(path)
	}
	nameEntry.OnSubmitted = func(string) { save() }
	ok := widget.NewButtonWithIcon("Lưu", theme.DocumentSaveIcon(), save)
	ok.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon("Hủy", theme.CancelIcon(), func() { d.Hide() })
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel("Lưu vào thư mục"), container.NewVBox(folder, container.NewHBox(pick)),
		widget.NewLabel("Tên tệp"), nameEntry,
	)
	content := container.NewVBox(form, errLabel, container.NewHBox(layout.NewSpacer(), cancel, ok))
	d = dialog.NewCustomWithoutButtons(title, content, g.win)
	d.Show()
	iwidget.OnEscape(g.win, d, cancel.OnTapped)
	d.Resize(fyne.NewSize(640, content.MinSize().Height+90))
	g.win.Canvas().Focus(nameEntry)
}

// badFileName says what is wrong with a file name typed by the clerk, or "".
func badFileName(n string) string {
	switch {
	case n == "":
		return "Chưa nhập tên tệp."
	case strings.ContainsAny(n, `/\:*?"<>|`):
		return `Tên tệp không được có các ký tự / \ : * ? " < > |`
	case n == "." || n == "..":
		return "Tên tệp không hợp lệ."
	}
	return ""
}
