package docx

import (
	"bytes"
	"strings"
	"testing"

	"baocao/report"
)

// TestWordFitsAsThePDF: the Word document wraps a long signer's name
// within its column (python-docx reads it whole, over several lines) and
// refuses what the PDF refuses, with the same message.
func TestWordFitsAsThePDF(t *testing.T) {
	const name = "Nguyễn Hoàng Phương Thảo Tôn Nữ Minh Khuê Trần Lê Bảo Ngọc Đặng Văn Hùng"
	r := report.Sample()
	r.Signer.Name = name
	doc := pythonDocx(t, writeDocx(t, r, "ky.docx"))
	found := false
	for _, tb := range doc.Tables {
		for _, row := range tb.Rows {
			for _, c := range row.Cells {
				if strings.Contains(c, "Nguyễn Hoàng") {
					found = true
					if got := strings.Join(strings.Fields(c), " "); !strings.Contains(got, name) {
						t.Errorf("the name as read: %q", c)
					}
					if i := strings.Index(c, "Nguyễn Hoàng"); !strings.Contains(c[i:], "\n") {
						t.Errorf("the name is not wrapped: %q", c[i:])
					}
				}
			}
		}
	}
	if !found {
		t.Error("no signer's name in the document")
	}
	long := strings.Repeat("BAN TUYÊN GIÁO ", 67)
	for _, tc := range []struct {
		edit  func(r *report.Report)
		field string
	}{
		{func(r *report.Report) { r.Organization.Name = long }, "[organization.name]"},
		{func(r *report.Report) { r.Organization.Place = long }, "[organization.place]"},
		{func(r *report.Report) { r.Signer.Name = long }, "[signer.name]"},
	} {
		r := report.Sample()
		tc.edit(r)
		var b bytes.Buffer
		err := Write(&b, r)
		if err == nil || !strings.Contains(err.Error(), tc.field+" quá dài cho mẫu văn bản chính thức") || b.Len() > 0 {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
}
