package xlsx

import (
	"encoding/binary"
	"errors"
	"sync"

	"baocao/assets"
)

// metrics are the advance widths of a TrueType font, enough to measure
// text: the Tinos fonts shipped with the program have the metrics of Times
// New Roman, the workbook's font.
type metrics struct {
	unitsPerEm float64
	advances   []uint16 // by glyph
	segs       []cmapSeg
	cmapData   []byte
	fallback   float64 // em width of a character the font lacks
}

type cmapSeg struct {
	start, end    uint16
	delta         uint16
	rangeOffset   uint16
	rangeOffsetAt int // offset of this segment's idRangeOffset in the cmap
}

var (
	fontOnce              sync.Once
	regularFont, boldFont *metrics
)

// fonts returns the metrics of the regular and bold faces; nil when a font
// cannot be read (the estimate then uses average widths).
func fonts() (regular, bold *metrics) {
	fontOnce.Do(func() {
		regularFont, _ = parseMetrics(assets.TinosRegular)
		boldFont, _ = parseMetrics(assets.TinosBold)
	})
	return regularFont, boldFont
}

// em returns the advance of r in em.
func (m *metrics) em(r rune) float64 {
	g := m.glyph(r)
	if g == 0 || int(g) >= len(m.advances) {
		if g != 0 && len(m.advances) > 0 {
			// Glyphs past the last metric share its advance.
			return float64(m.advances[len(m.advances)-1]) / m.unitsPerEm
		}
		return m.fallback
	}
	return float64(m.advances[g]) / m.unitsPerEm
}

// glyph maps a character to its glyph through the format 4 cmap; 0 when
// the font lacks it.
func (m *metrics) glyph(r rune) uint16 {
	if r < 0 || r > 0xFFFF {
		return 0
	}
	c := uint16(r)
	lo, hi := 0, len(m.segs)
	for lo < hi {
		mid := (lo + hi) / 2
		if m.segs[mid].end < c {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(m.segs) || m.segs[lo].start > c {
		return 0
	}
	s := m.segs[lo]
	if s.rangeOffset == 0 {
		return c + s.delta
	}
	at := s.rangeOffsetAt + int(s.rangeOffset) + 2*int(c-s.start)
	if at+2 > len(m.cmapData) {
		return 0
	}
	g := binary.BigEndian.Uint16(m.cmapData[at:])
	if g == 0 {
		return 0
	}
	return g + s.delta
}

var errFont = errors.New("phông chữ không đọc được")

func parseMetrics(data []byte) (*metrics, error) {
	tables := map[string][]byte{}
	if len(data) < 12 {
		return nil, errFont
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, errFont
		}
		tag := string(data[rec : rec+4])
		off, ln := int(binary.BigEndian.Uint32(data[rec+8:])), int(binary.BigEndian.Uint32(data[rec+12:]))
		if off < 0 || ln < 0 || off+ln > len(data) {
			return nil, errFont
		}
		tables[tag] = data[off : off+ln]
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 20 || len(hhea) < 36 || cmap == nil {
		return nil, errFont
	}
	m := &metrics{unitsPerEm: float64(binary.BigEndian.Uint16(head[18:]))}
	nh := int(binary.BigEndian.Uint16(hhea[34:]))
	if m.unitsPerEm == 0 || len(hmtx) < 4*nh {
		return nil, errFont
	}
	m.advances = make([]uint16, nh)
	for i := range nh {
		m.advances[i] = binary.BigEndian.Uint16(hmtx[4*i:])
	}
	if err := m.parseCmap(cmap); err != nil {
		return nil, err
	}
	m.fallback = m.em('n')
	return m, nil
}

// parseCmap reads the Unicode BMP subtable (format 4).
func (m *metrics) parseCmap(cmap []byte) error {
	if len(cmap) < 4 {
		return errFont
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return errFont
		}
		pid, eid := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if !(pid == 3 && eid == 1 || pid == 0) || off+14 > len(cmap) || binary.BigEndian.Uint16(cmap[off:]) != 4 {
			continue
		}
		sub := cmap[off:]
		segX2 := int(binary.BigEndian.Uint16(sub[6:]))
		if 16+4*segX2 > len(sub) {
			return errFont
		}
		ends, starts := 14, 16+segX2
		deltas, ranges := starts+segX2, starts+2*segX2
		for s := 0; s < segX2; s += 2 {
			m.segs = append(m.segs, cmapSeg{
				end:           binary.BigEndian.Uint16(sub[ends+s:]),
				start:         binary.BigEndian.Uint16(sub[starts+s:]),
				delta:         binary.BigEndian.Uint16(sub[deltas+s:]),
				rangeOffset:   binary.BigEndian.Uint16(sub[ranges+s:]),
				rangeOffsetAt: off + ranges + s,
			})
		}
		m.cmapData = cmap
		return nil
	}
	return errFont
}
