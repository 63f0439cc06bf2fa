package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/store"
	"baocao/report/store/pgtest"
)

var (
	pg    *pgtest.Server
	pgErr error
)

// TestMain starts the throwaway PostgreSQL server of the shared-archive
// tests, and keeps journals out of the real configuration folder.
func TestMain(m *testing.M) { os.Exit(pgtest.Run(m, &pg, &pgErr)) }

// TestSharedArchiveCommands: every archive command with a postgres:// URL,
// in --db and in BAOCAO_DB; migrate, twice.
func TestSharedArchiveCommands(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	url := srv.Fresh(t)
	dir := t.TempDir()
	in := writeSample(t, dir, "hanam.json", nil)
	code, out, stderr := baocao(t, "save", in, "--db", url)
	if code != exitOK || !strings.Contains(out, "đã lưu báo cáo 1 (lần lưu 1)") {
		t.Fatalf("save: exit %d, %q %q", code, out, stderr)
	}
	if _, err := os.Stat("postgres:"); err == nil {
		t.Fatal("save with a URL made a local folder postgres:")
	}
	edited := writeSample(t, dir, "hanam-sua.json", func(s string) string {
		return strings.Replace(s, `"llct.lop": {"value": 35}`, `"llct.lop": {"value": 36}`, 1)
	})
	if code, out, stderr = baocao(t, "save", edited, "--db", url, "--note", "sửa số lớp"); code != exitOK || !strings.Contains(out, "lần lưu 2") {
		t.Fatalf("save again: exit %d, %q %q", code, out, stderr)
	}
	t.Setenv("BAOCAO_DB", url)
	code, out, _ = baocao(t, "list")
	if code != exitOK || !strings.Contains(out, "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM") || strings.Count(out, "\n") != 2 {
		t.Errorf("list with BAOCAO_DB: exit %d\n%s", code, out)
	}
	code, out, _ = baocao(t, "history", "1")
	if code != exitOK || !strings.Contains(out, "Lần 2") || !strings.Contains(out, "(tài khoản "+pgtest.Admin+")") || !strings.Contains(out, "sửa số lớp") || !strings.Contains(out, "35 → 36") {
		t.Errorf("history: exit %d\n%s", code, out)
	}
	back := filepath.Join(dir, "back.json")
	if code, _, stderr = baocao(t, "show", "1", "--db", url, "-o", back); code != exitOK {
		t.Fatalf("show: exit %d %s", code, stderr)
	}
	if r, err := report.ReadFile(back); err != nil || *r.Figures["llct.lop"].Value != 36 {
		t.Errorf("shown report: %v", err)
	}
	if code, _, stderr = baocao(t, "show", "99"); code != exitInput || !strings.Contains(stderr, "không tìm thấy") {
		t.Errorf("show 99: exit %d %q", code, stderr)
	}

	// consolidate --db reads the expected units from the shared archive.
	s, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	head := report.Sample()
	units := unitFiles(t, dir, 2)
	var expected []report.Organization
	for i := range units {
		expected = append(expected, report.Organization{Superior: fmt.Sprintf("HUYỆN ỦY SỐ %d", i+1), Name: "BAN TUYÊN GIÁO"})
	}
	expected = append(expected, report.Organization{Superior: "HUYỆN ỦY", Name: "BAN TUYÊN GIÁO CHƯA GỬI"})
	if err := s.SetExpectedUnits(head.Organization, expected); err != nil {
		t.Fatal(err)
	}
	s.Close()
	th := filepath.Join(dir, "th.json")
	code, _, stderr = baocao(t, append([]string{"consolidate", "--as", in, "-o", th, "--db", url}, units...)...)
	data, _ := os.ReadFile(th)
	if code != exitOK || !strings.Contains(string(data), "Tổng số đơn vị phải báo cáo: 3; đã gửi: 2") || !strings.Contains(string(data), "CHƯA GỬI") {
		t.Errorf("consolidate --db URL: exit %d, %q\n%s", code, stderr, data)
	}

	// migrate: a local archive into a new database, twice.
	local := filepath.Join(dir, "kho.db")
	for _, y := range []string{"2017", "2018"} {
		f := writeSample(t, dir, y+".json", func(s string) string { return strings.Replace(s, `"year": 2019`, `"year": `+y, 1) })
		if code, _, stderr := baocao(t, "save", f, "--db", local); code != exitOK {
			t.Fatalf("save %s: %s", y, stderr)
		}
	}
	url2 := srv.Fresh(t)
	code, out, stderr = baocao(t, "migrate", "--from", local, "--to", url2)
	if code != exitOK || !strings.Contains(out, "đã chép 2 báo cáo, 2 lần lưu") {
		t.Fatalf("migrate: exit %d %q %q", code, out, stderr)
	}
	code, out, stderr = baocao(t, "migrate", "--from", local, "--to", url2)
	if code != exitOK || !strings.Contains(out, "đã chép 0 báo cáo, 0 lần lưu") {
		t.Fatalf("migrate again: exit %d %q %q", code, out, stderr)
	}
	code, out, _ = baocao(t, "list", "--db", url2)
	if code != exitOK || strings.Count(out, "\n") != 3 {
		t.Errorf("list after migrating twice:\n%s", out)
	}
}

// TestServerDown: with no server, every archive command exits 1 with a
// Vietnamese message about the server and the connection.
func TestServerDown(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "hanam.json", nil)
	for _, url := range []string{
		"postgres://lan@/baocao?host=" + filepath.Join(dir, "khong-co-may-chu") + "&sslmode=disable",
		"postgresql://lan:bi-mat@127.0.0.1:1/baocao?connect_timeout=2",
	} {
		for _, args := range [][]string{{"save", in}, {"list"}, {"show", "1"}, {"history", "1"},
			{"consolidate", "--as", in, "-o", filepath.Join(dir, "th.json"), in}, {"migrate", "--from", filepath.Join(dir, "a.db"), "--to", url}} {
			if args[0] != "migrate" {
				args = append(args, "--db", url)
			} else {
				baocao(t, "save", in, "--db", filepath.Join(dir, "a.db"))
			}
			code, _, stderr := baocao(t, args...)
			if code != exitInput || !strings.Contains(stderr, "máy chủ") || !strings.Contains(stderr, "kết nối") {
				t.Errorf("%s with the server down: exit %d, %q", args[0], code, stderr)
			}
			if strings.Contains(stderr, "bi-mat") {
				t.Errorf("%s: the password shows in %q", args[0], stderr)
			}
		}
	}
}
