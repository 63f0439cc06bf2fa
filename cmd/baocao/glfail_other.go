//go:build !windows

package main

import (
	"fmt"
	"os"
)

// showFatal writes the message to standard error (a terminal or the
// desktop's session log shows it).
func showFatal(title, text string) {
	fmt.Fprintf(os.Stderr, "\n%s\n\n%s\n", title, text)
}
