package templates

import (
	"fmt"
	"strings"

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

// item is one template of the list: built in, or the newest version of
// one in the archive.
type item struct {
	entry   store.TemplateEntry
	builtin *report.Template // nil for one of the archive
}

// listView lists the templates, with what can be done with the one
// selected.
type listView struct {
	s                                      *Screen
	items                                  []item
	list                                   *widget.List
	sel                                    int
	copyBtn, editBtn, viewBtn, versionsBtn *widget.Button
	exportBtn, backBtn                     *widget.Button
	status                                 *widget.Label
	content                                fyne.CanvasObject
}

// listColumns are the proportions of the list's columns: tên mẫu, nơi
// ban hành, trạng thái, phiên bản, lưu lần cuối.
var listColumns = []float32{0.30, 0.28, 0.12, 0.09, 0.21}

func newListView(s *Screen) *listView {
	v := &listView{s: s, sel: -1}
	v.list = widget.NewList(func() int { return len(v.items) }, func() fyne.CanvasObject {
		return iwidget.NewLabelRow(listColumns)
	}, v.row)
	v.list.OnSelected = func(id widget.ListItemID) {
		v.sel = id
		v.enable()
	}
	v.list.OnUnselected = func(widget.ListItemID) {
		v.sel = -1
		v.enable()
	}
	v.copyBtn = button("Tạo mẫu mới từ mẫu này", theme.ContentCopyIcon(), v.copyTemplate)
	v.copyBtn.Importance = widget.HighImportance
	v.editBtn = button("Sửa", theme.DocumentCreateIcon(), v.edit)
	v.viewBtn = button("Xem", theme.VisibilityIcon(), v.view)
	v.versionsBtn = button("Các phiên bản", theme.HistoryIcon(), v.versions)
	v.exportBtn = button("Xuất tệp mẫu…", theme.DocumentSaveIcon(), v.export)
	v.backBtn = button("Về màn hình đầu", theme.NavigateBackIcon(), s.close)
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord

	header := container.New(&iwidget.ColumnsLayout{Weights: listColumns},
		bold("Tên mẫu"), bold("Nơi ban hành"), bold("Trạng thái"), bold("Phiên bản"), bold("Lưu lần cuối"))
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, v.backBtn, heading("Mẫu báo cáo")),
		hint("Mẫu báo cáo là những gì tỉnh yêu cầu các đơn vị báo cáo: các chỉ tiêu số liệu, quy tắc kiểm tra và đề cương. "+
			"Chọn một mẫu rồi bấm “Tạo mẫu mới từ mẫu này” để soạn mẫu của tỉnh, “Sửa” để tiếp tục soạn, "+
			"“Xuất tệp mẫu…” để gửi kèm công văn cho các đơn vị. Mẫu dựng sẵn chỉ xem được."),
		container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground)), header),
	)
	bottom := container.NewVBox(
		container.NewHBox(v.copyBtn, v.editBtn, v.viewBtn, v.versionsBtn, v.exportBtn, layout.NewSpacer()),
		v.status,
	)
	v.content = padded(container.NewBorder(top, bottom, nil, nil, v.list))
	v.enable()
	return v
}

func (v *listView) row(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(v.items) {
		return
	}
	it := v.items[id]
	iwidget.RowLabel(o, 0).SetText(it.entry.Name)
	issuer := it.entry.Issuer
	if it.builtin != nil && issuer == "" {
		issuer = "(có sẵn trong chương trình)"
	}
	iwidget.RowLabel(o, 1).SetText(issuer)
	st := iwidget.RowLabel(o, 2)
	st.Importance = widget.MediumImportance
	switch {
	case it.builtin != nil:
		st.Importance = widget.LowImportance
	case it.entry.Status == store.TemplateIssued:
		st.Importance = widget.SuccessImportance
	}
	st.SetText(v.statusOf(it))
	iwidget.RowLabel(o, 3).SetText(fmt.Sprint(it.entry.Version))
	saved := ""
	if !it.entry.Saved.IsZero() {
		saved = it.entry.Saved.Local().Format("02/01/2006 15:04")
		if it.entry.Author != "" {
			saved += ", " + it.entry.Author
		}
	}
	iwidget.RowLabel(o, 4).SetText(saved)
}

func (v *listView) statusOf(it item) string {
	if it.builtin != nil {
		return "dựng sẵn"
	}
	return statusName(it.entry.Status)
}

// statusName names a stored version's status.
func statusName(s store.TemplateStatus) string {
	if s == store.TemplateIssued {
		return "đã ban hành"
	}
	return "đang soạn"
}

