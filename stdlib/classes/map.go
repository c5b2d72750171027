package classes

import (
	"math"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// keyTypes are the key types a Map or Set accepts.
var keyTypes = []string{"string", "number"}

// valueTypes are the value types a Map accepts; "any" accepts every value.
var valueTypes = []string{"any", "string", "number", "boolean", "array", "function", "object", "resource"}

// mkey is the lookup form of a key: a string or a number (never both).
type mkey struct {
	s   string
	n   float64
	num bool
}

// store is an insertion-ordered hash table from typed keys to values.
type store struct {
	keyType string
	keys    []value.Value
	vals    []value.Value
	dead    []bool
	index   map[mkey]int
	holes   int
}

func newStore(keyType string) store {
	return store{keyType: keyType, index: map[mkey]int{}}
}

// goKey checks k against the key type and returns its lookup form.
func (s *store) goKey(a *catalog.Args, i int) (mkey, value.Value, error) {
	k := a.Get(i)
	switch s.keyType {
	case "string":
		if k.Kind() == value.KindString {
			return mkey{s: k.AsString()}, k, nil
		}
	case "number":
		if k.Kind() == value.KindNumber {
			if math.IsNaN(k.AsNumber()) {
				return mkey{}, k, a.Errorf(i, "must not be NaN")
			}
			return s.lookupForm(k), k, nil
		}
	}
	return mkey{}, k, a.Errorf(i, "must be a %s (the key type), not %s", s.keyType, k.Kind())
}

func (s *store) get(k mkey) (value.Value, bool) {
	if i, ok := s.index[k]; ok {
		return s.vals[i], true
	}
	return value.None, false
}

func (s *store) set(k mkey, key, v value.Value) {
	if i, ok := s.index[k]; ok {
		s.vals[i] = v
		return
	}
	s.index[k] = len(s.keys)
	s.keys = append(s.keys, key)
	s.vals = append(s.vals, v)
	s.dead = append(s.dead, false)
}

func (s *store) delete(k mkey) bool {
	i, ok := s.index[k]
	if !ok {
		return false
	}
	delete(s.index, k)
	s.keys[i], s.vals[i], s.dead[i] = value.None, value.None, true
	s.holes++
	if s.holes > 32 && s.holes*2 > len(s.keys) {
		s.compact()
	}
	return true
}

func (s *store) compact() {
	j := 0
	for i := range s.keys {
		if s.dead[i] {
			continue
		}
		s.keys[j], s.vals[j], s.dead[j] = s.keys[i], s.vals[i], false
		s.index[s.lookupForm(s.keys[j])] = j
		j++
	}
	clear(s.keys[j:])
	clear(s.vals[j:])
	s.keys, s.vals, s.dead, s.holes = s.keys[:j], s.vals[:j], s.dead[:j], 0
}

func (s *store) lookupForm(k value.Value) mkey {
	if k.Kind() == value.KindString {
		return mkey{s: k.AsString()}
	}
	f := k.AsNumber()
	if f == 0 {
		f = 0 // -0 and 0 are one key
	}
	return mkey{n: f, num: true}
}

func (s *store) size() int { return len(s.index) }

func (s *store) clear() { *s = newStore(s.keyType) }

// snapshot returns the live keys and values in insertion order.
func (s *store) snapshot() (keys, vals []value.Value) {
	keys = make([]value.Value, 0, s.size())
	vals = make([]value.Value, 0, s.size())
	for i := range s.keys {
		if !s.dead[i] {
			keys = append(keys, s.keys[i])
			vals = append(vals, s.vals[i])
		}
	}
	return keys, vals
}

// Map is an instance of the builtin Map class: a hash map with a fixed key
// type and value type.
type Map struct {
	store
	valueType string
}

// ClassName implements value.Object.
func (*Map) ClassName() string { return "Map" }

// Len is the number of keys.
func (m *Map) Len() int { return m.size() }

func (m *Map) checkValue(a *catalog.Args, i int, v value.Value) error {
	if m.valueType == "any" || v.Kind().String() == m.valueType {
		return nil
	}
	return a.Errorf(i, "must be a %s (the value type), not %s", m.valueType, v.Kind())
}

func oneOf(a *catalog.Args, i int, allowed []string) (string, error) {
	s, err := a.String(i)
	if err != nil {
		return "", err
	}
	for _, t := range allowed {
		if s == t {
			return s, nil
		}
	}
	return "", a.Errorf(i, "must be one of %s, not %s", strings.Join(allowed, ", "), catalog.Quote(s))
}

// self returns the object a method was called on, checked to be a T.
func self[T value.Object](a *catalog.Args, class string) (T, error) {
	if a.Self.Kind() == value.KindObject {
		if o, ok := a.Self.AsObject().(T); ok {
			return o, nil
		}
	}
	var zero T
	return zero, a.Fail("is a method of %s and needs a %s object", class, class)
}

// method builds a method Func whose implementation receives the checked object.
func method[T value.Object](class, name string, params []catalog.Param, returns, doc string, impl func(o T, a *catalog.Args) (value.Value, error)) *catalog.Func {
	return &catalog.Func{
		Name:    name,
		Params:  params,
		Returns: returns,
		Doc:     doc,
		Impl: func(a *catalog.Args) (value.Value, error) {
			o, err := self[T](a, class)
			if err != nil {
				return value.None, err
			}
			return impl(o, a)
		},
	}
}

var (
	pKey   = catalog.Param{Name: "key", Type: "string|number"}
	pValue = catalog.Param{Name: "value", Type: "any"}
)

func registerMap(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, impl func(*Map, *catalog.Args) (value.Value, error)) *catalog.Func {
		return method("Map", name, params, returns, doc, impl)
	}
	c.AddClass(&catalog.Class{
		Name: "Map",
		Doc: "A hash map whose keys all have one type (string or number) and whose values all have one type " +
			"(or any). Unlike an array it is an object: assigning it shares it instead of copying.",
		Constructor: &catalog.Func{
			Name: "Map",
			Params: []catalog.Param{
				{Name: "keytype", Type: "string", Doc: "string or number"},
				{Name: "valuetype", Type: "string", Doc: "any, string, number, boolean, array, function, object or resource"},
			},
			Returns: "Map",
			Doc:     "Creates an empty Map with the given key and value types.",
			Impl: func(a *catalog.Args) (value.Value, error) {
				kt, err := oneOf(a, 0, keyTypes)
				if err != nil {
					return value.None, err
				}
				vt, err := oneOf(a, 1, valueTypes)
				if err != nil {
					return value.None, err
				}
				return value.ObjectValue(&Map{store: newStore(kt), valueType: vt}), nil
			},
		},
		Methods: map[string]*catalog.Func{
			"set": m("set", []catalog.Param{pKey, pValue}, "boolean", "Stores the value under the key, replacing any value already there; returns true.",
				func(m *Map, a *catalog.Args) (value.Value, error) {
					k, key, err := m.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					v := a.Get(1)
					if err := m.checkValue(a, 1, v); err != nil {
						return value.None, err
					}
					m.set(k, key, v.Share())
					return value.Bool(true), nil
				}),
			"has": m("has", []catalog.Param{pKey}, "boolean", "Tells whether the key is in the map.",
				func(m *Map, a *catalog.Args) (value.Value, error) {
					k, _, err := m.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					_, ok := m.get(k)
					return value.Bool(ok), nil
				}),
			"get": m("get", []catalog.Param{pKey}, "any", "Returns the value stored under the key, or none when the key is absent.",
				func(m *Map, a *catalog.Args) (value.Value, error) {
					k, _, err := m.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					v, _ := m.get(k)
					return v, nil
				}),
			"delete": m("delete", []catalog.Param{pKey}, "boolean", "Removes the key; returns whether it was there.",
				func(m *Map, a *catalog.Args) (value.Value, error) {
					k, _, err := m.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					return value.Bool(m.delete(k)), nil
				}),
			"merge": m("merge", []catalog.Param{pKey, pValue}, "boolean",
				"Combines the value with the one stored under the key using +, in place: numbers are added, "+
					"arrays are joined as by array +. An absent key simply gets the value. Returns true.",
				func(m *Map, a *catalog.Args) (value.Value, error) {
					k, key, err := m.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					v := a.Get(1)
					if cur, ok := m.get(k); ok {
						if v, err = value.Add(cur, v); err != nil {
							return value.None, a.Fail("%v", err)
						}
					} else {
						v = v.Share()
					}
					if err := m.checkValue(a, 1, v); err != nil {
						return value.None, err
					}
					m.set(k, key, v)
					return value.Bool(true), nil
				}),
			"size": m("size", nil, "number", "Returns the number of keys.",
				func(m *Map, a *catalog.Args) (value.Value, error) { return value.Number(float64(m.size())), nil }),
			"clear": m("clear", nil, "none", "Removes every key.",
				func(m *Map, a *catalog.Args) (value.Value, error) { m.clear(); return value.None, nil }),
			"entries": m("entries", nil, "Iterator",
				"Returns an iterator over the map as it is now, for foreach: each value is [0 => key, 1 => value] "+
					"and each foreach key is the map key. The order is the order of insertion, which scripts should not rely on.",
				func(m *Map, a *catalog.Args) (value.Value, error) {
					keys, vals := m.snapshot()
					pairs := make([]value.Value, len(keys))
					for i := range keys {
						pairs[i] = value.ArrayValue(value.NewList([]value.Value{keys[i], vals[i].Share()}))
					}
					return value.ObjectValue(&sliceIterator{keys: keys, vals: pairs}), nil
				}),
		},
	})
}

