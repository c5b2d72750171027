package vm

import (
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/pcre"
)

var binaryOps = map[string]Op{
	"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpDiv, "%": OpMod, "**": OpPow, ".": OpConcat,
	"&": OpBitAnd, "|": OpBitOr, "^": OpBitXor, "<<": OpShl, ">>": OpShr, ">>>": OpUShr,
	"==": OpEq, "!=": OpNe, "===": OpStrictEq, "!==": OpStrictNe,
	"<": OpLt, "<=": OpLe, ">": OpGt, ">=": OpGe, "=~": OpRegexMatch, "!~": OpRegexNotMatch,
}

var compoundOps = map[string]Op{
	"+=": OpAdd, "-=": OpSub, "*=": OpMul, "/=": OpDiv, "%=": OpMod, "**=": OpPow, ".=": OpConcat,
}

func numberValue(f float64) value.Value { return value.Number(f) }

// isPlaceRead reports whether x reads a stored value (rather than making a
// new one): such a value must be shared before it is kept somewhere else.
func isPlaceRead(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Variable, *ast.IndexExpr, *ast.MemberExpr, *ast.StaticExpr:
		return true
	case *ast.ParenExpr:
		return isPlaceRead(x.X)
	case *ast.TernaryExpr:
		return true
	case *ast.BinaryExpr:
		return x.Op == "??"
	case *ast.AssignExpr:
		return true
	}
	return false
}

// value compiles x for a value that will be stored: arrays read from a
// variable are shared (copy-on-write).
func (fc *fcomp) value(x ast.Expr) {
	fc.expr(x)
	if isPlaceRead(x) {
		fc.emit(OpShare, 0, 0)
	}
}

// effect compiles x for its side effects only.
func (fc *fcomp) effect(x ast.Expr) {
	switch x := x.(type) {
	case *ast.AssignExpr:
		fc.assign(x, false)
		return
	case *ast.IncDecExpr:
		fc.incDec(x, false)
		return
	}
	fc.expr(x)
	fc.emit(OpPop, 0, 0)
}

func (fc *fcomp) expr(x ast.Expr) {
	fc.at(x)
	switch x := x.(type) {
	case *ast.NumberLit:
		fc.emit(OpConst, fc.constant(value.Number(x.Value)), 0)
	case *ast.StringLit:
		fc.emit(OpConst, fc.constant(value.String(x.Value)), 0)
	case *ast.BoolLit:
		if x.Value {
			fc.emit(OpTrue, 0, 0)
		} else {
			fc.emit(OpFalse, 0, 0)
		}
	case *ast.NoneLit:
		fc.emit(OpNone, 0, 0)
	case *ast.RegexLit:
		re, err := pcre.Compile(x.Pattern, x.Flags)
		if err != nil {
			fc.c.errorf(x, "%v", err)
			fc.emit(OpNone, 0, 0)
			return
		}
		fc.emit(OpConst, fc.constant(value.ResourceValue(re)), 0)
	case *ast.InterpString:
		for _, p := range x.Parts {
			if p.Var != nil {
				fc.load(fc.varOf(p.Var), false)
			} else {
				fc.emit(OpConst, fc.constant(value.String(p.Text)), 0)
			}
		}
		fc.emit(OpInterp, int32(len(x.Parts)), 0)
	case *ast.Variable:
		fc.load(fc.varOf(x), false)
	case *ast.Ident:
		fc.nameValue(x, fc.c.info.Names[x])
	case *ast.ArrayLit:
		fc.arrayLit(x)
	case *ast.ParenExpr:
		fc.expr(x.X)
	case *ast.UnaryExpr:
		if v, err := evalConst(x); err == nil && isFoldable(x) {
			fc.emit(OpConst, fc.constant(v), 0)
			return
		}
		fc.expr(x.X)
		fc.at(x)
		switch x.Op {
		case "-":
			fc.emit(OpNeg, 0, 0)
		case "+":
			fc.emit(OpPlus, 0, 0)
		case "~":
			fc.emit(OpBitNot, 0, 0)
		default:
			fc.emit(OpNot, 0, 0)
		}
	case *ast.BinaryExpr:
		fc.binary(x)
	case *ast.AssignExpr:
		fc.assign(x, true)
	case *ast.IncDecExpr:
		fc.incDec(x, true)
	case *ast.TernaryExpr:
		if x.Then == nil {
			fc.expr(x.Cond)
			j := fc.emit(OpJumpTrueKeep, 0, 0)
			fc.expr(x.Else)
			fc.patch(j)
			return
		}
		jf := fc.condJump(x.Cond)
		fc.expr(x.Then)
		j := fc.emit(OpJump, 0, 0)
		fc.patchAll(jf)
		fc.expr(x.Else)
		fc.patch(j)
	case *ast.CallExpr:
		fc.call(x)
	case *ast.IndexExpr:
		fc.subscript(x, false)
	case *ast.SliceExpr:
		fc.expr(x.X)
		flags := int32(0)
		for i, part := range []ast.Expr{x.First, x.Last, x.Step} {
			if part != nil {
				fc.expr(part)
				flags |= 1 << i
			}
		}
		fc.at(x)
		fc.emit(OpSlice, 0, flags)
	case *ast.MemberExpr:
		fc.expr(x.X)
		fc.at(x)
		fc.emit(OpMember, fc.constant(value.String(x.Name.Name)), 0)
	case *ast.StaticExpr:
		fc.staticValue(x)
	case *ast.FuncLit:
		fc.closure(x)
	case *ast.MatchExpr:
		fc.match(x)
	case *ast.BuiltinExpr:
		if s := fc.c.info.Names[x]; s != nil && s.Builtin != nil {
			fc.emit(OpBuiltinRef, fc.c.builtin(s.Builtin), 0)
		} else {
			fc.emit(OpNone, 0, 0)
		}
	case *ast.CacheExpr:
		fc.cache(x)
	case *ast.IssetExpr:
		fc.boolChain(x.Args, fc.isset, true)
	case *ast.UnsetExpr:
		fc.boolChain(x.Args, fc.unset, false)
	default:
		fc.emit(OpNone, 0, 0)
	}
}

