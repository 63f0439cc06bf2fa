package pdf

import (
	"baocao/report/reporttest/readers"
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/assets"
	"baocao/report"
)

func TestEmbeddedFontsPassCheck(t *testing.T) {
	for name, data := range map[string][]byte{"regular": tinos.regular, "bold": tinos.bold, "italic": tinos.italic, "bolditalic": tinos.boldItalic} {
		if err := checkTrueType(data); err != nil {
			t.Errorf("Tinos %s: %v", name, err)
		}
	}
}

// asciiFont builds a minimal TrueType file whose character map has only
// ASCII, like the old TCVN3 fonts as far as Unicode goes.
func asciiFont() []byte { return fakeFont(0x7E) }

// fakeFont builds a TrueType file whose character map covers U+0020 to
// last and whose other tables are empty: no font program can use it.
func fakeFont(last uint16) []byte {
	var cmap bytes.Buffer
	w := func(v ...uint16) {
		for _, x := range v {
			binary.Write(&cmap, binary.BigEndian, x)
		}
	}
	w(0, 1) // version, one subtable
	w(3, 1) // Windows, Unicode BMP
	binary.Write(&cmap, binary.BigEndian, uint32(12))
	w(4, 32, 0, 4, 4, 1, 0) // format 4, length, language, segCountX2=4, …
	w(last, 0xFFFF, 0)      // end codes, reserved pad
	w(0x20, 0xFFFF)         // start codes
	w(0x10000+1-0x20, 1)    // deltas: glyph 1 for space
	w(0, 0)                 // range offsets
	tables := map[string][]byte{"cmap": cmap.Bytes()}
	for _, tag := range []string{"glyf", "head", "hhea", "hmtx", "loca", "maxp"} {
		tables[tag] = make([]byte, 8)
	}
	tags := []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"}
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, uint32(0x00010000))
	binary.Write(&out, binary.BigEndian, []uint16{uint16(len(tags)), 0, 0, 0})
	off := 12 + 16*len(tags)
	for _, tag := range tags {
		out.WriteString(tag)
		binary.Write(&out, binary.BigEndian, []uint32{0, uint32(off), uint32(len(tables[tag]))})
		off += len(tables[tag])
	}
	for _, tag := range tags {
		out.Write(tables[tag])
	}
	return out.Bytes()
}

