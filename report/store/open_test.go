package store

import (
	"bytes"
	"database/sql"
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// archiveFile creates an archive holding a few reports and returns its
// path, closed (checkpointed: the whole archive is in the one file).
func archiveFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "baocao.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for y := 2000; y < 2030; y++ {
		if _, err := s.Create(sample(y), SaveOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// rawExec runs SQL on the file behind the archive's back.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOpenRefusesAndKeepsFile(t *testing.T) {
	newer := archiveFile(t)
	rawExec(t, newer, "PRAGMA user_version = 99")

	truncated := archiveFile(t)
	data := readFile(t, truncated)
	os.WriteFile(truncated, data[:len(data)/2], 0o644)

	truncatedOdd := archiveFile(t)
	data = readFile(t, truncatedOdd)
	os.WriteFile(truncatedOdd, data[:len(data)-1000], 0o644)

	garbage := filepath.Join(t.TempDir(), "rac.db")
	junk := make([]byte, 64<<10)
	rand.New(rand.NewSource(1)).Read(junk)
	os.WriteFile(garbage, junk, 0o644)

	short := filepath.Join(t.TempDir(), "ngan.db")
	os.WriteFile(short, []byte("SQLite format 3\x00abc"), 0o644)

	text := filepath.Join(t.TempDir(), "baocao.json")
	os.WriteFile(text, []byte(`{"format": "baocao.report/1"}`), 0o644)

	foreign := filepath.Join(t.TempDir(), "khac.db")
	rawExec(t, foreign, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO customers VALUES (1, 'x')")

	// A page in the middle overwritten: the header is fine, a table is not.
	damaged := archiveFile(t)
	data = readFile(t, damaged)
	for i := 4096; i < 3*4096 && i < len(data); i++ {
		data[i] = 0xA5
	}
	os.WriteFile(damaged, data, 0o644)

	for _, tc := range []struct {
		name, path string
		is         error
		says       string
	}{
		{"newer version", newer, ErrNewerVersion, "phiên bản mới hơn"},
		{"truncated in half", truncated, ErrCorrupt, "cắt cụt"},
		{"truncated off a page", truncatedOdd, ErrCorrupt, "cắt cụt"},
		{"random bytes", garbage, ErrCorrupt, "không có phần đầu"},
		{"header only", short, ErrCorrupt, "cắt cụt"},
		{"a report file", text, ErrCorrupt, "không phải kho báo cáo"},
		{"another program's database", foreign, ErrCorrupt, "chương trình khác"},
		{"damaged pages", damaged, ErrCorrupt, "hỏng"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := readFile(t, tc.path)
			s, err := Open(tc.path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("error = %v, want %v", err, tc.is)
			}
			msg := err.Error()
			t.Log(msg)
			if !strings.Contains(msg, tc.path) || !strings.Contains(msg, tc.says) {
				t.Errorf("message %q should name the file and say %q", msg, tc.says)
			}
			if after := readFile(t, tc.path); !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
			if _, err := OpenReadOnly(tc.path); !errors.Is(err, tc.is) {
				t.Errorf("OpenReadOnly error = %v, want %v", err, tc.is)
			}
		})
	}
}

func TestOpenEmptyFileIsNew(t *testing.T) {
	// A crash between creating the file and writing to it leaves it empty.
	path := filepath.Join(t.TempDir(), "baocao.db")
	os.WriteFile(path, nil, 0o644)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Create(sample(2019), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	var mode string
	var version, app int
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	s.db.QueryRow("PRAGMA application_id").Scan(&app)
	if mode != "wal" || version != schemaVersion || app != applicationID {
		t.Errorf("journal_mode %q, user_version %d, application_id %#x", mode, version, app)
	}
	var sync int
	s.db.QueryRow("PRAGMA synchronous").Scan(&sync)
	if sync != 2 {
		t.Errorf("synchronous = %d, want 2 (FULL)", sync)
	}
}

func TestOpenFolderIsAFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tailieu")
	os.WriteFile(file, []byte("x"), 0o644)
	_, err := Open(filepath.Join(file, "baocao.db"))
	if err == nil || !strings.Contains(err.Error(), "không tạo được thư mục") || !strings.Contains(err.Error(), file) {
		t.Errorf("error = %v, want a Vietnamese message naming %s", err, file)
	}
	_, err = Open(dir)
	if err == nil || !strings.Contains(err.Error(), "là một thư mục") {
		t.Errorf("opening a folder: %v", err)
	}
	if _, err := Open(" "); err == nil || !strings.Contains(err.Error(), "chưa có đường dẫn") {
		t.Errorf("empty path: %v", err)
	}
}

// immutable makes a file or folder unwritable even for root (chattr +i),
// or skips the test.
func immutable(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath("chattr"); err != nil {
		t.Skip("chattr (Debian package e2fsprogs) is needed to make a file read-only for root")
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("chattr +i %s: %v %s (file system without the immutable flag?)", path, err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

func TestOpenReadOnlyFileAndFolder(t *testing.T) {
	path := archiveFile(t)
	immutable(t, path)
	_, err := Open(path)
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "chỉ đọc") || !strings.Contains(err.Error(), path) {
		t.Errorf("read-only file: %v", err)
	}

	dir := filepath.Join(t.TempDir(), "khoa")
	os.Mkdir(dir, 0o755)
	immutable(t, dir)
	_, err = Open(filepath.Join(dir, "baocao.db"))
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "không ghi được") || !strings.Contains(err.Error(), dir) {
		t.Errorf("read-only folder: %v", err)
	}
}

func TestOpenReadOnly(t *testing.T) {
	path := archiveFile(t)
	before := readFile(t, path)
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil || len(list) != 30 {
		t.Fatalf("List = %d entries, %v", len(list), err)
	}
	r, _, err := s.Get(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Update(list[0].ID, withFigure(r, "llct.lop", 1), SaveOptions{})
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "chỉ đọc") {
		t.Errorf("write on a read-only archive: %v", err)
	}
	// SQLite itself refuses too (mode=ro), and that is explained as well.
	s.readOnly = false
	_, err = s.Update(list[0].ID, withFigure(r, "llct.lop", 1), SaveOptions{})
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "chỉ đọc") {
		t.Errorf("write refused by SQLite: %v", err)
	}
	if !strings.HasPrefix(err.Error(), "lưu báo cáo ") {
		t.Errorf("message %q should say what failed", err)
	}
	s.Close()
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("a read-only open changed the file")
	}
	if _, err := OpenReadOnly(filepath.Join(t.TempDir(), "chua-co.db")); !errors.Is(err, ErrNotFound) {
		t.Errorf("OpenReadOnly of a missing file: %v", err)
	}
}

