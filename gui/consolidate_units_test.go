package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
	"baocao/report/forms"
)

// rowButtons are the up, down and delete buttons of row i of the editor.
func rowButtons(t *testing.T, u *unitsEditor, i int) (up, down, del *widget.Button) {
	t.Helper()
	var bs []*widget.Button
	walk(u.list.Objects[i], func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			bs = append(bs, b)
		}
	})
	if len(bs) != 3 {
		t.Fatalf("row %d has %d buttons, want 3", i+1, len(bs))
	}
	return bs[0], bs[1], bs[2]
}

func unitNames(units []report.Organization) string {
	var out []string
	for _, o := range units {
		out = append(out, o.Superior+" / "+o.Name)
	}
	return strings.Join(out, "; ")
}

func TestExpectedUnitsEditor(t *testing.T) {
	tg, s, _ := consolidationGUI(t)
	c := tg.win.Canvas()
	head := s.head.report.Organization
	// Start from an empty list, then take the units of the files.
	if err := tg.st.SetExpectedUnits(head, nil); err != nil {
		t.Fatal(err)
	}
	s.reloadHeads(0)
	tg.settle(t)
	if len(s.head.expected) != 0 {
		t.Fatalf("the list is not empty: %v", s.head.expected)
	}
	loadFolder(t, tg, s, unitFolder(t))

	test.Tap(s.ui.expectedBtn)
	u := s.unitsEd
	if u == nil || c.Overlays().Top() == nil {
		t.Fatal("the dialog that edits the list did not open")
	}
	test.Tap(u.fromFiles)
	want := "HUYỆN ỦY KIM BẢNG / BAN TUYÊN GIÁO; HUYỆN ỦY DUY TIÊN / BAN TUYÊN GIÁO; HUYỆN ỦY LÝ NHÂN / BAN TUYÊN GIÁO; " +
		"HUYỆN ỦY BÌNH LỤC / BAN TUYÊN GIÁO; ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH / BAN TUYÊN GIÁO; HUYỆN ỦY THANH LIÊM / BAN TUYÊN GIÁO"
	// The files are in name order: binh-luc, duy-tien, hong, khoi, kim-bang…
	if got := unitNames(u.result()); len(u.rows) != 6 || !sameSet(got, want) {
		t.Fatalf("taken from the files: %s\nwant (in any order) %s", got, want)
	}
	// Taking them again adds nothing.
	test.Tap(u.fromFiles)
	if len(u.rows) != 6 || !strings.Contains(u.count.Text, "đều đã có") {
		t.Errorf("taken again: %d rows, %q; want 6 rows and a count that says đều đã có", len(u.rows), u.count.Text)
	}

	// Rename the first, remove the second, add one, move it up.
	first := u.rows[0].superior.Text
	retype(u.rows[0].superior, "HUYỆN ỦY BÌNH LỤC MỚI")
	_, _, del := rowButtons(t, u, 1)
	test.Tap(del)
	if len(u.rows) != 5 {
		t.Fatalf("after deleting a row: %d rows, want 5", len(u.rows))
	}
	tg.tap(t, overlayButton(t, c, "Thêm đơn vị"))
	last := u.rows[len(u.rows)-1]
	last.superior.SetText("THÀNH ỦY PHỦ LÝ")
	last.name.SetText("BAN TUYÊN GIÁO")
	up, _, _ := rowButtons(t, u, len(u.rows)-1)
	test.Tap(up)
	// A row added and left blank is not saved.
	tg.tap(t, overlayButton(t, c, "Thêm đơn vị"))
	expect := u.result()
	if len(expect) != 6 || expect[4].Superior != "THÀNH ỦY PHỦ LÝ" || expect[0].Superior != "HUYỆN ỦY BÌNH LỤC MỚI" {
		t.Fatalf("the list after the edits: %s (the first was %s)", unitNames(expect), first)
	}

	test.Tap(u.save)
	tg.q.until(t, "the list saved", 10*time.Second, func() bool { return c.Overlays().Top() == nil })
	tg.settle(t)
	stored, err := tg.st.ExpectedUnits(head)
	if err != nil {
		t.Fatal(err)
	}
	if unitNames(stored) != unitNames(expect) {
		t.Errorf("the archive holds %s\nwant %s", unitNames(stored), unitNames(expect))
	}
	if stored[0].Place == "" {
		t.Errorf("the unit taken from a file lost its place: %+v", stored[0])
	}
	if unitNames(s.head.expected) != unitNames(expect) || !strings.HasPrefix(s.ui.expectedLabel.Text, "6 đơn vị:") {
		t.Errorf("the screen holds %s (%q)", unitNames(s.head.expected), s.ui.expectedLabel.Text)
	}
	// The completeness table follows: the renamed unit has not sent.
	found := false
	for _, st := range s.result.res.Units {
		if st.Organization.Superior == "HUYỆN ỦY BÌNH LỤC MỚI" {
			found = st.Status == report.StatusMissing
		}
	}
	if !found {
		t.Errorf("the renamed unit is not “Chưa gửi”: %+v", s.result.res.Units)
	}
	// Reloaded from the archive.
	s.head.expected = nil
	s.reloadHeads(0)
	tg.settle(t)
	if unitNames(s.head.expected) != unitNames(expect) {
		t.Errorf("read again from the archive: %s", unitNames(s.head.expected))
	}

	// A unit twice is refused with the archive's message; the dialog
	// stays open with what was typed.
	test.Tap(s.ui.expectedBtn)
	u = s.unitsEd
	tg.tap(t, overlayButton(t, c, "Thêm đơn vị"))
	u.rows[len(u.rows)-1].superior.SetText("thành ủy  phủ lý")
	u.rows[len(u.rows)-1].name.SetText("Ban Tuyên giáo")
	test.Tap(u.save)
	tg.q.until(t, "the duplicate reported", 10*time.Second, func() bool { return u.errLabel.Visible() })
	if !strings.Contains(u.errLabel.Text, "đơn vị thứ 7") || !strings.Contains(u.errLabel.Text, "trùng với đơn vị thứ 5") {
		t.Errorf("the duplicate's error = %q, want it to name đơn vị thứ 7 and trùng với đơn vị thứ 5", u.errLabel.Text)
	}
	if c.Overlays().Top() == nil || len(u.rows) != 7 {
		t.Fatal("the dialog closed or lost rows when the save failed")
	}
	// Cancelling changes asks first.
	tg.tap(t, overlayButton(t, c, "Hủy"))
	if !contains(overlayTexts(c), "Bỏ những thay đổi này?") {
		t.Fatalf("does not ask before dropping the changes: %v", overlayTexts(c))
	}
	tg.tap(t, overlayButton(t, c, "Bỏ thay đổi"))
	if c.Overlays().Top() != nil {
		t.Error("the dialog that edits the list is still open")
	}
	if got, _ := tg.st.ExpectedUnits(head); len(got) != 6 {
		t.Errorf("changes dropped, yet the archive holds %d units, want 6", len(got))
	}
}

