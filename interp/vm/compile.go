package vm

import (
	"fmt"
	"math"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/pcre"
)

// Compile turns a resolved program into bytecode. It reports what only the
// compiler can see (invalid regular expression literals, data files that do
// not convert, constant expressions that fail) as diagnostics.
func Compile(info *resolve.Info, cat *catalog.Catalog, context string) (*Program, diag.List) {
	c := &compiler{info: info, cat: cat, prog: &Program{Context: context},
		builtinIndex: map[*catalog.Func]int{}, builtinClassIndex: map[*catalog.Class]int{}}
	c.prog.Funcs = make([]*Funcode, len(info.Functions))
	for i, rf := range info.Functions {
		c.prog.Funcs[i] = &Funcode{Name: rf.Name, Index: i, Module: rf.Module.Index, Private: rf.Private, Static: rf.Static}
	}
	for _, rc := range info.Classes {
		c.prog.Classes = append(c.prog.Classes, c.class(rc))
	}
	for _, rf := range info.Functions {
		c.function(rf)
	}
	for _, m := range info.Modules {
		mc := &ModuleCode{Path: m.Path, Init: c.prog.Funcs[m.Init.Index]}
		mc.GlobalNames = c.prog.Funcs[m.Init.Index].LocalNames
		for _, g := range m.Globals {
			if g.ReadOnly || m == info.Entry && g.Defined() && isPredeclared(g) {
				if mc.Predeclared == nil {
					mc.Predeclared = map[string]int{}
				}
				mc.Predeclared[g.Name] = g.Index
			}
		}
		c.prog.Modules = append(c.prog.Modules, mc)
	}
	c.diags.Sort()
	return c.prog, c.diags
}

// isPredeclared reports whether a global was bound by the host rather than by
// the script (its declaration is not a source node).
func isPredeclared(g *resolve.Var) bool { return g.Decl == nil }

type compiler struct {
	info              *resolve.Info
	cat               *catalog.Catalog
	prog              *Program
	diags             diag.List
	builtinIndex      map[*catalog.Func]int
	builtinClassIndex map[*catalog.Class]int
}

func (c *compiler) errorf(n ast.Node, format string, args ...any) {
	c.diags = append(c.diags, diag.At(n.Span(), format, args...))
}

func (c *compiler) builtin(f *catalog.Func) int32 {
	if i, ok := c.builtinIndex[f]; ok {
		return int32(i)
	}
	i := len(c.prog.Builtins)
	c.prog.Builtins = append(c.prog.Builtins, f)
	c.builtinIndex[f] = i
	return int32(i)
}

func (c *compiler) builtinClass(cl *catalog.Class) int32 {
	if i, ok := c.builtinClassIndex[cl]; ok {
		return int32(i)
	}
	i := len(c.prog.BuiltinClasses)
	c.prog.BuiltinClasses = append(c.prog.BuiltinClasses, cl)
	c.builtinClassIndex[cl] = i
	return int32(i)
}

func (c *compiler) class(rc *resolve.Class) *Class {
	cl := &Class{Name: rc.Name, Index: rc.Index, Module: rc.Module.Index, Methods: map[string]*Funcode{}, Statics: map[string]*Funcode{}}
	vars := func(list []*ast.ClassVar) []ClassVar {
		var out []ClassVar
		for _, v := range list {
			cv := ClassVar{Name: v.Name, Private: v.Private, Readonly: v.Readonly}
			if v.Init != nil {
				cv.Init = c.constant(v.Init)
			}
			out = append(out, cv)
		}
		return out
	}
	cl.Vars, cl.StaticVars = vars(rc.Vars), vars(rc.StaticVars)
	for _, v := range cl.Vars {
		if v.Private || v.Readonly {
			if cl.restricted == nil {
				cl.restricted = map[string]ClassVar{}
			}
			cl.restricted[v.Name] = v
		}
	}
	for name, f := range rc.Methods {
		cl.Methods[name] = c.prog.Funcs[f.Index]
	}
	for name, f := range rc.Statics {
		cl.Statics[name] = c.prog.Funcs[f.Index]
	}
	if rc.Constructor != nil {
		cl.Ctor = c.prog.Funcs[rc.Constructor.Index]
	}
	return cl
}

// constant evaluates a constant expression at compile time; the resolver has
// checked that x is constant.
func (c *compiler) constant(x ast.Expr) value.Value {
	v, err := evalConst(x)
	if err != nil {
		c.errorf(x, "%v", err)
		return value.None
	}
	return v
}

