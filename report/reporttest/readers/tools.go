package readers

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// Required tells whether a missing reader fails the test instead of
// skipping it: in CI (CI set) and whenever BAOCAO_REQUIRE_TOOLS is set, a
// tool that the Makefile installs must be there.
func Required() bool { return os.Getenv("CI") != "" || os.Getenv("BAOCAO_REQUIRE_TOOLS") != "" }

// Missing skips the test, or fails it when tools are Required, saying
// which Debian package brings what is missing.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if Required() {
		t.Fatalf("a tool the tests need is missing (make test installs it): %s", msg)
	}
	t.Skip(msg)
}

// Need returns the path of a program a test reads our files with, or
// skips the test (fails it when tools are Required), naming the Debian
// package that brings it.
func Need(t testing.TB, program, debPackage string) string {
	t.Helper()
	p, err := exec.LookPath(program)
	if err != nil {
		Missing(t, "no %s (Debian package %s)", program, debPackage)
	}
	return p
}
