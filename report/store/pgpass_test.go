package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"baocao/report/store/pgtest"
)

// TestSavePassword: the password goes to a 0600 pgpass file, replaces an
// older one, and the driver finds it there for a URL without password.
func TestSavePassword(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	if err := srv.Exec("postgres", "CREATE ROLE "+pgtest.PasswordRole, "CREATE ROLE pw_clerk LOGIN PASSWORD 'mk:cũ\\1' IN ROLE "+pgtest.PasswordRole); err != nil {
		t.Fatal(err)
	}
	db, err := srv.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	srv.Exec(db, "GRANT ALL ON SCHEMA public TO pw_clerk")
	file := filepath.Join(t.TempDir(), "pgpass")
	t.Setenv("PGPASSFILE", file)
	os.WriteFile(file, []byte("khac:5432:*:ai:do\n"), 0o600)
	url := srv.DSN(db, "pw_clerk")
	if _, err := Open(url); !errors.Is(err, ErrDenied) {
		t.Fatalf("Open without the password: %v, want ErrDenied", err)
	}
	for _, pw := range []string{"sai", "mk:cũ\\1"} {
		path, err := SavePassword(url, pw)
		if err != nil || path != file {
			t.Fatalf("SavePassword = %q, %v", path, err)
		}
	}
	data, _ := os.ReadFile(file)
	if got := string(data); strings.Count(got, "\n") != 2 || !strings.HasPrefix(got, "khac:5432:*:ai:do\n") || !strings.Contains(got, `:pw_clerk:mk\:cũ\\1`) {
		t.Errorf("pgpass =\n%s", got)
	}
	if st, _ := os.Stat(file); runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("pgpass mode %v, want 0600", st.Mode().Perm())
	}
	s, err := Open(url)
	if err != nil {
		t.Fatalf("Open with the password in the pgpass file: %v", err)
	}
	s.Close()
	if Redact("postgres://u:secret@h/db?password=x&sslmode=require") != "postgres://u@h/db?sslmode=require" {
		t.Errorf("Redact = %q", Redact("postgres://u:secret@h/db?password=x&sslmode=require"))
	}
}
