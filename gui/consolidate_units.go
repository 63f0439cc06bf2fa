package gui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// unitsEditor is the dialog that edits the list of lower units a head
// unit expects reports from (danh sách đơn vị phải báo cáo): one row a
// unit (cơ quan cấp trên and tên, e.g. ĐẢNG ỦY XÃ GIA VIỄN / BAN XÂY DỰNG
// ĐẢNG), added, removed, renamed, moved; or taken from the units of the
// files chosen for the consolidation. It is saved in the archive.
type unitsEditor struct {
	g         *gui
	head      report.Organization
	units     []report.Organization // the working copy
	rows      []unitEntries
	list      *fyne.Container
	scroll    *container.Scroll
	count     *widget.Label
	errLabel  *widget.Label
	save      *widget.Button
	fromFiles *widget.Button
	dirty     bool
	d         *dialog.CustomDialog
	saved     func([]report.Organization)
}

// unitEntries are the two entries of a row.
type unitEntries struct {
	superior, name *textedit.Entry
}

// editExpectedUnits opens the editor of head's list. files gives the units
// of the files chosen (for “Lấy từ các tệp đã chọn”); saved receives the
// list as the archive keeps it, after a save.
func (g *gui) editExpectedUnits(head report.Organization, units []report.Organization, files func() []report.Organization, saved func([]report.Organization)) *unitsEditor {
	u := &unitsEditor{g: g, head: head, units: append([]report.Organization(nil), units...), saved: saved}
	hint := iwidget.Hint("Các đơn vị cấp dưới phải gửi báo cáo cho " + head.Label() + ", theo thứ tự sẽ liệt kê trong báo cáo tổng hợp. " +
		"Đơn vị được nhận ra theo cơ quan cấp trên và tên (không phân biệt chữ hoa, chữ thường).")
	header := container.New(&iwidget.RowLayout{Widths: []float32{36, 0, 0, 3 * 40}},
		widget.NewLabel(""), boldLabel("Cơ quan cấp trên"), boldLabel("Tên đơn vị"), widget.NewLabel(""))
	u.list = container.NewVBox()
	u.scroll = container.NewVScroll(u.list)
	u.count = widget.NewLabel("")
	u.count.Importance = widget.LowImportance
	u.errLabel = widget.NewLabel("")
	u.errLabel.Importance = widget.DangerImportance
	u.errLabel.Wrapping = fyne.TextWrapWord
	u.errLabel.Hide()

	add := widget.NewButtonWithIcon("Thêm đơn vị", theme.ContentAddIcon(), func() {
		u.collect()
		u.units = append(u.units, report.Organization{})
		u.dirty = true
		u.build()
		u.scroll.ScrollToBottom()
		g.win.Canvas().Focus(u.rows[len(u.rows)-1].superior)
	})
	u.fromFiles = widget.NewButtonWithIcon("Lấy từ các tệp đã chọn", theme.DownloadIcon(), func() { u.take(files(), "các tệp đã chọn") })
	fromCSV := widget.NewButtonWithIcon("Lấy từ tệp CSV…", theme.FileIcon(), func() {
		g.chooseUnitsCSV(func(path string, units []report.Organization) { u.take(units, "tệp "+filepath.Base(path)) })
	})
	if files == nil || len(files()) == 0 {
		u.fromFiles.Disable()
	}
	u.save = widget.NewButtonWithIcon("Lưu danh sách", theme.DocumentSaveIcon(), u.store)
	u.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon("Hủy", theme.CancelIcon(), u.cancel)
	buttons := container.NewHBox(add, u.fromFiles, fromCSV, layout.NewSpacer(), cancel, u.save)
	bottom := container.NewVBox(u.errLabel, u.count, buttons)
	content := container.NewBorder(container.NewVBox(hint, header), bottom, nil, nil, u.scroll)
	u.build()
	u.d = dialog.NewCustomWithoutButtons("Danh sách đơn vị phải báo cáo", content, g.win)
	u.d.Show()
	iwidget.OnEscape(g.win, u.d, u.cancel) // asks first when the list was changed
	u.d.Resize(fyne.NewSize(820, 600))
	return u
}

