#!/usr/bin/env python3
"""Makes the report of one scenario of the Xvfb benchmark from the sample.

gen.py SAMPLE.json OUT.json [--text N] [--docs N]

--text N: the first section's text becomes N characters of the sample's
narrative (paragraphs separated by a blank line), repeated.
--docs N: the list of documents issued holds N documents.
"""
import argparse
import json

p = argparse.ArgumentParser()
p.add_argument("sample")
p.add_argument("out")
p.add_argument("--text", type=int, default=0)
p.add_argument("--docs", type=int, default=0)
a = p.parse_args()

r = json.load(open(a.sample, encoding="utf-8"))
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
json.dump(r, open(a.out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
