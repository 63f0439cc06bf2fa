package flow

import (
	"errors"
	"fmt"

	"baocao/report"
	"baocao/report/store"
)

// Placed is what putting a report into the archive did: it stored a new
// report (ID), or found the unit's report for the period already there
// (Existing) and stored nothing.
type Placed struct {
	ID       int64
	Existing store.Entry
	Found    bool
}

// Final reports whether the report found is đã chốt: it cannot take r
// until it is reopened.
func (p Placed) Final() bool { return p.Found && p.Existing.Status == store.Final }

// Place stores r as a new report, unless the archive already has a report
// of the same unit and period: that one is returned untouched, for the
// caller to open it or to Replace its content.
func Place(st *store.Store, r *report.Report, opt store.SaveOptions) (Placed, error) {
	e, found, err := st.Find(r.Organization, r.Period)
	if err != nil {
		return Placed{}, fmt.Errorf("tìm báo cáo trong kho: %w", err)
	}
	if found {
		return Placed{Existing: e, Found: true}, nil
	}
	id, err := st.Create(r, opt)
	if err != nil {
		return Placed{}, err
	}
	return Placed{ID: id}, nil
}

// Replace saves r as a new revision of report id (its older content stays
// in the history). A report finalized meanwhile is left as it is: the
// error wraps store.ErrFinal.
func Replace(st *store.Store, id int64, r *report.Report, opt store.SaveOptions) error {
	_, err := st.Update(id, r, opt)
	return err
}

// ErrHasErrors is returned by Finalize for a report that breaks a rule.
var ErrHasErrors = errors.New("báo cáo còn lỗi, phải sửa trước khi chốt")

// ProblemsError lists the errors that keep a report from being finalized.
type ProblemsError struct{ Problems report.Problems }

func (e *ProblemsError) Error() string {
	return fmt.Sprintf("báo cáo còn %d lỗi, phải sửa trước khi chốt", len(e.Problems))
}

// Is makes errors.Is(err, ErrHasErrors) hold.
func (e *ProblemsError) Is(target error) bool { return target == ErrHasErrors }

// Finalize marks report id đã chốt, after checking its stored content: a
// report with errors is refused with a *ProblemsError (warnings do not
// stop it).
func Finalize(st *store.Store, id int64, opt store.SaveOptions) error {
	r, _, err := st.Get(id)
	if err != nil {
		return err
	}
	if errs := r.Validate().Errors(); len(errs) > 0 {
		return &ProblemsError{Problems: errs}
	}
	return st.Finalize(id, opt)
}

// Reopen makes a final report editable again; the reopening is recorded
// in its history.
func Reopen(st *store.Store, id int64, opt store.SaveOptions) error {
	return st.Reopen(id, opt)
}
