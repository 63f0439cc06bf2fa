package xlsx

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// splitParagraphs cuts a section text into the paragraphs shown one a row.
// Unlike report.Paragraphs it keeps every character, so that joining the
// pieces with a blank line gives the text back.
func splitParagraphs(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n\n")
}

// textHash fingerprints the text shown in a cell, to tell on reading
// whether the clerk changed it.
func textHash(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return strconv.FormatUint(h.Sum64(), 36)
}

// guidancePrefix starts the row of a form that says what to write under
// a heading (the template's guidance); reading takes it off.
const guidancePrefix = "Hướng dẫn: "

// sections writes the "Nội dung" sheet: the headings and paragraphs with
// their figures filled in, then the recipients and the signer.
func (w *writer) sections() error {
	const sheet = sheetSections
	r, st := w.r, w.st
	if err := w.printSetup(sheet, false, "", ""); err != nil {
		return err
	}
	sw, err := w.stream(sheet, sectionWidths, scTag)
	if err != nil {
		return err
	}
	full := widthOf(sectionWidths, scLeft, scRight)
	title := newRow(scSignerTag)
	title.set(scLeft, st.sheetTitle, "NỘI DUNG BÁO CÁO")
	title.set(scTag, st.tag, markSections)
	if err := sw.put(srTitle, title, 22); err != nil {
		return err
	}
	merges := []int{srTitle}
	var keeps []keep
	row := srFirst
	resolve := func(raw string) string {
		shown, _ := w.ev.Resolve(raw)
		return shown
	}
	// text writes a heading or a paragraph, over several rows when it is
	// too long for one (split.go); split counts the texts split. A
	// form's guidance is written as it is, its placeholders not filled.
	split := 0
	text := func(tag, raw string, style int, bold bool) error {
		first := row
		resolve := resolve
		if tag == tagGuidance {
			resolve = identity
		}
		pieces := splitText(raw, textBox{width: full, size: sizeHead, bold: bold, extra: 2}, resolve)
		tags := pieceTags(tag, pieces, &split)
		for i, p := range pieces {
			shown := resolve(p.text)
			rc := newRow(scSignerTag)
			rc.set(scLeft, style, shown)
			rc.fill(scRight, scRight, style)
			rc.set(scTag, st.tag, tags[i])
			if shown != p.text {
				rc.set(scRaw, st.tag, p.text)
				rc.set(scHash, st.tag, textHash(shown))
			}
			if err := sw.put(row, rc, rowHeight(shown, full, sizeHead, bold)+2); err != nil {
				return err
			}
			merges = append(merges, row)
			row++
		}
		if tag == tagHeading || tag == tagGuidance { // a heading stays with what follows it
			keeps = append(keeps, keep{first, row})
		}
		return nil
	}
	for _, sec := range r.Sections {
		if err := text(tagHeading, sec.Heading, st.heading, true); err != nil {
			return err
		}
		if w.form != nil && strings.TrimSpace(sec.Guidance) != "" {
			if err := text(tagGuidance, guidancePrefix+sec.Guidance, st.note, false); err != nil {
				return err
			}
		}
		for _, p := range splitParagraphs(sec.Text) {
			if err := text(tagParagraph, p, st.paragraph, false); err != nil {
				return err
			}
		}
		if w.form != nil && sec.Text == "" {
			// Paragraphs to write; more rows can be inserted.
			for range formParagraphRows {
				if err := text(tagParagraph, "", st.paragraphInput, false); err != nil {
					return err
				}
			}
		}
	}
	last := row - 1 // the last paragraph goes with the signature
	row++
	end, err := w.closing(sw, row, &split)
	if err != nil {
		return err
	}
	keeps = append(keeps, keep{max(last, srFirst), end})
	if err := sw.breakPages(end, pageCapacity(sectionWidths, scLeft, scRight), 0, keeps); err != nil {
		return err
	}
	for _, m := range merges {
		if err := sw.MergeCell(cellName(scLeft, m), cellName(scRight, m)); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// closing writes "Nơi nhận:" and the recipients on the left, the signer on
// the right, from row on; it returns the last row written. split counts
// the sheet's texts split over rows.
func (w *writer) closing(sw *sheetOut, row int, split *int) (int, error) {
	r, st := w.r, w.st
	type cell struct {
		text, tag string
		style     int
	}
	left := []cell{{party.RecipientsLabel, tagTo, st.to}}
	box := textBox{width: sectionWidths[scLeft], size: sizeSmall}
	for _, rc := range r.Recipients {
		pieces := splitText(party.RecipientPrefix+rc, box, identity)
		tags := pieceTags(tagRecipient, pieces, split)
		for i, p := range pieces {
			left = append(left, cell{p.text, tags[i], st.recipient})
		}
	}
	s := r.Signer
	var right []cell
	titleStyle := st.signerTitleBold
	if s.Authority != "" {
		right = append(right, cell{s.Authority, tagAuthority, st.authority})
		titleStyle = st.signerTitle
	}
	right = append(right, cell{s.Title, tagTitle, titleStyle})
	for range signatureRows {
		right = append(right, cell{})
	}
	right = append(right, cell{s.Name, tagName, st.signerName})
	n := max(len(left), len(right))
	for i := range n {
		rc := newRow(scSignerTag)
		h := 0.0
		if i < len(left) {
			l := left[i]
			rc.set(scLeft, l.style, l.text)
			rc.set(scTag, st.tag, l.tag)
			h = rowHeight(l.text, sectionWidths[scLeft], sizeSmall, false)
		}
		if i < len(right) && right[i].tag != "" {
			c := right[i]
			rc.set(scRight, c.style, c.text)
			if ref, ok := w.formSigner(c.tag); ok {
				rc.formula(scRight, c.style, ref+`&""`, c.text)
			}
			rc.set(scSignerTag, st.tag, c.tag)
			h = max(h, rowHeight(c.text, sectionWidths[scRight], sizeHead, true))
		}
		if err := sw.put(row+i, rc, h); err != nil {
			return 0, err
		}
	}
	return row + n - 1, nil
}

func identity(s string) string { return s }
