package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"baocao/assets"
)

// fontSet holds the TrueType data of the four styles of one family.
type fontSet struct {
	regular, bold, italic, boldItalic []byte
}

// tinos is the embedded family, metric-compatible with Times New Roman.
var tinos = fontSet{
	regular:    assets.TinosRegular,
	bold:       assets.TinosBold,
	italic:     assets.TinosItalic,
	boldItalic: assets.TinosBoldItalic,
}

// vietnameseProbe are letters a font must have to print Vietnamese; the
// old TCVN3 (.VnTime) and VNI fonts still found on office PCs lack them.
const vietnameseProbe = "ĂăÂâĐđÊêÔôƠơƯưẠạẾếỆệỮữỹ"

// loadFontSet reads the font file at path and its bold, italic and
// bold-italic siblings (times.ttf → timesbd.ttf, timesi.ttf, timesbi.ttf;
// Name.ttf or Name-Regular.ttf → Name-Bold.ttf, Name-Italic.ttf,
// Name-BoldItalic.ttf). A missing or unusable sibling falls back to the
// regular file; the regular file itself must be a usable TrueType font.
func loadFontSet(path string) (fontSet, error) {
	regular, err := readFont(path)
	if err != nil {
		return fontSet{}, err
	}
	set := fontSet{regular: regular, bold: regular, italic: regular, boldItalic: regular}
	dir := filepath.Dir(path)
	entries, _ := os.ReadDir(dir)
	names := make(map[string]string, len(entries)) // lower case → real name
	for _, e := range entries {
		if !e.IsDir() {
			names[strings.ToLower(e.Name())] = e.Name()
		}
	}
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	family := stem
	for _, suf := range []string{"-Regular", "-regular", "_Regular", " Regular", "-Roman", "Regular"} {
		if strings.HasSuffix(stem, suf) && len(stem) > len(suf) {
			family = strings.TrimSuffix(stem, suf)
			break
		}
	}
	sibling := func(suffixes ...string) []byte {
		for _, suf := range suffixes {
			for _, s := range []string{stem, family} {
				real, ok := names[strings.ToLower(s+suf+ext)]
				if !ok || strings.EqualFold(real, base) {
					continue
				}
				if data, err := readFont(filepath.Join(dir, real)); err == nil {
					return data
				}
			}
		}
		return regular
	}
	set.bold = sibling("bd", "-Bold", "_Bold", " Bold", "Bold", "b")
	set.italic = sibling("i", "-Italic", "_Italic", " Italic", "Italic")
	set.boldItalic = sibling("bi", "z", "-BoldItalic", "_BoldItalic", " Bold Italic", "BoldItalic")
	return set, nil
}

// readFont reads a font file and checks that gofpdf can use it: a
// TrueType font (not OpenType CFF, not a collection) with Vietnamese
// letters.
func readFont(path string) ([]byte, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s là thư mục, không phải tệp phông chữ", path)
	}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("không có tệp phông chữ %s", path)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("không được phép đọc tệp phông chữ %s", path)
	case err != nil:
		return nil, fmt.Errorf("không đọc được tệp phông chữ %s: %v", path, err)
	}
	if err := checkTrueType(data); err != nil {
		return nil, fmt.Errorf("tệp phông chữ %s: %w", path, err)
	}
	return data, nil
}

// checkTrueType checks the font's header and that its Unicode character
// map covers Vietnamese.
func checkTrueType(data []byte) error {
	const notTTF = "không phải phông chữ TrueType (.ttf)"
	if len(data) < 12 {
		return errors.New(notTTF)
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return errors.New(notTTF + "; phông OpenType dạng CFF (.otf) chưa dùng được, hãy chọn tệp .ttf")
	case "ttcf":
		return errors.New(notTTF + "; bộ phông (.ttc) chưa dùng được, hãy chọn một tệp .ttf")
	default:
		return errors.New(notTTF)
	}
	cmap, ok := findTable(data, "cmap")
	if !ok {
		return errors.New(notTTF + " (thiếu bảng mã ký tự)")
	}
	for _, table := range []string{"head", "hhea", "hmtx", "maxp", "loca", "glyf"} {
		if _, ok := findTable(data, table); !ok {
			return fmt.Errorf("%s (thiếu bảng %s)", notTTF, table)
		}
	}
	lookup := unicodeCmap(cmap)
	if lookup == nil {
		return errors.New("phông chữ không có bảng mã Unicode (có thể là phông TCVN3/VNI cũ như .VnTime); hãy chọn phông Unicode như Times New Roman (times.ttf)")
	}
	for _, r := range vietnameseProbe {
		if lookup(r) == 0 {
			return fmt.Errorf("phông chữ thiếu chữ tiếng Việt (ví dụ %q); hãy chọn phông Unicode như Times New Roman (times.ttf)", string(r))
		}
	}
	return nil
}

// findTable returns the bytes of a table of a TrueType font.
func findTable(data []byte, tag string) ([]byte, bool) {
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, false
		}
		if string(data[rec:rec+4]) != tag {
			continue
		}
		off := int(binary.BigEndian.Uint32(data[rec+8:]))
		size := int(binary.BigEndian.Uint32(data[rec+12:]))
		if off < 0 || size < 0 || off > len(data) || size > len(data)-off {
			return nil, false
		}
		return data[off : off+size], true
	}
	return nil, false
}

// unicodeCmap returns a rune → glyph lookup from a cmap table's Unicode
// subtable of format 4 (the one gofpdf reads), or nil when there is none.
func unicodeCmap(cmap []byte) func(rune) int {
	if len(cmap) < 4 {
		return nil
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		encoding := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if !(platform == 3 && encoding == 1 || platform == 0) || off+14 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		if binary.BigEndian.Uint16(sub) != 4 {
			continue
		}
		if f := format4(sub); f != nil {
			return f
		}
	}
	return nil
}

func format4(sub []byte) func(rune) int {
	segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
	ends, starts := 14, 14+2*segs+2
	deltas, ranges := starts+2*segs, starts+4*segs
	if ranges+2*segs > len(sub) {
		return nil
	}
	u16 := func(at int) int {
		if at < 0 || at+2 > len(sub) {
			return 0
		}
		return int(binary.BigEndian.Uint16(sub[at:]))
	}
	return func(r rune) int {
		c := int(r)
		for s := 0; s < segs; s++ {
			if c > u16(ends+2*s) {
				continue
			}
			start := u16(starts + 2*s)
			if c < start {
				return 0
			}
			delta, rangeOff := u16(deltas+2*s), u16(ranges+2*s)
			if rangeOff == 0 {
				return (c + delta) & 0xFFFF
			}
			g := u16(ranges + 2*s + rangeOff + 2*(c-start))
			if g == 0 {
				return 0
			}
			return (g + delta) & 0xFFFF
		}
		return 0
	}
}
