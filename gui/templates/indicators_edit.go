package templates

import (
	"fmt"
	"slices"
	"strings"

	iwidget "baocao/gui/widget"
	"baocao/report"
)

// The changes the clerk makes in the groups and indicators tab.

// takenCodes reports the codes of every indicator but skip.
func takenCodes(c *report.Catalogue, skip int) func(string) bool {
	codes := make(map[string]bool, len(c.Indicators))
	for i := range c.Indicators {
		if i != skip {
			codes[c.Indicators[i].Code] = true
		}
	}
	return func(s string) bool { return codes[s] }
}

// takenGroups reports the ids of every group but skip.
func takenGroups(c *report.Catalogue, skip int) func(string) bool {
	return func(s string) bool {
		for i, g := range c.Groups {
			if i != skip && g.ID == s {
				return true
			}
		}
		return false
	}
}

// groupNameChanged renames the group selected; its id follows the name
// while it is the one suggested for the name before.
func (x *indicatorsTab) groupNameChanged(s string) {
	e := x.e
	if !e.editing() || x.group < 0 {
		return
	}
	c := e.t.Catalogue
	g := &c.Groups[x.group]
	taken := takenGroups(c, x.group)
	follows := g.ID == "" || g.ID == report.SuggestGroupID(g.Name, taken)
	g.Name = s
	if follows {
		id := report.SuggestGroupID(s, taken)
		x.setGroupID(id)
		e.fill(func() { setText(x.gID, id) })
	}
	e.changed()
	x.groupLabels()
}

// groupLabels shows the selected group's name and id where they are
// named as the clerk types them: the title of its indicators and the
// choice of group of the indicator selected.
func (x *indicatorsTab) groupLabels() {
	c := x.e.t.Catalogue
	g := c.Groups[x.group]
	x.listTitle.SetText(groupTitle(g, len(x.rows)))
	opts := slices.Clone(x.groupSel.Options)
	if x.group < len(opts) {
		opts[x.group] = groupOption(g)
	}
	x.groupSel.Options = opts
	x.e.fill(func() {
		if x.cur >= 0 && c.Indicators[x.cur].Group == g.ID {
			x.groupSel.SetSelected(groupOption(g))
		}
		x.groupSel.Refresh()
	})
}

// setGroupID changes the selected group's id, and the group of its
// indicators with it; a code that was the one suggested for the old id
// becomes the one suggested for the new.
func (x *indicatorsTab) setGroupID(id string) {
	c := x.e.t.Catalogue
	g := &c.Groups[x.group]
	old := g.ID
	g.ID = id
	for _, i := range x.rows {
		in := &c.Indicators[i]
		in.Group = id
		if x.e.issued[in.Code] {
			continue
		}
		taken := takenCodes(c, i)
		if in.Code == report.SuggestCode(old, in.Name, taken) {
			code := report.SuggestCode(id, in.Name, taken)
			if i == x.cur {
				x.setCode(code)
				x.e.fill(func() { setText(x.code, code) })
			} else {
				recode(x.e.t, i, code)
			}
		}
	}
}

// recode changes the code of indicator i and the uses of its old code
// (when no other indicator has it).
func recode(t *report.Template, i int, code string) {
	refs, _ := refsTo(t, i)
	t.Catalogue.Indicators[i].Code = code
	setRefs(t, refs, code)
}

// refsTo finds where the code of indicator i is used; ok is false when
// another indicator has the same code (the uses cannot be told apart).
func refsTo(t *report.Template, i int) (refs []ref, ok bool) {
	c := t.Catalogue
	code := c.Indicators[i].Code
	if code == "" {
		return nil, true
	}
	for j := range c.Indicators {
		if j != i && c.Indicators[j].Code == code {
			return nil, false
		}
	}
	var out []ref
	for j := range c.Indicators {
		d := c.Indicators[j].Derived
		if d == nil {
			continue
		}
		if d.Num == code {
			out = append(out, ref{i: j, what: "num"})
		}
		if d.Den == code {
			out = append(out, ref{i: j, what: "den"})
		}
		for k, o := range d.Of {
			if o == code {
				out = append(out, ref{i: j, what: "of", k: k})
			}
		}
	}
	for j, r := range c.Rules {
		if r.A == code {
			out = append(out, ref{rule: true, i: j, what: "a"})
		}
		if r.B == code {
			out = append(out, ref{rule: true, i: j, what: "b"})
		}
	}
	return out, true
}

