package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/report/vnenc"
)

// notReport is the end of the message for a file of another kind.
const notReport = "không phải tệp báo cáo (.json) hay tệp Excel (.xlsx) do " + appName + " xuất ra"

// saveODSAsXLSX tells how to turn an OpenDocument spreadsheet into a
// workbook the program reads.
const saveODSAsXLSX = `hãy mở tệp bằng LibreOffice Calc, chọn Tệp > Lưu thành, kiểu "Excel 2007-365 (.xlsx)" (bấm "Dùng định dạng Excel 2007-365!"), rồi chọn tệp .xlsx vừa lưu`

// sniff tells, by the first bytes of the file at path, what it is when it
// is neither a report file nor a workbook: the error names the real kind
// (an OpenDocument spreadsheet, a PDF, a CSV or other text, a Word
// document, a zip of other files, random bytes) in Vietnamese. It returns
// nil for what looks like a report file (JSON, or an empty file) or a
// workbook, which the readers take on.
func sniff(path string, head []byte) error {
	body := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(body) == 0, body[0] == '{', body[0] == '[':
		return nil // a report file, or an empty one (its reader says so)
	case bytes.HasPrefix(head, oleMagic):
		return nil // an old .xls or a protected workbook: Read says which
	case bytes.HasPrefix(head, zipMagic):
		return sniffZip(path)
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return fmt.Errorf("đây là tệp PDF, %s; tệp PDF chỉ để in và gửi, không đọc lại được số liệu", notReport)
	case bytes.HasPrefix(head, []byte("\x89PNG")), bytes.HasPrefix(head, []byte("\xff\xd8\xff")), bytes.HasPrefix(head, []byte("GIF8")):
		return fmt.Errorf("đây là tệp ảnh, %s", notReport)
	case bytes.HasPrefix(head, []byte("{\\rtf")):
		return fmt.Errorf("đây là văn bản RTF, %s", notReport)
	}
	// The head may end inside a character.
	for i := 0; i < 3 && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if text, _, err := vnenc.Decode(head); err == nil && printable(text) {
		first, _, _ := strings.Cut(text, "\n")
		switch {
		case bytes.HasPrefix(body, []byte("<")):
			return fmt.Errorf("đây là tệp HTML/XML (có thể là trang web hoặc bảng tính lưu dạng web), %s", notReport)
		case strings.ContainsAny(first, ",;\t"):
			return fmt.Errorf("đây là tệp CSV (văn bản, các cột cách nhau bằng dấu phẩy hoặc chấm phẩy), %s; nếu là số liệu của đơn vị, hãy điền vào biểu mẫu .xlsx do chương trình tạo", notReport)
		}
		return fmt.Errorf("đây là tệp văn bản thường, %s", notReport)
	}
	return fmt.Errorf("nội dung tệp là dữ liệu lạ (không phải chữ, không phải bảng tính), %s; có thể tệp bị hỏng hoặc bị đổi tên đuôi", notReport)
}

// printable: text, not binary data that happens to decode.
func printable(s string) bool {
	bad := 0
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
			bad++
		}
	}
	return bad == 0 || bad*50 < utf8.RuneCountInString(s)
}

// sniffZip tells a zip that is not a workbook: an OpenDocument
// spreadsheet or text, a Word document, or other files. A zip that cannot
// be read is left to Read (a damaged workbook).
func sniffZip(path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil
	}
	defer zr.Close()
	names := map[string]*zip.File{}
	for _, f := range zr.File {
		names[strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))] = f
	}
	if f, ok := names["mimetype"]; ok && f.UncompressedSize64 < 256 {
		if rc, err := f.Open(); err == nil {
			m, _ := io.ReadAll(io.LimitReader(rc, 256))
			rc.Close()
			switch mt := strings.TrimSpace(string(m)); {
			case strings.HasPrefix(mt, "application/vnd.oasis.opendocument.spreadsheet"):
				return fmt.Errorf("đây là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice), chương trình chỉ đọc .xlsx; %s", saveODSAsXLSX)
			case strings.HasPrefix(mt, "application/vnd.oasis.opendocument"):
				return fmt.Errorf("đây là tệp OpenDocument (%s), %s", mt, notReport)
			}
		}
	}
	switch {
	case names["xl/workbook.xml"] != nil, names["[content_types].xml"] != nil && names["word/document.xml"] == nil:
		return nil // a workbook (perhaps damaged): Read tells
	case names["word/document.xml"] != nil:
		return fmt.Errorf("đây là văn bản Word (.docx), %s; văn bản Word chỉ để in và gửi, không đọc lại được số liệu", notReport)
	}
	return fmt.Errorf("đây là tệp nén zip chứa %d tệp khác (%s…), %s", len(zr.File), firstName(zr.File), notReport)
}

func firstName(fs []*zip.File) string {
	if len(fs) == 0 {
		return "không có tệp nào"
	}
	return filepath.Base(fs[0].Name)
}

// sniffFile reads the start of the file at path and sniffs it.
func sniffFile(path string) (isWorkbook bool, err error) {
	fh, err := os.Open(path)
	if err != nil {
		return false, fmt.Errorf("mở tệp %s: %w", path, err)
	}
	head := make([]byte, 4096)
	n, _ := io.ReadFull(fh, head)
	fh.Close()
	head = head[:n]
	if err := sniff(path, head); err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	return IsWorkbook(head), nil
}