// sameSet reports whether two "; "-joined lists hold the same items.
func sameSet(a, b string) bool {
	x, y := strings.Split(a, "; "), strings.Split(b, "; ")
	if len(x) != len(y) {
		return false
	}
	m := map[string]int{}
	for _, s := range x {
		m[s]++
	}
	for _, s := range y {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

// The province's 129 communes come from its units file (the one baocao
// forms takes; its encodings are tested with the reader), here as Excel
// saves "CSV UTF-8": "Lấy từ tệp CSV…" adds them after the units already
// listed, once.
func TestExpectedUnitsFromCSV(t *testing.T) {
	tg, s, _ := consolidationGUI(t)
	c := tg.win.Canvas()
	test.Tap(s.ui.expectedBtn)
	u := s.unitsEd
	if u == nil {
		t.Fatal("the dialog that edits the list did not open")
	}
	before := len(u.result())
	var csv strings.Builder
	csv.WriteString("superior;name;abbreviation;place\r\n")
	for i := 1; i <= 129; i++ {
		fmt.Fprintf(&csv, "ĐẢNG ỦY XÃ SỐ %d;BAN XÂY DỰNG ĐẢNG;BXDĐ;Xã số %d\r\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "don-vi.csv")
	if err := os.WriteFile(path, []byte("\ufeff"+csv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	units, err := forms.ReadUnitsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	u.take(units, "tệp don-vi.csv")
	got := u.result()
	if len(got) != before+129 || got[before].Superior != "ĐẢNG ỦY XÃ SỐ 1" || got[before+128].Name != "BAN XÂY DỰNG ĐẢNG" {
		t.Fatalf("after the CSV: %d units (want %d), first added %+v", len(got), before+129, got[before])
	}
	if want := "vừa thêm 129 đơn vị từ tệp don-vi.csv"; !strings.Contains(u.count.Text, want) {
		t.Errorf("count says %q, want it to contain %q", u.count.Text, want)
	}
	u.take(units, "tệp don-vi.csv")
	if len(u.result()) != before+129 || !strings.Contains(u.count.Text, "đều đã có") {
		t.Errorf("the same file again: %d units, %q", len(u.result()), u.count.Text)
	}
	test.Tap(u.save)
	tg.q.until(t, "the list saved", 10*time.Second, func() bool { return c.Overlays().Top() == nil })
	stored, err := tg.st.ExpectedUnits(s.head.report.Organization)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != before+129 || stored[before+5].Place != "Xã số 6" {
		t.Errorf("the archive holds %d units, want %d with their places", len(stored), before+129)
	}
}
