package pdf

import (
	"baocao/report/layout"
	"baocao/report/reporttest/readers"
	"bytes"
	"strings"
	"testing"

	"baocao/report"
)

// longSigner is a signer's name of 70 characters (the PDF cut names from
// about 55).
const longSigner = "Nguyễn Hoàng Phương Thảo Tôn Nữ Minh Khuê Trần Lê Bảo Ngọc Đặng Văn Hùng"

// TestLongSignerNameWraps: a long name is wrapped within the signature
// column, every word of it printed inside the page and the column.
func TestLongSignerNameWraps(t *testing.T) {
	r := report.Sample()
	r.Signer.Name = longSigner
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	last := pages[len(pages)-1]
	colX := marginL + mmPt(layout.Party.EndLeftWidth)
	var got []string
	lines := map[float64]bool{}
	for _, w := range last.Words() {
		if w.X0 >= colX-1 && strings.Contains(longSigner, w.Text) && w.Y0 > mmPt(layout.Party.SignatureSpace) {
			got = append(got, w.Text)
			lines[w.Y0] = true
		}
	}
	if !strings.Contains(strings.Join(got, " "), longSigner) {
		t.Errorf("the name as printed: %q", strings.Join(got, " "))
	}
	if len(lines) < 2 {
		t.Errorf("the name is on %d line(s), want it wrapped", len(lines))
	}
	checkInsideMargins(t, "long signer's name", pages)
}

// TestLongHeaderStaysOnPage1: names as long as the header has room for
// wrap within their column, and the number, the date and the title stay
// on page 1; longer ones are refused, naming the field.
func TestLongHeaderStaysOnPage1(t *testing.T) {
	r := report.Sample()
	r.Organization.Superior = "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG VÀ ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI TỈNH NINH BÌNH"
	r.Organization.Name = "BAN TUYÊN GIÁO VÀ DÂN VẬN ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH NINH BÌNH"
	r.Organization.Place = "Thành phố Hoa Lư, tỉnh Ninh Bình"
	pages := readers.PDFPages(t, writePDF(t, r, Options{}))
	p1 := pages[0].Text()
	for _, want := range []string{"Số 45-BC/BTGTU", "ngày 05 tháng 7 năm 2019", "BÁO CÁO", "NINH BÌNH"} {
		if !strings.Contains(p1, want) {
			t.Errorf("page 1 has no %q:\n%s", want, p1)
		}
	}
	for _, w := range strings.Fields(r.Organization.Superior + " " + r.Organization.Name) {
		if !strings.Contains(p1, w) {
			t.Errorf("page 1 lost %q", w)
		}
	}
	checkInsideMargins(t, "long organization names", pages)

	long := strings.Repeat("BAN TUYÊN GIÁO ", 67) // 1,005 characters
	for _, tc := range []struct {
		edit  func(r *report.Report)
		field string
	}{
		{func(r *report.Report) { r.Organization.Name = long }, "[organization.name]"},
		{func(r *report.Report) { r.Organization.Superior = long }, "[organization.superior]"},
		{func(r *report.Report) { r.Organization.Abbreviation = long }, "[organization.abbreviation]"},
		{func(r *report.Report) { r.Organization.Place = long }, "[organization.place]"},
		{func(r *report.Report) { r.Signer.Name = long }, "[signer.name]"},
		{func(r *report.Report) { r.Signer.Title = long }, "[signer.title]"},
	} {
		r := report.Sample()
		tc.edit(r)
		var b bytes.Buffer
		err := Write(&b, r, Options{})
		if err == nil || !strings.Contains(err.Error(), tc.field+" quá dài cho mẫu văn bản chính thức") || b.Len() > 0 {
			t.Errorf("%s: %v (%d bytes written)", tc.field, err, b.Len())
		}
	}
}
