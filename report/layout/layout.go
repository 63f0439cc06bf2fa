// Package layout is the one description of how a report looks on paper:
// sizes, margins, fixed strings, styles and the tables' columns, with the
// content both renderers draw from it (the tables, the resolved
// narrative). The PDF (report/pdf) and the Word document (report/docx)
// read only from here, so a newer rule (Quy định 399-QĐ/TW) is one edit
// and the two outputs cannot drift apart.
package layout

// Layout is everything a rule on the layout of documents could change:
// paper, margins, sizes, fixed strings and the tables' columns. The
// drawing code reads only from a Layout, so a newer rule (Quy định
// 399-QĐ/TW and after) is one edit of Party, and a state layout would be
// another value of this type.
//
// Lengths are in millimetres, font sizes in points, line heights are
// factors of the font size.
type Layout struct {
	PageWidth, PageHeight   float64
	MarginTop, MarginBottom float64
	MarginLeft, MarginRight float64

	// FontName is the font the documents are set in. The Word document
	// names it and does not embed it; the PDF embeds a metric-compatible
	// twin (Tinos) or a TrueType file the user names.
	FontName string

	// Header of page 1: two columns; the left one is HeaderLeftWidth wide,
	// the right one takes the rest of the text width.
	HeaderLeftWidth  float64
	HeaderSize       float64 // superior body, issuing body, star, number
	HeaderLineHeight float64
	Star             string
	PartyHeading     string // "ĐẢNG CỘNG SẢN VIỆT NAM"
	PartyHeadingSize float64
	PartyRuleWidth   float64 // thickness of the line under the Party heading
	PartyRuleGap     float64 // from the heading's baseline down to the line
	DateSize         float64 // place and date, italic
	DateSep          string  // between place and date: "Hà Nam, ngày …"
	DateMinGap       float64 // a date line too long for its column may reach left to this far from the number line
	// HeaderMaxLines is the most lines each item of page 1's header (the
	// superior body, the issuing body, the number line, the place and
	// date) may wrap to: with more, the number, the date and the title
	// would be pushed down the page. A longer text is refused (Fit).
	HeaderMaxLines int

	// Title.
	TitleGapBefore float64 // from the header to the type line
	TitleType      string  // "BÁO CÁO"
	TitleTypeSize  float64
	SummarySize    float64
	SummaryWidth   float64 // the summary wraps centred within this width
	SummaryRule    string  // printed centred under the summary
	TitleGapAfter  float64 // from the rule to the body

	// Body.
	BodySize           float64
	BodyLineHeight     float64
	ParagraphSpacing   float64 // points between paragraphs
	FirstIndent        float64
	PartHeadingSpacing float64 // points before a "Phần thứ …" heading
	KeepLines          int     // lines of text kept with the heading above them
	MinLinesAtBreak    int     // fewest lines of a paragraph left at a page foot or carried to a page head

	// Page numbers: from page PageNumberFrom on, centred in the top margin.
	PageNumberSize float64
	PageNumberFrom int

	// Tables.
	TableGapBefore  float64 // points before a table's title
	TableTitleSize  float64
	TableTitleGap   float64 // points between a table's title and the table
	TableSize       float64
	TableHeaderSize float64
	TableLineHeight float64
	TablePadX       float64
	TablePadY       float64
	TableMinSize    float64 // a number too wide for its cell shrinks down to this size before it wraps
	TableRuleWidth  float64
	GroupNumbering  string // "roman" (I, II, …) or "letters" (A, B, …)
	FiguresTitle    string
	Figures         FiguresColumns
	DocumentsTitle  string
	Documents       DocumentsColumns
	BreakdownTitle  string
	Breakdown       BreakdownColumns
	ContinuedSuffix string // appended to a table title repeated for a second part

	// End of the document: recipients on the left, signature on the right,
	// on the same band.
	EndGapBefore           float64 // points before the band
	EndLeftWidth           float64
	RecipientsLabel        string // "Nơi nhận:", underlined
	RecipientsRuleWidth    float64
	RecipientsRuleGap      float64 // from the label's baseline down to its underline
	RecipientsLabelSize    float64
	RecipientsSize         float64
	RecipientsLineHeight   float64
	RecipientPrefix        string // "- "
	SignerSize             float64
	SignerLineHeight       float64
	SignatureSpace         float64
	TitleBoldWithAuthority bool // the title line is bold under an authority line too
	// SignerMaxLines is the most lines each line of the signature block
	// (authority, title, the signer's name) may wrap to in its column.
	SignerMaxLines int
}

// Column is one column of a table.
type Column struct {
	Title string
	Width float64
	Align byte // 'L', 'C' or 'R'
}

