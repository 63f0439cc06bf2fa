package report

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

//go:embed catalogue.json
var defaultCatalogue []byte

// Catalogue is the list of indicators a report carries, their groups, the
// rules between them, and the figures derived from them. It is data (the
// embedded catalogue.json, or a province's own file), not code.
type Catalogue struct {
	Groups     []Group     `json:"groups"`
	Indicators []Indicator `json:"indicators"`
	Rules      []Rule      `json:"rules"`
	Outlier    Outlier     `json:"outlier"`

	byCode  map[string]int
	byGroup map[string]int
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

var (
	defaultOnce sync.Once
	defaultCat  *Catalogue
)

// DefaultCatalogue returns the catalogue shipped with the app
// (shared/spec/indicators.md). It must not be modified.
func DefaultCatalogue() *Catalogue {
	defaultOnce.Do(func() {
		c, err := parseCatalogue(defaultCatalogue)
		if err != nil {
			panic("danh mục chỉ tiêu nhúng sẵn bị lỗi: " + err.Error())
		}
		defaultCat = c
	})
	return defaultCat
}

// LoadCatalogue reads a catalogue in the format of catalogue.json.
func LoadCatalogue(r io.Reader) (*Catalogue, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("đọc danh mục chỉ tiêu: %w", err)
	}
	return parseCatalogue(data)
}

func parseCatalogue(data []byte) (*Catalogue, error) {
	var c Catalogue
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("danh mục chỉ tiêu: %w", err)
	}
	if err := c.index(); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Catalogue) index() error {
	c.byGroup = make(map[string]int, len(c.Groups))
	for i, g := range c.Groups {
		if _, dup := c.byGroup[g.ID]; dup || g.ID == "" {
			return fmt.Errorf("danh mục chỉ tiêu: nhóm %q trùng hoặc rỗng", g.ID)
		}
		c.byGroup[g.ID] = i
	}
	c.byCode = make(map[string]int, len(c.Indicators))
	for i, in := range c.Indicators {
		if in.Code == "" || !isCode(in.Code) {
			return fmt.Errorf("danh mục chỉ tiêu: mã %q không hợp lệ", in.Code)
		}
		if _, dup := c.byCode[in.Code]; dup {
			return fmt.Errorf("danh mục chỉ tiêu: mã %q bị trùng", in.Code)
		}
		if _, ok := c.byGroup[in.Group]; !ok {
			return fmt.Errorf("danh mục chỉ tiêu: chỉ tiêu %s thuộc nhóm không có %q", in.Code, in.Group)
		}
		c.byCode[in.Code] = i
	}
	check := func(owner, code string) error {
		i, ok := c.byCode[code]
		if !ok {
			return fmt.Errorf("danh mục chỉ tiêu: %s nhắc tới mã không có %q", owner, code)
		}
		if c.Indicators[i].IsDerived() {
			return fmt.Errorf("danh mục chỉ tiêu: %s dùng chỉ tiêu tính toán %q; chỉ được dùng chỉ tiêu nhập", owner, code)
		}
		return nil
	}
	for _, in := range c.Indicators {
		if d := in.Derived; d != nil {
			switch d.Kind {
			case DeriveRatio:
				if err := check(in.Code, d.Num); err != nil {
					return err
				}
				if err := check(in.Code, d.Den); err != nil {
					return err
				}
			case DeriveSum:
				for _, o := range d.Of {
					if err := check(in.Code, o); err != nil {
						return err
					}
				}
			default:
				return fmt.Errorf("danh mục chỉ tiêu: %s có cách tính không biết %q", in.Code, d.Kind)
			}
		}
	}
	for i, r := range c.Rules {
		owner := fmt.Sprintf("quy tắc %d", i+1)
		if err := check(owner, r.A); err != nil {
			return err
		}
		if err := check(owner, r.B); err != nil {
			return err
		}
		switch r.Kind {
		case RuleLearners, RuleLE, RuleRequires, RuleAvgMax:
		default:
			return fmt.Errorf("danh mục chỉ tiêu: %s có loại không biết %q", owner, r.Kind)
		}
		if r.Severity != Error && r.Severity != Warning {
			return fmt.Errorf("danh mục chỉ tiêu: %s có mức độ không biết %q", owner, r.Severity)
		}
	}
	return nil
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
