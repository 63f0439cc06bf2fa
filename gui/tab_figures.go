package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
)

// figureParts are the three typed numbers of an indicator.
var figureParts = []struct{ name, label string }{
	{"value", "kỳ này"},
	{"previous", "cùng kỳ"},
	{"plan", "kế hoạch năm"},
}

// Widths of the figures table's columns (the name takes the rest).
const (
	figEntryWidth = 112
	figRatioWidth = 96
)

var figColumns = []float32{0, figEntryWidth, figEntryWidth, figEntryWidth, figRatioWidth, figRatioWidth}

// figuresTab is "Số liệu": the catalogue's indicators under their groups,
// each with this period, the same period last year and the yearly plan,
// and the percentages derived from them, computed as the clerk types.
type figuresTab struct {
	e        *editor
	content  fyne.CanvasObject
	scroll   *container.Scroll
	rows     map[string]*figureRow
	order    []*figureEntry // Enter moves through them in this order
	previous *widget.Button
}

// figureRow is one indicator's line.
type figureRow struct {
	in       *report.Indicator
	entries  [3]*figureEntry // value, previous, plan; nil for a derived indicator
	computed [3]*computedCell
	vsPrev   *widget.Label
	vsPlan   *widget.Label
	name     *widget.Label
}

// computedCell shows a number the clerk does not type (a derived figure,
// a count of the documents list) where an entry would be, on a grey
// ground.
type computedCell struct {
	label *widget.Label
	box   *fyne.Container
}

func newComputedCell() *computedCell {
	c := &computedCell{label: widget.NewLabel("")}
	c.label.Alignment = fyne.TextAlignTrailing
	bg := canvas.NewRectangle(colComputed)
	bg.CornerRadius = theme.InputRadiusSize()
	c.box = container.NewStack(bg, c.label)
	return c
}

func newFiguresTab(e *editor) *figuresTab {
	t := &figuresTab{e: e, rows: map[string]*figureRow{}}
	cat := e.r.Catalogue()
	var objs []fyne.CanvasObject
	for _, g := range cat.Groups {
		gl := widget.NewLabel(g.Name)
		gl.TextStyle.Bold = true
		objs = append(objs, container.NewVBox(gl, widget.NewSeparator()))
		for _, in := range cat.InGroup(g.ID) {
			objs = append(objs, t.newRow(in))
		}
	}
	header := container.New(&iwidget.RowLayout{Widths: figColumns},
		headLabel("Chỉ tiêu", fyne.TextAlignLeading),
		headLabel("Kỳ này", fyne.TextAlignTrailing),
		headLabel("Cùng kỳ", fyne.TextAlignTrailing),
		headLabel("KH năm", fyne.TextAlignTrailing),
		headLabel("So cùng kỳ", fyne.TextAlignTrailing),
		headLabel("Đạt % KH", fyne.TextAlignTrailing),
	)
	headerBg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	hint := iwidget.Hint("Gõ số nguyên, có hoặc không có dấu chấm ngăn hàng nghìn (3.286 hay 3286). " +
		"Ô để trống là “không báo cáo”, khác với 0. Enter chuyển sang ô tiếp theo. Ô nền xám được tính tự động.")
	for i, en := range t.order {
		i := i
		en.next = func() {
			for _, n := range t.order[i+1:] {
				if !n.Disabled() && n.Visible() {
					t.focus(n)
					return
				}
			}
		}
	}
	t.previous = widget.NewButtonWithIcon("Lấy cùng kỳ năm trước", theme.HistoryIcon(), t.offerPrevious)
	t.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewVBox(t.previous), hint),
		container.NewStack(headerBg, container.NewPadded(header)))
	t.content = container.NewBorder(top, nil, nil, nil, t.scroll)
	e.onRefresh(t.refresh)
	return t
}

func headLabel(text string, align fyne.TextAlign) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.Alignment = align
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (t *figuresTab) newRow(in *report.Indicator) fyne.CanvasObject {
	e := t.e
	row := &figureRow{in: in}
	t.rows[in.Code] = row
	row.name = widget.NewLabel(in.Name + " (" + in.Unit + ")")
	row.name.Truncation = fyne.TextTruncateEllipsis
	f := e.r.Figures[in.Code]
	values := [3]*int64{f.Value, f.Previous, f.Plan}
	cells := []fyne.CanvasObject{row.name}
	for i, part := range figureParts {
		i, part := i, part
		field := report.FigureField(in.Code, part.name)
		comp := newComputedCell()
		row.computed[i] = comp
		if in.IsDerived() {
			cells = append(cells, comp.box)
			continue
		}
		en := newFigureEntry()
		row.entries[i] = en
		en.SetText(formatFigure(values[i]))
		en.OnChanged = func(s string) {
			if e.updating {
				return
			}
			t.set(in, i, part.label, s)
		}
		t.order = append(t.order, en)
		e.target(field, tabFigures, en, nil)
		comp.box.Hide()
		cells = append(cells, container.NewStack(en, comp.box))
	}
	row.vsPrev = ratioLabel()
	row.vsPlan = ratioLabel()
	cells = append(cells, row.vsPrev, row.vsPlan)
	line := container.New(&iwidget.RowLayout{Widths: figColumns}, cells...)
	note := e.note(report.FigureField(in.Code, "value"))
	notePrev := e.note(report.FigureField(in.Code, "previous"))
	notePlan := e.note(report.FigureField(in.Code, "plan"))
	noteAll := e.note("figures." + in.Code)
	return container.NewVBox(line, note, notePrev, notePlan, noteAll)
}

func ratioLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Alignment = fyne.TextAlignTrailing
	return l
}

