package value

import (
	"fmt"
	"math"
)

// maxBound bounds slice indexes so that index arithmetic cannot overflow.
const maxBound = 1 << 53

// SliceBound converts one part of a slice expression: none (an omitted part) gives nil,
// a number or boolean its integer part (clamped to ±2**53), anything else is an error.
func SliceBound(v Value) (*int, error) {
	if v.kind == KindNone {
		return nil, nil
	}
	if !v.isNumeric() {
		return nil, fmt.Errorf("a slice index must be a number, found %s", v.kind)
	}
	f := math.Trunc(v.AsNumber())
	if math.IsNaN(f) {
		return nil, fmt.Errorf("a slice index must be a number, found NaN")
	}
	n := int(max(-maxBound, min(maxBound, f)))
	return &n, nil
}

// sliceRange resolves [first:last:step] over n elements the way Python does: nil parts
// take their defaults (0, n, 1; with a negative step the start defaults to the last
// element and the end to before the first), negative indexes count from the end, and
// out-of-range indexes are clipped. It returns the first position, the step and the
// number of selected elements. A step of 0 selects nothing.
func sliceRange(n int, first, last, step *int) (start, st, count int) {
	st = 1
	if step != nil {
		st = max(-maxBound, min(maxBound, *step))
	}
	if st == 0 {
		return 0, 0, 0
	}
	if st > 0 {
		start = clip(first, n, 0, 0, n)
		stop := clip(last, n, n, 0, n)
		if stop > start {
			count = (stop-start-1)/st + 1
		}
		return start, st, count
	}
	start = clip(first, n, n-1, -1, n-1)
	stop := clip(last, n, -1, -1, n-1)
	if start > stop {
		count = (start-stop-1)/(-st) + 1
	}
	return start, st, count
}

// clip resolves one bound: nil gives def; a negative index counts from the end; the
// result is clipped to [lo, hi].
func clip(p *int, n, def, lo, hi int) int {
	if p == nil {
		return def
	}
	i := max(-maxBound, min(maxBound, *p))
	if i < 0 {
		i += n
	}
	return max(lo, min(hi, i))
}

// Slice returns the elements selected by [first:last:step] (by iteration position,
// ignoring keys) as a new array indexed 0..n-1. nil bounds are omitted parts; see
// sliceRange for the rules. Nested arrays are shared.
func (a *Array) Slice(first, last, step *int) *Array {
	start, st, count := sliceRange(a.Len(), first, last, step)
	if a.holes > 0 {
		a.compact()
	}
	vals := make([]Value, count)
	for j := range vals {
		vals[j] = a.vals[start+j*st].Share()
	}
	return NewList(vals)
}

// SliceString returns the bytes of s selected by [first:last:step], with the same rules
// as Array.Slice.
func SliceString(s string, first, last, step *int) string {
	start, st, count := sliceRange(len(s), first, last, step)
	if st == 1 {
		return s[start : start+count]
	}
	b := make([]byte, count)
	for j := range b {
		b[j] = s[start+j*st]
	}
	return string(b)
}

// spliceRange resolves [first:last] (step 1) for slice assignment and deletion: an end
// before the start is moved to the start.
func spliceRange(n int, first, last *int) (start, stop int) {
	start = clip(first, n, 0, 0, n)
	stop = max(start, clip(last, n, n, 0, n))
	return start, stop
}

// SetSlice replaces the elements at positions [first:last] with the values of values (nil
// means none) and re-indexes the array: integer keys become 0, 1, ... in order, string
// keys are kept (when an inserted string key already exists elsewhere, the entry keeps
// the first position and takes the last value). Nested arrays of values are shared.
func (a *Array) SetSlice(first, last *int, values *Array) {
	start, stop := spliceRange(a.Len(), first, last)
	if a.holes > 0 {
		a.compact()
	}
	var ins []Value
	insKeys := []Key(nil)
	if values != nil {
		if values.holes > 0 {
			values.compact()
		}
		ins = values.vals
		if values.hashed {
			insKeys = values.keys
		}
	}
	if !a.hashed && insKeys == nil {
		vals := make([]Value, 0, len(a.vals)-(stop-start)+len(ins))
		vals = append(vals, a.vals[:start]...)
		for _, v := range ins {
			vals = append(vals, v.Share())
		}
		vals = append(vals, a.vals[stop:]...)
		a.vals = vals
		return
	}
	type entry struct {
		k Key
		v Value
	}
	entries := make([]entry, 0, a.Len()-(stop-start)+len(ins))
	for i := range start {
		k, v := a.Entry(i)
		entries = append(entries, entry{k, v})
	}
	for i, v := range ins {
		k := Key{i: int32(i)}
		if insKeys != nil {
			k = insKeys[i]
		}
		entries = append(entries, entry{k, v.Share()})
	}
	for i := stop; i < a.Len(); i++ {
		k, v := a.Entry(i)
		entries = append(entries, entry{k, v})
	}
	*a = Array{vals: make([]Value, 0, len(entries)), refs: a.refs}
	next := int32(0)
	for _, e := range entries {
		if e.k.str {
			a.Set(e.k, e.v)
		} else {
			a.Set(Key{i: next}, e.v)
			next++
		}
	}
}

// DeleteSlice removes the elements at positions [first:last] and re-indexes the array
// like SetSlice with no values. It reports whether anything was removed.
func (a *Array) DeleteSlice(first, last *int) bool {
	start, stop := spliceRange(a.Len(), first, last)
	if stop == start {
		return false
	}
	a.SetSlice(first, last, nil)
	return true
}
