// Package arrays registers the array_* builtins of HSL and their legacy
// names. Every function builds a new array: argument arrays are never changed,
// and values copied out of them are shared (see the copy-on-write protocol of
// package value).
package arrays

import (
	"math"
	"math/rand/v2"
	"sort"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// MaxRange is the largest number of elements array_range may produce.
const MaxRange = 1 << 24

var (
	pCallback = catalog.Param{Name: "callback", Type: "function"}
	pArray    = catalog.Param{Name: "array", Type: "array"}
)

// Register adds the array builtins to c.
func Register(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "array_combine",
		Params: []catalog.Param{{Name: "keys", Type: "array"}, {Name: "values", Type: "array"},
			{Name: "default_value", Type: "any", Optional: true}},
		Returns: "array",
		Doc:     "Pairs the values of $keys with the values of $values, in order, into a new array; a repeated key keeps its last value. Keys without a value get $default_value (none when it is not given).",
		Impl:    combine,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_every",
		Params:  []catalog.Param{pCallback, pArray},
		Returns: "boolean",
		Doc:     "Reports whether $callback($value) is truthy for every value of the array (true for an empty array).",
		Impl:    every,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_filter",
		Params:  []catalog.Param{pCallback, pArray},
		Returns: "array",
		Doc:     "Returns the entries whose value makes $callback($value) truthy, keeping their keys.",
		Impl:    filter,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_find",
		Params:  []catalog.Param{pCallback, pArray},
		Returns: "any",
		Doc:     "Returns the first value for which $callback($value) is truthy, or none when there is none.",
		Impl:    find,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_includes",
		Params:  []catalog.Param{{Name: "needle", Type: "any"}, pArray},
		Returns: "boolean",
		Doc:     "Reports whether a value of the array is === $needle; when $needle is a function it is called with each value instead, and a truthy result counts as found.",
		Impl:    includes,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_join",
		Params:  []catalog.Param{pArray, {Name: "separator", Type: "string", Optional: true}},
		Returns: "string",
		Doc:     "Converts the values to strings and joins them with $separator (default \"\").",
		Impl:    join,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_keys",
		Params:  []catalog.Param{pArray},
		Returns: "array",
		Doc:     "Returns the keys of the array as a list, in order.",
		Impl:    keys,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_map",
		Params:  []catalog.Param{pCallback, pArray},
		Returns: "array",
		Doc:     "Returns an array with the same keys whose values are $callback($value).",
		Impl:    mapFn,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_random",
		Params:  []catalog.Param{pArray},
		Returns: "array|none",
		Doc:     "Picks one entry at random and returns it as the list [key, value]; none for an empty array.",
		Impl:    random,
	})
	c.AddFunc(&catalog.Func{
		Name: "array_range",
		Params: []catalog.Param{{Name: "start", Type: "number"}, {Name: "stop", Type: "number"},
			{Name: "step", Type: "number", Optional: true}},
		Returns: "array",
		Doc:     "Returns the list of numbers from $start up to but not including $stop, $step apart (default 1; a negative step counts down).",
		Impl:    arrayRange,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_reduce",
		Params:  []catalog.Param{pCallback, pArray, {Name: "initial", Type: "any", Optional: true}},
		Returns: "any",
		Doc:     "Folds the values from left to right with $callback($carry, $value), starting from $initial or, without it, from the first value (an empty array is then an error).",
		Impl:    reduce,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_reverse",
		Params:  []catalog.Param{pArray},
		Returns: "array",
		Doc:     "Returns the entries in reverse order; integer keys are renumbered from 0, string keys are kept.",
		Impl:    reverse,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_sort",
		Params:  []catalog.Param{{Name: "callback", Type: "function|none"}, pArray, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{{Name: "keys", Type: "boolean", Doc: "Sort by key instead of by value; the callback then receives keys."}},
		Returns: "array",
		Doc:     "Returns the entries sorted, keys kept with their values; $callback($a, $b) must be truthy exactly when $a sorts before $b (none sorts in ascending order).",
		Impl:    sortFn,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_shuffle",
		Params:  []catalog.Param{pArray},
		Returns: "array",
		Doc:     "Returns the entries in random order; integer keys are renumbered from 0, string keys are kept.",
		Impl:    shuffle,
	})
	c.AddFunc(&catalog.Func{
		Name:    "array_unique",
		Params:  []catalog.Param{pArray},
		Returns: "array",
		Doc:     "Returns the array without repeated values (compared with ===); each value keeps its first key.",
		Impl:    unique,
	})

	// Legacy names.
	c.Alias("in_array", "array_includes")
	c.Alias("range", "array_range")
	c.AddFunc(&catalog.Func{
		Name:    "implode",
		Params:  []catalog.Param{{Name: "separator", Type: "string"}, pArray},
		Returns: "string",
		Doc:     "Legacy form of array_join with the separator first.",
		Impl:    implode,
	})
}

