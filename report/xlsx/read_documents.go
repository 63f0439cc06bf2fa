package xlsx

import (
	"strings"

	"baocao/report"
)

// readDocuments reads the documents list: every row below the header with
// something in it, including rows a clerk added or inserted, but for the
// rows that continue a summary too long for one (split.go).
func (b *book) readDocuments(mk mark) []report.Document {
	sh, header := mk.sh, mk.row
	cols, ok := b.headerColumns(sh, header, []column{
		{"symbol", []string{labelDocSymbol}},
		{"date", []string{labelDocDate}},
		{"kind", []string{labelDocKind}},
		{"summary", []string{labelDocSummary}},
	})
	if !ok {
		return nil
	}
	kinds := make([]string, len(report.DocumentKinds))
	for i, k := range report.DocumentKinds {
		kinds[i] = report.DocumentKindName(k)
	}
	docs := []report.Document{}
	open := "" // the key of the split summary the rows below continue (split.go)
	for row := header + 1; row <= len(sh.rows); row++ {
		symbol, kindText, summary := sh.cell(cols["symbol"], row), sh.cell(cols["kind"], row), sh.cell(cols["summary"], row)
		_, mark, key := pieceOf(sh.cell(mk.col, row))
		if sep, ok := contSep[mark]; ok && key == open && strings.TrimSpace(symbol+kindText+sh.cell(cols["date"], row)) == "" {
			docs[len(docs)-1].Summary += sep + summary
			continue
		}
		if strings.TrimSpace(symbol+kindText+summary+sh.cell(cols["date"], row)) == "" {
			continue
		}
		open = key
		date, _ := b.date(sh, cols["date"], row)
		d := report.Document{Symbol: symbol, Date: date, Summary: summary}
		switch kind, ok := report.DocumentKindByName(kindText); {
		case ok:
			d.Kind = kind
		case strings.TrimSpace(kindText) == "":
			b.problem(sh, cols["kind"], row, "chưa ghi loại văn bản (%s)", strings.Join(kinds, ", "))
		default:
			b.problem(sh, cols["kind"], row, "loại văn bản %q không có; chọn một trong: %s", kindText, strings.Join(kinds, ", "))
		}
		docs = append(docs, d)
	}
	return docs
}
