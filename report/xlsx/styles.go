package xlsx

import "github.com/xuri/excelize/v2"

// styles are the cell styles of the workbook, created once per file.
type styles struct {
	// Header block.
	superior, issuer, party, place, plain, title, summary, rule int
	// Tables.
	th, thLeft, groupNo, group, stt, name, unit, text, textCenter, date int
	integer, integerDerived, integerTotal, percent, percentDerived      int
	totalLabel                                                          int
	// Narrative.
	sheetTitle, subTitle, heading, paragraph, to, recipient, authority int
	signerTitle, signerTitleBold, signerName, note, tag                int
	// Input cells of a fill-in form: unlocked, on a light fill.
	integerInput, textInput, textCenterInput, dateInput, paragraphInput int
	summaryInput, infoLabel, check                                      int
}

type styleSpec struct {
	size                    float64
	bold, italic, underline bool
	halign, valign          string
	wrap                    bool
	border                  bool
	fill                    string
	numFmt                  int
	customNumFmt            string
	indent                  int
	unlocked                bool
}

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{}
	specs := []struct {
		id   *int
		spec styleSpec
	}{
		{&s.superior, styleSpec{size: sizeHead, halign: "center"}},
		{&s.issuer, styleSpec{size: sizeHead, bold: true, halign: "center"}},
		{&s.party, styleSpec{size: sizeHead, bold: true, underline: true, halign: "center"}},
		{&s.place, styleSpec{size: sizeHead, italic: true, halign: "center"}},
		{&s.plain, styleSpec{size: sizeHead, halign: "center"}},
		{&s.title, styleSpec{size: sizeTitle + 1, bold: true, halign: "center", valign: "bottom"}},
		{&s.summary, styleSpec{size: sizeHead, bold: true, halign: "center", valign: "top", wrap: true}},
		{&s.rule, styleSpec{size: sizeBody, halign: "center", valign: "top"}},

		{&s.th, styleSpec{size: sizeBody, bold: true, halign: "center", valign: "center", wrap: true, border: true, fill: fillHeader}},
		{&s.thLeft, styleSpec{size: sizeBody, bold: true, halign: "left", valign: "center", wrap: true, border: true, fill: fillHeader}},
		{&s.groupNo, styleSpec{size: sizeBody, bold: true, halign: "center", valign: "center", border: true, fill: fillGroup}},
		{&s.group, styleSpec{size: sizeBody, bold: true, halign: "left", valign: "center", wrap: true, border: true, fill: fillGroup}},
		{&s.stt, styleSpec{size: sizeBody, halign: "center", valign: "center", border: true}},
		{&s.name, styleSpec{size: sizeBody, halign: "left", valign: "center", wrap: true, border: true}},
		{&s.unit, styleSpec{size: sizeBody, halign: "center", valign: "center", wrap: true, border: true}},
		{&s.text, styleSpec{size: sizeBody, halign: "left", valign: "center", wrap: true, border: true}},
		{&s.textCenter, styleSpec{size: sizeBody, halign: "center", valign: "center", wrap: true, border: true}},
		{&s.date, styleSpec{size: sizeBody, halign: "center", valign: "center", border: true, customNumFmt: dateFormat}},
		{&s.integer, styleSpec{size: sizeBody, halign: "right", valign: "center", border: true, numFmt: numFmtInt}},
		{&s.integerDerived, styleSpec{size: sizeBody, halign: "right", valign: "center", border: true, numFmt: numFmtInt, fill: fillDerived}},
		{&s.integerTotal, styleSpec{size: sizeBody, bold: true, halign: "right", valign: "center", border: true, numFmt: numFmtInt, fill: fillDerived}},
		{&s.percent, styleSpec{size: sizeBody, halign: "right", valign: "center", border: true, numFmt: numFmtPercent}},
		{&s.percentDerived, styleSpec{size: sizeBody, halign: "right", valign: "center", border: true, numFmt: numFmtPercent, fill: fillDerived}},
		{&s.totalLabel, styleSpec{size: sizeBody, bold: true, halign: "center", valign: "center", border: true, fill: fillDerived}},

		{&s.sheetTitle, styleSpec{size: sizeTitle, bold: true, halign: "center", valign: "center", wrap: true}},
		{&s.subTitle, styleSpec{size: sizeBody, italic: true, halign: "center", valign: "center", wrap: true}},
		{&s.heading, styleSpec{size: sizeHead, bold: true, halign: "left", valign: "top", wrap: true}},
		{&s.paragraph, styleSpec{size: sizeHead, halign: "justify", valign: "top", wrap: true}},
		{&s.to, styleSpec{size: sizeBody, bold: true, italic: true, underline: true, halign: "left", valign: "top"}},
		{&s.recipient, styleSpec{size: sizeSmall, halign: "left", valign: "top", wrap: true}},
		{&s.authority, styleSpec{size: sizeHead, bold: true, halign: "center", valign: "top", wrap: true}},
		{&s.signerTitle, styleSpec{size: sizeHead, halign: "center", valign: "top", wrap: true}},
		{&s.signerTitleBold, styleSpec{size: sizeHead, bold: true, halign: "center", valign: "top", wrap: true}},
		{&s.signerName, styleSpec{size: sizeHead, bold: true, halign: "center", valign: "top", wrap: true}},
		{&s.note, styleSpec{size: sizeSmall, italic: true, halign: "left", valign: "top", wrap: true}},
		{&s.tag, styleSpec{size: sizeSmall, halign: "left"}},

		{&s.integerInput, styleSpec{size: sizeBody, halign: "right", valign: "center", border: true, numFmt: numFmtInt, fill: fillInput, unlocked: true}},
		{&s.textInput, styleSpec{size: sizeBody, halign: "left", valign: "center", wrap: true, border: true, fill: fillInput, unlocked: true}},
		{&s.textCenterInput, styleSpec{size: sizeBody, halign: "center", valign: "center", wrap: true, border: true, fill: fillInput, unlocked: true}},
		{&s.dateInput, styleSpec{size: sizeBody, halign: "center", valign: "center", border: true, customNumFmt: dateFormat, fill: fillInput, unlocked: true}},
		{&s.paragraphInput, styleSpec{size: sizeHead, halign: "justify", valign: "top", wrap: true, fill: fillInput, unlocked: true}},
		{&s.summaryInput, styleSpec{size: sizeHead, bold: true, halign: "center", valign: "top", wrap: true, fill: fillInput, unlocked: true}},
		{&s.infoLabel, styleSpec{size: sizeBody, bold: true, halign: "left", valign: "center", wrap: true, border: true}},
		{&s.check, styleSpec{size: sizeSmall, halign: "left", valign: "center", wrap: true, border: true}},
	}
	for _, sp := range specs {
		id, err := f.NewStyle(sp.spec.style())
		if err != nil {
			return nil, err
		}
		*sp.id = id
	}
	return s, nil
}

func (sp styleSpec) style() *excelize.Style {
	st := &excelize.Style{
		Font: &excelize.Font{Family: fontFamily, Size: sp.size, Bold: sp.bold, Italic: sp.italic},
		Alignment: &excelize.Alignment{
			Horizontal: sp.halign, Vertical: sp.valign, WrapText: sp.wrap, Indent: sp.indent,
		},
		NumFmt: sp.numFmt,
	}
	if sp.underline {
		st.Font.Underline = "single"
	}
	if sp.customNumFmt != "" {
		c := sp.customNumFmt
		st.CustomNumFmt = &c
	}
	if sp.border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			st.Border = append(st.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	if sp.unlocked {
		st.Protection = &excelize.Protection{Locked: false}
	}
	if sp.fill != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{sp.fill}}
	}
	return st
}
