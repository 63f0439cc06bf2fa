package gui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"baocao/report"
	"baocao/report/flow"
	"baocao/report/store"
)

// openReport shows report id of the archive in the editor, off the UI
// goroutine: the open report is saved first (what is typed meanwhile
// too), the report read, and the editor swapped on the UI goroutine;
// after, when not nil, runs then with the new editor. op is the operation
// this continues, or nil for a new one; it ends here.
func (g *gui) openReport(id int64, op *operation, after func(*editor)) {
	if op == nil {
		if op = g.begin("Đang mở báo cáo", "Đang đọc báo cáo trong kho…", false); op == nil {
			return
		}
	}
	fail := func(err error) {
		op.end()
		g.showError("Mở báo cáo", err)
	}
	notSaved := func(err error) {
		fail(fmt.Errorf("chưa lưu được báo cáo đang mở, nên chưa chuyển sang báo cáo khác (có thể “Lưu thành tệp…” trước): %w", err))
	}
	g.whenSaved(func() {
		var r *report.Report
		var entry store.Entry
		var err error
		g.background(func() { r, entry, err = g.st.Get(id) }, func() {
			if err != nil {
				fail(err)
				return
			}
			// Keys typed in the old editor while the report was read
			// are saved before it goes.
			g.whenSaved(func() {
				g.showReport(id, r, entry)
				op.end() // after: the old editor's toolbar is not enabled again for nothing
				if after != nil && g.ed != nil {
					after(g.ed)
				}
			}, notSaved)
		})
	}, notSaved)
}

// showReport puts a report read from the archive in the editor (UI
// goroutine, no disk): the editor shown before is dropped, its changes
// already saved.
func (g *gui) showReport(id int64, r *report.Report, entry store.Entry) {
	if g.ed != nil {
		g.closeEditor(g.ed)
	}
	g.ed = newEditor(g, id, r, entry)
	g.app.Preferences().SetInt(prefOpenReport, int(id))
	g.win.SetContent(g.ed.content)
	g.setTitle()
	g.menu.update()
	g.typ.firstStartHint()
}

// closeReport saves the open report and goes back to the start screen. A
// save that fails is explained first: the clerk chooses to stay, to keep a
// copy as a file, or to close anyway.
func (g *gui) closeReport() {
	if g.ed == nil {
		return
	}
	g.leaveEditor("Đang đóng báo cáo", "trước khi đóng", "Vẫn đóng", g.forceClose, g.forceClose)
}

// leaveEditor saves the open report off the UI goroutine (the window says
// it is busy: title) and then runs next. When the save fails the clerk is
// asked: stay, keep a copy as a file, or goOn anyway (anyway labels that
// button; before ends the question: "trước khi đóng").
func (g *gui) leaveEditor(title, before, anyway string, next, goOn func()) {
	op := g.begin(title, "Đang lưu những thay đổi mới nhất…", false)
	if op == nil {
		return
	}
	ed := g.ed
	g.whenSaved(func() {
		op.end()
		next()
	}, func(err error) {
		op.end()
		g.notSavedAsk(ed, err, before, anyway, goOn)
	})
}

// notSavedAsk explains that the latest changes of ed could not be saved,
// and offers to keep a copy as a file or to go on anyway.
func (g *gui) notSavedAsk(ed *editor, err error, before, anyway string, goOn func()) {
	g.ask("Chưa lưu được báo cáo",
		"Những thay đổi mới nhất chưa lưu được vào kho:\n"+err.Error()+
			"\n\nCó thể lưu một bản thành tệp "+before+".",
		choice{label: "Lưu thành tệp…", important: true, fn: func() { ed.exportDialog(formatJSON) }},
		choice{label: anyway, fn: goOn},
	)
}

func (g *gui) forceClose() {
	if g.ed != nil {
		g.closeEditor(g.ed)
	}
	g.app.Preferences().SetInt(prefOpenReport, 0)
	g.showStart()
}

// openOrShow opens report id; a failure is shown.
func (g *gui) openOrShow(id int64) { g.openReport(id, nil, nil) }

// openSample stores the sample report in the archive and opens it.
func (g *gui) openSample() {
	g.importReport(report.Sample(), "báo cáo mẫu")
}

// openFileDialog asks for a report file or a workbook and imports it.
func (g *gui) openFileDialog() {
	if g.st == nil {
		return
	}
	g.chooseReportFile("Mở tệp", "Mở", "Mở tệp báo cáo, tệp mẫu báo cáo (.json) hoặc bảng tính Excel (.xlsx)", g.openFile)
}

