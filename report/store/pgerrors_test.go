package store

import (
	"errors"
	"strings"
	"testing"

	"baocao/report/store/pgtest"
)

// TestPGRefusals: the real server's refusals come in Vietnamese, naming
// what is missing (the database, the rights on the schema or a table),
// never blamed on the password, and without PostgreSQL's English text.
func TestPGRefusals(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	db, err := srv.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	// An archive made by the administrator, and roles without rights.
	if s, err := Open(srv.DSN(db, pgtest.Admin)); err != nil {
		t.Fatal(err)
	} else {
		s.Close()
	}
	empty, err := srv.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Exec("postgres", "CREATE ROLE no_schema LOGIN", "CREATE ROLE usage_only LOGIN", "CREATE ROLE no_tables LOGIN"); err != nil {
		t.Fatal(err)
	}
	if err := srv.Exec(empty, "REVOKE ALL ON SCHEMA public FROM PUBLIC", "GRANT USAGE ON SCHEMA public TO usage_only"); err != nil {
		t.Fatal(err)
	}
	if err := srv.Exec(db, "GRANT USAGE ON SCHEMA public TO no_tables"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, url string
		kind      error
		want      string
	}{
		{"no such database", srv.DSN("khong_co_csdl", pgtest.Admin), ErrNoDatabase, `máy chủ không có cơ sở dữ liệu "khong_co_csdl"`},
		{"no such role", srv.DSN(db, "khong_co_ai"), ErrDenied, `máy chủ không có tài khoản "khong_co_ai"`},
		{"no rights on the schema", srv.DSN(empty, "no_schema"), ErrDenied, "tài khoản không dùng được lược đồ (schema) nào"},
		{"usage but no create", srv.DSN(empty, "usage_only"), ErrDenied, `tài khoản chưa được cấp quyền trên lược đồ (schema) "public"`},
		{"no rights on the tables", srv.DSN(db, "no_tables"), ErrDenied, `tài khoản chưa được cấp quyền trên bảng "baocao_version"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(tc.url)
			if s != nil {
				s.Close()
			}
			if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%v; want %v with %q", err, tc.kind, tc.want)
			}
			msg := err.Error()
			for _, english := range []string{"does not exist", "permission denied", "no schema", "SQLSTATE", "failed to connect", "mật khẩu"} {
				if strings.Contains(msg, english) {
					t.Errorf("%q in %q", english, msg)
				}
			}
		})
	}
}
