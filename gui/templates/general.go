package templates

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	"baocao/report"
)

// generalTab holds what the template says of itself: its name, issuer,
// note, the periods it serves and the trích yếu it suggests for each,
// and the outlier warning.
type generalTab struct {
	e                            *editor
	name, issuer, note           *textedit.Entry
	nameNote, issuerNote, noteNt *note
	periods                      []*widget.Check
	periodsNote                  *note
	summaries                    map[string]*summaryRow
	factor, minPrevious          *textedit.Entry
	outlierNote, other           *note
	ident                        *widget.Label
	relayout                     func()
	// stash keeps the trích yếu of a class unticked, for when it is
	// ticked again.
	stash   map[string]string
	content fyne.CanvasObject
}

// summaryRow is the suggested trích yếu of one period class.
type summaryRow struct {
	box     *fyne.Container
	text    *textedit.Entry
	example *widget.Label
	note    *note
}

// generalFields are the general tab's fields that have a place; other
// problems of the template as a whole go to its last note.
var generalFields = map[string]bool{"name": true, "issuer": true, "note": true, "periods": true, "outlier.factor": true, "outlier.minPrevious": true}

// now is the clock of the trích yếu examples (tests set it).
var now = time.Now

func newGeneralTab(e *editor) *generalTab {
	g := &generalTab{e: e, summaries: map[string]*summaryRow{}, stash: map[string]string{}}
	sh := e.sh
	g.name = newEntry(sh, "ví dụ: Báo cáo tuyên giáo và dân vận năm 2026")
	g.name.OnChanged = func(s string) { g.edit(func(t *report.Template) { t.Name = s }) }
	g.issuer = newEntry(sh, "ví dụ: BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH")
	g.issuer.OnChanged = func(s string) { g.edit(func(t *report.Template) { t.Issuer = s }) }
	g.note = textedit.NewMultiLineEntry(sh.Typing(), 2)
	g.note.SetPlaceHolder("ví dụ: Kèm theo Công văn số 215-CV/BTGDVTU ngày 01/12/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy")
	g.note.OnChanged = func(s string) { g.edit(func(t *report.Template) { t.Note = s }) }
	g.nameNote, g.issuerNote, g.noteNt = newNote(), newNote(), newNote()

	checks := container.NewHBox()
	for _, class := range report.PeriodClasses {
		c := widget.NewCheck(report.ClassName(class), func(on bool) {
			if e.editing() {
				e.restructure(func() { g.serve(class, on) })
			}
		})
		g.periods = append(g.periods, c)
		checks.Add(c)
	}
	g.periodsNote = newNote()

	rows := container.NewVBox()
	for _, class := range report.PeriodClasses {
		r := &summaryRow{text: newEntry(sh, ""), example: hint(""), note: newNote()}
		r.text.OnChanged = func(s string) {
			g.edit(func(t *report.Template) {
				if t.Summaries == nil {
					t.Summaries = map[string]string{}
				}
				if s == "" {
					delete(t.Summaries, class)
				} else {
					t.Summaries[class] = s
				}
			})
			g.showExample(class)
		}
		r.box = container.NewVBox(bold(report.ClassName(class)), r.text, r.example, r.note)
		g.summaries[class] = r
		rows.Add(r.box)
	}

	g.factor = newPlainEntry("3")
	g.factor.OnChanged = func(s string) {
		g.number("catalogue.outlier.factor", s, func(v float64) { e.t.Catalogue.Outlier.Factor = v })
	}
	g.minPrevious = newPlainEntry("10")
	g.minPrevious.OnChanged = func(s string) {
		g.number("catalogue.outlier.minPrevious", s, func(v float64) { e.t.Catalogue.Outlier.MinPrevious = int64(v) })
	}
	g.outlierNote, g.other = newNote(), newNote()
	g.ident = hint("")

	placeholders := hint("Trong trích yếu có thể dùng: {kind} — tên kỳ (tháng 3, quý I, 6 tháng đầu năm, 9 tháng đầu năm, năm); " +
		"{next_kind} — kỳ sau (quý II, 6 tháng cuối năm, 3 tháng cuối năm); {year} — năm của kỳ báo cáo; {next_year} — năm của kỳ sau. " +
		"Ví dụ: “sơ kết công tác tuyên giáo và dân vận {kind} {year}, phương hướng, nhiệm vụ {next_kind} {year}”.")
	outlier := container.NewHBox(
		widget.NewLabel("Cảnh báo khi số liệu gấp hoặc bằng một phần"), g.factor,
		widget.NewLabel("lần số cùng kỳ, nếu số cùng kỳ từ"), g.minPrevious, widget.NewLabel("trở lên (0: không kiểm tra)"))
	f := form(
		widget.NewLabel("Tên mẫu"), field(g.name, g.nameNote),
		widget.NewLabel("Nơi ban hành"), field(g.issuer, g.issuerNote),
		widget.NewLabel("Ghi chú"), field(g.note, g.noteNt),
		widget.NewLabel("Kỳ báo cáo"), field(checks, g.periodsNote),
		widget.NewLabel("Trích yếu gợi ý"), container.NewVBox(placeholders, rows),
		widget.NewLabel("Chênh lệch"), field(outlier, g.outlierNote),
	)
	box := container.NewVBox(f, g.other, g.ident)
	scroll := container.NewVScroll(container.NewPadded(box))
	notes := []*note{g.nameNote, g.issuerNote, g.noteNt, g.periodsNote, g.outlierNote, g.other}
	for _, r := range g.summaries {
		notes = append(notes, r.note)
	}
	g.relayout = relayouter([]fyne.CanvasObject{rows, f, box, scroll}, notes...)
	g.content = scroll
	return g
}

