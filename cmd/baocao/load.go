package main

import (
	"fmt"

	"baocao/report"
	"baocao/report/flow"
)

// load reads FILE: a report file or a workbook exported by this app,
// whichever it is.
func load(path string) (*report.Report, error) {
	return flow.Load(path)
}

// printNotes prints what reading FILE noticed without it being an error
// (a sheet deleted with nothing on it, a formula without its value).
func (c *cli) printNotes(path string, r *report.Report) {
	for _, n := range r.ReadNotes {
		fmt.Fprintf(c.stderr, "%s: lưu ý: %s\n", path, n)
	}
}
