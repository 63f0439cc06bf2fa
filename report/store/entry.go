package store

import (
	"time"

	"baocao/report"
)

// Status is where a report stands.
type Status string

// Statuses.
const (
	Draft Status = "draft" // đang soạn
	Final Status = "final" // đã chốt: read-only until reopened
)

// Label names the status in Vietnamese: "đang soạn", "đã chốt".
func (s Status) Label() string {
	switch s {
	case Draft:
		return "đang soạn"
	case Final:
		return "đã chốt"
	}
	return string(s)
}

// Entry is one report of the archive as a list shows it; it comes from the
// index columns, without reading the report itself.
type Entry struct {
	ID       int64
	Superior string // organization.superior
	Name     string // organization.name
	Period   report.Period
	Status   Status
	Revision int       // the current revision
	Updated  time.Time // the last save
	Number   string
	Deleted  time.Time // when it was moved to the trash; zero when not deleted
}

// Label names the entry's unit and period: "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM
// — 6 tháng đầu năm 2019".
func (e Entry) Label() string {
	return reportLabel(report.Organization{Superior: e.Superior, Name: e.Name}, e.Period)
}

// SaveOptions describe a save for the history.
type SaveOptions struct {
	Author string // who saved (the GUI's user name), may be empty
	Note   string // the clerk's note, may be empty
	// Auto marks an autosave from the editor: a run of autosaves within
	// ten minutes is kept as one revision.
	Auto bool
}

// Revision is one saved state of a report, as the history shows it.
type Revision struct {
	Rev    int
	Saved  time.Time
	Author string
	// DBUser is the database role that saved the revision, as the
	// PostgreSQL server recorded it; empty in a local archive file.
	DBUser string
	Note   string
	Auto   bool
	Status Status // the report's status with this revision
	// Changes summarises in Vietnamese what changed against the previous
	// revision: "Số lớp bồi dưỡng lý luận chính trị đã mở: 30 → 35",
	// "thêm văn bản 23-CT/TU", "sửa phần II".
	Changes []string
}

// reportLabel names a report in messages.
func reportLabel(o report.Organization, p report.Period) string {
	unit := o.Label()
	if unit == "" {
		unit = "(chưa có tên đơn vị)"
	}
	if p.Year == 0 && p.Kind == "" {
		return unit
	}
	return unit + " — " + p.Name()
}
