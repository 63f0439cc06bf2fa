package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report/store/pgtest"
)

// TestMistypedArchiveAddress: a mistyped server address, in --db or in
// BAOCAO_DB, is an error that says what is wrong; no folder or file is
// made (the postgresql: folder, a file named after the password).
func TestMistypedArchiveAddress(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "s.json", nil)
	wd, _ := os.Getwd()
	work := filepath.Join(dir, "lam-viec")
	os.Mkdir(work, 0o755)
	if err := os.Chdir(work); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	for _, tc := range []struct{ addr, want string }{
		{"postgresql:/lan@127.0.0.1/baocao", `địa chỉ kho dùng chung sai: sau tên giao thức phải là "://" (có ":/"); có phải là postgres://lan@127.0.0.1/baocao?`},
		{"host=h user=lan password=secretpw dbname=baocao", "hãy ghi địa chỉ dạng postgres://lan@h/baocao"},
		{"postgress://lan@h/baocao", `tên giao thức "postgress" viết sai`},
	} {
		for _, args := range [][]string{{"save", in, "--db", tc.addr}, {"list", "--db", tc.addr}} {
			code, stdout, stderr := baocao(t, args...)
			if code != exitInput || stdout != "" || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "secretpw") {
				t.Errorf("%v: exit %d, %q %q; want %q", args, code, stdout, stderr, tc.want)
			}
		}
		t.Setenv("BAOCAO_DB", tc.addr)
		code, _, stderr := baocao(t, "list")
		if code != exitInput || !strings.Contains(stderr, "biến môi trường BAOCAO_DB: địa chỉ kho dùng chung sai") || !strings.Contains(stderr, tc.want) {
			t.Errorf("BAOCAO_DB=%q: exit %d, %q", tc.addr, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(work); len(entries) > 0 {
		t.Errorf("made in the working folder: %v", entries[0].Name())
	}
}

// TestArchiveRefusalsInVietnamese: a database that does not exist is
// named as such, not blamed on the password.
func TestArchiveRefusalsInVietnamese(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	code, _, stderr := baocao(t, "list", "--db", srv.DSN("khong_co_csdl", pgtest.Admin))
	if code != exitInput || !strings.Contains(stderr, `máy chủ không có cơ sở dữ liệu "khong_co_csdl"`) || strings.Contains(stderr, "mật khẩu") || strings.Contains(stderr, "does not exist") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}