// isFoldable reports whether a constant expression is worth folding (it has
// no array literal, whose frozen copy would cost a clone on first write).
func isFoldable(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if _, ok := n.(*ast.ArrayLit); ok {
			found = true
		}
		return !found
	})
	return !found
}

func (fc *fcomp) binary(x *ast.BinaryExpr) {
	if v, err := evalConst(x); err == nil && isFoldable(x) {
		fc.emit(OpConst, fc.constant(v), 0)
		return
	}
	switch x.Op {
	case "and", "or":
		fc.expr(x.X)
		var j int
		if x.Op == "and" {
			j = fc.emit(OpJumpFalse, 0, 0)
		} else {
			j = fc.emit(OpJumpTrue, 0, 0)
		}
		fc.expr(x.Y)
		fc.emit(OpBool, 0, 0)
		end := fc.emit(OpJump, 0, 0)
		fc.patch(j)
		if x.Op == "and" {
			fc.emit(OpFalse, 0, 0)
		} else {
			fc.emit(OpTrue, 0, 0)
		}
		fc.patch(end)
		return
	case "??":
		fc.soft(x.X)
		j := fc.emit(OpJumpNotNoneKeep, 0, 0)
		fc.expr(x.Y)
		fc.patch(j)
		return
	}
	if x.Op == "+" {
		if a, ok := fc.plainLocal(x.X); ok {
			if b, ok := fc.plainLocal(x.Y); ok {
				fc.at(x)
				fc.emit(OpAddLocalLocal, a, b)
				return
			}
		}
	}
	fc.expr(x.X)
	fc.expr(x.Y)
	fc.at(x)
	fc.emit(binaryOps[x.Op], 0, 0)
}

// plainLocal returns the slot of x when it is a plain local variable.
func (fc *fcomp) plainLocal(x ast.Expr) (int32, bool) {
	if v, ok := x.(*ast.Variable); ok {
		if rv := fc.c.info.Uses[v]; rv != nil && fc.isPlainLocal(rv) {
			return int32(rv.Index), true
		}
	}
	return 0, false
}

// subscript compiles x[k]; soft is for the operand of ?? and ??=, where a
// missing container, or one that cannot be indexed, gives none.
func (fc *fcomp) subscript(x *ast.IndexExpr, soft bool) {
	mode := int32(0)
	if soft {
		fc.soft(x.X)
		mode = 3
	} else {
		fc.expr(x.X)
	}
	if x.Index == nil {
		fc.emit(OpNone, 0, 0)
	} else {
		fc.expr(x.Index)
	}
	fc.at(x)
	fc.emit(OpIndex, 0, mode)
}

