package gui

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/storage"

	"baocao/report/flow"
	"baocao/report/store"
)

// fileFormat is a kind of file the editor writes.
type fileFormat struct {
	*flow.Format
	title string // of the save dialog
	// checked formats refuse a report with errors (an export for
	// someone else); the report file is a copy of the clerk's own work
	// and is always written.
	checked bool
}

var (
	formatPDF  = &fileFormat{Format: flow.PDF, title: "Xuất báo cáo ra tệp PDF", checked: true}
	formatDOCX = &fileFormat{Format: flow.Word, title: "Xuất báo cáo ra tệp Word", checked: true}
	formatXLSX = &fileFormat{Format: flow.Excel, title: "Xuất báo cáo ra bảng tính Excel", checked: true}
	formatJSON = &fileFormat{Format: flow.JSON, title: "Lưu báo cáo thành tệp"}
)

// outputs asks for the one file path in format f.
func (f *fileFormat) outputs(path string) flow.Outputs {
	var o flow.Outputs
	switch f.Format {
	case flow.PDF:
		o.PDF = path
	case flow.Word:
		o.Word = path
	case flow.Excel:
		o.Excel = path
	case flow.JSON:
		o.JSON = path
	}
	return o
}

// exportDialog checks the report, asks where to write it, writes it.
func (e *editor) exportDialog(f *fileFormat) {
	if f.checked {
		e.checkEverything()
		if errs := e.problems.Errors(); len(errs) > 0 {
			e.g.ask("Chưa xuất được "+f.Name,
				fmt.Sprintf("Báo cáo còn %d lỗi, phải sửa trước khi xuất:\n\n%s", len(errs), problemLines(problemMessages(errs), 12)),
				choice{label: "Xem và sửa", important: true, fn: e.showProblems})
			return
		}
		if warns := e.problems.Warnings(); len(warns) > 0 {
			e.g.confirm("Báo cáo có cảnh báo",
				fmt.Sprintf("Báo cáo có %d cảnh báo (không bắt buộc sửa):\n\n%s\n\nVẫn xuất %s?", len(warns), problemLines(problemMessages(warns), 12), f.Name),
				"Vẫn xuất", func() { e.chooseAndExport(f) })
			return
		}
	}
	e.chooseAndExport(f)
}

func (e *editor) chooseAndExport(f *fileFormat) {
	g := e.g
	dir := g.app.Preferences().String(prefExportDir)
	g.saveDialog(f.title, dir, e.r.FileStem()+f.Ext, f.Ext, func(path string) {
		g.app.Preferences().SetString(prefExportDir, filepath.Dir(path))
		e.export(f, path, func(err error) {
			if err != nil {
				g.showError("Chưa ghi được tệp "+filepath.Base(path)+"; báo cáo trong chương trình vẫn còn nguyên", err)
				return
			}
			g.showWritten(f, path)
		})
	})
}

// export writes the report to path off the UI goroutine, showing progress;
// then runs on the UI goroutine with the outcome.
func (e *editor) export(f *fileFormat, path string, then func(error)) {
	g := e.g
	busy := g.busy("Đang ghi tệp "+f.Name, path)
	r := e.r.Clone()
	out := f.outputs(path)
	// The archive's own file is the one input an export could destroy.
	var inputs []string
	if g.path != "" && !store.IsURL(g.path) {
		inputs = append(inputs, g.path)
	}
	go func() {
		err := out.Check(inputs...)
		if err == nil {
			_, err = flow.Export(r, out)
		}
		g.cfg.do(func() {
			busy.Hide()
			then(err)
		})
	}()
}

// showWritten tells where the file is and offers to open it or its folder.
func (g *gui) showWritten(f *fileFormat, path string) {
	open := func(p string) func() {
		return func() {
			u, err := url.Parse(storage.NewFileURI(p).String())
			if err == nil {
				err = g.openURL(u)
			}
			if err != nil {
				// The system's error is English (exec: "xdg-open": …):
				// say what failed; the file is written all the same.
				g.showError("Không mở được "+p, errors.New("máy này không mở được tệp hay thư mục từ chương trình; tệp đã được ghi, hãy mở nó bằng trình quản lý tệp (File Explorer)"))
			}
		}
	}
	g.askWith("Đã ghi tệp "+f.Name, "Đã ghi tệp:\n"+path, "Đóng",
		choice{label: "Mở tệp", important: true, fn: open(path)},
		choice{label: "Mở thư mục", fn: open(filepath.Dir(path))},
	)
}

// withExt adds ext to a file name that lacks it (Fyne's dialogs add none).
func withExt(name, ext string) string {
	if strings.EqualFold(filepath.Ext(name), ext) {
		return name
	}
	return name + ext
}

// defaultDir is where a save dialog starts: the user's Documents folder
// when there is one, else the home folder.
func defaultDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	for _, d := range []string{"Documents", "Tài liệu", "My Documents"} {
		p := filepath.Join(home, d)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
	}
	return home
}