// chooseReportFile shows Fyne's file dialog for one report file or
// workbook, starting in the folder used last, and hands the chosen path to
// then (the folder is remembered).
func (g *gui) chooseReportFile(what, confirm, title string, then func(path string)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			g.showError(what, err)
			return
		}
		if rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		g.app.Preferences().SetString(prefOpenDir, filepath.Dir(path))
		then(path)
	}, g.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".xlsx", ".JSON", ".XLSX"}))
	d.SetConfirmText(confirm)
	d.SetTitleText(title)
	if dir := g.app.Preferences().String(prefOpenDir); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
	d.Resize(fyne.NewSize(900, 600)) // after Show: a FileDialog has no size before
}

// openFile reads a report file or a workbook off the UI goroutine (a big
// workbook takes a moment) and imports it; a template file starts a new
// report of its template.
func (g *gui) openFile(path string) {
	if flow.IsTemplateFile(path) {
		g.openTemplateFile(path)
		return
	}
	busy := g.busy("Đang đọc tệp", filepath.Base(path))
	var r *report.Report
	var err error
	g.background(func() { r, err = flow.Load(path) }, func() {
		busy.Hide()
		if err != nil {
			g.showError("Không mở được tệp "+filepath.Base(path), err)
			return
		}
		g.importReport(r, "tệp "+filepath.Base(path))
	})
}

// importReport puts a report read from elsewhere into the archive and
// opens it. When the archive has a report of the same unit and period, the
// clerk chooses: open the archived one, or save the file's content as a
// new revision of it (the older content stays in its history).
func (g *gui) importReport(r *report.Report, source string) {
	op := g.begin("Đang lưu vào kho", "Đang lưu "+source+" vào kho…", false)
	if op == nil {
		return
	}
	opt := store.SaveOptions{Author: g.cfg.author, Note: "Nhập từ " + source}
	var placed flow.Placed
	var err error
	g.background(func() { placed, err = flow.Place(g.st, r, opt) }, func() {
		if err != nil {
			op.end()
			g.showError("Lưu "+source+" vào kho", err)
			return
		}
		if !placed.Found {
			g.openReport(placed.ID, op, nil)
			return
		}
		op.end()
		e := placed.Existing
		msg := fmt.Sprintf("Kho đã có báo cáo của %s (%s, lưu lần cuối %s).\n\n"+
			"Mở báo cáo trong kho, hay nhập nội dung của %s thành một lần lưu mới của báo cáo đó? "+
			"Nội dung cũ vẫn còn trong Lịch sử.",
			e.Label(), e.Status.Label(), formatSaved(e.Updated, time.Now()), source)
		g.ask("Báo cáo đã có trong kho", msg,
			choice{label: "Mở báo cáo trong kho", fn: func() { g.openOrShow(e.ID) }},
			choice{label: "Nhập thành lần lưu mới", important: true, fn: func() { g.replaceWith(e.ID, r, source, opt) }},
		)
	})
}

// replaceWith saves r as a new revision of report id and opens it; a
// report finalized meanwhile is opened as it is, and the clerk told.
func (g *gui) replaceWith(id int64, r *report.Report, source string, opt store.SaveOptions) {
	op := g.begin("Đang lưu vào kho", "Đang nhập "+source+" thành lần lưu mới…", false)
	if op == nil {
		return
	}
	var err error
	g.background(func() { err = flow.Replace(g.st, id, r, opt) }, func() {
		switch {
		case errors.Is(err, store.ErrFinal):
			op.end()
			g.showError("Nhập "+source, fmt.Errorf("%w. Báo cáo trong kho được mở để xem", err))
			g.openOrShow(id)
		case err != nil:
			op.end()
			g.showError("Nhập "+source, err)
		default:
			g.openReport(id, op, nil)
		}
	})
}

// lowerFirst puts the first letter in lower case.
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// chooseFolder shows Fyne's folder dialog, starting in start when it is
// set, and hands the chosen folder to then.
func (g *gui) chooseFolder(confirm, title, start string, then func(path string)) {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			g.showError("Chọn thư mục", err)
			return
		}
		if l == nil {
			return
		}
		then(l.Path())
	}, g.win)
	d.SetConfirmText(confirm)
	d.SetTitleText(title)
	if start != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
	d.Resize(fyne.NewSize(900, 600))
}
