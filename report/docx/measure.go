package docx

import (
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"baocao/assets"
	"baocao/report/layout"
)

// The document names Times New Roman and lets Word set it; where the
// layout wants lines broken as the PDF breaks them (a centred heading
// balanced over its lines, the hanging indent of a recipient), the text is
// measured in the shipped Tinos, which has Times New Roman's metrics.

// face is a parsed font of the Tinos family.
type face struct {
	once sync.Once
	data []byte
	f    *sfnt.Font
	mu   sync.Mutex
	buf  sfnt.Buffer
}

var (
	regular = &face{data: assets.TinosRegular}
	bold    = &face{data: assets.TinosBold}
	italic  = &face{data: assets.TinosItalic}
)

// width is the width of s in millimetres at size points; 0 when the font
// cannot be read (then nothing is balanced).
func (fc *face) width(s string, size float64) float64 {
	fc.once.Do(func() { fc.f, _ = sfnt.Parse(fc.data) })
	if fc.f == nil {
		return 0
	}
	fc.mu.Lock()
	defer fc.mu.Unlock()
	upem := fc.f.UnitsPerEm()
	ppem := fixed.Int26_6(upem) << 6 // advances in font units, 26.6
	units := 0.0
	for _, r := range s {
		g, err := fc.f.GlyphIndex(&fc.buf, r)
		if err != nil {
			continue
		}
		adv, err := fc.f.GlyphAdvance(&fc.buf, g, ppem, font.HintingNone)
		if err == nil {
			units += float64(adv) / 64
		}
	}
	return units / float64(upem) * size / ptMM
}

// wrap breaks a text at spaces into lines no wider than width mm; a word
// wider than that is a line of its own.
func (fc *face) wrap(s string, size, width float64) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line == "" {
			line = w
			continue
		}
		if fc.width(line+" "+w, size) <= width {
			line += " " + w
			continue
		}
		lines = append(lines, line)
		line = w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// balanced is the text with line breaks where the PDF breaks it: as few
// lines as width allows, as even as possible.
func (fc *face) balanced(s string, size, width float64) string {
	if fc.width(s, size) <= width {
		return s
	}
	return strings.Join(layout.Balanced(width, func(w float64) []string { return fc.wrap(s, size, w) }), "\n")
}
