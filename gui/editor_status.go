package gui

import (
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
	"baocao/report/store"
)

// statusBar is the line under the editor: whether everything is saved,
// the report's status, the count of problems (a button opening their
// list) and the typing method.
type statusBar struct {
	e        *editor
	save     *widget.Label
	state    *widget.Label
	problems *widget.Button
	content  fyne.CanvasObject
	now      func() time.Time
}

func newStatusBar(e *editor) *statusBar {
	b := &statusBar{e: e, now: time.Now}
	b.save = widget.NewLabel("")
	b.save.Truncation = fyne.TextTruncateEllipsis
	b.state = widget.NewLabel("")
	b.state.TextStyle.Italic = true
	b.problems = widget.NewButtonWithIcon("", theme.WarningIcon(), e.showProblems)
	b.problems.Importance = widget.LowImportance
	if e.readOnly {
		b.save.SetText("Báo cáo đã chốt (chỉ xem)")
	} else {
		b.save.SetText("Mọi thay đổi được tự động lưu vào kho")
	}
	b.setState(e.entry)
	right := container.NewHBox(b.state, b.problems, e.g.typ.statusWidget())
	b.content = container.NewBorder(widget.NewSeparator(), nil, nil, right, b.save)
	return b
}

func (b *statusBar) setState(en store.Entry) {
	b.state.SetText(fmt.Sprintf("%s, lần lưu %d", capitalize(en.Status.Label()), en.Revision))
}

// setPending says that a change waits to be saved.
func (b *statusBar) setPending() {
	b.setSave("Có thay đổi, sắp lưu…", widget.MediumImportance)
}

// setSaving says that a save runs: it may wait for another copy of the
// app that is writing the archive.
func (b *statusBar) setSaving() {
	b.setSave("Đang lưu vào kho…", widget.MediumImportance)
}

// setSaved shows the outcome of a save.
func (b *statusBar) setSaved(err error) {
	if err != nil {
		b.setSave("Chưa lưu được: "+err.Error(), widget.DangerImportance)
		return
	}
	b.setSave("Đã lưu lúc "+b.now().Format("15:04"), widget.SuccessImportance)
	b.setState(b.e.entry)
}

// setMessage shows a short note in the save's place.
func (b *statusBar) setMessage(msg string) { b.setSave(msg, widget.MediumImportance) }

func (b *statusBar) setSave(text string, imp widget.Importance) {
	if b.save.Text != text || b.save.Importance != imp {
		b.save.Text, b.save.Importance = text, imp
		b.save.Refresh()
	}
}

// setProblems shows how many errors and warnings the report has.
// held counts the problems of empty fields not shown yet: then the
// button offers the check instead of saying there is no error.
func (b *statusBar) setProblems(ps report.Problems, held int) {
	ne, nw := len(ps.Errors()), len(ps.Warnings())
	var text string
	imp := widget.LowImportance
	icon := theme.ConfirmIcon()
	switch {
	case ne > 0 && nw > 0:
		text, imp, icon = fmt.Sprintf("%d lỗi, %d cảnh báo", ne, nw), widget.DangerImportance, theme.ErrorIcon()
	case ne > 0:
		text, imp, icon = fmt.Sprintf("%d lỗi", ne), widget.DangerImportance, theme.ErrorIcon()
	case nw > 0:
		text, imp, icon = fmt.Sprintf("%d cảnh báo", nw), widget.WarningImportance, theme.WarningIcon()
	case held > 0:
		text = "Kiểm tra báo cáo"
	default:
		text = "Không có lỗi"
	}
	if b.problems.Text != text || b.problems.Importance != imp {
		b.problems.Text, b.problems.Importance, b.problems.Icon = text, imp, icon
		b.problems.Refresh()
	}
}

// capitalize puts the first letter in upper case.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}
