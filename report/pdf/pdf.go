// Package pdf writes a report as a PDF in the official layout of a Party
// document (Hướng dẫn 36-HD/VPTW; shared/spec/party-document-format.md):
// the two-column header, the title, the narrative with its headings, the
// figures, the documents issued and, for a consolidated report, the units'
// figures as tables, then the recipients and the signature block.
//
// Every size, margin and fixed string comes from the shared layout
// description (layout.Party, also read by the Word renderer); the
// text is set in the embedded Tinos (metric-compatible with Times New
// Roman) or in a TrueType font the user names.
package pdf

import (
	"bytes"
	"fmt"
	"io"

	"baocao/report"
	"baocao/report/layout"
)

// Options tune an export.
type Options struct {
	// Font is a TrueType file (e.g. times.ttf) to use instead of the
	// embedded Tinos. Its bold, italic and bold-italic siblings are looked
	// for next to it (timesbd.ttf, timesi.ttf, timesbi.ttf, or
	// Name-Bold.ttf, Name-Italic.ttf, Name-BoldItalic.ttf); a missing one
	// falls back to the regular file.
	Font string
}

// Write writes the report as a PDF to w. The report should have been
// validated; still, a placeholder that cannot be filled, a date that
// cannot be read or an unusable font is an error, and then nothing is
// written to w.
func Write(w io.Writer, r *report.Report, opt Options) error {
	data, err := render(r, opt)
	if err != nil {
		return fmt.Errorf("xuất PDF: %w", err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("xuất PDF: %w", err)
	}
	return nil
}

// WriteFile writes the report as a PDF file at path, whole or not at all:
// on any error nothing is left at path and a file already there is
// untouched.
func WriteFile(path string, r *report.Report, opt Options) error {
	data, err := render(r, opt)
	if err == nil {
		err = report.WriteFileAtomic(path, func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		})
	}
	if err != nil {
		return fmt.Errorf("xuất PDF %s: %w", path, err)
	}
	return nil
}

// render lays the document out in memory.
func render(r *report.Report, opt Options) (out []byte, err error) {
	L := &layout.Party
	fonts := tinos
	if opt.Font != "" {
		if fonts, err = loadFontSet(opt.Font); err != nil {
			return nil, err
		}
	}

	// Everything that can be wrong with the data is found before drawing.
	c, err := layout.Prepare(L, r, pdfText)
	if err != nil {
		return nil, err
	}
	r = c.Report

	// gofpdf panics on some damaged fonts and inputs it does not expect;
	// that must not take the application down.
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("lỗi khi dựng trang PDF: %v", p)
		}
	}()
	w, err := newWriter(L, fonts)
	if err != nil {
		if opt.Font != "" {
			err = fmt.Errorf("tệp phông chữ %s: %w", opt.Font, err)
		}
		return nil, err
	}
	// The header and the signature stay in their bands: a text that
	// would need more lines than the layout gives it is refused.
	err = layout.Fit(c.Fitted(L, pdfText), func(f layout.Fitted) int {
		style := ""
		if f.Bold {
			style = "B"
		} else if f.Italic {
			style = "I"
		}
		w.font(style, f.Size)
		return len(w.balanced(f.Text, f.Width))
	})
	if err != nil {
		return nil, err
	}
	w.pdf.SetTitle(oneLine(L.TitleType+" "+r.Summary), true)
	w.pdf.SetAuthor(oneLine(r.Organization.Label()), true)
	w.pdf.SetSubject(oneLine(r.NumberLine()), true)
	w.pdf.SetCreator("baocao", true)

	w.header(c)
	w.title(r)
	w.place(w.narrative(c.Sections))
	last := c.LastTable()
	for i, t := range c.Tables {
		if i == last {
			w.keepWithEnd = L.EndGapBefore*ptMM + w.endHeight(c)
		}
		w.table(t)
		w.keepWithEnd = 0
	}
	w.end(c)

	var buf bytes.Buffer
	if err := w.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("lỗi khi dựng PDF: %v", err)
	}
	return buf.Bytes(), nil
}
