package main

import (
	"flag"
	"fmt"

	"baocao/report"
	"baocao/report/flow"
)

func (c *cli) sample(args []string) error {
	if len(args) > 0 {
		return usagef("lệnh sample không nhận tham số")
	}
	data, err := report.Marshal(report.Sample())
	if err != nil {
		return err
	}
	_, err = c.stdout.Write(data)
	return err
}

// loadChecked reads FILE, prints its problems, and fails when there is an
// error among them.
func (c *cli) loadChecked(path string) (*report.Report, error) {
	r, err := load(path)
	if err != nil {
		return nil, err
	}
	c.printNotes(path, r)
	if c.printProblems(path, r.Validate()) {
		return nil, errReported
	}
	return r, nil
}

func (c *cli) validate(args []string) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp")
	}
	if _, err := c.loadChecked(pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s: hợp lệ\n", pos[0])
	return nil
}

func (c *cli) export(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	pdfOut := fs.String("pdf", "", "tệp PDF")
	xlsxOut := fs.String("xlsx", "", "tệp Excel")
	docxOut := fs.String("docx", "", "tệp Word")
	font := fs.String("font", "", "phông TTF")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp báo cáo")
	}
	if *pdfOut == "" && *xlsxOut == "" && *docxOut == "" {
		return usagef("cần --pdf OUT.pdf, --xlsx OUT.xlsx hoặc --docx OUT.docx")
	}
	if *font != "" && *pdfOut == "" {
		return usagef("--font chỉ dùng cùng --pdf")
	}
	out := flow.Outputs{PDF: *pdfOut, Excel: *xlsxOut, Word: *docxOut, Font: *font}
	if err := out.Check(pos[0]); err != nil {
		return err
	}
	r, err := c.loadChecked(pos[0])
	if err != nil {
		return err
	}
	return c.writeOutputs(r, out)
}

// writeOutputs writes the files of an export, all or none, and says which
// were written.
func (c *cli) writeOutputs(r *report.Report, out flow.Outputs) error {
	written, err := flow.Export(r, out)
	if err != nil {
		return err
	}
	for _, p := range written {
		fmt.Fprintf(c.stdout, "đã ghi %s\n", p)
	}
	return nil
}
