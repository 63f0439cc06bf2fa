package main

import (
	"baocao/report"
	"baocao/report/flow"
	"baocao/report/xlsx"
)

// load reads FILE: a report file or a workbook exported by this app,
// whichever it is.
func load(path string) (*report.Report, error) {
	return flow.Load(path)
}

func writeXLSX(path string, r *report.Report) error {
	return xlsx.WriteFile(path, r)
}
