package main

import (
	"flag"
	"fmt"
	"os"

	"baocao/report/forms"
	"baocao/report/store"
)

// forms writes the fill-in forms for the lower units and prints each path.
func (c *cli) forms(args []string) error {
	fs := flag.NewFlagSet("forms", flag.ContinueOnError)
	headPath := fs.String("as", "", "báo cáo của đơn vị tổng hợp")
	dir := fs.String("out", "", "thư mục ghi biểu mẫu")
	unitsPath := fs.String("units", "", "danh sách đơn vị (CSV: superior,name,abbreviation,place)")
	db := fs.String("db", "", "kho dữ liệu (danh sách đơn vị phải báo cáo, số liệu cùng kỳ, mẫu báo cáo)")
	tmpl := fs.String("template", "", "mẫu báo cáo của báo cáo tổng hợp (mã, mã@phiên bản, hoặc tệp mẫu): đề cương và hướng dẫn")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) > 0:
		return usagef("forms không nhận tệp %s; dùng --as, --out, --units", pos[0])
	case *headPath == "":
		return usagef("cần --as HEAD.json (báo cáo của đơn vị tổng hợp)")
	case *dir == "":
		return usagef("cần --out DIR (thư mục ghi biểu mẫu)")
	}
	head, err := load(*headPath)
	if err != nil {
		return err
	}
	opt := forms.Options{Head: head, Dir: *dir}
	if *unitsPath != "" {
		if opt.Units, err = forms.ReadUnitsFile(*unitsPath); err != nil {
			return err
		}
	}
	if *db != "" || os.Getenv("BAOCAO_DB") != "" {
		var s *store.Store
		if s, err = openStore(*db); err != nil {
			return err
		}
		defer s.Close()
		opt.Store = s
	}
	if *tmpl != "" {
		if opt.Template, err = findTemplate(*tmpl, opt.Store); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("tạo thư mục %s: %w", *dir, err)
	}
	paths, err := forms.Write(opt)
	for _, p := range paths {
		fmt.Fprintln(c.stdout, p)
	}
	return err
}
