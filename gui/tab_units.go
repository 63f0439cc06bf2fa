package gui

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report"
)

// tabUnits is the editor's "Các đơn vị" tab, which only a consolidated
// report has (after the four tabs every report has).
const tabUnits = tabSections + 1

// Widths of the units table's columns (the unit's name takes the rest,
// at least unitsNameWidth: a template's many main indicators make the
// table wider than the window, and it scrolls sideways).
const (
	unitsNoWidth   = 40
	unitsFigWidth  = 104
	unitsNameWidth = 260
)

// colStripe shades every other row of the units table.
var colStripe = color.NRGBA{A: 0x0a}

// unitsTab is "Các đơn vị": the breakdown of a consolidated report, one
// row a lower unit, the catalogue's main indicators as columns, and a
// total row with the report's own figures. It is read-only: the units'
// figures come from their files.
type unitsTab struct {
	e       *editor
	content fyne.CanvasObject
	main    []*report.Indicator
	sums    []report.Value // per main indicator: the sum of the units' figures
	totals  []*widget.Label
	differ  *widget.Label
}

// addUnitsTab adds the tab to the editor of a consolidated report.
func (e *editor) addUnitsTab() {
	if !e.r.IsConsolidated() {
		return
	}
	t := newUnitsTab(e)
	e.tabs.Append(container.NewTabItemWithIcon("Các đơn vị", theme.ListIcon(), t.content))
}

func newUnitsTab(e *editor) *unitsTab {
	t := &unitsTab{e: e, main: e.r.Catalogue().MainIndicators()}
	r := e.r
	widths := make([]float32, 2+len(t.main))
	widths[0] = unitsNoWidth
	for i := range t.main {
		widths[2+i] = unitsFigWidth
	}
	row := func(cells ...fyne.CanvasObject) *fyne.Container {
		return container.New(&iwidget.RowLayout{Widths: widths, FlexMin: unitsNameWidth}, cells...)
	}
	num := func(text string) *widget.Label {
		l := widget.NewLabel(text)
		l.Alignment = fyne.TextAlignTrailing
		return l
	}

	// The header: the indicators' names, wrapped to their column.
	head := []fyne.CanvasObject{unitsHeadLabel("STT", unitsNoWidth, fyne.TextAlignCenter), unitsHeadLabel("Đơn vị", 0, fyne.TextAlignLeading)}
	for _, in := range t.main {
		head = append(head, unitsHeadLabel(in.Name, unitsFigWidth, fyne.TextAlignCenter))
	}
	header := container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground)), row(head...))

	t.sums = make([]report.Value, len(t.main))
	rows := make([]fyne.CanvasObject, 0, len(r.Breakdown)+1)
	for i, u := range r.Breakdown {
		sheet := unitSheet(e.r.Catalogue(), r.Period, u)
		name := widget.NewLabel(u.Label())
		name.Truncation = fyne.TextTruncateEllipsis
		cells := []fyne.CanvasObject{num(strconv.Itoa(i + 1)), name}
		for j, in := range t.main {
			x := sheet.Row(in.Code)
			v := x.Value
			if n, ok := u.Figures[in.Code]; ok {
				v = report.Value{N: float64(n), OK: true}
			}
			if v.OK {
				t.sums[j] = report.Value{N: t.sums[j].N + v.N, OK: true}
			}
			cells = append(cells, num(x.Format(v)))
		}
		line := fyne.CanvasObject(row(cells...))
		if i%2 == 1 {
			line = container.NewStack(canvas.NewRectangle(colStripe), line)
		}
		rows = append(rows, line)
	}
	if len(r.Breakdown) == 0 {
		empty := widget.NewLabel("Báo cáo tổng hợp này không có đơn vị nào.")
		empty.Importance = widget.LowImportance
		rows = append(rows, empty)
	}
	total := boldLabel("Tổng cộng")
	totalCells := []fyne.CanvasObject{widget.NewLabel(""), total}
	for range t.main {
		l := num("")
		l.TextStyle.Bold = true
		t.totals = append(t.totals, l)
		totalCells = append(totalCells, l)
	}
	rows = append(rows, widget.NewSeparator(), row(totalCells...))

	hint := iwidget.Hint(fmt.Sprintf("Số liệu của %d đơn vị cấp dưới đã tổng hợp. Bảng chỉ để xem: muốn thay đổi, hãy sửa tệp của đơn vị "+
		"và tổng hợp lại (nút “Tổng hợp báo cáo” ở màn hình Kho báo cáo). Dòng Tổng cộng là số liệu của báo cáo này (tab Số liệu).", len(r.Breakdown)))
	t.differ = widget.NewLabel("")
	t.differ.Wrapping = fyne.TextWrapWord
	t.differ.Importance = widget.WarningImportance
	t.differ.Hide()

	scroll := container.NewVScroll(container.NewVBox(rows...))
	table := container.NewHScroll(container.NewBorder(header, nil, nil, nil, scroll))
	t.content = container.NewBorder(hint, t.differ, nil, nil, table)
	e.onRefresh(t.refresh)
	t.refresh()
	return t
}

