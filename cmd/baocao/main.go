// Command baocao is the Báo cáo sơ kết program: with no arguments it opens
// the desktop app; with a command it works on report files from the
// command line (shared/spec/report-file.md).
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
