//go:build !linux

package pgtest

import "os/exec"

// withParent does nothing where the system cannot tie a process to its
// parent's life.
func withParent(cmd *exec.Cmd) {}
