package templates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/report"
)

// Lists of the template that problems name by index.
const (
	listGroups     = "groups"
	listIndicators = "indicators"
	listRules      = "rules"
	listOutline    = "outline"
)

// place is where a problem's field is shown: an item of a list and its
// field (indicators, 3, "derived.num"), the list as a whole (i = -1,
// sub ""), or a field of the general tab (list "", sub "name",
// "summaries.Y", "outlier.factor", "periods").
type place struct {
	list string
	i    int
	sub  string
}

// placeOf reads a problem's field path (Template.Problems).
func placeOf(field string) place {
	f := strings.TrimPrefix(field, "catalogue.")
	for _, l := range []string{listGroups, listIndicators, listRules, listOutline} {
		if f == l {
			return place{l, -1, ""}
		}
		if !strings.HasPrefix(f, l+"[") {
			continue
		}
		end := strings.IndexByte(f, ']')
		if end < 0 {
			break
		}
		i, err := strconv.Atoi(f[len(l)+1 : end])
		if err != nil {
			break
		}
		return place{l, i, strings.TrimPrefix(f[end+1:], ".")}
	}
	if strings.HasPrefix(f, "periods[") {
		f = "periods"
	}
	return place{"", -1, f}
}

// problems are the template's problems, found by where they are shown.
type problems struct {
	all    report.Problems
	items  map[place]report.Problems // by list and item (sub "")
	fields map[place]report.Problems // by list, item and field
	groups map[string]report.Problems
	errors int
}

// indexProblems sorts ps by place; the problems of an indicator count
// for its group too.
func indexProblems(t *report.Template, ps report.Problems) *problems {
	x := &problems{all: ps, items: map[place]report.Problems{}, fields: map[place]report.Problems{}, groups: map[string]report.Problems{}}
	for _, p := range ps {
		pl := placeOf(p.Field)
		if p.Severity == report.Error {
			x.errors++
		}
		x.fields[pl] = append(x.fields[pl], p)
		item := place{pl.list, pl.i, ""}
		if pl.list != "" {
			x.items[item] = append(x.items[item], p)
		}
		switch {
		case pl.list == listIndicators && pl.i >= 0 && pl.i < len(t.Catalogue.Indicators):
			g := t.Catalogue.Indicators[pl.i].Group
			x.groups[g] = append(x.groups[g], p)
		case pl.list == listGroups && pl.i >= 0 && pl.i < len(t.Catalogue.Groups):
			g := t.Catalogue.Groups[pl.i].ID
			x.groups[g] = append(x.groups[g], p)
		}
	}
	return x
}

// item lists the problems of an item of a list (i = -1: of the list).
func (x *problems) item(list string, i int) report.Problems { return x.items[place{list, i, ""}] }

// field lists the problems of fields of an item: each sub names a field
// and the fields under it ("derived" holds "derived.num").
func (x *problems) field(list string, i int, subs ...string) report.Problems {
	var out report.Problems
	for _, p := range x.items[place{list, i, ""}] {
		pl := placeOf(p.Field)
		for _, s := range subs {
			if pl.sub == s || strings.HasPrefix(pl.sub, s+".") {
				out = append(out, p)
				break
			}
		}
	}
	if list == "" {
		for _, s := range subs {
			out = append(out, x.fields[place{"", -1, s}]...)
		}
	}
	return out
}

// count says how many errors and warnings ps holds: "2 lỗi, 1 cảnh
// báo"; "" for none.
func count(ps report.Problems) string {
	e := 0
	for _, p := range ps {
		if p.Severity == report.Error {
			e++
		}
	}
	var parts []string
	if e > 0 {
		parts = append(parts, fmt.Sprintf("%d lỗi", e))
	}
	if w := len(ps) - e; w > 0 {
		parts = append(parts, fmt.Sprintf("%d cảnh báo", w))
	}
	return strings.Join(parts, ", ")
}

// ownLabel is how a problem's message names its item: "Chỉ tiêu thứ 3
// «Số hội nghị» (nq.hoinghi)", "Quy tắc thứ 2", "Đề mục thứ 4 «…»".
var ownLabel = regexp.MustCompile(`^(Chỉ tiêu|Quy tắc|Đề mục|Nhóm) thứ \d+( «[^»]*»)?( \([a-z0-9._]*\))?(, |: | )?`)

// short is a problem's message beside its field or in its item's row,
// where the item is in view: without the name of the item.
func short(p report.Problem) string {
	m := p.Message
	if loc := ownLabel.FindStringIndex(m); loc != nil && loc[1] < len(m) {
		m = m[loc[1]:]
		r, n := utf8.DecodeRuneInString(m)
		m = string(unicode.ToUpper(r)) + m[n:]
	}
	return m
}
