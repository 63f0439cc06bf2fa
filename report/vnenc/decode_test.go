package vnenc

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// names are unit names as a province's list has them (Ninh Bình's
// communes and wards after 2025, and the usual words of the headers).
var names = []string{
	"superior,name,abbreviation,place",
	"ĐẢNG ỦY XÃ GIA VIỄN,BAN TUYÊN GIÁO VÀ DÂN VẬN,BTGDV,Gia Viễn",
	"ĐẢNG ỦY PHƯỜNG HOA LƯ,BAN XÂY DỰNG ĐẢNG,BXDĐ,Hoa Lư",
	"ĐẢNG ỦY XÃ YÊN KHÁNH,VĂN PHÒNG ĐẢNG ỦY,VPĐU,Yên Khánh",
	"ĐẢNG ỦY PHƯỜNG TAM ĐIỆP,BAN TUYÊN GIÁO,BTG,Tam Điệp",
	"Đảng ủy xã Kim Sơn,Ban Tuyên giáo và Dân vận,BTGDV,Kim Sơn",
	"Đảng ủy xã Nho Quan,Ủy ban Mặt trận Tổ quốc,MTTQ,Nho Quan",
	"Đảng ủy phường Nam Định,Hội Liên hiệp Phụ nữ,HLHPN,Nam Định",
	"Đảng ủy xã Hải Hậu,Đoàn Thanh niên Cộng sản Hồ Chí Minh,ĐTN,Hải Hậu",
	"Đảng ủy xã Nghĩa Hưng,Hội Cựu chiến binh,CCB,Nghĩa Hưng",
	"Đảng ủy phường Phủ Lý,Hội Nông dân,HND,Phủ Lý",
	"Đảng ủy xã Thanh Liêm,Liên đoàn Lao động,LĐLĐ,Thanh Liêm",
	"Đảng ủy xã Lý Nhân,Ban Dân vận,BDV,Lý Nhân",
	"Đảng ủy xã Bình Lục,Trung tâm Chính trị,TTCT,Bình Lục",
	"Đảng ủy xã Ý Yên,Ban Tổ chức,BTC,Ý Yên",
}

// to1258 encodes s as Excel on a Vietnamese Windows does: a letter the code
// page has as one byte is that byte; another is its base letter (â, ơ …
// where the code page has them) followed by a combining tone mark.
func to1258(t testing.TB, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, ok := enc.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		// The letter's shape (â ơ ư …) stays with it, the tone is a mark.
		var shape, tone []rune
		for _, x := range norm.NFD.String(string(r)) {
			if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", x) {
				tone = append(tone, x)
			} else {
				shape = append(shape, x)
			}
		}
		base, rest := []rune(norm.NFC.String(string(shape)))[0], tone
		for _, x := range append([]rune{base}, rest...) {
			b, ok := enc.EncodeRune(x)
			if !ok {
				t.Fatalf("Windows-1258 has no %q (of %q)", x, r)
			}
			out = append(out, b)
		}
	}
	return out
}

// toTCVN3 encodes s in TCVN3: uppercase toned letters by their lowercase
// codes, as an uppercase ABC font (.VnTimeH) writes them.
func toTCVN3(t testing.TB, s string) []byte {
	t.Helper()
	var out []byte
	for _, r := range norm.NFC.String(s) {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		default:
			b, ok := TCVN3Byte(r)
			if !ok {
				b, ok = TCVN3Byte(unicode.ToLower(r))
			}
			if !ok {
				t.Fatalf("TCVN3 has no %q", r)
			}
			out = append(out, b)
		}
	}
	return out
}

func utf16le(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s { // all in the BMP
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func utf16be(s string) []byte {
	out := []byte{0xfe, 0xff}
	for _, r := range s {
		out = append(out, byte(r>>8), byte(r))
	}
	return out
}

func TestDecode(t *testing.T) {
	text := strings.Join(names, "\r\n") + "\r\n"
	for _, tc := range []struct {
		name string
		data []byte
		enc  Encoding
	}{
		{"UTF-8", []byte(text), UTF8},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), text...), UTF8},
		{"UTF-8 decomposed", []byte(norm.NFD.String(text)), UTF8},
		{"UTF-16 LE", utf16le(text), UTF16LE},
		{"UTF-16 BE", utf16be(text), UTF16BE},
		{"Windows-1258", to1258(t, text), Windows1258},
		{"TCVN3", toTCVN3(t, text), TCVN3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tc.enc {
				t.Errorf("encoding %v, want %v", enc, tc.enc)
			}
			if got != text {
				t.Errorf("got\n%s\nwant\n%s", got, text)
			}
		})
	}
	// Each line alone too: a short file is told apart as well.
	for _, line := range names[1:] {
		for enc, data := range map[Encoding][]byte{Windows1258: to1258(t, line), TCVN3: toTCVN3(t, line)} {
			got, e, err := Decode(data)
			if err != nil || e != enc || got != line {
				t.Errorf("%v %q: got %q as %v, %v", enc, line, got, e, err)
			}
		}
	}
}

// TCVN3 has no toned capitals: they are restored where the words around
// them are in capitals, a field of a CSV line included.
func TestDecodeTCVN3Capitals(t *testing.T) {
	for in, want := range map[string]string{
		"ĐẢNG ỦY XÃ GIA VIỄN,Gia Viễn":  "ĐẢNG ỦY XÃ GIA VIỄN,Gia Viễn",
		"Hà Nam;HUYỆN ỦY":               "Hà Nam;HUYỆN ỦY",
		"Ban Tuyên giáo Tỉnh ủy Hà Nam": "Ban Tuyên giáo Tỉnh ủy Hà Nam",
		"BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM": "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM",
		"Ủy ban":                        "Ủy ban",
		"Đảng ủy xã Ý Yên":              "Đảng ủy xã Ý Yên",
		"ủy viên Ban Thường vụ":         "Ủy viên Ban Thường vụ", // a guess: a field's first word
	} {
		got, enc, err := Decode(toTCVN3(t, in))
		if err != nil || enc != TCVN3 || got != want {
			t.Errorf("%q: %q as %v, %v; want %q", in, got, enc, err, want)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"UTF-8 mark, then bytes that are not", []byte("\xef\xbb\xbfsuperior,name\nxã,B\xe1n"), "dòng 2, cột 5"},
		{"UTF-16 cut in the middle", []byte{0xff, 0xfe, 'a', 0, 'b'}, "số byte lẻ"},
		{"Windows-1258 with a byte the code page lacks", bytes.Replace(to1258(t, "superior,name\nĐẢNG ỦY XÃ GIA VIỄN,BAN TUYÊN GIÁO VÀ DÂN VẬN\nĐảng ủy xã Kim Sơn,Ban Xây dựng Đảng"), []byte("BAN "), []byte("BAN\x81 "), 1), "không thuộc bảng mã này ở dòng 2, cột 24"},
		{"random bytes", []byte{0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa4, 0xa5, 0xa6, 0xbf, 0x00, 0x13}, "không nhận ra bảng mã"},
		{"a picture", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0xd8, 0xff, 0xe0, 0xb6, 0xa9, 0x9a), "không nhận ra bảng mã"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Decode = %q as %v, %v; want an error with %q", got, enc, err, tc.want)
			}
		})
	}
	var ie *InvalidUTF8Error
	if err := CheckUTF8([]byte("ab\ncdê\xff")); !errors.As(err, &ie) || ie.Line != 2 || ie.Column != 4 || ie.Byte != 0xff {
		t.Errorf("CheckUTF8 = %v", err)
	}
}
