package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Catalogue is the list of indicators a report carries, their groups, the
// rules between them, and the figures derived from them. It is data (a
// template's, built in or a province's own), not code. Once indexed
// (Index) it is not changed: reports and screens share it.
type Catalogue struct {
	Groups     []Group     `json:"groups"`
	Indicators []Indicator `json:"indicators"`
	Rules      []Rule      `json:"rules"`
	Outlier    Outlier     `json:"outlier"`

	byCode  map[string]int
	byGroup map[string]int
	order   []int // the derived indicators, each after those it reads
}

// Group is a heading of the figures table.
type Group struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Indicator is one figure a report can carry.
type Indicator struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Unit  string `json:"unit"`
	Group string `json:"group"`
	// Main marks the indicators shown as columns of a consolidation's
	// per-unit breakdown.
	Main bool `json:"main,omitempty"`
	// DocumentKind, when set, makes the indicator the count of the
	// report's documents of that kind.
	DocumentKind string `json:"documentKind,omitempty"`
	// Derived, when set, makes the indicator computed, never typed.
	Derived *Derivation `json:"derived,omitempty"`
}

// IsDerived reports whether the indicator is computed from others.
func (in *Indicator) IsDerived() bool { return in.Derived != nil }

// IsRatio reports whether the indicator is a percentage.
func (in *Indicator) IsRatio() bool { return in.Derived != nil && in.Derived.Kind == DeriveRatio }

// Derivation kinds.
const (
	DeriveRatio = "ratio" // Num / Den, as a percentage
	DeriveSum   = "sum"   // sum of Of
)

// Derivation says how a derived indicator is computed.
type Derivation struct {
	Kind string   `json:"kind"`
	Num  string   `json:"num,omitempty"`
	Den  string   `json:"den,omitempty"`
	Of   []string `json:"of,omitempty"`
}

// Rule kinds.
const (
	RuleLearners = "learners" // A ≥ B when B > 0; A = 0 when B = 0
	RuleLE       = "le"       // A ≤ B when B is given
	RuleRequires = "requires" // A > 0 requires B > 0
	RuleAvgMax   = "avgmax"   // A / B ≤ Max
)

// Severity of a problem.
type Severity string

// Severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Rule is a check between two indicators.
type Rule struct {
	Kind     string   `json:"kind"`
	A        string   `json:"a"`
	B        string   `json:"b"`
	Max      float64  `json:"max,omitempty"`
	Severity Severity `json:"severity"`
}

// Outlier sets the outlier warning: a value more than Factor times, or less
// than 1/Factor of, its previous value when previous ≥ MinPrevious.
type Outlier struct {
	Factor      float64 `json:"factor"`
	MinPrevious int64   `json:"minPrevious"`
}

// Limits of a catalogue: far above any real report (the built-in ones
// have 26 and 50 indicators), low enough that a damaged or hostile file
// cannot make every screen and document unusable.
const (
	MaxIndicators = 500
	MaxGroups     = 100
	MaxRules      = 500
	maxCodeLen    = 64
	maxNameLen    = 300
	maxUnitLen    = 40
)

// DefaultCatalogue returns the catalogue of the built-in tuyên giáo
// template (shared/spec/indicators.md): the catalogue of every report
// that names no template. It must not be modified.
func DefaultCatalogue() *Catalogue { return builtinTuyenGiao().Catalogue }

// LoadCatalogue reads a catalogue in the format of a template's
// "catalogue" (shared/spec/indicators.md as JSON) and checks it.
func LoadCatalogue(r io.Reader) (*Catalogue, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("đọc danh mục chỉ tiêu: %w", err)
	}
	var c Catalogue
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("danh mục chỉ tiêu: %w", jsonError(data, err))
	}
	if err := c.Index(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Index checks the catalogue (Problems) and, when it has no error, builds
// the look-ups every other method needs. A catalogue read from a file or
// edited must be indexed before use; the error names the indicator, group
// or rule at fault.
func (c *Catalogue) Index() error {
	if errs := c.Problems().Errors(); len(errs) > 0 {
		msg := "danh mục chỉ tiêu: " + errs[0].Message
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (và %d lỗi khác)", len(errs)-1)
		}
		return errors.New(msg)
	}
	c.byGroup = make(map[string]int, len(c.Groups))
	for i, g := range c.Groups {
		c.byGroup[g.ID] = i
	}
	c.byCode = make(map[string]int, len(c.Indicators))
	for i, in := range c.Indicators {
		c.byCode[in.Code] = i
	}
	c.order = derivedOrder(c.Indicators, c.byCode)
	return nil
}