func evalConst(x ast.Expr) (value.Value, error) {
	switch x := x.(type) {
	case *ast.NumberLit:
		return value.Number(x.Value), nil
	case *ast.StringLit:
		return value.String(x.Value), nil
	case *ast.BoolLit:
		return value.Bool(x.Value), nil
	case *ast.NoneLit:
		return value.None, nil
	case *ast.RegexLit:
		re, err := pcre.Compile(x.Pattern, x.Flags)
		if err != nil {
			return value.None, err
		}
		return value.ResourceValue(re), nil
	case *ast.ParenExpr:
		return evalConst(x.X)
	case *ast.UnaryExpr:
		v, err := evalConst(x.X)
		if err != nil {
			return v, err
		}
		return unaryOp(x.Op, v)
	case *ast.BinaryExpr:
		a, err := evalConst(x.X)
		if err != nil {
			return a, err
		}
		switch x.Op {
		case "and":
			if !a.Truthy() {
				return value.Bool(false), nil
			}
			b, err := evalConst(x.Y)
			return value.Bool(b.Truthy()), err
		case "or":
			if a.Truthy() {
				return value.Bool(true), nil
			}
			b, err := evalConst(x.Y)
			return value.Bool(b.Truthy()), err
		case "??":
			if !a.IsNone() {
				return a, nil
			}
			return evalConst(x.Y)
		}
		b, err := evalConst(x.Y)
		if err != nil {
			return b, err
		}
		return binaryOp(x.Op, a, b)
	case *ast.TernaryExpr:
		cond, err := evalConst(x.Cond)
		if err != nil {
			return cond, err
		}
		if cond.Truthy() {
			if x.Then == nil {
				return cond, nil
			}
			return evalConst(x.Then)
		}
		return evalConst(x.Else)
	case *ast.ArrayLit:
		arr := value.NewArray(len(x.Items))
		for _, it := range x.Items {
			v, err := evalConst(it.Value)
			if err != nil {
				return v, err
			}
			switch {
			case it.Spread:
				if err := spreadInto(arr, v); err != nil {
					return value.None, err
				}
			case it.Key != nil:
				kv, err := evalConst(it.Key)
				if err != nil {
					return kv, err
				}
				k, err := value.NormalizeKey(kv)
				if err != nil {
					return value.None, err
				}
				arr.Set(k, v)
			default:
				if err := arr.Append(v); err != nil {
					return value.None, err
				}
			}
		}
		arr.Freeze()
		return value.ArrayValue(arr), nil
	}
	return value.None, fmt.Errorf("not a constant expression")
}

// unaryOp applies a prefix operator.
func unaryOp(op string, v value.Value) (value.Value, error) {
	switch op {
	case "-":
		return value.Neg(v)
	case "+":
		return value.Plus(v)
	case "~":
		return value.BitNot(v)
	}
	return value.Bool(!v.Truthy()), nil
}

// binaryOp applies a binary operator that evaluates both operands (for
// constant folding; the machine has the same cases in its loop).
func binaryOp(op string, a, b value.Value) (value.Value, error) {
	switch op {
	case "+":
		return value.Add(a, b)
	case "-":
		return value.Sub(a, b)
	case ".":
		return value.Concat(a, b)
	case "==":
		return value.Bool(value.LooseEqual(a, b)), nil
	case "!=":
		return value.Bool(!value.LooseEqual(a, b)), nil
	case "===":
		return value.Bool(value.StrictEqual(a, b)), nil
	case "!==":
		return value.Bool(!value.StrictEqual(a, b)), nil
	case "<":
		r, err := value.Less(a, b)
		return value.Bool(r), err
	case "<=":
		r, err := value.LessEqual(a, b)
		return value.Bool(r), err
	case ">":
		r, err := value.Less(b, a)
		return value.Bool(r), err
	case ">=":
		r, err := value.LessEqual(b, a)
		return value.Bool(r), err
	case "=~", "!~":
		m, err := regexMatch(a, b)
		if op == "!~" {
			m = !m
		}
		return value.Bool(m), err
	}
	if code, ok := binaryOps[op]; ok {
		return arith(code, a, b)
	}
	return value.None, fmt.Errorf("unknown operator %s", op)
}

// spreadInto appends the values of an array (string keys kept, integer keys
// renumbered) to arr.
func spreadInto(arr *value.Array, v value.Value) error {
	src := v.AsArray()
	if src == nil {
		return fmt.Errorf("cannot spread %s: only arrays can be spread", v.Kind())
	}
	for i := 0; i < src.Len(); i++ {
		k, x := src.Entry(i)
		x = x.Share()
		if k.IsString() {
			arr.Set(k, x)
		} else if err := arr.Append(x); err != nil {
			return err
		}
	}
	return nil
}

