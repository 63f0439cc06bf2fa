package xlsx

import (
	"encoding/json"
	"fmt"
)

// Hidden columns after the figures of the units sheet.
const (
	ucTagOffset      = iota // tag: donvi / tong
	ucSuperiorOffset        // the unit's superior body
	ucNameOffset            // the unit's name
	ucExtraOffset           // figures of codes not shown, as JSON
	ucHiddenCount
)

// unitRoles name the hidden columns in the hidden codes row.
var unitRoles = [ucHiddenCount]string{"#tag", "#superior", "#name", "#extra"}

// units writes "Các đơn vị": one row a lower unit of a consolidated
// report, its main figures as columns, and a total row. Room is left on
// the right of the table for a chart.
func (w *writer) units() error {
	const sheet = sheetUnits
	r, st := w.r, w.st
	mains := w.cat.MainIndicators()
	lastCol := ucMain + len(mains) - 1
	tagCol := lastCol + 1
	widths := map[int]float64{ucSTT: 5, ucUnit: 40}
	for i := range mains {
		widths[ucMain+i] = 13
	}
	for i := range ucHiddenCount {
		widths[tagCol+i] = 12
	}
	first := urHeader + 1
	total := first + len(r.Breakdown)
	area := fmt.Sprintf("$A$1:$%s$%d", colName(lastCol), total)
	if err := w.printSetup(sheet, len(mains) > 5, fmt.Sprintf("$%d:$%d", urHeader, urHeader), area); err != nil {
		return err
	}
	sw, err := w.stream(sheet, widths, tagCol)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(freezePanes(urHeader, ucUnit)); err != nil {
		return err
	}
	full := widthOf(widths, ucSTT, lastCol)
	title := newRow(tagCol + ucHiddenCount - 1)
	title.set(ucSTT, st.sheetTitle, party.BreakdownTitle)
	if err := sw.put(urTitle, title, 22); err != nil {
		return err
	}
	sub := newRow(tagCol + ucHiddenCount - 1)
	subText := "(" + r.Period.Name() + ")"
	sub.set(ucSTT, st.subTitle, subText)
	if err := sw.put(urSub, sub, rowHeight(subText, full, sizeBody, false)); err != nil {
		return err
	}
	for _, row := range []int{urTitle, urSub} {
		if err := sw.MergeCell(cellName(ucSTT, row), cellName(lastCol, row)); err != nil {
			return err
		}
	}
	codes := newRow(tagCol + ucHiddenCount - 1)
	codes.set(ucSTT, st.tag, markUnits)
	for i, in := range mains {
		codes.set(ucMain+i, st.tag, in.Code)
	}
	for i, role := range unitRoles {
		codes.set(tagCol+i, st.tag, role)
	}
	if err := sw.SetRow(cellName(1, urCodes), codes, rowHidden()); err != nil {
		return err
	}
	hdr := newRow(tagCol + ucHiddenCount - 1)
	hdr.set(ucSTT, st.th, labelSTT)
	hdr.set(ucUnit, st.th, "Đơn vị")
	h := 0.0
	for i, in := range mains {
		label := in.Name + " (" + in.Unit + ")"
		hdr.set(ucMain+i, st.th, label)
		h = max(h, rowHeight(label, widths[ucMain+i], sizeBody, true))
	}
	if err := sw.put(urHeader, hdr, h); err != nil {
		return err
	}
	for i, u := range r.Breakdown {
		rc := newRow(tagCol + ucHiddenCount - 1)
		rc.set(ucSTT, st.stt, i+1)
		rc.set(ucUnit, st.name, u.Label())
		shown := map[string]bool{}
		for j, in := range mains {
			shown[in.Code] = true
			if v, ok := u.Figures[in.Code]; ok {
				rc.set(ucMain+j, st.integer, v)
			} else {
				rc.set(ucMain+j, st.integer, nil)
			}
		}
		extra := map[string]int64{}
		for code, v := range u.Figures {
			if !shown[code] {
				extra[code] = v
			}
		}
		rc.set(tagCol+ucTagOffset, st.tag, tagUnit)
		rc.set(tagCol+ucSuperiorOffset, st.tag, u.Superior)
		rc.set(tagCol+ucNameOffset, st.tag, u.Name)
		if len(extra) > 0 {
			b, err := json.Marshal(extra)
			if err != nil {
				return err
			}
			rc.set(tagCol+ucExtraOffset, st.tag, string(b))
		}
		if err := sw.put(first+i, rc, rowHeight(u.Label(), widths[ucUnit], sizeBody, false)); err != nil {
			return err
		}
	}
	rc := newRow(tagCol + ucHiddenCount - 1)
	rc.set(ucSTT, st.totalLabel, party.Breakdown.TotalLabel)
	rc.fill(ucUnit, ucUnit, st.totalLabel)
	for j, in := range mains {
		var sum int64
		seen := false
		for _, u := range r.Breakdown {
			if v, ok := u.Figures[in.Code]; ok {
				sum += v
				seen = true
			}
		}
		var cached any = ""
		if seen {
			cached = sum
		}
		if len(r.Breakdown) == 0 {
			rc.set(ucMain+j, st.integerTotal, nil) // nothing to add up
			continue
		}
		rng := fmt.Sprintf("%s:%s", cellName(ucMain+j, first), cellName(ucMain+j, total-1))
		rc.formula(ucMain+j, st.integerTotal, fmt.Sprintf(`IF(COUNT(%s)=0,"",SUM(%s))`, rng, rng), cached)
	}
	rc.set(tagCol+ucTagOffset, st.tag, tagTotal)
	if err := sw.put(total, rc, 20); err != nil {
		return err
	}
	if err := sw.MergeCell(cellName(ucSTT, total), cellName(ucUnit, total)); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return w.unitCharts(tagCol+ucHiddenCount+1, first, total-1)
}
