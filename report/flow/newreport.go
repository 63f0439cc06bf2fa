package flow

import (
	"time"

	"baocao/report"
	"baocao/report/store"
)

// NewReport is what a clerk chooses for a new report: the template, the
// period, and whether the outline comes from the unit's previous report
// of the same kind instead of the template.
type NewReport struct {
	Template     *report.Template
	Period       report.Period
	FromPrevious bool
}

// Draft prepares a new report in the archive's context (nothing is
// saved): the template's catalogue, outline with guidance and trích yếu;
// the unit, signer and recipients of the last report; today's date; last
// year's figures as cùng kỳ (the codes filled are returned). With
// FromPrevious the headings (and their guidance) are those of the unit's
// latest earlier report of the same class.
func Draft(st *store.Store, c NewReport, now time.Time) (*report.Report, []string, error) {
	r := c.Template.NewReport(c.Period)
	last, ok, err := st.LastProfile()
	if err != nil {
		return nil, nil, err
	}
	if ok {
		r.Organization = last.Organization
		r.Signer = last.Signer
		r.Recipients = append([]string(nil), last.Recipients...)
	}
	r.Date = now.Format(report.DateLayout)
	if c.FromPrevious {
		prev, found, err := Previous(st, r.Organization, c.Period)
		if err != nil {
			return nil, nil, err
		}
		if found {
			p, _, err := st.Get(prev.ID)
			if err != nil {
				return nil, nil, err
			}
			r.Sections = report.Outline(p)
		}
	}
	offered, err := st.OfferPrevious(r)
	if err != nil {
		return nil, nil, err
	}
	return r, offered, nil
}

// Previous finds the unit's latest report of the class of p before p, in
// the archive; found is false when there is none.
func Previous(st *store.Store, unit report.Organization, p report.Period) (e store.Entry, found bool, err error) {
	if unit.UnitKey() == (report.Organization{}).UnitKey() {
		return store.Entry{}, false, nil
	}
	es, err := st.List()
	if err != nil {
		return store.Entry{}, false, err
	}
	key, class := unit.UnitKey(), p.Class()
	order := func(q report.Period) int {
		for i, k := range report.PeriodKinds {
			if k == q.Kind {
				return q.Year*100 + i
			}
		}
		return q.Year * 100
	}
	for _, x := range es {
		o := report.Organization{Superior: x.Superior, Name: x.Name}
		if o.UnitKey() != key || x.Period.Class() != class || order(x.Period) >= order(p) {
			continue
		}
		if !found || order(x.Period) > order(e.Period) {
			e, found = x, true
		}
	}
	return e, found, nil
}
