package gui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
)

// consWidgets are the widgets of the consolidation screen.
type consWidgets struct {
	headSel *widget.Select
	period  *widget.Label

	deadline     *iwidget.DateEntry
	deadlineNote *widget.Label

	expectedLabel *widget.Label
	expectedBtn   *widget.Button

	progress *widget.ProgressBar
	progBox  *fyne.Container

	addFile, addFolder, clear *widget.Button

	tabs       *container.AppTabs
	unitList   *widget.List
	unitEmpty  *widget.Label
	fileList   *widget.List
	fileEmpty  *widget.Label
	noticeList *widget.List
	noticeBox  *fyne.Container // holds noticeList
	noticeHead *widget.Label

	summary *widget.Label
	create  *widget.Button
}

// Tabs of the screen's table area.
const (
	consTabUnits = iota
	consTabFiles
)

// consUnitColumns are the proportions of the completeness table: đơn vị,
// trạng thái, tệp, ngày báo cáo.
var consUnitColumns = []float32{0.42, 0.15, 0.29, 0.14}

// consFileColumns are those of the files table: tệp, what it holds.
var consFileColumns = []float32{0.34, 0.66}

func newConsolidateScreen(g *gui) *consolidateScreen {
	s := &consolidateScreen{g: g, files: newUnitFiles()}
	s.head.deadlineWait = newDebounce(g, deadlineDelay, s.update)

	back := widget.NewButtonWithIcon("Kho báo cáo", theme.NavigateBackIcon(), g.showStart)
	title := iwidget.Heading("Tổng hợp báo cáo của các đơn vị cấp dưới")

	s.ui.headSel = widget.NewSelect(nil, nil)
	s.ui.headSel.PlaceHolder = "(chọn báo cáo của đơn vị tổng hợp trong kho)"
	s.ui.headSel.OnChanged = func(string) {
		if i := s.ui.headSel.SelectedIndex(); i >= 0 && i < len(s.head.heads) && s.head.heads[i].ID != s.head.headID {
			s.setHead(s.head.heads[i].ID)
		}
	}
	s.ui.period = widget.NewLabel("")
	s.ui.period.Importance = widget.LowImportance

	s.ui.deadline = iwidget.NewDateEntry()
	s.ui.deadline.PlaceHolder = "không có hạn"
	s.ui.deadline.OnChanged = func(string) { s.deadlineChanged() }
	s.ui.deadlineNote = widget.NewLabel("")
	s.ui.deadlineNote.Importance = widget.DangerImportance
	s.ui.deadlineNote.Wrapping = fyne.TextWrapWord
	s.ui.deadlineNote.Hide()
	deadlineHint := widget.NewLabel("báo cáo đề ngày sau hạn là “Gửi muộn”")
	deadlineHint.Importance = widget.LowImportance

	s.ui.expectedLabel = widget.NewLabel("")
	s.ui.expectedLabel.Truncation = fyne.TextTruncateEllipsis
	s.ui.expectedBtn = widget.NewButtonWithIcon("Sửa danh sách…", theme.DocumentCreateIcon(), s.editExpected)

	s.ui.addFile = widget.NewButtonWithIcon("Chọn tệp…", theme.FileIcon(), s.chooseFile)
	s.ui.addFolder = widget.NewButtonWithIcon("Chọn thư mục…", theme.FolderOpenIcon(), s.chooseFolder)
	s.ui.clear = widget.NewButtonWithIcon("Bỏ tất cả", theme.ContentClearIcon(), s.clearFiles)
	filesHint := widget.NewLabel("tệp .json hoặc .xlsx; chọn nhiều lần, hoặc kéo thả tệp vào cửa sổ")
	filesHint.Importance = widget.LowImportance
	filesHint.Truncation = fyne.TextTruncateEllipsis

	s.ui.progress = widget.NewProgressBar()
	s.ui.progress.TextFormatter = func() string {
		return fmt.Sprintf("Đang đọc %d/%d tệp…", s.files.loadDone, s.files.loadTotal)
	}
	s.ui.progBox = container.NewVBox(s.ui.progress)
	s.ui.progBox.Hide()

	label := func(text string) fyne.CanvasObject {
		l := widget.NewLabel(text)
		l.Alignment = fyne.TextAlignTrailing
		return l
	}
	row := func(l string, o fyne.CanvasObject) fyne.CanvasObject {
		return container.New(&iwidget.RowLayout{Widths: []float32{consLabelWidth, 0}}, label(l), o)
	}
	top := container.NewVBox(
		container.NewHBox(back, widget.NewSeparator(), title),
		row("Báo cáo của đơn vị tổng hợp", container.NewBorder(nil, nil, nil, s.ui.period, s.ui.headSel)),
		row("Hạn gửi báo cáo", container.NewVBox(
			container.New(&iwidget.RowLayout{Widths: []float32{190, 0}}, s.ui.deadline, deadlineHint), s.ui.deadlineNote)),
		row("Đơn vị phải báo cáo", container.NewBorder(nil, nil, nil, container.NewHBox(s.ui.expectedBtn, widget.NewButtonWithIcon("Tạo biểu mẫu cho đơn vị…", theme.DocumentIcon(), func() { s.g.showFormsDialog(s.head.report) })), s.ui.expectedLabel)),
		row("Báo cáo của đơn vị cấp dưới", container.NewBorder(nil, nil,
			container.NewHBox(s.ui.addFile, s.ui.addFolder, s.ui.clear), nil, filesHint)),
		s.ui.progBox,
	)

	s.ui.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Tình hình gửi báo cáo", theme.ListIcon(), s.newUnitTable()),
		container.NewTabItemWithIcon("Tệp đã chọn", theme.FileIcon(), s.newFileTable()),
	)
	split := container.NewVSplit(s.ui.tabs, s.newNoticeList())
	split.Offset = 0.66

	s.ui.summary = widget.NewLabel("")
	s.ui.summary.Wrapping = fyne.TextWrapWord
	s.ui.create = widget.NewButtonWithIcon("Tạo báo cáo tổng hợp", theme.DocumentCreateIcon(), s.createReport)
	s.ui.create.Importance = widget.HighImportance
	bottom := container.NewBorder(widget.NewSeparator(), nil, nil, container.NewVBox(s.ui.create), s.ui.summary)

	s.content = container.NewPadded(container.NewBorder(top, bottom, nil, nil, split))
	return s
}

