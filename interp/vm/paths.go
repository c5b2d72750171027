package vm

import (
	"fmt"

	"github.com/openhsl/hsl/interp/value"
)

// rootPtr returns the storage of a variable root (not a member root).
func (m *Machine) rootPtr(f *frame, root int32) *value.Value {
	r := &f.fn.Roots[root]
	switch r.Kind {
	case RootLocal:
		if f.fn.IsInit {
			return &f.mod.globals[r.Index]
		}
		return &m.stack[f.bp+r.Index]
	case RootCell:
		return f.cells[r.Index]
	case RootFree:
		return f.free[r.Index]
	case RootGlobal:
		return &f.mod.globals[r.Index]
	case RootModVar:
		return &m.mods[r.Module].globals[r.Index]
	case RootStatic:
		return &m.staticVars(r.Class)[r.Index]
	case RootThis:
		v := value.None
		if f.this != nil {
			v = f.this.Value()
		}
		return &v
	}
	panic("vm: rootPtr of a member root")
}

// staticVars returns the static variables of a class, initialising them on
// first use in this execution.
func (m *Machine) staticVars(class int) []value.Value {
	s := m.statics[class]
	if s == nil {
		c := m.prog.Classes[class]
		s = make([]value.Value, len(c.StaticVars))
		for i, v := range c.StaticVars {
			s[i] = v.Init
		}
		m.statics[class] = s
	}
	return s
}

func (m *Machine) loadRoot(f *frame, root int32) (value.Value, error) {
	return *m.rootPtr(f, root), nil
}

func (m *Machine) storeRoot(f *frame, root int32, v value.Value) error {
	r := &f.fn.Roots[root]
	if r.Kind == RootStatic {
		if err := m.checkStaticAccess(f, r); err != nil {
			return err
		}
	}
	*m.rootPtr(f, root) = v
	return nil
}

func (m *Machine) checkStaticAccess(f *frame, r *Root) error {
	c := m.prog.Classes[r.Class]
	if c.StaticVars[r.Index].Private && f.fn.Class != c {
		return fmt.Errorf("cannot access private static variable %s from outside the class", r.Name)
	}
	return nil
}

// index reads x[k]. mode 1 (destructuring): anything but an array gives none;
// mode 2 (rest of a destructuring): the elements from position k on; mode 3
// (operand of ?? and ??=): an element that isset would not find gives none,
// also when x cannot be indexed or k cannot be a key.
func (m *Machine) index(f *frame, x, k value.Value, mode int32) (value.Value, error) {
	switch x.Kind() {
	case value.KindArray:
		if mode == 2 {
			from := int(k.AsNumber())
			return value.ArrayValue(x.AsArray().Slice(&from, nil, nil)), nil
		}
		key, err := value.NormalizeKey(k)
		if err != nil {
			if mode == 3 {
				return value.None, nil
			}
			return value.None, err
		}
		v, _ := x.AsArray().Get(key)
		return v, nil
	case value.KindString:
		if mode == 1 || mode == 2 {
			break
		}
		if k.Kind() != value.KindNumber && k.Kind() != value.KindBool {
			if mode == 3 {
				return value.None, nil
			}
			return value.None, fmt.Errorf("a string index must be a number, not %s", k.Kind())
		}
		s, i := x.AsString(), int(k.AsNumber())
		if i < 0 || i >= len(s) || float64(i) != k.AsNumber() {
			return value.None, nil
		}
		return value.String(s[i : i+1]), nil
	case value.KindObject:
		if mode == 1 || mode == 2 {
			break
		}
		if k.Kind() != value.KindString {
			if mode == 3 {
				return value.None, nil
			}
			return value.None, fmt.Errorf("an object index must be a property name, not %s", k.Kind())
		}
		return m.member(f, x, k.AsString(), false)
	case value.KindNone:
		return value.None, nil
	case value.KindBool:
		// Halon's own code reads $v["key"] where $v may be false (a failed
		// lookup's result), as it may be none.
		if !x.Truthy() && mode != 2 {
			return value.None, nil
		}
	}
	if mode == 2 {
		return value.ArrayValue(value.NewArray(0)), nil
	}
	if mode == 1 || mode == 3 {
		return value.None, nil
	}
	return value.None, fmt.Errorf("cannot index %s", describe(x))
}