// regexMatch implements =~ : the pattern is a Regex or a string (/pat/flags or bare).
func regexMatch(subject, pattern value.Value) (bool, error) {
	if subject.Kind() != value.KindString {
		return false, fmt.Errorf("=~ needs a string on the left, not %s", subject.Kind())
	}
	var re *pcre.Regex
	switch pattern.Kind() {
	case value.KindResource:
		r, ok := pattern.AsResource().(*pcre.Regex)
		if !ok {
			return false, fmt.Errorf("=~ needs a pattern on the right, not %s", pattern.AsResource().ResourceKind())
		}
		re = r
	case value.KindString:
		r, err := pcre.Parse(pattern.AsString())
		if err != nil {
			return false, err
		}
		re = r
	default:
		return false, fmt.Errorf("=~ needs a pattern on the right, not %s", pattern.Kind())
	}
	return re.MatchString(subject.AsString())
}

// ----- functions -----

type loopCtx struct {
	isSwitch  bool
	breaks    []int
	continues []int
	cleanups  int // len(fc.cleanups) when the loop started
}

type cleanup struct {
	barrier bool
	root    int32
}

type fcomp struct {
	init     bool // compiling a module's top level
	c        *compiler
	rf       *resolve.Function
	fn       *Funcode
	pos      Pos
	consts   map[any]int32
	roots    map[Root]int32
	loops    []*loopCtx
	cleanups []cleanup
}

func (c *compiler) function(rf *resolve.Function) {
	fn := c.prog.Funcs[rf.Index]
	fc := &fcomp{c: c, rf: rf, fn: fn, consts: map[any]int32{}, roots: map[Root]int32{}}
	if rf.Scope.Kind == resolve.ModuleScope {
		fc.initFunction()
		return
	}
	if rf.Class != nil {
		fn.Class = c.prog.Classes[rf.Class.Index]
	}
	fn.NumParams = len(rf.Params)
	fn.MinArgs = rf.MinArgs
	fn.Variadic = rf.MaxArgs < 0
	sc := rf.Scope
	fn.NumCells, fn.NumFree = sc.NumCells, len(sc.Free)
	fc.layoutParams()
	for _, p := range rf.Params {
		def := value.Undefined
		if p.Default != nil {
			def = c.constant(p.Default)
		}
		fn.Defaults = append(fn.Defaults, def)
	}
	fc.stmts(rf.Body.Stmts)
	fc.at(endOf(rf.Body))
	fc.emit(OpReturnNone, 0, 0)
}

// initFunction compiles the top level of a module. Its variables are the
// module globals, addressed like locals (the frame's locals are the globals).
func (fc *fcomp) initFunction() {
	fc.init = true
	fn, m := fc.fn, fc.rf.Module
	fn.IsInit = true
	fn.LocalNames = make([]string, len(m.Globals))
	for _, g := range m.Globals {
		fn.LocalNames[g.Index] = g.Name
	}
	fn.NumLocals = len(m.Globals)
	fc.dataImports(m)
	fc.stmts(fc.rf.Body.Stmts)
	fc.at(endOf(fc.rf.Body))
	fc.emit(OpReturnNone, 0, 0)
}

// layoutParams numbers the local slots: the caller stores argument i in local
// slot i, so parameter i is local i and the other locals follow. A captured
// parameter (the resolver gave it a cell) still has its slot i, and is copied
// into its cell when the function starts.
func (fc *fcomp) layoutParams() {
	fn, params, sc := fc.fn, fc.rf.Params, fc.rf.Scope
	isParam := map[*resolve.Var]bool{}
	for i, p := range params {
		v := sc.Vars[p.Name]
		isParam[v] = true
		if v.Kind == resolve.Cell {
			fn.CellInit = append(fn.CellInit, CellParam{Local: i, Cell: v.Index})
		} else {
			v.Index = i
		}
	}
	next := len(params)
	for _, v := range sc.Locals {
		if v.Kind == resolve.Local && !isParam[v] {
			v.Index = next
			next++
		}
	}
	fn.NumLocals = next
	fn.LocalNames = make([]string, next)
	for i, p := range params {
		fn.LocalNames[i] = p.Name
	}
	for _, v := range sc.Locals {
		if v.Kind == resolve.Local && !isParam[v] {
			fn.LocalNames[v.Index] = v.Name
		}
	}
}

func endOf(b *ast.Block) ast.Node {
	return &ast.EmptyStmt{Loc: ast.Loc{File: b.File, Start: b.End, End: b.End}}
}

