package xlsx

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/docx"
	"baocao/report/pdf"
	"baocao/report/reporttest/readers"
)

// TestLoadFileNamesTheKind: a file that is neither a report file nor a
// workbook, whatever its name, is named for what it is (never "JSON sai
// cú pháp"); an OpenDocument spreadsheet made by LibreOffice gets how to
// save it as .xlsx; a report file named .xlsx still loads.
func TestLoadFileNamesTheKind(t *testing.T) {
	dir := t.TempDir()
	r := report.Sample()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	book := write("that.xlsx", export(t, r))
	readers.Convert(t, book, "ods", dir)
	ods, err := os.ReadFile(filepath.Join(dir, "that.ods"))
	if err != nil {
		t.Fatal(err)
	}
	var pdfData, docxData bytes.Buffer
	if err := pdf.Write(&pdfData, r, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := docx.Write(&docxData, r); err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 4000)
	rand.Read(random)
	random[0] = 0x01 // not a '{' by chance
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	w, _ := zw.Create("anh/ảnh-1.jpg")
	w.Write([]byte("x"))
	zw.Close()
	jsonData, err := report.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"bang-tinh.xlsx", ods, `đây là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice), chương trình chỉ đọc .xlsx; hãy mở tệp bằng LibreOffice Calc, chọn Tệp > Lưu thành, kiểu "Excel 2007-365 (.xlsx)"`},
		{"bang-tinh.ods", ods, "đây là bảng tính OpenDocument"},
		{"bao-cao.xlsx", pdfData.Bytes(), "đây là tệp PDF, không phải tệp báo cáo (.json) hay tệp Excel (.xlsx)"},
		{"van-ban.xlsx", docxData.Bytes(), "đây là văn bản Word (.docx)"},
		{"so-lieu.xlsx", []byte("superior;name\r\nHUYỆN ỦY;BAN\r\n"), "đây là tệp CSV"},
		{"ghi-chu.json", []byte("Báo cáo của huyện\r\nxem tệp đính kèm\r\n"), "đây là tệp văn bản thường"},
		{"ngau-nhien.xlsx", random, "nội dung tệp là dữ liệu lạ"},
		{"nen.xlsx", z.Bytes(), "đây là tệp nén zip chứa 1 tệp khác (ảnh-1.jpg…)"},
		{"cu.xlsx", append(append([]byte{}, oleMagic...), make([]byte, 4096)...), "tệp Excel kiểu cũ (.xls"},
	} {
		p := write(tc.name, tc.data)
		_, err := LoadFile(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), p+": ") {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "JSON") {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	for _, name := range []string{"bao-cao.xlsx", "bao-cao.json"} {
		if _, err := LoadFile(write(name, jsonData)); err != nil {
			t.Errorf("a report file named %s: %v", name, err)
		}
	}
	if _, err := LoadFile(book); err != nil {
		t.Errorf("the workbook: %v", err)
	}
}
