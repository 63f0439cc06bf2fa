package report

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Output is a file an export is asked to write.
type Output struct {
	// Kind names the format in messages: "PDF", "Word", "Excel",
	// "báo cáo (.json)".
	Kind string
	Path string
}

// CheckOutputs refuses, before any work is done, outputs that would
// destroy something: an output that is one of the inputs (the same path,
// clean and absolute, or the same file through a link), two outputs that
// are one file, an existing output that is not a regular file (a folder,
// a device such as /dev/null, a pipe), an existing read-only file (by its
// permission bits, so also for an administrator, whom the system would let
// replace it), and an output whose folder does not exist. Outputs with an
// empty path are skipped. The error, in Vietnamese, names the format and
// the file.
func CheckOutputs(inputs []string, outs []Output) error {
	type file struct {
		name, path string
		info       os.FileInfo // nil when there is no file yet
	}
	identify := func(p string) file {
		f := file{name: p, path: cleanPath(p)}
		if st, err := os.Stat(p); err == nil {
			f.info = st
		}
		return f
	}
	same := func(a, b file) bool {
		if a.info != nil && b.info != nil && os.SameFile(a.info, b.info) {
			return true
		}
		return samePath(a.path, b.path)
	}
	var ins []file
	for _, in := range inputs {
		if in != "" {
			ins = append(ins, identify(in))
		}
	}
	var seen []file
	var seenOut []Output
	for _, o := range outs {
		if o.Path == "" {
			continue
		}
		f := identify(o.Path)
		for _, in := range ins {
			if same(f, in) {
				return fmt.Errorf("không ghi tệp %s vào %s: đó là tệp đang đọc (%s), ghi đè sẽ làm mất nó; hãy chọn tên khác", o.Kind, o.Path, in.name)
			}
		}
		for i, s := range seen {
			if same(f, s) {
				return fmt.Errorf("tệp %s và tệp %s cùng ghi vào %s; hãy chọn hai tên khác nhau", seenOut[i].Kind, o.Kind, o.Path)
			}
		}
		if err := checkTarget(o, f.info); err != nil {
			return err
		}
		seen = append(seen, f)
		seenOut = append(seenOut, o)
	}
	return nil
}

// checkTarget checks an output's folder and the file already there.
func checkTarget(o Output, st os.FileInfo) error {
	if st == nil {
		if _, err := os.Lstat(o.Path); err == nil {
			// A link that leads nowhere, or to something unreadable.
			return fmt.Errorf("không ghi tệp %s vào %s: đó là một liên kết không dẫn tới tệp nào", o.Kind, o.Path)
		}
		dir := filepath.Dir(o.Path)
		ds, err := os.Stat(dir)
		switch {
		case errors.Is(err, os.ErrNotExist):
			return fmt.Errorf("không ghi được tệp %s %s: không có thư mục %s", o.Kind, o.Path, dir)
		case err != nil:
			return fmt.Errorf("không ghi được tệp %s %s: %w", o.Kind, o.Path, err)
		case !ds.IsDir():
			return fmt.Errorf("không ghi được tệp %s %s: %s không phải thư mục", o.Kind, o.Path, dir)
		}
		return nil
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("không ghi tệp %s vào %s: đó là %s, không phải một tệp; hãy chọn tên tệp khác", o.Kind, o.Path, fileKind(st.Mode()))
	}
	if st.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("không ghi đè %s: tệp chỉ đọc (chỉ được đọc, không được sửa); hãy chọn tên khác hoặc bỏ thuộc tính chỉ đọc của tệp", o.Path)
	}
	return nil
}

// fileKind names what a non-regular file is.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "một thư mục"
	case m&os.ModeNamedPipe != 0:
		return "một đường ống (FIFO)"
	case m&os.ModeSocket != 0:
		return "một socket"
	case m&os.ModeDevice != 0 || m&os.ModeCharDevice != 0:
		return "một thiết bị"
	}
	return "một tệp đặc biệt"
}

// samePath compares two clean absolute paths as the system does: without
// regard to case on Windows and macOS.
func samePath(a, b string) bool {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return strings.EqualFold(a, b)
	}
	return a == b
}

// cleanPath is path made absolute and clean, with the symbolic links of
// its folder resolved (the file itself need not exist).
func cleanPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, base)
}
