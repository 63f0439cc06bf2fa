package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"baocao/gui/internal/uitest"
	"baocao/gui/textedit"
	"baocao/report"
	"baocao/report/store"
)

// The clerk's hands on the window: tap what shows a text, type into the
// field a label names (through the app's typing method), in the topmost
// dialog when one is open.

func (tg *testGUI) tapText(t testing.TB, text string) {
	t.Helper()
	uitest.Tap(t, uitest.Shown(tg.win.Canvas()), text)
	tg.settle(t)
}

func (tg *testGUI) typeInto(t testing.TB, label, text string) *textedit.Entry {
	t.Helper()
	c := tg.win.Canvas()
	f := uitest.Field(t, uitest.Shown(c), label)
	uitest.Retype(c, f, text)
	tg.settle(t)
	return f.(*textedit.Entry)
}

// typeIntoFocused types text into the field that has the focus (a
// dialog's search).
func (tg *testGUI) typeIntoFocused(t testing.TB, text string) {
	t.Helper()
	c := tg.win.Canvas()
	f := c.Focused()
	if f == nil {
		t.Fatal("nothing has the focus")
	}
	uitest.Retype(c, f, text)
	tg.settle(t)
}

// showsTemplates reports whether the window shows Mẫu báo cáo.
func (tg *testGUI) showsTemplates() bool {
	return tg.tpl != nil && tg.win.Content() == tg.tpl.Content()
}

