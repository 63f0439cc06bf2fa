package report

import (
	"fmt"
	"strings"
	"time"
)

// Source is one lower unit's report handed to a consolidation, as read
// from a file: Name is the file name (for messages); Err is set when the
// file could not be read.
type Source struct {
	Name   string
	Report *Report
	Err    error
}

// SendStatus says whether an expected unit has sent its report.
type SendStatus string

// Send statuses.
const (
	StatusSent       SendStatus = "sent"
	StatusLate       SendStatus = "late"
	StatusMissing    SendStatus = "missing"
	StatusUnexpected SendStatus = "unexpected"
)

// Label is the Vietnamese name of a status.
func (s SendStatus) Label() string {
	switch s {
	case StatusSent:
		return "Đã gửi"
	case StatusLate:
		return "Gửi muộn"
	case StatusMissing:
		return "Chưa gửi"
	case StatusUnexpected:
		return "Ngoài danh sách"
	}
	return string(s)
}

// UnitStatus is one line of the completeness table.
type UnitStatus struct {
	Organization Organization
	Status       SendStatus
	Source       string // the file the report came from; "" when missing
	Date         string // the unit report's date
	// Template is the template the unit's report was written to (zero
	// when missing). When its catalogue is not the head's, Lacked lists
	// the head's typed indicators it does not carry and Added the
	// indicators it reports that the head's catalogue lacks (not summed).
	Template      TemplateRef
	Lacked, Added []string
}

// Notice is a finding of a consolidation: an unreadable file, a unit of
// another period, a unit sent twice, a rule broken in a unit's report.
type Notice struct {
	Severity Severity
	Source   string
	Message  string
}

func (n Notice) String() string {
	sev := "lỗi"
	if n.Severity == Warning {
		sev = "cảnh báo"
	}
	if n.Source == "" {
		return sev + ": " + n.Message
	}
	return n.Source + ": " + sev + ": " + n.Message
}

// ConsolidateOptions are the head unit's expectations.
type ConsolidateOptions struct {
	// Expected lists the lower units that must report; empty means any.
	Expected []Organization
	// Deadline, when set, marks reports dated after it as late.
	Deadline time.Time
}

// Consolidation is the result of consolidating lower units' reports.
type Consolidation struct {
	Report  *Report
	Units   []UnitStatus
	Notices []Notice
	// Used lists the sources whose figures were summed, in breakdown order.
	Used []string
}

// HasErrors reports whether a notice is an error.
func (c *Consolidation) HasErrors() bool {
	for _, n := range c.Notices {
		if n.Severity == Error {
			return true
		}
	}
	return false
}

// CompletenessHeading is the heading of the section a consolidation adds.
const CompletenessHeading = "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ"