// unitSheet evaluates a unit's row of the breakdown (its figures are
// values of the report's period).
func unitSheet(cat *report.Catalogue, p report.Period, u report.UnitRow) *report.Sheet {
	ur := &report.Report{Period: p, Figures: make(map[string]report.Figure, len(u.Figures))}
	for code, v := range u.Figures {
		ur.Figures[code] = report.Figure{Value: report.Int(v)}
	}
	return cat.Evaluate(ur)
}

// refresh writes the total row from the report's figures, and says where
// they differ from the sum of the units (figures typed over the
// consolidation).
func (t *unitsTab) refresh() {
	sheet := t.e.sheet
	if sheet == nil {
		return
	}
	var differ []string
	for i, in := range t.main {
		x := sheet.Row(in.Code)
		text := x.Format(x.Value)
		imp := widget.MediumImportance
		if !in.IsRatio() && len(t.e.r.Breakdown) > 0 && (x.Value.OK != t.sums[i].OK || x.Value.N != t.sums[i].N) {
			imp = widget.WarningImportance
			differ = append(differ, fmt.Sprintf("%s: báo cáo %s, tổng các đơn vị %s", in.Name, orDash(text), orDash(x.Format(t.sums[i]))))
		}
		l := t.totals[i]
		if l.Text != text || l.Importance != imp {
			l.Text, l.Importance = text, imp
			l.Refresh()
		}
	}
	if len(differ) == 0 {
		t.differ.Hide()
		return
	}
	t.differ.SetText("Số liệu của báo cáo khác tổng số liệu của các đơn vị: " + strings.Join(differ, "; ") + ".")
	t.differ.Show()
}

func orDash(s string) string {
	if s == "" {
		return "không có"
	}
	return s
}

// unitsHeadLabel is a header cell: bold, at the caption size, broken
// into lines that fit width (0: one line).
func unitsHeadLabel(text string, width float32, align fyne.TextAlign) *widget.Label {
	l := widget.NewLabel("")
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameCaptionText
	l.Alignment = align
	if width > 0 {
		size := theme.Current().Size(theme.SizeNameCaptionText)
		text = breakLines(text, width-2*theme.Current().Size(theme.SizeNameInnerPadding), size, l.TextStyle)
	}
	l.Text = text
	return l
}

// breakLines puts line breaks between the words of text so that no line
// is wider than width (a word wider than width has a line of its own).
func breakLines(text string, width, size float32, style fyne.TextStyle) string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if cur != "" && fyne.MeasureText(try, size, style).Width > width {
			lines = append(lines, cur)
			cur = w
			continue
		}
		cur = try
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return strings.Join(lines, "\n")
}
