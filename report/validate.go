package report

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Problem is one error or warning found in a report. Field is the path of
// the field in the report file (figures.llct.hocvien.value, documents[2].date)
// so that a form can show it next to its input; Message is Vietnamese and
// names the field.
type Problem struct {
	Severity Severity
	Field    string
	Message  string
	// Empty marks a problem that only says the field is still empty: a
	// form shows it once the clerk has left the field or asks for a
	// check, not on a report nobody has typed in yet.
	Empty bool
}

func (p Problem) String() string {
	sev := "lỗi"
	if p.Severity == Warning {
		sev = "cảnh báo"
	}
	return sev + ": " + p.Message + " [" + p.Field + "]"
}

// Problems is a list of problems.
type Problems []Problem

// HasErrors reports whether any problem is an error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns the errors only.
func (ps Problems) Errors() Problems { return ps.filter(Error) }

// Warnings returns the warnings only.
func (ps Problems) Warnings() Problems { return ps.filter(Warning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// For returns the problems of one field (and of its subfields).
func (ps Problems) For(field string) Problems {
	var out Problems
	for _, p := range ps {
		if p.Field == field || strings.HasPrefix(p.Field, field+".") || strings.HasPrefix(p.Field, field+"[") {
			out = append(out, p)
		}
	}
	return out
}

// FigureField is the path of a figure's number in the report file:
// figures.llct.lop.value; part is "value", "previous" or "plan".
func FigureField(code, part string) string { return "figures." + code + "." + part }

type checker struct {
	ps Problems
}

func (c *checker) add(sev Severity, field, format string, args ...any) {
	c.ps = append(c.ps, Problem{Severity: sev, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (c *checker) required(field, label, value string) {
	if strings.TrimSpace(value) == "" {
		c.add(Error, field, "%s chưa được nhập", label)
		c.ps[len(c.ps)-1].Empty = true
	}
}

// requiredName is required for a one-line name: also no control
// character, not only invisible ones.
func (c *checker) requiredName(field, label, value string) {
	c.required(field, label, value)
	c.checkName(field, label, value)
}

// Validate checks a report against the catalogue: required fields, dates,
// figures and the catalogue's rules, documents, placeholders. Errors block
// an export; warnings are shown but do not.
func (c *Catalogue) Validate(r *Report) Problems {
	ck := &checker{}
	if r.Format != "" && r.Format != FormatV1 {
		ck.add(Error, "format", "Định dạng tệp %q không được hỗ trợ (phiên bản này đọc %q)", r.Format, FormatV1)
	}
	o := r.Organization
	ck.requiredName("organization.superior", "Cơ quan cấp trên (ví dụ TỈNH ỦY NINH BÌNH, ĐẢNG ỦY XÃ GIA VIỄN)", o.Superior)
	ck.requiredName("organization.name", "Tên cơ quan ban hành (ví dụ BAN TUYÊN GIÁO VÀ DÂN VẬN, BAN XÂY DỰNG ĐẢNG)", o.Name)
	ck.requiredName("organization.abbreviation", "Chữ viết tắt của cơ quan (ví dụ BTGDVTU, ĐU)", o.Abbreviation)
	ck.requiredName("organization.place", "Địa danh (ví dụ Ninh Bình)", o.Place)
	if r.Period.Year < 1930 || r.Period.Year > 2200 {
		ck.add(Error, "period.year", "Năm báo cáo %d không hợp lệ", r.Period.Year)
	}
	if !ValidKind(r.Period.Kind) {
		ck.add(Error, "period.kind", "Kỳ báo cáo %q không hợp lệ (M1…M12: tháng, Q1…Q4: quý, H1: 6 tháng đầu năm, 9M: 9 tháng, Y: cả năm)", r.Period.Kind)
	}
	ck.requiredName("number", "Số báo cáo", r.Number)
	if strings.ContainsAny(r.Number, "/") {
		ck.add(Error, "number", "Số báo cáo %q chỉ ghi số (ví dụ 45); phần -BC/%s được thêm tự động", r.Number, o.Abbreviation)
	}
	if strings.TrimSpace(r.Date) == "" {
		ck.add(Error, "date", "Ngày báo cáo chưa được nhập")
		ck.ps[len(ck.ps)-1].Empty = true
	} else if t, err := ParseDate(r.Date); err != nil {
		ck.add(Error, "date", "Ngày báo cáo: %v", err)
	} else if t.Year() < r.Period.Year {
		ck.add(Warning, "date", "Ngày báo cáo %s trước kỳ báo cáo %s", FormatDateShort(t), r.Period.Name())
	}
	ck.required("summary", "Trích yếu (tên báo cáo)", r.Summary)
	checkSummaryPeriod(ck, r)
	ck.checkLines("summary", "Trích yếu (tên báo cáo)", r.Summary)
	ck.requiredName("signer.title", "Chức vụ người ký", r.Signer.Title)
	ck.requiredName("signer.name", "Họ tên người ký", r.Signer.Name)
	ck.checkName("signer.authority", "Quyền hạn ký (K/T …)", r.Signer.Authority)
	if len(r.Recipients) == 0 {
		ck.add(Warning, "recipients", "Chưa có nơi nhận")
		ck.ps[len(ck.ps)-1].Empty = true
	}
	for i, rc := range r.Recipients {
		if strings.TrimSpace(rc) == "" {
			ck.add(Error, fmt.Sprintf("recipients[%d]", i), "Nơi nhận thứ %d để trống", i+1)
		} else {
			ck.checkName(fmt.Sprintf("recipients[%d]", i), fmt.Sprintf("Nơi nhận thứ %d", i+1), rc)
		}
	}

	for i, u := range r.Breakdown {
		ck.checkName(fmt.Sprintf("breakdown[%d].superior", i), fmt.Sprintf("Cấp trên của đơn vị thứ %d trong bảng tổng hợp", i+1), u.Superior)
		ck.checkName(fmt.Sprintf("breakdown[%d].name", i), fmt.Sprintf("Tên đơn vị thứ %d trong bảng tổng hợp", i+1), u.Name)
	}

	c.checkFigures(ck, r)
	sheet := c.Evaluate(r)
	c.checkRules(ck, r, sheet)
	c.checkDocuments(ck, r)
	checkSections(ck, r, sheet)
	return ck.ps
}

func (c *Catalogue) checkFigures(ck *checker, r *Report) {
	codes := make([]string, 0, len(r.Figures))
	for code := range r.Figures {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		f := r.Figures[code]
		in := c.Indicator(code)
		if in == nil {
			ck.add(Error, "figures."+code, "Mã chỉ tiêu %q không có trong danh mục", code)
			continue
		}
		if in.IsDerived() {
			ck.add(Error, "figures."+code, "%s (%s) được tính tự động, không nhập", in.Name, code)
			continue
		}
		for _, part := range []struct {
			name, label string
			v           *int64
		}{{"value", "kỳ này", f.Value}, {"previous", "cùng kỳ", f.Previous}, {"plan", "kế hoạch năm", f.Plan}} {
			if part.v == nil {
				continue
			}
			switch {
			case *part.v < 0:
				ck.add(Error, FigureField(code, part.name), "%s, %s: %d là số âm; số liệu phải là số nguyên không âm", in.Name, part.label, *part.v)
			case *part.v > MaxFigure:
				ck.add(Error, FigureField(code, part.name), "%s, %s: %s lớn bất thường (tối đa %s)", in.Name, part.label, FormatInt(*part.v), FormatInt(MaxFigure))
			}
		}
	}
}

// maxExact is the largest whole number a float64 holds exactly (2^53).
const maxExact = 1 << 53

func (c *Catalogue) checkRules(ck *checker, r *Report, s *Sheet) {
	for _, rule := range c.Rules {
		a, b := s.Row(rule.A), s.Row(rule.B)
		field := FigureField(rule.A, "value")
		if !a.Value.OK || !b.Value.OK {
			if rule.Kind == RuleRequires && a.Value.OK && a.Value.N > 0 && !b.Value.OK {
				ck.add(rule.Severity, field, "%s là %s nhưng chưa nhập %s", a.Name, a.Format(a.Value), lower(b.Name))
			}
			if rule.Kind == RuleLearners && a.Value.OK && a.Value.N > 0 && !b.Value.OK {
				ck.add(rule.Severity, field, "Có %s %s nhưng chưa nhập %s", a.Format(a.Value), a.Unit, lower(b.Name))
			}
			continue
		}
		av, bv := a.Value.N, b.Value.N
		if math.Abs(av) > maxExact || math.Abs(bv) > maxExact {
			// A figure typed far beyond MaxFigure, reported as such with
			// its digits as typed; as a float it would read otherwise.
			continue
		}
		switch rule.Kind {
		case RuleLearners:
			if bv > 0 && av < bv {
				ck.add(rule.Severity, field, "%s (%s) ít hơn %s (%s)", a.Name, a.Format(a.Value), lower(b.Name), b.Format(b.Value))
			}
			if bv == 0 && av != 0 {
				ck.add(rule.Severity, field, "Có %s %s nhưng %s là 0", a.Format(a.Value), a.Unit, lower(b.Name))
			}
		case RuleLE:
			if av > bv {
				ck.add(rule.Severity, field, "%s (%s) lớn hơn %s (%s)", a.Name, a.Format(a.Value), lower(b.Name), b.Format(b.Value))
			}
		case RuleRequires:
			if av > 0 && bv <= 0 {
				ck.add(rule.Severity, field, "%s là %s nhưng %s là 0", a.Name, a.Format(a.Value), lower(b.Name))
			}
		case RuleAvgMax:
			if bv > 0 && av/bv > rule.Max {
				ck.add(rule.Severity, field, "Bình quân %s %s/%s, cao hơn mức thường gặp (%s)", FormatDecimal(av/bv), a.Unit, b.Unit, FormatDecimal(rule.Max))
			}
		}
	}
	factor, minPrev := c.Outlier.Factor, float64(c.Outlier.MinPrevious)
	for i := range s.Rows {
		row := &s.Rows[i]
		if row.IsDerived() || !row.Value.OK {
			continue
		}
		field := FigureField(row.Code, "value")
		if factor > 1 && row.Previous.OK && row.Previous.N >= minPrev {
			if row.Value.N > factor*row.Previous.N {
				ck.add(Warning, field, "%s: %s, gấp hơn %s lần cùng kỳ (%s); kiểm tra lại", row.Name, row.Format(row.Value), FormatDecimal(factor), row.Format(row.Previous))
			} else if row.Value.N*factor < row.Previous.N {
				ck.add(Warning, field, "%s: %s, dưới 1/%s so với cùng kỳ (%s); kiểm tra lại", row.Name, row.Format(row.Value), FormatDecimal(factor), row.Format(row.Previous))
			}
		}
		if r.Period.IsPartOfYear() && row.Plan.OK && row.Value.N > row.Plan.N {
			ck.add(Warning, field, "%s: %s đã đạt %s, vượt kế hoạch cả năm (%s)", row.Name, KindName(r.Period.Kind), row.Format(row.Value), row.Format(row.Plan))
		}
	}
}

func (c *Catalogue) checkDocuments(ck *checker, r *Report) {
	for i, d := range r.Documents {
		f := fmt.Sprintf("documents[%d]", i)
		n := i + 1
		if c.ForDocumentKind(d.Kind) == nil {
			ck.add(Error, f+".kind", "Văn bản thứ %d: loại %q không hợp lệ (chithi, nghiquyet, kehoach, huongdan, khac)", n, d.Kind)
		}
		if strings.TrimSpace(d.Summary) == "" {
			ck.add(Error, f+".summary", "Văn bản thứ %d: chưa nhập trích yếu", n)
		}
		if d.Date != "" {
			if _, err := ParseDate(d.Date); err != nil {
				ck.add(Error, f+".date", "Văn bản thứ %d (%s): %v", n, d.Symbol, err)
			}
		}
	}
	if len(r.Documents) == 0 || r.IsConsolidated() {
		return
	}
	counts := r.DocumentCounts()
	for _, kind := range DocumentKinds {
		in := c.ForDocumentKind(kind)
		if in == nil {
			continue
		}
		if f, ok := r.Figures[in.Code]; ok && f.Value != nil && *f.Value != counts[kind] {
			ck.add(Error, FigureField(in.Code, "value"), "%s: đã nhập %s nhưng danh sách văn bản có %s", in.Name, FormatInt(*f.Value), FormatInt(counts[kind]))
		}
	}
}

func checkSections(ck *checker, r *Report, s *Sheet) {
	for i, sec := range r.Sections {
		f := fmt.Sprintf("sections[%d]", i)
		if strings.TrimSpace(sec.Heading) == "" && strings.TrimSpace(sec.Text) == "" {
			ck.add(Warning, f, "Phần thứ %d trống", i+1)
		}
		for _, part := range []struct{ name, text string }{{"heading", sec.Heading}, {"text", sec.Text}} {
			if _, errs := s.Resolve(part.text); len(errs) > 0 {
				for _, err := range errs {
					ck.add(Error, f+"."+part.name, "Phần thứ %d: %v", i+1, err)
				}
			}
			if hasStrayPlaceholder(part.text) {
				ck.add(Warning, f+"."+part.name, "Phần thứ %d có cặp ngoặc { } không phải chỗ điền số liệu; kiểm tra lại", i+1)
			}
		}
	}
}

// checkSummaryPeriod warns when the trích yếu names another period or
// year than the report's: the first period it names must be the report's
// (the next one may follow: "nhiệm vụ quý II"), and a year it names must
// be the report's or the next one.
func checkSummaryPeriod(ck *checker, r *Report) {
	p := r.Period
	if !ValidKind(p.Kind) || strings.TrimSpace(r.Summary) == "" {
		return
	}
	if ks := kindMentions(r.Summary); len(ks) > 0 && ks[0] != p.Kind {
		ck.add(Warning, "summary", "Trích yếu nói %s nhưng kỳ báo cáo là %s; kiểm tra lại (nút Gợi ý cho trích yếu theo kỳ)", KindName(ks[0]), p.Name())
		return
	}
	for _, y := range yearMentions(r.Summary) {
		if y != p.Year && y != p.Year+1 {
			ck.add(Warning, "summary", "Trích yếu nói năm %d nhưng kỳ báo cáo là %s; kiểm tra lại (nút Gợi ý cho trích yếu theo kỳ)", y, p.Name())
			return
		}
	}
}

// lower puts the first letter of a name in lower case, for use inside a
// sentence.
func lower(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
