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
