package flow

import (
	"baocao/report"
	"baocao/report/xlsx"
)

// Load reads a report file (JSON) or a workbook exported by the app,
// whichever the file is by its content. Errors name the file.
func Load(path string) (*report.Report, error) {
	return xlsx.LoadFile(path)
}

// LoadMany reads the lower units' files in parallel, in the order given;
// progress, when not nil, is called after each file (from the readers'
// goroutines).
func LoadMany(paths []string, progress func(done, total int)) []report.Source {
	return report.LoadMany(paths, Load, progress)
}