// refsOf are the uses of indicator i's code. They are kept from when its
// code was last its own until the structure changes (only a change of
// structure changes what uses what), so that the clerk who gave it
// another indicator's code, went elsewhere and came back to set it right
// takes its uses along.
func (x *indicatorsTab) refsOf(i int) []ref {
	if refs, ok := x.refCache[i]; ok {
		return refs
	}
	refs, ok := refsTo(x.e.t, i)
	if ok {
		x.refCache[i] = refs
	}
	return refs
}

// setRefs writes code into each place of refs.
func setRefs(t *report.Template, refs []ref, code string) {
	c := t.Catalogue
	for _, r := range refs {
		if r.rule {
			if r.what == "a" {
				c.Rules[r.i].A = code
			} else {
				c.Rules[r.i].B = code
			}
			continue
		}
		d := c.Indicators[r.i].Derived
		switch r.what {
		case "num":
			d.Num = code
		case "den":
			d.Den = code
		default:
			d.Of[r.k] = code
		}
	}
}

// setCode changes the selected indicator's code and its uses.
func (x *indicatorsTab) setCode(code string) {
	x.e.t.Catalogue.Indicators[x.cur].Code = code
	setRefs(x.e.t, x.refs, code)
}

// nameChanged renames the selected indicator; its code follows the name
// while it is the one suggested for the name before and not issued.
func (x *indicatorsTab) nameChanged(s string) {
	in := x.editable()
	if in == nil {
		return
	}
	if !x.locked {
		c := x.e.t.Catalogue
		taken := takenCodes(c, x.cur)
		if in.Code == "" || in.Code == report.SuggestCode(in.Group, in.Name, taken) {
			code := report.SuggestCode(in.Group, s, taken)
			if code != in.Code {
				x.setCode(code)
				x.e.fill(func() { setText(x.code, code) })
			}
		}
	}
	in.Name = s
	x.e.changed()
}

func (x *indicatorsTab) addGroup() {
	c := x.e.t.Catalogue
	x.cur = -1
	addAfterSelected(x.e, &c.Groups, &x.group, report.Group{ID: report.SuggestGroupID("", takenGroups(c, -1))})
	x.e.say("Đã thêm một nhóm: gõ tên nhóm, rồi thêm các chỉ tiêu của nhóm.")
	x.e.sh.Window().Canvas().Focus(x.gName)
}

func (x *indicatorsTab) moveGroup(d int) { moveSelected(x.e, x.e.t.Catalogue.Groups, &x.group, d) }

func (x *indicatorsTab) deleteGroup() {
	c := x.e.t.Catalogue
	if x.group < 0 {
		return
	}
	g := c.Groups[x.group]
	if len(x.rows) > 0 {
		iwidget.Info(x.e.sh.Window(), "Không xóa được nhóm",
			fmt.Sprintf("Nhóm «%s» còn %d chỉ tiêu. Hãy xóa các chỉ tiêu đó hoặc chuyển chúng sang nhóm khác (ô “Nhóm” của từng chỉ tiêu) trước khi xóa nhóm.", g.Name, len(x.rows)))
		return
	}
	deleteSelected(x.e, &c.Groups, &x.group)
	x.e.say(fmt.Sprintf("Đã xóa nhóm «%s». Bấm “Hoàn tác” nếu xóa nhầm.", g.Name))
}

func (x *indicatorsTab) addIndicator() {
	if x.group < 0 {
		return
	}
	x.e.restructure(func() {
		c := x.e.t.Catalogue
		gid := c.Groups[x.group].ID
		at := len(c.Indicators)
		if k := slices.Index(x.rows, x.cur); k >= 0 {
			at = x.cur + 1
		} else if len(x.rows) > 0 {
			at = x.rows[len(x.rows)-1] + 1
		}
		in := report.Indicator{Group: gid, Code: report.SuggestCode(gid, "", takenCodes(c, -1))}
		c.Indicators = insert(c.Indicators, at, in)
		x.cur = at
	})
	x.e.say("Đã thêm một chỉ tiêu: gõ tên, đơn vị tính; mã được gợi ý từ tên.")
	x.e.sh.Window().Canvas().Focus(x.name)
}

// moveIndicator moves the selected indicator before or after its
// neighbour in the group.
func (x *indicatorsTab) moveIndicator(d int) {
	k := slices.Index(x.rows, x.cur)
	if k < 0 || k+d < 0 || k+d >= len(x.rows) {
		return
	}
	x.e.restructure(func() {
		ins := x.e.t.Catalogue.Indicators
		other := x.rows[k+d]
		ins[x.cur], ins[other] = ins[other], ins[x.cur]
		x.cur = other
	})
}

