package readers

// This file reads the parts of an Office Open XML package (a workbook, a
// Word document) with the standard library's archive/zip, for the tests
// that look at the XML itself.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path"
	"strings"
	"testing"
)

// zipOf opens data as a zip archive, failing the test when it is not one.
func zipOf(t testing.TB, data []byte) *zip.Reader {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not an Office Open XML package: %v", err)
	}
	return zr
}

// readPart is the content of one file of an archive.
func readPart(t testing.TB, f *zip.File) string {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatalf("part %s: %v", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("part %s: %v", f.Name, err)
	}
	return string(b)
}

// Parts returns every part of a package whose name starts with prefix
// ("" for all of them), by name.
func Parts(t testing.TB, data []byte, prefix string) map[string]string {
	t.Helper()
	parts := map[string]string{}
	for _, f := range zipOf(t, data).File {
		if strings.HasPrefix(f.Name, prefix) {
			parts[f.Name] = readPart(t, f)
		}
	}
	return parts
}

// Part returns the part of a package named name ("xl/styles.xml",
// "word/document.xml"), failing the test when there is none.
func Part(t testing.TB, data []byte, name string) string {
	t.Helper()
	for _, f := range zipOf(t, data).File {
		if f.Name == name {
			return readPart(t, f)
		}
	}
	t.Fatalf("no part %s", name)
	return ""
}

// FilePart is Part of the package in the file at path.
func FilePart(t testing.TB, path, name string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Part(t, data, name)
}

// SheetXML returns the worksheet part of a workbook's sheet named sheet,
// found as a spreadsheet program finds it: by its name in
// xl/workbook.xml and its relationship in xl/_rels/workbook.xml.rels.
func SheetXML(t testing.TB, data []byte, sheet string) string {
	t.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal([]byte(Part(t, data, "xl/workbook.xml")), &wb); err != nil {
		t.Fatalf("xl/workbook.xml: %v", err)
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal([]byte(Part(t, data, "xl/_rels/workbook.xml.rels")), &rels); err != nil {
		t.Fatalf("xl/_rels/workbook.xml.rels: %v", err)
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID != s.RID {
				continue
			}
			target := path.Join("xl", r.Target)
			if strings.HasPrefix(r.Target, "/") {
				target = strings.TrimPrefix(r.Target, "/")
			}
			return Part(t, data, target)
		}
		t.Fatalf("sheet %q: no relationship %s", sheet, s.RID)
	}
	t.Fatalf("no sheet %q", sheet)
	return ""
}