// dataImports stores the values of `import $v from "data"` at module start.
func (fc *fcomp) dataImports(m *resolve.Module) {
	for _, d := range fc.c.info.Data {
		if d.Var.Module != m {
			continue
		}
		v, err := loadData(fc.c.cat, d)
		if err != nil {
			fc.c.errorf(d.Stmt.Path, "cannot import %s: %v", d.Path, err)
			continue
		}
		fc.at(d.Stmt)
		fc.emit(OpConst, fc.constant(v), 0)
		fc.store(d.Var)
	}
}

func (fc *fcomp) at(n ast.Node) {
	l := n.Span()
	fc.pos = Pos{File: l.File, Line: int32(l.Start.Line), Col: int32(l.Start.Col)}
}

func (fc *fcomp) emit(op Op, a, b int32) int {
	fc.fn.Code = append(fc.fn.Code, Instr{Op: op, A: a, B: b})
	fc.fn.Pos = append(fc.fn.Pos, fc.pos)
	return len(fc.fn.Code) - 1
}

func (fc *fcomp) here() int { return len(fc.fn.Code) }

func (fc *fcomp) patch(at int) { fc.fn.Code[at].A = int32(fc.here()) }

func (fc *fcomp) constant(v value.Value) int32 {
	var key any
	switch v.Kind() {
	case value.KindNumber:
		f := v.AsNumber()
		if f == 0 && math.Signbit(f) || f != f {
			key = nil
		} else {
			key = f
		}
	case value.KindString:
		key = "s:" + v.AsString()
	}
	if key != nil {
		if i, ok := fc.consts[key]; ok {
			return i
		}
	}
	i := int32(len(fc.fn.Consts))
	fc.fn.Consts = append(fc.fn.Consts, v)
	if key != nil {
		fc.consts[key] = i
	}
	return i
}

func (fc *fcomp) root(r Root) int32 {
	if i, ok := fc.roots[r]; ok {
		return i
	}
	i := int32(len(fc.fn.Roots))
	fc.fn.Roots = append(fc.fn.Roots, r)
	fc.roots[r] = i
	return i
}

func (fc *fcomp) temp() int32 {
	i := fc.fn.NumLocals
	fc.fn.NumLocals++
	fc.fn.LocalNames = append(fc.fn.LocalNames, "")
	return int32(i)
}

// varRoot returns the root of a resolved variable, or ok=false for a plain
// local (which has faster instructions of its own).
func (fc *fcomp) varRoot(v *resolve.Var) (Root, bool) {
	switch v.Kind {
	case resolve.Local:
		return Root{Kind: RootLocal, Index: v.Index, Name: v.Name}, false
	case resolve.Cell:
		return Root{Kind: RootCell, Index: v.Index, Name: v.Name}, true
	case resolve.Free:
		return Root{Kind: RootFree, Index: v.Index, Name: v.Name}, true
	case resolve.Global:
		if fc.init && v.Module.Index == fc.rf.Module.Index {
			return Root{Kind: RootLocal, Index: v.Index, Name: v.Name}, false
		}
		if v.Module.Index == fc.rf.Module.Index {
			return Root{Kind: RootGlobal, Index: v.Index, Name: v.Name}, true
		}
		return Root{Kind: RootModVar, Module: v.Module.Index, Index: v.Index, Name: v.Name}, true
	case resolve.ModuleVar:
		return Root{Kind: RootModVar, Module: v.Module.Index, Index: v.Index, Name: v.Name}, true
	}
	return Root{Kind: RootThis, Name: "this"}, true
}

func (fc *fcomp) load(v *resolve.Var, soft bool) {
	if v.Kind == resolve.This {
		fc.emit(OpLoadThis, 0, 0)
		return
	}
	r, generic := fc.varRoot(v)
	switch {
	case !generic && soft:
		fc.emit(OpLoadLocalSoft, int32(r.Index), 0)
	case !generic:
		fc.emit(OpLoadLocal, int32(r.Index), 0)
	case soft:
		fc.emit(OpLoadVarSoft, fc.root(r), 0)
	default:
		fc.emit(OpLoadVar, fc.root(r), 0)
	}
}

// store pops the top of the stack into v.
func (fc *fcomp) store(v *resolve.Var) {
	r, generic := fc.varRoot(v)
	if !generic {
		fc.emit(OpStoreLocal, int32(r.Index), 0)
		return
	}
	fc.emit(OpStoreVar, fc.root(r), 0)
}

func (fc *fcomp) varOf(x *ast.Variable) *resolve.Var {
	if v := fc.c.info.Uses[x]; v != nil {
		return v
	}
	// Unresolved (an earlier error): give it a throwaway local.
	v := &resolve.Var{Name: x.Name, Kind: resolve.Local, Index: int(fc.temp())}
	fc.c.info.Uses[x] = v
	return v
}
