package flow

import (
	"bytes"
	"errors"

	"baocao/report"
	"baocao/report/docx"
	"baocao/report/pdf"
	"baocao/report/xlsx"
)

// Format is a kind of file a report is exported to.
type Format struct {
	// Name names the format in messages ("PDF").
	Name string
	// Ext is the file name's extension (".pdf").
	Ext    string
	render func(r *report.Report, o Outputs) ([]byte, error)
}

// The formats of an export.
var (
	PDF = &Format{Name: "PDF", Ext: ".pdf", render: func(r *report.Report, o Outputs) ([]byte, error) {
		var b bytes.Buffer
		err := pdf.Write(&b, r, pdf.Options{Font: o.Font})
		return b.Bytes(), err
	}}
	Word = &Format{Name: "Word", Ext: ".docx", render: func(r *report.Report, _ Outputs) ([]byte, error) {
		var b bytes.Buffer
		err := docx.Write(&b, r)
		return b.Bytes(), err
	}}
	Excel = &Format{Name: "Excel", Ext: ".xlsx", render: func(r *report.Report, _ Outputs) ([]byte, error) {
		var b bytes.Buffer
		err := xlsx.Write(&b, r)
		return b.Bytes(), err
	}}
	JSON = &Format{Name: "báo cáo (.json)", Ext: ".json", render: func(r *report.Report, _ Outputs) ([]byte, error) {
		return report.Marshal(r)
	}}
)

// Outputs names the files of one export; an empty path is not written.
type Outputs struct {
	PDF, Excel, Word, JSON string
	// Font is a TrueType font file for the PDF ("": the embedded one).
	Font string
}

// Empty reports whether no file is asked for.
func (o Outputs) Empty() bool { return len(o.list()) == 0 }

type output struct {
	f    *Format
	path string
}

// list is the files asked for, in the order they are rendered and
// written.
func (o Outputs) list() []output {
	var l []output
	for _, x := range []output{{PDF, o.PDF}, {Excel, o.Excel}, {Word, o.Word}, {JSON, o.JSON}} {
		if x.path != "" {
			l = append(l, x)
		}
	}
	return l
}

// Check refuses, before any work, outputs that would destroy one of the
// inputs (the files the command reads: report files, workbooks, the font,
// the archive's file) or each other, or that cannot be a file (see
// report.CheckOutputs).
func (o Outputs) Check(inputs ...string) error {
	var outs []report.Output
	for _, x := range o.list() {
		outs = append(outs, report.Output{Kind: x.f.Name, Path: x.path})
	}
	if o.Font != "" {
		inputs = append(inputs, o.Font)
	}
	return report.CheckOutputs(inputs, outs)
}

// Export renders every file asked for into memory, then writes them all or
// none (report.WriteAll). It returns the paths written. The one error
// names the format, the file and the reason; then no file was written or
// changed.
func Export(r *report.Report, o Outputs) ([]string, error) {
	var files []report.PendingFile
	var paths []string
	for _, x := range o.list() {
		data, err := x.f.render(r, o)
		out := report.Output{Kind: x.f.Name, Path: x.path}
		if err != nil {
			// The renderers' errors start "xuất PDF: "; the message
			// names the format already.
			if inner := errors.Unwrap(err); inner != nil {
				err = inner
			}
			return nil, report.ExportFailed(out, err)
		}
		files = append(files, report.PendingFile{Output: out, Data: data})
		paths = append(paths, x.path)
	}
	if err := report.WriteAll(files); err != nil {
		return nil, err
	}
	return paths, nil
}