// set reads what is typed in one of an indicator's entries into the report.
func (t *figuresTab) set(in *report.Indicator, part int, label, text string) {
	e := t.e
	field := report.FigureField(in.Code, figureParts[part].name)
	f := e.r.Figures[in.Code]
	var v *int64
	if text != "" {
		n, err := report.ParseInt(text)
		if err != nil {
			e.setInputErr(field, fmt.Sprintf("%s, %s: %v", in.Name, label, err))
		} else {
			e.setInputErr(field, "")
			v = &n
		}
	} else {
		e.setInputErr(field, "")
	}
	switch part {
	case 0:
		f.Value = v
	case 1:
		f.Previous = v
	case 2:
		f.Plan = v
	}
	if f.IsEmpty() {
		delete(e.r.Figures, in.Code)
	} else {
		e.r.Figures[in.Code] = f
	}
	e.changed()
}

// refresh shows the derived figures: percentages, the derived indicators,
// and the document counts when the documents list is given.
func (t *figuresTab) refresh() {
	sheet := t.e.sheet
	for code, row := range t.rows {
		sr := sheet.Row(code)
		if sr == nil {
			continue
		}
		setText(row.vsPrev, formatRatio(sr.VsPrevious))
		setText(row.vsPlan, formatRatio(sr.VsPlan))
		switch {
		case sr.IsDerived():
			for i, v := range []report.Value{sr.Value, sr.Previous, sr.Plan} {
				setText(row.computed[i].label, sr.Format(v))
			}
		case sr.DocumentKind != "":
			// The count follows the documents list while the list is
			// given and no number was typed (a typed number that
			// disagrees stays editable and is flagged).
			en, comp := row.entries[0], row.computed[0]
			typed := t.e.r.Figures[code].Value != nil || t.e.inputErr[report.FigureField(code, "value")] != ""
			if sr.FromDocuments && !typed {
				setText(comp.label, sr.Format(sr.Value))
				if en.Visible() {
					en.Hide()
					comp.box.Show()
				}
			} else if !en.Visible() {
				comp.box.Hide()
				en.Show()
			}
		}
	}
}

func formatRatio(v report.Value) string {
	if !v.OK {
		return ""
	}
	return report.FormatPercent(v.N)
}

func setText(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}

// focus focuses a figure entry and scrolls it into view.
func (t *figuresTab) focus(en *figureEntry) {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(en).Y - d.AbsolutePositionForObject(t.scroll.Content).Y
	view := t.scroll.Size().Height
	if y < t.scroll.Offset.Y || y+en.Size().Height > t.scroll.Offset.Y+view {
		t.scroll.ScrollToOffset(fyne.NewPos(0, max(y-view/3, 0)))
	}
	t.e.g.win.Canvas().Focus(en)
}

// offerPrevious fills the empty "cùng kỳ" entries from the same unit's
// report of the same period last year, when the archive has it; the
// archive is read off the UI goroutine, and an entry typed into meanwhile
// keeps what was typed.
func (t *figuresTab) offerPrevious() {
	e := t.e
	if e.readOnly {
		return
	}
	g := e.g
	r := e.r.Clone()
	var offered []string
	var err error
	g.background(func() { offered, err = g.st.OfferPrevious(r) }, func() {
		if err != nil {
			g.showError("Lấy số liệu cùng kỳ năm trước", err)
			return
		}
		if g.ed != e {
			return // another report is open now
		}
		var filled []string
		for _, code := range offered {
			f := e.r.Figures[code]
			if f.Previous != nil {
				continue
			}
			f.Previous = r.Figures[code].Previous
			if e.r.Figures == nil {
				e.r.Figures = map[string]report.Figure{}
			}
			e.r.Figures[code] = f
			filled = append(filled, code)
		}
		t.showOffered(filled)
	})
}

// showOffered writes the "cùng kỳ" figures just filled into their entries.
func (t *figuresTab) showOffered(filled []string) {
	e := t.e
	if len(filled) == 0 {
		e.g.showInfo("Lấy cùng kỳ năm trước", fmt.Sprintf(
			"Không có số nào để điền: kho không có báo cáo %s của đơn vị này, hoặc các ô cùng kỳ đã có số.",
			e.r.Period.SameLastYear().Name()))
		return
	}
	e.updating = true
	for _, code := range filled {
		if row := t.rows[code]; row != nil && row.entries[1] != nil {
			row.entries[1].SetText(formatFigure(e.r.Figures[code].Previous))
			e.setInputErr(report.FigureField(code, "previous"), "")
		}
	}
	e.updating = false
	e.changed()
	e.bar.setMessage(fmt.Sprintf("Đã điền cùng kỳ năm trước cho %d chỉ tiêu", len(filled)))
}

// figureEntry is the entry of a number: the typing method never applies
// (digits and separators stay as typed), Enter moves to the next figure,
// and when it loses the focus a valid number is written the Vietnamese
// way ("3286" → "3.286").
type figureEntry struct {
	widget.Entry
	next func() // Enter: focus the next figure
}

func newFigureEntry() *figureEntry {
	e := &figureEntry{}
	e.ExtendBaseWidget(e)
	e.OnSubmitted = func(string) {
		if e.next != nil {
			e.next()
		}
	}
	return e
}

// FocusLost writes a valid number with its thousands separators.
func (e *figureEntry) FocusLost() {
	e.Entry.FocusLost()
	if v, err := report.ParseInt(e.Text); err == nil && e.Text != report.FormatInt(v) {
		e.SetText(report.FormatInt(v))
	}
}

// formatFigure writes an optional figure for its entry.
func formatFigure(p *int64) string {
	if p == nil {
		return ""
	}
	return report.FormatInt(*p)
}