// reload reads the archive's templates, off the UI goroutine.
func (v *listView) reload() {
	var entries []store.TemplateEntry
	var err error
	st := v.s.sh.Store()
	v.s.sh.Background(func() { entries, err = st.Templates() }, func() {
		if err != nil {
			v.s.sh.ShowError("Đọc danh sách mẫu báo cáo", err)
		}
		var items []item
		for _, t := range report.BuiltinTemplates() {
			items = append(items, item{entry: store.TemplateEntry{ID: t.ID, Version: t.Version, Name: t.Name, Issuer: t.Issuer, Status: store.TemplateIssued}, builtin: t})
		}
		for _, e := range entries {
			items = append(items, item{entry: e})
		}
		keep := ""
		if v.sel >= 0 && v.sel < len(v.items) {
			keep = v.items[v.sel].entry.ID
		}
		v.items = items
		v.list.UnselectAll()
		v.list.Refresh()
		for i, it := range items {
			if it.entry.ID == keep {
				v.list.Select(i)
			}
		}
		v.enable()
	})
}

// selected is the template selected, or nil.
func (v *listView) selected() *item {
	if v.sel < 0 || v.sel >= len(v.items) {
		return nil
	}
	return &v.items[v.sel]
}

func (v *listView) enable() {
	it := v.selected()
	set := func(b *widget.Button, on bool) {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	set(v.copyBtn, it != nil)
	set(v.editBtn, it != nil && it.builtin == nil)
	set(v.viewBtn, it != nil)
	set(v.versionsBtn, it != nil && it.builtin == nil)
	set(v.exportBtn, it != nil)
}

// load reads a version of a template (0: the newest) and the codes of
// its issued versions off the UI goroutine, then hands them to then.
func (v *listView) load(id string, version int, then func(t *report.Template, e store.TemplateEntry, issued map[string]bool)) {
	var t *report.Template
	var e store.TemplateEntry
	var issued map[string]bool
	var err error
	st := v.s.sh.Store()
	v.s.sh.Background(func() {
		t, e, err = st.Template(id, version)
		if err == nil {
			issued, err = st.IssuedCodes(id)
		}
	}, func() {
		if err != nil {
			v.s.sh.ShowError("Mở mẫu báo cáo", err)
			return
		}
		then(t.Clone(), e, issued)
	})
}

// copyTemplate starts a new template from the one selected.
func (v *listView) copyTemplate() {
	it := v.selected()
	if it == nil {
		return
	}
	v.load(it.entry.ID, 0, func(t *report.Template, from store.TemplateEntry, _ map[string]bool) {
		c := t.Clone()
		c.ID = report.NewTemplateID()
		c.Version = 1
		c.Name = strings.TrimSpace(c.Name) + " (bản sao)"
		if report.IsBuiltin(t.ID) {
			c.Note = "" // it describes the built-in template
		}
		e := newEditor(v.s, c, store.TemplateEntry{}, nil, false)
		e.gen = 1 // a new template is a change not saved yet
		e.showTitle()
		e.setNotice(fmt.Sprintf("Mẫu mới, tạo từ «%s» phiên bản %d: đặt tên, sửa các chỉ tiêu, quy tắc, đề cương rồi bấm “Lưu” để giữ vào kho. Mẫu gốc không thay đổi.", from.Name, from.Version))
		v.s.showEditor(e)
	})
}

// edit opens the newest version of the template selected; an issued one
// opens as the draft of the next version.
func (v *listView) edit() {
	it := v.selected()
	if it == nil || it.builtin != nil {
		return
	}
	v.load(it.entry.ID, 0, func(t *report.Template, from store.TemplateEntry, issued map[string]bool) {
		notice := draftNotice(from.Version)
		if from.Status == store.TemplateIssued {
			t.Version = from.Version + 1
			notice = fmt.Sprintf("Phiên bản %d đã ban hành (đã gửi các đơn vị hoặc đã có báo cáo viết theo) nên không sửa được nữa. "+
				"Những gì bạn sửa sẽ được lưu thành phiên bản %d; phiên bản %d vẫn giữ nguyên. Mã của các chỉ tiêu đã ban hành không đổi được.", from.Version, from.Version+1, from.Version)
		}
		e := newEditor(v.s, t, from, issued, false)
		e.setNotice(notice)
		v.s.showEditor(e)
	})
}

// view opens the template selected to look at (a built-in one, or the
// newest version of one of the archive).
func (v *listView) view() {
	it := v.selected()
	if it == nil {
		return
	}
	v.open(it.entry.ID, 0)
}

// open shows a stored version, read-only.
func (v *listView) open(id string, version int) {
	v.load(id, version, func(t *report.Template, from store.TemplateEntry, issued map[string]bool) {
		e := newEditor(v.s, t, from, issued, true)
		if report.IsBuiltin(id) {
			e.setNotice("Mẫu dựng sẵn của chương trình: chỉ xem được. Để soạn mẫu của tỉnh, quay lại danh sách và bấm “Tạo mẫu mới từ mẫu này”.")
		} else {
			e.setNotice(fmt.Sprintf("Phiên bản %d (%s), lưu %s bởi %s: chỉ xem.", from.Version, statusName(from.Status), from.Saved.Local().Format("02/01/2006 15:04"), from.Author))
		}
		v.s.showEditor(e)
	})
}

// versions lists the stored versions of the template selected; choosing
// one shows it.
func (v *listView) versions() {
	it := v.selected()
	if it == nil || it.builtin != nil {
		return
	}
	id, name := it.entry.ID, it.entry.Name
	var vs []store.TemplateEntry
	var err error
	st := v.s.sh.Store()
	v.s.sh.Background(func() { vs, err = st.TemplateVersions(id) }, func() {
		if err != nil {
			v.s.sh.ShowError("Đọc các phiên bản của mẫu", err)
			return
		}
		var d dialog.Dialog
		list := widget.NewList(func() int { return len(vs) }, newRow, func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(vs) {
				return
			}
			_, title, detail := rowParts(o)
			e := vs[i]
			setLabel(title, fmt.Sprintf("Phiên bản %d — %s — %s", e.Version, statusName(e.Status), e.Name), widget.MediumImportance)
			setLabel(detail, fmt.Sprintf("Lưu %s bởi %s", e.Saved.Local().Format("02/01/2006 15:04"), e.Author), widget.LowImportance)
		})
		list.OnSelected = func(i widget.ListItemID) {
			d.Hide()
			v.open(id, vs[i].Version)
		}
		head := hint("Bấm vào một phiên bản để xem (chỉ xem). Phiên bản đã ban hành không bao giờ thay đổi.")
		d = dialog.NewCustom("Các phiên bản của «"+name+"»", "Đóng", container.NewBorder(head, nil, nil, nil, list), v.s.sh.Window())
		d.Resize(fyne.NewSize(720, 420))
		iwidget.ShowDialog(v.s.sh.Window(), d)
		v.s.versions = list
	})
}

