package gui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// generalTab is "Thông tin chung": the header of the report (issuing
// body, number, place and date, period, summary), the signer and the
// recipients.
type generalTab struct {
	e       *editor
	content fyne.CanvasObject

	superior, name, abbr, place *textedit.Entry
	year                        *widget.Entry
	kind                        *widget.Select
	kinds                       []string // the period kinds kind offers
	number                      *textedit.Entry
	numberSuffix                *widget.Label
	date                        *iwidget.DateEntry
	summary                     *textedit.Entry
	suggest                     *widget.Button
	authority, title, signer    *textedit.Entry

	recipients     *fyne.Container
	recipientRows  []*textedit.Entry
	addRecipient   *widget.Button
	recipientsNote *widget.Label
}

// authorities are the usual lines above the signer's title.
// generalLabelWidth is the width of the tab's field labels.
const generalLabelWidth = 190

var authorities = []string{"", "K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ", "T/L TRƯỞNG BAN", "T/U TRƯỞNG BAN"}

func newGeneralTab(e *editor) *generalTab {
	t := &generalTab{e: e}
	r := e.r
	typ := e.g.typ

	text := func(field, value, placeholder string, set func(string), action ...fyne.CanvasObject) *textedit.Entry {
		var method textedit.Typing = typ
		if field == "organization.abbreviation" {
			method = nil // a code (BTGTU), not Vietnamese words
		}
		w := textedit.NewEntry(method)
		if len(action) > 0 {
			w.ActionItem = action[0] // before SetText, which builds the renderer
		}
		w.SetText(value)
		w.SetPlaceHolder(placeholder)
		w.OnChanged = func(s string) {
			if e.updating {
				return
			}
			set(s)
			e.changed()
		}
		e.target(field, tabGeneral, w, nil)
		return w
	}
	o := &r.Organization
	t.superior = text("organization.superior", o.Superior, "TỈNH ỦY NINH BÌNH, hoặc ĐẢNG ỦY XÃ …", func(s string) { o.Superior = s })
	t.name = text("organization.name", o.Name, "BAN TUYÊN GIÁO VÀ DÂN VẬN, hoặc BAN XÂY DỰNG ĐẢNG", func(s string) { o.Name = s })
	t.abbr = text("organization.abbreviation", o.Abbreviation, "BTGDVTU, hoặc ĐU", func(s string) {
		o.Abbreviation = s
		t.numberSuffix.SetText("-BC/" + s)
	})
	t.place = text("organization.place", o.Place, "Ninh Bình", func(s string) { o.Place = s })

	t.year = widget.NewEntry()
	if r.Period.Year != 0 {
		t.year.SetText(strconv.Itoa(r.Period.Year))
	}
	t.year.SetPlaceHolder(strconv.Itoa(time.Now().Year()))
	t.year.OnChanged = func(s string) {
		if e.updating {
			return
		}
		y, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			e.setInputErr("period.year", fmt.Sprintf("Năm báo cáo %q phải là một số, ví dụ %d", s, time.Now().Year()))
			y = 0
		} else {
			e.setInputErr("period.year", "")
		}
		r.Period.Year = y
		e.changed()
	}
	e.target("period.year", tabGeneral, t.year, nil)

	t.kind = widget.NewSelect(nil, nil)
	t.kind.PlaceHolder = "(chọn kỳ)"
	t.setKinds(report.PeriodKinds)
	t.kind.OnChanged = func(string) {
		if e.updating {
			return
		}
		if i := t.kind.SelectedIndex(); i >= 0 {
			r.Period.Kind = t.kinds[i]
			e.changed()
		}
	}

	t.number = textedit.NewEntry(nil)
	t.number.SetText(r.Number)
	t.number.SetPlaceHolder("312")
	t.number.OnChanged = func(s string) {
		if e.updating {
			return
		}
		r.Number = strings.TrimSpace(s)
		e.changed()
	}
	e.target("number", tabGeneral, t.number, nil)
	t.numberSuffix = widget.NewLabel("-BC/" + o.Abbreviation)

	t.date = iwidget.NewDateEntry()
	if d, err := report.ParseDate(r.Date); err == nil {
		t.date.SetDate(&d)
	} else {
		t.date.SetText(r.Date)
	}
	t.date.OnChanged = func(s string) {
		if e.updating {
			return
		}
		setDateField(e, "date", "Ngày báo cáo", s, func(v string) { r.Date = v })
		e.changed()
	}
	e.target("date", tabGeneral, t.date, nil)

	t.summary = textedit.NewMultiLineEntry(typ, 2)
	t.summary.SetText(r.Summary)
	t.summary.SetPlaceHolder(report.SuggestSummary(nil, r.Period))
	t.summary.OnChanged = func(s string) {
		if e.updating {
			return
		}
		r.Summary = s
		e.changed()
	}
	e.target("summary", tabGeneral, t.summary, nil)
	t.suggest = widget.NewButtonWithIcon("Gợi ý", theme.ContentRedoIcon(), func() {
		t.summary.SetText(report.SuggestSummary(e.tmpl, r.Period))
	})

	s := &r.Signer
	var pick *widget.Button
	pick = widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), func() {
		items := make([]*fyne.MenuItem, len(authorities))
		for i, a := range authorities {
			a := a
			label := a
			if a == "" {
				label = "(không có)"
			}
			items[i] = fyne.NewMenuItem(label, func() { t.authority.SetText(a) })
		}
		c := fyne.CurrentApp().Driver().CanvasForObject(pick)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(pick)
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos.Add(fyne.NewPos(0, pick.Size().Height)))
	})
	pick.Importance = widget.LowImportance
	t.authority = text("signer.authority", s.Authority, "để trống, hoặc K/T TRƯỞNG BAN", func(v string) { s.Authority = v }, pick)
	t.title = text("signer.title", s.Title, "TRƯỞNG BAN", func(v string) { s.Title = v })
	t.signer = text("signer.name", s.Name, "Họ và tên người ký", func(v string) { s.Name = v })

	t.recipients = container.NewVBox()
	t.recipientsNote = e.note("recipients")
	t.addRecipient = widget.NewButtonWithIcon("Thêm nơi nhận", theme.ContentAddIcon(), func() {
		r.Recipients = append(r.Recipients, "")
		t.buildRecipients()
		e.changed()
		e.g.win.Canvas().Focus(t.recipientRows[len(t.recipientRows)-1])
	})
	t.buildRecipients()
	e.target("recipients", tabGeneral, t.addRecipient, nil)
	e.target("period.kind", tabGeneral, t.kind, nil)

	// One label width for every form of the tab, so that the inputs
	// line up from top to bottom.
	form := func(cells ...fyne.CanvasObject) *fyne.Container {
		rows := make([]fyne.CanvasObject, 0, len(cells)/2)
		for i := 0; i+1 < len(cells); i += 2 {
			rows = append(rows, container.New(&iwidget.RowLayout{Widths: []float32{generalLabelWidth, 0}}, cells[i], cells[i+1]))
		}
		return container.NewVBox(rows...)
	}
	label := func(s string) fyne.CanvasObject {
		l := widget.NewLabel(s)
		l.Alignment = fyne.TextAlignTrailing
		return l
	}
	field := func(w fyne.CanvasObject, f string) fyne.CanvasObject {
		return container.NewVBox(w, e.note(f))
	}
	numberRow := container.New(&iwidget.RowLayout{Widths: []float32{120, 0}}, t.number, t.numberSuffix)
	periodRow := container.New(&iwidget.RowLayout{Widths: []float32{90, 240, 0}}, t.year, t.kind, layout.NewSpacer())
	summaryRow := container.NewBorder(nil, nil, nil, container.NewVBox(t.suggest), t.summary)

	t.content = container.NewVBox(
		heading("Cơ quan ban hành"),
		form(
			label("Cơ quan cấp trên"), field(t.superior, "organization.superior"),
			label("Cơ quan ban hành"), field(t.name, "organization.name"),
			label("Chữ viết tắt"), field(t.abbr, "organization.abbreviation"),
			label("Địa danh"), field(t.place, "organization.place"),
		),
		heading("Báo cáo"),
		form(
			label("Kỳ báo cáo (năm, kỳ)"), container.NewVBox(periodRow, e.note("period.year"), e.note("period.kind"), e.note("period")),
			label("Số báo cáo"), field(numberRow, "number"),
			label("Ngày báo cáo"), field(container.New(&iwidget.RowLayout{Widths: []float32{190}}, t.date), "date"),
			label("Trích yếu"), field(summaryRow, "summary"),
		),
		heading("Người ký"),
		form(
			label("Quyền hạn ký"), field(t.authority, "signer.authority"),
			label("Chức vụ"), field(t.title, "signer.title"),
			label("Họ và tên"), field(t.signer, "signer.name"),
		),
		heading("Nơi nhận"),
		t.recipients,
		t.recipientsNote,
		container.NewHBox(t.addRecipient),
	)
	return t
}