// From the start screen, the provincial clerk opens Mẫu báo cáo, makes the
// province's template from the built-in one, typing Telex as everywhere
// in the app: a dân vận group with two indicators and their ratio, picked
// by name. Saved, it is in the archive as typed; back on the start screen
// the window is as it was.
func TestTemplatesFromStartScreen(t *testing.T) {
	tg := newTestGUI(t, "", map[string]any{prefTyping: "telex"})
	if tg.win.Content() != tg.start.content {
		t.Fatal("the start screen is not shown")
	}
	tg.tapText(t, "Mẫu báo cáo")
	if !tg.showsTemplates() || !strings.HasSuffix(tg.win.Title(), "— Mẫu báo cáo") {
		t.Fatalf("Mẫu báo cáo is not shown (title %q)", tg.win.Title())
	}
	builtin := report.BuiltinTemplate(report.TemplateTGDV, 0)
	tg.tapText(t, builtin.Name)
	tg.tapText(t, "Tạo mẫu mới từ mẫu này")
	if !tg.tpl.Dirty() {
		t.Error("a new template is not a change to save")
	}
	name := tg.typeInto(t, "Tên mẫu", "Baos caos tuyeen giaos vaf daan vaajn Ninh Binhf nawm 2026")
	if name.Text != "Báo cáo tuyên giáo và dân vận Ninh Bình năm 2026" {
		t.Errorf("the name typed with the app's Telex: %q", name.Text)
	}

	tg.tapText(t, "Nhóm và chỉ tiêu")
	tg.tapText(t, "Thêm nhóm")
	tg.typeInto(t, "Tên nhóm", "Daan vaajn")
	code := tg.typeInto(t, "Mã nhóm", "ddv")
	if code.Text != "ddv" {
		t.Errorf("a code is typed as it is, even with Telex on: %q", code.Text)
	}
	tg.tapText(t, "Thêm chỉ tiêu")
	tg.typeInto(t, "Tên chỉ tiêu", "Soos moo hinhf daan vaajn kheos")
	tg.typeInto(t, "Đơn vị tính", "moo hinhf")
	tg.tapText(t, "Thêm chỉ tiêu")
	tg.typeInto(t, "Tên chỉ tiêu", "Soos moo hinhf dduwowcj nhaan roongj")
	tg.typeInto(t, "Đơn vị tính", "moo hinhf")
	tg.tapText(t, "Thêm chỉ tiêu")
	tg.typeInto(t, "Tên chỉ tiêu", "Tyr leej moo hinhf dduwowcj nhaan roongj")
	tg.tapText(t, "Tỷ lệ % giữa hai chỉ tiêu")
	c := tg.win.Canvas()
	uitest.Tap(t, uitest.Beside(t, c.Content(), "Tử số"), "Chọn…")
	tg.typeIntoFocused(t, "dduwowcj nhaan")
	tg.tapText(t, "Số mô hình được nhân rộng")
	uitest.Tap(t, uitest.Beside(t, c.Content(), "Mẫu số"), "Chọn…")
	tg.typeIntoFocused(t, "kheos")
	tg.tapText(t, "Số mô hình dân vận khéo")
	if !contains(uitest.Texts(c.Content()), "Tính tự động: «Số mô hình được nhân rộng» / «Số mô hình dân vận khéo» (%)") {
		t.Errorf("the ratio is not shown: %s", strings.Join(uitest.Texts(c.Content()), " | "))
	}

	tg.tapText(t, "Lưu")
	if !contains(texts(c), "Đã lưu mẫu «Báo cáo tuyên giáo và dân vận Ninh Bình năm 2026», phiên bản 1") || tg.tpl.Dirty() {
		t.Fatalf("not saved: %s", strings.Join(texts(c), " | "))
	}
	entries, err := tg.st.Templates()
	if err != nil || len(entries) != 1 {
		t.Fatalf("templates in the archive: %v, %v", entries, err)
	}
	got, entry, err := tg.st.Template(entries[0].ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if entry.Author != "thử nghiệm" || entry.Status != store.TemplateDraft || got.Name != "Báo cáo tuyên giáo và dân vận Ninh Bình năm 2026" {
		t.Errorf("stored: %+v %q", entry, got.Name)
	}
	cat := got.Catalogue
	var ratio *report.Indicator
	var group []string
	for i := range cat.Indicators {
		in := &cat.Indicators[i]
		if in.Group == "ddv" {
			group = append(group, in.Name+" ("+in.Unit+")")
			if in.IsRatio() {
				ratio = in
			}
		}
	}
	if cat.GroupName("ddv") != "Dân vận" || len(group) != 3 || group[0] != "Số mô hình dân vận khéo (mô hình)" || group[1] != "Số mô hình được nhân rộng (mô hình)" {
		t.Fatalf("stored group: %q, %q", cat.GroupName("ddv"), group)
	}
	if ratio == nil || ratio.Unit != "%" || cat.Indicator(ratio.Derived.Num).Name != "Số mô hình được nhân rộng" || cat.Indicator(ratio.Derived.Den).Name != "Số mô hình dân vận khéo" {
		t.Errorf("stored ratio: %+v", ratio)
	}

	// Back to the list, where it is a draft, and to the start screen.
	tg.tapText(t, "Đóng")
	if !contains(uitest.Texts(c.Content()), "đang soạn") {
		t.Errorf("the list: %s", strings.Join(uitest.Texts(c.Content()), " | "))
	}
	tg.tapText(t, "Về màn hình đầu")
	if tg.tpl != nil || tg.win.Content() != tg.start.content || tg.win.Title() != appTitle {
		t.Fatalf("not back on the start screen (title %q)", tg.win.Title())
	}
}

// The menu's Mẫu báo cáo… works while a report is open: the report's
// latest keys are saved first and it is closed.
func TestTemplatesMenuSavesReport(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	e := tg.openSample(t)
	id := e.id
	e.general.summary.SetText(e.general.summary.Text + " (bản sửa)")
	menuItem(t, tg.menu.menu, "Mẫu báo cáo…").Action()
	tg.settle(t)
	if tg.ed != nil || !tg.showsTemplates() {
		t.Fatal("Mẫu báo cáo is not shown, or the report stays open")
	}
	r, _, err := tg.st.Get(id)
	if err != nil || !strings.HasSuffix(r.Summary, " (bản sửa)") {
		t.Fatalf("the report's last change was not saved: %v %q", err, r.Summary)
	}
	if tg.app.Preferences().Int(prefOpenReport) != 0 {
		t.Error("the report would open again at the next start")
	}
	for _, it := range tg.menu.withReport {
		if !it.Disabled {
			t.Errorf("%q is on without a report", it.Label)
		}
	}
	// Another menu item leaves the screen (nothing to ask: nothing
	// changed) for the start screen first.
	menuItem(t, tg.menu.menu, "Tổng hợp báo cáo…").Action()
	tg.settle(t)
	if tg.tpl != nil || tg.cons == nil || !tg.cons.shown() {
		t.Fatal("Tổng hợp báo cáo… did not leave Mẫu báo cáo")
	}
}

// Quitting (the window's close button) with a template's changes not
// saved asks: staying keeps the window, saving saves then quits.
func TestQuitAsksAboutTemplate(t *testing.T) {
	tg := newTestGUI(t, "", nil)
	closed := false
	tg.win.SetOnClosed(func() { closed = true })
	tg.tapText(t, "Mẫu báo cáo")
	tg.tapText(t, report.BuiltinTemplate(report.TemplateTuyenGiao, 0).Name)
	tg.tapText(t, "Tạo mẫu mới từ mẫu này")
	tg.typeInto(t, "Tên mẫu", "Mẫu tháng của tỉnh")

	tg.requestQuit()
	c := tg.win.Canvas()
	uitest.DialogSays(t, c, "Thay đổi chưa lưu", "Mẫu «Mẫu tháng của tỉnh» có thay đổi chưa lưu.")
	tg.tapText(t, "Ở lại")
	if closed || !tg.showsTemplates() || !tg.tpl.Dirty() {
		t.Fatal("staying left the screen or closed the window")
	}
	// The menu's Thoát asks the same; the template is saved, then the
	// window closes.
	menuItem(t, tg.menu.menu, "Thoát").Action()
	tg.tapText(t, "Lưu")
	if !closed {
		t.Fatal("the window stays open after saving")
	}
	entries, err := tg.st.Templates()
	if err != nil || len(entries) != 1 || entries[0].Name != "Mẫu tháng của tỉnh" {
		t.Fatalf("saved on quitting: %+v, %v", entries, err)
	}
}

// menuItem finds an item of the menu bar by its label.
func menuItem(t testing.TB, m *fyne.MainMenu, label string) *fyne.MenuItem {
	t.Helper()
	for _, menu := range m.Items {
		for _, it := range menu.Items {
			if it.Label == label {
				if it.Disabled {
					t.Fatalf("the menu item %q is disabled", label)
				}
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}
