package report

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWritePrivateFileAtomic(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pgpass")
	err := WritePrivateFileAtomic(path, func(w io.Writer) error {
		// While it is being written, the temporary file is private.
		tmps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".pgpass.*.tmp"))
		for _, tmp := range tmps {
			if st, err := os.Stat(tmp); err != nil || st.Mode().Perm() != 0o600 {
				t.Errorf("temporary file %s: %v %v", tmp, st.Mode(), err)
			}
		}
		_, err := w.Write([]byte("h:5432:db:lan:matkhau\n"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("%v %v", st.Mode(), err)
	}
}
