package vm

import (
	"fmt"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// run executes frames from the current top frame until that frame returns,
// and returns its result. Errors are raised as exceptions: a handler of a
// frame at or above the starting one catches them; otherwise run unwinds to
// where it started and returns the error.
func (m *Machine) run() (value.Value, error) {
	base := len(m.frames) - 1
reload:
	f := m.frames[len(m.frames)-1]
	code := f.fn.Code
	consts := f.fn.Consts
	bp, pc := f.bp, f.pc
	stack, sp := m.stack, m.sp
	// Locals of a function live on the stack; the "locals" of a module's top
	// level are its globals.
	init := f.fn.IsInit
	locals := f.mod.globals
	if !init {
		locals = stack[bp:]
	}
	for {
		if sp+8 >= len(stack) {
			m.grow(sp + 64)
			stack = m.stack
			if !init {
				locals = stack[bp:]
			}
		}
		in := code[pc]
		pc++
		var err error
		switch in.Op {
		case OpNop:
			continue
		case OpConst:
			stack[sp] = consts[in.A]
			sp++
			continue
		case OpNone:
			stack[sp] = value.None
			sp++
			continue
		case OpTrue:
			stack[sp] = value.Bool(true)
			sp++
			continue
		case OpFalse:
			stack[sp] = value.Bool(false)
			sp++
			continue
		case OpPop:
			sp--
			continue
		case OpDup:
			stack[sp] = stack[sp-1]
			sp++
			continue
		case OpShare:
			stack[sp-1] = stack[sp-1].Share()
			continue

		case OpLoadLocal:
			v := locals[in.A]
			if v.IsUndefined() {
				err = fmt.Errorf("undefined variable $%s", f.fn.LocalNames[in.A])
				break
			}
			stack[sp] = v
			sp++
			continue
		case OpLoadLocalSoft:
			v := locals[in.A]
			if v.IsUndefined() {
				v = value.None
			}
			stack[sp] = v
			sp++
			continue
		case OpStoreLocal:
			sp--
			locals[in.A] = stack[sp]
			continue
		case OpLoadVar, OpLoadVarSoft:
			var v value.Value
			v, err = m.loadRoot(f, in.A)
			if err != nil {
				break
			}
			if v.IsUndefined() {
				if in.Op == OpLoadVar {
					err = fmt.Errorf("undefined variable $%s", f.fn.Roots[in.A].Name)
					break
				}
				v = value.None
			}
			stack[sp] = v
			sp++
			continue
		case OpStoreVar:
			sp--
			m.sp = sp
			if err = m.storeRoot(f, in.A, stack[sp]); err == nil {
				continue
			}
		case OpLoadThis:
			if f.this == nil {
				err = fmt.Errorf("$this is only available in methods")
				break
			}
			stack[sp] = f.this.Value()
			sp++
			continue
		case OpIncLocal:
			p := &locals[in.A]
			if p.Kind() == value.KindNumber {
				*p = value.Number(p.AsNumber() + float64(in.B))
				continue
			}
			if p.IsUndefined() {
				err = fmt.Errorf("undefined variable $%s", f.fn.LocalNames[in.A])
				break
			}
			var v value.Value
			if v, err = value.Plus(*p); err == nil {
				*p = value.Number(v.AsNumber() + float64(in.B))
				continue
			}
			err = incDecError(in.B, *p)
		case OpAddLocalLocal:
			a, b := locals[in.A], locals[in.B]
			if a.Kind() == value.KindNumber && b.Kind() == value.KindNumber {
				stack[sp] = value.Number(a.AsNumber() + b.AsNumber())
				sp++
				continue
			}
			if a.IsUndefined() {
				err = fmt.Errorf("undefined variable $%s", f.fn.LocalNames[in.A])
				break
			}
			if b.IsUndefined() {
				err = fmt.Errorf("undefined variable $%s", f.fn.LocalNames[in.B])
				break
			}
			var v value.Value
			if v, err = m.add(a, b); err == nil {
				stack[sp] = v
				sp++
				continue
			}
		case OpLtLocalConstJF:
			local := int(in.B & 0xffff)
			a, b := locals[local], consts[in.B>>16]
			if a.Kind() == value.KindNumber {
				if !(a.AsNumber() < b.AsNumber()) {
					pc = int(in.A)
				}
				continue
			}
			if a.IsUndefined() {
				err = fmt.Errorf("undefined variable $%s", f.fn.LocalNames[local])
				break
			}
			var lt bool
			if lt, err = value.Less(a, b); err == nil {
				if !lt {
					pc = int(in.A)
				}
				continue
			}

		case OpAdd:
			a, b := stack[sp-2], stack[sp-1]
			if a.Kind() == value.KindNumber && b.Kind() == value.KindNumber {
				stack[sp-2] = value.Number(a.AsNumber() + b.AsNumber())
				sp--
				continue
			}
			var v value.Value
			if v, err = m.add(a, b); err == nil {
				stack[sp-2] = v
				sp--
				continue
			}
		case OpSub:
			a, b := stack[sp-2], stack[sp-1]
			if a.Kind() == value.KindNumber && b.Kind() == value.KindNumber {
				stack[sp-2] = value.Number(a.AsNumber() - b.AsNumber())
				sp--
				continue
			}
			var v value.Value
			if v, err = value.Sub(a, b); err == nil {
				stack[sp-2] = v
				sp--
				continue
			}
		case OpMul, OpDiv, OpMod, OpPow, OpBitAnd, OpBitOr, OpBitXor, OpShl, OpShr, OpUShr:
			var v value.Value
			if v, err = arith(in.Op, stack[sp-2], stack[sp-1]); err == nil {
				if s := v.Kind(); s == value.KindString || s == value.KindArray {
					err = m.account(sizeOf(v))
				}
				stack[sp-2] = v
				sp--
				if err == nil {
					continue
				}
			}
		case OpConcat:
			a, b := stack[sp-2], stack[sp-1]
			var v value.Value
			if a.Kind() == value.KindString && b.Kind() == value.KindString {
				v = value.String(m.concat(a.AsString(), b.AsString()))
			} else if v, err = value.Concat(a, b); err != nil {
				break
			}
			stack[sp-2] = v
			sp--
			if m.opts.Limits.MaxMemory > 0 {
				if err = m.account(len(v.AsString())); err != nil {
					break
				}
			}
			continue
		case OpEq:
			stack[sp-2] = value.Bool(value.LooseEqual(stack[sp-2], stack[sp-1]))
			sp--
			continue
		case OpNe:
			stack[sp-2] = value.Bool(!value.LooseEqual(stack[sp-2], stack[sp-1]))
			sp--
			continue
		case OpStrictEq:
			stack[sp-2] = value.Bool(value.StrictEqual(stack[sp-2], stack[sp-1]))
			sp--
			continue
		case OpStrictNe:
			stack[sp-2] = value.Bool(!value.StrictEqual(stack[sp-2], stack[sp-1]))
			sp--
			continue
		case OpLt, OpLe, OpGt, OpGe:
			a, b := stack[sp-2], stack[sp-1]
			var r bool
			if a.Kind() == value.KindNumber && b.Kind() == value.KindNumber {
				x, y := a.AsNumber(), b.AsNumber()
				switch in.Op {
				case OpLt:
					r = x < y
				case OpLe:
					r = x <= y
				case OpGt:
					r = x > y
				default:
					r = x >= y
				}
			} else {
				switch in.Op {
				case OpLt:
					r, err = value.Less(a, b)
				case OpLe:
					r, err = value.LessEqual(a, b)
				case OpGt:
					r, err = value.Less(b, a)
				default:
					r, err = value.LessEqual(b, a)
				}
				if err != nil {
					break
				}
			}
			stack[sp-2] = value.Bool(r)
			sp--
			continue
		case OpRegexMatch, OpRegexNotMatch:
			var r bool
			if r, err = regexMatch(stack[sp-2], stack[sp-1]); err == nil {
				stack[sp-2] = value.Bool(r == (in.Op == OpRegexMatch))
				sp--
				continue
			}
		case OpMatchEq:
			a, b := stack[sp-2], stack[sp-1]
			r := value.StrictEqual(a, b)
			if !r && a.Kind() == value.KindString && b.Kind() == value.KindResource {
				if r, err = regexMatch(a, b); err != nil {
					break
				}
			}
			stack[sp-2] = value.Bool(r)
			sp--
			continue
		case OpNeg:
			a := stack[sp-1]
			if a.Kind() == value.KindNumber {
				stack[sp-1] = value.Number(-a.AsNumber())
				continue
			}
			if stack[sp-1], err = value.Neg(a); err == nil {
				continue
			}
		case OpPlus:
			x := stack[sp-1]
			if stack[sp-1], err = value.Plus(x); err == nil {
				continue
			}
			if in.B != 0 {
				err = incDecError(in.B, x)
			}
		case OpBitNot:
			if stack[sp-1], err = value.BitNot(stack[sp-1]); err == nil {
				continue
			}
		case OpNot:
			stack[sp-1] = value.Bool(!stack[sp-1].Truthy())
			continue
		case OpBool:
			stack[sp-1] = value.Bool(stack[sp-1].Truthy())
			continue
		case OpInterp:
			n := int(in.A)
			b := m.scratch[:0]
			for _, v := range stack[sp-n : sp] {
				switch v.Kind() {
				case value.KindString:
					b = append(b, v.AsString()...)
				case value.KindNumber:
					b = value.AppendNumber(b, v.AsNumber())
				default:
					b = append(b, v.ToString()...)
				}
			}
			m.scratch = b
			sp -= n
			stack[sp] = value.String(string(b))
			sp++
			if m.opts.Limits.MaxMemory > 0 {
				if err = m.account(len(b)); err != nil {
					break
				}
			}
			continue

		case OpJump:
			if int(in.A) < pc {
				if err = m.tick(); err != nil {
					break
				}
			}
			pc = int(in.A)
			continue
		case OpJumpFalse:
			sp--
			if !stack[sp].Truthy() {
				pc = int(in.A)
			}
			continue
		case OpJumpTrue:
			sp--
			if stack[sp].Truthy() {
				pc = int(in.A)
			}
			continue
		case OpJumpTrueKeep:
			if stack[sp-1].Truthy() {
				pc = int(in.A)
			} else {
				sp--
			}
			continue
		case OpJumpNotNoneKeep:
			if !stack[sp-1].IsNone() {
				pc = int(in.A)
			} else {
				sp--
			}
			continue

		case OpIndex:
			var v value.Value
			if v, err = m.index(f, stack[sp-2], stack[sp-1], in.B); err == nil {
				stack[sp-2] = v
				sp--
				continue
			}
		case OpSlice:
			n := 1 + popcount(in.B)
			var v value.Value
			if v, err = slice(stack[sp-n:sp], in.B); err == nil {
				sp -= n
				stack[sp] = v
				sp++
				continue
			}
		case OpMember, OpMemberSoft:
			var v value.Value
			if v, err = m.member(f, stack[sp-1], consts[in.A].AsString(), in.Op == OpMemberSoft); err == nil {
				stack[sp-1] = v
				continue
			}
		case OpNewArray:
			stack[sp] = value.ArrayValue(value.NewArray(int(in.A)))
			sp++
			continue
		case OpArrayAppend:
			arr := stack[sp-2].AsArray()
			if err = arr.Append(stack[sp-1]); err == nil {
				sp--
				if m.opts.Limits.MaxMemory > 0 {
					err = m.account(24)
				}
				if err == nil {
					continue
				}
			}
		case OpArraySet:
			arr := stack[sp-3].AsArray()
			var k value.Key
			if k, err = value.NormalizeKey(stack[sp-2]); err == nil {
				arr.Set(k, stack[sp-1])
				sp -= 2
				if m.opts.Limits.MaxMemory > 0 {
					err = m.account(24)
				}
				if err == nil {
					continue
				}
			}
		case OpArraySpread:
			arr := stack[sp-2].AsArray()
			if in.A == 1 {
				err = spreadValues(arr, stack[sp-1])
			} else {
				err = spreadInto(arr, stack[sp-1])
			}
			if err == nil {
				sp--
				continue
			}

		case OpSetPath:
			depth := int(in.B & 0xffff)
			appendLast := in.B>>16&1 == 1
			nkeys := depth
			if appendLast {
				nkeys--
			}
			m.sp = sp
			var v value.Value
			if v, err = m.setPath(f, in.A, stack[sp-1-nkeys-objSlot(f, in.A):sp-1], stack[sp-1], appendLast); err == nil {
				sp -= nkeys + objSlot(f, in.A)
				stack[sp-1] = v
				continue
			}
		case OpSetSlice:
			depth := int(in.B & 0xffff)
			n := depth + objSlot(f, in.A) + int(in.B>>16&1) + int(in.B>>17&1)
			var v value.Value
			if v, err = m.setSlice(f, in.A, stack[sp-1-n:sp-1], stack[sp-1], in.B); err == nil {
				sp -= n
				stack[sp-1] = v
				continue
			}
		case OpUnsetVar:
			var ok bool
			if ok, err = m.unsetRoot(f, in.A); err == nil {
				stack[sp] = value.Bool(ok)
				sp++
				continue
			}
		case OpUnsetPath, OpUnsetSlice, OpIssetPath:
			depth := int(in.B & 0xffff)
			n := depth + objSlot(f, in.A)
			if in.Op == OpUnsetSlice {
				n += int(in.B>>16&1) + int(in.B>>17&1)
			}
			var ok bool
			switch in.Op {
			case OpUnsetPath:
				ok, err = m.unsetPath(f, in.A, stack[sp-n:sp])
			case OpUnsetSlice:
				ok, err = m.unsetSlice(f, in.A, stack[sp-n:sp], in.B)
			default:
				ok, err = m.issetPath(f, in.A, stack[sp-n:sp])
			}
			if err == nil {
				sp -= n
				stack[sp] = value.Bool(ok)
				sp++
				continue
			}
		case OpIssetVar:
			var v value.Value
			if v, err = m.loadRoot(f, in.A); err == nil {
				stack[sp] = value.Bool(!v.IsUndefined())
				sp++
				continue
			}

		case OpCallFunc:
			fn := m.prog.Funcs[in.A]
			n := int(in.B)
			f.pc, m.sp = pc, sp
			if err = m.enter(fn, sp-n, n, sp-n, nil, nil, nil, false); err == nil {
				goto reload
			}
		case OpCall:
			n := int(in.A)
			f.pc, m.sp = pc, sp
			var entered bool
			if entered, err = m.callAt(stack[sp-n-1], sp-n, n, sp-n-1); err == nil {
				if entered {
					goto reload
				}
				sp = m.sp
				stack = m.stack
				continue
			}
		case OpCallArray:
			args := stack[sp-1].AsArray()
			fnv := stack[sp-2]
			sp -= 2
			f.pc, m.sp = pc, sp
			var entered bool
			if entered, err = m.callWithArray(fnv, args, sp); err == nil {
				if entered {
					goto reload
				}
				sp = m.sp
				stack = m.stack
				continue
			}
		case OpCallBuiltin:
			bf := m.prog.Builtins[in.A]
			n := int(in.B)
			f.pc, m.sp = pc, sp
			var v value.Value
			if v, err = m.callBuiltin(bf, value.None, stack[sp-n:sp]); err == nil {
				stack = m.stack
				sp -= n
				stack[sp] = v
				sp++
				continue
			}
		case OpNewObject:
			n := int(in.B)
			f.pc, m.sp = pc, sp
			var entered bool
			if entered, err = m.construct(m.prog.Classes[in.A], sp-n, n, sp-n); err == nil {
				if entered {
					goto reload
				}
				sp = m.sp
				stack = m.stack
				continue
			}
		case OpCallMethod:
			n := int(in.B)
			f.pc, m.sp = pc, sp
			var entered bool
			if entered, err = m.callMethod(f, stack[sp-n-1], consts[in.A].AsString(), sp-n, n); err == nil {
				if entered {
					goto reload
				}
				sp = m.sp
				stack = m.stack
				continue
			}
		case OpCallMethodArray:
			args := stack[sp-1].AsArray()
			obj := stack[sp-2]
			sp--
			f.pc, m.sp = pc, sp
			var entered bool
			if entered, err = m.callMethodArray(f, obj, consts[in.A].AsString(), args, sp-1); err == nil {
				if entered {
					goto reload
				}
				sp = m.sp
				stack = m.stack
				continue
			}
		case OpReturn, OpReturnNone:
			v := value.None
			if in.Op == OpReturn {
				v = stack[sp-1]
			}
			fi := len(m.frames) - 1
			if f.ctor != nil {
				v = f.ctor.Value()
			}
			for len(m.handlers) > 0 && m.handlers[len(m.handlers)-1].frame >= fi {
				m.handlers = m.handlers[:len(m.handlers)-1]
			}
			ret, stop := f.ret, f.stop
			// Drop references held by the finished frame's slots.
			if sp > ret+1 {
				clear(stack[ret+1 : sp])
			}
			*f = frame{}
			m.frames = m.frames[:fi]
			stack[ret] = v
			m.sp = ret + 1
			if stop {
				return v, nil
			}
			goto reload
		case OpMakeClosure:
			stack[sp] = value.FunctionValue(m.makeClosure(f, m.prog.Funcs[in.A]))
			sp++
			continue
		case OpFuncRef:
			fn := m.prog.Funcs[in.A]
			stack[sp] = value.FunctionValue(&Closure{fn: fn})
			sp++
			continue
		case OpBuiltinRef:
			stack[sp] = value.FunctionValue(&builtinFunc{f: m.prog.Builtins[in.A]})
			sp++
			continue
		case OpClassRef:
			stack[sp] = value.FunctionValue(&classRef{class: m.prog.Classes[in.A]})
			sp++
			continue
		case OpBuiltinClassRef:
			stack[sp] = value.FunctionValue(&builtinClassRef{class: m.prog.BuiltinClasses[in.A]})
			sp++
			continue

		case OpIterInit:
			sp--
			var it *iterator
			if it, err = newIterator(stack[sp]); err == nil {
				locals[in.A] = value.ResourceValue(it)
				continue
			}
		case OpIterNext, OpIterNextKV:
			it := locals[in.A].AsResource().(*iterator)
			k, v, ok := it.next1()
			if !ok {
				pc = int(in.B)
				continue
			}
			if err = m.tick(); err != nil {
				break
			}
			if in.Op == OpIterNextKV {
				stack[sp] = k
				sp++
			}
			stack[sp] = v.Share()
			sp++
			continue

		case OpTryBegin:
			m.handlers = append(m.handlers, handler{frame: len(m.frames) - 1, target: int(in.A), sp: sp})
			continue
		case OpTryEnd:
			m.handlers = m.handlers[:len(m.handlers)-1]
			continue
		case OpThrow:
			sp--
			f.pc, m.sp = pc, sp
			err = m.errorOf(stack[sp])
		case OpMatchFail:
			err = fmt.Errorf("unhandled match value %s", stack[sp-1].Repr())
		case OpEcho:
			sp--
			v := stack[sp]
			if v.Kind() == value.KindString {
				m.out.WriteString(v.AsString())
			} else {
				m.out.WriteString(v.ToString())
			}
			m.out.WriteByte('\n')
			continue
		case OpCache:
			f.pc, m.sp = pc, sp
			var v value.Value
			if v, err = m.cacheCall(stack[sp-3], stack[sp-2], stack[sp-1].AsArray()); err == nil {
				stack = m.stack
				sp -= 3
				stack[sp] = v
				sp++
				continue
			}
		case OpBarrierEnter:
			sp--
			m.sp = sp
			if err = m.barrierEnter(f, stack[sp], in.A); err == nil {
				continue
			}
		case OpBarrierExit:
			m.sp = sp
			if err = m.barrierExit(f, in.A); err == nil {
				continue
			}
		default:
			err = fmt.Errorf("internal error: unknown instruction %d", in.Op)
		}

		// An error: raise it as an exception.
		f.pc, m.sp = pc, sp
		err = m.raise(err)
		if m.catch(err, base) {
			goto reload
		}
		return value.None, err
	}
}

// objSlot is 1 when the root of a path is a member (the object sits below the keys).
func objSlot(f *frame, root int32) int {
	if f.fn.Roots[root].Kind == RootMember {
		return 1
	}
	return 0
}

func popcount(b int32) int {
	n := 0
	for b != 0 {
		n += int(b & 1)
		b >>= 1
	}
	return n
}

// raise gives an error its HSL form while the frames that caused it are
// still on the stack: an Exception with place and trace, or a Thrown value.
func (m *Machine) raise(err error) error {
	switch e := err.(type) {
	case *catalog.Thrown:
		return e
	case *catalog.Exception:
		return e
	}
	return m.exception(err)
}

// catch finds the innermost handler at or above frame base. It unwinds to it,
// pushes the thrown value and reports true; otherwise it unwinds to base
// (exclusive) and reports false.
func (m *Machine) catch(err error, base int) bool {
	if len(m.handlers) > 0 {
		h := m.handlers[len(m.handlers)-1]
		if h.frame >= base {
			m.handlers = m.handlers[:len(m.handlers)-1]
			m.frames = m.frames[:h.frame+1]
			m.sp = h.sp
			m.stack[m.sp] = m.thrownValue(err)
			m.sp++
			m.frames[h.frame].pc = h.target
			return true
		}
	}
	ret := m.frames[base].ret
	m.frames = m.frames[:base]
	for len(m.handlers) > 0 && m.handlers[len(m.handlers)-1].frame >= base {
		m.handlers = m.handlers[:len(m.handlers)-1]
	}
	m.sp = ret
	return false
}

// add is + for the operand types that are not two numbers.
func (m *Machine) add(a, b value.Value) (value.Value, error) {
	v, err := value.Add(a, b)
	if err == nil && v.Kind() == value.KindArray && m.opts.Limits.MaxMemory > 0 {
		err = m.account(24 * v.AsArray().Len())
	}
	return v, err
}

func arith(op Op, a, b value.Value) (value.Value, error) {
	switch op {
	case OpMul:
		if a.Kind() == value.KindNumber && b.Kind() == value.KindNumber {
			return value.Number(a.AsNumber() * b.AsNumber()), nil
		}
		return value.Mul(a, b)
	case OpDiv:
		return value.Div(a, b)
	case OpMod:
		return value.Mod(a, b)
	case OpPow:
		return value.Pow(a, b)
	case OpBitAnd:
		return value.BitAnd(a, b)
	case OpBitOr:
		return value.BitOr(a, b)
	case OpBitXor:
		return value.BitXor(a, b)
	case OpShl:
		return value.Shl(a, b)
	case OpShr:
		return value.Shr(a, b)
	}
	return value.UShr(a, b)
}

// sizeOf estimates the bytes a string or array value holds.
func sizeOf(v value.Value) int {
	if v.Kind() == value.KindString {
		return len(v.AsString())
	}
	if a := v.AsArray(); a != nil {
		return 24 * a.Len()
	}
	return 0
}

// slice implements x[first:last:step] on strings and arrays.
func slice(vals []value.Value, flags int32) (value.Value, error) {
	x := vals[0]
	var bounds [3]*int
	j := 1
	for i := 0; i < 3; i++ {
		if flags&(1<<i) == 0 {
			continue
		}
		b, err := value.SliceBound(vals[j])
		if err != nil {
			return value.None, err
		}
		bounds[i] = b
		j++
	}
	switch x.Kind() {
	case value.KindString:
		return value.String(value.SliceString(x.AsString(), bounds[0], bounds[1], bounds[2])), nil
	case value.KindArray:
		return value.ArrayValue(x.AsArray().Slice(bounds[0], bounds[1], bounds[2])), nil
	case value.KindNone:
		return value.None, nil
	}
	return value.None, fmt.Errorf("cannot slice %s: only strings and arrays can be sliced", x.Kind())
}

// spreadValues appends the values of an array (keys dropped), for call arguments.
func spreadValues(arr *value.Array, v value.Value) error {
	src := v.AsArray()
	if src == nil {
		return fmt.Errorf("cannot spread %s into arguments: only arrays can be spread", v.Kind())
	}
	for i := 0; i < src.Len(); i++ {
		_, x := src.Entry(i)
		if err := arr.Append(x.Share()); err != nil {
			return err
		}
	}
	return nil
}

func newIterator(v value.Value) (*iterator, error) {
	switch v.Kind() {
	case value.KindArray:
		return &iterator{arr: v.AsArray().Share()}, nil
	case value.KindObject:
		if n, ok := v.AsObject().(nexter); ok {
			return &iterator{next: n}, nil
		}
	}
	return nil, fmt.Errorf("foreach needs an array or an iterator, not %s", v.Kind())
}

// next1 returns the next key and value.
func (it *iterator) next1() (value.Value, value.Value, bool) {
	if it.next != nil {
		return it.next.Next()
	}
	if it.i >= it.arr.Len() {
		return value.None, value.None, false
	}
	k, v := it.arr.Entry(it.i)
	it.i++
	return k.Value(), v, true
}

// incDecError is the error of ++ (d > 0) or -- (d < 0) on a value that is not
// a number or boolean.
func incDecError(d int32, x value.Value) error {
	op := "++"
	if d < 0 {
		op = "--"
	}
	return fmt.Errorf("cannot apply %s to %s: it needs a number", op, x.Kind())
}
