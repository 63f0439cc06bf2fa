package pgtest

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestServerEndsWithTests: a test binary that dies (a panic) without
// calling Stop does not leave its server running.
func TestServerEndsWithTests(t *testing.T) {
	if os.Getenv("PGTEST_CHILD") == "1" {
		s, err := Start()
		if err != nil {
			t.Fatal(err)
		}
		os.Stdout.WriteString(s.dir + "\n")
		panic("a test that panics")
	}
	if runtime.GOOS != "linux" {
		t.Skip("the server is tied to the test binary's life on Linux only")
	}
	if _, err := bindir(); err != nil {
		Need(t, nil, err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestServerEndsWithTests$")
	cmd.Env = append(os.Environ(), "PGTEST_CHILD=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	if !sc.Scan() {
		cmd.Wait()
		t.Fatal("the child did not start a server")
	}
	dir := sc.Text()
	defer os.RemoveAll(dir)
	cmd.Wait()
	pid := filepath.Join(dir, "data", "postmaster.pid")
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(pid); os.IsNotExist(err) {
			return // the server shut down
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server of a dead test binary still runs (%s)", pid)
		}
	}
}
