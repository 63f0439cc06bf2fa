package xlsx

import (
	"strings"

	"baocao/report"
)

// readSections reads the headings and paragraphs, the recipients and the
// signer. A row a clerk added (no hidden tag) is a heading when bold, a
// paragraph otherwise, or a recipient below "Nơi nhận:". A paragraph shown
// with its figures filled in gives back its {code} text when the clerk did
// not change it.
func (b *book) readSections(mk mark, r *report.Report, m *metaInfo) {
	sh, tagCol := mk.sh, mk.col
	left, right := tagCol-2, tagCol-1
	rawCol, hashCol, signerCol := tagCol+1, tagCol+2, tagCol+3
	if left < 1 {
		b.problem(sh, 0, mk.row, "cột ẩn của trang bị dời; không đọc được nội dung")
		return
	}
	type building struct {
		heading, guidance string
		pieces            []string
	}
	var secs []*building
	var cur *building
	text := func(row int) string {
		shown := sh.cell(left, row)
		if raw := sh.cell(rawCol, row); raw != "" && sh.cell(hashCol, row) == textHash(shown) {
			return raw
		}
		return shown
	}
	heading := func(h string) {
		cur = &building{heading: h}
		secs = append(secs, cur)
	}
	paragraph := func(p string) {
		if cur == nil {
			heading("")
		}
		cur.pieces = append(cur.pieces, p)
	}
	signer := m.signer
	var recipients []string
	closing, seenRecipients := false, false
	// open is the key of the split text (split.go) whose pieces the
	// rows below continue; "" when the row above was something else.
	// Rows left empty do not count.
	open := ""
	for row := mk.row + 1; row <= len(sh.rows); row++ {
		switch sh.cell(signerCol, row) {
		case tagAuthority:
			signer.Authority = sh.cell(right, row)
		case tagTitle:
			signer.Title = sh.cell(right, row)
		case tagName:
			signer.Name = sh.cell(right, row)
		}
		l := sh.cell(left, row)
		tag, mark, key := pieceOf(sh.cell(tagCol, row))
		if sep, ok := contSep[mark]; ok && key == open {
			switch tag {
			case tagHeading:
				cur.heading += sep + text(row)
			case tagParagraph:
				cur.pieces[len(cur.pieces)-1] += sep + text(row)
			case tagGuidance:
				cur.guidance += sep + l
			case tagRecipient:
				recipients[len(recipients)-1] += sep + l
			}
			continue
		}
		if tag == "" && strings.TrimSpace(l) == "" {
			continue // a row left empty or inserted between the pieces
		}
		open = ""
		switch {
		case tag == tagHeading && !closing:
			heading(text(row))
			open = key
		case tag == tagGuidance && !closing:
			if cur == nil {
				heading("")
			}
			cur.guidance = strings.TrimPrefix(l, guidancePrefix)
			open = key
		case tag == tagParagraph && !closing:
			if p := text(row); strings.TrimSpace(p) != "" { // a form's rows left empty
				paragraph(p)
				open = key
			}
		case tag == tagTo:
			closing, seenRecipients = true, true
		case strings.TrimSpace(l) == "":
		case tag == tagRecipient:
			seenRecipients = true
			recipients = append(recipients, strings.TrimPrefix(l, party.RecipientPrefix))
			open = key
		case closing: // added by a clerk: "- name", "-name" or "name"
			recipients = append(recipients, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "-")))
		case b.isBold(sh, left, row):
			heading(l)
		default:
			paragraph(l)
		}
	}
	r.Sections = make([]report.Section, len(secs))
	for i, s := range secs {
		r.Sections[i] = report.Section{Heading: s.heading, Text: strings.Join(s.pieces, "\n\n"), Guidance: s.guidance}
	}
	// Without the "Nơi nhận:" block (deleted), the hidden sheet's list.
	if !seenRecipients {
		recipients = m.recipients
	}
	r.Recipients, r.Signer = recipients, signer
}