// Clone returns a deep copy, indexed as the original is; an editor
// changes the copy and indexes it again.
func (c *Catalogue) Clone() *Catalogue {
	if c == nil {
		return nil
	}
	d := &Catalogue{Outlier: c.Outlier}
	d.Groups = append([]Group(nil), c.Groups...)
	d.Rules = append([]Rule(nil), c.Rules...)
	d.Indicators = make([]Indicator, len(c.Indicators))
	for i, in := range c.Indicators {
		if in.Derived != nil {
			dv := *in.Derived
			dv.Of = append([]string(nil), dv.Of...)
			in.Derived = &dv
		}
		d.Indicators[i] = in
	}
	if c.byCode != nil {
		d.Index()
	}
	return d
}

// derivedOrder lists the derived indicators so that each comes after
// those it is computed from (the catalogue has been checked for cycles).
func derivedOrder(ins []Indicator, byCode map[string]int) []int {
	state := make([]byte, len(ins)) // 0 new, 1 visiting, 2 done
	var out []int
	var visit func(i int)
	visit = func(i int) {
		if state[i] != 0 {
			return
		}
		state[i] = 1
		for _, code := range ins[i].Derived.inputs() {
			if j, ok := byCode[code]; ok && ins[j].IsDerived() {
				visit(j)
			}
		}
		state[i] = 2
		out = append(out, i)
	}
	for i := range ins {
		if ins[i].IsDerived() {
			visit(i)
		}
	}
	return out
}

// inputs are the codes a derivation reads.
func (d *Derivation) inputs() []string {
	if d == nil {
		return nil
	}
	if d.Kind == DeriveRatio {
		return []string{d.Num, d.Den}
	}
	return d.Of
}

// normalize composes the catalogue's names to NFC (before Index).
func (c *Catalogue) normalize() {
	n := NormalizeText
	for i := range c.Groups {
		c.Groups[i].Name = n(c.Groups[i].Name)
	}
	for i := range c.Indicators {
		in := &c.Indicators[i]
		in.Name, in.Unit = n(in.Name), n(in.Unit)
	}
}

// Indicator returns the indicator with the code, or nil.
func (c *Catalogue) Indicator(code string) *Indicator {
	i, ok := c.byCode[code]
	if !ok {
		return nil
	}
	return &c.Indicators[i]
}

// GroupName returns the name of a group id.
func (c *Catalogue) GroupName(id string) string {
	if i, ok := c.byGroup[id]; ok {
		return c.Groups[i].Name
	}
	return id
}

// InGroup returns the indicators of a group in catalogue order.
func (c *Catalogue) InGroup(id string) []*Indicator {
	var out []*Indicator
	for i := range c.Indicators {
		if c.Indicators[i].Group == id {
			out = append(out, &c.Indicators[i])
		}
	}
	return out
}

// MainIndicators returns the indicators marked main, in catalogue order.
func (c *Catalogue) MainIndicators() []*Indicator {
	var out []*Indicator
	for i := range c.Indicators {
		if c.Indicators[i].Main {
			out = append(out, &c.Indicators[i])
		}
	}
	return out
}

// ForDocumentKind returns the indicator counting documents of a kind, or nil.
func (c *Catalogue) ForDocumentKind(kind string) *Indicator {
	for i := range c.Indicators {
		if c.Indicators[i].DocumentKind == kind {
			return &c.Indicators[i]
		}
	}
	return nil
}

func isCode(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_') {
			return false
		}
	}
	return s != ""
}
