package vm

import (
	"errors"
	"fmt"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// enter pushes a frame for fn whose nargs arguments sit at stack[argBase:].
// The result will be stored at stack[ret].
func (m *Machine) enter(fn *Funcode, argBase, nargs, ret int, free []*value.Value, this, ctor *Object, stop bool) error {
	if len(m.frames) >= m.maxDepth {
		return fmt.Errorf("maximum recursion depth exceeded (%d calls deep)", m.maxDepth)
	}
	if err := m.tick(); err != nil {
		return err
	}
	if fn.Index >= len(m.prog.Funcs) || m.prog.Funcs[fn.Index] != fn {
		return fmt.Errorf("the function %s belongs to another compiled program and cannot be called here", funcLabel(fn))
	}
	if nargs < fn.MinArgs || !fn.Variadic && nargs > fn.NumParams {
		return arityError(fn, nargs)
	}
	if fn.IsInit {
		*m.pushFrame() = frame{fn: fn, bp: argBase, ret: ret, mod: &m.mods[fn.Module], stop: stop}
		m.sp = argBase
		return nil
	}
	if need := argBase + fn.NumLocals + 64; need > len(m.stack) {
		m.grow(need)
	}
	stack := m.stack
	if fn.Variadic {
		restAt := fn.NumParams - 1
		rest := value.NewArray(max(nargs-restAt, 0))
		for i := restAt; i < nargs; i++ {
			_ = rest.Append(stack[argBase+i])
		}
		for i := nargs; i < restAt; i++ {
			stack[argBase+i] = fn.Defaults[i]
		}
		stack[argBase+restAt] = value.ArrayValue(rest)
		nargs = fn.NumParams
	}
	for i := nargs; i < fn.NumParams; i++ {
		stack[argBase+i] = fn.Defaults[i]
	}
	for i := fn.NumParams; i < fn.NumLocals; i++ {
		stack[argBase+i] = value.Undefined
	}
	var cells []*value.Value
	if fn.NumCells > 0 {
		cells = make([]*value.Value, fn.NumCells)
		for i := range cells {
			c := value.Undefined
			cells[i] = &c
		}
		for _, cp := range fn.CellInit {
			*cells[cp.Cell] = stack[argBase+cp.Local]
		}
	}
	*m.pushFrame() = frame{fn: fn, bp: argBase, ret: ret, cells: cells, free: free,
		this: this, ctor: ctor, mod: &m.mods[fn.Module], stop: stop}
	m.sp = argBase + fn.NumLocals
	return nil
}

func arityError(fn *Funcode, n int) error {
	want := fmt.Sprintf("%d", fn.MinArgs)
	switch {
	case fn.Variadic:
		want += " or more"
	case fn.NumParams != fn.MinArgs:
		want = fmt.Sprintf("between %d and %d", fn.MinArgs, fn.NumParams)
	}
	return fmt.Errorf("wrong number of arguments to %s: it takes %s, got %d", funcLabel(fn), want, n)
}

func funcLabel(fn *Funcode) string {
	if fn.Name == "" {
		return "anonymous function"
	}
	return fn.Name
}

// callAt calls the function value fnv with the nargs arguments at
// stack[argBase:], storing the result at stack[ret]. It reports whether a
// frame was entered (the caller must then continue in it); otherwise the
// result is already in place and m.sp is just above it.
func (m *Machine) callAt(fnv value.Value, argBase, nargs, ret int) (bool, error) {
	switch fn := fnv.Ref().(type) {
	case *Closure:
		return true, m.enter(fn.fn, argBase, nargs, ret, fn.free, fn.this, nil, false)
	case *builtinFunc:
		v, err := m.callBuiltin(fn.f, fn.self, m.stack[argBase:argBase+nargs])
		if err != nil {
			return false, err
		}
		m.stack[ret] = v
		m.sp = ret + 1
		return false, nil
	case *classRef:
		return m.construct(fn.class, argBase, nargs, ret)
	case *builtinClassRef:
		if fn.class.Constructor == nil {
			return false, fmt.Errorf("class %s cannot be constructed", fn.class.Name)
		}
		v, err := m.callBuiltin(fn.class.Constructor, value.None, m.stack[argBase:argBase+nargs])
		if err != nil {
			return false, err
		}
		m.stack[ret] = v
		m.sp = ret + 1
		return false, nil
	}
	return false, fmt.Errorf("cannot call %s: it is not a function", describe(fnv))
}

func describe(v value.Value) string {
	switch v.Kind() {
	case value.KindString:
		return "the string " + v.Repr()
	case value.KindNumber:
		return "the number " + v.ToString()
	}
	return v.Kind().String()
}

// callWithArray calls fnv with the values of args; the result goes to stack[at].
func (m *Machine) callWithArray(fnv value.Value, args *value.Array, at int) (bool, error) {
	n := m.pushArgs(args, at)
	return m.callAt(fnv, at, n, at)
}

// pushArgs copies the values of an argument array to stack[at:].
func (m *Machine) pushArgs(args *value.Array, at int) int {
	n := args.Len()
	if need := at + n + 64; need > len(m.stack) {
		m.grow(need)
	}
	for i := 0; i < n; i++ {
		_, v := args.Entry(i)
		m.stack[at+i] = v.Share()
	}
	m.sp = at + n
	return n
}

// callBuiltin runs a builtin with arguments (a view of the stack).
func (m *Machine) callBuiltin(f *catalog.Func, self value.Value, args []value.Value) (value.Value, error) {
	if n := len(args); n < f.MinArgs() || f.MaxArgs() >= 0 && n > f.MaxArgs() {
		return value.None, fmt.Errorf("wrong number of arguments to %s: it takes %s, got %d", f.Name, argCount(f), n)
	}
	if f.Impl == nil {
		return value.None, fmt.Errorf("%s is not implemented", f.Name)
	}
	if err := m.tick(); err != nil {
		return value.None, err
	}
	v, err := f.Impl(&catalog.Args{Env: m, Func: f, Self: self, Values: args})
	if err != nil {
		return value.None, err
	}
	// A builtin may hand back an argument array as it is: it now has one
	// more holder.
	if a := v.AsArray(); a != nil {
		for _, x := range args {
			if x.AsArray() == a {
				v = v.Share()
				break
			}
		}
	}
	return v, nil
}

func argCount(f *catalog.Func) string {
	min, max := f.MinArgs(), f.MaxArgs()
	switch {
	case max < 0:
		return fmt.Sprintf("%d or more", min)
	case min == max:
		return fmt.Sprintf("%d", min)
	}
	return fmt.Sprintf("between %d and %d", min, max)
}

// construct creates an object of class c and runs its constructor with the
// arguments at stack[argBase:]; the object goes to stack[ret].
func (m *Machine) construct(c *Class, argBase, nargs, ret int) (bool, error) {
	obj := m.newObject(c)
	if c.Ctor == nil {
		if nargs > 0 {
			return false, fmt.Errorf("class %s has no constructor but was given %d arguments", c.Name, nargs)
		}
		m.stack[ret] = obj.Value()
		m.sp = ret + 1
		return false, nil
	}
	return true, m.enter(c.Ctor, argBase, nargs, ret, nil, obj, obj, false)
}

func (m *Machine) newObject(c *Class) *Object {
	props := value.NewArray(len(c.Vars))
	for _, v := range c.Vars {
		props.Set(value.StrKey(v.Name), v.Init.Share())
	}
	return &Object{class: c, props: props}
}

// callMethod calls obj->name(args) with the arguments at stack[argBase:]; the
// object sits just below them and receives the result.
func (m *Machine) callMethod(f *frame, obj value.Value, name string, argBase, nargs int) (bool, error) {
	ret := argBase - 1
	switch o := obj.Ref().(type) {
	case *Object:
		if fn := o.class.Methods[name]; fn != nil {
			if fn.Private && f.fn.Class != o.class {
				return false, fmt.Errorf("cannot call private method %s::%s from outside the class", o.class.Name, name)
			}
			return true, m.enter(fn, argBase, nargs, ret, nil, o, nil, false)
		}
		if v, ok := o.props.Get(value.StrKey(name)); ok && v.Kind() == value.KindFunction {
			if err := m.checkPrivate(f, o, name); err != nil {
				return false, err
			}
			return m.callAt(v, argBase, nargs, ret)
		}
		return false, fmt.Errorf("class %s has no method %s", o.class.Name, name)
	case value.Object:
		method, err := m.builtinMethod(o, name)
		if err != nil {
			return false, err
		}
		v, err := m.callBuiltin(method, obj, m.stack[argBase:argBase+nargs])
		if err != nil {
			var ae *catalog.ArgError
			if errors.As(err, &ae) && ae.Func == method.Name {
				ae.Func = o.ClassName() + "->" + method.Name // name the class in argument errors
			}
			return false, err
		}
		m.stack[ret] = v
		m.sp = ret + 1
		return false, nil
	}
	if obj.IsNone() {
		return false, fmt.Errorf("cannot call method %s on none", name)
	}
	return false, fmt.Errorf("cannot call method %s on %s", name, obj.Kind())
}

func (m *Machine) callMethodArray(f *frame, obj value.Value, name string, args *value.Array, objAt int) (bool, error) {
	n := m.pushArgs(args, objAt+1)
	return m.callMethod(f, obj, name, objAt+1, n)
}

func (m *Machine) builtinMethod(o value.Object, name string) (*catalog.Func, error) {
	var cl *catalog.Class
	if m.opts.Catalog != nil {
		cl = m.opts.Catalog.Class(o.ClassName())
	}
	if cl == nil {
		return nil, fmt.Errorf("object of class %s has no methods", o.ClassName())
	}
	f := cl.Methods[name]
	if f == nil {
		return nil, fmt.Errorf("class %s has no method %s", cl.Name, name)
	}
	return f, nil
}

// makeClosure captures the variables a closure lists from the current frame.
func (m *Machine) makeClosure(f *frame, fn *Funcode) *Closure {
	c := &Closure{fn: fn, this: f.this}
	if len(fn.Captures) > 0 {
		c.free = make([]*value.Value, len(fn.Captures))
		for i, r := range fn.Captures {
			c.free[i] = m.rootPtr(f, int32(r))
		}
	}
	return c
}

// callValue runs a function value to completion (a nested run) and returns
// its result.
func (m *Machine) callValue(fnv value.Value, args []value.Value) (value.Value, error) {
	at := m.sp
	if need := at + len(args) + 64; need > len(m.stack) {
		m.grow(need)
	}
	copy(m.stack[at:], args)
	m.sp = at + len(args)
	switch fn := fnv.Ref().(type) {
	case *Closure:
		return m.runFrame(fn.fn, at, len(args), fn.free, fn.this, nil)
	case *classRef:
		obj := m.newObject(fn.class)
		if fn.class.Ctor == nil {
			m.sp = at
			if len(args) > 0 {
				return value.None, fmt.Errorf("class %s has no constructor but was given %d arguments", fn.class.Name, len(args))
			}
			return obj.Value(), nil
		}
		return m.runFrame(fn.class.Ctor, at, len(args), nil, obj, obj)
	}
	entered, err := m.callAt(fnv, at, len(args), at)
	if err != nil {
		m.sp = at
		return value.None, m.raise(err)
	}
	if entered {
		panic("vm: unexpected frame entry")
	}
	m.sp = at
	return m.stack[at], nil
}

// runFrame enters fn as the boundary of a nested run and runs it.
func (m *Machine) runFrame(fn *Funcode, at, nargs int, free []*value.Value, this, ctor *Object) (value.Value, error) {
	if err := m.enter(fn, at, nargs, at, free, this, ctor, true); err != nil {
		m.sp = at
		return value.None, m.raise(err)
	}
	v, err := m.run()
	m.sp = at
	return v, err
}

// pushFrame makes room for one more frame and returns it. Frames live in
// fixed chunks, so a *frame stays valid while nested runs push more frames.
func (m *Machine) pushFrame() *frame {
	d := len(m.frames)
	if d/frameChunk >= len(m.frameChunks) {
		m.frameChunks = append(m.frameChunks, new([frameChunk]frame))
	}
	f := &m.frameChunks[d/frameChunk][d%frameChunk]
	m.frames = append(m.frames, f)
	return f
}

const frameChunk = 32
