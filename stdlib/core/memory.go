package core

import (
	"errors"
	"reflect"
	"sync"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Memory is the key/value store of the memory_* builtins, shared by every
// execution in the process and lost when it exits. Stored arrays are frozen,
// so executions on other goroutines can read them safely. Callbacks run while
// the store is locked, which makes memory_update a compare-and-swap; calling
// a memory_* builtin from such a callback is an error rather than a deadlock.
type Memory struct {
	mu      sync.Mutex
	data    map[string]value.Value
	ownerMu sync.Mutex
	owner   catalog.Env // the Env whose callback runs under mu, if any
}

// NewMemory returns an empty store.
func NewMemory() *Memory { return &Memory{data: map[string]value.Value{}} }

// SharedMemory is the store the registered builtins use.
var SharedMemory = NewMemory()

var errReentrant = errors.New("a memory_* callback cannot call memory_* functions")

// sameEnv compares two Envs by identity without panicking on types that
// cannot be compared.
func sameEnv(a, b catalog.Env) bool {
	if a == nil || b == nil {
		return false
	}
	t := reflect.TypeOf(a)
	return t == reflect.TypeOf(b) && t.Comparable() && a == b
}

// lock takes the store for env; it fails when env's own callback holds it.
func (m *Memory) lock(env catalog.Env) error {
	m.ownerMu.Lock()
	busy := sameEnv(m.owner, env)
	m.ownerMu.Unlock()
	if busy {
		return errReentrant
	}
	m.mu.Lock()
	return nil
}

// call runs a callback under the lock, marking env as its owner.
func (m *Memory) call(a *catalog.Args, fn value.Value, args ...value.Value) (value.Value, error) {
	m.ownerMu.Lock()
	m.owner = a.Env
	m.ownerMu.Unlock()
	defer func() {
		m.ownerMu.Lock()
		m.owner = nil
		m.ownerMu.Unlock()
	}()
	return a.Env.Call(fn, args...)
}

// storable checks that v holds only data (no functions, objects or
// resources) and freezes its arrays.
func storable(a *catalog.Args, i int, v value.Value) (value.Value, error) {
	if err := checkData(v); err != nil {
		return value.None, a.Errorf(i, "%v", err)
	}
	if arr := v.AsArray(); arr != nil {
		arr.Freeze()
	}
	return v, nil
}

func checkData(v value.Value) error {
	switch v.Kind() {
	case value.KindFunction, value.KindObject, value.KindResource:
		return errors.New("cannot keep a " + v.Kind().String() + " in the memory store")
	case value.KindArray:
		arr := v.AsArray()
		for i := 0; i < arr.Len(); i++ {
			_, x := arr.Entry(i)
			if err := checkData(x); err != nil {
				return err
			}
		}
	}
	return nil
}

func optFunc(a *catalog.Args, i int) (value.Value, error) {
	fn := a.Get(i)
	if fn.IsNone() || fn.Kind() == value.KindFunction {
		return fn, nil
	}
	return value.None, a.Errorf(i, "must be a function, not %s", fn.Kind())
}

func registerMemory(c *catalog.Catalog, m *Memory) {
	pKey := catalog.Param{Name: "key", Type: "string"}
	pValue := catalog.Param{Name: "value", Type: "any"}
	pCallback := catalog.Param{Name: "callback", Type: "function", Optional: true}
	c.AddFunc(&catalog.Func{
		Name: "memory_add", Params: []catalog.Param{pKey, pValue}, Returns: "boolean",
		Doc:  "Stores the value under the key only if the key is absent from the shared memory store, and reports whether it did.",
		Impl: m.add,
	})
	c.AddFunc(&catalog.Func{
		Name: "memory_store", Params: []catalog.Param{pKey, pValue, pCallback}, Returns: "boolean",
		Doc:  "Stores the value under the key in the shared memory store and reports whether the key existed; $callback($key, $old) sees a replaced value.",
		Impl: m.store,
	})
	c.AddFunc(&catalog.Func{
		Name: "memory_fetch", Params: []catalog.Param{pKey, pCallback}, Returns: "any",
		Doc:  "Returns the value stored under the key; for an absent key, the result of $callback($key), or none without a callback.",
		Impl: m.fetch,
	})
	c.AddFunc(&catalog.Func{
		Name: "memory_exists", Params: []catalog.Param{pKey, pCallback}, Returns: "boolean",
		Doc:  "Reports whether the key is in the shared memory store; when it is, $callback($key, $value) is called.",
		Impl: m.exists,
	})
	c.AddFunc(&catalog.Func{
		Name: "memory_delete", Params: []catalog.Param{pKey, pCallback}, Returns: "boolean",
		Doc:  "Removes the key from the shared memory store and reports whether it was there; $callback($key, $value) sees the removed value.",
		Impl: m.delete,
	})
	c.AddFunc(&catalog.Func{
		Name: "memory_inc", Params: []catalog.Param{pKey, {Name: "offset", Type: "number", Optional: true}},
		Returns: "number|none",
		Doc:     "Adds $offset (default 1) to the number under the key (an absent key starts at 0) and returns the result; none when the stored value is not a number.",
		Impl:    func(a *catalog.Args) (value.Value, error) { return m.addNumber(a, 1) },
	})
	c.AddFunc(&catalog.Func{
		Name: "memory_dec",
		Params: []catalog.Param{pKey, {Name: "offset", Type: "number", Optional: true},
			{Name: "remove_if_zero", Type: "boolean", Optional: true}},
		Returns: "number|none",
		Doc:     "Subtracts $offset (default 1) from the number under the key (an absent key starts at 0) and returns the result, removing the key when it reaches 0 and $remove_if_zero is true; none when the stored value is not a number.",
		Impl:    func(a *catalog.Args) (value.Value, error) { return m.addNumber(a, -1) },
	})
	c.AddFunc(&catalog.Func{
		Name: "memory_update",
		Params: []catalog.Param{pKey, pValue, {Name: "callback", Type: "function"},
			{Name: "initial", Type: "any", Optional: true}},
		Returns: "boolean",
		Doc:     "Atomically replaces the value under the key with $callback($key, $current, $value); an absent key uses $initial as the current value when given, and is otherwise left alone. Reports whether a value was stored.",
		Impl:    m.update,
	})
}

func (m *Memory) add(a *catalog.Args) (value.Value, error) {
	key, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	v, err := storable(a, 1, a.Get(1))
	if err != nil {
		return value.None, err
	}
	if err := m.lock(a.Env); err != nil {
		return value.None, a.Fail("%v", err)
	}
	defer m.mu.Unlock()
	if _, ok := m.data[key]; ok {
		return value.Bool(false), nil
	}
	m.data[key] = v
	return value.Bool(true), nil
}

func (m *Memory) store(a *catalog.Args) (value.Value, error) {
	key, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	v, err := storable(a, 1, a.Get(1))
	if err != nil {
		return value.None, err
	}
	fn, err := optFunc(a, 2)
	if err != nil {
		return value.None, err
	}
	if err := m.lock(a.Env); err != nil {
		return value.None, a.Fail("%v", err)
	}
	defer m.mu.Unlock()
	old, existed := m.data[key]
	m.data[key] = v
	if existed && !fn.IsNone() {
		if _, err := m.call(a, fn, value.String(key), old); err != nil {
			return value.None, err
		}
	}
	return value.Bool(existed), nil
}

func (m *Memory) fetch(a *catalog.Args) (value.Value, error) {
	key, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	fn, err := optFunc(a, 1)
	if err != nil {
		return value.None, err
	}
	if err := m.lock(a.Env); err != nil {
		return value.None, a.Fail("%v", err)
	}
	defer m.mu.Unlock()
	if v, ok := m.data[key]; ok {
		return v, nil
	}
	if fn.IsNone() {
		return value.None, nil
	}
	return m.call(a, fn, value.String(key))
}

// withValue runs the callback of argument 1 with the key and its value
// (after remove, for memory_delete) and reports whether the key existed.
func (m *Memory) withValue(a *catalog.Args, remove bool) (value.Value, error) {
	key, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	fn, err := optFunc(a, 1)
	if err != nil {
		return value.None, err
	}
	if err := m.lock(a.Env); err != nil {
		return value.None, a.Fail("%v", err)
	}
	defer m.mu.Unlock()
	v, ok := m.data[key]
	if ok && remove {
		delete(m.data, key)
	}
	if ok && !fn.IsNone() {
		if _, err := m.call(a, fn, value.String(key), v); err != nil {
			return value.None, err
		}
	}
	return value.Bool(ok), nil
}

func (m *Memory) exists(a *catalog.Args) (value.Value, error) { return m.withValue(a, false) }
func (m *Memory) delete(a *catalog.Args) (value.Value, error) { return m.withValue(a, true) }

// addNumber adds sign*offset to the number under the key.
func (m *Memory) addNumber(a *catalog.Args, sign float64) (value.Value, error) {
	key, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	offset := 1.0
	if a.Has(1) && !a.Get(1).IsNone() {
		if offset, err = a.Number(1); err != nil {
			return value.None, err
		}
	}
	removeZero := sign < 0 && a.Bool(2)
	if err := m.lock(a.Env); err != nil {
		return value.None, a.Fail("%v", err)
	}
	defer m.mu.Unlock()
	cur, ok := m.data[key]
	if ok && cur.Kind() != value.KindNumber {
		return value.None, nil
	}
	n := cur.AsNumber() + sign*offset
	if removeZero && n == 0 {
		delete(m.data, key)
	} else {
		m.data[key] = value.Number(n)
	}
	return value.Number(n), nil
}

func (m *Memory) update(a *catalog.Args) (value.Value, error) {
	key, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	v := a.Get(1)
	fn := a.Get(2)
	if fn.Kind() != value.KindFunction {
		return value.None, a.Errorf(2, "must be a function, not %s", fn.Kind())
	}
	if err := m.lock(a.Env); err != nil {
		return value.None, a.Fail("%v", err)
	}
	defer m.mu.Unlock()
	cur, ok := m.data[key]
	if !ok {
		if !a.Has(3) {
			return value.Bool(false), nil
		}
		cur = a.Get(3)
	}
	r, err := m.call(a, fn, value.String(key), cur, v.Share())
	if err != nil {
		return value.None, err
	}
	if r, err = storable(a, 2, r); err != nil {
		return value.None, err
	}
	m.data[key] = r
	return value.Bool(true), nil
}
