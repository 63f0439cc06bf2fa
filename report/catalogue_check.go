package report

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// Problems lists what is wrong with the catalogue, each with the path of
// its field (indicators[3].code, rules[1].b, groups[0].name) and a
// Vietnamese message naming the indicator, group or rule: duplicate or
// malformed codes, a rule or derived figure naming a code the catalogue
// lacks, a derived figure computed from itself, limits passed. It needs no
// index, so an editor calls it on every change.
func (c *Catalogue) Problems() Problems {
	ck := &checker{}
	if len(c.Groups) > MaxGroups {
		ck.add(Error, "groups", "Có %s nhóm chỉ tiêu, quá giới hạn %s", FormatInt(int64(len(c.Groups))), FormatInt(MaxGroups))
	}
	if len(c.Indicators) > MaxIndicators {
		ck.add(Error, "indicators", "Có %s chỉ tiêu, quá giới hạn %s của một mẫu báo cáo", FormatInt(int64(len(c.Indicators))), FormatInt(MaxIndicators))
	}
	if len(c.Rules) > MaxRules {
		ck.add(Error, "rules", "Có %s quy tắc kiểm tra, quá giới hạn %s", FormatInt(int64(len(c.Rules))), FormatInt(MaxRules))
	}
	if len(ck.ps) > 0 {
		return ck.ps // too big to look at further
	}
	if len(c.Indicators) == 0 {
		ck.add(Error, "indicators", "Mẫu chưa có chỉ tiêu nào")
	}

	groups := make(map[string]int, len(c.Groups))
	used := make(map[string]bool, len(c.Groups))
	for i, g := range c.Groups {
		f := fmt.Sprintf("groups[%d]", i)
		label := ordinalLabel("Nhóm", i, g.Name)
		checkCode(ck, f+".id", label, "mã nhóm", g.ID, i, groups, func(j int) string {
			return fmt.Sprintf("nhóm thứ %d", j+1)
		})
		checkLabel(ck, f+".name", label, "tên nhóm", g.Name, maxNameLen)
	}

	codes := make(map[string]int, len(c.Indicators))
	for i, in := range c.Indicators {
		f := fmt.Sprintf("indicators[%d]", i)
		label := indicatorLabel(i, in)
		checkCode(ck, f+".code", label, "mã", in.Code, i, codes, func(j int) string {
			return fmt.Sprintf("chỉ tiêu thứ %d «%s»", j+1, c.Indicators[j].Name)
		})
		checkLabel(ck, f+".name", label, "tên chỉ tiêu", in.Name, maxNameLen)
		if utf8.RuneCountInString(in.Unit) > maxUnitLen {
			ck.add(Error, f+".unit", "%s: đơn vị tính dài quá %d ký tự", label, maxUnitLen)
		} else if p := NameProblem(in.Unit); p != "" {
			ck.add(Error, f+".unit", "%s: đơn vị tính %s", label, p)
		}
		if _, ok := groups[in.Group]; !ok {
			if in.Group == "" {
				ck.add(Error, f+".group", "%s chưa thuộc nhóm nào", label)
			} else {
				ck.add(Error, f+".group", "%s thuộc nhóm %q không có trong mẫu", label, in.Group)
			}
		}
		used[in.Group] = true
		if in.DocumentKind != "" {
			if !validDocumentKind(in.DocumentKind) {
				ck.add(Error, f+".documentKind", "%s đếm loại văn bản không biết %q (chithi, nghiquyet, kehoach, huongdan, khac)", label, in.DocumentKind)
			} else if in.IsDerived() {
				ck.add(Error, f+".documentKind", "%s vừa được tính tự động vừa đếm văn bản; chỉ chọn một", label)
			}
			for j := 0; j < i; j++ {
				if c.Indicators[j].DocumentKind == in.DocumentKind {
					ck.add(Error, f+".documentKind", "%s đếm cùng loại văn bản với chỉ tiêu thứ %d «%s»", label, j+1, c.Indicators[j].Name)
					break
				}
			}
		}
	}
	for i, g := range c.Groups {
		if g.ID != "" && !used[g.ID] {
			ck.add(Warning, fmt.Sprintf("groups[%d]", i), "Nhóm thứ %d «%s» chưa có chỉ tiêu nào", i+1, g.Name)
		}
	}

	// ref checks a code that an indicator or rule reads; typedOnly
	// refuses derived ones, noRatio refuses percentages.
	ref := func(field, owner, code string, typedOnly, noRatio bool) {
		j, ok := codes[code]
		switch {
		case strings.TrimSpace(code) == "":
			ck.add(Error, field, "%s: chưa chọn chỉ tiêu", strings.TrimSuffix(owner, ","))
		case !ok:
			ck.add(Error, field, "%s nhắc tới mã %q không có trong mẫu", owner, code)
		case typedOnly && c.Indicators[j].IsDerived():
			ck.add(Error, field, "%s dùng «%s», một chỉ tiêu tính tự động; chỉ được dùng chỉ tiêu nhập", owner, c.Indicators[j].Name)
		case noRatio && c.Indicators[j].IsRatio():
			ck.add(Error, field, "%s dùng «%s», một tỷ lệ phần trăm; không cộng hay chia các tỷ lệ", owner, c.Indicators[j].Name)
		}
	}
	for i, in := range c.Indicators {
		d := in.Derived
		if d == nil {
			continue
		}
		f := fmt.Sprintf("indicators[%d].derived", i)
		label := indicatorLabel(i, in)
		switch d.Kind {
		case DeriveRatio:
			ref(f+".num", label+", tử số,", d.Num, false, true)
			ref(f+".den", label+", mẫu số,", d.Den, false, true)
			if d.Num != "" && d.Num == d.Den {
				ck.add(Error, f+".den", "%s chia một chỉ tiêu cho chính nó", label)
			}
		case DeriveSum:
			if len(d.Of) < 2 {
				ck.add(Error, f+".of", "%s là tổng nhưng cộng ít hơn hai chỉ tiêu", label)
			}
			seen := map[string]bool{}
			for _, o := range d.Of {
				ref(f+".of", label, o, false, true)
				if seen[o] {
					ck.add(Error, f+".of", "%s cộng %q hai lần", label, o)
				}
				seen[o] = true
			}
		default:
			ck.add(Error, f+".kind", "%s có cách tính không biết %q (ratio: tỷ lệ, sum: tổng)", label, d.Kind)
		}
	}
	if cycle := derivedCycle(c.Indicators, codes); len(cycle) > 0 {
		names := make([]string, len(cycle))
		for k, i := range cycle {
			names[k] = "«" + c.Indicators[i].Name + "»"
		}
		ck.add(Error, fmt.Sprintf("indicators[%d].derived", cycle[0]), "Các chỉ tiêu tính tự động tính vòng tròn từ nhau: %s", strings.Join(append(names, names[0]), " → "))
	}

	for i, r := range c.Rules {
		f := fmt.Sprintf("rules[%d]", i)
		owner := ordinalLabel("Quy tắc", i, "")
		switch r.Kind {
		case RuleLearners, RuleLE, RuleRequires, RuleAvgMax:
		default:
			ck.add(Error, f+".kind", "%s có loại không biết %q (learners, le, requires, avgmax)", owner, r.Kind)
		}
		ref(f+".a", owner, r.A, true, false)
		ref(f+".b", owner, r.B, true, false)
		if r.A != "" && r.A == r.B {
			ck.add(Error, f+".b", "%s so một chỉ tiêu với chính nó", owner)
		}
		if r.Kind == RuleAvgMax && (!(r.Max > 0) || math.IsInf(r.Max, 0)) {
			ck.add(Error, f+".max", "%s: mức bình quân tối đa phải là số dương", owner)
		}
		if r.Severity != Error && r.Severity != Warning {
			ck.add(Error, f+".severity", "%s có mức độ không biết %q (error: lỗi, warning: cảnh báo)", owner, r.Severity)
		}
	}
	if o := c.Outlier; o.Factor < 0 || math.IsNaN(o.Factor) || math.IsInf(o.Factor, 0) || (o.Factor > 0 && o.Factor <= 1) {
		ck.add(Error, "outlier.factor", "Hệ số chênh lệch so với cùng kỳ phải lớn hơn 1 (hoặc 0 để không kiểm tra)")
	} else if o.MinPrevious < 0 {
		ck.add(Error, "outlier.minPrevious", "Ngưỡng cùng kỳ của cảnh báo chênh lệch không được âm")
	}
	return ck.ps
}

