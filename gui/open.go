package gui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"baocao/report"
	"baocao/report/store"
	"baocao/report/xlsx"
)

// openReport shows report id of the archive in the editor.
func (g *gui) openReport(id int64) error {
	r, entry, err := g.st.Get(id)
	if err != nil {
		return err
	}
	if g.ed != nil {
		if err := g.ed.flush(); err != nil {
			return fmt.Errorf("chưa lưu được báo cáo đang mở, nên chưa chuyển sang báo cáo khác (có thể “Lưu thành tệp…” trước): %w", err)
		}
		g.ed.saver.stop()
	}
	g.ed = newEditor(g, id, r, entry)
	g.app.Preferences().SetInt(prefOpenReport, int(id))
	g.win.SetContent(g.ed.content)
	g.setTitle()
	g.menu.update()
	g.typ.firstStartHint()
	return nil
}

// closeReport saves the open report and goes back to the start screen. A
// save that fails is explained first: the clerk chooses to stay, to keep a
// copy as a file, or to close anyway.
func (g *gui) closeReport() {
	if g.ed == nil {
		return
	}
	if err := g.ed.flush(); err != nil {
		ed := g.ed
		g.ask("Chưa lưu được báo cáo",
			"Những thay đổi mới nhất chưa lưu được vào kho:\n"+err.Error()+
				"\n\nCó thể lưu một bản thành tệp trước khi đóng.",
			choice{label: "Lưu thành tệp…", important: true, fn: func() { ed.exportDialog(formatJSON) }},
			choice{label: "Vẫn đóng", fn: g.forceClose},
		)
		return
	}
	g.forceClose()
}

func (g *gui) forceClose() {
	if g.ed != nil {
		g.ed.saver.stop()
		g.ed = nil
	}
	g.app.Preferences().SetInt(prefOpenReport, 0)
	g.showStart()
}

// currentPeriod is the period whose report is due now: the first half of
// this year from May to October, the whole year in November and December
// and, in January to April, the year just ended.
func currentPeriod(now time.Time) report.Period {
	y, m := now.Year(), now.Month()
	switch {
	case m >= time.May && m <= time.October:
		return report.Period{Year: y, Kind: report.KindH1}
	case m >= time.November:
		return report.Period{Year: y, Kind: report.KindYear}
	}
	return report.Period{Year: y - 1, Kind: report.KindYear}
}

// newReportDraft prepares a new report: the unit, signer and recipients of
// the last report, the period due now, today's date, the suggested
// summary, and last year's figures as "cùng kỳ".
func (g *gui) newReportDraft(now time.Time) (*report.Report, []string, error) {
	r := &report.Report{Format: report.FormatV1, Figures: map[string]report.Figure{}}
	last, ok, err := g.st.LastProfile()
	if err != nil {
		return nil, nil, err
	}
	if ok {
		r.Organization = last.Organization
		r.Signer = last.Signer
		r.Recipients = append([]string(nil), last.Recipients...)
	}
	r.Period = currentPeriod(now)
	r.Date = now.Format(report.DateLayout)
	r.Summary = report.SuggestSummary(r.Period)
	offered, err := g.st.OfferPrevious(r)
	if err != nil {
		return nil, nil, err
	}
	return r, offered, nil
}

// newReport creates a new report in the archive and opens it. When the
// unit already has a report for the period, that one is offered instead.
func (g *gui) newReport() {
	if g.st == nil {
		return
	}
	r, offered, err := g.newReportDraft(time.Now())
	if err != nil {
		g.showError("Tạo báo cáo mới", err)
		return
	}
	if e, found, err := g.st.Find(r.Organization, r.Period); err == nil && found {
		g.ask("Đã có báo cáo kỳ này",
			fmt.Sprintf("Kho đã có báo cáo của %s (lưu lần cuối %s). Mở báo cáo đó để làm tiếp?",
				e.Label(), formatSaved(e.Updated, time.Now())),
			choice{label: "Mở báo cáo đó", important: true, fn: func() { g.openOrShow(e.ID) }},
		)
		return
	}
	id, err := g.st.Create(r, store.SaveOptions{Author: g.cfg.author, Note: "Báo cáo mới"})
	if err != nil {
		g.showError("Tạo báo cáo mới", err)
		return
	}
	g.openOrShow(id)
	if g.ed != nil && len(offered) > 0 {
		g.ed.bar.setMessage(fmt.Sprintf("Đã điền số liệu cùng kỳ năm trước cho %d chỉ tiêu", len(offered)))
	}
}