// edit applies a change typed into a field.
func (g *generalTab) edit(f func(t *report.Template)) {
	if !g.e.editing() {
		return
	}
	f(g.e.t)
	g.e.changed()
}

// number reads a number typed into field path f and sets it; one that
// cannot be read is an error beside the field.
func (g *generalTab) number(f, s string, set func(float64)) {
	if !g.e.editing() {
		return
	}
	if v, err := report.ParseDecimal(s); err != nil {
		g.e.bad[f] = "Chênh lệch so với cùng kỳ: " + err.Error()
	} else {
		delete(g.e.bad, f)
		set(v)
	}
	g.e.changed()
}

// serve ticks or unticks a period class.
func (g *generalTab) serve(class string, on bool) {
	t := g.e.t
	t.Periods = slices.DeleteFunc(t.Periods, func(c string) bool { return c == class })
	if !on {
		if s := t.Summaries[class]; s != "" {
			g.stash[class] = s
			delete(t.Summaries, class)
		}
		return
	}
	t.Periods = append(t.Periods, class)
	slices.SortFunc(t.Periods, func(a, b string) int {
		return slices.Index(report.PeriodClasses, a) - slices.Index(report.PeriodClasses, b)
	})
	if s := g.stash[class]; s != "" && t.Summaries[class] == "" {
		if t.Summaries == nil {
			t.Summaries = map[string]string{}
		}
		t.Summaries[class] = s
	}
}

func (g *generalTab) reload() {
	t := g.e.t
	g.e.fill(func() {
		setText(g.name, t.Name)
		setText(g.issuer, t.Issuer)
		setText(g.note, t.Note)
		for i, class := range report.PeriodClasses {
			g.periods[i].SetChecked(t.Serves(class))
			r := g.summaries[class]
			setText(r.text, t.Summaries[class])
			if t.Serves(class) {
				r.box.Show()
			} else {
				r.box.Hide()
			}
			g.showExample(class)
		}
		if _, bad := g.e.bad["catalogue.outlier.factor"]; !bad {
			setText(g.factor, report.FormatDecimal(t.Catalogue.Outlier.Factor))
		}
		if _, bad := g.e.bad["catalogue.outlier.minPrevious"]; !bad {
			setText(g.minPrevious, report.FormatInt(t.Catalogue.Outlier.MinPrevious))
		}
	})
	g.ident.SetText("Mã mẫu: " + t.ID + " · phiên bản " + strconv.Itoa(t.Version))
	g.refresh()
	g.relayout()
}

// showExample shows what a class's trích yếu gives for the period due now.
func (g *generalTab) showExample(class string) {
	r := g.summaries[class]
	p := report.DuePeriod(class, now())
	text := "Chưa có trích yếu gợi ý cho loại kỳ này: người soạn tự viết."
	if s := g.e.t.SummaryFor(p); s != "" {
		text = fmt.Sprintf("Báo cáo %s sẽ có trích yếu: “%s”", p.Name(), s)
	}
	if r.example.Text != text {
		r.example.SetText(text)
	}
}

func (g *generalTab) refresh() {
	x := g.e.px
	g.nameNote.show(x.field("", -1, "name"))
	g.issuerNote.show(x.field("", -1, "issuer"))
	g.noteNt.show(x.field("", -1, "note"))
	g.periodsNote.show(x.field("", -1, "periods"))
	g.outlierNote.show(x.field("", -1, "outlier.factor", "outlier.minPrevious"))
	for class, r := range g.summaries {
		r.note.show(x.field("", -1, "summaries."+class))
	}
	var other report.Problems
	for pl, ps := range x.fields {
		if pl.list == "" && !generalFields[pl.sub] && !strings.HasPrefix(pl.sub, "summaries.") {
			other = append(other, ps...)
		}
	}
	g.other.show(other)
}

// show puts the focus on a field of the tab.
func (g *generalTab) show(p place) {
	var target fyne.Focusable
	switch p.sub {
	case "name":
		target = g.name
	case "issuer":
		target = g.issuer
	case "note":
		target = g.note
	case "outlier.factor":
		target = g.factor
	case "outlier.minPrevious":
		target = g.minPrevious
	default:
		if class, ok := strings.CutPrefix(p.sub, "summaries."); ok && g.summaries[class] != nil {
			target = g.summaries[class].text
		}
	}
	if target != nil && !g.e.readOnly {
		g.e.sh.Window().Canvas().Focus(target)
	}
}

func (g *generalTab) disable() {
	for _, en := range []*textedit.Entry{g.name, g.issuer, g.note, g.factor, g.minPrevious} {
		en.Disable()
	}
	for _, c := range g.periods {
		c.Disable()
	}
	for _, r := range g.summaries {
		r.text.Disable()
	}
}
