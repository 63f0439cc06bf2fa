package templates

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	iwidget "baocao/gui/widget"
	"baocao/report"
)

// newEntry is a text field that types Vietnamese with the app's typing
// method (the app's textedit.Entry); Tab moves to the next field.
func newEntry(sh Shell, placeholder string) *textedit.Entry {
	e := textedit.NewEntry(sh.Typing())
	e.SetPlaceHolder(placeholder)
	return e
}

// newPlainEntry is a field of a code or a number: typed as it is, never
// through the typing method (Telex would make "dd" "đ", VNI "a1" "á").
func newPlainEntry(placeholder string) *textedit.Entry {
	e := textedit.NewEntry(nil)
	e.SetPlaceHolder(placeholder)
	return e
}

// setText shows s in e unless e shows it already (the caret stays).
func setText(e *textedit.Entry, s string) {
	if e.Text != s {
		e.SetText(s)
	}
}

// note is the line under a field that says what is wrong with it, red
// for an error, amber for a warning; hidden when nothing is.
type note struct {
	widget.Label
	// relayout lays the note's form out again: a container does not
	// when one of its objects appears, goes or changes height.
	relayout func()
}

func newNote() *note {
	n := &note{}
	n.Wrapping = fyne.TextWrapWord
	n.ExtendBaseWidget(n)
	n.Hide()
	return n
}

// show shows the problems' messages, one a line (none: hidden).
func (n *note) show(ps report.Problems) {
	msgs := make([]string, len(ps))
	imp := widget.WarningImportance
	for i, p := range ps {
		msgs[i] = short(p)
		if p.Severity == report.Error {
			imp = widget.DangerImportance
		}
	}
	n.set(strings.Join(msgs, "\n"), imp)
}

// set shows text with an importance ("": hidden).
func (n *note) set(text string, imp widget.Importance) {
	if text == n.Text && imp == n.Importance && n.Visible() == (text != "") {
		return
	}
	n.Text, n.Importance = text, imp
	if text == "" {
		n.Hide()
	} else {
		n.Show()
		n.Refresh()
	}
	if n.relayout != nil {
		n.relayout()
	}
}

// relayouter returns what lays out objs again, the innermost first (a
// form, then the scroll around it), and gives it to the notes.
func relayouter(objs []fyne.CanvasObject, notes ...*note) func() {
	f := func() {
		for _, o := range objs {
			o.Refresh()
		}
	}
	for _, n := range notes {
		n.relayout = f
	}
	return f
}

// field is a form's widget with its note under it.
func field(w fyne.CanvasObject, n *note) fyne.CanvasObject {
	return container.NewVBox(w, n)
}

// form lays out label, widget pairs in two columns.
func form(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewFormLayout(), objs...)
}

func bold(text string) *widget.Label { return iwidget.Bold(text) }

func hint(text string) *widget.Label { return iwidget.Hint(text) }

