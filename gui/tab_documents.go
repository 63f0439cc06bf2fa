package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

var docColumns = []float32{130, 172, 150, 0, 120}

// documentsTab is "Văn bản ban hành": the documents the unit advised to
// issue (số hiệu, ngày, loại, trích yếu). While the list is not empty the
// vb.* figures are counted from it.
type documentsTab struct {
	e       *editor
	content fyne.CanvasObject
	rows    *fyne.Container
	summary *widget.Label
	add     *widget.Button
}

func newDocumentsTab(e *editor) *documentsTab {
	t := &documentsTab{e: e}
	t.summary = widget.NewLabel("")
	t.summary.Wrapping = fyne.TextWrapWord
	t.summary.TextStyle.Bold = true
	t.rows = iwidget.NewCulledRows()
	t.add = widget.NewButtonWithIcon("Thêm văn bản", theme.ContentAddIcon(), t.addDocument)
	t.add.Importance = widget.HighImportance
	hint := iwidget.Hint("Các văn bản đã tham mưu ban hành trong kỳ. Khi danh sách có văn bản, " +
		"số chỉ thị, nghị quyết, kế hoạch, hướng dẫn, văn bản khác ở thẻ “Số liệu” được đếm từ danh sách này. " +
		"Ngày gõ dạng 15/03/2026; văn bản chưa có số hiệu thì để trống.")
	header := container.New(&iwidget.RowLayout{Widths: docColumns},
		headLabel("Số hiệu", fyne.TextAlignLeading),
		headLabel("Ngày", fyne.TextAlignLeading),
		headLabel("Loại", fyne.TextAlignLeading),
		headLabel("Trích yếu", fyne.TextAlignLeading),
		headLabel("", fyne.TextAlignLeading),
	)
	headerBg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	t.build()
	t.content = container.NewVBox(
		t.summary,
		hint,
		container.NewStack(headerBg, container.NewPadded(header)),
		t.rows,
		e.note("documents"),
		container.NewHBox(t.add),
	)
	e.target("documents", tabDocuments, t.add, nil)
	e.onRefresh(t.refresh)
	return t
}

// build makes one row per document.
func (t *documentsTab) build() {
	e, r := t.e, t.e.r
	e.forget("documents[")
	kindNames := make([]string, len(report.DocumentKinds))
	for i, k := range report.DocumentKinds {
		kindNames[i] = report.DocumentKindName(k)
	}
	objs := make([]fyne.CanvasObject, 0, len(r.Documents))
	for i := range r.Documents {
		i := i
		d := &r.Documents[i]
		field := fmt.Sprintf("documents[%d]", i)
		// A jump to the row shows it first: rows out of view are hidden
		// (cullLayout), and a hidden object has no position on screen.
		var row fyne.CanvasObject
		reveal := func() { row.Show() }

		// A symbol is a code (05-CT/TW): Telex would make "TW" into "TƯ".
		symbol := textedit.NewEntry(nil)
		symbol.SetText(d.Symbol)
		symbol.SetPlaceHolder("23-CT/TU")
		symbol.OnChanged = func(s string) {
			if e.updating {
				return
			}
			r.Documents[i].Symbol = strings.TrimSpace(s)
			e.changed()
		}
		e.target(field, tabDocuments, symbol, reveal)
		e.target(field+".symbol", tabDocuments, symbol, reveal)

		date := iwidget.NewDateEntry()
		if dt, err := report.ParseDate(d.Date); err == nil {
			date.SetDate(&dt)
		} else {
			date.SetText(d.Date)
		}
		date.OnChanged = func(s string) {
			if e.updating {
				return
			}
			setDateField(e, field+".date", fmt.Sprintf("Văn bản thứ %d, ngày", i+1), s, func(v string) { r.Documents[i].Date = v })
			e.changed()
		}
		e.target(field+".date", tabDocuments, date, reveal)

		kind := widget.NewSelect(kindNames, nil)
		kind.PlaceHolder = "(chọn loại)"
		if k := indexOf(report.DocumentKinds, d.Kind); k >= 0 {
			kind.SetSelectedIndex(k)
		}
		kind.OnChanged = func(string) {
			if e.updating {
				return
			}
			if k := kind.SelectedIndex(); k >= 0 {
				r.Documents[i].Kind = report.DocumentKinds[k]
				e.changed()
			}
		}
		e.target(field+".kind", tabDocuments, kind, reveal)

		summary := textedit.NewMultiLineEntry(e.g.typ, 2)
		summary.SetText(d.Summary)
		summary.SetPlaceHolder("về …")
		summary.OnChanged = func(s string) {
			if e.updating {
				return
			}
			r.Documents[i].Summary = s
			e.changed()
		}
		e.target(field+".summary", tabDocuments, summary, reveal)

		order := iwidget.NewReorderButtons(i, len(r.Documents), t.move, func() { t.remove(i) })
		line := container.New(&iwidget.RowLayout{Widths: docColumns}, symbol, date, kind, summary, order)
		row = container.NewVBox(line,
			e.note(field+".symbol"), e.note(field+".date"), e.note(field+".kind"), e.note(field+".summary"), e.note(field))
		objs = append(objs, row)
	}
	if len(objs) == 0 {
		empty := iwidget.Hint("Chưa có văn bản nào. Bấm “Thêm văn bản” để nhập; nếu để trống, số văn bản được gõ ở thẻ “Số liệu”.")
		objs = append(objs, empty)
	}
	t.rows.Objects = objs
	t.rows.Refresh()
	if e.readOnly {
		disableAll(t.rows)
		t.add.Disable()
	}
}

