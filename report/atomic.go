package report

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFileAtomic writes a file whole or not at all: write produces the
// content into a temporary file in the same folder, which is synced and
// then renamed over path. On any error the temporary file is removed and
// an existing file at path is left untouched.
func WriteFileAtomic(path string, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("không tạo được tệp trong thư mục %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("ghi tệp %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("ghi tệp %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("ghi tệp %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("không thay được tệp %s (tệp có đang mở trong chương trình khác?): %w", path, err)
	}
	return nil
}
