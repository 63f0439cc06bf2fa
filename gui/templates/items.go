package templates

// The editor's lists of a template's items (its headings, its rules, its
// groups of indicators) keep the item selected as an index into the
// template's slice, -1 when none is. Adding, moving and deleting the
// selected item are changes of structure: Hoàn tác takes each back, and
// the selection follows the item.

// clampSelection is selection k kept within a list of n items after the
// list changed: the last item when k is past it, the first when nothing
// was selected and there are items.
func clampSelection(k, n int) int {
	k = min(k, n-1)
	if k < 0 && n > 0 {
		k = 0
	}
	return k
}

// selectedItem is item k of s when the clerk may change it: nil while the
// editor fills its fields, in a read-only version, or when k is no item.
func selectedItem[T any](e *editor, s []T, k int) *T {
	if !e.editing() || k < 0 || k >= len(s) {
		return nil
	}
	return &s[k]
}

// addAfterSelected puts v after item *k of *s (first when none is
// selected) and selects it.
func addAfterSelected[T any](e *editor, s *[]T, k *int, v T) {
	e.restructure(func() {
		*k++
		*s = insert(*s, *k, v)
	})
}

// moveSelected swaps item *k of s with its neighbour (d = -1 up, +1 down);
// nothing when there is none.
func moveSelected[T any](e *editor, s []T, k *int, d int) {
	i, j := *k, *k+d
	if i < 0 || j < 0 || i >= len(s) || j >= len(s) {
		return
	}
	e.restructure(func() {
		s[i], s[j] = s[j], s[i]
		*k = j
	})
}

// deleteSelected deletes item *k of *s; the item after it is selected,
// else the one before, else none.
func deleteSelected[T any](e *editor, s *[]T, k *int) {
	if *k < 0 || *k >= len(*s) {
		return
	}
	e.restructure(func() {
		*s = remove(*s, *k)
		*k = min(*k, len(*s)-1)
	})
}

// remove deletes item i of a slice (into a new array: the undo copies
// keep theirs).
func remove[T any](s []T, i int) []T { return append(s[:i:i], s[i+1:]...) }

// insert puts v at index i of a slice.
func insert[T any](s []T, i int, v T) []T {
	s = append(s, v)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}
