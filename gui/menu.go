package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// Keyboard shortcuts.
var (
	shortcutSave   = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPDF    = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutWord   = &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutTyping = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierAlt}
)

// mainMenu is the window's menu bar: Tệp, Báo cáo, Gõ tiếng Việt, Trợ giúp.
type mainMenu struct {
	g    *gui
	menu *fyne.MainMenu

	// Items that need an open report, or an editable one, or a final one.
	withReport []*fyne.MenuItem
	editable   []*fyne.MenuItem
	final      []*fyne.MenuItem
	archive    []*fyne.MenuItem // need the archive
	typing     []*fyne.MenuItem // one per typing method
}

func newMainMenu(g *gui) *mainMenu {
	m := &mainMenu{g: g}
	ed := func(f func(e *editor)) func() {
		return func() {
			if g.ed != nil {
				f(g.ed)
			}
		}
	}
	// What replaces the screen leaves Mẫu báo cáo first (its unsaved
	// changes are asked about).
	leave := func(f func()) func() { return func() { g.leaveTemplates(f) } }
	newItem := fyne.NewMenuItemWithIcon("Báo cáo mới", theme.DocumentCreateIcon(), leave(g.newReport))
	open := fyne.NewMenuItemWithIcon("Mở tệp…", theme.FolderOpenIcon(), leave(g.openFileDialog))
	sample := fyne.NewMenuItem("Mở báo cáo mẫu", leave(g.openSample))
	consolidate := fyne.NewMenuItemWithIcon("Tổng hợp báo cáo…", theme.ListIcon(), leave(g.showConsolidate))
	templatesItem := fyne.NewMenuItemWithIcon("Mẫu báo cáo…", theme.GridIcon(), g.showTemplates)
	shared := fyne.NewMenuItemWithIcon("Kho dùng chung…", theme.StorageIcon(), leave(g.showSharedArchive))
	saveAs := fyne.NewMenuItemWithIcon("Lưu thành tệp…", theme.DocumentSaveIcon(), ed(func(e *editor) { e.exportDialog(formatJSON) }))
	saveAs.Shortcut = shortcutSave
	exportPDF := fyne.NewMenuItemWithIcon("Xuất PDF…", theme.DocumentPrintIcon(), ed(func(e *editor) { e.exportDialog(formatPDF) }))
	exportPDF.Shortcut = shortcutPDF
	exportDOCX := fyne.NewMenuItemWithIcon("Xuất Word…", theme.DocumentIcon(), ed(func(e *editor) { e.exportDialog(formatDOCX) }))
	exportDOCX.Shortcut = shortcutWord
	exportXLSX := fyne.NewMenuItem("Xuất Excel…", ed(func(e *editor) { e.exportDialog(formatXLSX) }))
	closeItem := fyne.NewMenuItem("Đóng báo cáo", g.closeReport)
	quit := fyne.NewMenuItem("Thoát", g.requestQuit)
	quit.IsQuit = true

	check := fyne.NewMenuItemWithIcon("Kiểm tra", theme.ConfirmIcon(), ed(func(e *editor) { e.showProblems() }))
	finalize := fyne.NewMenuItem("Chốt báo cáo", ed(func(e *editor) { e.finalize() }))
	reopen := fyne.NewMenuItem("Mở lại để sửa", ed(func(e *editor) { e.reopen() }))
	history := fyne.NewMenuItemWithIcon("Lịch sử", theme.HistoryIcon(), ed(func(e *editor) { e.showHistory() }))

	var typingItems []*fyne.MenuItem
	for _, mode := range typingModes {
		mode := mode
		it := fyne.NewMenuItem(mode.label, func() { g.typ.setMode(mode.id) })
		typingItems = append(typingItems, it)
	}
	toggle := fyne.NewMenuItem("Bật/tắt gõ tiếng Việt", g.typ.toggle)
	toggle.Shortcut = shortcutTyping
	settings := fyne.NewMenuItemWithIcon("Cài đặt gõ tiếng Việt…", theme.SettingsIcon(), g.typ.showSettings)
	convert := fyne.NewMenuItem("Chuyển mã ô đang sửa (TCVN3, VNI sang Unicode)…", g.typ.convertFocused)

	about := fyne.NewMenuItemWithIcon("Giới thiệu", theme.InfoIcon(), g.showAbout)

	m.withReport = []*fyne.MenuItem{saveAs, exportPDF, exportDOCX, exportXLSX, closeItem, check, history}
	m.editable = []*fyne.MenuItem{finalize}
	m.final = []*fyne.MenuItem{reopen}
	m.archive = []*fyne.MenuItem{newItem, open, sample, consolidate, templatesItem}
	m.typing = typingItems

	typingMenu := append(append([]*fyne.MenuItem{}, typingItems...), fyne.NewMenuItemSeparator(), toggle, settings, convert)
	m.menu = fyne.NewMainMenu(
		fyne.NewMenu("Tệp", newItem, open, sample, consolidate, templatesItem, shared, fyne.NewMenuItemSeparator(),
			saveAs, exportPDF, exportDOCX, exportXLSX, fyne.NewMenuItemSeparator(), closeItem, quit),
		fyne.NewMenu("Báo cáo", check, finalize, reopen, history),
		fyne.NewMenu("Gõ tiếng Việt", typingMenu...),
		fyne.NewMenu("Trợ giúp", about),
	)
	m.update()
	return m
}

