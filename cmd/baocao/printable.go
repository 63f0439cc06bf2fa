package main

import (
	"io"

	"baocao/report"
)

// printable is a writer that shows, never sends, the characters that would
// act on a terminal (report.Printable): a unit's name with an escape
// sequence, read from someone else's file, prints as ␛[2J.
type printable struct{ w io.Writer }

func (p printable) Write(b []byte) (int, error) {
	s := report.Printable(string(b))
	if len(s) == len(b) && s == string(b) {
		return p.w.Write(b)
	}
	if _, err := io.WriteString(p.w, s); err != nil {
		return 0, err
	}
	return len(b), nil
}