// call runs the callback with the given arguments, sharing array arguments
// because the callee may keep them.
func call(a *catalog.Args, fn value.Value, args ...value.Value) (value.Value, error) {
	for i := range args {
		args[i] = args[i].Share()
	}
	return a.Env.Call(fn, args...)
}

// callbackArgs returns the callback (argument 0) and the array (argument 1).
func callbackArgs(a *catalog.Args) (value.Value, *value.Array, error) {
	fn := a.Get(0)
	if fn.Kind() != value.KindFunction {
		return value.None, nil, a.Errorf(0, "must be a function, not %s", fn.Kind())
	}
	arr, err := a.Array(1)
	return fn, arr, err
}

func combine(a *catalog.Args) (value.Value, error) {
	ks, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	vs, err := a.Array(1)
	if err != nil {
		return value.None, err
	}
	def := a.Get(2)
	out := value.NewArray(ks.Len())
	for i := 0; i < ks.Len(); i++ {
		_, kv := ks.Entry(i)
		k, err := value.NormalizeKey(kv)
		if err != nil {
			return value.None, a.Errorf(0, "has a value that is not a valid key: %v", err)
		}
		v := def
		if i < vs.Len() {
			_, v = vs.Entry(i)
		}
		out.Set(k, v.Share())
	}
	return value.ArrayValue(out), nil
}

func every(a *catalog.Args) (value.Value, error) {
	fn, arr, err := callbackArgs(a)
	if err != nil {
		return value.None, err
	}
	for i := 0; i < arr.Len(); i++ {
		_, v := arr.Entry(i)
		r, err := call(a, fn, v)
		if err != nil {
			return value.None, err
		}
		if !r.Truthy() {
			return value.Bool(false), nil
		}
	}
	return value.Bool(true), nil
}

func filter(a *catalog.Args) (value.Value, error) {
	fn, arr, err := callbackArgs(a)
	if err != nil {
		return value.None, err
	}
	out := value.NewArray(0)
	for i := 0; i < arr.Len(); i++ {
		k, v := arr.Entry(i)
		r, err := call(a, fn, v)
		if err != nil {
			return value.None, err
		}
		if r.Truthy() {
			out.Set(k, v.Share())
		}
	}
	return value.ArrayValue(out), nil
}

func find(a *catalog.Args) (value.Value, error) {
	fn, arr, err := callbackArgs(a)
	if err != nil {
		return value.None, err
	}
	for i := 0; i < arr.Len(); i++ {
		_, v := arr.Entry(i)
		r, err := call(a, fn, v)
		if err != nil {
			return value.None, err
		}
		if r.Truthy() {
			return v.Share(), nil
		}
	}
	return value.None, nil
}

func includes(a *catalog.Args) (value.Value, error) {
	needle := a.Get(0)
	arr, err := a.Array(1)
	if err != nil {
		return value.None, err
	}
	for i := 0; i < arr.Len(); i++ {
		_, v := arr.Entry(i)
		if needle.Kind() == value.KindFunction {
			r, err := call(a, needle, v)
			if err != nil {
				return value.None, err
			}
			if r.Truthy() {
				return value.Bool(true), nil
			}
		} else if value.StrictEqual(needle, v) {
			return value.Bool(true), nil
		}
	}
	return value.Bool(false), nil
}

