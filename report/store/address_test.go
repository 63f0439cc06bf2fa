package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckAddress(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" = accepted
	}{
		{"postgres://lan@127.0.0.1/baocao", ""},
		{"postgresql://lan:mk@h:5432/baocao?sslmode=require", ""},
		{"  POSTGRES://lan@h/baocao", ""},
		{"kho.db", ""},
		{`C:\Users\lan\kho.db`, ""},
		{"/srv/postgres/kho.db", ""},
		{"postgres/kho.db", ""},
		{"postgres.db", ""},
		{"báo cáo: kho.db", ""},
		{"postgresql:/lan@127.0.0.1/baocao", `sau tên giao thức phải là "://" (có ":/"); có phải là postgres://lan@127.0.0.1/baocao?`},
		{"postgres:lan@h/baocao", `(có ":"); có phải là postgres://lan@h/baocao?`},
		{`postgres:\\h\baocao`, "có phải là postgres://h/baocao?"},
		{"postgres;//h/baocao", `(có ";//")`},
		{"postgress://h/baocao", `tên giao thức "postgress" viết sai (phải là postgres); có phải là postgres://h/baocao?`},
		{"posgres://h/baocao", `tên giao thức "posgres" viết sai`},
		{"postgersql://h/db", `tên giao thức "postgersql" viết sai`},
		{"pgsql://h/db", `tên giao thức "pgsql" viết sai`},
		{"postgres:/lan:secretpw@h/db", "có phải là postgres://lan@h/db?"},
		{"host=h user=lan password=secretpw dbname=baocao", "hãy ghi địa chỉ dạng postgres://lan@h/baocao (mật khẩu không ghi vào đây"},
		{"host=h port=5433 dbname=bc sslmode=require", "postgres://h:5433/bc?sslmode=require"},
	} {
		err := CheckAddress(tc.in)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q refused: %v", tc.in, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrAddress)):
			t.Errorf("%q: %v, want %q", tc.in, err, tc.want)
		case err != nil && strings.Contains(err.Error(), "secretpw"):
			t.Errorf("%q: the password is in the message: %v", tc.in, err)
		}
	}
}

// A mistyped address is never a file: Open and DefaultPath make no folder
// and no file, and a password never becomes a file name.
func TestMistypedAddressIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	for _, a := range []string{"postgresql:/lan@127.0.0.1/baocao", "host=h user=lan password=secretpw dbname=baocao", "postgress://h/db"} {
		if s, err := Open(a); !errors.Is(err, ErrAddress) {
			if s != nil {
				s.Close()
			}
			t.Errorf("Open(%q) = %v, want ErrAddress", a, err)
		}
		t.Setenv("BAOCAO_DB", a)
		if p, err := DefaultPath(); !errors.Is(err, ErrAddress) || !strings.Contains(err.Error(), "BAOCAO_DB") {
			t.Errorf("DefaultPath with BAOCAO_DB=%q = %q, %v", a, p, err)
		}
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(entries) > 0 {
		t.Errorf("made: %v", entries)
	}
}
