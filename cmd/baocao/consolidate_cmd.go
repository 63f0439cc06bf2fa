package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"baocao/report"
	"baocao/report/flow"
)

func (c *cli) consolidate(args []string) error {
	fs := flag.NewFlagSet("consolidate", flag.ContinueOnError)
	headPath := fs.String("as", "", "báo cáo của đơn vị tổng hợp")
	pdfOut := fs.String("pdf", "", "tệp PDF")
	xlsxOut := fs.String("xlsx", "", "tệp Excel")
	docxOut := fs.String("docx", "", "tệp Word")
	jsonOut := fs.String("o", "", "tệp báo cáo")
	font := fs.String("font", "", "phông TTF")
	skipBad := fs.Bool("skip-bad", false, "bỏ qua tệp không đọc được")
	db := fs.String("db", "", "kho dữ liệu giữ danh sách đơn vị phải báo cáo")
	deadline := fs.String("deadline", "", "hạn gửi báo cáo (YYYY-MM-DD)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *headPath == "" {
		return usagef("cần --as HEAD.json (báo cáo của đơn vị tổng hợp)")
	}
	if len(files) == 0 {
		return usagef("cần ít nhất một tệp báo cáo của đơn vị cấp dưới")
	}
	var opt report.ConsolidateOptions
	if opt.Deadline, err = flow.ParseDeadline(*deadline); err != nil {
		return usagef("--deadline: %v", err)
	}
	out := flow.Outputs{PDF: *pdfOut, Excel: *xlsxOut, Word: *docxOut, JSON: *jsonOut, Font: *font}
	inputs := append([]string{*headPath}, files...)
	if db := archivePath(*db); db != "" {
		inputs = append(inputs, db)
	}
	if err := out.Check(inputs...); err != nil {
		return err
	}
	head, err := load(*headPath)
	if err != nil {
		return err
	}
	if *db != "" || os.Getenv("BAOCAO_DB") != "" {
		s, err := openStore(*db)
		if err != nil {
			return err
		}
		opt.Expected, err = s.ExpectedUnits(head.Organization)
		s.Close()
		if err != nil {
			return err
		}
	}

	sources := flow.LoadMany(files, nil)
	bad := 0
	for _, s := range sources {
		if s.Err != nil {
			bad++
			fmt.Fprintf(c.stderr, "%s: không đọc được: %v\n", filepath.Base(s.Name), s.Err)
		}
	}
	if bad > 0 && !*skipBad {
		fmt.Fprintf(c.stderr, "%d tệp không đọc được; không tổng hợp (dùng --skip-bad để bỏ qua các tệp này)\n", bad)
		return errReported
	}
	res := flow.Consolidate(head, sources, opt)
	for _, n := range res.Notices {
		if n.Source != "" && isReadError(sources, n.Source) {
			continue // already listed above
		}
		fmt.Fprintln(c.stderr, n)
	}
	fmt.Fprintf(c.stderr, "đã tổng hợp %d đơn vị từ %d tệp\n", len(res.Used), len(files))
	if len(res.Used) == 0 {
		fmt.Fprintln(c.stderr, "không có báo cáo nào để tổng hợp")
		return errReported
	}
	if c.printProblems("báo cáo tổng hợp", res.Report.Validate()) {
		return errReported
	}
	if out.Empty() {
		data, err := report.Marshal(res.Report)
		if err != nil {
			return err
		}
		_, err = c.stdout.Write(data)
		return err
	}
	return c.writeOutputs(res.Report, out)
}

func isReadError(sources []report.Source, name string) bool {
	for _, s := range sources {
		if s.Name == name && s.Err != nil {
			return true
		}
	}
	return false
}
