package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/widget"

	"baocao/report"
	"baocao/report/flow"
)

// consResult is the consolidation as it stands: computed again on the UI
// goroutine after each change (a batch of files read, a file taken off,
// the deadline, the list of units) from the files read so far.
type consResult struct {
	res     *report.Consolidation // nil without a head
	names   map[string]string     // the chosen files as shown, by path (displayNames)
	notices []report.Notice       // res's notices as shown: errors first
}

// consolidate runs the consolidation of the files read so far.
func (s *consolidateScreen) consolidate() *report.Consolidation {
	if s.head == nil {
		return nil
	}
	return flow.Consolidate(s.g.cat, s.head, s.readSources(), s.options())
}

// showExpected writes how many lower units must report.
func (s *consolidateScreen) showExpected() {
	switch {
	case s.head == nil:
		setLabel(s.expectedLabel, "(chọn báo cáo của đơn vị tổng hợp trước)", widget.MediumImportance)
	case len(s.expected) == 0:
		setLabel(s.expectedLabel, "chưa có danh sách: mọi đơn vị gửi tệp đều được tổng hợp", widget.MediumImportance)
	default:
		// The label shows one line: a few names are enough (and a long
		// text is slow to truncate).
		var names []string
		for _, o := range s.expected[:min(len(s.expected), 6)] {
			names = append(names, o.Label())
		}
		text := fmt.Sprintf("%d đơn vị: %s", len(s.expected), strings.Join(names, "; "))
		if len(s.expected) > 6 {
			text += "; …"
		}
		setLabel(s.expectedLabel, text, widget.MediumImportance)
	}
}

// showSummary writes what the consolidation would take in.
func (s *consolidateScreen) showSummary() {
	switch {
	case s.head == nil:
		s.summary.SetText("Chọn báo cáo của đơn vị tổng hợp (ở trên) rồi chọn tệp báo cáo của các đơn vị cấp dưới.")
		return
	case len(s.files) == 0:
		s.summary.SetText("Chưa chọn tệp nào. Bấm “Chọn tệp…”, “Chọn thư mục…”, hoặc kéo thả tệp vào cửa sổ.")
		return
	case s.loading():
		s.summary.SetText(fmt.Sprintf("Đang đọc tệp (%d/%d)…", s.loadDone, s.loadTotal))
		return
	}
	parts := []string{fmt.Sprintf("%d tệp, tổng hợp được %d đơn vị", len(s.files), len(s.res.Used))}
	if left := len(s.files) - len(s.res.Used); left > 0 {
		parts = append(parts, fmt.Sprintf("%d tệp không được tổng hợp (xem phần Vấn đề)", left))
	}
	count := map[report.SendStatus]int{}
	for _, u := range s.res.Units {
		count[u.Status]++
	}
	if len(s.expected) > 0 {
		parts = append(parts, fmt.Sprintf("đã gửi %d/%d đơn vị phải báo cáo", count[report.StatusSent]+count[report.StatusLate], len(s.expected)))
		if n := count[report.StatusMissing]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d đơn vị chưa gửi", n))
		}
	}
	s.summary.SetText(capitalize(strings.Join(parts, "; ")) + ".")
}
