package gui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report/store"
)

// showHistory lists the report's revisions, the newest first: when, who,
// the note, what changed; one of them can be restored (as a new revision:
// the history is never rewritten).
func (e *editor) showHistory() {
	g := e.g
	op := g.begin("Lịch sử báo cáo", "Đang đọc lịch sử báo cáo…", false)
	if op == nil {
		return
	}
	read := func() {
		var revs []store.Revision
		var err error
		g.background(func() { revs, err = g.st.History(e.id) }, func() {
			op.end()
			if err != nil {
				g.showError("Đọc lịch sử báo cáo", err)
				return
			}
			if g.ed == e {
				e.historyDialog(revs)
			}
		})
	}
	g.whenSaved(read, func(err error) {
		g.showError("Lưu những thay đổi mới nhất", err)
		read()
	})
}

// historyDialog shows the revisions read (UI goroutine).
func (e *editor) historyDialog(revs []store.Revision) {
	g := e.g
	var d *dialog.CustomDialog
	detail := wrapped("")
	restore := widget.NewButtonWithIcon("Khôi phục bản này", theme.HistoryIcon(), nil)
	restore.Importance = widget.WarningImportance
	restore.Disable()
	sel := -1
	list := widget.NewList(
		func() int { return len(revs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(revs) {
				o.(*widget.Label).SetText(revisionTitle(revs[id], time.Now()))
			}
		})
	list.OnSelected = func(id widget.ListItemID) {
		if id >= len(revs) {
			return
		}
		sel = id
		detail.SetText(revisionDetail(revs[id]))
		switch {
		case e.readOnly:
			restore.Disable()
		case id == 0:
			restore.Disable() // the current content
		default:
			restore.Enable()
		}
	}
	restore.OnTapped = func() {
		if sel < 0 || sel >= len(revs) {
			return
		}
		v := revs[sel]
		g.confirm("Khôi phục bản cũ",
			fmt.Sprintf("Đưa báo cáo về nội dung của bản %d (%s)? Nội dung hiện tại vẫn được giữ trong lịch sử.",
				v.Rev, v.Saved.Local().Format("15:04 02/01/2006")),
			"Khôi phục", func() {
				d.Hide()
				e.restore(v.Rev)
			})
	}
	hint := iwidget.Hint("Mỗi lần lưu là một bản; các lần tự động lưu liền nhau trong 10 phút được gộp làm một.")
	right := container.NewBorder(nil, container.NewHBox(restore), nil, nil, container.NewVScroll(detail))
	split := container.NewHSplit(list, right)
	split.Offset = 0.45
	d = dialog.NewCustom("Lịch sử báo cáo", "Đóng", container.NewBorder(hint, nil, nil, nil, split), g.win)
	d.Resize(fyne.NewSize(940, 580))
	iwidget.ShowDialog(g.win, d)
	if len(revs) > 0 {
		list.Select(0)
	}
}

// restore makes revision rev the report's content, off the UI goroutine,
// and reloads the editor.
func (e *editor) restore(rev int) {
	g := e.g
	op := g.begin("Khôi phục bản cũ", fmt.Sprintf("Đang khôi phục bản %d…", rev), true)
	if op == nil {
		return
	}
	var err error
	g.background(func() {
		_, err = g.st.Restore(e.id, rev, store.SaveOptions{Author: g.cfg.author})
	}, func() {
		if err != nil {
			op.end()
			g.showError(fmt.Sprintf("Khôi phục bản %d", rev), err)
			return
		}
		tab := e.tabs.SelectedIndex()
		g.openReport(e.id, op, func(ed *editor) {
			ed.tabs.SelectIndex(tab)
			ed.bar.setMessage(fmt.Sprintf("Đã khôi phục nội dung bản %d", rev))
		})
	})
}

// revisionTitle is a revision's line in the list.
func revisionTitle(v store.Revision, now time.Time) string {
	s := fmt.Sprintf("Bản %d — %s", v.Rev, formatSaved(v.Saved, now))
	if v.Author != "" {
		s += " — " + v.Author
	}
	switch {
	case v.Note != "":
		s += " — " + v.Note
	case v.Auto:
		s += " — tự động lưu"
	}
	return s
}

// revisionDetail describes a revision in full.
func revisionDetail(v store.Revision) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Bản %d, lưu lúc %s", v.Rev, v.Saved.Local().Format("15:04:05 ngày 02/01/2006"))
	if v.Author != "" {
		fmt.Fprintf(&b, " bởi %s", v.Author)
	}
	b.WriteString(".\n")
	if v.Auto {
		b.WriteString("Tự động lưu.\n")
	}
	if v.Note != "" {
		fmt.Fprintf(&b, "Ghi chú: %s\n", v.Note)
	}
	fmt.Fprintf(&b, "Trạng thái: %s\n", v.Status.Label())
	if len(v.Changes) > 0 {
		b.WriteString("\nThay đổi so với bản trước:\n• ")
		b.WriteString(displayable(strings.Join(v.Changes, "\n• ")))
	}
	return b.String()
}

// displayable replaces the characters Fyne draws badly with the bundled
// font: "→" followed by text shows a broken glyph, "⟶" does not.
func displayable(s string) string {
	return strings.ReplaceAll(s, "→", "⟶")
}
