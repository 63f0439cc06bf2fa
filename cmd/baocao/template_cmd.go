package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"baocao/report"
	"baocao/report/flow"
	"baocao/report/store"
)

// template runs baocao template list|show|export|import|check.
func (c *cli) template(args []string) error {
	if len(args) == 0 {
		return usagef("cần lệnh con: template list|show|export|import|check")
	}
	sub := map[string]func([]string) error{
		"list": c.templateList, "show": c.templateShow, "export": c.templateExport,
		"import": c.templateImport, "check": c.templateCheck,
	}[args[0]]
	if sub == nil {
		return usagef("không có lệnh template %q (list, show, export, import, check)", args[0])
	}
	return sub(args[1:])
}

// optionalStore opens the archive when --db or BAOCAO_DB names one; nil
// (no error) otherwise.
func optionalStore(db string) (*store.Store, error) {
	if db == "" && os.Getenv("BAOCAO_DB") == "" {
		return nil, nil
	}
	return openStore(db)
}

// findTemplate reads the template an argument names: a template file, or
// ID[@VERSION] of a built-in template or of one in the archive s (the
// newest version when none is given).
func findTemplate(arg string, s *store.Store) (*report.Template, error) {
	if st, err := os.Stat(arg); err == nil && !st.IsDir() {
		return report.ReadTemplateFile(arg)
	}
	id, v, hasVersion := strings.Cut(arg, "@")
	version := 0
	if hasVersion {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("phiên bản %q của mẫu %s không hợp lệ (ví dụ %s@2)", v, id, id)
		}
		version = n
	}
	if s == nil {
		if t := report.BuiltinTemplate(id, version); t != nil {
			return t, nil
		}
		return nil, fmt.Errorf("không có tệp mẫu %s, và không có mẫu dựng sẵn mã %q (mẫu trong kho: thêm --db)", arg, id)
	}
	t, _, err := s.Template(id, version)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("không có tệp mẫu %s, và kho %s không có mẫu mã %q (xem baocao template list)", arg, s.Path(), id)
	}
	return t, err
}

// openTemplate opens the archive (when one is named: --db or BAOCAO_DB)
// and finds the template arg names in it or among the built-in ones; the
// caller closes the archive.
func openTemplate(db, arg string) (*report.Template, *store.Store, error) {
	s, err := optionalStore(db)
	if err != nil {
		return nil, nil, err
	}
	t, err := findTemplate(arg, s)
	if err != nil {
		if s != nil {
			s.Close()
		}
		return nil, nil, err
	}
	return t, s, nil
}

func (c *cli) templateList(args []string) error {
	fs := flag.NewFlagSet("template list", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return usagef("lệnh template list không nhận tham số")
	}
	s, err := optionalStore(*db)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "Mã\tPhiên bản\tTên mẫu\tTrạng thái\tChỉ tiêu\tKỳ báo cáo\tNơi ban hành")
	row := func(t *report.Template, status string) {
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%d\t%s\t%s\n", t.ID, t.Version, t.Name, status, len(t.Catalogue.Indicators), periodList(t), t.Issuer)
	}
	for _, t := range report.BuiltinTemplates() {
		row(t, "dựng sẵn")
	}
	if s != nil {
		defer s.Close()
		entries, err := s.Templates()
		if err != nil {
			return err
		}
		for _, e := range entries {
			t, _, err := s.Template(e.ID, e.Version)
			if err != nil {
				fmt.Fprintf(c.stderr, "%v\n", err)
				continue
			}
			row(t, templateStatus(e.Status))
		}
	}
	return w.Flush()
}

func templateStatus(s store.TemplateStatus) string {
	if s == store.TemplateDraft {
		return "đang soạn"
	}
	return "đã ban hành"
}

func periodList(t *report.Template) string {
	names := make([]string, len(t.Periods))
	for i, p := range t.Periods {
		names[i] = strings.ToLower(report.ClassName(p))
	}
	return strings.Join(names, ", ")
}

func (c *cli) templateShow(args []string) error {
	fs := flag.NewFlagSet("template show", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một mẫu: mã (ví dụ %s), mã@phiên bản, hoặc tệp mẫu", report.TemplateTGDV)
	}
	t, s, err := openTemplate(*db, pos[0])
	if err != nil {
		return err
	}
	if s != nil {
		defer s.Close()
	}
	out := c.stdout
	fmt.Fprintf(out, "Mẫu: %s (mã %s, phiên bản %d)\n", t.Name, t.ID, t.Version)
	if t.Issuer != "" {
		fmt.Fprintf(out, "Nơi ban hành: %s\n", t.Issuer)
	}
	if t.Note != "" {
		fmt.Fprintf(out, "Ghi chú: %s\n", t.Note)
	}
	fmt.Fprintf(out, "Kỳ báo cáo: %s\n", periodList(t))
	cat := t.Catalogue
	fmt.Fprintf(out, "\nChỉ tiêu (%d):\n", len(cat.Indicators))
	for gi, g := range cat.Groups {
		fmt.Fprintf(out, "%s. %s\n", report.FormatRoman(gi+1), g.Name)
		for _, in := range cat.InGroup(g.ID) {
			line := fmt.Sprintf("   %-16s %s (%s)", in.Code, in.Name, in.Unit)
			if f := cat.Formula(in); f != "" {
				line += " = " + f
			}
			fmt.Fprintln(out, line)
		}
	}
	if len(cat.Rules) > 0 {
		fmt.Fprintf(out, "\nQuy tắc kiểm tra (%d):\n", len(cat.Rules))
		for _, r := range cat.Rules {
			fmt.Fprintf(out, "   %s: %s\n", report.SeverityName(r.Severity), cat.RuleText(r))
		}
	}
	fmt.Fprintf(out, "\nĐề cương (%d đề mục):\n", len(t.Outline))
	for _, sec := range t.Sections() {
		fmt.Fprintln(out, sec.Heading)
		if sec.Guidance != "" {
			fmt.Fprintf(out, "      (%s)\n", sec.Guidance)
		}
	}
	return nil
}