// member reads obj->name: a property, or a method bound to the object.
func (m *Machine) member(f *frame, obj value.Value, name string, soft bool) (value.Value, error) {
	switch o := obj.Ref().(type) {
	case *Object:
		if v, ok := o.props.Get(value.StrKey(name)); ok {
			if err := m.checkPrivate(f, o, name); err != nil {
				return value.None, err
			}
			return v, nil
		}
		if fn := o.class.Methods[name]; fn != nil {
			if fn.Private && f.fn.Class != o.class {
				return value.None, fmt.Errorf("cannot access private method %s::%s from outside the class", o.class.Name, name)
			}
			return value.FunctionValue(&Closure{fn: fn, this: o}), nil
		}
		return value.None, nil
	case value.Object:
		if meth, err := m.builtinMethod(o, name); err == nil {
			return value.FunctionValue(&builtinFunc{f: meth, self: obj}), nil
		}
		return value.None, nil
	}
	if soft || obj.IsNone() && soft {
		return value.None, nil
	}
	if obj.IsNone() {
		return value.None, fmt.Errorf("cannot read property %s of none", name)
	}
	return value.None, fmt.Errorf("cannot read property %s of %s", name, obj.Kind())
}

func (m *Machine) checkPrivate(f *frame, o *Object, name string) error {
	if cv, ok := o.class.restrictedVar(name); ok && cv.Private && f.fn.Class != o.class {
		return fmt.Errorf("cannot access private property %s::$%s from outside the class", o.class.Name, name)
	}
	return nil
}

// checkWrite enforces private and readonly on a property write.
func (m *Machine) checkWrite(f *frame, o *Object, name string) error {
	cv, ok := o.class.restrictedVar(name)
	if !ok {
		return nil
	}
	if cv.Private && f.fn.Class != o.class {
		return fmt.Errorf("cannot access private property %s::$%s from outside the class", o.class.Name, name)
	}
	if cv.Readonly && f.this != o {
		return fmt.Errorf("cannot modify readonly property %s::$%s from outside the object's own methods", o.class.Name, name)
	}
	return nil
}

// memberObject returns the user object at the base of a member path.
func memberObject(v value.Value, name string) (*Object, error) {
	if o, ok := v.Ref().(*Object); ok {
		return o, nil
	}
	if v.IsNone() {
		return nil, fmt.Errorf("cannot set property %s of none", name)
	}
	return nil, fmt.Errorf("cannot set property %s of %s", name, v.Kind())
}

// setPath assigns v at root[keys...] (appending at the last level when
// appendLast), creating arrays on the way, and returns v. For a member root
// vals[0] is the object.
func (m *Machine) setPath(f *frame, root int32, vals []value.Value, v value.Value, appendLast bool) (value.Value, error) {
	r := &f.fn.Roots[root]
	if r.Kind == RootMember {
		o, err := memberObject(vals[0], r.Name)
		if err != nil {
			return value.None, err
		}
		if err := m.checkWrite(f, o, r.Name); err != nil {
			return value.None, err
		}
		slot, _ := o.props.Get(value.StrKey(r.Name))
		if err := m.setIn(f, &slot, vals[1:], v, appendLast); err != nil {
			return value.None, err
		}
		o.props.Set(value.StrKey(r.Name), slot)
		return v, nil
	}
	if r.Kind == RootStatic {
		if err := m.checkStaticAccess(f, r); err != nil {
			return value.None, err
		}
	}
	if r.Kind == RootThis && len(vals) == 0 && !appendLast {
		return value.None, fmt.Errorf("$this cannot be assigned")
	}
	return v, m.setIn(f, m.rootPtr(f, root), vals, v, appendLast)
}

// writableArray returns the array in *slot ready for writing, replacing
// anything that is not an array by a new one. A copy made for copy-on-write
// counts against the memory limit.
func (m *Machine) writableArray(slot *value.Value) (*value.Array, error) {
	if a := slot.AsArray(); a != nil {
		w := a.Writable()
		if w != a {
			*slot = value.ArrayValue(w)
			if err := m.account(24 * w.Len()); err != nil {
				return nil, err
			}
		}
		return w, nil
	}
	a := value.NewArray(0)
	*slot = value.ArrayValue(a)
	return a, nil
}

