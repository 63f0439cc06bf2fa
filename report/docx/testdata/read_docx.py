"""Reads a .docx with python-docx (Debian python3-docx) and prints what the
Go tests check as JSON: the section's page and margins, the different first
page and its headers, the styles of the paragraphs, the tables and their
row properties, the font, the core properties."""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.shared import Emu

d = docx.Document(sys.argv[1])
mm = lambda v: round(Emu(v).mm, 2)
s = d.sections[0]


def header_text(h):
    out = []
    for p in h.paragraphs:
        t = p.text
        instr = [e.text for e in p._p.iter(qn("w:instrText"))]
        out.append({"text": t, "fields": instr, "align": str(p.alignment)})
    return out


defaults = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
rfonts = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
normal = d.styles["Normal"]
out = {
    "page": [mm(s.page_width), mm(s.page_height)],
    "orientation": str(s.orientation),
    "margins": {"top": mm(s.top_margin), "bottom": mm(s.bottom_margin), "left": mm(s.left_margin), "right": mm(s.right_margin)},
    "different_first_page": s.different_first_page_header_footer,
    "header": header_text(s.header),
    "first_page_header": header_text(s.first_page_header),
    "font": rfonts.get(qn("w:ascii")),
    "font_size_pt": int(defaults.find(qn("w:sz")).get(qn("w:val"))) / 2,
    "normal": {
        "size": normal.font.size.pt if normal.font.size else None,
        "align": str(normal.paragraph_format.alignment),
        "first_line_mm": mm(normal.paragraph_format.first_line_indent) if normal.paragraph_format.first_line_indent else None,
        "space_before_pt": normal.paragraph_format.space_before.pt if normal.paragraph_format.space_before else None,
        "line_pt": normal.paragraph_format.line_spacing.pt if normal.paragraph_format.line_spacing else None,
    },
    "paragraphs": [{"style": p.style.name, "text": p.text} for p in d.paragraphs if p.text.strip()],
    "heading_styles": {},
    "tables": [],
    "core": {"title": d.core_properties.title, "author": d.core_properties.author, "subject": d.core_properties.subject},
    "embedded_fonts": len(d.element.findall(".//" + qn("w:embedRegular"))),
}
for i in range(1, 5):
    st = d.styles["Heading %d" % i]
    ppr = st.element.pPr
    lvl = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    out["heading_styles"][st.name] = {
        "bold": st.font.bold,
        "keep_with_next": st.paragraph_format.keep_with_next,
        "outline": int(lvl.get(qn("w:val"))) if lvl is not None else None,
    }
for t in d.tables:
    tbl = t._tbl
    borders = tbl.tblPr.find(qn("w:tblBorders"))
    vals = [b.get(qn("w:val")) for b in borders] if borders is not None else []
    rows = []
    for r in t.rows:
        trpr = r._tr.trPr
        rows.append({
            "cells": [c.text for c in r.cells],
            "header": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
            "cant_split": trpr is not None and trpr.find(qn("w:cantSplit")) is not None,
            "keep_next": all(p.paragraph_format.keep_with_next for c in r.cells for p in c.paragraphs),
        })
    out["tables"].append({"borders": vals, "widths_mm": [mm(c.width) for c in t.columns], "rows": rows})
json.dump(out, sys.stdout, ensure_ascii=False)
