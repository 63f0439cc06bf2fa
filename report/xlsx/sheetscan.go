package xlsx

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// sheetScan is what one pass over a worksheet's XML learns.
type sheetScan struct {
	// types are the cells' type attributes (see scanSheet).
	types *partTypes
	// rows are the sheet's cells as excelize's GetRows with RawCellValue
	// gives them; valid only when fast is true.
	rows [][]string
	fast bool
}

// scanWorksheet reads a sheet's XML once: it enforces the limits and notes
// the cells' types as scanSheet does (same results, same errors), and
// builds the rows excelize would read, resolving shared strings from sst
// (sstOK false: not available, no rows then). Where the XML is beyond
// xmlScanner the limits and types come from scanSheet, and the rows from
// excelize.
func scanWorksheet(name string, data []byte, sst []string, sstOK bool) (*sheetScan, error) {
	w := &sheetWalk{name: name, types: &partTypes{}, sst: sst, fast: sstOK}
	w.events = make([]sheetEvent, 0, len(data)/32) // a cell takes 20 bytes at least
	s := newXMLScanner(data)
	s.noGT = true // scanSheet takes a tag to end at the first '>'
	s.onStart = w.onStart
	w.walk(s)
	if w.err != nil {
		return nil, w.err
	}
	if s.bad {
		types, err := scanSheet(name, data)
		if err != nil {
			return nil, err
		}
		out := &sheetScan{types: types}
		if w.ended && w.fast {
			// excelize stops reading at </sheetData>: what is beyond the
			// scanner after it does not change the rows.
			out.rows, out.fast = w.rows(), true
		}
		return out, nil
	}
	out := &sheetScan{types: w.types}
	if w.fast {
		out.rows, out.fast = w.rows(), true
	}
	return out, nil
}

// sheetWalk is the state of scanWorksheet.
type sheetWalk struct {
	name string
	err  error

	// As scanSheet counts.
	row, col, cells int
	types           *partTypes

	// As excelize reads: the rows and cells up to </sheetData>.
	sst    []string
	events []sheetEvent
	fast   bool // the events are complete so far
	ended  bool // </sheetData> was read
	inCell bool
}

// sheetEvent is a row's start or a cell, in the order of the XML.
type sheetEvent struct {
	cell bool
	n    int    // a row's r (0: none); a cell's column from its r (0: none)
	val  string // a cell's raw value
	keep bool   // a cell excelize keeps: a value or a formula
}

// onStart sees every start tag, as scanSheet's scan of '<' does.
func (w *sheetWalk) onStart(s *xmlScanner) bool {
	l := string(local(s.name))
	isRow, isCell := l == "row", l == "c"
	if !isRow && !isCell {
		return true
	}
	if w.inCell {
		w.fast = false // excelize's iterator and its cell decoder part ways
	}
	ref, _ := s.attr("r")
	tooBig := func(what string) bool {
		w.err = fmt.Errorf("trang tính %s quá lớn (%s); không phải tệp do %s xuất ra", path.Base(w.name), what, appName)
		return false
	}
	if isRow {
		w.col = 0
		if len(ref) == 0 {
			w.row++
		} else if n, ok := atoi(ref); ok {
			w.row = n
		} else {
			w.row = maxRows + 1
		}
		if w.row > maxRows {
			return tooBig("quá " + report.FormatInt(maxRows) + " dòng")
		}
		return true
	}
	w.cells++
	if w.cells > maxCells {
		return tooBig("quá " + report.FormatInt(maxCells) + " ô")
	}
	if len(ref) == 0 {
		w.col++
	} else {
		c, r := splitRef(ref)
		if c == 0 || r > maxRows {
			c = maxCols + 1
		}
		w.col = c
	}
	if w.col > maxCols {
		return tooBig("có ô quá cột " + colName(maxCols))
	}
	if t, _ := s.attr("t"); len(t) > 0 && w.row > 0 {
		w.types.set(w.row, w.col, t)
	}
	return true
}

// walk reads the whole sheet.
func (w *sheetWalk) walk(s *xmlScanner) {
	for s.next() {
		if w.ended || !w.fast {
			continue
		}
		switch s.kind {
		case tokEnd:
			if string(local(s.name)) == "sheetData" {
				w.ended = true
			}
		case tokStart:
			switch string(local(s.name)) {
			case "row":
				n, ok := rowAttr(s)
				if !ok {
					w.fast = false
					continue
				}
				w.events = append(w.events, sheetEvent{n: n})
			case "c":
				w.inCell = true
				ev, ok := w.readCell(s)
				w.inCell = false
				if !ok {
					w.fast = false
					continue
				}
				w.events = append(w.events, ev)
			}
		}
	}
}

// safeAttr reports whether an attribute's raw value is its value:
// no entity, no carriage return.
func safeAttr(v []byte) bool {
	for _, c := range v {
		if c == '&' || c == '\r' {
			return false
		}
	}
	return true
}

