package value

import (
	"errors"
	"maps"
	"math"
	"slices"
)

// Array is an HSL array: a map from keys (32-bit integers or strings) to values that
// keeps insertion order. See the package doc for its layout and the copy-on-write
// protocol.
type Array struct {
	vals   []Value          // entries in insertion order; tombstones in hash mode
	keys   []Key            // hash mode: the key of vals[i]
	ints   map[int32]int32  // hash mode: integer key -> position
	strs   map[string]int32 // hash mode: string key -> position
	hashed bool             // hash mode (otherwise keys are 0..len(vals)-1)
	holes  int              // number of tombstones in vals
	next   int64            // hash mode: highest integer key + 1, or noInt
	stale  bool             // hash mode: next must be recomputed
	refs   int32            // extra holders; negative when frozen
}

// scanKeys is the size up to which a string key is looked up by comparing
// it with every key rather than through the map.
const scanKeys = 8

// noInt is the value of Array.next when the array has no integer key.
const noInt = math.MinInt64

var errAppendRange = errors.New("cannot append: the next array index is out of range")

// NewArray returns an empty array with room for capacity entries.
func NewArray(capacity int) *Array {
	if capacity <= 0 {
		return &Array{}
	}
	return &Array{vals: make([]Value, 0, capacity)}
}

// NewList returns an array holding vals under the keys 0..len(vals)-1. It takes
// ownership of the slice.
func NewList(vals []Value) *Array {
	return &Array{vals: vals}
}

// Len returns the number of entries.
func (a *Array) Len() int { return len(a.vals) - a.holes }

// Get returns the value stored under k.
func (a *Array) Get(k Key) (Value, bool) {
	if !a.hashed {
		if !k.str && k.i >= 0 && int(k.i) < len(a.vals) {
			return a.vals[k.i], true
		}
		return None, false
	}
	if p, ok := a.lookup(k); ok {
		return a.vals[p], true
	}
	return None, false
}

// lookup returns the position of k in hash mode.
func (a *Array) lookup(k Key) (int32, bool) {
	if k.str {
		if len(a.keys) <= scanKeys {
			// A few keys (an object's properties, an options array) are
			// found faster by comparing than by hashing.
			for i := range a.keys {
				if a.keys[i].str && a.keys[i].s == k.s {
					return int32(i), true
				}
			}
			return 0, false
		}
		p, ok := a.strs[k.s]
		return p, ok
	}
	p, ok := a.ints[k.i]
	return p, ok
}

// Set stores v under k. An existing key keeps its position; a new key goes last.
func (a *Array) Set(k Key, v Value) {
	if !a.hashed {
		if !k.str && k.i >= 0 {
			if int(k.i) < len(a.vals) {
				a.vals[k.i] = v
				return
			}
			if int(k.i) == len(a.vals) {
				a.vals = append(a.vals, v)
				return
			}
		}
		a.toHash()
	}
	if p, ok := a.lookup(k); ok {
		a.vals[p] = v
		return
	}
	a.add(k, v)
}

// add appends a new entry in hash mode.
func (a *Array) add(k Key, v Value) {
	p := int32(len(a.vals))
	a.vals = append(a.vals, v)
	a.keys = append(a.keys, k)
	if k.str {
		if a.strs == nil {
			a.strs = make(map[string]int32)
		}
		a.strs[k.s] = p
		return
	}
	if a.ints == nil {
		a.ints = make(map[int32]int32)
	}
	a.ints[k.i] = p
	if int64(k.i) >= a.next {
		a.next = int64(k.i) + 1
	}
}

// toHash switches a list-mode array to hash mode.
func (a *Array) toHash() {
	n := len(a.vals)
	a.keys = make([]Key, n, cap(a.vals))
	a.ints = make(map[int32]int32, n)
	for i := range n {
		a.keys[i] = Key{i: int32(i)}
		a.ints[int32(i)] = int32(i)
	}
	a.hashed = true
	a.next = noInt
	if n > 0 {
		a.next = int64(n)
	}
}

// nextIndex returns the key Append would use: the highest integer key + 1, or 0.
func (a *Array) nextIndex() int64 {
	if !a.hashed {
		return int64(len(a.vals))
	}
	if a.stale {
		a.next = noInt
		for i, k := range a.keys {
			if a.vals[i].kind != kindDeleted && !k.str && int64(k.i) >= a.next {
				a.next = int64(k.i) + 1
			}
		}
		a.stale = false
	}
	if a.next == noInt {
		return 0
	}
	return a.next
}

// Append stores v under the next index: the highest integer key + 1, or 0 when there is
// no integer key. It fails when that index does not fit in 32 bits.
func (a *Array) Append(v Value) error {
	if !a.hashed {
		if len(a.vals) > math.MaxInt32 {
			return errAppendRange
		}
		a.vals = append(a.vals, v)
		return nil
	}
	n := a.nextIndex()
	if n > math.MaxInt32 {
		return errAppendRange
	}
	a.add(Key{i: int32(n)}, v)
	return nil
}

