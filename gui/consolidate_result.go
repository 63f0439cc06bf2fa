package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/widget"

	"baocao/report"
	"baocao/report/flow"
)

// consResult is the consolidation as it stands: computed again off the UI
// goroutine after each change (a batch of files read, a file taken off,
// the deadline, the list of units) from the files read so far, one
// computation at a time; a change made meanwhile drops the outcome of the
// one under way and starts another.
type consResult struct {
	res     *report.Consolidation // nil without a head
	names   map[string]string     // the chosen files as shown, by path (displayNames)
	notices []report.Notice       // res's notices as shown: errors first

	gen       uint64 // changes so far
	resGen    uint64 // the change res is the consolidation of
	computing bool   // a computation runs

	textWidths    map[string]float32 // a notice's text measured on one line, by text
	textSize      float32            // the text size they were measured at
	lineHeight    float32            // the height of a line at that size
	noticeHeights []float32          // the heights of the notice list's rows
}

// consInputs are what a consolidation is computed from, taken on the UI
// goroutine.
type consInputs struct {
	head    *report.Report
	sources []report.Source
	opt     report.ConsolidateOptions
}

// inputs takes the screen's state for a consolidation.
func (s *consolidateScreen) inputs() consInputs {
	names := s.result.names
	if len(names) != len(s.files.paths) {
		names = s.files.displayNames()
	}
	return consInputs{head: s.head.report, sources: s.files.readSourcesNamed(names), opt: s.options()}
}

// run computes the consolidation (any goroutine); nil without a head.
func (in consInputs) run() *report.Consolidation {
	if in.head == nil {
		return nil
	}
	return flow.Consolidate(in.head, in.sources, in.opt)
}

// consolidate runs the consolidation of the files read so far, on the
// calling goroutine.
func (s *consolidateScreen) consolidate() *report.Consolidation { return s.inputs().run() }

// fresh reports whether res is the consolidation of the screen as it is.
func (s *consolidateScreen) fresh() bool {
	return s.result.resGen == s.result.gen && !s.result.computing
}

// recompute computes the consolidation again off the UI goroutine and
// shows it, unless the screen changed again meanwhile.
func (s *consolidateScreen) recompute() {
	s.result.gen++
	s.startComputing()
}

// startComputing computes the consolidation of the screen as it is now,
// unless a computation runs: that one starts the next when it ends.
func (s *consolidateScreen) startComputing() {
	if s.result.computing {
		return
	}
	if s.head.report == nil {
		s.result.res, s.result.resGen = nil, s.result.gen
		s.showResult()
		return
	}
	s.result.computing = true
	gen, in := s.result.gen, s.inputs()
	var res *report.Consolidation
	s.g.background(func() { res = in.run() }, func() {
		s.result.computing = false
		if gen != s.result.gen {
			if !s.head.deadlineWait.pending {
				s.startComputing()
			} // else the deadline, once typed, starts it
			return
		}
		s.result.res, s.result.resGen = res, gen
		s.showResult()
	})
}

// showExpected writes how many lower units must report.
func (s *consolidateScreen) showExpected() {
	switch {
	case s.head.report == nil:
		setLabel(s.ui.expectedLabel, "(chọn báo cáo của đơn vị tổng hợp trước)", widget.MediumImportance)
	case len(s.head.expected) == 0:
		setLabel(s.ui.expectedLabel, "chưa có danh sách: mọi đơn vị gửi tệp đều được tổng hợp", widget.MediumImportance)
	default:
		// The label shows one line: a few names are enough (and a long
		// text is slow to truncate).
		var names []string
		for _, o := range s.head.expected[:min(len(s.head.expected), 6)] {
			names = append(names, o.Label())
		}
		text := fmt.Sprintf("%d đơn vị: %s", len(s.head.expected), strings.Join(names, "; "))
		if len(s.head.expected) > 6 {
			text += "; …"
		}
		setLabel(s.ui.expectedLabel, text, widget.MediumImportance)
	}
}

// showSummary writes what the consolidation would take in.
func (s *consolidateScreen) showSummary() {
	switch {
	case s.head.report == nil:
		s.ui.summary.SetText("Chọn báo cáo của đơn vị tổng hợp (ở trên) rồi chọn tệp báo cáo của các đơn vị cấp dưới.")
		return
	case len(s.files.paths) == 0:
		s.ui.summary.SetText("Chưa chọn tệp nào. Bấm “Chọn tệp…”, “Chọn thư mục…”, hoặc kéo thả tệp vào cửa sổ.")
		return
	case s.files.loading():
		s.ui.summary.SetText(fmt.Sprintf("Đang đọc tệp (%d/%d)…", s.files.loadDone, s.files.loadTotal))
		return
	}
	parts := []string{fmt.Sprintf("%d tệp, tổng hợp được %d đơn vị", len(s.files.paths), len(s.result.res.Used))}
	if left := len(s.files.paths) - len(s.result.res.Used); left > 0 {
		parts = append(parts, fmt.Sprintf("%d tệp không được tổng hợp (xem phần Vấn đề)", left))
	}
	count := map[report.SendStatus]int{}
	for _, u := range s.result.res.Units {
		count[u.Status]++
	}
	if len(s.head.expected) > 0 {
		parts = append(parts, fmt.Sprintf("đã gửi %d/%d đơn vị phải báo cáo", count[report.StatusSent]+count[report.StatusLate], len(s.head.expected)))
		if n := count[report.StatusMissing]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d đơn vị chưa gửi", n))
		}
	}
	s.ui.summary.SetText(capitalize(strings.Join(parts, "; ")) + ".")
}
