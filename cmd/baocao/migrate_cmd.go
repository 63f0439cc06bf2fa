package main

import (
	"flag"
	"fmt"

	"baocao/report/store"
)

// migrate copies a local archive into a shared one (store.Copy).
func (c *cli) migrate(args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	from := fs.String("from", "", "kho nguồn (tệp .db)")
	to := fs.String("to", "", "kho đích (postgres://…)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 || *from == "" || *to == "" {
		return usagef("cần --from KHO.db --to postgres://…")
	}
	src, err := store.OpenReadOnly(*from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := store.Open(*to)
	if err != nil {
		return err
	}
	defer dst.Close()
	res, err := store.Copy(dst, src)
	if err != nil {
		return err
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(c.stderr, "bỏ qua: %s\n", s)
	}
	fmt.Fprintf(c.stdout, "đã chép %d báo cáo, %d lần lưu, %d danh sách đơn vị cấp dưới, %d phiên bản mẫu báo cáo từ %s sang %s\n",
		res.Reports, res.Revisions, res.Heads, res.Templates, src.Path(), dst.Path())
	if len(res.Skipped) > 0 {
		return errReported
	}
	return nil
}
