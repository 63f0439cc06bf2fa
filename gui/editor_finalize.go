package gui

import (
	"fmt"

	"baocao/report/flow"
	"baocao/report/store"
)

// finalize marks the report đã chốt after a confirmation; a report with
// errors is refused.
func (e *editor) finalize() {
	g := e.g
	if e.readOnly {
		return
	}
	e.checkEverything()
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

// setFinal finalizes or reopens the report off the UI goroutine and
// reloads the editor. The busy dialog shows at once: no key may reach the
// editor while its report becomes final.
func (e *editor) setFinal(final bool) {
	g := e.g
	what, msg := "Mở lại báo cáo", "Đang mở lại báo cáo để sửa…"
	if final {
		what, msg = "Chốt báo cáo", "Đang lưu và chốt báo cáo…"
	}
	op := g.begin(what, msg, true)
	if op == nil {
		return
	}
	opt := store.SaveOptions{Author: g.cfg.author}
	fail := func(err error) {
		op.end()
		g.showError(what, err)
	}
	g.whenSaved(func() {
		var err error
		g.background(func() {
			if final {
				err = flow.Finalize(g.st, e.id, opt)
			} else {
				err = flow.Reopen(g.st, e.id, opt)
			}
		}, func() {
			if err != nil {
				fail(err)
				return
			}
			tab := e.tabs.SelectedIndex()
			g.openReport(e.id, op, func(ed *editor) {
				ed.tabs.SelectIndex(tab)
				if final {
					ed.bar.setMessage("Đã chốt báo cáo")
				} else {
					ed.bar.setMessage("Đã mở lại báo cáo để sửa")
				}
			})
		})
	}, fail)
}