// deleteIndicator deletes the selected indicator, unless a rule or a
// derived figure uses it.
func (x *indicatorsTab) deleteIndicator() {
	c := x.e.t.Catalogue
	if x.cur < 0 {
		return
	}
	in := c.Indicators[x.cur]
	if used := c.UsedBy(in.Code); len(used) > 0 && in.Code != "" {
		iwidget.Info(x.e.sh.Window(), "Không xóa được chỉ tiêu",
			fmt.Sprintf("Chỉ tiêu «%s» đang được dùng, nên chưa xóa được:\n• %s\n\nHãy bỏ hoặc sửa những chỗ đó trước.", in.Name, strings.Join(used, "\n• ")))
		return
	}
	x.e.restructure(func() {
		c.Indicators = remove(c.Indicators, x.cur)
		k := slices.Index(x.rows, x.cur)
		x.cur = -1
		if k+1 < len(x.rows) {
			x.cur = x.rows[k+1] - 1
		} else if k > 0 {
			x.cur = x.rows[k-1]
		}
	})
	x.e.say(fmt.Sprintf("Đã xóa chỉ tiêu «%s». Bấm “Hoàn tác” nếu xóa nhầm.", in.Name))
}

// moveToGroup puts the selected indicator into another group, after the
// group's last indicator, and shows it there.
func (x *indicatorsTab) moveToGroup(option string) {
	if x.editable() == nil {
		return
	}
	c := x.e.t.Catalogue
	g := slices.IndexFunc(c.Groups, func(g report.Group) bool { return groupOption(g) == option })
	if g < 0 || c.Groups[g].ID == c.Indicators[x.cur].Group {
		return
	}
	x.e.restructure(func() {
		in := c.Indicators[x.cur]
		in.Group = c.Groups[g].ID
		c.Indicators = remove(c.Indicators, x.cur)
		at := len(c.Indicators)
		for i := len(c.Indicators) - 1; i >= 0; i-- {
			if c.Indicators[i].Group == in.Group {
				at = i + 1
				break
			}
		}
		c.Indicators = insert(c.Indicators, at, in)
		x.group, x.cur = g, at
	})
	x.e.say(fmt.Sprintf("Đã chuyển chỉ tiêu sang nhóm «%s».", c.Groups[g].Name))
}

// kindChanged makes the selected indicator typed, a sum or a ratio.
func (x *indicatorsTab) kindChanged(kind string) {
	in := x.editable()
	if in == nil {
		return
	}
	x.e.restructure(func() {
		in := &x.e.t.Catalogue.Indicators[x.cur]
		switch kind {
		case kindSum:
			in.Derived = &report.Derivation{Kind: report.DeriveSum}
		case kindRatio:
			in.Derived = &report.Derivation{Kind: report.DeriveRatio}
			if in.Unit == "" {
				in.Unit = "%"
			}
		default:
			in.Derived = nil
		}
	})
}

// derivable accepts the indicators a derived figure may read: not
// itself, not a percentage.
func (x *indicatorsTab) derivable(self string) func(in *report.Indicator) bool {
	return func(in *report.Indicator) bool { return in.Code != self && !in.IsRatio() }
}

func (x *indicatorsTab) addTerm() {
	if x.editable() == nil {
		return
	}
	cur := x.cur
	self := x.e.t.Catalogue.Indicators[cur]
	x.e.pick("Cộng thêm chỉ tiêu vào «"+self.Name+"»", self.Group, func(in *report.Indicator) bool {
		return x.derivable(self.Code)(in) && !slices.Contains(self.Derived.Of, in.Code)
	}, func(code string) {
		x.e.restructure(func() {
			d := x.e.t.Catalogue.Indicators[cur].Derived
			d.Of = append(d.Of, code)
		})
	})
}

func (x *indicatorsTab) removeTerm(k int) {
	if x.editable() == nil {
		return
	}
	x.e.restructure(func() {
		d := x.e.t.Catalogue.Indicators[x.cur].Derived
		d.Of = remove(d.Of, k)
	})
}

// pickRatio picks the numerator ("num") or denominator ("den").
func (x *indicatorsTab) pickRatio(what string) {
	if x.editable() == nil {
		return
	}
	cur := x.cur
	self := x.e.t.Catalogue.Indicators[cur]
	title := "Tử số của «" + self.Name + "»"
	if what == "den" {
		title = "Mẫu số của «" + self.Name + "»"
	}
	x.e.pick(title, self.Group, x.derivable(self.Code), func(code string) {
		x.e.restructure(func() {
			d := x.e.t.Catalogue.Indicators[cur].Derived
			if what == "num" {
				d.Num = code
			} else {
				d.Den = code
			}
		})
	})
}
