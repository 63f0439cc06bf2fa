package gui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
	"baocao/report/store"
)

// startScreen lists the reports of the archive, newest first, with a
// search that ignores case and Vietnamese marks, and the ways to begin:
// a new report, a file, the sample.
type startScreen struct {
	g       *gui
	all     []store.Entry
	shown   []store.Entry
	search  *widget.Entry
	list    *widget.List
	count   *widget.Label
	empty   *widget.Label
	newBtn  *widget.Button
	openBtn *widget.Button
	sample  *widget.Button
	cons    *widget.Button
	tpl     *widget.Button
	content fyne.CanvasObject
}

// startColumns are the proportions of the list's columns: đơn vị, kỳ báo
// cáo, trạng thái, lần lưu cuối.
var startColumns = []float32{0.44, 0.22, 0.12, 0.22}

func newStartScreen(g *gui) *startScreen {
	s := &startScreen{g: g}
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Tìm theo đơn vị, kỳ, số báo cáo (gõ có dấu hay không dấu đều được)")
	s.search.OnChanged = func(string) { s.filter() }
	s.search.ActionItem = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { s.search.SetText("") })

	s.newBtn = widget.NewButtonWithIcon("Báo cáo mới", theme.DocumentCreateIcon(), g.newReport)
	s.newBtn.Importance = widget.HighImportance
	s.openBtn = widget.NewButtonWithIcon("Mở tệp…", theme.FolderOpenIcon(), g.openFileDialog)
	s.sample = widget.NewButtonWithIcon("Mở báo cáo mẫu", theme.FileTextIcon(), g.openSample)
	s.cons = widget.NewButtonWithIcon("Tổng hợp báo cáo", theme.ListIcon(), g.showConsolidate)
	s.tpl = widget.NewButtonWithIcon("Mẫu báo cáo", theme.GridIcon(), g.showTemplates)

	s.list = widget.NewList(
		func() int { return len(s.shown) },
		func() fyne.CanvasObject { return iwidget.NewLabelRow(startColumns) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.shown) {
				return
			}
			e := s.shown[id]
			unit := report.Organization{Superior: e.Superior, Name: e.Name}.Label()
			if unit == "" {
				unit = "(chưa có tên đơn vị)"
			}
			if e.Number != "" {
				unit += " (số " + e.Number + ")"
			}
			iwidget.RowLabel(o, 0).SetText(unit)
			iwidget.RowLabel(o, 1).SetText(e.Period.Name())
			st := iwidget.RowLabel(o, 2)
			st.Importance = widget.MediumImportance
			if e.Status == store.Final {
				st.Importance = widget.SuccessImportance
			}
			st.SetText(e.Status.Label())
			iwidget.RowLabel(o, 3).SetText(formatSaved(e.Updated, time.Now()))
		})
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id < len(s.shown) {
			g.openOrShow(s.shown[id].ID)
		}
	}

	header := container.New(&iwidget.ColumnsLayout{Weights: startColumns},
		boldLabel("Đơn vị"), boldLabel("Kỳ báo cáo"), boldLabel("Trạng thái"), boldLabel("Lần lưu cuối"))
	headerBg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))

	title := iwidget.Heading("Kho báo cáo")
	s.count = widget.NewLabel("")
	s.count.Importance = widget.LowImportance
	where := widget.NewLabel("Kho: " + g.path)
	where.Importance = widget.LowImportance
	where.Truncation = fyne.TextTruncateEllipsis

	top := container.NewVBox(
		container.NewHBox(title, layout.NewSpacer(), s.newBtn, s.openBtn, s.cons, s.tpl, s.sample),
		s.search,
		container.NewStack(headerBg, header),
	)
	bottom := container.NewBorder(nil, nil, nil, s.count, where)
	s.empty = widget.NewLabel("")
	s.content = container.NewPadded(container.NewBorder(top, bottom, nil, nil, emptyOver(s.list, s.empty)))
	return s
}

