package templates

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2/widget"

	"baocao/report"
)

// The lists of headings, rules and groups alike: the buttons under each
// move the selected item down and up, add an item after it and delete
// it, the selection following; Hoàn tác takes each change back.
func TestListButtons(t *testing.T) {
	// shownList is one of the lists: its buttons, its items (as text),
	// the index of the item selected.
	type shownList struct {
		list               *widget.List
		add, up, down, del *widget.Button
		items              func() []string
		sel                func() int
	}
	for _, tc := range []struct {
		name string
		tab  int
		of   func(e *editor) shownList
	}{
		{"headings", tabOutline, func(e *editor) shownList {
			o := e.outline
			return shownList{o.list, o.add, o.up, o.down, o.del, func() []string {
				return texts(e.t.Outline, func(h report.Heading) string { return h.Title })
			}, func() int { return o.cur }}
		}},
		{"rules", tabRules, func(e *editor) shownList {
			r := e.rules
			return shownList{r.list, r.add, r.up, r.down, r.del, func() []string {
				return texts(e.t.Catalogue.Rules, func(r report.Rule) string { return fmt.Sprint(r) })
			}, func() int { return r.cur }}
		}},
		{"groups", tabIndicators, func(e *editor) shownList {
			x := e.inds
			return shownList{x.groups, x.addG, x.upG, x.downG, x.delG, func() []string {
				return texts(e.t.Catalogue.Groups, func(g report.Group) string { return g.ID + " " + g.Name })
			}, func() int { return x.group }}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, sh, e := editCopy(t, report.TemplateTGDV)
			e.tabs.SelectIndex(tc.tab)
			sl := tc.of(e)
			old := sl.items()
			n := len(old)
			if n < 2 {
				t.Fatalf("%d items, want 2 or more", n)
			}
			check := func(step string, want []string, wantSel int) {
				t.Helper()
				if got := sl.items(); !slices.Equal(got, want) || sl.sel() != wantSel {
					t.Fatalf("after %s: items %q, selected %d; want %q, %d", step, got, sl.sel(), want, wantSel)
				}
			}

			sl.list.Select(0)
			sh.settle()
			if !sl.up.Disabled() || sl.down.Disabled() {
				t.Fatalf("the first item selected: up disabled %v, down disabled %v; want only up disabled", sl.up.Disabled(), sl.down.Disabled())
			}
			sh.tap(sl.down)
			check("down", append([]string{old[1], old[0]}, old[2:]...), 1)
			sh.tap(sl.up)
			check("up", old, 0)
			sh.tap(sl.add)
			added := sl.items()
			if len(added) != n+1 || sl.sel() != 1 || !slices.Equal(slices.Delete(slices.Clone(added), 1, 2), old) {
				t.Fatalf("after add: items %q, selected %d; want a new item at 1, selected", added, sl.sel())
			}
			sh.tap(sl.del)
			check("deleting the item added", old, 1)

			// At the end of the list the one before is selected after a
			// delete; Hoàn tác brings the item back.
			sl.list.Select(n - 1)
			sh.settle()
			if sl.up.Disabled() || !sl.down.Disabled() {
				t.Fatalf("the last item selected: up disabled %v, down disabled %v; want only down disabled", sl.up.Disabled(), sl.down.Disabled())
			}
			sh.tap(sl.add)
			if got := sl.items(); len(got) != n+1 || sl.sel() != n {
				t.Fatalf("after add at the end: items %q, selected %d; want %d items, the last selected", got, sl.sel(), n+1)
			}
			last := sl.items()
			sh.tap(sl.del)
			check("deleting the last item", old, n-1)
			sh.tap(e.undoBtn)
			if got := sl.items(); !slices.Equal(got, last) {
				t.Fatalf("after Hoàn tác: items %q, want %q", got, last)
			}
		})
	}
}

// texts is each item of s as f writes it.
func texts[T any](s []T, f func(T) string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}