// buildRecipients makes one row per recipient: its entry, up, down,
// remove.
func (t *generalTab) buildRecipients() {
	e, r := t.e, t.e.r
	e.forget("recipients[")
	t.recipientRows = t.recipientRows[:0]
	rows := make([]fyne.CanvasObject, 0, len(r.Recipients))
	for i := range r.Recipients {
		i := i
		field := fmt.Sprintf("recipients[%d]", i)
		w := textedit.NewEntry(e.g.typ)
		w.SetText(r.Recipients[i])
		w.SetPlaceHolder("Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c)")
		w.OnChanged = func(s string) {
			if e.updating {
				return
			}
			r.Recipients[i] = s
			e.changed()
		}
		e.target(field, tabGeneral, w, nil)
		t.recipientRows = append(t.recipientRows, w)
		order := iwidget.NewReorderButtons(i, len(r.Recipients), t.moveRecipient, func() {
			r.Recipients = append(r.Recipients[:i], r.Recipients[i+1:]...)
			t.buildRecipients()
			e.changed()
		})
		num := widget.NewLabel(fmt.Sprintf("%d.", i+1))
		row := container.NewBorder(nil, nil, num, order, w)
		rows = append(rows, container.NewVBox(row, e.note(field)))
	}
	t.recipients.Objects = rows
	t.recipients.Refresh()
	if e.readOnly {
		disableAll(t.recipients)
	}
}