// reload reads the archive's list again, off the UI goroutine.
func (s *startScreen) reload() {
	s.g.listReports(func(entries []store.Entry, err error) {
		if err == nil {
			s.all = entries
			s.filter()
		}
	})
}

// listReports reads the archive's list off the UI goroutine and hands it
// to then on the UI goroutine; an error is shown, then gets it too.
func (g *gui) listReports(then func([]store.Entry, error)) {
	var entries []store.Entry
	var err error
	g.background(func() { entries, err = g.st.List() }, func() {
		if err != nil {
			g.showError("Đọc danh sách báo cáo trong kho", err)
		}
		then(entries, err)
	})
}

// filter keeps the entries that match the search.
func (s *startScreen) filter() {
	q := s.search.Text
	s.shown = s.shown[:0]
	for _, e := range s.all {
		text := e.Superior + " " + e.Name + " " + e.Period.SearchText() + " số " + e.Number + " " + e.Status.Label()
		if iwidget.Matches(text, q) {
			s.shown = append(s.shown, e)
		}
	}
	switch {
	case len(s.all) == 0:
		s.empty.SetText("Kho chưa có báo cáo nào.\nBấm “Báo cáo mới” để soạn báo cáo của đơn vị, “Mở tệp…” để nhập tệp báo cáo, bảng tính Excel hoặc tệp mẫu báo cáo tỉnh gửi, “Mẫu báo cáo” để soạn mẫu gửi các đơn vị cấp dưới, hoặc “Mở báo cáo mẫu” để xem một báo cáo đã soạn sẵn.")
	case len(s.shown) == 0:
		s.empty.SetText("Không có báo cáo nào khớp với “" + q + "”.")
	}
	s.empty.Hidden = len(s.shown) > 0
	s.empty.Refresh()
	switch {
	case len(s.all) == 0:
		s.count.SetText("")
	case len(s.shown) == len(s.all):
		s.count.SetText(fmt.Sprintf("%d báo cáo", len(s.all)))
	default:
		s.count.SetText(fmt.Sprintf("%d / %d báo cáo", len(s.shown), len(s.all)))
	}
	s.list.Refresh()
}

// showStart closes the editor (saving it) and shows the start screen.
func (g *gui) showStart() {
	if g.st == nil {
		return
	}
	if g.start == nil {
		g.start = newStartScreen(g)
	}
	g.start.reload()
	g.win.SetContent(g.start.content)
	g.setTitle()
	g.menu.update()
	g.win.Canvas().Focus(g.start.search)
}

// showFatal replaces the window's content with the reason the archive
// could not be opened; the app stays up so the clerk can read it.
func (g *gui) showFatal(err error) {
	title := iwidget.Heading("Không mở được kho báo cáo")
	msg := wrapped(err.Error())
	msg.Importance = widget.DangerImportance
	hint := wrapped(g.fatalHint())
	quit := widget.NewButtonWithIcon("Thoát", theme.LogoutIcon(), func() { g.win.Close() })
	g.win.SetContent(container.NewPadded(container.NewVBox(title, msg, hint, container.NewHBox(quit))))
	d := dialog.NewCustom("Lỗi", "Đóng", wrapped(err.Error()), g.win)
	g.sized(d, msg)
}

// boldLabel is a column's header.
func boldLabel(text string) *widget.Label { return iwidget.Bold(text) }

// formatSaved writes when a report was last saved: "hôm nay 10:42",
// "hôm qua 16:05", "05/07/2019 10:42".
func formatSaved(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.Local()
	y1, m1, d1 := t.Date()
	y2, m2, d2 := now.Local().Date()
	switch {
	case y1 == y2 && m1 == m2 && d1 == d2:
		return "hôm nay " + t.Format("15:04")
	case t.Add(24*time.Hour).Format("2006-01-02") == now.Local().Format("2006-01-02"):
		return "hôm qua " + t.Format("15:04")
	}
	return t.Format("02/01/2006 15:04")
}
