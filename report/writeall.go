package report

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// PendingFile is one file of an export, rendered in memory and not yet
// written.
type PendingFile struct {
	Output
	Data []byte
}

// WriteAll writes the files of one export all or none. Every file is first
// written whole to a temporary file beside its target (so a full disk or
// a folder without write access stops the export before anything is
// replaced); then each target that exists is kept as a backup (a hard
// link, or a copy where the file system has none) and the temporary files
// are renamed over their targets one after the other. When a rename fails,
// the targets already replaced are put back from their backups (or
// removed, where there was no file before) and the temporary files are
// removed, so that the folder is as it was. The error names the format,
// the file and the reason, and says that nothing was written.
func WriteAll(files []PendingFile) error {
	temps := make([]string, 0, len(files))
	defer func() {
		for _, t := range temps {
			os.Remove(t) // renamed ones are gone already
		}
	}()
	for _, f := range files {
		data := f.Data
		tmp, err := writeTemp(f.Path, 0o644, func(w io.Writer) error {
			_, err := w.Write(data)
			return osReason(err)
		})
		if err != nil {
			return ExportFailed(f.Output, err)
		}
		temps = append(temps, tmp)
	}
	// backups[i] is the old content of files[i].Path, "" where there was
	// no file.
	backups := make([]string, 0, len(files))
	rollback := func() error {
		var errs []error
		for i := len(backups) - 1; i >= 0; i-- {
			if err := restore(files[i].Path, backups[i]); err != nil {
				errs = append(errs, err)
			}
		}
		return errors.Join(errs...)
	}
	for i, f := range files {
		b, err := backup(f.Path)
		if err == nil {
			if err = renameFile(temps[i], f.Path); err != nil {
				err = fmt.Errorf("không thay được tệp (tệp có đang mở trong chương trình khác?): %w", err)
				if b != "" {
					os.Remove(b)
				}
			}
		}
		if err != nil {
			if rerr := rollback(); rerr != nil {
				return fmt.Errorf("%w; %v", ExportFailed(f.Output, err), rerr)
			}
			return ExportFailed(f.Output, err)
		}
		backups = append(backups, b)
	}
	for _, b := range backups {
		if b != "" {
			os.Remove(b)
		}
	}
	syncDirs(files)
	return nil
}

// ExportFailed is the one message of an export that failed on out: it
// names the format, the file and the reason, and says that no file was
// written.
func ExportFailed(out Output, err error) error {
	return fmt.Errorf("chưa ghi tệp nào: tệp %s %s: %w", out.Kind, out.Path, err)
}

// backup keeps the file at path under a temporary name beside it and
// returns that name; "" when there is no file at path.
func backup(path string) (string, error) {
	if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.bak")
	if err != nil {
		return "", fmt.Errorf("không giữ được bản cũ của tệp: %w", err)
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	if os.Link(path, name) == nil {
		return name, nil
	}
	// No hard links (FAT32, some network folders): a copy.
	err = copyFile(path, name)
	if err != nil {
		os.Remove(name)
		return "", fmt.Errorf("không giữ được bản cũ của tệp: %w", err)
	}
	return name, nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, st.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// restore puts back the old content of path from its backup, or removes
// path where there was none.
func restore(path, backup string) error {
	if backup == "" {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("không xóa được tệp %s vừa ghi: %w", path, err)
		}
		return nil
	}
	if err := os.Rename(backup, path); err != nil {
		return fmt.Errorf("không khôi phục được tệp %s (bản cũ còn ở %s): %w", path, backup, err)
	}
	return nil
}

// syncDirs makes the renames durable where the system allows it (a folder
// cannot be synced on Windows; nothing is lost then but the guarantee).
func syncDirs(files []PendingFile) {
	seen := map[string]bool{}
	for _, f := range files {
		dir := filepath.Dir(f.Path)
		if seen[dir] {
			continue
		}
		seen[dir] = true
		if d, err := os.Open(dir); err == nil {
			d.Sync()
			d.Close()
		}
	}
}