func (t *generalTab) moveRecipient(from, to int) {
	rs := t.e.r.Recipients
	if to < 0 || to >= len(rs) {
		return
	}
	rs[from], rs[to] = rs[to], rs[from]
	t.buildRecipients()
	t.e.changed()
	t.e.g.win.Canvas().Focus(t.recipientRows[to])
}

// setDateField reads a typed date into a report field (YYYY-MM-DD), or
// records why it cannot.
func setDateField(e *editor, field, label, text string, set func(string)) {
	text = strings.TrimSpace(text)
	if text == "" {
		e.setInputErr(field, "")
		set("")
		return
	}
	t, err := report.ParseDateShort(text)
	if err != nil {
		e.setInputErr(field, label+": "+err.Error())
		set("")
		return
	}
	e.setInputErr(field, "")
	set(t.Format(report.DateLayout))
}

// heading is a section title inside a tab.
func heading(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(l, widget.NewSeparator())
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// setKinds offers the period kinds of kinds (and the report's own, when
// it is not among them), the report's selected.
func (t *generalTab) setKinds(kinds []string) {
	cur := t.e.r.Period.Kind
	t.kinds = append([]string(nil), kinds...)
	if cur != "" && indexOf(t.kinds, cur) < 0 {
		t.kinds = append(t.kinds, cur)
	}
	names := make([]string, len(t.kinds))
	for i, k := range t.kinds {
		names[i] = report.KindName(k)
		if !report.ValidKind(k) {
			names[i] = k + " (không hợp lệ)"
		}
	}
	was := t.e.updating
	t.e.updating = true
	t.kind.Options = names
	t.kind.ClearSelected()
	if i := indexOf(t.kinds, cur); i >= 0 {
		t.kind.SetSelectedIndex(i)
	}
	t.kind.Refresh()
	t.e.updating = was
}

// templateKnown adapts the tab to the report's template once it is found:
// the periods it serves, and its trích yếu shown as the example.
func (t *generalTab) templateKnown() {
	tp := t.e.tmpl
	var kinds []string
	for _, c := range report.PeriodClasses {
		if tp.Serves(c) {
			kinds = append(kinds, report.KindsOf(c)...)
		}
	}
	if len(kinds) > 0 {
		t.setKinds(kinds)
	}
	t.summary.SetPlaceHolder(report.SuggestSummary(tp, t.e.r.Period))
}