// ordinalLabel names the i-th item of a list in a message by its place
// and its name, if it has one: "Nhóm thứ 2 «Công tác dân vận»".
func ordinalLabel(what string, i int, name string) string {
	s := fmt.Sprintf("%s thứ %d", what, i+1)
	if name != "" {
		s += " «" + name + "»"
	}
	return s
}

// indicatorLabel names an indicator in a message: "Chỉ tiêu thứ 3
// «Số hội nghị…» (nq.hoinghi)".
func indicatorLabel(i int, in Indicator) string {
	s := ordinalLabel("Chỉ tiêu", i, in.Name)
	if in.Code != "" {
		s += " (" + in.Code + ")"
	}
	return s
}

// checkCode checks the code of the i-th item of a list (what names the
// code in the messages: "mã", "mã nhóm"): given, made of the characters
// of a code and not too long, and not an earlier item's. seen holds the
// codes of the items before (code → index) and takes this one; earlier
// names the item j that has the code already.
func checkCode(ck *checker, field, label, what, code string, i int, seen map[string]int, earlier func(j int) string) {
	switch {
	case strings.TrimSpace(code) == "":
		ck.add(Error, field, "%s chưa có %s", label, what)
	case !isCode(code) || len(code) > maxCodeLen:
		ck.add(Error, field, "%s: %s %q chỉ gồm chữ thường không dấu, chữ số, dấu chấm và gạch dưới (tối đa %d ký tự)", label, what, code, maxCodeLen)
	default:
		if j, dup := seen[code]; dup {
			ck.add(Error, field, "%s: %s %q trùng với %s", label, what, code, earlier(j))
		} else {
			seen[code] = i
		}
	}
}

