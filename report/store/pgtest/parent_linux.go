package pgtest

import (
	"os/exec"
	"syscall"
)

// withParent makes the server shut down (fast) when the test binary dies
// without calling Stop (a panic in a test).
func withParent(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGINT
}
