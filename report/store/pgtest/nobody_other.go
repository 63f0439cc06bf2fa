//go:build !unix

package pgtest

import "os/exec"

// asNobody does nothing where there is no root (Windows).
func asNobody(cmd *exec.Cmd) {}
