package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"baocao/gui/textedit"
	"baocao/gui/vnkey"
	iwidget "baocao/gui/widget"
)

// legacyChoices are the old encodings "Chuyển mã" converts from.
var legacyChoices = []struct {
	enc   vnkey.Encoding
	label string
}{
	{vnkey.TCVN3, "TCVN3 (ABC, phông .VnTime)"},
	{vnkey.VNIWindows, "VNI-Windows (phông VNI-Times)"},
}

// convertFocused converts the text entry focused last.
func (t *typing) convertFocused() {
	t.convertDialog(t.last)
}

// convertDialog converts the text of e (its selection, or all of it) from
// TCVN3 or VNI-Windows, pasted from an old document, to Unicode. The
// encoding is detected when the text makes it clear; otherwise the clerk
// chooses, seeing the result of each choice before applying it.
func (t *typing) convertDialog(e textedit.Target) {
	g := t.g
	if e == nil || e.Disabled() || !shown(e) {
		g.showInfo("Chuyển mã", "Hãy bấm vào ô chữ cần chuyển mã (ví dụ nội dung một phần báo cáo) rồi chọn lại “Chuyển mã”.")
		return
	}
	sel := e.SelectedText()
	src := sel
	if src == "" {
		src = e.AllText()
	}
	if strings.TrimSpace(src) == "" {
		g.showInfo("Chuyển mã", "Ô chữ đang trống: hãy dán văn bản cần chuyển mã vào ô trước.")
		return
	}
	detected := vnkey.DetectLegacy(src)
	if detected == vnkey.Unicode {
		g.showInfo("Chuyển mã", "Văn bản đã ở dạng Unicode, không cần chuyển mã.")
		return
	}
	preview := wrapped("")
	var result string
	labels := make([]string, len(legacyChoices))
	for i, c := range legacyChoices {
		labels[i] = c.label
	}
	var d *dialog.ConfirmDialog
	show := func(enc vnkey.Encoding) {
		out, err := vnkey.ConvertLegacy(src, enc)
		if err != nil {
			result = ""
			preview.SetText(err.Error())
			return
		}
		result = out
		preview.SetText(shorten(out, 600))
	}
	radio := widget.NewRadioGroup(labels, func(s string) {
		for _, c := range legacyChoices {
			if c.label == s {
				show(c.enc)
			}
		}
	})
	msg := "Không nhận ra bảng mã của văn bản: hãy chọn bảng mã và xem trước kết quả."
	for _, c := range legacyChoices {
		if c.enc == detected {
			msg = fmt.Sprintf("Văn bản có vẻ viết bằng bảng mã %s. Xem trước kết quả rồi bấm “Chuyển mã”.", c.label)
			radio.SetSelected(c.label)
		}
	}
	what := "toàn bộ ô chữ"
	if sel != "" {
		what = "phần đang chọn"
	}
	content := container.NewBorder(
		container.NewVBox(wrapped(msg+" Chuyển "+what+"."), radio, widget.NewLabel("Kết quả:")),
		nil, nil, nil, container.NewVScroll(preview))
	d = dialog.NewCustomConfirm("Chuyển mã sang Unicode", "Chuyển mã", "Hủy", content, func(ok bool) {
		if !ok || result == "" {
			return
		}
		if all := e.AllText(); sel != "" && strings.Contains(all, sel) {
			e.SetAllText(strings.Replace(all, sel, result, 1))
		} else {
			e.SetAllText(result)
		}
		if f := e.FocusObject(); f != nil {
			g.win.Canvas().Focus(f)
		}
	}, g.win)
	d.Resize(fyne.NewSize(720, 460))
	iwidget.ShowDialog(g.win, d)
}

// shown tells whether what "Chuyển mã" would convert is on screen.
func shown(e textedit.Target) bool {
	o, ok := e.(fyne.CanvasObject)
	return ok && fyne.CurrentApp().Driver().CanvasForObject(o) != nil
}
