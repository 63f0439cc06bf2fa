package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
)

// TestArchiveCommands: save a report file, list it, show it back, save an
// edited version and see both revisions in its history.
func TestArchiveCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kho.db")
	in := writeSample(t, dir, "hanam.json", nil)
	code, out, stderr := baocao(t, "save", in, "--db", db)
	if code != exitOK || !strings.Contains(out, "đã lưu báo cáo 1 (lần lưu 1)") {
		t.Fatalf("save: exit %d, %q %q", code, out, stderr)
	}
	edited := writeSample(t, dir, "hanam-sua.json", func(s string) string {
		return strings.Replace(s, `"llct.lop": {"value": 35}`, `"llct.lop": {"value": 36}`, 1)
	})
	if code, out, stderr = baocao(t, "save", edited, "--db", db, "--note", "sửa số lớp"); code != exitOK || !strings.Contains(out, "lần lưu 2") {
		t.Fatalf("save again: exit %d, %q %q", code, out, stderr)
	}
	code, out, _ = baocao(t, "list", "--db", db)
	if code != exitOK || !strings.Contains(out, "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM") || !strings.Contains(out, "6 tháng đầu năm 2019") || strings.Count(out, "\n") != 2 {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	code, out, _ = baocao(t, "history", "1", "--db", db)
	if code != exitOK || !strings.Contains(out, "Lần 2") || !strings.Contains(out, "sửa số lớp") || !strings.Contains(out, "35 → 36") {
		t.Errorf("history: exit %d\n%s", code, out)
	}
	back := filepath.Join(dir, "back.json")
	if code, _, stderr = baocao(t, "show", "1", "--db", db, "-o", back); code != exitOK {
		t.Fatalf("show: exit %d %s", code, stderr)
	}
	r, err := report.ReadFile(back)
	if err != nil || *r.Figures["llct.lop"].Value != 36 {
		t.Errorf("shown report: %v, %v", r.Figures["llct.lop"], err)
	}
	// The environment variable names the archive too.
	t.Setenv("BAOCAO_DB", db)
	if code, out, _ = baocao(t, "list"); code != exitOK || !strings.Contains(out, "HÀ NAM") {
		t.Errorf("list with BAOCAO_DB: exit %d %q", code, out)
	}
	// Unknown report, and an archive that is not one: Vietnamese errors,
	// exit 1, and the file untouched.
	if code, _, stderr = baocao(t, "show", "99", "--db", db); code != exitInput || stderr == "" {
		t.Errorf("show 99: exit %d %q", code, stderr)
	}
	bogus := filepath.Join(dir, "khong-phai.db")
	os.WriteFile(bogus, []byte("đây không phải cơ sở dữ liệu"), 0o644)
	if code, _, stderr = baocao(t, "list", "--db", bogus); code != exitInput || !strings.Contains(stderr, "khong-phai.db") {
		t.Errorf("bogus archive: exit %d %q", code, stderr)
	}
	if b, _ := os.ReadFile(bogus); string(b) != "đây không phải cơ sở dữ liệu" {
		t.Error("a file that is not an archive was changed")
	}
}
