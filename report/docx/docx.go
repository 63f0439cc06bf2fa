// Package docx writes a report as a Word document (WordprocessingML,
// .docx) in the official layout of a Party document, from the same layout
// description as the PDF (report/layout): A4, the margins, Times New
// Roman named and not embedded (every Windows PC has it; LibreOffice
// substitutes a metric twin), the two-column header, the title, the
// narrative in Word's heading styles, the tables with their header rows
// repeated, the recipients and the signature block kept together, page
// numbers in the header from page 2 on, and the document's properties.
//
// The XML is written here with encoding/xml's escaping and archive/zip:
// github.com/gomutex/godocx v0.1.5, the library that can be fetched, has
// no header parts, no core properties to set and no row properties in its
// API, which a Party document needs.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"baocao/report"
	"baocao/report/layout"
)

// Write writes the report as a Word document to w. The report should have
// been validated; still, a placeholder that cannot be filled or a date that
// cannot be read is an error, and then nothing is written to w.
func Write(w io.Writer, r *report.Report) error {
	data, err := render(r)
	if err == nil {
		_, err = w.Write(data)
	}
	if err != nil {
		return fmt.Errorf("xuất Word: %w", err)
	}
	return nil
}

// WriteFile writes the report as a Word document at path, whole or not at
// all: on any error nothing is left at path and a file already there is
// untouched.
func WriteFile(path string, r *report.Report) error {
	data, err := render(r)
	if err == nil {
		err = report.WriteFileAtomic(path, func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		})
	}
	if err != nil {
		return fmt.Errorf("xuất Word %s: %w", path, err)
	}
	return nil
}

// render builds the document in memory.
func render(r *report.Report) ([]byte, error) {
	if r == nil {
		return nil, errors.New("không có báo cáo")
	}
	L := &layout.Party
	c, err := layout.Prepare(L, r, text)
	if err != nil {
		return nil, err
	}
	// The same limits as the PDF's, measured in the same metrics.
	err = layout.Fit(c.Fitted(L, text), func(f layout.Fitted) int {
		fc := regular
		if f.Bold {
			fc = bold
		} else if f.Italic {
			fc = italic
		}
		return strings.Count(fc.balanced(f.Text, f.Size, f.Width), "\n") + 1
	})
	if err != nil {
		return nil, err
	}
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps(L, c)},
		{"docProps/app.xml", appProps},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", document(L, c)},
		{"word/styles.xml", styles(L)},
		{"word/settings.xml", settings},
		{"word/header1.xml", pageHeader(L)},
		{"word/header2.xml", emptyHeader},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		// A fixed time: the same report gives the same file.
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate,
			Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(f, p.data); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// document is word/document.xml: the body and the section's page setup.
func document(L *layout.Layout, c *layout.Content) string {
	d := &doc{L: L, c: c}
	d.WriteString(xmlHead + `<w:document ` + nsW + ` ` + nsR + `><w:body>`)
	d.header()
	d.title()
	d.narrative()
	last := c.LastTable()
	for i, t := range c.Tables {
		d.dataTable(t, i == last)
	}
	d.end()
	// Word wants a paragraph after a table at the end; a tiny one, so that
	// it never takes a page of its own.
	d.paragraph(para{before: -1, after: -1, firstLine: -1, line: 20}, span{"", run{size: 1}})
	d.sectPr()
	d.WriteString(`</w:body></w:document>`)
	return d.String()
}

// sectPr is the page: size, margins, the page-number header from
// PageNumberFrom on (a different first page when that is 2).
func (d *doc) sectPr() {
	L := d.L
	d.WriteString("<w:sectPr>")
	d.tag("w:headerReference", false, "w:type", "default", "r:id", "rIdHeader")
	if L.PageNumberFrom > 1 {
		d.tag("w:headerReference", false, "w:type", "first", "r:id", "rIdFirstHeader")
	}
	d.tag("w:pgSz", false, "w:w", itoa(twipsMM(L.PageWidth)), "w:h", itoa(twipsMM(L.PageHeight)))
	// The page number's line is centred in the top margin, as in the PDF.
	header := (L.MarginTop - L.PageNumberSize/ptMM) / 2
	d.tag("w:pgMar", false,
		"w:top", itoa(twipsMM(L.MarginTop)), "w:right", itoa(twipsMM(L.MarginRight)),
		"w:bottom", itoa(twipsMM(L.MarginBottom)), "w:left", itoa(twipsMM(L.MarginLeft)),
		"w:header", itoa(twipsMM(header)), "w:footer", itoa(twipsMM(L.MarginBottom/2)), "w:gutter", "0")
	if L.PageNumberFrom > 1 {
		d.WriteString("<w:titlePg/>")
	}
	d.WriteString("</w:sectPr>")
}

// pageHeader is the header with the page number, centred: a PAGE field.
func pageHeader(L *layout.Layout) string {
	var b xw
	b.WriteString(xmlHead + `<w:hdr ` + nsW + ` ` + nsR + `>`)
	b.WriteString("<w:p>")
	b.pPr(para{style: styleHeader, align: "center", before: -1, after: -1, firstLine: -1})
	rp := run{size: L.PageNumberSize}
	field := func(inner string) {
		b.WriteString("<w:r>")
		b.rPr(rp)
		b.WriteString(inner)
		b.WriteString("</w:r>")
	}
	field(`<w:fldChar w:fldCharType="begin"/>`)
	field(`<w:instrText xml:space="preserve"> PAGE </w:instrText>`)
	field(`<w:fldChar w:fldCharType="separate"/>`)
	field(`<w:t>` + itoa(L.PageNumberFrom) + `</w:t>`)
	field(`<w:fldChar w:fldCharType="end"/>`)
	b.WriteString("</w:p></w:hdr>")
	return b.String()
}

// coreProps are the document's properties: the title, the issuing body as
// author, the number as subject.
func coreProps(L *layout.Layout, c *layout.Content) string {
	var b xw
	b.WriteString(xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	el := func(name, v string) {
		if v == "" {
			return
		}
		b.WriteString("<" + name + ">")
		b.esc(v)
		b.WriteString("</" + name + ">")
	}
	r := c.Report
	el("dc:title", text.OneLine(L.TitleType+" "+r.Summary))
	el("dc:subject", text.OneLine(r.NumberLine()))
	el("dc:creator", text.OneLine(r.Organization.Label()))
	el("cp:lastModifiedBy", text.OneLine(r.Organization.Label()))
	el("dc:language", "vi-VN")
	b.WriteString("</cp:coreProperties>")
	return b.String()
}
