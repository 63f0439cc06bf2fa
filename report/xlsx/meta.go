package xlsx

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"baocao/report"
)

// Keys of the hidden sheet "_baocao": column A the key, column B the value;
// a key may repeat (recipient).
const (
	keyFormat       = "format"
	keyReportFormat = "report.format"
	keySuperior     = "organization.superior"
	keyOrgName      = "organization.name"
	keyAbbreviation = "organization.abbreviation"
	keyPlace        = "organization.place"
	keyYear         = "period.year"
	keyKind         = "period.kind"
	keyNumber       = "number"
	keyDate         = "date"
	keySummary      = "summary"
	keyAuthority    = "signer.authority"
	keySignerTitle  = "signer.title"
	keySignerName   = "signer.name"
	keyRecipient    = "recipient"
	keyRawFigures   = "raw.figures"
	keyGenerator    = "generator"
	keyTemplate     = "template"  // the report's TemplateRef as JSON
	keyCatalogue    = "catalogue" // the catalogue it carries, as JSON in pieces (a cell holds 32.767 characters)
	keyGuidance     = "guidance"  // a section's guidance: {"heading", "guidance"} as JSON, one a row
	// keyWorkbook is "form" in a fill-in form, "report" in an export.
	keyWorkbook = "workbook"
	// How many sections, documents and units (of a consolidated report)
	// the workbook was written with: reading tells a sheet deleted with
	// them from one that had nothing to lose.
	keySections  = "sections.count"
	keyDocuments = "documents.count"
	keyUnits     = "units.count"
)

// Values of keyWorkbook.
const (
	workbookReport = "report"
	workbookForm   = "form"
)

// cataloguePiece is the most characters of the catalogue's JSON a cell of
// the hidden sheet holds.
const cataloguePiece = 8000

// rawFigures are the figures the figures table does not show: codes the
// catalogue does not have or computes, entries with no number, and the
// typed vb.* values that the count of the documents list replaces.
func rawFigures(r *report.Report, ev *report.Sheet) map[string]report.Figure {
	raw := map[string]report.Figure{}
	for code, f := range r.Figures {
		row := ev.Row(code)
		switch {
		case row == nil || row.IsDerived() || f.IsEmpty():
			raw[code] = f
		case row.FromDocuments && f.Value != nil:
			raw[code] = report.Figure{Value: f.Value}
		}
	}
	return raw
}

func (w *writer) meta() error {
	r := w.r
	o := r.Organization
	kv := [][2]string{
		{keyFormat, FormatV1},
		{keyGenerator, appName},
		{keyReportFormat, report.FormatV1},
		{keySuperior, o.Superior},
		{keyOrgName, o.Name},
		{keyAbbreviation, o.Abbreviation},
		{keyPlace, o.Place},
		{keyYear, strconv.Itoa(r.Period.Year)},
		{keyKind, r.Period.Kind},
		{keyNumber, r.Number},
		{keyDate, r.Date},
		{keySummary, r.Summary},
		{keyAuthority, r.Signer.Authority},
		{keySignerTitle, r.Signer.Title},
		{keySignerName, r.Signer.Name},
	}
	kind := workbookReport
	if w.form != nil {
		kind = workbookForm
	}
	kv = append(kv, [2]string{keyWorkbook, kind},
		[2]string{keySections, strconv.Itoa(len(r.Sections))},
		[2]string{keyDocuments, strconv.Itoa(len(r.Documents))})
	if r.IsConsolidated() {
		kv = append(kv, [2]string{keyUnits, strconv.Itoa(len(r.Breakdown))})
	}
	for _, rc := range r.Recipients {
		kv = append(kv, [2]string{keyRecipient, rc})
	}
	if r.Tmpl != nil {
		b, err := json.Marshal(r.Tmpl)
		if err != nil {
			return err
		}
		kv = append(kv, [2]string{keyTemplate, string(b)})
	}
	for _, sec := range r.Sections {
		if sec.Guidance == "" {
			continue
		}
		b, err := json.Marshal(sectionGuidance{Heading: sec.Heading, Guidance: sec.Guidance})
		if err != nil {
			return err
		}
		kv = append(kv, [2]string{keyGuidance, string(b)})
	}
	if r.Cat != nil {
		b, err := json.Marshal(r.Cat)
		if err != nil {
			return err
		}
		for _, piece := range pieces(string(b), cataloguePiece) {
			kv = append(kv, [2]string{keyCatalogue, piece})
		}
	}
	if raw := rawFigures(r, w.ev); len(raw) > 0 {
		b, err := json.Marshal(raw)
		if err != nil {
			return err
		}
		kv = append(kv, [2]string{keyRawFigures, string(b)})
	}
	for i, p := range kv {
		if err := w.f.SetCellStr(sheetMeta, cellName(1, i+1), p[0]); err != nil {
			return err
		}
		if err := w.f.SetCellStr(sheetMeta, cellName(2, i+1), p[1]); err != nil {
			return err
		}
	}
	return nil
}

// sectionGuidance is what the hidden sheet keeps of a section's guidance:
// it is found again by the heading, wherever a clerk moved the section.
type sectionGuidance struct {
	Heading  string `json:"heading"`
	Guidance string `json:"guidance"`
}

// pieces cuts s into pieces of at most n characters (runes).
func pieces(s string, n int) []string {
	var out []string
	for s != "" {
		i, k := 0, 0
		for i < len(s) && k < n {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			k++
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}