func (g *gui) openOrShow(id int64) {
	if err := g.openReport(id); err != nil {
		g.showError("Mở báo cáo", err)
	}
}

// openSample stores the sample report in the archive and opens it.
func (g *gui) openSample() {
	g.importReport(report.Sample(), "báo cáo mẫu")
}

// openFileDialog asks for a report file or a workbook and imports it.
func (g *gui) openFileDialog() {
	if g.st == nil {
		return
	}
	g.chooseReportFile("Mở tệp", "Mở", "Mở tệp báo cáo (.json) hoặc bảng tính Excel (.xlsx)", g.openFile)
}

// chooseReportFile shows Fyne's file dialog for one report file or
// workbook, starting in the folder used last, and hands the chosen path to
// then (the folder is remembered).
func (g *gui) chooseReportFile(what, confirm, title string, then func(path string)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			g.showError(what, err)
			return
		}
		if rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		g.app.Preferences().SetString(prefOpenDir, filepath.Dir(path))
		then(path)
	}, g.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".xlsx", ".JSON", ".XLSX"}))
	d.SetConfirmText(confirm)
	d.SetTitleText(title)
	if dir := g.app.Preferences().String(prefOpenDir); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
	d.Resize(fyne.NewSize(900, 600)) // after Show: a FileDialog has no size before
}

// openFile reads a report file or a workbook off the UI goroutine (a big
// workbook takes a moment) and imports it.
func (g *gui) openFile(path string) {
	busy := g.busy("Đang đọc tệp", filepath.Base(path))
	go func() {
		r, err := xlsx.LoadFile(path, g.cat)
		g.cfg.do(func() {
			busy.Hide()
			if err != nil {
				g.showError("Không mở được tệp "+filepath.Base(path), err)
				return
			}
			g.importReport(r, "tệp "+filepath.Base(path))
		})
	}()
}

// importReport puts a report read from elsewhere into the archive and
// opens it. When the archive has a report of the same unit and period, the
// clerk chooses: open the archived one, or save the file's content as a
// new revision of it (the older content stays in its history).
func (g *gui) importReport(r *report.Report, source string) {
	e, found, err := g.st.Find(r.Organization, r.Period)
	if err != nil {
		g.showError("Tìm báo cáo trong kho", err)
		return
	}
	if !found {
		id, err := g.st.Create(r, store.SaveOptions{Author: g.cfg.author, Note: "Nhập từ " + source})
		if err != nil {
			g.showError("Lưu "+source+" vào kho", err)
			return
		}
		g.openOrShow(id)
		return
	}
	msg := fmt.Sprintf("Kho đã có báo cáo của %s (%s, lưu lần cuối %s).\n\n"+
		"Mở báo cáo trong kho, hay nhập nội dung của %s thành một lần lưu mới của báo cáo đó? "+
		"Nội dung cũ vẫn còn trong Lịch sử.",
		e.Label(), e.Status.Label(), formatSaved(e.Updated, time.Now()), source)
	g.ask("Báo cáo đã có trong kho", msg,
		choice{label: "Mở báo cáo trong kho", fn: func() { g.openOrShow(e.ID) }},
		choice{label: "Nhập thành lần lưu mới", important: true, fn: func() {
			_, err := g.st.Update(e.ID, r, store.SaveOptions{Author: g.cfg.author, Note: "Nhập từ " + source})
			if errors.Is(err, store.ErrFinal) {
				g.showError("Nhập "+source, fmt.Errorf("%w. Báo cáo trong kho được mở để xem", err))
				g.openOrShow(e.ID)
				return
			}
			if err != nil {
				g.showError("Nhập "+source, err)
				return
			}
			g.openOrShow(e.ID)
		}},
	)
}

// lowerFirst puts the first letter in lower case.
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
