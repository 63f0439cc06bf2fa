package gui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
	"baocao/report/forms"
)

// prefFormsDir is the folder the last forms were written into.
const prefFormsDir = "forms.dir"

// formsDialog is "Tạo biểu mẫu cho đơn vị…": the fill-in forms of the head
// report's lower units written into a folder.
type formsDialog struct {
	g        *gui
	head     *report.Report
	d        dialog.Dialog
	dir      string
	units    []report.Organization // from the CSV file chosen; nil: the archive's list
	csv      string
	dirLabel *widget.Label
	csvLabel *widget.Label
	who      *widget.Label
	progress *widget.ProgressBar
	written  *widget.Label
	run      *widget.Button
}

// showFormsDialog opens the forms dialog for the head report (nil: none
// chosen yet, which is explained).
func (g *gui) showFormsDialog(head *report.Report) {
	if head == nil {
		g.showInfo("Tạo biểu mẫu", "Hãy chọn báo cáo của đơn vị tổng hợp trước: biểu mẫu lấy kỳ báo cáo, trích yếu và đề cương của báo cáo đó.")
		return
	}
	fd := &formsDialog{g: g, head: head, dir: g.app.Preferences().String(prefFormsDir)}
	fd.dirLabel = widget.NewLabel("")
	fd.dirLabel.Truncation = fyne.TextTruncateEllipsis
	fd.csvLabel = widget.NewLabel("")
	fd.csvLabel.Truncation = fyne.TextTruncateEllipsis
	fd.who = widget.NewLabel("")
	fd.who.Wrapping = fyne.TextWrapWord
	fd.progress = widget.NewProgressBar()
	fd.progress.Hide()
	fd.written = widget.NewLabel("")
	fd.written.Wrapping = fyne.TextWrapWord
	chooseDir := widget.NewButtonWithIcon("Chọn thư mục…", theme.FolderOpenIcon(), fd.chooseDir)
	chooseCSV := widget.NewButtonWithIcon("Chọn tệp CSV…", theme.FileIcon(), fd.chooseCSV)
	clearCSV := widget.NewButtonWithIcon("Bỏ", theme.ContentClearIcon(), func() { fd.setUnits("", nil) })
	fd.run = widget.NewButtonWithIcon("Tạo biểu mẫu", theme.DocumentCreateIcon(), fd.write)
	fd.run.Importance = widget.HighImportance
	intro := widget.NewLabel("Mỗi đơn vị cấp dưới một tệp Excel (.xlsx) để điền bằng Excel hoặc LibreOffice rồi gửi lại; " +
		"kỳ " + head.Period.Name() + ", đề cương theo báo cáo của " + head.Organization.Label() + ", cùng kỳ lấy từ kho khi có.")
	intro.Wrapping = fyne.TextWrapWord
	csvHint := iwidget.Hint("không bắt buộc; dòng tiêu đề superior,name,abbreviation,place (dấu phẩy hoặc chấm phẩy)")
	top := container.NewVBox(
		intro,
		widget.NewForm(
			widget.NewFormItem("Thư mục ghi", container.NewBorder(nil, nil, nil, chooseDir, fd.dirLabel)),
			widget.NewFormItem("Danh sách đơn vị", container.NewVBox(
				container.NewBorder(nil, nil, nil, container.NewHBox(chooseCSV, clearCSV), fd.csvLabel), csvHint)),
		),
		fd.who,
		container.NewHBox(fd.run),
		fd.progress,
	)
	// The files written take the rest of the dialog, scrolled.
	content := container.NewBorder(top, nil, nil, nil, container.NewVScroll(fd.written))
	fd.d = dialog.NewCustom("Tạo biểu mẫu cho đơn vị cấp dưới", "Đóng", content, g.win)
	fd.setUnits("", nil)
	fd.showDir()
	iwidget.ShowDialog(g.win, fd.d)
	fd.d.Resize(fyne.NewSize(dialogWidth+120, 560))
}

