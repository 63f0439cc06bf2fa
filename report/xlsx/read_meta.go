package xlsx

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"baocao/report"
)

// metaInfo is what the hidden sheet holds besides the report's header:
// fall-backs for cells a clerk may have deleted, and the raw figures.
type metaInfo struct {
	recipients []string
	signer     report.Signer
	summary    string
	raw        map[string]report.Figure
	// guidance is the sections' guidance by heading.
	guidance map[string]string
	// workbook is keyWorkbook's value, "" in a workbook written before it.
	workbook string
	// counts are the sections, documents and units the workbook was
	// written with, by key; a key is missing in a workbook written before
	// them (and the units' in a report not consolidated).
	counts map[string]int
}

// addGuidance gives the sections read their guidance, found by heading.
func (m *metaInfo) addGuidance(r *report.Report) {
	for i := range r.Sections {
		s := &r.Sections[i]
		if g, ok := m.guidance[report.NormalizeText(s.Heading)]; ok && s.Guidance == "" {
			s.Guidance = g
		}
	}
}

// readMeta reads the hidden sheet into the report's header fields.
func (b *book) readMeta(sh *sheet) (*report.Report, *metaInfo, error) {
	format := sh.cell(2, 1)
	if format != FormatV1 {
		return nil, nil, fmt.Errorf("%s: tệp Excel được xuất bởi phiên bản mới hơn (%s, phiên bản này đọc %s); hãy cập nhật chương trình",
			b.name, format, FormatV1)
	}
	r := &report.Report{Format: report.FormatV1, Figures: map[string]report.Figure{}}
	m := &metaInfo{counts: map[string]int{}}
	var catalogue strings.Builder
	catRow := 0
	hidden := "(trang ẩn do chương trình ghi, đừng sửa)"
	for i := 1; i <= len(sh.rows); i++ {
		key, val := sh.cell(1, i), sh.cell(2, i)
		o := &r.Organization
		switch key {
		case keySuperior:
			o.Superior = val
		case keyOrgName:
			o.Name = val
		case keyAbbreviation:
			o.Abbreviation = val
		case keyPlace:
			o.Place = val
		case keyYear:
			y, err := strconv.Atoi(strings.TrimSpace(val))
			if err != nil && val != "" {
				b.problem(sh, 2, i, "năm báo cáo %q không hợp lệ %s", val, hidden)
			}
			r.Period.Year = y
		case keyKind:
			r.Period.Kind = val
		case keyNumber:
			r.Number = val
		case keyDate:
			r.Date = val
		case keySummary:
			m.summary = val
		case keyAuthority:
			m.signer.Authority = val
		case keySignerTitle:
			m.signer.Title = val
		case keySignerName:
			m.signer.Name = val
		case keyRecipient:
			m.recipients = append(m.recipients, val)
		case keyTemplate:
			var t report.TemplateRef
			if err := json.Unmarshal([]byte(val), &t); err != nil || t.ID == "" {
				b.problem(sh, 2, i, "tên mẫu báo cáo ẩn hỏng %s", hidden)
			} else {
				r.Tmpl = &t
			}
		case keyGuidance:
			var g sectionGuidance
			if err := json.Unmarshal([]byte(val), &g); err == nil {
				if m.guidance == nil {
					m.guidance = map[string]string{}
				}
				m.guidance[report.NormalizeText(g.Heading)] = g.Guidance
			}
		case keyCatalogue:
			catalogue.WriteString(val)
			if catRow == 0 {
				catRow = i
			}
		case keyWorkbook:
			m.workbook = val
		case keySections, keyDocuments, keyUnits:
			if n, err := strconv.Atoi(val); err == nil && n >= 0 {
				m.counts[key] = n
			}
		case keyRawFigures:
			if err := json.Unmarshal([]byte(val), &m.raw); err != nil {
				b.problem(sh, 2, i, "số liệu ẩn hỏng %s", hidden)
			}
		}
	}
	r.Summary = m.summary
	if catRow > 0 {
		var c report.Catalogue
		if err := json.Unmarshal([]byte(catalogue.String()), &c); err != nil {
			b.problem(sh, 2, catRow, "danh mục chỉ tiêu ẩn hỏng %s", hidden)
		} else {
			r.Cat = &c
		}
	}
	if err := r.CheckCatalogue(); err != nil {
		b.problem(sh, 2, max(catRow, 1), "%v %s", err, hidden)
	}
	return r, m, nil
}