func join(a *catalog.Args) (value.Value, error) {
	arr, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	sep := ""
	if a.Has(1) && !a.Get(1).IsNone() {
		if sep, err = a.String(1); err != nil {
			return value.None, err
		}
	}
	return value.String(joinValues(arr, sep)), nil
}

func implode(a *catalog.Args) (value.Value, error) {
	sep, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	arr, err := a.Array(1)
	if err != nil {
		return value.None, err
	}
	return value.String(joinValues(arr, sep)), nil
}

func joinValues(arr *value.Array, sep string) string {
	buf := make([]byte, 0, arr.Len()*8)
	for i := 0; i < arr.Len(); i++ {
		if i > 0 {
			buf = append(buf, sep...)
		}
		_, v := arr.Entry(i)
		buf = append(buf, v.ToString()...)
	}
	return string(buf)
}

func keys(a *catalog.Args) (value.Value, error) {
	arr, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	out := make([]value.Value, arr.Len())
	for i := range out {
		k, _ := arr.Entry(i)
		out[i] = k.Value()
	}
	return value.ArrayValue(value.NewList(out)), nil
}

func mapFn(a *catalog.Args) (value.Value, error) {
	fn, arr, err := callbackArgs(a)
	if err != nil {
		return value.None, err
	}
	out := value.NewArray(arr.Len())
	for i := 0; i < arr.Len(); i++ {
		k, v := arr.Entry(i)
		r, err := call(a, fn, v)
		if err != nil {
			return value.None, err
		}
		out.Set(k, r.Share())
	}
	return value.ArrayValue(out), nil
}

func random(a *catalog.Args) (value.Value, error) {
	arr, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	if arr.Len() == 0 {
		return value.None, nil
	}
	k, v := arr.Entry(rand.IntN(arr.Len()))
	return value.ArrayValue(value.NewList([]value.Value{k.Value(), v.Share()})), nil
}

func arrayRange(a *catalog.Args) (value.Value, error) {
	start, err := a.Number(0)
	if err != nil {
		return value.None, err
	}
	stop, err := a.Number(1)
	if err != nil {
		return value.None, err
	}
	step := 1.0
	if a.Has(2) && !a.Get(2).IsNone() {
		if step, err = a.Number(2); err != nil {
			return value.None, err
		}
	}
	if step == 0 || math.IsNaN(step) || math.IsInf(step, 0) {
		return value.None, a.Errorf(2, "must be a finite number other than 0")
	}
	if math.IsNaN(start) || math.IsInf(start, 0) || math.IsNaN(stop) || math.IsInf(stop, 0) {
		return value.None, a.Fail("start and stop must be finite numbers")
	}
	n := math.Ceil((stop - start) / step)
	if n <= 0 {
		return value.ArrayValue(value.NewArray(0)), nil
	}
	if n > MaxRange {
		return value.None, a.Fail("the range has %s elements, more than the limit of %d", value.FormatNumber(n), MaxRange)
	}
	out := make([]value.Value, int(n))
	for i := range out {
		out[i] = value.Number(start + float64(i)*step)
	}
	return value.ArrayValue(value.NewList(out)), nil
}

func reduce(a *catalog.Args) (value.Value, error) {
	fn, arr, err := callbackArgs(a)
	if err != nil {
		return value.None, err
	}
	i := 0
	var carry value.Value
	if a.Has(2) {
		carry = a.Get(2)
	} else {
		if arr.Len() == 0 {
			return value.None, a.Fail("cannot reduce an empty array without an initial value")
		}
		_, carry = arr.Entry(0)
		i = 1
	}
	for ; i < arr.Len(); i++ {
		_, v := arr.Entry(i)
		if carry, err = call(a, fn, carry, v); err != nil {
			return value.None, err
		}
	}
	return carry.Share(), nil
}

// reindex builds an array from entries: string keys are kept and integer keys
// renumbered from 0 in the new order.
func reindex(entries []entry) *value.Array {
	out := value.NewArray(len(entries))
	for _, e := range entries {
		if e.k.IsString() {
			out.Set(e.k, e.v.Share())
		} else {
			_ = out.Append(e.v.Share()) // at most len(entries) < 2**31 integer keys
		}
	}
	return out
}