// rowAttr is a row's r as excelize's iterator reads it (attrValToInt);
// false where the iterator fails or reads attributes the scan does not.
func rowAttr(s *xmlScanner) (int, bool) {
	n := 0
	for _, a := range s.attrs {
		if string(local(a.name)) != "r" {
			continue
		}
		if len(a.name) != 1 || !safeAttr(a.value) {
			return 0, false
		}
		v, err := strconv.Atoi(string(a.value))
		if err != nil || v > excelize.TotalRows {
			return 0, false
		}
		n = v
	}
	return n, true
}

// readCell reads a <c> as excelize's row iterator does (cellXMLHandler
// then getValueFrom with a raw value), or gives up.
func (w *sheetWalk) readCell(s *xmlScanner) (sheetEvent, bool) {
	var ev sheetEvent
	var t string
	for _, a := range s.attrs {
		switch string(local(a.name)) {
		case "r", "s", "t":
		default:
			continue
		}
		if len(a.name) != 1 || !safeAttr(a.value) {
			return ev, false
		}
		switch a.name[0] {
		case 'r':
			if len(a.value) > 0 {
				col, ok := refColumn(a.value)
				if !ok {
					return ev, false
				}
				ev.n = col
			}
		case 's':
			if _, err := strconv.ParseInt(string(a.value), 10, 64); err != nil {
				return ev, false
			}
		case 't':
			t = string(a.value)
		}
	}
	var v, is string
	var hasV, hasF, hasIS bool
	for s.next() {
		switch s.kind {
		case tokEnd:
			ev.cell = true
			ev.val = w.cellValue(t, v, is, hasIS)
			ev.keep = ev.val != "" || hasF
			return ev, true
		case tokStart:
		default:
			continue
		}
		var ok bool
		switch string(local(s.name)) {
		case "v":
			if hasV {
				return ev, false
			}
			hasV = true
			v, ok = s.textOnly()
		case "f":
			if hasF {
				return ev, false
			}
			hasF = true
			ok = checkAttrs(s, boolAttr, "aca", "dt2D", "dtr", "del1", "del2", "ca", "bx") &&
				checkAttrs(s, intAttr, "si")
			if ok {
				_, ok = s.textOnly()
			}
		case "is":
			if hasIS {
				return ev, false
			}
			hasIS = true
			is, ok = readStringItem(s)
		}
		if !ok {
			return ev, false
		}
	}
	return ev, false
}

// cellValue is excelize's getValueFrom with a raw value; its error (a
// shared string not in the table) is ignored by the row iterator, which
// then sees an empty value.
func (w *sheetWalk) cellValue(t, v, is string, hasIS bool) string {
	switch t {
	case "s":
		if v == "" {
			return ""
		}
		i, _ := strconv.Atoi(strings.TrimSpace(v))
		if i < 0 || i >= len(w.sst) {
			return ""
		}
		return w.sst[i]
	case "inlineStr":
		if hasIS {
			return is
		}
	}
	return v
}

// refColumn is the column of a cell reference as excelize's
// CellNameToCoordinates reads it; false where it fails.
func refColumn(ref []byte) (int, bool) {
	col, i := 0, 0
	for i < len(ref) && 'A' <= ref[i] && ref[i] <= 'Z' && i < 3 {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	if i > 0 && i < len(ref) && ref[i] >= '1' && ref[i] <= '9' && len(ref)-i <= 7 {
		row := 0
		for _, c := range ref[i:] {
			if c < '0' || c > '9' {
				row = -1
				break
			}
			row = row*10 + int(c-'0')
		}
		if row > 0 && row <= excelize.TotalRows && col <= excelize.MaxColumns {
			return col, true
		}
	}
	col, _, err := excelize.CellNameToCoordinates(string(ref))
	return col, err == nil
}

// rows runs excelize's GetRows over the events: its row iterator's Next
// and Columns, step by step.
func (w *sheetWalk) rows() [][]string {
	ev := w.events
	i := 0
	curRow, seekRow := 0, 0
	var token *sheetEvent // the row start Next read
	next := func() bool {
		seekRow++
		if curRow >= seekRow {
			return true
		}
		for i < len(ev) {
			e := &ev[i]
			i++
			if !e.cell {
				curRow++
				if e.n != 0 {
					curRow = e.n
				}
				token = e
				return true
			}
		}
		return false // </sheetData> or the end
	}
	columns := func() []string {
		if curRow > seekRow {
			return nil
		}
		var cells []string
		col := 0
		for {
			var e *sheetEvent
			if token != nil {
				e = token
			} else if i < len(ev) {
				e = &ev[i]
				i++
			} else {
				return cells
			}
			if !e.cell {
				if e.n != 0 {
					curRow = e.n
				} else if token == nil {
					curRow++
				}
				if curRow > seekRow {
					token = nil
					return cells
				}
				token = nil
				continue
			}
			token = nil
			col++
			if e.n != 0 {
				col = e.n
			}
			if e.keep {
				for k := len(cells) + 1; k < col; k++ {
					cells = append(cells, "")
				}
				cells = append(cells, e.val)
			}
		}
	}
	rows := make([][]string, 0, 64)
	cur, last := 0, 0
	for next() {
		cur++
		row := columns()
		if len(row) > 0 {
			for len(rows) < cur-1 {
				rows = append(rows, nil)
			}
			rows = append(rows, row)
			last = cur
		}
	}
	return rows[:last]
}