// Set is an instance of the builtin Set class: a set of keys of one type.
type Set struct {
	store
}

// ClassName implements value.Object.
func (*Set) ClassName() string { return "Set" }

// Len is the number of keys.
func (s *Set) Len() int { return s.size() }

func registerSet(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, impl func(*Set, *catalog.Args) (value.Value, error)) *catalog.Func {
		return method("Set", name, params, returns, doc, impl)
	}
	c.AddClass(&catalog.Class{
		Name: "Set",
		Doc:  "A set of keys that all have one type (string or number). It is an object: assigning it shares it.",
		Constructor: &catalog.Func{
			Name:    "Set",
			Params:  []catalog.Param{{Name: "keytype", Type: "string", Doc: "string or number"}},
			Returns: "Set",
			Doc:     "Creates an empty Set with the given key type.",
			Impl: func(a *catalog.Args) (value.Value, error) {
				kt, err := oneOf(a, 0, keyTypes)
				if err != nil {
					return value.None, err
				}
				return value.ObjectValue(&Set{store: newStore(kt)}), nil
			},
		},
		Methods: map[string]*catalog.Func{
			"add": m("add", []catalog.Param{pKey}, "boolean", "Adds the key to the set; returns true.",
				func(s *Set, a *catalog.Args) (value.Value, error) {
					k, key, err := s.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					s.set(k, key, value.None)
					return value.Bool(true), nil
				}),
			"has": m("has", []catalog.Param{pKey}, "boolean", "Tells whether the key is in the set.",
				func(s *Set, a *catalog.Args) (value.Value, error) {
					k, _, err := s.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					_, ok := s.get(k)
					return value.Bool(ok), nil
				}),
			"delete": m("delete", []catalog.Param{pKey}, "boolean", "Removes the key; returns whether it was there.",
				func(s *Set, a *catalog.Args) (value.Value, error) {
					k, _, err := s.goKey(a, 0)
					if err != nil {
						return value.None, err
					}
					return value.Bool(s.delete(k)), nil
				}),
			"size": m("size", nil, "number", "Returns the number of keys.",
				func(s *Set, a *catalog.Args) (value.Value, error) { return value.Number(float64(s.size())), nil }),
			"clear": m("clear", nil, "none", "Removes every key.",
				func(s *Set, a *catalog.Args) (value.Value, error) { s.clear(); return value.None, nil }),
			"values": m("values", nil, "Iterator",
				"Returns an iterator over the set as it is now, for foreach: both the foreach key and value are "+
					"the set's keys. The order is the order of insertion, which scripts should not rely on.",
				func(s *Set, a *catalog.Args) (value.Value, error) {
					keys, _ := s.snapshot()
					return value.ObjectValue(&sliceIterator{keys: keys, vals: keys}), nil
				}),
		},
	})
}