func (c *cli) templateExport(args []string) error {
	fs := flag.NewFlagSet("template export", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	out := fs.String("o", "", "tệp mẫu ghi ra")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return usagef("cần một mẫu (mã hoặc mã@phiên bản) và -o TỆP.json")
	}
	t, s, err := openTemplate(*db, pos[0])
	if err != nil {
		return err
	}
	if s != nil {
		defer s.Close()
	}
	if err := report.WriteTemplateFile(*out, t); err != nil {
		return err
	}
	// The version has left the office: it never changes again.
	if s != nil {
		if err := s.IssueTemplate(t.ID, t.Version); err != nil {
			return err
		}
	}
	fmt.Fprintf(c.stdout, "đã ghi %s (mẫu %s, phiên bản %d)\n", *out, t.Name, t.Version)
	return nil
}

func (c *cli) templateImport(args []string) error {
	fs := flag.NewFlagSet("template import", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp mẫu")
	}
	t, err := report.ReadTemplateFile(pos[0])
	if err != nil {
		return err
	}
	s, err := openStore(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	stored, err := s.ImportTemplate(t, flow.User())
	if err != nil {
		return err
	}
	if stored {
		fmt.Fprintf(c.stdout, "đã lưu mẫu %s (phiên bản %d) vào kho\n", t.Name, t.Version)
	} else {
		fmt.Fprintf(c.stdout, "kho đã có mẫu %s (phiên bản %d)\n", t.Name, t.Version)
	}
	return nil
}

func (c *cli) templateCheck(args []string) error {
	fs := flag.NewFlagSet("template check", flag.ContinueOnError)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp mẫu")
	}
	data, err := os.ReadFile(pos[0])
	if err != nil {
		return fmt.Errorf("đọc tệp %s: %w", pos[0], err)
	}
	t, err := report.DecodeTemplate(data)
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	ps := t.Problems()
	for _, p := range ps {
		fmt.Fprintf(c.stderr, "%s: %s: %s [%s]\n", pos[0], report.SeverityName(p.Severity), p.Message, p.Field)
	}
	if ps.HasErrors() {
		return errReported
	}
	fmt.Fprintf(c.stdout, "%s: hợp lệ (mẫu %s, phiên bản %d: %d chỉ tiêu, %d quy tắc, %d đề mục)\n",
		pos[0], t.Name, t.Version, len(t.Catalogue.Indicators), len(t.Catalogue.Rules), len(t.Outline))
	return nil
}

// newReport writes a new report of a template: baocao new --template.
func (c *cli) newReport(args []string) error {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu hoặc địa chỉ postgres://")
	tmpl := fs.String("template", report.TemplateTuyenGiao, "mẫu báo cáo: mã, mã@phiên bản, hoặc tệp mẫu")
	kind := fs.String("period", "", "kỳ báo cáo: M1…M12, Q1…Q4, H1, 9M, Y")
	year := fs.Int("year", 0, "năm báo cáo")
	out := fs.String("o", "", "tệp báo cáo ghi ra")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 || *out == "" {
		return usagef("cần -o OUT.json (và --template MẪU)")
	}
	t, s, err := openTemplate(*db, *tmpl)
	if err != nil {
		return err
	}
	if s != nil {
		defer s.Close()
	}
	now := time.Now()
	p, err := choosePeriod(t, *kind, *year, now)
	if err != nil {
		return err
	}
	r := t.NewReport(p)
	r.Date = now.Format(report.DateLayout)
	if s != nil {
		// A report is written to it: the template is kept (a file from the
		// province) and never changes again.
		if !report.IsBuiltin(t.ID) {
			if _, err := s.ImportTemplate(t, flow.User()); err != nil {
				return err
			}
			if err := s.IssueTemplate(t.ID, t.Version); err != nil {
				return err
			}
		}
		if last, ok, err := s.LastProfile(); err == nil && ok {
			r.Organization, r.Signer, r.Recipients = last.Organization, last.Signer, last.Recipients
		}
		if _, err := s.OfferPrevious(r); err != nil {
			return err
		}
	}
	if err := report.WriteFile(*out, r); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "đã ghi %s: báo cáo %s theo mẫu %s (phiên bản %d), %d đề mục\n", *out, p.Name(), t.Name, t.Version, len(r.Sections))
	return nil
}

// choosePeriod is the period a new report is for: the kind and year
// given, or the one of the template's classes due now.
func choosePeriod(t *report.Template, kind string, year int, now time.Time) (report.Period, error) {
	if kind == "" {
		class := report.DueClass(now)
		if !t.Serves(class) && len(t.Periods) > 0 {
			class = t.Periods[len(t.Periods)-1]
		}
		p := report.DuePeriod(class, now)
		if year != 0 {
			p.Year = year
		}
		return p, nil
	}
	if !report.ValidKind(kind) {
		return report.Period{}, usagef("kỳ báo cáo %q không hợp lệ (M1…M12, Q1…Q4, H1, 9M, Y)", kind)
	}
	p := report.Period{Year: year, Kind: kind}
	if !t.Serves(p.Class()) {
		return report.Period{}, fmt.Errorf("mẫu %s không dùng cho kỳ %s (chỉ: %s)", t.Name, report.KindName(kind), periodList(t))
	}
	if year == 0 {
		p.Year = report.DuePeriod(p.Class(), now).Year
	}
	return p, nil
}