func (t *documentsTab) addDocument() {
	e := t.e
	e.r.Documents = append(e.r.Documents, report.Document{Kind: report.DocChiThi})
	t.build()
	e.changed()
	e.jump(fmt.Sprintf("documents[%d].symbol", len(e.r.Documents)-1))
}

func (t *documentsTab) remove(i int) {
	e := t.e
	d := e.r.Documents[i]
	do := func() {
		e.r.Documents = append(e.r.Documents[:i], e.r.Documents[i+1:]...)
		t.dropInputErrs()
		t.build()
		e.changed()
	}
	if strings.TrimSpace(d.Symbol) == "" && strings.TrimSpace(d.Summary) == "" {
		do()
		return
	}
	name := d.Symbol
	if name == "" {
		name = report.DocumentKindName(d.Kind) + " " + shorten(d.Summary, 60)
	}
	e.g.confirm("Xóa văn bản", fmt.Sprintf("Xóa văn bản thứ %d (%s) khỏi danh sách?", i+1, name), "Xóa", do)
}

func (t *documentsTab) move(from, to int) {
	ds := t.e.r.Documents
	if to < 0 || to >= len(ds) {
		return
	}
	ds[from], ds[to] = ds[to], ds[from]
	t.dropInputErrs()
	t.build()
	t.e.changed()
	t.e.jump(fmt.Sprintf("documents[%d].symbol", to))
}

// dropInputErrs forgets the typing errors of the documents' dates: the
// rows are rebuilt from the report.
func (t *documentsTab) dropInputErrs() {
	for f := range t.e.inputErr {
		if strings.HasPrefix(f, "documents[") {
			delete(t.e.inputErr, f)
		}
	}
}

// refresh writes the summary line: how many documents of each kind.
func (t *documentsTab) refresh() {
	r := t.e.r
	if len(r.Documents) == 0 {
		setText(t.summary, "Chưa có văn bản nào trong danh sách.")
		return
	}
	counts := r.DocumentCounts()
	var parts []string
	for _, k := range report.DocumentKinds {
		if n := counts[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, lowerFirst(report.DocumentKindName(k))))
		}
	}
	setText(t.summary, fmt.Sprintf("Đã tham mưu ban hành %d văn bản: %s.", len(r.Documents), strings.Join(parts, ", ")))
}

// shorten cuts a text to n letters with an ellipsis.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
