// Package report is the domain of baocao: the half-year report model (the
// report file of shared/spec/report-file.md), the indicator catalogue, the
// validation rules, the derived figures, Vietnamese formatting and
// consolidation. It knows nothing of windows or file formats other than its
// own JSON report file.
package report
