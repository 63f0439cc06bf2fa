#!/usr/bin/env python3
"""Makes the report of one scenario of the Xvfb benchmark from the sample.

gen.py SAMPLE.json OUT.json [--text N] [--docs N] [--units N --dir DIR]
gen.py TEMPLATE.json OUT.json --indicators N
gen.py SAMPLE.json OUT.json --report-of NEW.json

--text N: the first section's text becomes N characters of the sample's
narrative (paragraphs separated by a blank line), repeated.
--docs N: the list of documents issued holds N documents.
--units N --dir DIR: OUT.json is the head (the sample) and DIR gets N lower
units' report files (every tenth sent after the deadline, 30/06/2019) and
units.csv beside OUT.json, their list.
--indicators N: TEMPLATE.json is a template file (the built-in tuyengiao-danvan
exported); OUT.json is the province's template grown to N indicators: groups of
25, every fifth a ratio of the two before it, a rule for every third (as the
benchmarks of gui/templates grow it).
--report-of NEW.json: NEW.json is a new report of a template (baocao new);
OUT.json is it with the sample's unit, number and signer, so that it is stored.
"""
import argparse
import json
import os

p = argparse.ArgumentParser()
p.add_argument("sample")
p.add_argument("out")
p.add_argument("--text", type=int, default=0)
p.add_argument("--docs", type=int, default=0)
p.add_argument("--units", type=int, default=0)
p.add_argument("--dir")
p.add_argument("--indicators", type=int, default=0)
p.add_argument("--report-of")
a = p.parse_args()

r = json.load(open(a.sample, encoding="utf-8"))
if a.indicators:
    r["id"] = "m00000000000000b1"
    r["name"] = "Báo cáo tuyên giáo và dân vận Ninh Bình năm 2026"
    r["issuer"] = "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH"
    r["version"] = 1
    r["note"] = ""
    c = r["catalogue"]
    g = 0
    while len(c["indicators"]) < a.indicators:
        g += 1
        gid = "them%d" % g
        c["groups"].append({"id": gid, "name": "Nhóm chỉ tiêu thêm thứ %d" % g})
        for k in range(1, 26):
            if len(c["indicators"]) >= a.indicators:
                break
            code = "%s.ct%d" % (gid, k)
            ind = {"code": code, "name": "Số mô hình, điển hình thứ %d của nhóm %d" % (k, g), "unit": "mô hình", "group": gid}
            if k % 5 == 0:
                ind["unit"] = "%"
                ind["derived"] = {"kind": "ratio", "num": "%s.ct%d" % (gid, k - 2), "den": "%s.ct%d" % (gid, k - 1)}
            elif k % 3 == 0:
                b = k - 1 if (k - 1) % 5 else k - 2
                c["rules"].append({"kind": "le", "a": code, "b": "%s.ct%d" % (gid, b), "severity": "warning"})
            c["indicators"].append(ind)
if a.report_of:
    new = json.load(open(a.report_of, encoding="utf-8"))
    for k in ("organization", "number", "signer", "recipients"):
        new[k] = r[k]
    r = new
if a.text:
    paras = [q for s in r["sections"] for q in s["text"].split("\n\n") if q.strip()]
    out, i = [], 0
    while len("\n\n".join(out)) < a.text:
        out.append(paras[i % len(paras)])
        i += 1
    r["sections"][0]["text"] = "\n\n".join(out)[: a.text].rstrip()
if a.docs:
    kinds = ["chithi", "nghiquyet", "kehoach", "huongdan", "khac"]
    r["documents"] = [
        {
            "symbol": "%d-%s/TU" % (i + 1, ["CT", "NQ", "KH", "HD", "CV"][i % 5]),
            "kind": kinds[i % 5],
            "date": "2019-%02d-%02d" % (1 + i % 6, 1 + i % 28),
            "summary": "về việc triển khai nhiệm vụ số %d của công tác tuyên giáo trên địa bàn tỉnh" % (i + 1),
        }
        for i in range(a.docs)
    ]
if a.units:
    csv = ["superior,name,abbreviation,place"]
    for i in range(a.units):
        org = {"superior": "ĐẢNG ỦY XÃ SỐ %d" % (i + 1), "name": "BAN TUYÊN GIÁO",
               "abbreviation": "BTGĐU", "place": "Hà Nam"}
        csv.append("%s,%s,%s,%s" % (org["superior"], org["name"], org["abbreviation"], org["place"]))
        u = {
            "format": r["format"],
            "organization": org,
            "period": r["period"],
            "number": str(i + 1),
            "summary": r["summary"],
            "recipients": r["recipients"],
            "date": "2019-07-02" if i % 10 == 9 else "2019-06-28",
            "figures": {"llct.lop": {"value": i % 7 + 1}, "llct.hocvien": {"value": 100 * (i % 7 + 1)}},
            "sections": [{"heading": "I. KẾT QUẢ", "text": "Đã mở %d lớp." % (i % 7 + 1)}],
            "signer": r["signer"],
        }
        json.dump(u, open("%s/don-vi-%04d.json" % (a.dir, i + 1), "w", encoding="utf-8"), ensure_ascii=False)
    open(os.path.join(os.path.dirname(a.out) or ".", "units.csv"), "w", encoding="utf-8").write("\n".join(csv) + "\n")
json.dump(r, open(a.out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