func (m *Machine) setIn(f *frame, slot *value.Value, keys []value.Value, v value.Value, appendLast bool) error {
	if slot.Kind() == value.KindObject && (len(keys) > 0 || appendLast) {
		return m.setProperty(f, *slot, keys, v, appendLast)
	}
	if len(keys) == 0 {
		if appendLast {
			arr, err := m.writableArray(slot)
			if err != nil {
				return err
			}
			if err := arr.Append(v); err != nil {
				return err
			}
			return m.account(24)
		}
		*slot = v
		return nil
	}
	arr, err := m.writableArray(slot)
	if err != nil {
		return err
	}
	k, err := value.NormalizeKey(keys[0])
	if err != nil {
		return err
	}
	if len(keys) == 1 && !appendLast {
		arr.Set(k, v)
		return m.account(24)
	}
	child, _ := arr.Get(k)
	if err := m.setIn(f, &child, keys[1:], v, appendLast); err != nil {
		return err
	}
	arr.Set(k, child)
	return nil
}

// setProperty writes obj[keys[0]][keys[1:]...] = v: a subscript of an object
// names a property, as obj->name does.
func (m *Machine) setProperty(f *frame, obj value.Value, keys []value.Value, v value.Value, appendLast bool) error {
	if len(keys) == 0 {
		return fmt.Errorf("cannot append to %s", describe(obj))
	}
	name, err := propertyName(keys[0])
	if err != nil {
		return err
	}
	o, err := memberObject(obj, name)
	if err != nil {
		return err
	}
	if err := m.checkWrite(f, o, name); err != nil {
		return err
	}
	slot, _ := o.props.Get(value.StrKey(name))
	if err := m.setIn(f, &slot, keys[1:], v, appendLast); err != nil {
		return err
	}
	o.props.Set(value.StrKey(name), slot)
	return nil
}

// propertyName checks that a subscript of an object is a property name.
func propertyName(k value.Value) (string, error) {
	if k.Kind() != value.KindString {
		return "", fmt.Errorf("an object index must be a property name, not %s", k.Kind())
	}
	return k.AsString(), nil
}

// setSlice assigns root[keys...][first:last] = v.
func (m *Machine) setSlice(f *frame, root int32, vals []value.Value, v value.Value, flags int32) (value.Value, error) {
	src := v.AsArray()
	if src == nil {
		return value.None, fmt.Errorf("slice assignment needs an array, not %s", v.Kind())
	}
	first, last, keys, err := sliceBounds(vals, flags)
	if err != nil {
		return value.None, err
	}
	err = m.modify(f, root, keys, func(slot *value.Value) error {
		if slot.AsArray() == nil {
			return fmt.Errorf("cannot assign to a slice of %s", slot.Kind())
		}
		arr, err := m.writableArray(slot)
		if err == nil {
			arr.SetSlice(first, last, src)
		}
		return err
	})
	return v, err
}

// sliceBounds splits the trailing optional bounds off the path values.
func sliceBounds(vals []value.Value, flags int32) (first, last *int, keys []value.Value, err error) {
	n := len(vals)
	if flags>>17&1 == 1 {
		n--
		if last, err = value.SliceBound(vals[n]); err != nil {
			return
		}
	}
	if flags>>16&1 == 1 {
		n--
		if first, err = value.SliceBound(vals[n]); err != nil {
			return
		}
	}
	return first, last, vals[:n], nil
}

// modify calls change with the storage at root[keys...] made writable.
func (m *Machine) modify(f *frame, root int32, vals []value.Value, change func(*value.Value) error) error {
	r := &f.fn.Roots[root]
	if r.Kind == RootMember {
		o, err := memberObject(vals[0], r.Name)
		if err != nil {
			return err
		}
		if err := m.checkWrite(f, o, r.Name); err != nil {
			return err
		}
		slot, _ := o.props.Get(value.StrKey(r.Name))
		if err := m.modifyIn(f, &slot, vals[1:], change); err != nil {
			return err
		}
		o.props.Set(value.StrKey(r.Name), slot)
		return nil
	}
	return m.modifyIn(f, m.rootPtr(f, root), vals, change)
}

func (m *Machine) modifyIn(f *frame, slot *value.Value, keys []value.Value, change func(*value.Value) error) error {
	if len(keys) == 0 {
		return change(slot)
	}
	if slot.Kind() == value.KindObject {
		return m.modifyProperty(f, *slot, keys, change)
	}
	a := slot.AsArray()
	if a == nil {
		return nil // nothing there to change
	}
	k, err := value.NormalizeKey(keys[0])
	if err != nil {
		return err
	}
	child, ok := a.Get(k)
	if !ok {
		return nil
	}
	arr, err := m.writableArray(slot)
	if err != nil {
		return err
	}
	if err := m.modifyIn(f, &child, keys[1:], change); err != nil {
		return err
	}
	arr.Set(k, child)
	return nil
}

