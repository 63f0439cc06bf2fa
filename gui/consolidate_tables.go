package gui

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
)

// newUnitTable is the completeness table: one row a unit, expected units
// first, with whether and when it sent its report, and from which file.
func (s *consolidateScreen) newUnitTable() fyne.CanvasObject {
	s.ui.unitList = widget.NewList(
		func() int { return s.unitCount() },
		func() fyne.CanvasObject { return iwidget.NewLabelRow(consUnitColumns) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= s.unitCount() {
				return
			}
			u := s.result.res.Units[id]
			setLabel(iwidget.RowLabel(o, 0), u.Organization.Label(), widget.MediumImportance)
			setLabel(iwidget.RowLabel(o, 1), u.Status.Label(), statusImportance(u.Status))
			setLabel(iwidget.RowLabel(o, 2), u.Source, widget.MediumImportance)
			setLabel(iwidget.RowLabel(o, 3), shortDate(u.Date), widget.MediumImportance)
		})
	s.ui.unitList.OnSelected = func(id widget.ListItemID) { s.ui.unitList.UnselectAll() }
	s.ui.unitEmpty = widget.NewLabel("")
	header := tableHeader(consUnitColumns, 0, "Đơn vị", "Trạng thái", "Tệp", "Ngày báo cáo")
	return container.NewBorder(header, nil, nil, nil, emptyOver(s.ui.unitList, s.ui.unitEmpty))
}

func (s *consolidateScreen) unitCount() int {
	if s.result.res == nil {
		return 0
	}
	return len(s.result.res.Units)
}

// shortDate writes a report-file date as dd/mm/yyyy; what cannot be read
// stays as it is.
func shortDate(d string) string {
	if t, err := report.ParseDate(d); err == nil {
		return report.FormatDateShort(t)
	}
	return d
}

func (s *consolidateScreen) showUnits() {
	s.ui.unitList.Refresh()
	switch {
	case s.head.report == nil:
		s.ui.unitEmpty.SetText("Chọn báo cáo của đơn vị tổng hợp để xem tình hình gửi báo cáo của các đơn vị cấp dưới.")
	case s.unitCount() == 0 && len(s.files.paths) == 0:
		s.ui.unitEmpty.SetText("Chưa chọn tệp nào. Bấm “Chọn tệp…” hoặc “Chọn thư mục…”, hoặc kéo thả các tệp báo cáo của đơn vị cấp dưới vào cửa sổ.")
	case s.unitCount() == 0 && s.files.loading():
		s.ui.unitEmpty.SetText("Đang đọc tệp…")
	case s.unitCount() == 0:
		s.ui.unitEmpty.SetText("Chưa có báo cáo nào tổng hợp được: xem phần Vấn đề ở dưới.")
	}
	s.ui.unitEmpty.Hidden = s.unitCount() > 0
	s.ui.unitEmpty.Refresh()
	title := "Tình hình gửi báo cáo"
	if s.result.res != nil && len(s.head.expected) > 0 {
		sent := 0
		for _, u := range s.result.res.Units {
			if u.Status == report.StatusSent || u.Status == report.StatusLate {
				sent++
			}
		}
		title += fmt.Sprintf(" (%d/%d)", min(sent, len(s.head.expected)), len(s.head.expected))
	}
	s.setTabText(consTabUnits, title)
}

func (s *consolidateScreen) setTabText(i int, text string) {
	if it := s.ui.tabs.Items[i]; it.Text != text {
		it.Text = text
		s.ui.tabs.Refresh()
	}
}

// newFileTable lists the chosen files with what each holds, or why it
// cannot be read; each can be taken off the list.
func (s *consolidateScreen) newFileTable() fyne.CanvasObject {
	s.ui.fileList = widget.NewList(
		func() int { return len(s.files.paths) },
		func() fyne.CanvasObject {
			del := iwidget.IconButton(theme.DeleteIcon(), nil)
			return container.NewBorder(nil, nil, nil, del, iwidget.NewLabelRow(consFileColumns))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.files.paths) {
				return
			}
			p := s.files.paths[id]
			c := o.(*fyne.Container)
			setLabel(iwidget.RowLabel(c.Objects[0], 0), s.result.names[p], widget.MediumImportance)
			text, imp := s.fileState(p)
			setLabel(iwidget.RowLabel(c.Objects[0], 1), text, imp)
			c.Objects[1].(*widget.Button).OnTapped = func() { s.removeFile(p) }
		})
	s.ui.fileList.OnSelected = func(id widget.ListItemID) { s.ui.fileList.UnselectAll() }
	s.ui.fileEmpty = widget.NewLabel("Chưa chọn tệp nào.")
	header := tableHeader(consFileColumns, iwidget.IconButton(theme.DeleteIcon(), nil).MinSize().Width, "Tệp", "Nội dung")
	return container.NewBorder(header, nil, nil, nil, emptyOver(s.ui.fileList, s.ui.fileEmpty))
}

// fileState says what a chosen file holds: the unit and period, or the
// reading error, or that it is being read.
func (s *consolidateScreen) fileState(path string) (string, widget.Importance) {
	src, ok := s.files.sources[path]
	switch {
	case !ok:
		return "đang đọc…", widget.LowImportance
	case src.Err != nil:
		return "không đọc được: " + readError(path, s.result.names[path], src.Err).Error(), widget.DangerImportance
	case src.Report == nil:
		return "tệp không có báo cáo", widget.DangerImportance
	}
	r := src.Report
	unit := r.Organization.Label()
	if unit == "" {
		unit = "(chưa có tên đơn vị)"
	}
	text := unit + " — " + r.Period.Name()
	if s.head.report != nil && r.Period != s.head.report.Period {
		return text + " (khác kỳ, không tổng hợp)", widget.DangerImportance
	}
	return text, widget.MediumImportance
}