// heading is a title, cut with an ellipsis when too long (a template's
// name).
func heading(text string) *widget.Label {
	l := iwidget.Heading(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// setLabel shows s with an importance, touching the label only when
// either changed (list rows are updated on every key).
func setLabel(l *widget.Label, s string, imp widget.Importance) {
	if l.Text == s && l.Importance == imp {
		return
	}
	l.Text, l.Importance = s, imp
	l.Refresh()
}

// setIcon shows the icon of the worst of ps (none: blank).
func setIcon(ic *widget.Icon, ps report.Problems) {
	if errorIcon == nil {
		errorIcon = theme.NewErrorThemedResource(theme.ErrorIcon())
		warningIcon = theme.NewWarningThemedResource(theme.WarningIcon())
	}
	var r fyne.Resource
	switch {
	case ps.HasErrors():
		r = errorIcon
	case len(ps) > 0:
		r = warningIcon
	}
	if ic.Resource != r {
		ic.SetResource(r)
	}
}

// errorIcon and warningIcon are made on the first row shown: the app's
// theme gives them, which is not there yet when the package is loaded.
var errorIcon, warningIcon fyne.Resource

// rowTexts are the two lines of a list row: what the item is, then its
// first problem (red or amber) or its details (grey).
func rowTexts(title, detail *widget.Label, main, details string, ps report.Problems) {
	setLabel(title, main, widget.MediumImportance)
	switch {
	case ps.HasErrors():
		setLabel(detail, short(ps.Errors()[0]), widget.DangerImportance)
	case len(ps) > 0:
		setLabel(detail, short(ps[0]), widget.WarningImportance)
	default:
		setLabel(detail, details, widget.LowImportance)
	}
}

// newRow is the template of a list row: an icon, two truncated lines.
func newRow() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(nil, nil, widget.NewIcon(nil), nil, container.New(&tightVBox{}, title, detail))
}

// rowParts are the widgets of a row made by newRow.
func rowParts(o fyne.CanvasObject) (icon *widget.Icon, title, detail *widget.Label) {
	c := o.(*fyne.Container)
	lines := c.Objects[0].(*fyne.Container).Objects
	return c.Objects[1].(*widget.Icon), lines[0].(*widget.Label), lines[1].(*widget.Label)
}

// tightVBox stacks its objects without the theme's padding between them
// (a label has its own).
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - 2*theme.Padding()
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - 2*theme.Padding()
	}
	return s.AddWidthHeight(0, 2*theme.Padding())
}

// buttons is a row of buttons, left-aligned.
func buttons(bs ...fyne.CanvasObject) *fyne.Container {
	return container.NewHBox(bs...)
}

func button(label string, icon fyne.Resource, tapped func()) *widget.Button {
	return widget.NewButtonWithIcon(label, icon, tapped)
}

// listButtons are the buttons under a list of items: add (labelled
// addLabel), up and down (move -1 and +1), delete.
func listButtons(addLabel string, add func(), move func(d int), del func()) (a, up, down, d *widget.Button) {
	return button(addLabel, theme.ContentAddIcon(), add),
		button("", theme.MoveUpIcon(), func() { move(-1) }),
		button("", theme.MoveDownIcon(), func() { move(1) }),
		button("Xóa", theme.DeleteIcon(), del)
}

// enableItems enables the buttons under a list of n items, item k
// selected (-1: none): add, up, down, delete.
func enableItems(readOnly bool, k, n int, add, up, down, del *widget.Button) {
	enable(readOnly, add, true)
	enable(readOnly, up, k > 0)
	enable(readOnly, down, k >= 0 && k < n-1)
	enable(readOnly, del, k >= 0)
}

// showForm shows the form of the item selected, or the hint that stands
// in its place when none is.
func showForm(form, hint fyne.CanvasObject, selected bool) {
	if selected {
		hint.Hide()
		form.Show()
	} else {
		form.Hide()
		hint.Show()
	}
}

// selectItem shows item i of a list as selected: its row, and its form
// in place of the hint that stands there when none is (i = -1: then
// false, no form to fill).
func selectItem(l *widget.List, form, hint fyne.CanvasObject, i int) bool {
	showForm(form, hint, i >= 0)
	if i < 0 {
		l.UnselectAll()
		return false
	}
	selectRow(l, i)
	return true
}

// enable enables a button when on and the view is not read-only.
func enable(readOnly bool, b *widget.Button, on bool) {
	if on && !readOnly {
		b.Enable()
	} else {
		b.Disable()
	}
}

// selectRow selects row id of a list and scrolls it into view. A list not
// laid out yet (its tab not shown) would scroll by the height it does not
// have: it gets the row at its top instead.
func selectRow(l *widget.List, id int) {
	l.Select(id)
	if l.Size().Height > 0 || id < 0 {
		return
	}
	h := l.CreateItem().MinSize().Height + theme.Padding()
	l.ScrollToOffset(float32(id) * h)
}

// choiceRow is a picked indicator's name, wrapped, with the button that
// picks another.
func choiceRow(name *widget.Label, b *widget.Button) fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, b, name)
}
