package templates

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baocao/gui/internal/uitest"
	"baocao/report"
	"baocao/report/reporttest"
	"baocao/report/store"
)

// A draft exported as a template file is issued: the file reads back as
// the template; editing it again makes version 2, with the codes of
// version 1 locked; version 1 stays as it was and opens read-only.
func TestExportIssueVersions(t *testing.T) {
	s, sh := newTestScreen(t, nil)
	tp := reporttest.Template(t)
	if _, err := sh.st.SaveTemplate(tp, "Minh"); err != nil {
		t.Fatal(err)
	}
	s.list.reload()
	sh.settle()
	listed(t, s, tp.Name)
	if row := rowText(s.list.list, s.list.sel); !strings.Contains(row, "đang soạn") || !strings.Contains(row, "Minh") {
		t.Errorf("row %q", row)
	}

	// Export: the confirmation says the version leaves the office and
	// is frozen.
	path := filepath.Join(t.TempDir(), "mẫu gửi xã.json")
	sh.saveAs = path
	sh.tap(s.list.exportBtn)
	sh.dialogSays("Xuất mẫu «"+tp.Name+"» (phiên bản 1)", "phiên bản 1 được ban hành", "không sửa được nữa", "phiên bản 2")
	sh.tap(sh.overlayButton("Chọn nơi lưu tệp…"))
	if len(sh.errs) > 0 {
		t.Fatal(sh.errs)
	}
	if sh.saveName != "mau-tuyen-giao-va-dan-van-ninh-binh-2026-v1.json" {
		t.Errorf("file name suggested: %q", sh.saveName)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back, err := report.ParseTemplate(data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := report.MarshalTemplate(tp)
	if got, _ := report.MarshalTemplate(back); !bytes.Equal(got, want) {
		t.Errorf("the file is not the template:\n%s", got)
	}
	vs, err := sh.st.TemplateVersions(tp.ID)
	if err != nil || len(vs) != 1 || vs[0].Status != store.TemplateIssued {
		t.Fatalf("versions after export: %+v, %v", vs, err)
	}
	if !strings.Contains(s.list.status.Text, "đã ban hành") || !strings.Contains(rowText(s.list.list, s.list.sel), "đã ban hành") {
		t.Errorf("after export: %q, row %q", s.list.status.Text, rowText(s.list.list, s.list.sel))
	}

	// Edited again, it is the draft of version 2; the issued codes are
	// locked, a new indicator's is not.
	sh.tap(s.list.editBtn)
	e := s.ed
	if !strings.Contains(e.notice.Text, "Phiên bản 1 đã ban hành") || !strings.Contains(e.notice.Text, "phiên bản 2") ||
		e.state.Text != "Phiên bản 2 (bản nháp mới, chưa lưu)." {
		t.Fatalf("notice %q, state %q", e.notice.Text, e.state.Text)
	}
	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	x.show(placeOf("catalogue.indicators[" + strconv.Itoa(indexOf(e.t, "dv.mohinh")) + "]"))
	if !x.code.Disabled() || !strings.Contains(x.codeHint.Text, "đã ban hành") {
		t.Errorf("issued code: disabled %v, hint %q", x.code.Disabled(), x.codeHint.Text)
	}
	sh.retype(x.name, "Số mô hình “Dân vận khéo” được công nhận trong kỳ")
	if x.code.Text != "dv.mohinh" || e.t.Catalogue.Indicators[x.cur].Code != "dv.mohinh" {
		t.Errorf("an issued code followed the name: %q", x.code.Text)
	}
	sh.tap(x.addI)
	sh.retype(x.name, "Số hội nghị đối thoại")
	if x.code.Disabled() || x.code.Text != "dv.hoinghi_doithoai" {
		t.Errorf("new code: disabled %v, %q", x.code.Disabled(), x.code.Text)
	}
	sh.retype(x.unit, "hội nghị")
	sh.tap(e.saveBtn)
	if e.t.Version != 2 || !strings.Contains(e.status.Text, "phiên bản 2") {
		t.Fatalf("saved as %d: %q %v", e.t.Version, e.status.Text, sh.errs)
	}
	vs, _ = sh.st.TemplateVersions(tp.ID)
	if len(vs) != 2 || vs[0].Version != 2 || vs[0].Status != store.TemplateDraft || vs[1].Status != store.TemplateIssued {
		t.Fatalf("versions: %+v", vs)
	}
	v1, _, _ := sh.st.Template(tp.ID, 1)
	if v1.Catalogue.Indicator("dv.hoinghi_doithoai") != nil || v1.Catalogue.Indicator("dv.mohinh").Name != "Số mô hình “Dân vận khéo” được công nhận" {
		t.Error("version 1 changed")
	}

	// Version 1 opens from the list of versions, read-only.
	sh.tap(e.closeBtn)
	sh.tap(s.list.versionsBtn)
	sh.dialogSays("Phiên bản 2 — đang soạn", "Phiên bản 1 — đã ban hành")
	s.versions.Select(1)
	sh.settle()
	e = s.ed
	if !e.readOnly || e.t.Version != 1 || !strings.Contains(e.state.Text, "đã ban hành, chỉ xem") || !e.general.name.Disabled() {
		t.Fatalf("version 1: read-only %v, %q", e.readOnly, e.state.Text)
	}
	e.general.name.TypedRune('x')
	if e.t.Name != tp.Name || e.dirty() {
		t.Error("a read-only version was changed")
	}
	sh.tap(e.closeBtn)

	// A built-in template is exported as it is: nothing is stored.
	listed(t, s, report.BuiltinTemplate(report.TemplateTuyenGiao, 0).Name)
	sh.saveAs = filepath.Join(t.TempDir(), "tuyengiao.json")
	sh.tap(s.list.exportBtn)
	sh.tap(sh.overlayButton("Chọn nơi lưu tệp…"))
	if _, err := report.ReadTemplateFile(sh.saveAs); err != nil {
		t.Error(err)
	}
	if list, _ := sh.st.Templates(); len(list) != 1 {
		t.Errorf("archive: %+v", list)
	}
}

// Leaving a template with unsaved changes asks: stay, save, or drop
// them; one with errors cannot be saved, only dropped.
func TestLeaveAsks(t *testing.T) {
	s, sh, e := editCopy(t, report.TemplateTuyenGiao)
	sh.tap(e.closeBtn)
	sh.dialogSays("Thay đổi chưa lưu", "Lưu", "Bỏ thay đổi", "Ở lại")
	sh.tap(sh.overlayButton("Ở lại"))
	if s.ed != e {
		t.Fatal("left after Ở lại")
	}
	left := 0
	s.Leave(func() { left++ })
	sh.tap(sh.overlayButton("Lưu"))
	if left != 1 || s.Dirty() {
		t.Fatalf("left %d times", left)
	}
	list, _ := sh.st.Templates()
	if len(list) != 1 || list[0].ID != e.t.ID {
		t.Fatalf("archive: %+v", list)
	}

	s.showList()
	sh.settle()
	listed(t, s, e.t.Name)
	sh.tap(s.list.editBtn)
	e = s.ed
	sh.retype(e.general.name, "")
	shows(t, e.general.nameNote, "chưa có tên")
	sh.tap(e.closeBtn)
	sh.dialogSays("còn 1 lỗi nên chưa lưu được")
	for _, text := range uitest.OverlayTexts(sh.win.Canvas()) {
		if text == "Lưu" {
			t.Error("a template with errors is offered to be saved")
		}
	}
	sh.tap(sh.overlayButton("Bỏ thay đổi"))
	if s.ed != nil {
		t.Fatal("still editing")
	}
	if got, _, _ := sh.st.Template(list[0].ID, 0); got.Name != list[0].Name {
		t.Errorf("dropped changes were saved: %q", got.Name)
	}
	sh.tap(s.list.copyBtn)
	sh.tap(s.ed.closeBtn)
	sh.tap(sh.overlayButton("Bỏ thay đổi"))
	sh.tap(s.list.backBtn)
	if sh.closed != 1 {
		t.Errorf("closed %d", sh.closed)
	}
}

// Deleting, moving and adding are taken back by Hoàn tác; a derived
// figure computed from itself through another is said beside it.
func TestUndoAndCycle(t *testing.T) {
	_, sh, e := editCopy(t, report.TemplateTuyenGiao)
	before, _ := report.MarshalTemplate(e.t)

	e.tabs.SelectIndex(tabOutline)
	o := e.outline
	o.list.Select(2)
	title := e.t.Outline[2].Title
	sh.tap(o.del)
	if e.t.Outline[2].Title == title || !strings.Contains(e.status.Text, "Hoàn tác") {
		t.Fatalf("not deleted: %q", e.status.Text)
	}
	sh.tap(o.down)
	e.tabs.SelectIndex(tabIndicators)
	x := e.inds
	sh.tap(x.addG)
	sh.tap(x.addI)
	sh.retype(x.name, "Cộng dồn thứ nhất")
	x.kind.SetSelected(kindSum)
	sh.settle()
	a := x.cur
	sh.tap(x.addI)
	sh.retype(x.name, "Cộng dồn thứ hai")
	x.kind.SetSelected(kindSum)
	sh.settle()
	sh.tap(x.addOf)
	sh.pickByName(e, "cong don thu nhat")
	x.list.Select(0)
	sh.tap(x.addOf)
	sh.pickByName(e, "cong don thu hai")
	if x.cur != a {
		t.Fatalf("selected %d, want %d", x.cur, a)
	}
	shows(t, x.kindNote, "tính vòng tròn")

	for len(e.undo) > 0 {
		sh.tap(e.undoBtn)
	}
	if after, _ := report.MarshalTemplate(e.t); !bytes.Equal(after, before) {
		t.Errorf("undone, the template differs:\n%s", after)
	}
	if !e.undoBtn.Disabled() {
		t.Error("nothing left to undo, the button is enabled")
	}
}

func indexOf(t *report.Template, code string) int {
	for i, in := range t.Catalogue.Indicators {
		if in.Code == code {
			return i
		}
	}
	return -1
}
