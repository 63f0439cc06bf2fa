package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"

	"baocao/report"
	"baocao/report/flow"
	"baocao/report/store"
)

// openStore opens the archive named by --db, or BAOCAO_DB, or the default.
func openStore(path string) (*store.Store, error) {
	if path == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	return store.Open(path)
}

// archivePath is the file of the archive named by --db (or BAOCAO_DB):
// an input that no output may replace; "" for a shared archive (a URL)
// or when none is named.
func archivePath(db string) string {
	if db == "" {
		db = os.Getenv("BAOCAO_DB")
	}
	if db == "" || store.IsURL(db) {
		return ""
	}
	return db
}

func (c *cli) save(args []string) error {
	fs := flag.NewFlagSet("save", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	note := fs.String("note", "", "ghi chú lần lưu")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp báo cáo")
	}
	r, err := load(pos[0])
	if err != nil {
		return err
	}
	c.printNotes(pos[0], r)
	c.printProblems(pos[0], r.Validate())
	s, err := openStore(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	if *note == "" {
		*note = "Lưu từ tệp " + pos[0]
	}
	id, rev, err := s.Put(r, store.SaveOptions{Author: flow.User(), Note: *note})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "đã lưu báo cáo %d (lần lưu %d): %s, %s\n", id, rev, r.Organization.Label(), r.Period.Name())
	return nil
}

func (c *cli) list(args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return usagef("lệnh list không nhận tham số")
	}
	s, err := openStore(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	entries, err := s.List()
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tĐơn vị\tKỳ báo cáo\tSố\tTrạng thái\tLần lưu cuối")
	for _, e := range entries {
		org := report.Organization{Superior: e.Superior, Name: e.Name}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\n", e.ID, org.Label(), e.Period.Name(), e.Number, e.Status.Label(), e.Updated.Local().Format("02/01/2006 15:04"))
	}
	return w.Flush()
}

func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("mã báo cáo %q không hợp lệ (xem cột ID của baocao list)", s)
	}
	return id, nil
}

// storedReport parses "ID [--db PATH]" (with the command's own flags
// already defined on fs) and opens the archive.
func storedReport(fs *flag.FlagSet, args []string) (*store.Store, int64, error) {
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return nil, 0, err
	}
	if len(pos) != 1 {
		return nil, 0, usagef("cần mã báo cáo (ID)")
	}
	id, err := parseID(pos[0])
	if err != nil {
		return nil, 0, err
	}
	s, err := openStore(*db)
	return s, id, err
}

func (c *cli) show(args []string) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	out := fs.String("o", "", "tệp báo cáo ghi ra")
	s, id, err := storedReport(fs, args)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := (flow.Outputs{JSON: *out}).Check(archivePath(s.Path())); err != nil {
		return err
	}
	r, _, err := s.Get(id)
	if err != nil {
		return err
	}
	if *out != "" {
		return c.writeOutputs(r, flow.Outputs{JSON: *out})
	}
	data, err := report.Marshal(r)
	if err != nil {
		return err
	}
	_, err = c.stdout.Write(data)
	return err
}

func (c *cli) history(args []string) error {
	s, id, err := storedReport(flag.NewFlagSet("history", flag.ContinueOnError), args)
	if err != nil {
		return err
	}
	defer s.Close()
	revs, err := s.History(id)
	if err != nil {
		return err
	}
	for _, r := range revs {
		kind := ""
		if r.Auto {
			kind = " (tự động lưu)"
		}
		who := r.Author
		if r.DBUser != "" {
			who += " (tài khoản " + r.DBUser + ")"
		}
		fmt.Fprintf(c.stdout, "Lần %d — %s — %s%s", r.Rev, r.Saved.Local().Format("02/01/2006 15:04:05"), who, kind)
		if r.Note != "" {
			fmt.Fprintf(c.stdout, " — %s", r.Note)
		}
		fmt.Fprintln(c.stdout)
		for _, ch := range r.Changes {
			fmt.Fprintf(c.stdout, "    %s\n", ch)
		}
	}
	return nil
}