func TestOpenOddPath(t *testing.T) {
	// Spaces, Vietnamese letters and URI characters in the path.
	dir := filepath.Join(t.TempDir(), "Nguyễn Văn A", "dữ liệu #1 ?x=1&y=%20")
	path := filepath.Join(dir, "kho báo cáo.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(sample(2019), SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the database is not at %s: %v", path, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files in the folder after Close: %q, want only the database", names)
	}
}

func TestBusy(t *testing.T) {
	old := busyTimeout
	busyTimeout = 200 * time.Millisecond
	defer func() { busyTimeout = old }()
	s, _ := openTemp(t)
	id, _ := s.Create(sample(2019), SaveOptions{})

	// Another copy of the app holds the write lock.
	other, err := sql.Open("sqlite", s.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	if _, err := other.Exec("BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = s.Update(id, withFigure(sample(2019), "llct.lop", 1), SaveOptions{})
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "cơ sở dữ liệu đang bận") {
		t.Errorf("save while another writer holds the lock: %v, want ErrBusy", err)
	}
	if waited := time.Since(start); waited < 150*time.Millisecond {
		t.Errorf("gave up after %v, should wait for the busy timeout", waited)
	}
	// Reading still works, and the save goes through once the other is done.
	if _, err := s.List(); err != nil {
		t.Errorf("List while another writes: %v", err)
	}
	other.Exec("ROLLBACK")
	if _, err := s.Update(id, withFigure(sample(2019), "llct.lop", 1), SaveOptions{}); err != nil {
		t.Errorf("save after the lock is released: %v", err)
	}
}

func TestMigrationIsIdempotent(t *testing.T) {
	path := archiveFile(t)
	for i := 0; i < 3; i++ {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if list, _ := s.List(); len(list) != 30 {
			t.Fatalf("open %d: %d reports", i, len(list))
		}
		s.Close()
	}
}
