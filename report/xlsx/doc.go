// Package xlsx writes a report as an Excel workbook a clerk can print, fill
// in and send, and reads back such a workbook, edited in Excel or
// LibreOffice or not, into a report.
//
// The workbook has the sheets "Báo cáo" (header and figures table, with
// the percentages and derived figures as formulas), "Văn bản" (documents
// issued), "Nội dung" (sections, recipients, signer), "Các đơn vị" on a
// consolidated report, and a very hidden sheet "_baocao" holding the
// fields that are not cells of their own. Reading finds the sheets by
// hidden marks, not by name or position, and takes the visible cells as the
// truth wherever a clerk can edit them, the header included; where the
// hidden sheet disagrees, Report.ReadNotes says what was taken.
//
// A fill-in form (WriteForm) is such a workbook with a first sheet
// "Thông tin" for the unit's header, input cells unlocked on protected
// sheets, validation, a "Kiểm tra" column of rule formulas, and a
// workbook-level defined name on every input cell: BM_superior, BM_name,
// BM_abbreviation, BM_place, BM_number, BM_date, BM_signer.title,
// BM_signer.name, and BM_<code>, BM_<code>.previous, BM_<code>.plan for
// each typed figure. Those names are a contract for other programs.
//
// Reading goes through excelize's public API (its streaming Rows), after a
// check of our own of the package's sizes (limits.go) against zip bombs.
package xlsx