// isPlainLocal reports whether v is addressed as a local slot (a function's
// local, or a global of the module whose top level is being compiled).
func (fc *fcomp) isPlainLocal(v *resolve.Var) bool {
	_, generic := fc.varRoot(v)
	return !generic && v.Kind != resolve.This
}

// soft compiles the operand of ?? and ??=: an undefined variable or a missing
// element or property gives none instead of an error.
func (fc *fcomp) soft(x ast.Expr) {
	fc.at(x)
	switch x := x.(type) {
	case *ast.Variable:
		fc.load(fc.varOf(x), true)
	case *ast.IndexExpr:
		fc.subscript(x, true)
	case *ast.MemberExpr:
		fc.soft(x.X)
		fc.at(x)
		fc.emit(OpMemberSoft, fc.constant(value.String(x.Name.Name)), 0)
	case *ast.ParenExpr:
		fc.soft(x.X)
	default:
		fc.expr(x)
	}
}

func (fc *fcomp) arrayLit(x *ast.ArrayLit) {
	fc.emit(OpNewArray, int32(len(x.Items)), 0)
	for _, it := range x.Items {
		fc.at(it)
		switch {
		case it.Spread:
			fc.expr(it.Value)
			fc.emit(OpArraySpread, 0, 0)
		case it.Key != nil:
			fc.expr(it.Key)
			fc.value(it.Value)
			fc.emit(OpArraySet, 0, 0)
		default:
			fc.value(it.Value)
			fc.emit(OpArrayAppend, 0, 0)
		}
	}
}

// nameValue pushes the value of a bare name: a function or class pointer.
func (fc *fcomp) nameValue(n ast.Node, s *resolve.Symbol) {
	if s == nil {
		fc.emit(OpNone, 0, 0)
		return
	}
	switch s.Kind {
	case resolve.SymFunc:
		fc.emit(OpFuncRef, int32(s.Func.Index), 0)
	case resolve.SymBuiltin:
		fc.emit(OpBuiltinRef, fc.c.builtin(s.Builtin), 0)
	case resolve.SymClass:
		fc.emit(OpClassRef, int32(s.Class.Index), 0)
	case resolve.SymBuiltinClass:
		fc.emit(OpBuiltinClassRef, fc.c.builtinClass(s.BuiltinClass), 0)
	default:
		fc.c.errorf(n, "a namespace is not a value")
		fc.emit(OpNone, 0, 0)
	}
}

func (fc *fcomp) staticValue(x *ast.StaticExpr) {
	s := fc.c.info.Names[x]
	if s == nil {
		fc.emit(OpNone, 0, 0)
		return
	}
	if x.Var {
		fc.emit(OpLoadVar, fc.root(fc.staticRoot(x, s)), 0)
		return
	}
	fc.nameValue(x, s)
}

// staticRoot returns the root of `Class::$v` or `ns::$v`.
func (fc *fcomp) staticRoot(x *ast.StaticExpr, s *resolve.Symbol) Root {
	if s.Kind == resolve.SymNamespace {
		for _, g := range s.Module.Globals {
			if g.Name == x.Name {
				return Root{Kind: RootModVar, Module: g.Module.Index, Index: g.Index, Name: x.Name}
			}
		}
		if v := s.Module.Scope.Vars[x.Name]; v != nil && v.Outer != nil {
			return Root{Kind: RootModVar, Module: v.Outer.Module.Index, Index: v.Outer.Index, Name: x.Name}
		}
	}
	return Root{Kind: RootStatic, Class: s.Class.Index, Index: s.Class.StaticVar(x.Name), Name: s.Class.Name + "::$" + x.Name}
}

func (fc *fcomp) closure(x *ast.FuncLit) {
	rf := fc.c.info.FuncOf[x]
	if rf == nil {
		fc.emit(OpNone, 0, 0)
		return
	}
	child := fc.c.prog.Funcs[rf.Index]
	child.Captures = child.Captures[:0]
	for _, fv := range rf.Scope.Free {
		r, _ := fc.varRoot(fv.Outer)
		if fv.Outer.Kind == resolve.Local {
			// The resolver turns captured locals into cells; a plain local
			// here means an error was reported already.
			r = Root{Kind: RootLocal, Index: fv.Outer.Index, Name: fv.Name}
		}
		child.Captures = append(child.Captures, int(fc.root(r)))
	}
	fc.emit(OpMakeClosure, int32(rf.Index), 0)
}

