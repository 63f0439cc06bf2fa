package pdf

import "baocao/report/layout"

// pdfText prepares a user's text for gofpdf, which has no text shaping and
// indexes its width table by UTF-16 unit: runes outside the Basic
// Multilingual Plane (emoji) are printed as "?".
var pdfText = layout.Text{BMPOnly: true}

// clean is pdfText.Clean: composed letters (NFC), tabs as spaces, no control
// characters, runs of spaces as one space, and no spaces around line
// breaks. Line breaks stay.
func clean(s string) string { return pdfText.Clean(s) }

// oneLine is clean with line breaks turned into spaces.
func oneLine(s string) string { return pdfText.OneLine(s) }

func upper(s string) string      { return layout.Upper(s) }
func capitalize(s string) string { return layout.Capitalize(s) }
