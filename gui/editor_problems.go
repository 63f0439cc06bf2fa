package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
)

// showProblems lists the report's errors and warnings; choosing one shows
// its field.
func (e *editor) showProblems() {
	e.checkEverything()
	ps := e.problems
	if len(ps) == 0 {
		e.g.showInfo("Kiểm tra báo cáo", "Không có lỗi hay cảnh báo nào: báo cáo sẵn sàng để xuất và chốt.")
		return
	}
	sorted := append(report.Problems(nil), ps.Errors()...)
	sorted = append(sorted, ps.Warnings()...)
	var d *dialog.CustomDialog
	list := widget.NewList(
		func() int { return len(sorted) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(sorted) {
				return
			}
			p := sorted[id]
			c := o.(*fyne.Container)
			l := c.Objects[0].(*widget.Label)
			l.SetText(p.Message)
			icon := c.Objects[1].(*widget.Icon)
			if p.Severity == report.Error {
				icon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
			} else {
				icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
			}
		})
	list.OnSelected = func(id widget.ListItemID) {
		if id >= len(sorted) {
			return
		}
		d.Hide()
		e.jump(sorted[id].Field)
	}
	// Rows hold wrapped text: give each the height of its message.
	for i, p := range sorted {
		lines := len([]rune(p.Message))/80 + 1
		list.SetItemHeight(i, float32(lines)*20+16)
	}
	var parts []string
	if n := len(ps.Errors()); n > 0 {
		parts = append(parts, fmt.Sprintf("%d lỗi (phải sửa trước khi xuất, chốt)", n))
	}
	if n := len(ps.Warnings()); n > 0 {
		parts = append(parts, fmt.Sprintf("%d cảnh báo (nên xem lại)", n))
	}
	head := widget.NewLabel(strings.Join(parts, ", ") + ". Bấm vào một dòng để tới ô cần sửa.")
	head.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom("Kiểm tra báo cáo", "Đóng", container.NewBorder(head, nil, nil, nil, list), e.g.win)
	d.Resize(fyne.NewSize(760, 520))
	iwidget.ShowDialog(e.g.win, d)
}

// problemMessages writes problems for a dialog, one a line.
func problemMessages(ps report.Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Message
	}
	return out
}