func (fc *fcomp) match(x *ast.MatchExpr) {
	fc.expr(x.X)
	subj := fc.temp()
	fc.emit(OpStoreLocal, subj, 0)
	results := make([][]int, len(x.Arms))
	dflt := -1
	for i, a := range x.Arms {
		if a.Values == nil {
			dflt = i
			continue
		}
		for _, v := range a.Values {
			fc.at(v)
			fc.emit(OpLoadLocal, subj, 0)
			fc.expr(v)
			fc.emit(OpMatchEq, 0, 0)
			results[i] = append(results[i], fc.emit(OpJumpTrue, 0, 0))
		}
	}
	var ends []int
	if dflt >= 0 {
		fc.expr(x.Arms[dflt].Result)
		ends = append(ends, fc.emit(OpJump, 0, 0))
	} else {
		fc.at(x)
		fc.emit(OpLoadLocal, subj, 0)
		fc.emit(OpMatchFail, 0, 0)
	}
	for i, a := range x.Arms {
		if i == dflt {
			continue
		}
		fc.patchAll(results[i])
		fc.expr(a.Result)
		ends = append(ends, fc.emit(OpJump, 0, 0))
	}
	fc.patchAll(ends)
}

// boolChain compiles isset (all) or unset (any) over several operands.
func (fc *fcomp) boolChain(args []ast.Expr, one func(ast.Expr), all bool) {
	if len(args) == 1 {
		one(args[0])
		return
	}
	var jumps []int
	for i, a := range args {
		one(a)
		if i == len(args)-1 {
			break
		}
		if all {
			jumps = append(jumps, fc.emit(OpJumpFalse, 0, 0))
		} else {
			fc.emit(OpPop, 0, 0) // unset: run them all, report the last
		}
	}
	if all {
		end := fc.emit(OpJump, 0, 0)
		fc.patchAll(jumps)
		fc.emit(OpFalse, 0, 0)
		fc.patch(end)
	}
}

func (fc *fcomp) isset(x ast.Expr) {
	p, ok := fc.path(x)
	if !ok {
		fc.soft(x)
		fc.emit(OpNone, 0, 0)
		fc.emit(OpStrictNe, 0, 0)
		return
	}
	if p.depth() == 0 && p.root.Kind != RootMember {
		fc.at(x)
		fc.emit(OpIssetVar, fc.root(p.root), 0)
		return
	}
	fc.pushPath(p)
	fc.at(x)
	fc.emit(OpIssetPath, fc.root(p.root), int32(p.depth()))
}

func (fc *fcomp) unset(x ast.Expr) {
	if s, ok := x.(*ast.SliceExpr); ok {
		p, ok := fc.path(s.X)
		if !ok {
			fc.c.errorf(x, "cannot unset %s", "this expression")
			fc.emit(OpFalse, 0, 0)
			return
		}
		fc.pushPath(p)
		flags := int32(p.depth())
		if s.First != nil {
			fc.expr(s.First)
			flags |= 1 << 16
		}
		if s.Last != nil {
			fc.expr(s.Last)
			flags |= 1 << 17
		}
		fc.at(x)
		fc.emit(OpUnsetSlice, fc.root(p.root), flags)
		return
	}
	p, ok := fc.path(x)
	if !ok {
		fc.c.errorf(x, "unset takes variables, array elements and properties")
		fc.emit(OpFalse, 0, 0)
		return
	}
	if p.depth() == 0 && p.root.Kind != RootMember {
		fc.at(x)
		fc.emit(OpUnsetVar, fc.root(p.root), 0)
		return
	}
	fc.pushPath(p)
	fc.at(x)
	fc.emit(OpUnsetPath, fc.root(p.root), int32(p.depth()))
}

// ----- write paths -----

// writePath is an assignable place: a root, the object of a member root, and
// the keys down to the element (a nil key appends).
type writePath struct {
	root Root
	obj  ast.Expr
	keys []ast.Expr
}

func (p writePath) depth() int { return len(p.keys) }

