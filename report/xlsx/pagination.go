package xlsx

import (
	"fmt"
	"math"

	"baocao/report"

	"github.com/xuri/excelize/v2"
)

// Excel and LibreOffice break pages where a row does not fit. A group row
// or a heading left alone at the foot of a page, or a signature block cut
// in two, looks careless: the writer adds a manual break before such
// rows, from the row heights it set and the page size.

// defaultRowHeight is the height of a row left at the default, in points.
const defaultRowHeight = 15

// sheetOut is a sheet being streamed, with the heights of its rows and
// the count of its cells.
type sheetOut struct {
	*excelize.StreamWriter
	name    string
	heights map[int]float64
	cells   int
}

func newSheetOut(sw *excelize.StreamWriter, name string) *sheetOut {
	return &sheetOut{StreamWriter: sw, name: name, heights: map[int]float64{}}
}

// put writes a row; height 0 keeps the default. A height over Excel's
// limit is written as the limit: a text that needs more is split over
// rows (split.go) where it matters.
// A sheet larger than reading accepts (limits.go) is refused: what is
// exported must import.
func (s *sheetOut) put(row int, rc rowCells, height float64) error {
	for _, c := range rc {
		if c != nil {
			s.cells++
		}
	}
	if row > maxRows || s.cells > maxCells {
		return errTooBig(fmt.Sprintf("trang %q cần quá %s dòng hoặc %s ô", s.name, report.FormatInt(maxRows), report.FormatInt(maxCells)))
	}
	var opts []excelize.RowOpts
	height = math.Min(height, maxRowHeight)
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
		s.heights[row] = height
	}
	return s.SetRow(cellName(1, row), rc, opts...)
}

func (s *sheetOut) height(row int) float64 {
	if h, ok := s.heights[row]; ok {
		return h
	}
	return defaultRowHeight
}

// pageCapacity is how many points of rows fit on a portrait A4 page when
// the columns of widths from..to are scaled to fit the page width; a
// little is kept in hand, since the programs round differently.
func pageCapacity(widths map[int]float64, from, to int) float64 {
	content := 0.0
	for c := from; c <= to; c++ {
		content += colPoints(widths[c])
	}
	const pt = 72 / 25.4
	printW := (210 - marginLeftMM - marginRgtMM) * pt
	printH := (297 - marginTopMM - marginBotMM) * pt
	scale := math.Min(1, math.Floor(printW/content*100)/100)
	return printH / scale * 0.97
}

// keep says that rows first..last must be on one page.
type keep struct{ first, last int }

// breakPages adds a page break before every kept run of rows that would
// otherwise be cut by the end of a page. Rows 1..lastRow are printed;
// titleRows is the height repeated at the top of every page after the
// first.
func (s *sheetOut) breakPages(lastRow int, capacity, titleRows float64, keeps []keep) error {
	starts := map[int]keep{}
	for _, k := range keeps {
		starts[k.first] = k
	}
	y := 0.0
	for row := 1; row <= lastRow; row++ {
		if k, ok := starts[row]; ok && row > 1 {
			run := 0.0
			for r := k.first; r <= k.last; r++ {
				run += s.height(r)
			}
			if y+run > capacity && titleRows+run <= capacity && y > titleRows {
				if err := s.InsertPageBreak(cellName(1, row)); err != nil {
					return err
				}
				y = titleRows
			}
		}
		h := s.height(row)
		if y+h > capacity {
			y = titleRows
		}
		y += h
	}
	return nil
}