func (s *consolidateScreen) showFiles() {
	s.ui.fileList.Refresh()
	s.ui.fileEmpty.Hidden = len(s.files.paths) > 0
	s.ui.fileEmpty.Refresh()
	s.setTabText(consTabFiles, fmt.Sprintf("Tệp đã chọn (%d)", len(s.files.paths)))
}

// newNoticeList is the list of what the consolidation found: unreadable
// files, units of another period, units sent twice, units not on the
// list, rules broken in a unit's report. Errors come first.
func (s *consolidateScreen) newNoticeList() fyne.CanvasObject {
	s.ui.noticeList = s.makeNoticeList()
	s.ui.noticeHead = boldLabel("")
	// The rows' heights follow the list's width.
	s.ui.noticeBox = container.New(&resizeLayout{onWidth: func(float32) { s.sizeNotices() }}, s.ui.noticeList)
	return container.NewBorder(s.ui.noticeHead, nil, nil, nil, s.ui.noticeBox)
}

// makeNoticeList makes the list widget of the notices.
func (s *consolidateScreen) makeNoticeList() *widget.List {
	l := widget.NewList(
		func() int { return len(s.result.notices) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.result.notices) {
				return
			}
			n := s.result.notices[id]
			c := o.(*fyne.Container)
			setLabel(c.Objects[0].(*widget.Label), noticeText(n), widget.MediumImportance)
			icon := c.Objects[1].(*widget.Icon)
			if n.Severity == report.Error {
				icon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
			} else {
				icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
			}
		})
	l.OnSelected = func(id widget.ListItemID) { l.UnselectAll() }
	return l
}

// noticeText writes a notice for the list: "tệp: Lỗi: …".
func noticeText(n report.Notice) string {
	p := problemText(report.Problem{Severity: n.Severity, Message: n.Message})
	if n.Source == "" {
		return p
	}
	return n.Source + ": " + p
}

func (s *consolidateScreen) showNotices() {
	s.result.notices = s.result.notices[:0]
	if s.result.res != nil {
		s.result.notices = append(s.result.notices, s.result.res.Notices...)
		sort.SliceStable(s.result.notices, func(i, j int) bool {
			return s.result.notices[i].Severity == report.Error && s.result.notices[j].Severity != report.Error
		})
	}
	ne := 0
	for _, n := range s.result.notices {
		if n.Severity == report.Error {
			ne++
		}
	}
	nw := len(s.result.notices) - ne
	switch {
	case s.result.res == nil || len(s.files.paths) == 0:
		s.ui.noticeHead.SetText("Vấn đề cần xem")
	case len(s.result.notices) == 0:
		s.ui.noticeHead.SetText("Vấn đề cần xem: không có")
	default:
		s.ui.noticeHead.SetText(fmt.Sprintf("Vấn đề cần xem: %d lỗi, %d cảnh báo", ne, nw))
	}
	s.sizeNotices()
	s.ui.noticeList.Refresh()
}

// sizeNotices gives each row of the notice list the height of its wrapped
// text at the list's width. A thousand units give thousands of notices,
// shown again after each keystroke in the deadline: a text's width is
// measured once, and rows whose heights change get a new list widget
// (Fyne redraws the whole list for each height set on a list on screen;
// a list not drawn yet takes them for free).
func (s *consolidateScreen) sizeNotices() {
	width := s.ui.noticeList.Size().Width
	if width < 200 {
		width = 1000
	}
	th := theme.Current()
	size := th.Size(theme.SizeNameText)
	pad := th.Size(theme.SizeNameInnerPadding)
	avail := width - th.Size(theme.SizeNameInlineIcon) - 4*pad - 2*th.Size(theme.SizeNamePadding)
	if s.result.textWidths == nil || len(s.result.textWidths) > 50000 || s.result.textSize != size {
		s.result.textWidths, s.result.textSize = map[string]float32{}, size
		s.result.lineHeight = fyne.MeasureText("Ấy", size, fyne.TextStyle{}).Height
	}
	heights := make([]float32, len(s.result.notices))
	for i, n := range s.result.notices {
		text := noticeText(n)
		w, ok := s.result.textWidths[text]
		if !ok {
			w = fyne.MeasureText(text, size, fyne.TextStyle{}).Width
			s.result.textWidths[text] = w
		}
		lines := max(1, int(math.Ceil(float64(w/avail*1.08)))) // words do not fill a line
		heights[i] = float32(lines)*s.result.lineHeight + 2*pad
	}
	if slices.Equal(heights, s.result.noticeHeights) {
		return
	}
	s.result.noticeHeights = heights
	old := s.ui.noticeList
	l := s.makeNoticeList()
	for i, h := range heights {
		l.SetItemHeight(i, h)
	}
	s.ui.noticeList = l
	s.ui.noticeBox.Objects = []fyne.CanvasObject{l}
	l.Resize(old.Size())
	s.ui.noticeBox.Refresh()
}

// resizeLayout gives its objects its whole size and tells onWidth when
// its width changes.
type resizeLayout struct {
	width   float32
	onWidth func(float32)
}

func (l *resizeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width != l.width {
		l.width = size.Width
		if l.onWidth != nil {
			l.onWidth(size.Width)
		}
	}
}

func (l *resizeLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}