// export writes the newest version of the template selected as a
// template file; a version of the archive is issued first: it has left
// the office, so it never changes again.
func (v *listView) export() {
	it := v.selected()
	if it == nil {
		return
	}
	en := it.entry
	msg := fmt.Sprintf("Xuất mẫu «%s» (phiên bản %d) ra tệp mẫu báo cáo để gửi kèm công văn cho các đơn vị; đơn vị có chương trình mở tệp này để soạn báo cáo theo mẫu.", en.Name, en.Version)
	switch {
	case it.builtin != nil:
	case en.Status == store.TemplateDraft:
		msg += fmt.Sprintf("\n\nKhi xuất, phiên bản %d được ban hành: từ đó không sửa được nữa, để tỉnh và các đơn vị dùng cùng một mẫu. Những gì sửa sau này sẽ được lưu thành phiên bản %d.", en.Version, en.Version+1)
	default:
		msg += fmt.Sprintf("\n\nPhiên bản %d đã ban hành: tệp xuất ra đúng như bản đã gửi.", en.Version)
	}
	iwidget.Confirm(v.s.sh.Window(), "Xuất tệp mẫu báo cáo", msg, "Chọn nơi lưu tệp…", func() {
		v.s.sh.SaveFile("Xuất tệp mẫu báo cáo", templateFileName(en), func(path string) { v.write(en, path) })
	})
}

// write issues a version and writes its file, off the UI goroutine.
func (v *listView) write(en store.TemplateEntry, path string) {
	st := v.s.sh.Store()
	var err error
	v.status.SetText("Đang xuất tệp mẫu…")
	v.s.sh.Background(func() {
		var t *report.Template
		if t, _, err = st.Template(en.ID, en.Version); err != nil {
			return
		}
		// Issued first: a file that left the office is never of a
		// version that may still change.
		if err = st.IssueTemplate(en.ID, en.Version); err != nil {
			return
		}
		err = report.WriteTemplateFile(path, t)
	}, func() {
		if err != nil {
			v.status.SetText("Chưa xuất được tệp mẫu.")
			v.s.sh.ShowError("Xuất tệp mẫu báo cáo", err)
			return
		}
		msg := fmt.Sprintf("Đã xuất mẫu «%s» phiên bản %d ra %s.", en.Name, en.Version, path)
		if !report.IsBuiltin(en.ID) {
			msg += fmt.Sprintf(" Phiên bản %d đã ban hành: sửa tiếp sẽ thành phiên bản %d.", en.Version, en.Version+1)
		}
		v.status.SetText(msg)
		v.reload()
	})
}

// templateFileName suggests the file name of a template version:
// "mau-bao-cao-tuyen-giao-va-dan-van-2026-v2.json".
func templateFileName(e store.TemplateEntry) string {
	slug := report.Slug(e.Name, 60)
	if !strings.HasPrefix(slug, "mau") {
		slug = "mau-" + slug
	}
	return fmt.Sprintf("%s-v%d.json", slug, e.Version)
}