// Delete removes the entry under k and reports whether there was one.
func (a *Array) Delete(k Key) bool {
	if !a.hashed {
		if k.str || k.i < 0 || int(k.i) >= len(a.vals) {
			return false
		}
		if last := len(a.vals) - 1; int(k.i) == last {
			a.vals[last] = Value{}
			a.vals = a.vals[:last]
			return true
		}
		a.toHash()
	}
	p, ok := a.lookup(k)
	if !ok {
		return false
	}
	if k.str {
		delete(a.strs, k.s)
	} else {
		delete(a.ints, k.i)
		if int64(k.i)+1 == a.next {
			a.stale = true
		}
	}
	if last := len(a.vals) - 1; int(p) == last {
		a.vals[last] = Value{}
		a.keys[last] = Key{}
		a.vals = a.vals[:last]
		a.keys = a.keys[:last]
	} else {
		a.vals[p] = Value{kind: kindDeleted}
		a.keys[p] = Key{}
		a.holes++
	}
	switch {
	case a.Len() == 0:
		a.reset()
	case a.holes > 16 && a.holes*2 > len(a.vals):
		a.compact()
	}
	return true
}

// reset empties the array and returns it to list mode.
func (a *Array) reset() {
	clear(a.vals)
	a.vals = a.vals[:0]
	a.keys, a.ints, a.strs = nil, nil, nil
	a.hashed, a.holes, a.next, a.stale = false, 0, 0, false
}

// compact removes tombstones, and returns to list mode when the keys are 0..n-1.
func (a *Array) compact() {
	if a.holes == 0 {
		return
	}
	j := 0
	list := true
	for i, v := range a.vals {
		if v.kind == kindDeleted {
			continue
		}
		k := a.keys[i]
		a.vals[j], a.keys[j] = v, k
		if k.str {
			a.strs[k.s] = int32(j)
			list = false
		} else {
			a.ints[k.i] = int32(j)
			list = list && int(k.i) == j
		}
		j++
	}
	clear(a.vals[j:])
	clear(a.keys[j:])
	a.vals, a.keys, a.holes = a.vals[:j], a.keys[:j], 0
	if list {
		a.keys, a.ints, a.strs = nil, nil, nil
		a.hashed, a.next, a.stale = false, 0, false
	}
}

// Entry returns the i-th entry in insertion order; 0 <= i < Len().
func (a *Array) Entry(i int) (Key, Value) {
	if a.holes > 0 {
		a.compact()
	}
	if !a.hashed {
		return Key{i: int32(i)}, a.vals[i]
	}
	return a.keys[i], a.vals[i]
}

// IsList reports whether the keys are exactly 0..Len()-1 in order.
func (a *Array) IsList() bool {
	if !a.hashed {
		return true
	}
	j := 0
	for i, k := range a.keys {
		if a.vals[i].kind == kindDeleted {
			continue
		}
		if k.str || int(k.i) != j {
			return false
		}
		j++
	}
	return true
}

// Clone returns a private copy of a. Nested arrays are shared, not copied.
func (a *Array) Clone() *Array {
	if a.holes > 0 {
		a.compact()
	}
	c := &Array{
		vals:   slices.Clone(a.vals),
		hashed: a.hashed,
		next:   a.next,
		stale:  a.stale,
	}
	if a.hashed {
		c.keys = slices.Clone(a.keys)
		c.ints = maps.Clone(a.ints)
		c.strs = maps.Clone(a.strs)
	}
	for _, v := range c.vals {
		if v.kind == KindArray {
			(*Array)(v.p).Share()
		}
	}
	return c
}

// Share records one more holder of a (see the package doc) and returns a.
func (a *Array) Share() *Array {
	if a.refs >= 0 && a.refs < math.MaxInt32 {
		a.refs++
	}
	return a
}

// Release records that a holder counted by Share dropped its reference without writing.
func (a *Array) Release() {
	if a.refs > 0 {
		a.refs--
	}
}

// Writable returns a when the caller is its only holder; otherwise it gives up the
// caller's claim on a and returns a private clone. Store the result back.
func (a *Array) Writable() *Array {
	if a.refs == 0 {
		return a
	}
	if a.refs > 0 {
		a.refs--
	}
	return a.Clone()
}

// Freeze makes a and every nested array permanently read-only (see the package doc).
func (a *Array) Freeze() {
	if a.refs < 0 {
		return
	}
	a.compact()
	a.nextIndex()
	a.refs = -1
	for _, v := range a.vals {
		if v.kind == KindArray {
			(*Array)(v.p).Freeze()
		}
	}
}

// Frozen reports whether Freeze was called on a.
func (a *Array) Frozen() bool { return a.refs < 0 }

// appendShared appends v, sharing it when it is an array.
func (a *Array) appendShared(v Value) error {
	return a.Append(v.Share())
}

// setShared stores v under k, sharing it when it is an array.
func (a *Array) setShared(k Key, v Value) {
	a.Set(k, v.Share())
}
