package gui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"baocao/report"
	"baocao/report/flow"
	"baocao/report/store"
)

// createReport runs the consolidation and stores its report in the
// archive: files that could not be read are left out only when the clerk
// says so, and an existing report of the head unit for the period is
// replaced (as a new revision, its older content kept in the history)
// only when the clerk says so. The report is then opened in the editor.
func (s *consolidateScreen) createReport() {
	g := s.g
	const title = "Chưa tạo được báo cáo tổng hợp"
	if s.files.loading() || s.saving {
		return
	}
	if s.head.report == nil {
		g.showInfo(title, "Hãy chọn báo cáo của đơn vị tổng hợp (ô “Báo cáo của đơn vị tổng hợp” ở trên). "+
			"Nếu kho chưa có báo cáo của đơn vị mình cho kỳ này, hãy tạo nó trước bằng “Báo cáo mới” ở màn hình Kho báo cáo.")
		return
	}
	if _, err := s.deadlineTime(); err != nil {
		g.showInfo(title, "Hạn gửi báo cáo: "+err.Error()+". Hãy sửa hoặc xóa ô hạn gửi.")
		return
	}
	if s.fresh() {
		s.createFrom(s.result.res)
		return
	}
	// The consolidation of what the screen shows now.
	op := g.begin("Tạo báo cáo tổng hợp", "Đang tổng hợp số liệu…", false)
	if op == nil {
		return
	}
	in := s.inputs()
	var res *report.Consolidation
	g.background(func() { res = in.run() }, func() {
		op.end()
		s.createFrom(res)
	})
}

// createFrom stores the consolidation res, asking first about the files
// that could not be read and the errors in them.
func (s *consolidateScreen) createFrom(res *report.Consolidation) {
	g := s.g
	const title = "Chưa tạo được báo cáo tổng hợp"
	if len(res.Used) == 0 {
		msg := "Chưa có báo cáo nào của đơn vị cấp dưới cho " + s.head.report.Period.Name() + " để tổng hợp."
		if len(s.files.paths) > 0 {
			msg += " Các tệp đã chọn đều không tổng hợp được: xem phần Vấn đề cần xem."
		} else {
			msg += " Hãy chọn các tệp báo cáo mà đơn vị cấp dưới đã gửi."
		}
		g.showInfo(title, msg)
		return
	}
	// Errors are asked about once more: files that cannot be read are
	// left out, units of another period too, and a unit's report that
	// breaks a rule is summed as it is.
	bad := s.files.unreadable()
	isBad := map[string]bool{}
	for _, b := range bad {
		isBad[b] = true
	}
	var other []string
	for _, n := range res.Notices {
		if n.Severity == report.Error && !isBad[n.Source] {
			other = append(other, noticeText(n))
		}
	}
	if len(bad) == 0 && len(other) == 0 {
		s.store(res)
		return
	}
	var msg strings.Builder
	label := "Vẫn tổng hợp"
	if len(bad) > 0 {
		fmt.Fprintf(&msg, "%d tệp không đọc được, sẽ không được tính:\n%s\n\n", len(bad), problemLines(bad, 8))
		label = "Vẫn tổng hợp, bỏ qua tệp hỏng"
	}
	if len(other) > 0 {
		fmt.Fprintf(&msg, "%d lỗi khác trong các tệp:\n%s\n\n", len(other), problemLines(other, 8))
	}
	fmt.Fprintf(&msg, "Có thể hủy để xem lại (bỏ tệp hỏng, xin đơn vị gửi lại), hoặc vẫn tổng hợp %d đơn vị.", len(res.Used))
	g.ask("Các tệp còn lỗi", msg.String(),
		choice{label: label, important: true, fn: func() { s.store(res) }})
}

