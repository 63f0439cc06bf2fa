package gui

import (
	"fmt"

	"baocao/report/store"
)

// finalize marks the report đã chốt after a confirmation; a report with
// errors is refused.
func (e *editor) finalize() {
	g := e.g
	if e.readOnly {
		return
	}
	if errs := e.problems.Errors(); len(errs) > 0 {
		g.ask("Chưa chốt được báo cáo",
			fmt.Sprintf("Báo cáo còn %d lỗi, phải sửa trước khi chốt:\n\n%s", len(errs), problemLines(problemMessages(errs), 12)),
			choice{label: "Xem và sửa", important: true, fn: e.showProblems})
		return
	}
	msg := "Chốt báo cáo? Sau khi chốt, báo cáo chỉ xem được, không sửa được cho tới khi bấm “Mở lại để sửa”."
	if n := len(e.problems.Warnings()); n > 0 {
		msg = fmt.Sprintf("Báo cáo còn %d cảnh báo. ", n) + msg
	}
	g.confirm("Chốt báo cáo", msg, "Chốt báo cáo", func() { e.setFinal(true) })
}

// reopen makes a final report editable again after a confirmation.
func (e *editor) reopen() {
	if !e.readOnly {
		return
	}
	e.g.confirm("Mở lại để sửa",
		"Mở lại báo cáo đã chốt để sửa? Việc mở lại được ghi vào lịch sử; nhớ chốt lại sau khi sửa xong.",
		"Mở lại để sửa", func() { e.setFinal(false) })
}

// setFinal finalizes or reopens the report and reloads the editor.
func (e *editor) setFinal(final bool) {
	g := e.g
	opt := store.SaveOptions{Author: g.cfg.author}
	var err error
	if final {
		if err = e.flush(); err == nil {
			err = g.st.Finalize(e.id, opt)
		}
	} else {
		err = g.st.Reopen(e.id, opt)
	}
	if err != nil {
		g.showError("", err)
		return
	}
	tab := e.tabs.SelectedIndex()
	g.openOrShow(e.id)
	if g.ed != nil {
		g.ed.tabs.SelectIndex(tab)
		if final {
			g.ed.bar.setMessage("Đã chốt báo cáo")
		} else {
			g.ed.bar.setMessage("Đã mở lại báo cáo để sửa")
		}
	}
}
