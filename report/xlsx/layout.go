package xlsx

// This file is the one description of the workbook's layout: sheet names,
// hidden marks, columns, sizes, fonts and the print setup. Reading and
// writing both use it; the Party layout's own strings (the Party
// heading, BÁO CÁO, the tables' titles and columns, Nơi nhận) come from
// report/layout, the one description the PDF and the Word document use.

import "baocao/report/layout"

// FormatV1 is the format tag written into the hidden sheet.
const FormatV1 = "baocao.xlsx/1"

const formatPrefix = "baocao.xlsx/"

// appName names the program in messages.
const appName = "Báo cáo sơ kết"

// Sheet names as exported; reading does not rely on them.
const (
	sheetFigures   = "Báo cáo"
	sheetDocuments = "Văn bản"
	sheetSections  = "Nội dung"
	sheetUnits     = "Các đơn vị"
	sheetMeta      = "_baocao"
)

// Marks written into a hidden cell of each sheet's table header, by which
// reading finds the sheet and its header row and tag column.
const (
	markFigures   = "baocao:chitieu"
	markDocuments = "baocao:vanban"
	markSections  = "baocao:noidung"
	markUnits     = "baocao:donvi"
)

// Tags in the hidden tag columns.
const (
	tagSummary   = "summary"   // figures sheet: the summary row
	tagSuperior  = "superior"  // figures sheet: the superior's row of the header
	tagOrgName   = "org"       // figures sheet: the issuing body's row
	tagNumber    = "number"    // figures sheet: the number and the place and date
	tagHeading   = "h"         // sections sheet: a section heading
	tagParagraph = "p"         // sections sheet: one paragraph
	tagGuidance  = "g"         // sections sheet of a form: what to write under the heading above
	tagTo        = "nn"        // sections sheet: the "Nơi nhận:" row
	tagRecipient = "r"         // sections sheet: one recipient
	tagAuthority = "authority" // sections sheet, signer column
	tagTitle     = "title"
	tagName      = "name"
	tagUnit      = "donvi" // units sheet: one unit
	tagTotal     = "tong"  // units sheet: the total row
)

// Figures sheet ("Báo cáo") columns, 1-based.
const (
	fcSTT = iota + 1
	fcName
	fcUnit
	fcValue
	fcPrevious
	fcVsPrevious
	fcPlan
	fcVsPlan
	fcTag   // hidden: indicator codes and marks
	fcCheck // a form's checks of the catalogue's rules
)

// Figures sheet rows.
const (
	frSuperior = 1 // superior | Party heading
	frName     = 2 // issuing body
	frStar     = 3 // *
	frNumber   = 4 // number | place and date
	frType     = 6 // BÁO CÁO
	frSummary  = 7 // summary
	frHeader   = 9 // table header; frozen, printed on every page
)

// party is the one description of the Party layout (report/layout): the
// workbook takes its fixed strings from it, as the PDF and the Word
// document do.
var party = &layout.Party

// Column labels of the figures table (as the PDF prints them).
var (
	labelSTT        = party.Figures.No.Title
	labelIndicator  = party.Figures.Name.Title
	labelUnit       = party.Figures.Unit.Title
	labelPrevious   = party.Figures.Previous.Title
	labelVsPrevious = party.Figures.VsPrevious.Title
	labelPlan       = party.Figures.Plan.Title
	labelVsPlan     = party.Figures.VsPlan.Title
)

var figureWidths = map[int]float64{
	fcSTT: 5, fcName: 40, fcUnit: 9.5, fcValue: 11, fcPrevious: 11,
	fcVsPrevious: 9.5, fcPlan: 11, fcVsPlan: 9.5, fcTag: 14,
}

// formFigureWidths are a form's: the check column after the hidden one.
var formFigureWidths = map[int]float64{
	fcSTT: 5, fcName: 40, fcUnit: 9.5, fcValue: 11, fcPrevious: 11,
	fcVsPrevious: 9.5, fcPlan: 11, fcVsPlan: 9.5, fcTag: 14, fcCheck: 40,
}

const labelCheck = "Kiểm tra"

// Documents sheet ("Văn bản").
const (
	dcSTT = iota + 1
	dcSymbol
	dcDate
	dcKind
	dcSummary
	dcTag
)

const (
	drTitle  = 1
	drSub    = 2
	drHeader = 4
	// drValidated is how many rows below the last document get the
	// kind drop-down list, so that a clerk can add documents.
	drValidated = 500
)

const (
	labelDocSymbol  = "Số, ký hiệu"
	labelDocDate    = "Ngày"
	labelDocKind    = "Loại"
	labelDocSummary = "Trích yếu"
)

var documentWidths = map[int]float64{
	dcSTT: 5, dcSymbol: 16, dcDate: 11.5, dcKind: 13, dcSummary: 52, dcTag: 10,
}

// Sections sheet ("Nội dung"): two visible columns; a section row spans
// both, the closing block puts the recipients left and the signer right.
const (
	scLeft = iota + 1
	scRight
	scTag       // hidden: role of the left cell
	scRaw       // hidden: the text with its {code} placeholders
	scHash      // hidden: hash of the text shown when exported
	scSignerTag // hidden: role of the right cell
)

const (
	srTitle = 1
	srFirst = 3
	// signatureRows is the blank rows left for the signature (about 25
	// mm with the recipients' rows beside them).
	signatureRows = 4
)

var sectionWidths = map[int]float64{
	scLeft: 50, scRight: 42, scTag: 8, scRaw: 20, scHash: 12, scSignerTag: 10,
}

// Units sheet ("Các đơn vị") of a consolidated report.
const (
	ucSTT  = 1
	ucUnit = 2
	ucMain = 3 // first main indicator column
)

const (
	urTitle  = 1
	urSub    = 2
	urCodes  = 3 // hidden row: the indicator code of each column, and the mark
	urHeader = 4
)

// Fonts and sizes.
const (
	fontFamily = "Times New Roman"
	sizeBody   = 12.0
	sizeHead   = 13.0
	sizeTitle  = 14.0
	sizeSmall  = 11.0
)

// Number formats: built-in ids 3 (#,##0) and 10 (0.00%).
const (
	numFmtInt     = 3
	numFmtPercent = 10
	dateFormat    = "dd/mm/yyyy"
)

// Fills.
const (
	fillHeader  = "D9E1F2" // table header
	fillGroup   = "F2F2F2" // group rows
	fillDerived = "EDEDED" // cells computed by formulas
	fillInput   = "FFF2CC" // a form's cells to fill in
)

// Print setup: A4, margins as the PDF (mm).
const (
	paperA4      = 9
	marginTopMM  = 20
	marginBotMM  = 20
	marginLeftMM = 30
	marginRgtMM  = 15
	marginHFMM   = 8 // header/footer distance from the edge
)

func mm(v float64) float64 { return v / 25.4 }