type entry struct {
	k value.Key
	v value.Value
}

func entries(arr *value.Array) []entry {
	es := make([]entry, arr.Len())
	for i := range es {
		es[i].k, es[i].v = arr.Entry(i)
	}
	return es
}

func reverse(a *catalog.Args) (value.Value, error) {
	arr, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	es := entries(arr)
	for i, j := 0, len(es)-1; i < j; i, j = i+1, j-1 {
		es[i], es[j] = es[j], es[i]
	}
	return value.ArrayValue(reindex(es)), nil
}

func shuffle(a *catalog.Args) (value.Value, error) {
	arr, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	es := entries(arr)
	rand.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
	return value.ArrayValue(reindex(es)), nil
}

// sorter sorts entries by value or key, with an HSL less-than callback or
// with the ordering of the < operator. It stops at the first error.
type sorter struct {
	a    *catalog.Args
	fn   value.Value
	es   []entry
	keys bool
	err  error
}

func (s *sorter) Len() int      { return len(s.es) }
func (s *sorter) Swap(i, j int) { s.es[i], s.es[j] = s.es[j], s.es[i] }
func (s *sorter) Less(i, j int) bool {
	if s.err != nil {
		return false
	}
	x, y := s.es[i].v, s.es[j].v
	if s.keys {
		x, y = s.es[i].k.Value(), s.es[j].k.Value()
	}
	if s.fn.IsNone() {
		c, err := value.Compare(x, y)
		if err != nil {
			s.err = s.a.Errorf(1, "holds values that cannot be ordered: %v", err)
		}
		return c < 0
	}
	r, err := call(s.a, s.fn, x, y)
	s.err = err
	return r.Truthy()
}

func sortFn(a *catalog.Args) (value.Value, error) {
	fn := a.Get(0)
	if fn.Kind() != value.KindFunction && !fn.IsNone() {
		return value.None, a.Errorf(0, "must be a function or none, not %s", fn.Kind())
	}
	arr, err := a.Array(1)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(2)
	if err != nil {
		return value.None, err
	}
	s := &sorter{a: a, fn: fn, es: entries(arr), keys: catalog.OptionValue(opts, "keys", value.Bool(false)).Truthy()}
	sort.Sort(s) // not stable, as documented; pdqsort needs fewest callback calls
	if s.err != nil {
		return value.None, s.err
	}
	out := value.NewArray(len(s.es))
	for _, e := range s.es {
		out.Set(e.k, e.v.Share())
	}
	return value.ArrayValue(out), nil
}

// scalarKey identifies a none, boolean, number or string value for ===; ok
// is false for other values and for NaN, which is never === anything.
type scalarKey struct {
	kind value.Kind
	n    float64
	s    string
}

func keyOf(v value.Value) (scalarKey, bool) {
	switch v.Kind() {
	case value.KindNone:
		return scalarKey{kind: value.KindNone}, true
	case value.KindBool, value.KindNumber:
		f := v.AsNumber()
		if math.IsNaN(f) {
			return scalarKey{}, false
		}
		if f == 0 {
			f = 0 // -0 === 0
		}
		return scalarKey{kind: v.Kind(), n: f}, true
	case value.KindString:
		return scalarKey{kind: value.KindString, s: v.AsString()}, true
	}
	return scalarKey{}, false
}

func unique(a *catalog.Args) (value.Value, error) {
	arr, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	seen := make(map[scalarKey]bool, arr.Len())
	var others []value.Value
	out := value.NewArray(0)
	for i := 0; i < arr.Len(); i++ {
		k, v := arr.Entry(i)
		if sk, ok := keyOf(v); ok {
			if seen[sk] {
				continue
			}
			seen[sk] = true
		} else if v.Kind() != value.KindNumber { // NaN is never a repeat
			dup := false
			for _, o := range others {
				if value.StrictEqual(o, v) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			others = append(others, v)
		}
		out.Set(k, v.Share())
	}
	return value.ArrayValue(out), nil
}
