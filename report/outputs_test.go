package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestCheckOutputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "s.json")
	other := filepath.Join(dir, "khac.json")
	ro := filepath.Join(dir, "chi-doc.pdf")
	old := filepath.Join(dir, "cu.pdf")
	for p, mode := range map[string]os.FileMode{in: 0o644, other: 0o644, ro: 0o444, old: 0o644} {
		if err := os.WriteFile(p, []byte("x"), mode); err != nil {
			t.Fatal(err)
		}
		os.Chmod(p, mode)
	}
	hard := filepath.Join(dir, "cung-tep.json")
	if err := os.Link(in, hard); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "lienket")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "gay")
	if err := os.Symlink(filepath.Join(dir, "không-có", "x"), broken); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "ong")
	if runtime.GOOS != "windows" {
		if out, err := exec.Command("mkfifo", fifo).CombinedOutput(); err != nil {
			t.Fatalf("mkfifo: %v %s", err, out)
		}
	}
	rel, err := filepath.Rel(mustGetwd(t), in)
	if err != nil {
		t.Fatal(err)
	}
	notYet := filepath.Join(dir, "moi.json")
	for _, tc := range []struct {
		name   string
		inputs []string
		outs   []Output
		want   string // "" = accepted
	}{
		{"new files", []string{in}, []Output{{"PDF", filepath.Join(dir, "a.pdf")}, {"Excel", filepath.Join(dir, "a.xlsx")}}, ""},
		{"replaces an ordinary file", []string{in}, []Output{{"PDF", old}}, ""},
		{"empty paths skipped", []string{"", in}, []Output{{"PDF", ""}, {"Word", ""}}, ""},
		{"the input itself", []string{in}, []Output{{"PDF", in}}, "đó là tệp đang đọc"},
		{"the input by another spelling", []string{in}, []Output{{"PDF", dir + "/./x/../s.json"}}, "đó là tệp đang đọc"},
		{"the input by a relative path", []string{in}, []Output{{"Excel", rel}}, "đó là tệp đang đọc"},
		{"the input through a hard link", []string{in}, []Output{{"PDF", hard}}, "đó là tệp đang đọc"},
		{"the input through a linked folder", []string{in}, []Output{{"PDF", filepath.Join(link, "s.json")}}, "đó là tệp đang đọc"},
		{"an input that does not exist yet", []string{notYet}, []Output{{"báo cáo (.json)", notYet}}, "đó là tệp đang đọc"},
		{"one of many inputs", []string{in, other}, []Output{{"Word", other}}, "khac.json"},
		{"two outputs, one file", []string{in}, []Output{{"PDF", filepath.Join(dir, "x")}, {"Excel", filepath.Join(dir, "x")}}, "tệp PDF và tệp Excel cùng ghi vào"},
		{"two outputs, one existing file by a link", []string{in}, []Output{{"PDF", old}, {"Word", filepath.Join(link, "cu.pdf")}}, "cùng ghi vào"},
		{"a folder", []string{in}, []Output{{"PDF", dir}}, "đó là một thư mục"},
		{"a device", []string{in}, []Output{{"PDF", os.DevNull}}, "đó là một thiết bị"},
		{"a read-only file", []string{in}, []Output{{"PDF", ro}}, "tệp chỉ đọc"},
		{"a link to nowhere", []string{in}, []Output{{"PDF", broken}}, "liên kết không dẫn tới"},
		{"a folder that does not exist", []string{in}, []Output{{"PDF", filepath.Join(dir, "không-có", "a.pdf")}}, "không có thư mục"},
		{"a fifo", []string{in}, []Output{{"PDF", fifo}}, "đường ống"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "a fifo" && runtime.GOOS == "windows" {
				t.Skip("no FIFO on Windows")
			}
			err := CheckOutputs(tc.inputs, tc.outs)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
	// Nothing was touched.
	for _, p := range []string{in, other, ro, old} {
		if b, err := os.ReadFile(p); err != nil || string(b) != "x" {
			t.Errorf("%s changed: %q %v", p, b, err)
		}
	}
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}