// build makes one row a unit.
func (u *unitsEditor) build() {
	u.rows = u.rows[:0]
	objs := make([]fyne.CanvasObject, 0, len(u.units))
	for i := range u.units {
		i := i
		o := u.units[i]
		sup := textedit.NewEntry(u.g.typ)
		sup.SetText(o.Superior)
		sup.SetPlaceHolder("ĐẢNG ỦY XÃ GIA VIỄN")
		name := textedit.NewEntry(u.g.typ)
		name.SetText(o.Name)
		name.SetPlaceHolder("BAN XÂY DỰNG ĐẢNG")
		for _, en := range []*textedit.Entry{sup, name} {
			en.OnChanged = func(string) {
				u.dirty = true
				u.errLabel.Hide()
			}
		}
		order := iwidget.NewReorderButtons(i, len(u.units), u.move, func() {
			u.collect()
			u.units = append(u.units[:i], u.units[i+1:]...)
			u.dirty = true
			u.build()
		})
		num := widget.NewLabel(fmt.Sprintf("%d.", i+1))
		objs = append(objs, container.New(&iwidget.RowLayout{Widths: []float32{36, 0, 0, 3 * 40}},
			num, sup, name, order))
		u.rows = append(u.rows, unitEntries{superior: sup, name: name})
	}
	if len(objs) == 0 {
		empty := iwidget.Hint("Danh sách trống: mọi đơn vị gửi tệp đều được tổng hợp, không có đơn vị nào “Chưa gửi”. " +
			"Bấm “Thêm đơn vị” hoặc “Lấy từ các tệp đã chọn”.")
		objs = append(objs, empty)
	}
	u.list.Objects = objs
	u.list.Refresh()
	u.count.SetText(fmt.Sprintf("%d đơn vị", len(u.units)))
}

// collect reads the entries back into the working copy (the
// abbreviation and place of a unit taken from a file are kept).
func (u *unitsEditor) collect() {
	for i, r := range u.rows {
		if i < len(u.units) {
			u.units[i].Superior = r.superior.Text
			u.units[i].Name = r.name.Text
		}
	}
}

func (u *unitsEditor) move(from, to int) {
	if to < 0 || to >= len(u.units) {
		return
	}
	u.collect()
	u.units[from], u.units[to] = u.units[to], u.units[from]
	u.dirty = true
	u.build()
}

// take adds the units (of the files chosen, or of a CSV file: from says
// which) that are not on the list yet, after the ones already there.
func (u *unitsEditor) take(units []report.Organization, from string) {
	u.collect()
	have := map[string]bool{}
	for _, o := range u.units {
		have[o.UnitKey()] = true
	}
	added := 0
	for _, o := range units {
		if !have[o.UnitKey()] {
			have[o.UnitKey()] = true
			u.units = append(u.units, o)
			added++
		}
	}
	u.build()
	if added > 0 {
		u.dirty = true
		u.count.SetText(fmt.Sprintf("%d đơn vị (vừa thêm %d đơn vị từ %s)", len(u.units), added, from))
	} else {
		u.count.SetText(fmt.Sprintf("%d đơn vị (các đơn vị trong %s đều đã có trong danh sách)", len(u.units), from))
	}
}

// result is the working copy without the rows left blank.
func (u *unitsEditor) result() []report.Organization {
	u.collect()
	out := make([]report.Organization, 0, len(u.units))
	for _, o := range u.units {
		if strings.TrimSpace(o.Superior) == "" && strings.TrimSpace(o.Name) == "" {
			continue // a row added and never filled
		}
		out = append(out, o)
	}
	return out
}

// store saves the list in the archive off the UI goroutine; an error is
// shown in the dialog, which stays open with what was typed.
func (u *unitsEditor) store() {
	g := u.g
	units := u.result()
	if len(units) != len(u.units) {
		// Blank rows go first, so that an error's row number is the one shown.
		u.units = append(u.units[:0], units...)
		u.build()
	}
	u.save.Disable()
	u.errLabel.Hide()
	head := u.head
	go func() {
		err := g.st.SetExpectedUnits(head, units)
		var kept []report.Organization
		if err == nil {
			kept, err = g.st.ExpectedUnits(head)
		}
		g.cfg.do(func() {
			u.save.Enable()
			if err != nil {
				u.errLabel.SetText("Chưa lưu được: " + err.Error())
				u.errLabel.Show()
				return
			}
			u.dirty = false
			u.d.Hide()
			if u.saved != nil {
				u.saved(kept)
			}
		})
	}()
}

// cancel closes the dialog; changes are dropped only after a question.
func (u *unitsEditor) cancel() {
	if !u.dirty {
		u.d.Hide()
		return
	}
	u.g.confirm("Bỏ thay đổi", "Danh sách đơn vị đã sửa chưa được lưu. Bỏ những thay đổi này?", "Bỏ thay đổi", u.d.Hide)
}

// editExpected opens the editor of the head's list from the screen.
func (s *consolidateScreen) editExpected() {
	if s.head.report == nil {
		return
	}
	s.unitsEd = s.g.editExpectedUnits(s.head.report.Organization, s.head.expected, func() []report.Organization { return s.files.unitsIn(s.head.report) }, func(units []report.Organization) {
		s.head.expected = units
		s.update()
	})
}
