package xlsx

import (
	"fmt"
	"strings"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// summaryBox is the cell of a document's summary.
var summaryBox = textBox{width: documentWidths[dcSummary], size: sizeBody}

// documents writes the "Văn bản" sheet: the documents issued, with a
// drop-down list of kinds on the rows below so a clerk can add some.
func (w *writer) documents() error {
	const sheet = sheetDocuments
	r, st := w.r, w.st
	pieces := make([][]piece, len(r.Documents))
	last := drHeader
	for i, d := range r.Documents {
		pieces[i] = splitText(d.Summary, summaryBox, identity)
		last += len(pieces[i])
	}
	area := fmt.Sprintf("$A$1:$%s$%d", colName(dcSummary), max(last, drHeader+1))
	if err := w.printSetup(sheet, false, fmt.Sprintf("$%d:$%d", drHeader, drHeader), area); err != nil {
		return err
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s:%s", cellName(dcKind, drHeader+1), cellName(dcKind, last+drValidated))
	kinds := make([]string, len(report.DocumentKinds))
	for i, k := range report.DocumentKinds {
		kinds[i] = report.DocumentKindName(k)
	}
	if err := dv.SetDropList(kinds); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "Loại văn bản", "Chọn một loại trong danh sách: "+strings.Join(kinds, ", ")+".")
	if err := w.f.AddDataValidation(sheet, dv); err != nil {
		return err
	}
	sw, err := w.stream(sheet, documentWidths, dcTag)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(freezeRows(drHeader)); err != nil {
		return err
	}
	full := widthOf(documentWidths, dcSTT, dcSummary)
	title := newRow(dcTag)
	title.set(dcSTT, st.sheetTitle, party.DocumentsTitle)
	if err := sw.put(drTitle, title, 22); err != nil {
		return err
	}
	sub := newRow(dcTag)
	subText := "(Kèm theo Báo cáo " + r.NumberLine()
	if t, err := report.ParseDate(r.Date); err == nil {
		subText += " ngày " + report.FormatDateShort(t)
	}
	subText += ")"
	sub.set(dcSTT, st.subTitle, subText)
	if err := sw.put(drSub, sub, rowHeight(subText, full, sizeBody, false)); err != nil {
		return err
	}
	for _, row := range []int{drTitle, drSub} {
		if err := sw.MergeCell(cellName(dcSTT, row), cellName(dcSummary, row)); err != nil {
			return err
		}
	}
	hdr := newRow(dcTag)
	hdr.set(dcSTT, st.th, labelSTT)
	hdr.set(dcSymbol, st.th, labelDocSymbol)
	hdr.set(dcDate, st.th, labelDocDate)
	hdr.set(dcKind, st.th, labelDocKind)
	hdr.set(dcSummary, st.th, labelDocSummary)
	hdr.set(dcTag, st.tag, markDocuments)
	if err := sw.put(drHeader, hdr, 22); err != nil {
		return err
	}
	row, split := drHeader+1, 0
	for i, d := range r.Documents {
		tags := pieceTags("", pieces[i], &split)
		for j, p := range pieces[i] {
			rc := newRow(dcTag)
			h := rowHeight(p.text, documentWidths[dcSummary], sizeBody, false)
			if j == 0 {
				rc.set(dcSTT, st.stt, i+1)
				rc.set(dcSymbol, st.textCenter, d.Symbol)
				if t, err := report.ParseDate(d.Date); err == nil {
					rc.set(dcDate, st.date, t)
				} else {
					// An invalid date is kept as typed, for the clerk to fix.
					rc.set(dcDate, st.date, d.Date)
				}
				rc.set(dcKind, st.textCenter, report.DocumentKindName(d.Kind))
				h = max(h, rowHeight(d.Symbol, documentWidths[dcSymbol], sizeBody, false))
			} else {
				// The rest of a summary too long for a row, under it;
				// the other cells of the row are left empty.
				rc.fill(dcSTT, dcSTT, st.stt)
				rc.fill(dcSymbol, dcSymbol, st.textCenter)
				rc.fill(dcDate, dcDate, st.date)
				rc.fill(dcKind, dcKind, st.textCenter)
			}
			rc.set(dcTag, st.tag, tags[j])
			rc.set(dcSummary, st.text, p.text)
			if err := sw.put(row, rc, h); err != nil {
				return err
			}
			row++
		}
	}
	if w.form != nil {
		// Blank rows to fill in; more can be inserted.
		for i := range formDocumentRows {
			rc := newRow(dcTag)
			rc.set(dcSTT, st.stt, nil)
			rc.set(dcSymbol, st.textCenterInput, nil)
			rc.set(dcDate, st.dateInput, nil)
			rc.set(dcKind, st.textCenterInput, nil)
			rc.set(dcSummary, st.textInput, nil)
			if err := sw.put(last+1+i, rc, 0); err != nil {
				return err
			}
		}
	}
	return sw.Flush()
}
