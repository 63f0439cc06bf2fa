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
// truth wherever a clerk can edit them.
package xlsx