func TestCheckTrueType(t *testing.T) {
	if lookup := unicodeCmap(mustTable(t, asciiFont(), "cmap")); lookup == nil || lookup('A') == 0 || lookup('ư') != 0 {
		t.Fatal("the test font is built wrong: want A and no ư")
	}
	cases := []struct {
		name string
		data []byte
		want string // in the error; "" = no error
	}{
		{"Tinos", assets.TinosRegular, ""},
		{"empty", nil, "không phải phông chữ TrueType"},
		{"text", []byte("đây không phải phông chữ, chỉ là văn bản"), "không phải phông chữ TrueType"},
		{"OpenType CFF", append([]byte("OTTO"), make([]byte, 40)...), ".otf"},
		{"collection", append([]byte("ttcf"), make([]byte, 40)...), ".ttc"},
		{"truncated", assets.TinosRegular[:2000], "không phải phông chữ TrueType"},
		{"no Vietnamese letters", asciiFont(), "thiếu chữ tiếng Việt"},
	}
	for _, c := range cases {
		err := checkTrueType(c.data)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

func mustTable(t *testing.T, data []byte, tag string) []byte {
	t.Helper()
	b, ok := findTable(data, tag)
	if !ok {
		t.Fatalf("no %s table", tag)
	}
	return b
}

func TestFontSiblings(t *testing.T) {
	cases := []struct {
		name  string
		files map[string][]byte // in the folder
		open  string
		want  fontSet
	}{
		{"Windows", map[string][]byte{"times.ttf": assets.TinosRegular, "timesbd.ttf": assets.TinosBold, "timesi.ttf": assets.TinosItalic, "timesbi.ttf": assets.TinosBoldItalic}, "times.ttf",
			fontSet{assets.TinosRegular, assets.TinosBold, assets.TinosItalic, assets.TinosBoldItalic}},
		{"upper case", map[string][]byte{"TIMES.TTF": assets.TinosRegular, "TIMESBD.TTF": assets.TinosBold}, "TIMES.TTF",
			fontSet{assets.TinosRegular, assets.TinosBold, assets.TinosRegular, assets.TinosRegular}},
		{"Name-Regular", map[string][]byte{"Tinos-Regular.ttf": assets.TinosRegular, "Tinos-Bold.ttf": assets.TinosBold, "Tinos-Italic.ttf": assets.TinosItalic, "Tinos-BoldItalic.ttf": assets.TinosBoldItalic}, "Tinos-Regular.ttf",
			fontSet{assets.TinosRegular, assets.TinosBold, assets.TinosItalic, assets.TinosBoldItalic}},
		{"Name", map[string][]byte{"Tinos.ttf": assets.TinosRegular, "Tinos-Italic.ttf": assets.TinosItalic}, "Tinos.ttf",
			fontSet{assets.TinosRegular, assets.TinosRegular, assets.TinosItalic, assets.TinosRegular}},
		{"broken sibling", map[string][]byte{"times.ttf": assets.TinosRegular, "timesbd.ttf": []byte("hỏng")}, "times.ttf",
			fontSet{assets.TinosRegular, assets.TinosRegular, assets.TinosRegular, assets.TinosRegular}},
	}
	for _, c := range cases {
		dir := t.TempDir()
		for name, data := range c.files {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := loadFontSet(filepath.Join(dir, c.open))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		for i, pair := range [][2][]byte{{got.regular, c.want.regular}, {got.bold, c.want.bold}, {got.italic, c.want.italic}, {got.boldItalic, c.want.boldItalic}} {
			if !bytes.Equal(pair[0], pair[1]) {
				t.Errorf("%s: style %d read from the wrong file", c.name, i)
			}
		}
	}
}

// TestDamagedFontIsAnError: a font that passes the checks but that
// gofpdf cannot read is an error naming the file, not a crash.
func TestDamagedFontIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hong.ttf")
	if err := os.WriteFile(path, fakeFont(0x2000), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := checkTrueType(fakeFont(0x2000)); err != nil {
		t.Fatalf("the fake font should pass the check: %v", err)
	}
	err := Write(new(bytes.Buffer), report.Sample(), Options{Font: path})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "phông chữ bị hỏng") {
		t.Errorf("error %v, want it to name %s as damaged", err, path)
	}

	// A damaged bold sibling falls back to the regular file.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "times.ttf"), assets.TinosRegular, 0o644)
	os.WriteFile(filepath.Join(dir, "timesbd.ttf"), fakeFont(0x2000), 0o644)
	if err := Write(new(bytes.Buffer), report.Sample(), Options{Font: filepath.Join(dir, "times.ttf")}); err != nil {
		t.Errorf("a damaged bold file should fall back to the regular one, got error %v", err)
	}
}

// TestUserFont exports with a font file the user names, its siblings
// found next to it, all of it embedded.
func TestUserFont(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{"times.ttf": assets.TinosRegular, "timesbd.ttf": assets.TinosBold, "timesi.ttf": assets.TinosItalic} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := writePDF(t, report.Sample(), Options{Font: filepath.Join(dir, "times.ttf")})
	for name, emb := range pdfFonts(t, path) {
		if !emb {
			t.Errorf("font %s not embedded", name)
		}
	}
	if !strings.Contains(readers.AllText(readers.PDFPages(t, path)), "ĐẢNG CỘNG SẢN VIỆT NAM") {
		t.Error("text lacks \"ĐẢNG CỘNG SẢN VIỆT NAM\"")
	}
}
