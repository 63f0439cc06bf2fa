# Fills a form in LibreOffice Calc through UNO, as a person would type:
# values into the cells found by their defined names, the workbook
# recalculated, saved as .xlsx. Reads back the text of cells next to named
# ones (the check column) and prints it as JSON.
#
#   python3 uno_fill.py JOB.json
#
# JOB: {"soffice": path, "profile": URL, "in": path, "out": path,
#       "values": {"BM_name": "…", "BM_llct.lop": 35, …},
#       "read": [{"name": "BM_llct.hocvien", "col": 9}]}
# A string value is typed as text (setString), a number as a number.
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    job = json.load(open(sys.argv[1], encoding="utf-8"))
    pipe = "baocao%d" % os.getpid()
    office = subprocess.Popen([job["soffice"], "-env:UserInstallation=" + job["profile"],
                               "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                               "--accept=pipe,name=%s;urp;" % pipe],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(720):  # up to 3 minutes on a loaded machine
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise SystemExit("soffice did not answer")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["in"])), "_blank", 0,
                                           (prop("Hidden", True),))
        names = doc.NamedRanges
        for name, value in job.get("values", {}).items():
            cell = names.getByName(name).getReferredCells().getCellByPosition(0, 0)
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)
        doc.calculateAll()
        out = {}
        for r in job.get("read", []):
            addr = names.getByName(r["name"]).getReferredCells().getRangeAddress()
            sheet = doc.Sheets.getByIndex(addr.Sheet)
            out[r["name"]] = sheet.getCellByPosition(r["col"], addr.StartRow).getString()
        if job.get("out"):
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["out"])),
                           (prop("FilterName", "Calc Office Open XML"),))
        doc.close(True)
        print(json.dumps(out, ensure_ascii=False))
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
