package widget

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/internal/uitest"
)

// The calendar button shows the month of the date typed, in Vietnamese;
// a day tapped is written dd/mm/yyyy.
func TestDateEntryCalendar(t *testing.T) {
	test.NewTempApp(t)
	d := NewDateEntry()
	w := test.NewWindow(container.NewVBox(d))
	defer w.Close()
	w.Resize(fyne.NewSize(400, 500))
	d.SetDate(ptr(time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC)))
	if d.Text != "05/07/2019" {
		t.Fatalf("the date field = %q, want 05/07/2019", d.Text)
	}
	test.Tap(d.button)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the calendar does not open")
	}
	var title string
	var day *widget.Button
	uitest.Walk(top, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			if title == "" && o.TextStyle.Bold && len(o.Text) > 5 {
				title = o.Text
			}
		case *widget.Button:
			if o.Text == "20" {
				day = o
			}
		}
	})
	if title != "Tháng 7 năm 2019" {
		t.Errorf("the calendar's title = %q, want Tháng 7 năm 2019", title)
	}
	if day == nil {
		t.Fatal("the calendar has no day 20")
	}
	test.Tap(day)
	if d.Text != "20/07/2019" {
		t.Errorf("day 20 tapped: %q, want 20/07/2019", d.Text)
	}
}

func ptr[T any](v T) *T { return &v }
