package textedit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// told records what the entries tell their typing method.
type told struct {
	Typing
	focused []Target
	resets  int
}

func (t *told) Focused(x Target) { t.focused = append(t.focused, x) }
func (t *told) Reset()           { t.resets++; t.Typing.Reset() }

// An entry types through its method: Telex rewrites the word at the
// caret, a space ends the word, TypeRaw and a nil method type as it is,
// and Tab is not taken.
func TestEntryTypesThroughMethod(t *testing.T) {
	test.NewTempApp(t)
	typ := &told{Typing: telex()}
	e := NewEntry(typ)
	plain := NewEntry(nil)
	focus := 0
	e.OnFocus = func() { focus++ }
	var changes []string
	e.OnChanged = func(s string) { changes = append(changes, s) }
	w := test.NewWindow(container.NewVBox(e, plain))
	defer w.Close()
	w.Canvas().Focus(e)
	if focus != 1 || len(typ.focused) != 1 || typ.focused[0] != Target(e) {
		t.Errorf("focused: OnFocus %d times, the typing method told %d times; want once each", focus, len(typ.focused))
	}
	test.Type(e, "Tieengs Vieetj")
	if e.Text != "Tiếng Việt" {
		t.Errorf("Telex typed %q, want Tiếng Việt", e.Text)
	}
	if typ.resets == 0 {
		t.Error("a space does not end the word for the typing method")
	}
	if got := changes[len(changes)-1]; got != e.Text {
		t.Errorf("OnChanged was last given %q, the entry holds %q", got, e.Text)
	}
	e.TypeRaw(" {llct.lop}s")
	if e.Text != "Tiếng Việt {llct.lop}s" {
		t.Errorf("TypeRaw: %q", e.Text)
	}
	test.Type(plain, "Tieengs")
	if plain.Text != "Tieengs" {
		t.Errorf("an entry without typing method: %q, want Tieengs", plain.Text)
	}
	if e.AcceptsTab() || e.FocusObject() != fyne.Focusable(e) || e.AllText() != e.Text {
		t.Error("AcceptsTab, FocusObject or AllText is wrong")
	}
	e.SetAllText("Khác")
	if e.Text != "Khác" {
		t.Errorf("SetAllText: %q", e.Text)
	}
	e.Disable()
	test.Type(e, "x")
	if e.Text != "Khác" {
		t.Errorf("a disabled entry still takes letters: %q", e.Text)
	}
}

// The preview shows paragraphs in a list; a change re-wraps only the
// paragraphs whose text changed, and a longer paragraph gets a taller row.
func TestPreviewSetsParagraphs(t *testing.T) {
	test.NewTempApp(t)
	v := NewPreview()
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	long := ""
	for range 40 {
		long += "Ban Tuyên giáo Tỉnh ủy "
	}
	v.Set([]string{"Một.", long, "Ba."})
	if got := v.Text(); got != "Một.\n\n"+long+"\n\nBa." {
		t.Fatalf("the preview: %q", got)
	}
	if v.heights[1] <= 2*v.heights[0] {
		t.Errorf("the long paragraph is %v high, the short one %v: no wrapping", v.heights[1], v.heights[0])
	}
	h := v.heights[1]
	v.heights[1] = 1234 // not measured again unless its text changed
	v.Set([]string{"Một!", long, "Ba."})
	if v.heights[1] != 1234 || v.Text() != "Một!\n\n"+long+"\n\nBa." {
		t.Errorf("an unchanged paragraph was measured again (%v), or the preview is wrong", v.heights[1])
	}
	v.heights[1] = h
	v.Set([]string{"Một!"})
	if v.Text() != "Một!" || len(v.heights) != 1 {
		t.Errorf("fewer paragraphs: %q, %d heights; want \"Một!\" and 1", v.Text(), len(v.heights))
	}
}