// update enables the items that make sense now.
func (m *mainMenu) update() {
	g := m.g
	set := func(items []*fyne.MenuItem, on bool) {
		for _, it := range items {
			it.Disabled = !on
		}
	}
	set(m.archive, g.st != nil)
	set(m.withReport, g.ed != nil)
	set(m.editable, g.ed != nil && !g.ed.readOnly)
	set(m.final, g.ed != nil && g.ed.readOnly)
	for i, it := range m.typing {
		it.Checked = typingModes[i].id == g.typ.mode
	}
	m.menu.Refresh()
}

// addShortcuts registers the shortcuts on the window's canvas too (the
// menu bar handles them first where there is one).
func (g *gui) addShortcuts() {
	c := g.win.Canvas()
	c.AddShortcut(shortcutSave, func(fyne.Shortcut) {
		if g.ed != nil {
			g.ed.exportDialog(formatJSON)
		}
	})
	c.AddShortcut(shortcutPDF, func(fyne.Shortcut) {
		if g.ed != nil {
			g.ed.exportDialog(formatPDF)
		}
	})
	c.AddShortcut(shortcutWord, func(fyne.Shortcut) {
		if g.ed != nil {
			g.ed.exportDialog(formatDOCX)
		}
	})
	c.AddShortcut(shortcutTyping, func(fyne.Shortcut) { g.typ.toggle() })
}

// requestQuit saves the open report and closes the window; a save that
// fails is explained first. A template's unsaved changes are asked about.
func (g *gui) requestQuit() {
	g.saveWindowSize()
	if g.tpl != nil {
		g.tpl.Leave(g.win.Close)
		return
	}
	if g.ed == nil {
		g.win.Close()
		return
	}
	ed := g.ed
	g.leaveEditor("Đang thoát", "trước khi thoát", "Vẫn thoát", g.win.Close, func() {
		ed.stop() // still open: shutdown tries its save once more
		g.win.Close()
	})
}

// showAbout shows the version and the licences.
func (g *gui) showAbout() {
	v := g.opt.Version
	if v == "" {
		v = "(bản phát triển)"
	}
	msg := fmt.Sprintf("Báo cáo sơ kết, phiên bản %s.\n\n"+
		"Nhập kết quả công tác tuyên giáo, xuất báo cáo sơ kết ra tệp PDF và Word theo thể thức văn bản của Đảng "+
		"(Hướng dẫn 36-HD/VPTW) và ra bảng tính Excel.\n\n"+
		"Kho báo cáo: %s\n\n"+
		"Phông chữ trong tệp PDF: Tinos (Google), giấy phép SIL Open Font License 1.1. "+
		"Phông chữ giao diện: Noto Sans (Google), giấy phép SIL Open Font License 1.1. "+
		"Giao diện dùng thư viện Fyne (giấy phép BSD 3 điều khoản).", v, g.path)
	g.showInfo("Giới thiệu", msg)
}
