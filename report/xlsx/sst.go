package xlsx

import (
	"bytes"
	"strconv"
	"strings"
)

// nsMain is the namespace of SpreadsheetML.
const nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

// parseSharedStrings reads xl/sharedStrings.xml into its strings, each as
// excelize gives it for a cell of type "s". ok is false when the part is
// beyond the scanner, or when excelize would fail to decode it (a
// malformed number in a run's properties, say): the caller then leaves the
// workbook to excelize.
func parseSharedStrings(data []byte) (sst []string, ok bool) {
	if bytes.Contains(data, []byte("purl.oclc.org")) {
		return nil, false // Strict OOXML: excelize rewrites the namespaces
	}
	s := newXMLScanner(data)
	for s.next() {
		if s.kind != tokStart {
			continue
		}
		// The root: excelize decodes into a struct named sst in the main
		// namespace.
		if string(s.name) != "sst" {
			return nil, false
		}
		ns, found := s.attr("xmlns")
		if !found || decodeText(ns) != nsMain || !checkAttrs(s, intAttr, "count", "uniqueCount") {
			return nil, false
		}
		for s.next() {
			switch s.kind {
			case tokStart:
				if string(local(s.name)) != "si" {
					if !s.skip() {
						return nil, false
					}
					continue
				}
				v, ok := readStringItem(s)
				if !ok {
					return nil, false
				}
				sst = append(sst, v)
			case tokEnd:
				return sst, true // what follows the root is not read
			}
		}
		return nil, false
	}
	// No root element: excelize decodes nothing (io.EOF) and has no
	// strings.
	return nil, !s.bad
}

// readStringItem reads a string item whose start tag was just read — <si>
// of the shared strings or <is> of a cell — as excelize's xlsxSI.String
// gives it: the text of <t>, then the text of each run <r><t>, phonetic
// runs <rPh> left out, Excel's _xHHHH_ escapes decoded. Of several <t> in
// a run or an item, the last counts, as with encoding/xml.
func readStringItem(s *xmlScanner) (string, bool) {
	var t string
	var runs []string
	for s.next() {
		switch s.kind {
		case tokEnd:
			v := t + strings.Join(runs, "")
			if v == "" {
				return "", true
			}
			return bstrUnmarshal(v), true
		case tokStart:
		default:
			continue
		}
		var ok bool
		switch string(local(s.name)) {
		case "t":
			t, ok = s.textOnly()
		case "r":
			var run string
			run, ok = readRun(s)
			runs = append(runs, run)
		case "rPh":
			ok = checkAttrs(s, uint32Attr, "sb", "eb") && readPhoneticRun(s)
		case "phoneticPr":
			ok = checkAttrs(s, intAttr, "fontId") && s.skip()
		default:
			ok = s.skip()
		}
		if !ok {
			return "", false
		}
	}
	return "", false
}

// readRun reads a rich text run: its text, and its properties checked as
// excelize decodes them.
func readRun(s *xmlScanner) (string, bool) {
	var t string
	for s.next() {
		switch s.kind {
		case tokEnd:
			return t, true
		case tokStart:
		default:
			continue
		}
		var ok bool
		switch string(local(s.name)) {
		case "t":
			t, ok = s.textOnly()
		case "rPr":
			ok = readRunProperties(s)
		default:
			ok = s.skip()
		}
		if !ok {
			return "", false
		}
	}
	return "", false
}

// readRunProperties checks a run's properties as excelize's xlsxRPr
// decodes them: the attributes it parses as numbers or booleans must
// parse.
func readRunProperties(s *xmlScanner) bool {
	for s.next() {
		switch s.kind {
		case tokEnd:
			return true
		case tokStart:
		default:
			continue
		}
		var ok bool
		switch string(local(s.name)) {
		case "b", "i", "strike", "outline", "shadow", "condense", "extend":
			ok = readBoolProperty(s)
		case "charset", "family":
			ok = checkAttrs(s, intAttr, "val") && s.skip()
		case "sz":
			ok = checkAttrs(s, floatAttr, "val") && s.skip()
		case "color":
			ok = checkAttrs(s, boolAttr, "auto") && checkAttrs(s, intAttr, "indexed", "theme") &&
				checkAttrs(s, floatAttr, "tint") && s.skip()
		default:
			ok = s.skip()
		}
		if !ok {
			return false
		}
	}
	return false
}

// readBoolProperty checks <b val="…"/> as excelize's attrValBool reads it:
// no child element, and the first val empty or a boolean.
func readBoolProperty(s *xmlScanner) bool {
	for _, a := range s.attrs {
		if string(local(a.name)) == "val" {
			if v := decodeText(a.value); v != "" {
				if _, err := strconv.ParseBool(v); err != nil {
					return false
				}
			}
			break
		}
	}
	for s.next() {
		switch s.kind {
		case tokStart:
			return s.fail()
		case tokEnd:
			return true
		}
	}
	return false
}

// readPhoneticRun reads <rPh>, left out of the text: its <t> must hold
// text only.
func readPhoneticRun(s *xmlScanner) bool {
	for s.next() {
		switch s.kind {
		case tokEnd:
			return true
		case tokStart:
			var ok bool
			if string(local(s.name)) == "t" {
				_, ok = s.textOnly()
			} else {
				ok = s.skip()
			}
			if !ok {
				return false
			}
		}
	}
	return false
}

// Parsers of typed attributes, as encoding/xml parses an attribute into a
// field of that type (an empty value is the zero value).
var (
	intAttr = func(v string) bool {
		_, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		return err == nil
	}
	uint32Attr = func(v string) bool {
		_, err := strconv.ParseUint(strings.TrimSpace(v), 10, 32)
		return err == nil
	}
	floatAttr = func(v string) bool {
		_, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		return err == nil
	}
	boolAttr = func(v string) bool {
		_, err := strconv.ParseBool(strings.TrimSpace(v))
		return err == nil
	}
)

// checkAttrs checks the attributes of the start tag just read whose local
// name is one of names (encoding/xml matches a field's attribute by its
// local name, whatever the prefix): each must be empty or parse.
func checkAttrs(s *xmlScanner, parse func(string) bool, names ...string) bool {
	for _, a := range s.attrs {
		l := string(local(a.name))
		for _, n := range names {
			if l == n {
				if v := decodeText(a.value); v != "" && !parse(v) {
					return false
				}
			}
		}
	}
	return true
}

// bstrUnmarshal decodes Excel's escapes of characters XML cannot hold,
// _xHHHH_ (_x005F_ being the underscore itself), as excelize does: an
// escape of a character Go cannot hold (a lone surrogate) is dropped.
func bstrUnmarshal(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i+7 <= len(s); {
		if s[i] != '_' || s[i+1] != 'x' || s[i+6] != '_' || !isHex4(s[i+2:i+6]) {
			i++
			continue
		}
		b.WriteString(s[last:i])
		v, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
		if r := rune(v); r < 0xD800 || r > 0xDFFF {
			b.WriteRune(r)
		}
		i += 7
		last = i
	}
	b.WriteString(s[last:])
	return b.String()
}

func isHex4(s string) bool {
	for i := 0; i < 4; i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
