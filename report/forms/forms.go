package forms

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"baocao/report"
	"baocao/report/store"
	"baocao/report/xlsx"
)

// Options say which forms to write.
type Options struct {
	// Head is the consolidating body's report (template and catalogue,
	// period, summary, outline).
	Head *report.Report
	// Template is the head's template: the forms take its outline, with
	// the guidance under each heading. Nil: the head's template is looked
	// for among the built-in ones and in Store; a head that names no
	// template (a report from before templates), or whose template is not
	// at hand, gives its own headings.
	Template *report.Template
	// Units are the lower units; nil takes the head's expected-units list
	// from Store; with neither, one blank form is written.
	Units []report.Organization
	// Store is the archive, for the expected units and cùng kỳ; may be nil.
	Store *store.Store
	// Dir is the folder the forms are written into; it must exist.
	Dir string
	// Progress, when set, is called after each form.
	Progress func(done, total int)
}

// Write writes one form per unit into opt.Dir and returns the paths
// written, in the units' order. A file already there under a form's name
// is never replaced (it may be a form filled and sent back): nothing is
// written and the error names it. Each form is written whole or not at
// all.
func Write(opt Options) ([]string, error) {
	if opt.Head == nil {
		return nil, errors.New("tạo biểu mẫu: không có báo cáo của đơn vị tổng hợp")
	}
	if st, err := os.Stat(opt.Dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("tạo biểu mẫu: không có thư mục %s", opt.Dir)
	}
	units := opt.Units
	if units == nil && opt.Store != nil {
		var err error
		if units, err = opt.Store.ExpectedUnits(opt.Head.Organization); err != nil {
			return nil, err
		}
	}
	if len(units) == 0 {
		units = []report.Organization{{}} // one blank form
	}
	tmpl, err := formTemplate(opt)
	if err != nil {
		return nil, err
	}
	prev := &previous{store: opt.Store, head: opt.Head}
	names := Names(units, opt.Head.Period)
	for _, n := range names {
		if _, err := os.Lstat(filepath.Join(opt.Dir, n)); err == nil {
			return nil, fmt.Errorf("tạo biểu mẫu: thư mục %s đã có tệp %s (có thể là biểu mẫu đơn vị đã điền gửi về); hãy chọn thư mục khác hoặc chuyển tệp đó đi", opt.Dir, n)
		}
	}
	var paths []string
	for i, u := range units {
		figs, err := prev.of(u)
		if err != nil {
			return paths, err
		}
		path := filepath.Join(opt.Dir, names[i])
		if err := xlsx.WriteFormFile(path, xlsx.Form{Head: opt.Head, Unit: u, Previous: figs, Template: tmpl}); err != nil {
			return paths, err
		}
		paths = append(paths, path)
		if opt.Progress != nil {
			opt.Progress(i+1, len(units))
		}
	}
	return paths, nil
}

// formTemplate is the template whose outline the forms carry: the one
// given, which must be the head's, or the head's found again.
func formTemplate(opt Options) (*report.Template, error) {
	ref := opt.Head.Template()
	if t := opt.Template; t != nil {
		if t.Ref().ID != ref.ID || t.Version != ref.Version {
			return nil, fmt.Errorf("tạo biểu mẫu: báo cáo của đơn vị tổng hợp viết theo mẫu %s, không phải mẫu %s; hãy tạo báo cáo tổng hợp theo mẫu đó", ref.Label(), t.Ref().Label())
		}
		return t, nil
	}
	if opt.Head.Tmpl == nil {
		return nil, nil
	}
	if t := report.BuiltinTemplate(ref.ID, ref.Version); t != nil {
		return t, nil
	}
	if opt.Store != nil {
		return opt.Store.TemplateOf(opt.Head)
	}
	return nil, nil
}

// previous finds cùng kỳ in the archive: the unit's own report of the same
// period a year before, or its line in the head's consolidation of that
// period.
type previous struct {
	store    *store.Store
	head     *report.Report
	headDone bool
	headLast *report.Report
}

func (p *previous) of(unit report.Organization) (map[string]int64, error) {
	if p.store == nil {
		return nil, nil
	}
	last := p.head.Period.SameLastYear()
	if unit != (report.Organization{}) {
		e, ok, err := p.store.Find(unit, last)
		if err != nil {
			return nil, err
		}
		if ok {
			r, _, err := p.store.Get(e.ID)
			if err != nil {
				return nil, err
			}
			return values(r), nil
		}
	}
	if !p.headDone {
		p.headDone = true
		e, ok, err := p.store.Find(p.head.Organization, last)
		if err != nil {
			return nil, err
		}
		if ok {
			if p.headLast, _, err = p.store.Get(e.ID); err != nil {
				return nil, err
			}
		}
	}
	if p.headLast == nil || unit == (report.Organization{}) {
		return nil, nil
	}
	key := unit.UnitKey()
	for _, u := range p.headLast.Breakdown {
		if (report.Organization{Superior: u.Superior, Name: u.Name}).UnitKey() == key {
			return u.Figures, nil
		}
	}
	return nil, nil
}

// values are the typed figures of a report (counts of its documents
// included), by code, evaluated with the report's own catalogue.
func values(r *report.Report) map[string]int64 {
	s := r.Evaluate()
	out := map[string]int64{}
	for i := range s.Rows {
		row := &s.Rows[i]
		if !row.IsDerived() && row.Value.OK {
			out[row.Code] = int64(row.Value.N)
		}
	}
	return out
}