func checkLabel(ck *checker, field, owner, what, name string, maxLen int) {
	p := NameProblem(name)
	switch {
	case strings.TrimSpace(name) == "":
		ck.add(Error, field, "%s chưa có %s", owner, what)
	case p != "":
		ck.add(Error, field, "%s: %s %s", owner, what, p)
	case utf8.RuneCountInString(name) > maxLen:
		ck.add(Error, field, "%s: %s dài quá %d ký tự", owner, what, maxLen)
	}
}

// derivedCycle returns the indicators of one cycle of derived figures
// computed from each other, or nil.
func derivedCycle(ins []Indicator, codes map[string]int) []int {
	state := make([]byte, len(ins))
	var stack []int
	var found []int
	var visit func(i int) bool
	visit = func(i int) bool {
		state[i] = 1
		stack = append(stack, i)
		for _, code := range ins[i].Derived.inputs() {
			j, ok := codes[code]
			if !ok || !ins[j].IsDerived() {
				continue
			}
			if state[j] == 1 {
				for k, s := range stack {
					if s == j {
						found = append([]int(nil), stack[k:]...)
					}
				}
				return true
			}
			if state[j] == 0 && visit(j) {
				return true
			}
		}
		stack = stack[:len(stack)-1]
		state[i] = 2
		return false
	}
	for i := range ins {
		if ins[i].IsDerived() && state[i] == 0 && visit(i) {
			return found
		}
	}
	return nil
}

func validDocumentKind(kind string) bool {
	for _, k := range DocumentKinds {
		if k == kind {
			return true
		}
	}
	return false
}
