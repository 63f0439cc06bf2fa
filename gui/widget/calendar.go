package widget

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
)

// DateEntry is a date field: typed as dd/mm/yyyy (05/07/2019), or picked
// from a Vietnamese calendar (the button on its right). Fyne's own
// DateEntry follows the system's locale (mm/dd/yyyy on an English
// Windows) and names months in English, which a clerk must not see.
type DateEntry struct {
	widget.Entry
	button *widget.Button
	pop    *widget.PopUp
	today  func() time.Time
	// onLeave, when set, is called when the field loses the focus.
	onLeave func()
}

// SetOnLeave sets what runs when the field loses the focus.
func (d *DateEntry) SetOnLeave(f func()) { d.onLeave = f }

// FocusLost tells the function set with SetOnLeave.
func (d *DateEntry) FocusLost() {
	d.Entry.FocusLost()
	if d.onLeave != nil {
		d.onLeave()
	}
}

// NewDateEntry is an empty date field.
func NewDateEntry() *DateEntry {
	d := &DateEntry{today: time.Now}
	d.ExtendBaseWidget(d)
	d.PlaceHolder = "ngày/tháng/năm"
	d.button = widget.NewButtonWithIcon("", theme.CalendarIcon(), d.showCalendar)
	d.button.Importance = widget.LowImportance
	d.ActionItem = d.button
	return d
}

// Disable disables the field and its calendar button.
func (d *DateEntry) Disable() {
	d.button.Disable()
	d.Entry.Disable()
}

// Enable enables the field and its calendar button.
func (d *DateEntry) Enable() {
	d.button.Enable()
	d.Entry.Enable()
}

// SetDate shows t (nil: empty).
func (d *DateEntry) SetDate(t *time.Time) {
	if t == nil {
		d.SetText("")
		return
	}
	d.SetText(report.FormatDateShort(*t))
}

func (d *DateEntry) showCalendar() {
	c := fyne.CurrentApp().Driver().CanvasForObject(d)
	if c == nil {
		return
	}
	start := d.today()
	if t, err := report.ParseDateShort(d.Text); err == nil {
		start = t
	}
	cal := newCalendar(start, func(t time.Time) {
		if d.pop != nil {
			d.pop.Hide()
		}
		d.SetText(report.FormatDateShort(t))
	})
	d.pop = widget.NewPopUp(cal, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(d)
	d.pop.ShowAtPosition(pos.Add(fyne.NewPos(0, d.Size().Height)))
}

// calendar is a month of days to pick a date from, in Vietnamese: weeks
// start on Monday (T2 … CN), the title reads "Tháng 7 năm 2019".
type calendar struct {
	widget.BaseWidget
	month    time.Time // the first day of the month shown
	selected time.Time
	onPick   func(time.Time)
	title    *widget.Label
	days     *fyne.Container
}

func newCalendar(selected time.Time, onPick func(time.Time)) *calendar {
	c := &calendar{selected: selected, onPick: onPick}
	c.month = time.Date(selected.Year(), selected.Month(), 1, 0, 0, 0, 0, time.UTC)
	c.ExtendBaseWidget(c)
	return c
}

// weekdayShort are the headings of the calendar's columns.
var weekdayShort = []string{"T2", "T3", "T4", "T5", "T6", "T7", "CN"}

// CreateRenderer shows the month's title, its arrows and its days.
func (c *calendar) CreateRenderer() fyne.WidgetRenderer {
	c.title = widget.NewLabel("")
	c.title.Alignment = fyne.TextAlignCenter
	c.title.TextStyle.Bold = true
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.shift(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.shift(1) })
	prevYear := widget.NewButton("«", func() { c.shift(-12) })
	nextYear := widget.NewButton("»", func() { c.shift(12) })
	for _, b := range []*widget.Button{prev, next, prevYear, nextYear} {
		b.Importance = widget.LowImportance
	}
	nav := container.NewBorder(nil, nil, container.NewHBox(prevYear, prev), container.NewHBox(next, nextYear), c.title)
	c.days = container.NewGridWithColumns(7)
	c.fill()
	return widget.NewSimpleRenderer(container.NewBorder(nav, nil, nil, nil, c.days))
}

func (c *calendar) shift(months int) {
	c.month = c.month.AddDate(0, months, 0)
	c.fill()
}

func (c *calendar) fill() {
	c.title.SetText(fmt.Sprintf("Tháng %d năm %d", int(c.month.Month()), c.month.Year()))
	objs := make([]fyne.CanvasObject, 0, 49)
	for _, w := range weekdayShort {
		l := widget.NewLabel(w)
		l.Alignment = fyne.TextAlignCenter
		l.TextStyle.Bold = true
		objs = append(objs, l)
	}
	lead := (int(c.month.Weekday()) + 6) % 7 // Monday first
	for i := 0; i < lead; i++ {
		objs = append(objs, layout.NewSpacer())
	}
	for d := c.month; d.Month() == c.month.Month(); d = d.AddDate(0, 0, 1) {
		day := d
		b := widget.NewButton(strconv.Itoa(day.Day()), func() {
			if c.onPick != nil {
				c.onPick(day)
			}
		})
		b.Importance = widget.LowImportance
		if day.Year() == c.selected.Year() && day.YearDay() == c.selected.YearDay() {
			b.Importance = widget.HighImportance
		}
		objs = append(objs, b)
	}
	c.days.Objects = objs
	c.days.Refresh()
}