// store puts the consolidated report into the archive, off the UI
// goroutine, and opens it. The head unit's report of the period, when
// there is one, is updated only when the clerk says so, and not at all
// when it is final.
func (s *consolidateScreen) store(res *report.Consolidation) {
	g := s.g
	r := res.Report
	note := fmt.Sprintf("Tổng hợp từ báo cáo của %d đơn vị", len(res.Used))
	opt := store.SaveOptions{Author: g.cfg.author, Note: note}
	op := g.begin("Tạo báo cáo tổng hợp", "Đang lưu báo cáo tổng hợp vào kho…", false)
	if op == nil {
		return
	}
	s.setBusy(true)
	done := func() {
		s.setBusy(false)
		op.end()
	}
	var placed flow.Placed
	var err error
	g.background(func() { placed, err = flow.Place(g.st, r, opt) }, func() {
		switch {
		case err != nil:
			done()
			g.showError("Lưu báo cáo tổng hợp vào kho", err)
		case !placed.Found:
			s.setBusy(false)
			s.opened(placed.ID, res, op)
		case placed.Final():
			done()
			s.final(placed.Existing)
		default:
			done()
			e := placed.Existing
			msg := fmt.Sprintf("Kho đã có báo cáo của %s (%s, lưu lần cuối %s).\n\n"+
				"Cập nhật báo cáo đó bằng kết quả tổng hợp? Số liệu của báo cáo được thay bằng tổng số liệu của %d đơn vị; "+
				"tiêu đề, số, ngày, nội dung và người ký giữ nguyên. Nội dung cũ vẫn còn trong Lịch sử.",
				e.Label(), e.Status.Label(), formatSaved(e.Updated, time.Now()), len(res.Used))
			g.ask("Đã có báo cáo kỳ này", msg,
				choice{label: "Cập nhật báo cáo đó", important: true, fn: func() { s.replace(e, res, opt) }})
		}
	})
}

// replace writes the consolidation into the head unit's report e, off
// the UI goroutine, and opens it.
func (s *consolidateScreen) replace(e store.Entry, res *report.Consolidation, opt store.SaveOptions) {
	g := s.g
	op := g.begin("Tạo báo cáo tổng hợp", "Đang cập nhật báo cáo tổng hợp trong kho…", false)
	if op == nil {
		return
	}
	s.setBusy(true)
	var err error
	g.background(func() { err = flow.Replace(g.st, e.ID, res.Report, opt) }, func() {
		s.setBusy(false)
		switch {
		case errors.Is(err, store.ErrFinal): // finalized meanwhile, in another window
			op.end()
			s.final(e)
		case err != nil:
			op.end()
			g.showError("Lưu báo cáo tổng hợp vào kho", err)
		default:
			s.opened(e.ID, res, op)
		}
	})
}

// final explains that the head unit's report is final and cannot take the
// consolidation.
func (s *consolidateScreen) final(e store.Entry) {
	g := s.g
	g.ask("Báo cáo đã chốt",
		fmt.Sprintf("Báo cáo của %s đã chốt nên không ghi kết quả tổng hợp vào được. "+
			"Mở báo cáo đó, bấm “Mở lại để sửa”, rồi tổng hợp lại.", e.Label()),
		choice{label: "Mở báo cáo đó", important: true, fn: func() { g.openOrShow(e.ID) }})
}

// opened shows the stored consolidated report in the editor, on its units.
func (s *consolidateScreen) opened(id int64, res *report.Consolidation, op *operation) {
	s.g.openReport(id, op, func(ed *editor) {
		ed.selectTab(tabUnits)
		msg := fmt.Sprintf("Đã tổng hợp số liệu của %d đơn vị", len(res.Used))
		if n := len(res.Notices); n > 0 {
			msg += fmt.Sprintf(" (%d vấn đề, xem ở màn hình Tổng hợp)", n)
		}
		s.g.say(msg)
	})
}

// setBusy disables the screen's create button while the consolidated
// report is being stored, and says so.
func (s *consolidateScreen) setBusy(on bool) {
	s.saving = on
	s.showControls()
}
