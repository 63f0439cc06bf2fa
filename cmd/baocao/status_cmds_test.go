package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A stored report is finalized and reopened from the command line as in
// the app: one with errors is refused, a final one takes no save.
func TestFinalizeReopen(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kho.db")
	bad := writeSample(t, dir, "thieu-ngay.json", func(s string) string {
		return strings.Replace(s, `"date": "2019-07-05"`, `"date": ""`, 1)
	})
	if code, _, stderr := baocao(t, "save", bad, "--db", db); code != exitOK {
		t.Fatalf("save: exit %d %s", code, stderr)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     string // in stdout or stderr
	}{
		{"finalize with errors", []string{"finalize", "1"}, exitInput, "chưa chốt báo cáo 1: báo cáo còn"},
		{"save a change", []string{"save", writeSample(t, dir, "hanam.json", nil)}, exitOK, "lần lưu 2"},
		{"finalize", []string{"finalize", "1"}, exitOK, "đã chốt báo cáo 1"},
		{"save into a final report", []string{"save", filepath.Join(dir, "hanam.json")}, exitInput, "đã chốt"},
		{"list", []string{"list"}, exitOK, "đã chốt"},
		{"reopen", []string{"reopen", "1"}, exitOK, "đã mở lại báo cáo 1"},
		{"save after reopening", []string{"save", filepath.Join(dir, "hanam.json")}, exitOK, "đã lưu báo cáo 1"},
		{"no such report", []string{"finalize", "9"}, exitInput, "9"},
		{"no ID", []string{"reopen"}, exitUsage, "ID"},
	}
	for _, tt := range tests {
		code, out, stderr := baocao(t, append(tt.args, "--db", db)...)
		if code != tt.wantCode || !strings.Contains(out+stderr, tt.want) {
			t.Errorf("%s: exit %d, want %d with %q\n%s%s", tt.name, code, tt.wantCode, tt.want, out, stderr)
		}
	}
}
