package forms

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/report"
	"baocao/report/reporttest/readers"
	"baocao/report/store"
	"baocao/report/xlsx"
)

func TestParseUnits(t *testing.T) {
	kb := report.Organization{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"}
	ly := report.Organization{Superior: "HUYỆN ỦY LÝ NHÂN", Name: "BAN TUYÊN GIÁO"}
	tests := []struct {
		name, csv string
		want      []report.Organization
		err       string
	}{
		{"comma", "superior,name,abbreviation,place\nHUYỆN ỦY KIM BẢNG,BAN TUYÊN GIÁO,BTGHU,Kim Bảng\n", []report.Organization{kb}, ""},
		{"BOM and semicolons, CRLF, blank line", "\xef\xbb\xbfsuperior;name;abbreviation;place\r\nHUYỆN ỦY KIM BẢNG;BAN TUYÊN GIÁO;BTGHU;Kim Bảng\r\n;;;\r\nHUYỆN ỦY LÝ NHÂN;BAN TUYÊN GIÁO;;\r\n", []report.Organization{kb, ly}, ""},
		{"columns in another order, some missing", "Name,Superior\nBAN TUYÊN GIÁO,HUYỆN ỦY LÝ NHÂN\n", []report.Organization{ly}, ""},
		{"decomposed marks composed", "superior,name\nHUYE\u0323\u0302N U\u0309Y LÝ NHÂN,BAN TUYÊN GIÁO\n", []report.Organization{ly}, ""},
		{"no header", "HUYỆN ỦY KIM BẢNG,BAN TUYÊN GIÁO\n", nil, "dòng 1: cần dòng tiêu đề superior,name,abbreviation,place"},
		{"empty", "", nil, "tệp trống"},
		{"no name", "superior,name\nHUYỆN ỦY KIM BẢNG,\n", nil, "dòng 2: thiếu tên cơ quan"},
		{"twice", "superior,name\nHUYỆN ỦY LÝ NHÂN,BAN TUYÊN GIÁO\nhuyện ủy lý nhân , Ban Tuyên giáo\n", nil, "dòng 3: Ban Tuyên giáo huyện ủy lý nhân đã có ở dòng 2"},
		{"UTF-16 LE", utf16LE("superior\tname\r\nHUYỆN ỦY LÝ NHÂN\tBAN TUYÊN GIÁO\r\n"), []report.Organization{ly}, ""},
		{"UTF-16 cut short", "\xff\xfes\x00n", nil, "UTF-16 LE bị cắt cụt"},
		// Excel's "CSV" on a Vietnamese Windows: tones as combining marks.
		{"Windows-1258", "superior,name\r\nHUY\xca\xf2N U\xd2Y LY\xec NH\xc2N,BAN TUY\xcaN GI\xc1O\r\n", []report.Organization{ly}, ""},
		// .VnTime: toned capitals written with the lowercase codes.
		{"TCVN3", "superior,name,abbreviation,place\r\nHUY\xd6N \xf1Y KIM B\xb6NG,BAN TUY\xa3N GI\xb8O,BTGHU,Kim B\xb6ng\r\n", []report.Organization{kb}, ""},
		{"TCVN3, a name starting with a toned capital", "superior,name\r\n\xf1y ban nh\xa9n d\xa9n,BAN\r\n", []report.Organization{{Superior: "Ủy ban nhân dân", Name: "BAN"}}, ""},
		{"neither", "superior,name\r\n\x81\x8d\x8f\x90\x9d,\xa4\xa5\xa6\xbf\r\n", nil, `không nhận ra bảng mã (không phải UTF-8, Windows-1258 hay TCVN3); hãy mở tệp bằng Excel, chọn Tệp → Lưu thành, kiểu "CSV UTF-8`},
		{"escape sequence", "superior,name\nHUYỆN ỦY\x1b[31m,BAN\n", nil, "dòng 2, cột superior: có ký tự điều khiển U+001B (ESC)"},
		{"zero-width name", "superior,name\nHUYỆN ỦY,\u200b\u200c\n", nil, "dòng 2, cột name: chỉ có ký tự vô hình"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseUnits([]byte(tc.csv))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v", got)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("unit %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestNames(t *testing.T) {
	p := report.Period{Year: 2019, Kind: report.KindH1}
	units := []report.Organization{
		{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO"},
		{Superior: "huyện ủy kim bảng", Name: "Ban tuyên giáo"},
		{Superior: "ĐẢNG ỦY KHỐI", Name: "BAN TUYÊN GIÁO"},
		{Name: "../../x"}, {Name: `A:B*C?"<>|\CON`}, {Name: "CON"}, {},
		{Name: strings.Repeat("rất dài ", 100)},
	}
	got := Names(units, p)
	want := []string{
		"bieu-mau-6t2019-ban-tuyen-giao-huyen-uy-kim-bang.xlsx",
		"bieu-mau-6t2019-ban-tuyen-giao-huyen-uy-kim-bang-2.xlsx",
		"bieu-mau-6t2019-ban-tuyen-giao-dang-uy-khoi.xlsx",
		"bieu-mau-6t2019-x.xlsx", "bieu-mau-6t2019-a-b-c-con.xlsx", "bieu-mau-6t2019-con.xlsx", "bieu-mau-6t2019-trong.xlsx",
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("name %d = %q, want %q", i, got[i], w)
		}
	}
	if n := len(got[len(got)-1]); n > 100 {
		t.Errorf("long name has %d bytes: %s", n, got[len(got)-1])
	}
}

// Hostile unit names give files inside the folder, and text cells, never
// formulas.
func TestWriteHostileUnits(t *testing.T) {
	dir := t.TempDir()
	units, err := ParseUnits([]byte("superior,name,abbreviation,place\n" +
		"../x,../../y,..\\z,/etc\n" +
		`"=HYPERLINK(""http://e.vn"",""bấm"")",=1+1,@SUM(A1),+A1` + "\n" +
		"A:B*C?,\"<>|\",CON,NUL\n"))
	if err != nil {
		t.Fatal(err)
	}
	paths, err := Write(Options{Head: report.Sample(), Units: units, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 3 {
		t.Fatalf("paths %q", paths)
	}
	for i, p := range paths {
		if filepath.Dir(p) != dir || strings.ContainsAny(filepath.Base(p), `\/:*?"<>|`) {
			t.Errorf("%s is not a plain file name in %s", p, dir)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		info := readers.SheetXML(t, data, "Thông tin")
		if strings.Contains(info, "<f>") || strings.Contains(info, "<f ") {
			t.Errorf("%s: the Thông tin sheet has a formula:\n%s", p, info)
		}
		r, err := xlsx.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if r.Organization != units[i] {
			t.Errorf("%s reads back as %+v, want %+v", p, r.Organization, units[i])
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("%d entries in the folder", len(entries))
	}
	// Written again into the same folder: the forms there (perhaps sent
	// back filled) are kept, and the error says why.
	before, _ := os.ReadFile(paths[0])
	if _, err := Write(Options{Head: report.Sample(), Units: units, Dir: dir}); err == nil || !strings.Contains(err.Error(), "đã có tệp "+filepath.Base(paths[0])) {
		t.Errorf("written over: %v", err)
	}
	if after, _ := os.ReadFile(paths[0]); string(after) != string(before) {
		t.Error("a form already there was replaced")
	}
}

// Cùng kỳ comes from the unit's report a year before, or from the head's
// consolidation of that period; the units from the expected-units list.
func TestWriteFromArchive(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(filepath.Join(t.TempDir(), "kho.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	head := report.Sample()
	kb := report.Organization{Superior: "HUYỆN ỦY KIM BẢNG", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Kim Bảng"}
	ly := report.Organization{Superior: "HUYỆN ỦY LÝ NHÂN", Name: "BAN TUYÊN GIÁO", Abbreviation: "BTGHU", Place: "Lý Nhân"}
	if err := s.SetExpectedUnits(head.Organization, []report.Organization{kb, ly}); err != nil {
		t.Fatal(err)
	}
	last := head.Period.SameLastYear()
	kbLast := report.Sample()
	kbLast.Organization, kbLast.Period, kbLast.Documents = kb, last, nil
	kbLast.Figures = map[string]report.Figure{"llct.lop": {Value: report.Int(7)}, "llct.hocvien": {Value: report.Int(300)}}
	headLast := report.Sample()
	headLast.Period = last
	headLast.Breakdown = []report.UnitRow{{Superior: ly.Superior, Name: ly.Name, Figures: map[string]int64{"llct.lop": 9}}}
	for _, r := range []*report.Report{kbLast, headLast} {
		if _, _, err := s.Put(r, store.SaveOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	paths, err := Write(Options{Head: head, Store: s, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 2 {
		t.Fatalf("paths %q", paths)
	}
	for i, want := range []int64{7, 9} {
		r, err := xlsx.ReadFile(paths[i])
		if err != nil {
			t.Fatal(err)
		}
		if p := r.Figures["llct.lop"].Previous; p == nil || *p != want {
			t.Errorf("%s: llct.lop previous %v, want %d", paths[i], p, want)
		}
		if r.HasValues() {
			t.Errorf("%s: a form as written has values", paths[i])
		}
	}
}