func (p writePath) appends() bool { return len(p.keys) > 0 && p.keys[len(p.keys)-1] == nil }

// path decomposes an assignable expression.
func (fc *fcomp) path(x ast.Expr) (writePath, bool) {
	switch x := x.(type) {
	case *ast.Variable:
		v := fc.varOf(x)
		r, _ := fc.varRoot(v)
		return writePath{root: r}, true
	case *ast.IndexExpr:
		p, ok := fc.path(x.X)
		if !ok || p.appends() {
			if ok {
				fc.c.errorf(x, "[] (append) can only be the last subscript")
			}
			return p, false
		}
		p.keys = append(p.keys, x.Index)
		return p, true
	case *ast.MemberExpr:
		return writePath{root: Root{Kind: RootMember, Name: x.Name.Name}, obj: x.X}, true
	case *ast.StaticExpr:
		s := fc.c.info.Names[x]
		if !x.Var || s == nil {
			return writePath{}, false
		}
		return writePath{root: fc.staticRoot(x, s)}, true
	case *ast.ParenExpr:
		return fc.path(x.X)
	}
	return writePath{}, false
}

// pushPath evaluates the object (for member roots) and the keys of p.
func (fc *fcomp) pushPath(p writePath) {
	if p.root.Kind == RootMember {
		fc.expr(p.obj)
	}
	for _, k := range p.keys {
		if k != nil {
			fc.expr(k)
		}
	}
}

func (fc *fcomp) setPathOperand(p writePath) int32 {
	b := int32(p.depth())
	if p.appends() {
		b |= 1 << 16
	}
	return b
}

func (fc *fcomp) assign(x *ast.AssignExpr, want bool) {
	if x.Op == "??=" {
		fc.soft(x.Target)
		j := fc.emit(OpJumpNotNoneKeep, 0, 0)
		fc.assignWith("=", x.Target, func() { fc.value(x.Value) }, true)
		fc.patch(j)
		if !want {
			fc.emit(OpPop, 0, 0)
		}
		return
	}
	// $a += $b on plain locals.
	if x.Op == "+=" {
		if a, ok := fc.plainLocal(x.Target); ok {
			if b, ok := fc.plainLocal(x.Value); ok {
				fc.at(x)
				fc.emit(OpAddLocalLocal, a, b)
				if want {
					fc.emit(OpDup, 0, 0)
				}
				fc.emit(OpStoreLocal, a, 0)
				return
			}
		}
	}
	fc.assignWith(x.Op, x.Target, func() { fc.value(x.Value) }, want)
}

