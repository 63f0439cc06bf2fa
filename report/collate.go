package report

import (
	"bytes"
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// SortNames sorts items by a name as a Vietnamese reader looks for it in
// a list: in the order of the Vietnamese alphabet (đ after d, ơ after o,
// a toneless letter before its toned ones), case ignored, and numbers by
// their value ("Xã số 2" before "Xã số 10"). The sort is stable.
func SortNames[T any](items []T, name func(T) string) {
	c := collate.New(language.Vietnamese, collate.Numeric, collate.IgnoreCase)
	var buf collate.Buffer
	keys := make([][]byte, len(items))
	for i, it := range items {
		keys[i] = bytes.Clone(c.KeyFromString(&buf, NormalizeText(name(it))))
		buf.Reset()
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return bytes.Compare(keys[idx[a]], keys[idx[b]]) < 0 })
	sorted := make([]T, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}
