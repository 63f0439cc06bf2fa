//go:build unix

package pgtest

import (
	"os/exec"
	"syscall"
)

// asNobody makes cmd run as the user nobody (65534).
func asNobody(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Credential = &syscall.Credential{Uid: 65534, Gid: 65534}
}