// assignWith assigns the value that emitValue pushes to target, with op "=" or
// a compound operator. With want the assigned value stays on the stack.
func (fc *fcomp) assignWith(op string, target ast.Expr, emitValue func(), want bool) {
	fc.at(target)
	binop, compound := compoundOps[op]
	switch t := target.(type) {
	case *ast.ArrayLit:
		emitValue()
		tmp := fc.temp()
		fc.emit(OpStoreLocal, tmp, 0)
		fc.destructure(t, tmp)
		if want {
			fc.emit(OpLoadLocal, tmp, 0)
		}
		return
	case *ast.SliceExpr:
		p, ok := fc.path(t.X)
		if !ok {
			fc.c.errorf(target, "cannot assign to a slice of this expression")
			return
		}
		fc.pushPath(p)
		flags := int32(p.depth())
		if t.First != nil {
			fc.expr(t.First)
			flags |= 1 << 16
		}
		if t.Last != nil {
			fc.expr(t.Last)
			flags |= 1 << 17
		}
		emitValue()
		fc.at(target)
		fc.emit(OpSetSlice, fc.root(p.root), flags)
		if !want {
			fc.emit(OpPop, 0, 0)
		}
		return
	}
	p, ok := fc.path(target)
	if !ok {
		fc.c.errorf(target, "cannot assign to this expression")
		return
	}
	if p.depth() == 0 && p.root.Kind != RootMember {
		// A plain variable (or static variable).
		if compound {
			fc.expr(target)
			emitValue()
			fc.at(target)
			fc.emit(binop, 0, 0)
		} else {
			emitValue()
		}
		if want {
			fc.emit(OpDup, 0, 0)
		}
		fc.storeRoot(p.root)
		return
	}
	if !compound {
		fc.pushPath(p)
		emitValue()
		fc.at(target)
		fc.emit(OpSetPath, fc.root(p.root), fc.setPathOperand(p))
		if !want {
			fc.emit(OpPop, 0, 0)
		}
		return
	}
	if p.appends() {
		fc.c.errorf(target, "%s cannot be used with [] (append)", op)
		return
	}
	// Compound assignment through a path: evaluate the object and keys once.
	var objTmp int32 = -1
	if p.root.Kind == RootMember {
		fc.expr(p.obj)
		objTmp = fc.temp()
		fc.emit(OpStoreLocal, objTmp, 0)
	}
	keyTmps := make([]int32, len(p.keys))
	for i, k := range p.keys {
		fc.expr(k)
		keyTmps[i] = fc.temp()
		fc.emit(OpStoreLocal, keyTmps[i], 0)
	}
	pushKeys := func() {
		if objTmp >= 0 {
			fc.emit(OpLoadLocal, objTmp, 0)
		}
		for _, t := range keyTmps {
			fc.emit(OpLoadLocal, t, 0)
		}
	}
	pushKeys()
	// Read the current value.
	if objTmp >= 0 {
		fc.emit(OpLoadLocal, objTmp, 0)
		fc.emit(OpMember, fc.constant(value.String(p.root.Name)), 0)
	} else {
		fc.loadRoot(p.root)
	}
	for _, t := range keyTmps {
		fc.emit(OpLoadLocal, t, 0)
		fc.emit(OpIndex, 0, 0)
	}
	emitValue()
	fc.at(target)
	fc.emit(binop, 0, 0)
	fc.emit(OpSetPath, fc.root(p.root), int32(p.depth()))
	if !want {
		fc.emit(OpPop, 0, 0)
	}
}

func (fc *fcomp) loadRoot(r Root) {
	if r.Kind == RootLocal {
		fc.emit(OpLoadLocal, int32(r.Index), 0)
		return
	}
	if r.Kind == RootThis {
		fc.emit(OpLoadThis, 0, 0)
		return
	}
	fc.emit(OpLoadVar, fc.root(r), 0)
}

func (fc *fcomp) storeRoot(r Root) {
	if r.Kind == RootLocal {
		fc.emit(OpStoreLocal, int32(r.Index), 0)
		return
	}
	fc.emit(OpStoreVar, fc.root(r), 0)
}

func (fc *fcomp) incDec(x *ast.IncDecExpr, want bool) {
	op := "+="
	if x.Op == "--" {
		op = "-="
	}
	d := int32(1)
	if x.Op == "--" {
		d = -1
	}
	if a, ok := fc.plainLocal(x.X); ok && !want {
		fc.at(x)
		fc.emit(OpIncLocal, a, d)
		return
	}
	// The compound assignment reads the current value, then the "operand":
	// unary + (so ++ and -- reject non-numbers; B names the operator in the
	// error) followed by the constant 1.
	one := func() {
		fc.emit(OpPlus, 0, d)
		fc.emit(OpConst, fc.constant(value.Number(1)), 0)
	}
	if x.Prefix || !want {
		fc.assignWith(op, x.X, one, want)
		return
	}
	// Postfix with its value used: remember the old value.
	fc.expr(x.X)
	fc.emit(OpPlus, 0, d)
	old := fc.temp()
	fc.emit(OpStoreLocal, old, 0)
	fc.assignWith(op, x.X, one, false)
	fc.emit(OpLoadLocal, old, 0)
}

// destructure assigns the elements of the array in local tmp to a pattern.
func (fc *fcomp) destructure(p *ast.ArrayLit, tmp int32) {
	idx := 0
	for _, it := range p.Items {
		target := it.Value
		var dflt ast.Expr
		if a, ok := target.(*ast.AssignExpr); ok && a.Op == "=" && !it.Spread {
			target, dflt = a.Target, a.Value
		}
		fc.at(it)
		fc.emit(OpLoadLocal, tmp, 0)
		switch {
		case it.Spread:
			fc.emit(OpConst, fc.constant(value.Number(float64(idx))), 0)
			fc.emit(OpIndex, 0, 2) // rest of a list: an array, [] when not an array
		case it.Key != nil:
			fc.expr(it.Key)
			fc.emit(OpIndex, 0, 1)
		default:
			fc.emit(OpConst, fc.constant(value.Number(float64(idx))), 0)
			fc.emit(OpIndex, 0, 1)
			idx++
		}
		if dflt != nil {
			j := fc.emit(OpJumpNotNoneKeep, 0, 0)
			fc.value(dflt)
			fc.patch(j)
		}
		fc.emit(OpShare, 0, 0)
		fc.assignTo(target)
	}
}

