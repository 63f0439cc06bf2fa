package main

import (
	"baocao/report"
	"baocao/report/flow"
)

// load reads FILE: a report file or a workbook exported by this app,
// whichever it is.
func load(path string, cat *report.Catalogue) (*report.Report, error) {
	return flow.Load(path, cat)
}
