package main

import (
	"flag"

	"baocao/report"
	"baocao/report/flow"
)

func (c *cli) importBook(args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	out := fs.String("o", "", "tệp báo cáo ghi ra")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp Excel")
	}
	if err := (flow.Outputs{JSON: *out}).Check(pos[0]); err != nil {
		return err
	}
	r, err := load(pos[0])
	if err != nil {
		return err
	}
	c.printNotes(pos[0], r)
	// Problems of the content are shown, but a workbook is still turned
	// into a report file: the clerk fixes it in the app.
	c.printProblems(pos[0], r.Validate())
	if *out == "" {
		data, err := report.Marshal(r)
		if err != nil {
			return err
		}
		_, err = c.stdout.Write(data)
		return err
	}
	return c.writeOutputs(r, flow.Outputs{JSON: *out})
}
