// Package flow holds what the desktop app and the command line both do
// with reports: reading a report file or workbook, putting a report into
// the archive (a new report, or a new revision of the unit's report for
// the period), consolidating the lower units' reports with the deadline
// rule, finalizing, and naming the user who saves.
//
// It has no widgets: package gui and the baocao command call it, and it
// calls report, report/store and report/xlsx. Its functions may run on
// any goroutine.
package flow
