package gui

import (
	"strconv"
	"strings"
	"time"

	"baocao/report"
	"baocao/report/flow"
	"baocao/report/store"
)

// consHead is the head of a consolidation: the report of the unit that
// consolidates, chosen among the archive's reports, and the list of its
// lower units that must report.
type consHead struct {
	heads    []store.Entry         // the archive's reports, in the choice's order
	headID   int64                 // the head chosen; -1 while it is read again
	report   *report.Report        // its content; nil when none is chosen
	expected []report.Organization // its lower units (the archive's list)
	want     int64                 // the head being read from the archive
	// deadlineWait shows the consolidation again once the clerk stops
	// typing the deadline (with 1,000 units, computing and showing it on
	// every key would cost more than typing does).
	deadlineWait *debounce
}

// deadlineDelay is how long the deadline waits for the next key.
const deadlineDelay = 400 * time.Millisecond

// drop forgets the head.
func (h *consHead) drop() { h.headID, h.report, h.expected, h.want = 0, nil, nil, 0 }

// reloadHeads reads the archive's list again, off the UI goroutine, for
// the head's choice and chooses want (when not 0), else the head chosen
// before, else the one chosen last time the app ran.
func (s *consolidateScreen) reloadHeads(want int64) {
	s.g.listReports(func(entries []store.Entry, _ error) { s.showHeads(entries, want) })
}

// showHeads offers the archive's reports for the head's choice (UI
// goroutine).
func (s *consolidateScreen) showHeads(entries []store.Entry, want int64) {
	s.head.heads = entries
	opts := make([]string, len(entries))
	for i, e := range entries {
		opts[i] = headChoiceLabel(e)
	}
	if want == 0 {
		want = s.head.headID
	}
	if want == 0 {
		want = int64(s.g.app.Preferences().Int(prefConsHead))
	}
	s.ui.headSel.Options = opts
	s.ui.headSel.Refresh()
	for i, e := range entries {
		if e.ID == want {
			s.head.headID = -1 // read it again: it may have changed since
			s.ui.headSel.SetSelectedIndex(i)
			return
		}
	}
	s.ui.headSel.ClearSelected()
	s.head.drop()
	s.ui.period.SetText("")
	if len(entries) == 0 {
		s.ui.period.SetText("kho chưa có báo cáo nào: hãy tạo báo cáo của đơn vị tổng hợp trước")
	}
	s.update()
}

// headChoiceLabel names a report of the archive in the head's choice.
func headChoiceLabel(e store.Entry) string {
	s := e.Label()
	if e.Number != "" {
		s += " (số " + e.Number + ")"
	}
	return s
}

// setHead makes report id the head: its content, its list of lower units
// (read off the UI goroutine) and the deadline typed for it before.
func (s *consolidateScreen) setHead(id int64) {
	g := s.g
	s.head.want = id
	var r *report.Report
	var e store.Entry
	var units []report.Organization
	var err, unitsErr error
	g.background(func() {
		if r, e, err = g.st.Get(id); err == nil {
			units, unitsErr = g.st.ExpectedUnits(r.Organization)
		}
	}, func() {
		if s.head.want != id {
			return // another head was chosen meanwhile
		}
		if err != nil {
			g.showError("Đọc báo cáo của đơn vị tổng hợp", err)
			s.ui.headSel.ClearSelected()
			s.head.drop()
			s.update()
			return
		}
		if unitsErr != nil {
			g.showError("Đọc danh sách đơn vị phải báo cáo", unitsErr)
		}
		s.head.headID, s.head.report, s.head.expected = id, r, units
		g.app.Preferences().SetInt(prefConsHead, int(id))
		s.ui.period.SetText("kỳ: " + r.Period.Name() + ", " + e.Status.Label())
		s.ui.deadline.SetText(g.app.Preferences().String(prefConsDeadline + "." + strconv.FormatInt(id, 10)))
		s.update()
	})
}

// deadlineChanged reads the deadline, remembers it for the head and,
// after a pause in typing, shows the consolidation again; what is shown
// meanwhile is no longer the screen's (Tạo báo cáo tổng hợp computes it).
func (s *consolidateScreen) deadlineChanged() {
	_, err := s.deadlineTime()
	if err != nil {
		s.ui.deadlineNote.SetText("Hạn gửi: " + err.Error())
		s.ui.deadlineNote.Show()
	} else {
		s.ui.deadlineNote.Hide()
		if s.head.headID > 0 {
			s.g.app.Preferences().SetString(prefConsDeadline+"."+strconv.FormatInt(s.head.headID, 10), strings.TrimSpace(s.ui.deadline.Text))
		}
	}
	s.result.gen++
	s.head.deadlineWait.touch()
}

// deadlineTime is the end of the day typed as the deadline; zero when
// none is typed.
func (s *consolidateScreen) deadlineTime() (time.Time, error) {
	return flow.ParseDeadline(s.ui.deadline.Text)
}

// options are the head's expectations as the screen holds them; a
// deadline that cannot be read counts as none (its error is shown).
func (s *consolidateScreen) options() report.ConsolidateOptions {
	d, _ := s.deadlineTime()
	return report.ConsolidateOptions{Expected: s.head.expected, Deadline: d}
}