// setUnits takes the units of a CSV file (path "": the archive's list).
func (fd *formsDialog) setUnits(path string, units []report.Organization) {
	fd.csv, fd.units = path, units
	switch {
	case path != "":
		fd.csvLabel.SetText(filepath.Base(path))
		fd.who.SetText(fmt.Sprintf("Sẽ tạo %d biểu mẫu, theo tệp %s.", len(units), filepath.Base(path)))
	default:
		fd.csvLabel.SetText("(danh sách đơn vị phải báo cáo trong kho)")
		n := 0
		if fd.g.st != nil {
			list, err := fd.g.st.ExpectedUnits(fd.head.Organization)
			if err != nil {
				fd.g.showError("Đọc danh sách đơn vị phải báo cáo", err)
			}
			n = len(list)
		}
		if n == 0 {
			fd.who.SetText("Chưa có danh sách đơn vị: sẽ tạo một biểu mẫu trống, đơn vị tự ghi tên mình.")
		} else {
			fd.who.SetText(fmt.Sprintf("Sẽ tạo %d biểu mẫu, theo danh sách đơn vị phải báo cáo.", n))
		}
	}
}

func (fd *formsDialog) showDir() {
	if fd.dir == "" {
		fd.dirLabel.SetText("(chưa chọn)")
		fd.run.Disable()
		return
	}
	fd.dirLabel.SetText(fd.dir)
	fd.run.Enable()
}

func (fd *formsDialog) chooseDir() {
	g := fd.g
	g.chooseFolder("Ghi biểu mẫu vào đây", "Chọn thư mục ghi biểu mẫu", fd.dir, func(dir string) {
		fd.dir = dir
		g.app.Preferences().SetString(prefFormsDir, fd.dir)
		fd.showDir()
	})
}

func (fd *formsDialog) chooseCSV() {
	fd.g.chooseUnitsCSV(fd.setUnits)
}

// chooseUnitsCSV lets the clerk pick a units file (CSV: superior, name,
// abbreviation, place; any encoding the office's Excel saves) and gives
// its units to chosen.
func (g *gui) chooseUnitsCSV(chosen func(path string, units []report.Organization)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			g.showError("Chọn tệp CSV", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		units, err := forms.ReadUnitsFile(path)
		if err != nil {
			g.showError("Đọc danh sách đơn vị", err)
			return
		}
		chosen(path, units)
	}, g.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".CSV", ".txt"}))
	d.SetConfirmText("Lấy danh sách này")
	d.SetTitleText("Chọn tệp CSV danh sách đơn vị") // else Fyne's "<confirm> tệp"
	d.Show()
	d.Resize(fyne.NewSize(900, 600))
}

// write writes the forms in the background, showing the progress and
// then the files written.
func (fd *formsDialog) write() {
	g := fd.g
	opt := forms.Options{Head: fd.head, Units: fd.units, Store: g.st, Dir: fd.dir}
	fd.run.Disable()
	fd.progress.SetValue(0)
	fd.progress.Show()
	fd.written.SetText("")
	opt.Progress = func(done, total int) {
		g.cfg.do(func() { fd.progress.SetValue(float64(done) / float64(total)) })
	}
	go func() {
		paths, err := forms.Write(opt)
		g.cfg.do(func() { fd.done(paths, err) })
	}()
}

func (fd *formsDialog) done(paths []string, err error) {
	fd.run.Enable()
	fd.progress.Hide()
	var b strings.Builder
	if len(paths) > 0 {
		fmt.Fprintf(&b, "Đã ghi %d tệp vào %s:\n", len(paths), fd.dir)
		for _, p := range paths {
			b.WriteString(filepath.Base(p) + "\n")
		}
	}
	fd.written.SetText(strings.TrimSpace(b.String()))
	if err != nil {
		fd.g.showError("Tạo biểu mẫu", err)
	}
}
