package report

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// NormalizeText composes Vietnamese letters typed or pasted as decomposed
// marks (NFC) and unifies line ends to "\n".
func NormalizeText(s string) string {
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s)
}

// Normalize applies NormalizeText to every text of the report, in place.
func (r *Report) Normalize() {
	n := NormalizeText
	o := &r.Organization
	o.Superior, o.Name, o.Abbreviation, o.Place = n(o.Superior), n(o.Name), n(o.Abbreviation), n(o.Place)
	r.Number, r.Date, r.Summary = n(r.Number), n(r.Date), n(r.Summary)
	r.Period.Kind = n(r.Period.Kind)
	if r.Tmpl != nil {
		r.Tmpl.Name = n(r.Tmpl.Name)
	}
	for i := range r.Documents {
		d := &r.Documents[i]
		d.Symbol, d.Kind, d.Date, d.Summary = n(d.Symbol), n(d.Kind), n(d.Date), n(d.Summary)
	}
	for i := range r.Sections {
		s := &r.Sections[i]
		s.Heading, s.Text, s.Guidance = n(s.Heading), n(s.Text), n(s.Guidance)
	}
	for i := range r.Recipients {
		r.Recipients[i] = n(r.Recipients[i])
	}
	s := &r.Signer
	s.Authority, s.Title, s.Name = n(s.Authority), n(s.Title), n(s.Name)
	for i := range r.Breakdown {
		u := &r.Breakdown[i]
		u.Superior, u.Name = n(u.Superior), n(u.Name)
	}
}

// foldName folds a name for comparisons: NFC, lower case, single spaces.
func foldName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s))), " ")
}

// Paragraphs splits a section text into its paragraphs, which are
// separated by a blank line; a single line break inside a paragraph stays.
func Paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(NormalizeText(text), "\n\n") {
		p = strings.Trim(p, "\n")
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return out
}