// Consolidate builds the head unit's report from its lower units' reports
// of the same period: figures summed per the head's catalogue (value,
// previous and plan; ratios are derived again from the sums, never
// added), a per-unit breakdown, and a section on which units have sent.
// The head gives the header, number, date, text, documents, template and
// signer; the units' documents are not merged into it.
//
// Units written to the head's template and version sum by code. A unit
// written to another version of the same template sums the codes both
// carry, and its status says which of the head's it lacked and which it
// added. A unit written to another template is refused. Nothing is
// dropped silently: every file left out, every code not summed and every
// rule broken in a unit's report is a notice.
func Consolidate(head *Report, sources []Source, opt ConsolidateOptions) *Consolidation {
	c := head.Catalogue()
	ht := head.Template()
	res := &Consolidation{}
	notice := func(sev Severity, src, format string, args ...any) {
		res.Notices = append(res.Notices, Notice{Severity: sev, Source: src, Message: fmt.Sprintf(format, args...)})
	}
	type unit struct{ src Source }
	byKey := map[string]*unit{}
	var order []string
	for _, src := range sources {
		switch {
		case src.Err != nil:
			notice(Error, src.Name, "không đọc được: %v", src.Err)
			continue
		case src.Report == nil:
			notice(Error, src.Name, "tệp không có báo cáo")
			continue
		}
		r := src.Report
		for _, n := range r.ReadNotes {
			notice(Warning, src.Name, "%s", n)
		}
		if r.Period != head.Period {
			notice(Error, src.Name, "%s là báo cáo %s, không phải %s: không tổng hợp", r.Organization.Label(), r.Period.Name(), head.Period.Name())
			continue
		}
		if ut := r.Template(); ut.ID != ht.ID {
			notice(Error, src.Name, "%s là báo cáo theo mẫu %s, không phải mẫu %s của báo cáo tổng hợp: không tổng hợp", labelOr(r.Organization), ut.Label(), ht.Label())
			continue
		}
		if r.Organization.UnitKey() == head.Organization.UnitKey() {
			notice(Warning, src.Name, "đây là báo cáo của chính %s: không tổng hợp", head.Organization.Label())
			continue
		}
		if !r.HasValues() {
			notice(Warning, src.Name, "%s: chưa nhập số liệu (mọi ô số liệu để trống): không tổng hợp, không tính là đã gửi", labelOr(r.Organization))
			continue
		}
		key := r.Organization.UnitKey()
		if prev, dup := byKey[key]; dup {
			keep, drop := src, prev.src
			if r.Date < prev.src.Report.Date {
				keep, drop = prev.src, src
			}
			notice(Warning, src.Name, "%s gửi hai lần (%s ngày %s và %s ngày %s): dùng bản mới hơn %s, bỏ %s",
				r.Organization.Label(), prev.src.Name, shortDate(prev.src.Report.Date), src.Name, shortDate(r.Date), keep.Name, drop.Name)
			prev.src = keep
			continue
		}
		byKey[key] = &unit{src: src}
		order = append(order, key)
	}

	// Completeness: expected units first, in the head's order, then the
	// units that sent without being expected.
	expected := map[string]bool{}
	for _, o := range opt.Expected {
		key := o.UnitKey()
		if expected[key] {
			continue
		}
		expected[key] = true
		st := UnitStatus{Organization: o, Status: StatusMissing}
		if u, ok := byKey[key]; ok {
			st.Status, st.Source, st.Date = StatusSent, u.src.Name, u.src.Report.Date
			if late(u.src.Report.Date, opt.Deadline) {
				st.Status = StatusLate
			}
		}
		res.Units = append(res.Units, st)
	}
	var others []string
	for _, key := range order {
		if !expected[key] {
			others = append(others, key)
		}
	}
	SortNames(others, func(key string) string { return byKey[key].src.Report.Organization.Label() })
	for _, key := range others {
		u := byKey[key]
		st := UnitStatus{Organization: u.src.Report.Organization, Status: StatusSent, Source: u.src.Name, Date: u.src.Report.Date}
		if len(opt.Expected) > 0 {
			st.Status = StatusUnexpected
			notice(Warning, u.src.Name, "%s không có trong danh sách đơn vị phải báo cáo; vẫn được tổng hợp", u.src.Report.Organization.Label())
		} else if late(u.src.Report.Date, opt.Deadline) {
			st.Status = StatusLate
		}
		res.Units = append(res.Units, st)
	}

	// Sum the figures of the units that sent, in completeness order.
	out := head.Clone()
	out.Figures = map[string]Figure{}
	out.Breakdown = []UnitRow{}
	sums := make(map[string]*[3]Value)
	main := c.MainIndicators()
	for i := range res.Units {
		st := &res.Units[i]
		if st.Source == "" {
			continue
		}
		u := byKey[st.Organization.UnitKey()]
		r := u.src.Report
		for _, p := range r.Validate() {
			notice(p.Severity, u.src.Name, "%s: %s", r.Organization.Label(), p.Message)
		}
		st.Template = r.Template()
		proj := project(c, r, st)
		if len(st.Lacked)+len(st.Added) > 0 {
			notice(Warning, u.src.Name, "%s", versionNotice(c, r, st, ht))
		}
		sheet := c.Evaluate(proj)
		for i := range sheet.Rows {
			row := &sheet.Rows[i]
			if row.IsDerived() {
				continue
			}
			s := sums[row.Code]
			if s == nil {
				s = &[3]Value{}
				sums[row.Code] = s
			}
			s[0], s[1], s[2] = add(s[0], row.Value), add(s[1], row.Previous), add(s[2], row.Plan)
		}
		ur := UnitRow{Superior: r.Organization.Superior, Name: r.Organization.Name, Figures: map[string]int64{}}
		for _, in := range main {
			if v := sheet.Row(in.Code).Value; v.OK && !in.IsRatio() {
				ur.Figures[in.Code] = int64(v.N)
			}
		}
		out.Breakdown = append(out.Breakdown, ur)
		res.Used = append(res.Used, u.src.Name)
	}
	for code, s := range sums {
		f := Figure{Value: toPtr(s[0]), Previous: toPtr(s[1]), Plan: toPtr(s[2])}
		if !f.IsEmpty() {
			out.Figures[code] = f
		}
	}
	// A head that was itself consolidated before keeps one completeness
	// section: the new one replaces the old.
	kept := out.Sections[:0]
	for _, sec := range out.Sections {
		if sec.Heading != CompletenessHeading {
			kept = append(kept, sec)
		}
	}
	out.Sections = append(kept, Section{Heading: CompletenessHeading, Text: completenessText(res.Units, opt)})
	res.Report = out
	return res
}

