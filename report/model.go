package report

// FormatV1 is the format tag of the report files this version writes.
const FormatV1 = "baocao.report/1"

// Report is one unit's report for one period: the report file of
// shared/spec/report-file.md.
type Report struct {
	Format string `json:"format"`
	// Tmpl names the template the report was written to; nil (every
	// file from before templates) means the built-in tuyên giáo one.
	Tmpl *TemplateRef `json:"template,omitempty"`
	// Cat is the catalogue the report was written to, carried so that the
	// report reads the same after its template changes; nil means its
	// built-in template's (see Catalogue).
	Cat          *Catalogue        `json:"catalogue,omitempty"`
	Organization Organization      `json:"organization"`
	Period       Period            `json:"period"`
	Number       string            `json:"number"`
	Date         string            `json:"date"` // YYYY-MM-DD
	Summary      string            `json:"summary"`
	Figures      map[string]Figure `json:"figures"`
	Documents    []Document        `json:"documents"`
	Sections     []Section         `json:"sections"`
	Recipients   []string          `json:"recipients"`
	Signer       Signer            `json:"signer"`
	// Breakdown is set on a consolidated report: one row per lower unit.
	Breakdown []UnitRow `json:"breakdown,omitempty"`
	// ReadNotes are what reading the report's file noticed without it
	// being an error (a visible cell that disagrees with the hidden mark
	// and was taken); they are not saved.
	ReadNotes []string `json:"-"`
}

// Organization names the issuing body and the body above it.
type Organization struct {
	Superior     string `json:"superior"`     // TỈNH ỦY HÀ NAM
	Name         string `json:"name"`         // BAN TUYÊN GIÁO
	Abbreviation string `json:"abbreviation"` // BTGTU
	Place        string `json:"place"`        // Hà Nam
}

// Figure holds one indicator's numbers; nil means not reported.
type Figure struct {
	Value    *int64 `json:"value,omitempty"`
	Previous *int64 `json:"previous,omitempty"`
	Plan     *int64 `json:"plan,omitempty"`
}

// IsEmpty reports whether nothing of the figure is reported.
func (f Figure) IsEmpty() bool { return f.Value == nil && f.Previous == nil && f.Plan == nil }

// Document kinds, as in documents[].kind.
const (
	DocChiThi    = "chithi"
	DocNghiQuyet = "nghiquyet"
	DocKeHoach   = "kehoach"
	DocHuongDan  = "huongdan"
	DocKhac      = "khac"
)

// DocumentKinds lists the document kinds in display order.
var DocumentKinds = []string{DocChiThi, DocNghiQuyet, DocKeHoach, DocHuongDan, DocKhac}

// DocumentKindName is the Vietnamese name of a document kind.
func DocumentKindName(kind string) string {
	switch kind {
	case DocChiThi:
		return "Chỉ thị"
	case DocNghiQuyet:
		return "Nghị quyết"
	case DocKeHoach:
		return "Kế hoạch"
	case DocHuongDan:
		return "Hướng dẫn"
	case DocKhac:
		return "Văn bản khác"
	}
	return kind
}

// DocumentKindByName is the inverse of DocumentKindName (case-insensitive);
// ok is false for an unknown name.
func DocumentKindByName(name string) (kind string, ok bool) {
	n := foldName(name)
	for _, k := range DocumentKinds {
		if foldName(DocumentKindName(k)) == n || k == n {
			return k, true
		}
	}
	return "", false
}

// Document is one document the unit advised to issue.
type Document struct {
	Symbol  string `json:"symbol"` // 23-CT/TU; may be empty when the document has none
	Kind    string `json:"kind"`
	Date    string `json:"date,omitempty"` // YYYY-MM-DD; may be empty
	Summary string `json:"summary"`        // trích yếu
}

// Section is one part of the narrative: a heading and paragraphs separated
// by a blank line; {code} placeholders are replaced by figures.
type Section struct {
	Heading string `json:"heading"`
	Text    string `json:"text"`
	// Guidance is what the template asks to write under the heading:
	// shown to whoever writes, never printed.
	Guidance string `json:"guidance,omitempty"`
}

// Signer is the signature block.
type Signer struct {
	Authority string `json:"authority"` // K/T TRƯỞNG BAN, or empty
	Title     string `json:"title"`     // TRƯỞNG BAN
	Name      string `json:"name"`
}

// UnitRow is one lower unit's line in a consolidated report's breakdown.
type UnitRow struct {
	Superior string           `json:"superior"`
	Name     string           `json:"name"`
	Figures  map[string]int64 `json:"figures"`
}

// Label is the unit as its header names it ("BAN TUYÊN GIÁO HUYỆN ỦY KIM BẢNG").
func (u UnitRow) Label() string { return unitLabel(u.Superior, u.Name) }

// UnitKey identifies a unit: superior and name together (many districts
// share an abbreviation).
func (o Organization) UnitKey() string {
	return foldName(o.Superior) + "\x00" + foldName(o.Name)
}

// Label names the unit as a person would read it.
func (o Organization) Label() string { return unitLabel(o.Superior, o.Name) }

func unitLabel(superior, name string) string {
	switch {
	case superior == "":
		return name
	case name == "":
		return superior
	}
	return name + " " + superior
}

// NumberLine is the number as printed: "Số 45-BC/BTGTU".
func (r *Report) NumberLine() string {
	return "Số " + r.Number + "-BC/" + r.Organization.Abbreviation
}

// Template is the template the report was written to.
func (r *Report) Template() TemplateRef {
	if r.Tmpl != nil {
		return *r.Tmpl
	}
	return LegacyRef()
}

// Catalogue is the catalogue the report was written to: the one it
// carries, else its built-in template's. Parse makes sure there is one.
func (r *Report) Catalogue() *Catalogue {
	if r.Cat != nil {
		return r.Cat
	}
	if r.Tmpl != nil {
		if t := BuiltinTemplate(r.Tmpl.ID, r.Tmpl.Version); t != nil {
			return t.Catalogue
		}
	}
	return DefaultCatalogue()
}

// Validate checks the report against its own catalogue.
func (r *Report) Validate() Problems { return r.Catalogue().Validate(r) }

// Evaluate computes the report's figures with its own catalogue.
func (r *Report) Evaluate() *Sheet { return r.Catalogue().Evaluate(r) }

// Clone returns a deep copy of the report (the catalogue, which is never
// changed once indexed, is shared).
func (r *Report) Clone() *Report {
	c := *r
	if r.Tmpl != nil {
		t := *r.Tmpl
		c.Tmpl = &t
	}
	if r.Figures != nil {
		c.Figures = make(map[string]Figure, len(r.Figures))
		for k, f := range r.Figures {
			c.Figures[k] = Figure{Value: clonePtr(f.Value), Previous: clonePtr(f.Previous), Plan: clonePtr(f.Plan)}
		}
	}
	c.Documents = append([]Document(nil), r.Documents...)
	c.Sections = append([]Section(nil), r.Sections...)
	c.Recipients = append([]string(nil), r.Recipients...)
	c.ReadNotes = append([]string(nil), r.ReadNotes...)
	if r.Breakdown != nil {
		c.Breakdown = make([]UnitRow, len(r.Breakdown))
		for i, u := range r.Breakdown {
			c.Breakdown[i] = u
			c.Breakdown[i].Figures = make(map[string]int64, len(u.Figures))
			for k, v := range u.Figures {
				c.Breakdown[i].Figures[k] = v
			}
		}
	}
	return &c
}

func clonePtr(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// Int returns a pointer to v, for building figures.
func Int(v int64) *int64 { return &v }
