package vnkey

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/report/vnenc"
)

// Legacy text as it arrives when a document set in a TCVN3 (.VnTime) or
// VNI-Times font is pasted or opened as Western text. Written by hand, so
// the tables are not only checked against themselves.
var legacySamples = []struct {
	enc      Encoding
	in, want string
}{
	{TCVN3, "Tuyªn gi¸o", "Tuyên giáo"},
	{TCVN3, "Ban Tuyªn gi¸o TØnh ñy Hµ Nam", "Ban Tuyên giáo Tỉnh ủy Hà Nam"},
	{TCVN3, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"},
	{TCVN3, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"},
	{TCVN3, "§¶NG CéNG S¶N VIÖT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"},
	{TCVN3, "Ng\u00adêi ®\u00adîc häc, cã mçi ngµy", "Người được học, có mỗi ngày"},
	{TCVN3, "NguyÔn V¨n A, b»ng mÆt, cÇn cÊp, còng tõ kú, chÞ g×", "Nguyễn Văn A, bằng mặt, cần cấp, cũng từ kỳ, chị gì"},
	{TCVN3, "tæ chøc, ý kiÕn, nhá, râ, trß, Së, míi, sö dông, ch÷", "tổ chức, ý kiến, nhỏ, rõ, trò, Sở, mới, sử dụng, chữ"},
	{VNIWindows, "Tuyeân giaùo", "Tuyên giáo"},
	{VNIWindows, "Vieät Nam", "Việt Nam"},
	{VNIWindows, "Ñaûng", "Đảng"},
	{VNIWindows, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
	{VNIWindows, "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"},
	{VNIWindows, "Tröôøng Ñaïi hoïc, ñöôïc, ngöôøi", "Trường Đại học, được, người"},
	{VNIWindows, "Ban Tuyeân giaùo Tænh uûy Haø Nam", "Ban Tuyên giáo Tỉnh ủy Hà Nam"},
	{VNIWindows, "ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"},
	{VNIWindows, "naêm, baèng, maët, Nguyeãn, bieát, caàn, theå, Myõ, kyø, thò", "năm, bằng, mặt, Nguyễn, biết, cần, thể, Mỹ, kỳ, thị"},
}

func TestConvertLegacySamples(t *testing.T) {
	for _, c := range legacySamples {
		got, err := ConvertLegacy(c.in, c.enc)
		if err != nil || got != norm.NFC.String(c.want) {
			t.Errorf("ConvertLegacy(%q, %v) = %q, %v; want %q", c.in, c.enc, got, err, c.want)
		}
		if d := DetectLegacy(c.in); d != c.enc {
			t.Errorf("DetectLegacy(%q) = %v, want %v", c.in, d, c.enc)
		}
		// The encoder gives back the same bytes (TCVN3 only where the
		// text has no capital toned letters, which TCVN3 cannot hold).
		if c.enc == VNIWindows || !strings.ContainsAny(c.want, "ĐẢỘẠỆ") {
			if enc, err := EncodeLegacy(c.want, c.enc); err != nil || enc != c.in {
				t.Errorf("EncodeLegacy(%q, %v) = %q, %v; want %q", c.want, c.enc, enc, err, c.in)
			}
		}
	}
}

// allLetters returns the 67 lowercase Vietnamese letters with a diacritic
// or tone (and đ), or their capitals, written out literally.
func allLetters(upper bool) []rune {
	s := "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ"
	if upper {
		s = strings.ToUpper(s)
	}
	return []rune(s)
}

func TestAllLettersRoundTrip(t *testing.T) {
	lower, upper := allLetters(false), allLetters(true)
	if len(lower) != 67 || len(upper) != 67 {
		t.Fatalf("%d + %d letters", len(lower), len(upper))
	}
	for _, enc := range []Encoding{TCVN3, VNIWindows} {
		for _, set := range [][]rune{lower, upper} {
			for _, r := range set {
				// Each letter alone, and in a word in capitals.
				for _, s := range []string{string(r), "X" + string(r) + "N"} {
					if set[0] == lower[0] {
						s = strings.ToLower(s)
					}
					e, err := EncodeLegacy(s, enc)
					if err != nil {
						t.Errorf("EncodeLegacy(%q, %v): %v", s, enc, err)
						continue
					}
					got, err := ConvertLegacy(e, enc)
					want := s
					if enc == TCVN3 && len([]rune(s)) == 1 {
						want = strings.ToLower(s) // no capital toned letters in TCVN3
						if r == 'Ă' || r == 'Â' || r == 'Ê' || r == 'Ô' || r == 'Ơ' || r == 'Ư' || r == 'Đ' {
							want = s
						}
					}
					if err != nil || got != want {
						t.Errorf("%v: %q → %q → %q, %v; want %q", enc, s, e, got, err, want)
					}
				}
			}
		}
		// A whole line of capitals comes back in capitals even in TCVN3.
		line := string(upper)
		e, _ := EncodeLegacy(line, enc)
		if got, _ := ConvertLegacy(e, enc); got != line {
			t.Errorf("%v capitals line: %q", enc, got)
		}
	}
}

// legacyParagraph is paragraph with a heading in capitals above it.
const legacyParagraph = "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM\r\n" + paragraph + "\n" +
	"Đồng chí Ủy viên Ban Thường vụ; TP. Phủ Lý – “Nghị quyết số 18-NQ/TW”…"

func TestParagraphRoundTrip(t *testing.T) {
	for _, enc := range []Encoding{TCVN3, VNIWindows} {
		e, err := EncodeLegacy(legacyParagraph, enc)
		if err != nil {
			t.Fatalf("EncodeLegacy %v: %v", enc, err)
		}
		if d := DetectLegacy(e); d != enc {
			t.Errorf("DetectLegacy(%v paragraph) = %v", enc, d)
		}
		got, err := ConvertLegacy(e, enc)
		want := legacyParagraph
		if enc == TCVN3 {
			want = strings.Replace(want, "Ủy viên", "ủy viên", 1) // a capital toned letter in running text
		}
		if err != nil || got != want {
			t.Errorf("%v round trip:\n got %q\nwant %q (%v)", enc, got, want, err)
		}
		// The same bytes read from a file (not UTF-8).
		raw := latin1Bytes(t, e)
		if got, _ := ConvertLegacy(raw, enc); got != want {
			t.Errorf("%v from raw bytes:\n got %q", enc, got)
		}
		if d := DetectLegacy(raw); d != enc {
			t.Errorf("DetectLegacy(raw %v) = %v", enc, d)
		}
	}
}

// latin1Bytes turns a string of Latin-1 and Windows-1252 characters into
// the bytes of a legacy file.
func latin1Bytes(t *testing.T, s string) string {
	t.Helper()
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x100:
			b = append(b, byte(r))
		default:
			i := -1
			for j, c := range cp1252High {
				if c == r {
					i = j
				}
			}
			if i < 0 {
				t.Fatalf("%q is not Windows-1252", r)
			}
			b = append(b, byte(0x80+i))
		}
	}
	return string(b)
}

func TestDetectLegacy(t *testing.T) {
	cases := []struct {
		s    string
		want Encoding
	}{
		{"", Unknown},
		{"Hello, world 2019", Unknown},
		{"Ban Tuyen giao", Unknown},
		{"café crème brûlée", Unknown},
		{"Ban Tuyên giáo Tỉnh ủy Hà Nam", Unicode},
		{"Tôi là Nam", Unicode},
		{paragraph, Unicode},
		{"Tuyªn gi¸o", TCVN3},
		{"Tuyeân giaùo", VNIWindows},
	}
	for _, c := range cases {
		if got := DetectLegacy(c.s); got != c.want {
			t.Errorf("DetectLegacy(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestLegacyErrors(t *testing.T) {
	if _, err := ConvertLegacy("abc", Unknown); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("Unknown: %v", err)
	}
	if _, err := ConvertLegacy("abc", Encoding(9)); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("Encoding(9): %v", err)
	}
	if _, err := ConvertLegacy("\xff", Unicode); err == nil {
		t.Error("invalid UTF-8 as Unicode: no error")
	}
	if got, err := ConvertLegacy("Ha\u0300 No\u0323\u0302i", Unicode); err != nil || got != "Hà Nội" {
		t.Errorf("Unicode: %q, %v", got, err)
	}
	for _, c := range []struct {
		s   string
		enc Encoding
	}{{"Hà Nội ★", TCVN3}, {"«trích»", TCVN3}, {"Ñ", VNIWindows}, {"中文", VNIWindows}, {"x", Unknown}} {
		_, err := EncodeLegacy(c.s, c.enc)
		if err == nil || !strings.HasPrefix(err.Error(), "mã hóa") {
			t.Errorf("EncodeLegacy(%q, %v): %v", c.s, c.enc, err)
		}
	}
	if _, err := EncodeLegacy("★", TCVN3); !errors.Is(err, ErrUnencodable) {
		t.Errorf("★: %v", err)
	}
}

// TestLegacyTables checks the tables for gaps and clashes.
func TestLegacyTables(t *testing.T) {
	if vnenc.TCVN3Codes != 74 {
		t.Errorf("TCVN3: %d codes; want 74", vnenc.TCVN3Codes)
	}
	for _, r := range allLetters(false) {
		if _, ok := vnenc.TCVN3Byte(r); !ok {
			t.Errorf("TCVN3 has no code for %q", r)
		}
	}
	for r := range vniMarks {
		if _, ok := vniSingles[r]; ok {
			t.Errorf("VNI byte %#x is both a mark and a letter", r)
		}
	}
	if len(vniMarks) != 2*(5+6+6) || len(vniSingles) != 2*(5+4) {
		t.Errorf("VNI: %d marks, %d single letters", len(vniMarks), len(vniSingles))
	}
	for _, s := range []Encoding{Unknown, Unicode, TCVN3, VNIWindows, 7} {
		if s.String() == "" {
			t.Errorf("empty name for %d", int(s))
		}
	}
}
