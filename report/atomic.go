package report

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// WriteFileAtomic writes a file whole or not at all: write produces the
// content into a temporary file in the same folder, which is synced and
// then renamed over path. On any error the temporary file is removed and
// an existing file at path is left untouched.
func WriteFileAtomic(path string, write func(w io.Writer) error) error {
	return writeFileAtomic(path, 0o644, write)
}

// WritePrivateFileAtomic is WriteFileAtomic for a file only its owner may
// read (0600, a password file): it is never readable by others, not even
// for a moment before the rename.
func WritePrivateFileAtomic(path string, write func(w io.Writer) error) error {
	return writeFileAtomic(path, 0o600, write)
}

func writeFileAtomic(path string, mode os.FileMode, write func(w io.Writer) error) error {
	tmp, err := writeTemp(path, mode, write)
	if err != nil {
		return err
	}
	if err = renameFile(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("không thay được tệp %s (tệp có đang mở trong chương trình khác?): %w", path, err)
	}
	return nil
}

// renameFile is os.Rename; the tests of WriteAll make it fail.
var renameFile = os.Rename

// writeTemp writes a file beside path (same folder, so that a rename
// replaces path at once), synced and closed, readable by all (0644), and
// returns its name; mode 0600 keeps it private. On error nothing is left.
func writeTemp(path string, mode os.FileMode, write func(w io.Writer) error) (name string, err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("không tạo được tệp trong thư mục %s: %w", dir, osReason(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", fmt.Errorf("ghi tệp %s: %w", path, osReason(err))
	}
	if err = tmp.Close(); err != nil {
		return "", fmt.Errorf("ghi tệp %s: %w", path, osReason(err))
	}
	if err = os.Chmod(tmp.Name(), mode); err != nil {
		return "", fmt.Errorf("ghi tệp %s: %w", path, err)
	}
	return tmp.Name(), nil
}

// osReason says in Vietnamese why the system refused a file operation,
// for the usual reasons; it keeps err (errors.Is still works) and, for an
// unusual one, the system's own words.
func osReason(err error) error {
	var msg string
	switch {
	case errors.Is(err, syscall.ENOSPC):
		msg = "ổ đĩa đã đầy"
	case errors.Is(err, syscall.EROFS):
		msg = "ổ đĩa chỉ đọc"
	case errors.Is(err, fs.ErrPermission):
		msg = "không có quyền ghi vào đây"
	case errors.Is(err, fs.ErrNotExist):
		msg = "thư mục không có hoặc không tạo được tệp ở đó"
	default:
		return err
	}
	return &reasonError{msg, err}
}

type reasonError struct {
	msg string
	err error
}

func (e *reasonError) Error() string { return e.msg }
func (e *reasonError) Unwrap() error { return e.err }
