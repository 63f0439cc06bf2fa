package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// chartCodes are the figures drawn per unit on the units sheet: classes
// and learners of the political theory courses.
var chartCodes = []string{"llct.lop", "llct.hocvien"}

// unitCharts draws, right of the units table (past its hidden columns), a
// bar chart per figure of chartCodes: one bar a unit. Classes and learners
// differ by two orders of magnitude, so each has its own chart and axis.
func (w *writer) unitCharts(anchorCol, first, last int) error {
	if last < first {
		return nil
	}
	mains := w.cat.MainIndicators()
	col := map[string]int{}
	for i, in := range mains {
		col[in.Code] = ucMain + i
	}
	height := uint(90 + 22*(last-first+1))
	row := urHeader
	for _, code := range chartCodes {
		c, ok := col[code]
		if !ok {
			continue
		}
		in := w.cat.Indicator(code)
		ref := func(col, from, to int) string {
			return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheetUnits, colName(col), from, colName(col), to)
		}
		title := in.Name + " (" + in.Unit + ")"
		font := &excelize.Font{Family: fontFamily, Size: 11}
		gap := uint(60)
		chart := &excelize.Chart{
			Type: excelize.Bar,
			Series: []excelize.ChartSeries{{
				Name:       fmt.Sprintf("'%s'!$%s$%d", sheetUnits, colName(c), urHeader),
				Categories: ref(ucUnit, first, last),
				Values:     ref(c, first, last),
				Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"B71C1C"}},
			}},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title, Font: &excelize.Font{Family: fontFamily, Size: 12, Bold: true}}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			Dimension: excelize.ChartDimension{Width: 620, Height: height},
			XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: *font},
			YAxis:     excelize.ChartAxis{MajorGridLines: true, Font: *font, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true},
			GapWidth:  &gap,
			Format:    excelize.GraphicOptions{AltText: title, PrintObject: boolPtr(false), Positioning: "oneCell"},
		}
		if err := w.f.AddChart(sheetUnits, cellName(anchorCol, row), chart); err != nil {
			return fmt.Errorf("vẽ biểu đồ %s: %w", in.Name, err)
		}
		row += int(height/20) + 2
	}
	return nil
}

func boolPtr(b bool) *bool { return &b }