// project puts a unit's report into the head's catalogue c: the unit's
// own figures, evaluated with its own catalogue (counts of its documents
// included), under the codes c has as typed indicators. When the unit's
// catalogue is another, st gets the codes it lacked and added.
func project(c *Catalogue, r *Report, st *UnitStatus) *Report {
	uc := r.Catalogue()
	us := uc.Evaluate(r)
	p := &Report{Period: r.Period, Figures: make(map[string]Figure, len(c.Indicators))}
	for i := range c.Indicators {
		in := &c.Indicators[i]
		if in.IsDerived() {
			continue
		}
		row := us.Row(in.Code)
		if row == nil || row.IsDerived() {
			if uc != c {
				st.Lacked = append(st.Lacked, in.Code)
			}
			continue
		}
		f := Figure{Value: toPtr(row.Value), Previous: toPtr(row.Previous), Plan: toPtr(row.Plan)}
		if !f.IsEmpty() {
			p.Figures[in.Code] = f
		}
	}
	if uc != c {
		for i := range us.Rows {
			row := &us.Rows[i]
			if row.IsDerived() || !row.Reported() {
				continue
			}
			if in := c.Indicator(row.Code); in == nil || in.IsDerived() {
				st.Added = append(st.Added, row.Code)
			}
		}
	}
	return p
}

// versionNotice says what a unit written to another version of the
// head's template lacked and added.
func versionNotice(c *Catalogue, r *Report, st *UnitStatus, head TemplateRef) string {
	ut := r.Template()
	msg := fmt.Sprintf("%s theo mẫu %s", labelOr(r.Organization), ut.Label())
	if ut.Version != head.Version {
		msg += fmt.Sprintf(", báo cáo tổng hợp theo phiên bản %d", head.Version)
	} else {
		msg += ", khác danh mục của báo cáo tổng hợp"
	}
	names := func(cat *Catalogue, codes []string) string {
		out := make([]string, len(codes))
		for i, code := range codes {
			out[i] = code
			if in := cat.Indicator(code); in != nil {
				out[i] = in.Name + " (" + code + ")"
			}
		}
		return strings.Join(out, "; ")
	}
	if len(st.Lacked) > 0 {
		msg += fmt.Sprintf(": thiếu %d chỉ tiêu (để trống): %s", len(st.Lacked), names(c, st.Lacked))
	}
	if len(st.Added) > 0 {
		if len(st.Lacked) > 0 {
			msg += ";"
		} else {
			msg += ":"
		}
		msg += fmt.Sprintf(" có thêm %d chỉ tiêu không có trong mẫu của báo cáo tổng hợp (không cộng): %s", len(st.Added), names(r.Catalogue(), st.Added))
	}
	return msg
}

// HasValues reports whether the report gives a figure of the period or a
// document: a form sent back with every figure empty (cùng kỳ and plan
// aside, which the form may carry) has none.
func (r *Report) HasValues() bool {
	if len(r.Documents) > 0 {
		return true
	}
	for _, f := range r.Figures {
		if f.Value != nil {
			return true
		}
	}
	return false
}

// labelOr names a unit, or says it has no name.
func labelOr(o Organization) string {
	if l := o.Label(); l != "" {
		return l
	}
	return "đơn vị chưa ghi tên"
}

func toPtr(v Value) *int64 {
	if !v.OK {
		return nil
	}
	n := int64(v.N)
	return &n
}

func late(date string, deadline time.Time) bool {
	if deadline.IsZero() {
		return false
	}
	d, err := ParseDate(date)
	return err == nil && d.After(deadline)
}

func shortDate(s string) string {
	if d, err := ParseDate(s); err == nil {
		return FormatDateShort(d)
	}
	return s
}

// completenessText writes the completeness section: who has sent, who
// sent late, who has not.
func completenessText(units []UnitStatus, opt ConsolidateOptions) string {
	groups := map[SendStatus][]string{}
	for _, u := range units {
		name := u.Organization.Label()
		if u.Status == StatusLate {
			name += " (ngày " + shortDate(u.Date) + ")"
		}
		groups[u.Status] = append(groups[u.Status], name)
	}
	var paras []string
	total := len(units) - len(groups[StatusUnexpected])
	if len(opt.Expected) > 0 {
		p := fmt.Sprintf("Tổng số đơn vị phải báo cáo: %d; đã gửi: %d", total, len(groups[StatusSent])+len(groups[StatusLate]))
		if !opt.Deadline.IsZero() {
			p += fmt.Sprintf(" (hạn gửi %s, gửi muộn: %d)", FormatDateShort(opt.Deadline), len(groups[StatusLate]))
		}
		p += fmt.Sprintf("; chưa gửi: %d.", len(groups[StatusMissing]))
		paras = append(paras, p)
	} else {
		paras = append(paras, fmt.Sprintf("Số đơn vị đã gửi báo cáo: %d.", len(units)))
	}
	for _, s := range []SendStatus{StatusSent, StatusLate, StatusMissing, StatusUnexpected} {
		if names := groups[s]; len(names) > 0 {
			paras = append(paras, fmt.Sprintf("%s (%d): %s.", s.Label(), len(names), strings.Join(names, "; ")))
		}
	}
	return strings.Join(paras, "\n\n")
}

// IsConsolidated reports whether the report was made by consolidation: its
// vb.* figures are the units' sums, not counts of its own documents list.
func (r *Report) IsConsolidated() bool { return r.Breakdown != nil }
