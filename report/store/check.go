package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// sqliteMagic opens every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// checkPlace makes sure, before SQLite touches anything, that the archive
// can live at abs: the folder exists (or is created) and, unless readOnly,
// can be written; an existing file is an undamaged SQLite database.
func checkPlace(abs string, readOnly bool) error {
	dir := filepath.Dir(abs)
	if !readOnly {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			if isReadOnlyErr(err) {
				return fmt.Errorf("không tạo được thư mục %s cho kho báo cáo: %w", dir, &dbError{kind: ErrReadOnly, cause: err})
			}
			return fmt.Errorf("không tạo được thư mục %s cho kho báo cáo (có một tệp trùng tên trên đường dẫn?): %w", dir, err)
		}
	}
	st, err := os.Stat(abs)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("mở kho báo cáo %s: đây là một thư mục, không phải tệp cơ sở dữ liệu", abs)
	case err == nil:
		if err := checkFile(abs, st.Size()); err != nil {
			return err
		}
	case errors.Is(err, fs.ErrNotExist) && readOnly:
		return fmt.Errorf("mở kho báo cáo %s: %w", abs, &dbError{kind: ErrNotFound, cause: err})
	case errors.Is(err, fs.ErrNotExist):
	default:
		return fmt.Errorf("mở kho báo cáo %s: không truy cập được tệp: %w", abs, err)
	}
	if readOnly {
		return nil
	}
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		if isReadOnlyErr(err) {
			return fmt.Errorf("tệp %s chỉ đọc hoặc không có quyền ghi; hãy bỏ thuộc tính chỉ đọc, hoặc chép tệp sang thư mục khác: %w", abs, &dbError{kind: ErrReadOnly, cause: err})
		}
		return fmt.Errorf("không mở được tệp %s để ghi: %w", abs, err)
	}
	f.Close()
	// SQLite keeps its journal (-wal, -shm) next to the database.
	probe, err := os.CreateTemp(dir, ".baocao-*.probe")
	if err != nil {
		return fmt.Errorf("thư mục %s không ghi được (kho báo cáo cần tạo tệp nhật ký bên cạnh %s); hãy chọn thư mục khác: %w", dir, filepath.Base(abs), &dbError{kind: ErrReadOnly, cause: err})
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

func isReadOnlyErr(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// checkFile refuses a file that cannot be an intact SQLite database: not
// one at all, or cut short (a copy that did not finish, a damaged disk).
// An empty file is a database that was never written.
func checkFile(abs string, size int64) error {
	if size == 0 {
		return nil
	}
	corrupt := func(format string, args ...any) error {
		return fmt.Errorf("mở kho báo cáo %s: %w", abs, &dbError{kind: ErrCorrupt, cause: fmt.Errorf(format, args...)})
	}
	f, err := os.Open(abs)
	if err != nil {
		return fmt.Errorf("mở kho báo cáo %s: không đọc được tệp: %w", abs, err)
	}
	defer f.Close()
	hdr := make([]byte, 100)
	n, err := io.ReadFull(f, hdr)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return fmt.Errorf("mở kho báo cáo %s: không đọc được tệp: %w", abs, err)
	}
	if !bytes.HasPrefix(hdr[:n], []byte(sqliteMagic)) {
		return corrupt("tệp không có phần đầu của cơ sở dữ liệu SQLite")
	}
	if n < len(hdr) {
		return corrupt("tệp bị cắt cụt (%d byte)", size)
	}
	pageSize := int64(binary.BigEndian.Uint16(hdr[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return corrupt("kích thước trang %d không hợp lệ", pageSize)
	}
	// With a write-ahead log the file may legitimately be behind its log:
	// SQLite itself replays the log.
	if st, err := os.Stat(abs + "-wal"); err == nil && st.Size() > 0 {
		return nil
	}
	if size%pageSize != 0 {
		return corrupt("tệp bị cắt cụt (%d byte, không tròn trang %d byte)", size, pageSize)
	}
	pages := int64(binary.BigEndian.Uint32(hdr[28:32]))
	if pages > 0 && bytes.Equal(hdr[24:28], hdr[92:96]) && pages*pageSize > size {
		return corrupt("tệp bị cắt cụt (%d byte, cần %d byte)", size, pages*pageSize)
	}
	return nil
}
