package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	"baocao/gui/vnkey"
)

// typingMode is a choice of the built-in typing method.
type typingMode struct {
	id     string // stored in the preferences
	label  string
	method vnkey.Method
}

var typingModes = []typingMode{
	{"off", "Tắt", vnkey.Off},
	{"telex", "Telex", vnkey.Telex},
	{"vni", "VNI", vnkey.VNI},
}

// Preference keys of the typing method.
const (
	prefTypingLast  = "typing.last"  // the method Alt+Z turns back on
	prefTypingStyle = "typing.style" // "new" (hòa) or "old" (hoà)
)

// typingHint is shown once, the first time a report is opened: Unikey and
// EVKey often type wrongly into Fyne's entries, the built-in method does
// not.
const typingHint = "Nếu Unikey/EVKey gõ sai trong chương trình này (ví dụ ra Tieêếng), hãy tắt Unikey " +
	"và dùng bộ gõ có sẵn: Telex hoặc VNI (Alt+Z). Chọn kiểu gõ ở góc dưới bên phải cửa sổ " +
	"hoặc trong trình đơn “Gõ tiếng Việt”."

// typing is the built-in Vietnamese typing method of the text entries
// (gui/vnkey): Tắt, Telex or VNI, switched with Alt+Z as in Unikey, and
// kept in the preferences.
type typing struct {
	g      *gui
	mode   string
	engine *vnkey.Engine
	last   textedit.Target // the text focused last (Chuyển mã)
	sel    *widget.Select  // on the status line of the open editor
}

func newTyping(g *gui) *typing {
	t := &typing{g: g, engine: vnkey.New(vnkey.Off, vnkey.NewStyle)}
	p := g.app.Preferences()
	if p.String(prefTypingStyle) == "old" {
		t.engine.Style = vnkey.OldStyle
	}
	t.apply(p.StringWithFallback(prefTyping, "off"))
	return t
}

func (t *typing) apply(id string) {
	m := modeByID(id)
	t.mode = m.id
	t.engine.Method = m.method
	t.engine.Reset()
}

func modeByID(id string) typingMode {
	for _, m := range typingModes {
		if m.id == id {
			return m
		}
	}
	return typingModes[0]
}

// setMode switches the method and remembers it.
func (t *typing) setMode(id string) {
	t.apply(id)
	p := t.g.app.Preferences()
	p.SetString(prefTyping, t.mode)
	if t.mode != "off" {
		p.SetString(prefTypingLast, t.mode)
	}
	if t.sel != nil {
		label := modeByID(t.mode).label
		if t.sel.Selected != label {
			t.sel.SetSelected(label)
		}
	}
	if t.g.menu != nil {
		t.g.menu.update()
	}
	t.g.say("Gõ tiếng Việt: " + modeByID(t.mode).label)
}

// toggle switches between Tắt and the last method used (Alt+Z).
func (t *typing) toggle() {
	if t.mode != "off" {
		t.setMode("off")
		return
	}
	t.setMode(t.g.app.Preferences().StringWithFallback(prefTypingLast, "telex"))
}

// setStyle chooses where tones go in oa, oe, uy.
func (t *typing) setStyle(old bool) {
	t.engine.Style = vnkey.NewStyle
	v := "new"
	if old {
		t.engine.Style, v = vnkey.OldStyle, "old"
	}
	t.engine.Reset()
	t.g.app.Preferences().SetString(prefTypingStyle, v)
}

// statusWidget is the method's switch on the editor's status line.
func (t *typing) statusWidget() fyne.CanvasObject {
	labels := make([]string, len(typingModes))
	for i, m := range typingModes {
		labels[i] = m.label
	}
	t.sel = widget.NewSelect(labels, func(s string) {
		for _, m := range typingModes {
			if m.label == s && m.id != t.mode {
				t.setMode(m.id)
			}
		}
	})
	t.sel.SetSelected(modeByID(t.mode).label)
	l := widget.NewLabel("Gõ tiếng Việt (Alt+Z):")
	return container.NewHBox(l, t.sel)
}

// Apply rewrites the word before the caret for r with the method (the
// entries' textedit.Typing); with the method off, r is typed as it is.
func (t *typing) Apply(word string, r rune) (string, bool) {
	if t.engine.Method == vnkey.Off {
		return "", false
	}
	return t.engine.Apply(word, r)
}

// Reset forgets the word being typed.
func (t *typing) Reset() { t.engine.Reset() }

// Focused is told when a text entry gains the focus.
func (t *typing) Focused(e textedit.Target) {
	t.last = e
	t.engine.Reset()
}

// firstStartHint explains, once, the built-in typing method.
func (t *typing) firstStartHint() {
	p := t.g.app.Preferences()
	if p.Bool(prefHintShown) {
		return
	}
	p.SetBool(prefHintShown, true)
	t.g.showInfo("Gõ tiếng Việt", typingHint)
}

// showSettings is the typing method's settings dialog.
func (t *typing) showSettings() {
	labels := make([]string, len(typingModes))
	for i, m := range typingModes {
		labels[i] = m.label
	}
	mode := widget.NewRadioGroup(labels, func(s string) {
		for _, m := range typingModes {
			if m.label == s && m.id != t.mode {
				t.setMode(m.id)
			}
		}
	})
	mode.Horizontal = true
	mode.Required = true
	mode.SetSelected(modeByID(t.mode).label)
	styles := []string{"hòa, khỏe, thủy (kiểu mới)", "hoà, khoẻ, thuỷ (kiểu cũ)"}
	style := widget.NewRadioGroup(styles, func(s string) { t.setStyle(s == styles[1]) })
	style.Required = true
	if t.engine.Style == vnkey.OldStyle {
		style.SetSelected(styles[1])
	} else {
		style.SetSelected(styles[0])
	}
	hint := wrapped(typingHint + "\n\nTelex: aa = â, aw = ă, ow = ơ, w = ư, dd = đ; s f r x j: sắc huyền hỏi ngã nặng; z: bỏ dấu.\n" +
		"VNI: 6 = â ê ô, 7 = ơ ư, 8 = ă, 9 = đ; 1 2 3 4 5: sắc huyền hỏi ngã nặng; 0: bỏ dấu.\n" +
		"Ô nhập số liệu không dùng bộ gõ: gõ số như bình thường.")
	content := container.NewVBox(
		widget.NewLabel("Kiểu gõ"), mode,
		widget.NewLabel("Vị trí dấu thanh"), style,
		hint,
	)
	t.g.showCustom("Cài đặt gõ tiếng Việt", content)
}
