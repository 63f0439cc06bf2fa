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
		{"có lỗi", []string{"finalize", "1"}, exitInput, "chưa chốt báo cáo 1: báo cáo còn"},
		{"sửa rồi lưu", []string{"save", writeSample(t, dir, "hanam.json", nil)}, exitOK, "lần lưu 2"},
		{"chốt", []string{"finalize", "1"}, exitOK, "đã chốt báo cáo 1"},
		{"lưu vào báo cáo đã chốt", []string{"save", filepath.Join(dir, "hanam.json")}, exitInput, "đã chốt"},
		{"danh sách", []string{"list"}, exitOK, "đã chốt"},
		{"mở lại", []string{"reopen", "1"}, exitOK, "đã mở lại báo cáo 1"},
		{"lưu sau khi mở lại", []string{"save", filepath.Join(dir, "hanam.json")}, exitOK, "đã lưu báo cáo 1"},
		{"không có báo cáo", []string{"finalize", "9"}, exitInput, "9"},
		{"thiếu mã", []string{"reopen"}, exitUsage, "ID"},
	}
	for _, tt := range tests {
		code, out, stderr := baocao(t, append(tt.args, "--db", db)...)
		if code != tt.wantCode || !strings.Contains(out+stderr, tt.want) {
			t.Errorf("%s: exit %d, muốn %d có %q\n%s%s", tt.name, code, tt.wantCode, tt.want, out, stderr)
		}
	}
}