// statusImportance colours a send status: green sent, amber late or not
// on the list, red missing.
func statusImportance(st report.SendStatus) widget.Importance {
	switch st {
	case report.StatusSent:
		return widget.SuccessImportance
	case report.StatusLate, report.StatusUnexpected:
		return widget.WarningImportance
	case report.StatusMissing:
		return widget.DangerImportance
	}
	return widget.MediumImportance
}

// tableHeader is a table's header row on the header colour; trailing is
// the width the rows keep at their end for a button (0: none).
func tableHeader(weights []float32, trailing float32, titles ...string) fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, len(titles))
	for i, t := range titles {
		cells[i] = boldLabel(t)
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	row := fyne.CanvasObject(container.New(&iwidget.ColumnsLayout{Weights: weights}, cells...))
	if trailing > 0 {
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(trailing, 1))
		row = container.NewBorder(nil, nil, nil, gap, row)
	}
	return container.NewStack(bg, row)
}

// emptyOver puts a centred hint over a list, shown while it is empty.
func emptyOver(list fyne.CanvasObject, hint *widget.Label) fyne.CanvasObject {
	hint.Alignment = fyne.TextAlignCenter
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	return container.NewStack(list, container.NewVBox(layout.NewSpacer(), hint, layout.NewSpacer()))
}

// setLabel shows text in l, redrawing it only when something changed
// (shaping a text is the slow part of a refresh).
func setLabel(l *widget.Label, text string, imp widget.Importance) {
	if l.Text != text || l.Importance != imp {
		l.Text, l.Importance = text, imp
		l.Refresh()
	}
}
