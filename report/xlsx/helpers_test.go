package xlsx

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/internal/ooxml"

	"github.com/xuri/excelize/v2"
)

// export writes r to a workbook in memory, and fails the test when the
// workbook is not sound Office Open XML (report/internal/ooxml).
func export(t testing.TB, r *report.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	checkOOXML(t, buf.Bytes())
	return buf.Bytes()
}

// checkOOXML fails the test when a workbook written by this package is not
// sound Office Open XML.
func checkOOXML(t testing.TB, data []byte) {
	t.Helper()
	if err := ooxml.Err(ooxml.CheckXLSX(data)); err != nil {
		t.Fatalf("the workbook is not sound Office Open XML:\n%v", err)
	}
}

// readBytes reads a workbook from memory under the name bc.xlsx.
func readBytes(data []byte) (*report.Report, error) {
	return Read(bytes.NewReader(data), int64(len(data)), "bc.xlsx")
}

// open opens a workbook from memory with excelize, to look at it or edit
// it as a clerk would.
func open(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// save writes an edited workbook back to bytes.
func save(t testing.TB, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// normalized passes a report through the report file's Marshal and Parse,
// so that two reports compare field for field as files.
func normalized(t testing.TB, r *report.Report) *report.Report {
	t.Helper()
	b, err := report.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	p, err := report.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// sameReport fails the test when the reports differ as files.
func sameReport(t testing.TB, want, got *report.Report) {
	t.Helper()
	a, b := normalized(t, want), normalized(t, got)
	if !reflect.DeepEqual(a, b) {
		ja, _ := report.Marshal(a)
		jb, _ := report.Marshal(b)
		t.Fatalf("the report read back differs:\n%s", diffLines(string(ja), string(jb)))
	}
}

// diffLines shows the first lines where two texts differ.
func diffLines(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(la), len(lb)) && len(out) < 12; i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, x, y))
		}
	}
	return strings.Join(out, "\n")
}

// findRow returns the row of the figures sheet holding a code.
func findRow(t testing.TB, f *excelize.File, code string) int {
	t.Helper()
	rows, err := f.GetRows(sheetFigures)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if len(row) >= fcTag && row[fcTag-1] == code {
			return i + 1
		}
	}
	t.Fatalf("no row for %s", code)
	return 0
}

// Texts used by the generated reports: Vietnamese, formula look-alikes,
// spaces at the ends, characters XML does not like.
var texts = []string{
	"Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng",
	"=SUM(A1:A9)",
	"+84 912 345 678",
	"-5 lớp chưa mở",
	"@Ban Tuyên giáo",
	"=HYPERLINK(\"http://x\",\"bấm vào\")",
	"  khoảng trắng ở hai đầu  ",
	"Dấu ngoặc <b>&amp;</b> \"kép\" và 'đơn'",
	"Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (khóa XII)",
	"ký tự _x0041_ lạ \u00a0 và tab\tở giữa",
	"Đồng chí Lương Khánh Thiện với cách mạng Việt Nam và quê hương Hà Nam",
	"100%",
	"3.286",
	"{llct.lop} lớp",
}

func pick(rng *rand.Rand) string { return texts[rng.IntN(len(texts))] }

func maybeInt(rng *rand.Rand, p float64) *int64 {
	if rng.Float64() >= p {
		return nil
	}
	return report.Int(rng.Int64N(report.MaxFigure + 1))
}

// generate builds a report with every kind of field filled, seeded.
func generate(seed uint64) *report.Report {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	cat := report.DefaultCatalogue()
	r := &report.Report{
		Format: report.FormatV1,
		Organization: report.Organization{
			Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng",
		},
		Period:  report.Period{Year: 2000 + rng.IntN(40), Kind: []string{report.KindH1, report.KindYear}[rng.IntN(2)]},
		Number:  fmt.Sprint(1 + rng.IntN(200)),
		Date:    fmt.Sprintf("20%02d-%02d-%02d", rng.IntN(40), 1+rng.IntN(12), 1+rng.IntN(28)),
		Summary: pick(rng),
		Figures: map[string]report.Figure{},
		Signer:  report.Signer{Title: "PHÓ TRƯỞNG BAN", Name: "Nguyễn Thị Hồng Nhung"},
	}
	if rng.IntN(2) == 0 {
		r.Signer.Authority = "K/T TRƯỞNG BAN"
	}
	nDocs := rng.IntN(8)
	for i := range nDocs {
		d := report.Document{Kind: report.DocumentKinds[i%len(report.DocumentKinds)], Summary: pick(rng)}
		if rng.IntN(3) > 0 {
			d.Symbol = fmt.Sprintf("%d-CT/HU", 10+i)
		}
		if rng.IntN(3) > 0 {
			d.Date = fmt.Sprintf("2019-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28))
		}
		r.Documents = append(r.Documents, d)
	}
	if rng.IntN(4) == 0 {
		r.Breakdown = []report.UnitRow{}
		for i := range rng.IntN(4) {
			u := report.UnitRow{Superior: fmt.Sprintf("XÃ ỦY %d", i+1), Name: "BAN TUYÊN GIÁO", Figures: map[string]int64{}}
			for _, in := range cat.MainIndicators() {
				if rng.IntN(3) > 0 {
					u.Figures[in.Code] = rng.Int64N(100000)
				}
			}
			if rng.IntN(2) == 0 {
				u.Figures["th.lop"] = rng.Int64N(50) // not a main indicator
			}
			r.Breakdown = append(r.Breakdown, u)
		}
	}
	counts := r.DocumentCounts()
	for _, in := range cat.Indicators {
		if in.IsDerived() {
			continue
		}
		f := report.Figure{Value: maybeInt(rng, 0.9), Previous: maybeInt(rng, 0.7), Plan: maybeInt(rng, 0.7)}
		if in.DocumentKind != "" && len(r.Documents) > 0 && !r.IsConsolidated() {
			// A typed count must agree with the list; sometimes left out.
			f.Value = nil
			if rng.IntN(2) == 0 {
				f.Value = report.Int(counts[in.DocumentKind])
			}
		}
		if !f.IsEmpty() {
			r.Figures[in.Code] = f
		}
	}
	for i := range 1 + rng.IntN(5) {
		s := report.Section{Heading: fmt.Sprintf("%d. %s", i+1, pick(rng))}
		var paras []string
		for range rng.IntN(4) {
			p := pick(rng)
			if rng.IntN(3) == 0 {
				p += "\n" + pick(rng) // a line break inside a paragraph
			}
			paras = append(paras, p)
		}
		s.Text = strings.Join(paras, "\n\n")
		if i == 0 {
			s.Heading = "Phần thứ nhất\nKẾT QUẢ CÔNG TÁC"
		}
		r.Sections = append(r.Sections, s)
	}
	for range rng.IntN(5) {
		r.Recipients = append(r.Recipients, pick(rng))
	}
	return r
}

func itoa(n int) string { return fmt.Sprint(n) }

func fmtSscan(s string, v *float64) (int, error) { return fmt.Sscan(s, v) }
