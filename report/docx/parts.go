package docx

import "baocao/report/layout"

// The fixed parts of the package and the namespaces.
const (
	xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW     = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR     = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

	contentTypes = xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
		`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
		`</Types>`

	packageRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
		`</Relationships>`

	documentRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
		`<Relationship Id="rIdFirstHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>` +
		`</Relationships>`

	// appProps names the program that wrote the file.
	appProps = xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>baocao</Application></Properties>`

	settings = xmlHead + `<w:settings ` + nsW + `><w:defaultTabStop w:val="720"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`</w:settings>`

	// emptyHeader is the header of page 1: no page number.
	emptyHeader = xmlHead + `<w:hdr ` + nsW + `><w:p/></w:hdr>`
)

// Styles besides Normal and the headings.
const (
	styleTable  = "TableText"
	styleHeader = "Header"

	// headingLevels are Heading1 … Heading4: the parts and three levels
	// under them.
	headingLevels = 4
)

// styles is word/styles.xml: Times New Roman everywhere, Normal as the
// body text, Word's heading styles 1 to 4 (bold, kept with the next
// paragraph, with outline levels for the navigation pane), the tables'
// text and the page header.
func styles(L *layout.Layout) string {
	var b xw
	b.WriteString(xmlHead + `<w:styles ` + nsW + `>`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>`)
	font := L.FontName
	b.tag("w:rFonts", false, "w:ascii", font, "w:hAnsi", font, "w:eastAsia", font, "w:cs", font)
	b.tag("w:sz", false, "w:val", itoa(halfPt(L.BodySize)))
	b.tag("w:szCs", false, "w:val", itoa(halfPt(L.BodySize)))
	b.tag("w:lang", false, "w:val", "vi-VN", "w:eastAsia", "vi-VN", "w:bidi", "ar-SA")
	b.WriteString(`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)

	style := func(id, name, basedOn string, p para, r run) {
		if basedOn == "" {
			b.tag("w:style", true, "w:type", "paragraph", "w:default", "1", "w:styleId", id)
		} else {
			b.tag("w:style", true, "w:type", "paragraph", "w:styleId", id)
		}
		b.tag("w:name", false, "w:val", name)
		if basedOn != "" {
			b.tag("w:basedOn", false, "w:val", basedOn)
			b.tag("w:next", false, "w:val", "Normal")
		}
		if p.outline > 0 {
			b.WriteString(`<w:uiPriority w:val="9"/>`)
		}
		b.WriteString(`<w:qFormat/>`)
		b.pPr(p)
		b.rPr(r)
		b.end("w:style")
	}
	style("Normal", "Normal", "", para{align: "both", before: twipsPt(L.ParagraphSpacing), after: -1, widow: true,
		line: lineH(L.BodySize, L.BodyLineHeight), firstLine: twipsMM(L.FirstIndent)}, run{})
	for n := 1; n <= headingLevels; n++ {
		style("Heading"+itoa(n), "heading "+itoa(n), "Normal", para{keepNext: true, keepLines: true, outline: n}, run{bold: true})
	}
	style(styleTable, "Table Text", "Normal", para{align: "left", before: -1, after: -1, firstLine: -1,
		line: lineH(L.TableSize, L.TableLineHeight)}, run{size: L.TableSize})
	style(styleHeader, "header", "Normal", para{align: "center", before: -1, after: -1, firstLine: -1}, run{size: L.PageNumberSize})
	b.WriteString(`</w:styles>`)
	return b.String()
}
