package layout

import "fmt"

// Fitted is a text of the header of page 1 or of the signature block that
// wraps within its column to at most Max lines.
type Fitted struct {
	Field  string // its field in the report file: organization.name
	Label  string // for messages: "Tên cơ quan ban hành"
	Text   string // as drawn (in capitals where the layout wants them)
	Bold   bool
	Italic bool
	Size   float64 // points
	Width  float64 // of the column, mm
	Max    int
}

// Fitted lists the texts of c that must fit their few lines: the header's
// superior body, issuing body, number line and place and date; the
// signature's authority, title and name.
func (c *Content) Fitted(L *Layout, tx Text) []Fitted {
	o := c.Report.Organization
	rw := L.TextWidth() - L.HeaderLeftWidth
	sw := L.TextWidth() - L.EndLeftWidth
	fs := []Fitted{
		{"organization.superior", "Cơ quan cấp trên", Upper(tx.OneLine(o.Superior)), false, false, L.HeaderSize, L.HeaderLeftWidth, L.HeaderMaxLines},
		{"organization.name", "Tên cơ quan ban hành", Upper(tx.OneLine(o.Name)), true, false, L.HeaderSize, L.HeaderLeftWidth, L.HeaderMaxLines},
		{"organization.abbreviation", "Số và ký hiệu (số báo cáo, chữ viết tắt của cơ quan)", tx.OneLine(c.Report.NumberLine()), false, false, L.HeaderSize, L.HeaderLeftWidth, L.HeaderMaxLines},
		{"organization.place", "Địa danh và ngày", c.DateLine(L, tx), false, true, L.DateSize, rw, L.HeaderMaxLines},
	}
	for _, l := range c.Signature(L, tx) {
		label := "Chức vụ người ký"
		if l.Field == "signer.authority" {
			label = "Quyền hạn ký"
		}
		fs = append(fs, Fitted{l.Field, label, l.Text, l.Bold, false, L.SignerSize, sw, L.SignerMaxLines})
	}
	fs = append(fs, Fitted{"signer.name", "Họ tên người ký", tx.OneLine(c.Report.Signer.Name), true, false, L.SignerSize, sw, L.SignerMaxLines})
	return fs
}

// Fit checks that each of fs wraps to at most its Max lines, counted by
// lines (the renderer's own wrapping, in its own font). The error names
// the field and says how long it may be, so that a document is never
// drawn with its header pushed down or a name cut.
func Fit(fs []Fitted, lines func(f Fitted) int) error {
	for _, f := range fs {
		if f.Text == "" {
			continue
		}
		if n := lines(f); n > f.Max {
			return fmt.Errorf("%s [%s] quá dài cho mẫu văn bản chính thức: cần %d dòng trong cột rộng %g mm, chỉ có chỗ cho %d dòng (khoảng %d ký tự); hãy viết gọn lại",
				f.Label, f.Field, n, f.Width, f.Max, f.Max*len([]rune(f.Text))/n)
		}
	}
	return nil
}
