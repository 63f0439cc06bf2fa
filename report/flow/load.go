package flow

import (
	"bytes"
	"io"
	"os"

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

// IsTemplateFile reports whether the file at path is a template file
// (its JSON names the format baocao.template/…), by its first bytes.
func IsTemplateFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return bytes.Contains(head[:n], []byte(`"baocao.template/`))
}
