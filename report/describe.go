package report

import "strings"

// RuleKinds lists the rule kinds in the order an editor offers them.
var RuleKinds = []string{RuleLearners, RuleLE, RuleRequires, RuleAvgMax}

// RuleKindName names a rule kind for a choice.
func RuleKindName(kind string) string {
	switch kind {
	case RuleLearners:
		return "A ≥ B khi B > 0; A = 0 khi B = 0 (học viên và lớp)"
	case RuleLE:
		return "A ≤ B (khi B đã nhập)"
	case RuleRequires:
		return "A > 0 thì B phải > 0"
	case RuleAvgMax:
		return "bình quân A / B không quá một mức"
	}
	return kind
}

// SeverityName names a severity: "lỗi", "cảnh báo".
func SeverityName(s Severity) string {
	if s == Warning {
		return "cảnh báo"
	}
	return "lỗi"
}

// name is an indicator's name in «», or its code when the catalogue does
// not have it.
func (c *Catalogue) name(code string) string {
	for i := range c.Indicators {
		if c.Indicators[i].Code == code {
			return "«" + c.Indicators[i].Name + "»"
		}
	}
	return code
}

// Formula says how a derived indicator is computed, with the names of
// what it reads: "«A» / «B» (%)", "«A» + «B» + «C»"; "" for a typed one.
// It works on a catalogue being edited (no index needed).
func (c *Catalogue) Formula(in *Indicator) string {
	d := in.Derived
	switch {
	case d == nil:
		return ""
	case d.Kind == DeriveRatio:
		return c.name(d.Num) + " / " + c.name(d.Den) + " (%)"
	case d.Kind == DeriveSum:
		names := make([]string, len(d.Of))
		for i, o := range d.Of {
			names[i] = c.name(o)
		}
		return strings.Join(names, " + ")
	}
	return d.Kind
}

// RuleText says what a rule checks, with the names of its indicators.
func (c *Catalogue) RuleText(r Rule) string {
	a, b := c.name(r.A), c.name(r.B)
	switch r.Kind {
	case RuleLearners:
		return a + " ≥ " + b + " khi " + b + " > 0; " + a + " = 0 khi " + b + " = 0"
	case RuleLE:
		return a + " ≤ " + b
	case RuleRequires:
		return a + " > 0 thì " + b + " > 0"
	case RuleAvgMax:
		return "bình quân " + a + " / " + b + " ≤ " + FormatDecimal(r.Max)
	}
	return r.Kind
}

// UsedBy names what reads an indicator: the derived figures computed from
// it and the rules that compare it ("«Tỷ lệ …» (tính từ chỉ tiêu này)",
// "quy tắc thứ 3: …"). An indicator something uses cannot be deleted. It
// works on a catalogue being edited.
func (c *Catalogue) UsedBy(code string) []string {
	var out []string
	for i := range c.Indicators {
		in := &c.Indicators[i]
		for _, x := range in.Derived.inputs() {
			if x == code {
				out = append(out, "chỉ tiêu tính tự động «"+in.Name+"»")
				break
			}
		}
	}
	for i, r := range c.Rules {
		if r.A == code || r.B == code {
			out = append(out, "quy tắc thứ "+FormatInt(int64(i+1))+": "+c.RuleText(r))
		}
	}
	return out
}

// Outline is a report's headings as the outline of a new report: each
// heading with its guidance, the text empty; the section a consolidation
// adds is left out. A unit that wrote last period's report to its own
// headings starts the next one from them.
func Outline(r *Report) []Section {
	var out []Section
	for _, s := range r.Sections {
		if strings.TrimSpace(s.Heading) == CompletenessHeading || strings.TrimSpace(s.Heading) == "" {
			continue
		}
		out = append(out, Section{Heading: s.Heading, Guidance: s.Guidance})
	}
	return out
}