// ----- calls -----

func (fc *fcomp) args(args []*ast.Arg) (n int32, spread bool) {
	for _, a := range args {
		if a.Spread {
			spread = true
		}
	}
	if spread {
		fc.emit(OpNewArray, int32(len(args)), 0)
		for _, a := range args {
			fc.at(a)
			if a.Spread {
				fc.expr(a.X)
				fc.emit(OpArraySpread, 1, 0)
			} else {
				fc.value(a.X)
				fc.emit(OpArrayAppend, 0, 0)
			}
		}
		return 1, true
	}
	for _, a := range args {
		fc.value(a.X)
	}
	return int32(len(args)), false
}

func (fc *fcomp) call(x *ast.CallExpr) {
	var sym *resolve.Symbol
	switch fun := x.Fun.(type) {
	case *ast.Ident:
		sym = fc.c.info.Names[fun]
	case *ast.BuiltinExpr:
		sym = fc.c.info.Names[fun]
	case *ast.StaticExpr:
		if !fun.Var {
			sym = fc.c.info.Names[fun]
		}
	case *ast.MemberExpr:
		fc.expr(fun.X)
		n, spread := fc.args(x.Args)
		fc.at(x)
		name := fc.constant(value.String(fun.Name.Name))
		if spread {
			fc.emit(OpCallMethodArray, name, 0)
		} else {
			fc.emit(OpCallMethod, name, n)
		}
		return
	}
	if sym != nil && sym.Kind != resolve.SymNamespace {
		spread := false
		for _, a := range x.Args {
			spread = spread || a.Spread
		}
		if spread {
			fc.nameValue(x.Fun, sym)
			fc.args(x.Args)
			fc.at(x)
			fc.emit(OpCallArray, 0, 0)
			return
		}
		n, _ := fc.args(x.Args)
		fc.at(x)
		switch sym.Kind {
		case resolve.SymFunc:
			fc.emit(OpCallFunc, int32(sym.Func.Index), n)
		case resolve.SymBuiltin:
			fc.emit(OpCallBuiltin, fc.c.builtin(sym.Builtin), n)
		case resolve.SymClass:
			fc.emit(OpNewObject, int32(sym.Class.Index), n)
		case resolve.SymBuiltinClass:
			if ctor := sym.BuiltinClass.Constructor; ctor != nil {
				fc.emit(OpCallBuiltin, fc.c.builtin(ctor), n)
			} else {
				fc.c.errorf(x, "class %s cannot be constructed", sym.BuiltinClass.Name)
				fc.emit(OpNone, 0, 0)
			}
		}
		return
	}
	if _, named := x.Fun.(*ast.Ident); named {
		// Unresolved: reported already.
		fc.emit(OpNone, 0, 0)
		return
	}
	fc.expr(x.Fun)
	n, spread := fc.args(x.Args)
	fc.at(x)
	if spread {
		fc.emit(OpCallArray, 0, 0)
	} else {
		fc.emit(OpCall, n, 0)
	}
}

func (fc *fcomp) cache(x *ast.CacheExpr) {
	fc.expr(x.Options)
	var sym *resolve.Symbol
	switch fun := x.Call.Fun.(type) {
	case *ast.Ident, *ast.BuiltinExpr, *ast.StaticExpr:
		sym = fc.c.info.Names[fun]
	}
	if sym == nil {
		fc.emit(OpNone, 0, 0)
	} else {
		fc.nameValue(x.Call.Fun, sym)
	}
	fc.emit(OpNewArray, int32(len(x.Call.Args)), 0)
	for _, a := range x.Call.Args {
		fc.at(a)
		if a.Spread {
			fc.expr(a.X)
			fc.emit(OpArraySpread, 1, 0)
		} else {
			fc.value(a.X)
			fc.emit(OpArrayAppend, 0, 0)
		}
	}
	fc.at(x)
	fc.emit(OpCache, 0, 0)
}
