package flow

import (
	"strings"
	"time"

	"baocao/report"
)

// ParseDeadline reads the deadline for the lower units' reports, as the
// clerk types it (05/07/2019) or as the command line takes it
// (2019-07-05). A report dated on the deadline's day is on time: the
// deadline is the end of that day. "" is no deadline (the zero time).
func ParseDeadline(text string) (time.Time, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return time.Time{}, nil
	}
	d, err := report.ParseDate(text)
	if err != nil {
		var err2 error
		if d, err2 = report.ParseDateShort(text); err2 != nil {
			if strings.Count(text, "-") == 2 && len(text) == len(report.DateLayout) {
				return time.Time{}, err
			}
			return time.Time{}, err2
		}
	}
	return EndOfDay(d), nil
}

// EndOfDay is the last instant of the day d falls on.
func EndOfDay(d time.Time) time.Time {
	y, m, day := d.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, d.Location()).Add(24*time.Hour - time.Nanosecond)
}

// Consolidate sums the lower units' reports into the head unit's: the
// head gives the header, number, date, text, template and signer; the
// section on which units have sent, left by an earlier consolidation, is
// written again.
func Consolidate(head *report.Report, sources []report.Source, opt report.ConsolidateOptions) *report.Consolidation {
	return report.Consolidate(Head(head), sources, opt)
}

// Head is the head report as a consolidation starts from: a copy without
// the completeness section of an earlier consolidation.
func Head(r *report.Report) *report.Report {
	h := r.Clone()
	kept := h.Sections[:0]
	for _, sec := range h.Sections {
		if strings.TrimSpace(sec.Heading) != report.CompletenessHeading {
			kept = append(kept, sec)
		}
	}
	h.Sections = kept
	return h
}

// Unreadable lists the sources that could not be read, by name.
func Unreadable(sources []report.Source) []string {
	var out []string
	for _, s := range sources {
		if s.Err != nil {
			out = append(out, s.Name)
		}
	}
	return out
}