// FiguresColumns are the columns of the figures table. Value is titled
// after the period (report.Period.ColumnTitle: "6 tháng", "Quý I", …).
type FiguresColumns struct {
	No, Name, Unit                     Column
	Value                              Column
	Previous, VsPrevious, Plan, VsPlan Column
}

// DocumentsColumns are the columns of the list of documents.
type DocumentsColumns struct {
	No, Symbol, Date, Kind, Summary Column
}

// BreakdownColumns are the columns of the per-unit table of a
// consolidated report; the main indicators share the width left by No and
// Unit, at most MaxFigures of them per table (more make further tables).
type BreakdownColumns struct {
	No, Unit    Column
	FigureAlign byte
	MaxFigures  int
	TotalLabel  string
}

// Party is the layout of a Party document after Hướng dẫn 36-HD/VPTW
// (shared/spec/party-document-format.md).
var Party = Layout{
	PageWidth: 210, PageHeight: 297,
	MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,
	FontName: "Times New Roman",

	HeaderLeftWidth:  75,
	HeaderSize:       14,
	HeaderLineHeight: 1.2,
	Star:             "*",
	PartyHeading:     "ĐẢNG CỘNG SẢN VIỆT NAM",
	PartyHeadingSize: 15,
	PartyRuleWidth:   0.3,
	PartyRuleGap:     1.4,
	DateSize:         14,
	DateSep:          ", ",
	DateMinGap:       4,
	HeaderMaxLines:   3,

	TitleGapBefore: 10,
	TitleType:      "BÁO CÁO",
	TitleTypeSize:  16,
	SummarySize:    14,
	SummaryWidth:   150,
	SummaryRule:    "-----",
	TitleGapAfter:  4,

	BodySize:           14,
	BodyLineHeight:     1.3,
	ParagraphSpacing:   6,
	FirstIndent:        10,
	PartHeadingSpacing: 12,
	KeepLines:          2,
	MinLinesAtBreak:    2,

	PageNumberSize: 14,
	PageNumberFrom: 2,

	TableGapBefore:  12,
	TableTitleSize:  14,
	TableTitleGap:   5,
	TableSize:       12,
	TableHeaderSize: 11,
	TableLineHeight: 1.15,
	TablePadX:       1,
	TablePadY:       1,
	TableMinSize:    8,
	TableRuleWidth:  0.2,
	GroupNumbering:  "roman",
	FiguresTitle:    "SỐ LIỆU CHỦ YẾU",
	Figures: FiguresColumns{
		No:         Column{"STT", 11, 'C'},
		Name:       Column{"Chỉ tiêu", 57, 'L'},
		Unit:       Column{"Đơn vị tính", 17, 'C'},
		Value:      Column{"", 16, 'R'},
		Previous:   Column{"Cùng kỳ", 16, 'R'},
		VsPrevious: Column{"So sánh (%)", 16, 'R'},
		Plan:       Column{"Kế hoạch năm", 16, 'R'},
		VsPlan:     Column{"Đạt % KH", 16, 'R'},
	},
	DocumentsTitle: "DANH MỤC VĂN BẢN THAM MƯU BAN HÀNH",
	Documents: DocumentsColumns{
		No:      Column{"STT", 11, 'C'},
		Symbol:  Column{"Số, ký hiệu", 28, 'C'},
		Date:    Column{"Ngày", 24, 'C'},
		Kind:    Column{"Loại", 25, 'L'},
		Summary: Column{"Trích yếu", 77, 'L'},
	},
	BreakdownTitle: "SỐ LIỆU CÁC ĐƠN VỊ",
	Breakdown: BreakdownColumns{
		No:          Column{"STT", 11, 'C'},
		Unit:        Column{"Đơn vị", 44, 'L'},
		FigureAlign: 'R',
		MaxFigures:  7,
		TotalLabel:  "Tổng cộng",
	},
	ContinuedSuffix: " (tiếp theo)",

	EndGapBefore:           12,
	EndLeftWidth:           75,
	RecipientsLabel:        "Nơi nhận:",
	RecipientsRuleWidth:    0.3,
	RecipientsRuleGap:      0.6,
	RecipientsLabelSize:    14,
	RecipientsSize:         12,
	RecipientsLineHeight:   1.2,
	RecipientPrefix:        "- ",
	SignerSize:             14,
	SignerLineHeight:       1.2,
	SignatureSpace:         25,
	TitleBoldWithAuthority: false,
	SignerMaxLines:         3,
}

// TextWidth is the width between the side margins.
func (l *Layout) TextWidth() float64 { return l.PageWidth - l.MarginLeft - l.MarginRight }
