package report

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteAll: every file or none, whichever step fails; the folder ends
// as it was, with no temporary file or backup left.
func TestWriteAll(t *testing.T) {
	for _, tc := range []struct {
		name     string
		failOn   int    // the rename that fails (1-based); 0: none
		badDir   int    // the file whose folder does not exist (1-based); 0: none
		want     string // in the error
		existing bool   // the targets hold old files
	}{
		{name: "all new"},
		{name: "all replaced", existing: true},
		{name: "second rename fails, new files", failOn: 2, want: "chưa ghi tệp nào: tệp Excel"},
		{name: "second rename fails, old files", failOn: 2, existing: true, want: "chưa ghi tệp nào: tệp Excel"},
		{name: "third rename fails, old files", failOn: 3, existing: true, want: "chưa ghi tệp nào: tệp Word"},
		{name: "first rename fails", failOn: 1, existing: true, want: "tệp PDF"},
		{name: "a temporary file cannot be made", badDir: 3, existing: true, want: "không tạo được tệp trong thư mục"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			files := []PendingFile{
				{Output{"PDF", filepath.Join(dir, "a.pdf")}, []byte("pdf mới")},
				{Output{"Excel", filepath.Join(dir, "a.xlsx")}, []byte("xlsx mới")},
				{Output{"Word", filepath.Join(dir, "a.docx")}, []byte("docx mới")},
			}
			if tc.badDir > 0 {
				files[tc.badDir-1].Path = filepath.Join(dir, "không-có", "a")
			}
			if tc.existing {
				for _, f := range files {
					os.WriteFile(f.Path, []byte("cũ "+f.Kind), 0o600)
				}
			}
			before := listDir(t, dir)
			n := 0
			renameFile = func(from, to string) error {
				n++
				if n == tc.failOn {
					return errors.New("giả lập: ổ đĩa bị rút ra")
				}
				return os.Rename(from, to)
			}
			defer func() { renameFile = os.Rename }()
			err := WriteAll(files)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range files {
					if b, _ := os.ReadFile(f.Path); string(b) != string(f.Data) {
						t.Errorf("%s = %q", f.Path, b)
					}
					if st, _ := os.Stat(f.Path); st.Mode().Perm() != 0o644 {
						t.Errorf("%s mode %v", f.Path, st.Mode())
					}
				}
				if got := listDir(t, dir); len(got) != len(files) {
					t.Errorf("left in the folder: %v", got)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if after := listDir(t, dir); strings.Join(after, ",") != strings.Join(before, ",") {
				t.Errorf("folder before %v, after %v", before, after)
			}
			for _, f := range files {
				b, err := os.ReadFile(f.Path)
				if tc.existing && tc.badDir == 0 && string(b) != "cũ "+f.Kind {
					t.Errorf("%s = %q (%v), want the old file", f.Path, b, err)
				}
				if !tc.existing && err == nil {
					t.Errorf("%s was left: %q", f.Path, b)
				}
			}
		})
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