// modifyProperty is modifyIn through a subscript of an object, which names a
// property.
func (m *Machine) modifyProperty(f *frame, obj value.Value, keys []value.Value, change func(*value.Value) error) error {
	name, err := propertyName(keys[0])
	if err != nil {
		return err
	}
	o, err := memberObject(obj, name)
	if err != nil {
		return err
	}
	child, ok := o.props.Get(value.StrKey(name))
	if !ok {
		return nil
	}
	if err := m.checkWrite(f, o, name); err != nil {
		return err
	}
	if err := m.modifyIn(f, &child, keys[1:], change); err != nil {
		return err
	}
	o.props.Set(value.StrKey(name), child)
	return nil
}

// unsetRoot unsets a variable.
func (m *Machine) unsetRoot(f *frame, root int32) (bool, error) {
	r := &f.fn.Roots[root]
	if r.Kind == RootStatic || r.Kind == RootThis {
		return false, fmt.Errorf("cannot unset %s", r.Name)
	}
	p := m.rootPtr(f, root)
	existed := !p.IsUndefined()
	*p = value.Undefined
	return existed, nil
}

// unsetPath removes root[keys...] (or a property).
func (m *Machine) unsetPath(f *frame, root int32, vals []value.Value) (bool, error) {
	r := &f.fn.Roots[root]
	if r.Kind == RootMember && len(vals) == 1 {
		o, err := memberObject(vals[0], r.Name)
		if err != nil {
			return false, err
		}
		if err := m.checkWrite(f, o, r.Name); err != nil {
			return false, err
		}
		return o.props.Delete(value.StrKey(r.Name)), nil
	}
	keys := vals
	if r.Kind == RootMember {
		keys = vals[1:]
	}
	last := keys[len(keys)-1]
	removed := false
	err := m.modify(f, root, vals[:len(vals)-1], func(slot *value.Value) error {
		if slot.Kind() == value.KindObject {
			name, err := propertyName(last)
			if err != nil {
				return err
			}
			o, err := memberObject(*slot, name)
			if err != nil {
				return err
			}
			if err := m.checkWrite(f, o, name); err != nil {
				return err
			}
			removed = o.props.Delete(value.StrKey(name))
			return nil
		}
		k, err := value.NormalizeKey(last)
		if err != nil {
			return err
		}
		if a := slot.AsArray(); a != nil {
			if _, ok := a.Get(k); ok {
				arr, err := m.writableArray(slot)
				if err != nil {
					return err
				}
				removed = arr.Delete(k)
			}
		}
		return nil
	})
	return removed, err
}

// unsetSlice removes root[keys...][first:last].
func (m *Machine) unsetSlice(f *frame, root int32, vals []value.Value, flags int32) (bool, error) {
	first, last, keys, err := sliceBounds(vals, flags)
	if err != nil {
		return false, err
	}
	removed := false
	err = m.modify(f, root, keys, func(slot *value.Value) error {
		if a := slot.AsArray(); a != nil {
			arr, err := m.writableArray(slot)
			if err != nil {
				return err
			}
			removed = arr.DeleteSlice(first, last)
		}
		return nil
	})
	return removed, err
}

// issetPath reports whether root[keys...] (or a property) exists.
func (m *Machine) issetPath(f *frame, root int32, vals []value.Value) (bool, error) {
	r := &f.fn.Roots[root]
	var cur value.Value
	keys := vals
	if r.Kind == RootMember {
		o, ok := vals[0].Ref().(*Object)
		if !ok {
			return false, nil
		}
		v, ok := o.props.Get(value.StrKey(r.Name))
		if !ok {
			return false, nil
		}
		cur, keys = v, vals[1:]
	} else {
		cur = *m.rootPtr(f, root)
		if cur.IsUndefined() {
			return false, nil
		}
	}
	for _, kv := range keys {
		switch cur.Kind() {
		case value.KindArray:
			k, err := value.NormalizeKey(kv)
			if err != nil {
				return false, nil
			}
			v, ok := cur.AsArray().Get(k)
			if !ok {
				return false, nil
			}
			cur = v
		case value.KindObject:
			o, ok := cur.Ref().(*Object)
			if !ok || kv.Kind() != value.KindString {
				return false, nil
			}
			v, ok := o.props.Get(value.StrKey(kv.AsString()))
			if !ok {
				return false, nil
			}
			cur = v
		case value.KindString:
			// a byte exists where reading it gives one (see index)
			v, err := m.index(f, cur, kv, 3)
			if err != nil || v.IsNone() {
				return false, nil
			}
			cur = v
		default:
			return false, nil
		}
	}
	return true, nil
}
