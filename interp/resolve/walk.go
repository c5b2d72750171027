package resolve

import (
	"path"
	"strings"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// walker resolves the statements of one scope.
type walker struct {
	r      *resolver
	scope  *Scope
	module *Module
	fn     *Function
	loops  int // enclosing loops
	breaks int // enclosing loops and switches
	nested int // enclosing compound statements: imports must be at depth 0
}

// declare hoists the function and class declarations of a statement list into
// the current scope. Declarations under control flow are errors: HSL binds
// them at compile time, unconditionally.
func (w *walker) declare(stmts []ast.Stmt, topLevel, conditional bool) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.FuncDecl:
			if conditional {
				w.r.errorf(s.Name, "function %s is declared inside a conditional or loop: declarations are unconditional in HSL", s.Name.Name)
			}
			w.declareFunc(s)
		case *ast.ClassDecl:
			if conditional || !topLevel {
				w.r.errorf(s.Name, "class %s must be declared at the top level of a file", s.Name.Name)
			}
			w.declareClass(s)
		case *ast.Block:
			w.declare(s.Stmts, topLevel, conditional)
		case *ast.IncludeStmt:
			w.include(s, topLevel, conditional)
		case *ast.IfStmt:
			w.declare([]ast.Stmt{s.Then}, false, true)
			if s.Else != nil {
				w.declare([]ast.Stmt{s.Else}, false, true)
			}
		case *ast.ForStmt:
			w.declare([]ast.Stmt{s.Body}, false, true)
		case *ast.ForeachStmt:
			w.declare([]ast.Stmt{s.Body}, false, true)
		case *ast.WhileStmt:
			w.declare([]ast.Stmt{s.Body}, false, true)
		case *ast.ForeverStmt:
			w.declare([]ast.Stmt{s.Body}, false, true)
		case *ast.SwitchStmt:
			for _, c := range s.Cases {
				w.declare(c.Body, false, true)
			}
		case *ast.TryStmt:
			w.declare(s.Body.Stmts, false, true)
			w.declare(s.Catch.Stmts, false, true)
		case *ast.BarrierStmt:
			w.declare(s.Body.Stmts, false, true)
		}
	}
}

// include loads the file of an include statement (once per statement) and
// hoists its declarations.
func (w *walker) include(s *ast.IncludeStmt, topLevel, conditional bool) {
	if s.Resolved != nil || s.Path == nil {
		return
	}
	from := s.File
	canon, f, _, ok := w.r.load(from, s.Path)
	if !ok {
		return
	}
	if f == nil {
		w.r.errorf(s.Path, "%s is a data file and cannot be included", canon)
		return
	}
	for _, p := range w.r.includes {
		if p == canon {
			w.r.errorf(s.Path, "cyclic include of %s", canon)
			return
		}
	}
	if s.Once && w.r.included[canon] {
		s.Resolved = &ast.File{Loc: f.Loc, Name: canon}
		return
	}
	w.r.included[canon] = true
	s.Resolved = f
	w.r.includes = append(w.r.includes, canon)
	w.declare(f.Stmts, topLevel, conditional)
	w.r.includes = w.r.includes[:len(w.r.includes)-1]
}

func (w *walker) newFuncScope(node ast.Node, parent *Scope) *Scope {
	return &Scope{Kind: FuncScope, Node: node, Module: w.module, Parent: parent, Vars: map[string]*Var{}, Funcs: map[string]*Function{}}
}

func paramArity(params []*ast.Param) (min, max int) {
	for _, p := range params {
		switch {
		case p.Variadic:
			return min, -1
		case p.Default == nil:
			min++
		}
		max++
	}
	return min, max
}

func (w *walker) declareFunc(d *ast.FuncDecl) {
	name := d.Name.Name
	if prev := w.scope.Funcs[name]; prev != nil {
		w.r.errorf(d.Name, "function %s is already declared at line %d", name, prev.Node.Span().Start.Line)
		return
	}
	if w.scope.Kind == ModuleScope {
		if c := w.module.Classes[name]; c != nil {
			w.r.errorf(d.Name, "%s is already declared as a class at line %d", name, c.Decl.Start.Line)
			return
		}
	}
	fn := &Function{Name: name, Node: d, Params: d.Params, Body: d.Body, Module: w.module}
	fn.MinArgs, fn.MaxArgs = paramArity(d.Params)
	fn.Scope = w.newFuncScope(d, w.scope)
	w.scope.Funcs[name] = fn
	w.r.addFunction(fn)
}

func (w *walker) declareClass(d *ast.ClassDecl) {
	name := d.Name.Name
	if prev := w.module.Classes[name]; prev != nil {
		w.r.errorf(d.Name, "class %s is already declared at line %d", name, prev.Decl.Start.Line)
		return
	}
	if f := w.module.Funcs[name]; f != nil {
		w.r.errorf(d.Name, "%s is already declared as a function at line %d", name, f.Node.Span().Start.Line)
		return
	}
	c := &Class{Name: name, Decl: d, Module: w.module, Methods: map[string]*Function{}, Statics: map[string]*Function{}, Index: len(w.r.info.Classes)}
	w.r.info.Classes = append(w.r.info.Classes, c)
	w.module.Classes[name] = c
	members := map[string]ast.Node{}
	member := func(n ast.Node, name string) bool {
		if prev, dup := members[name]; dup {
			w.r.errorf(n, "class %s already has a member named %s (line %d)", c.Name, name, prev.Span().Start.Line)
			return false
		}
		members[name] = n
		return true
	}
	for _, v := range d.Vars {
		if !member(v, v.Name) {
			continue
		}
		if v.Init != nil && !isConstant(v.Init) {
			w.r.errorf(v.Init, "the initial value of $%s must be a constant expression", v.Name)
		}
		if v.Static {
			c.StaticVars = append(c.StaticVars, v)
		} else {
			c.Vars = append(c.Vars, v)
		}
	}
	addMethod := func(f *ast.ClassFunc, ctor bool) {
		fn := &Function{Name: c.Name + "::" + f.Name.Name, Node: f, Params: f.Params, Body: f.Body, Module: w.module,
			Class: c, Private: f.Private, Static: f.Static}
		fn.MinArgs, fn.MaxArgs = paramArity(f.Params)
		fn.Scope = w.newFuncScope(f, w.scope)
		fn.Scope.Class, fn.Scope.Static = c, f.Static
		w.r.addFunction(fn)
		switch {
		case ctor:
			fn.Name = c.Name
			c.Constructor = fn
		case f.Static:
			c.Statics[f.Name.Name] = fn
		default:
			c.Methods[f.Name.Name] = fn
		}
	}
	for _, f := range d.Funcs {
		if member(f, f.Name.Name) {
			addMethod(f, false)
		}
	}
	if d.Constructor != nil {
		addMethod(d.Constructor, true)
	}
}

// isConstant reports whether x can be evaluated at compile time.
func isConstant(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.NumberLit, *ast.StringLit, *ast.BoolLit, *ast.NoneLit, *ast.RegexLit:
		return true
	case *ast.ParenExpr:
		return isConstant(x.X)
	case *ast.UnaryExpr:
		return isConstant(x.X)
	case *ast.BinaryExpr:
		return isConstant(x.X) && isConstant(x.Y)
	case *ast.TernaryExpr:
		return isConstant(x.Cond) && (x.Then == nil || isConstant(x.Then)) && isConstant(x.Else)
	case *ast.ArrayLit:
		for _, it := range x.Items {
			if (it.Key != nil && !isConstant(it.Key)) || !isConstant(it.Value) {
				return false
			}
		}
		return true
	}
	return false
}

// ----- statements -----

func (w *walker) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *walker) loop(body ast.Stmt) {
	w.loops++
	w.breaks++
	w.stmt(body)
	w.loops--
	w.breaks--
}

func (w *walker) stmt(s ast.Stmt) {
	switch s.(type) {
	case *ast.ImportStmt, *ast.IncludeStmt, *ast.ExprStmt, *ast.EchoStmt, *ast.FuncDecl, *ast.ClassDecl:
	default:
		w.nested++
		defer func() { w.nested-- }()
	}
	switch s := s.(type) {
	case *ast.Block:
		w.stmts(s.Stmts)
	case *ast.ExprStmt:
		w.expr(s.X)
	case *ast.EchoStmt:
		w.expr(s.X)
	case *ast.IfStmt:
		w.expr(s.Cond)
		w.stmt(s.Then)
		if s.Else != nil {
			w.stmt(s.Else)
		}
	case *ast.ForStmt:
		for _, x := range s.Init {
			w.expr(x)
		}
		if s.Cond != nil {
			w.expr(s.Cond)
		}
		for _, x := range s.Step {
			w.expr(x)
		}
		w.loop(s.Body)
	case *ast.ForeachStmt:
		w.expr(s.X)
		if s.Key != nil {
			w.target(s.Key)
		}
		w.target(s.Value)
		w.loop(s.Body)
	case *ast.WhileStmt:
		w.expr(s.Cond)
		w.loop(s.Body)
	case *ast.ForeverStmt:
		w.loop(s.Body)
	case *ast.SwitchStmt:
		w.expr(s.X)
		w.breaks++
		for _, c := range s.Cases {
			if c.Value != nil {
				w.expr(c.Value)
			}
			w.stmts(c.Body)
		}
		w.breaks--
	case *ast.BreakStmt:
		if w.breaks == 0 {
			w.r.errorf(s, "break outside a loop or switch")
		}
	case *ast.ContinueStmt:
		if w.loops == 0 {
			w.r.errorf(s, "continue outside a loop")
		}
	case *ast.ReturnStmt:
		if s.X != nil {
			w.expr(s.X)
		}
	case *ast.TryStmt:
		w.stmts(s.Body.Stmts)
		if s.Var != nil {
			w.define(s.Var)
		}
		w.stmts(s.Catch.Stmts)
	case *ast.ThrowStmt:
		w.expr(s.X)
	case *ast.IncludeStmt:
		// declare loaded the file (or reported why it could not).
		if s.Resolved != nil {
			w.stmts(s.Resolved.Stmts)
		}
	case *ast.ImportStmt:
		w.importStmt(s)
	case *ast.FuncDecl:
		if fn := w.r.info.FuncOf[s]; fn != nil {
			w.function(fn)
		}
	case *ast.ClassDecl:
		if c := w.module.Classes[s.Name.Name]; c != nil && c.Decl == s {
			w.class(c)
		}
	case *ast.GlobalStmt:
		if w.scope.Kind == ModuleScope {
			return // already global
		}
		for _, v := range s.Vars {
			g := w.r.global(w.module, v.Name)
			if prev, ok := w.scope.Vars[v.Name]; ok && prev != g {
				w.r.errorf(v, "$%s is already a local variable of this function; global must come before its first use", v.Name)
				continue
			}
			w.scope.Vars[v.Name] = g
			w.r.info.Uses[v] = g
		}
	case *ast.BarrierStmt:
		w.expr(s.Name)
		if s.Var != nil {
			w.define(s.Var)
		}
		w.stmts(s.Body.Stmts)
	}
}

func (w *walker) importStmt(s *ast.ImportStmt) {
	if w.scope.Kind != ModuleScope || w.nested > 0 {
		w.r.errorf(s, "import must be at the top level of a file, outside any function, block or condition")
		return
	}
	if s.Kind == ast.ImportData {
		// The variable is bound even when the file cannot be loaded, so the
		// one error is not followed by "undefined variable" at every use.
		v := w.define(s.Var)
		if p := s.Path.Value; !strings.HasPrefix(p, "txt!") && !IsDataFile(p) {
			w.r.errorf(s.Path, "cannot import %q as data: the extension %q is not one of .json, .csv, .txt, .yaml, .yml, .eml, .crt, .pem, .key (or use the txt! prefix)", p, path.Ext(p))
			return
		}
		canon, f, src, ok := w.r.load(s.File, s.Path)
		if !ok {
			return
		}
		if f != nil {
			w.r.errorf(s.Path, "%s is a script: import its names with import { … } from %q", canon, s.Path.Value)
			return
		}
		if s.Options != nil {
			w.expr(s.Options)
		}
		w.r.info.Data[s] = &DataImport{Stmt: s, Path: canon, Src: src, Var: v}
		return
	}
	m := w.r.importModule(s.File, s)
	if m == nil {
		w.unresolvedImport(s)
		return
	}
	w.r.info.Imports[s] = m
	if s.Kind == ast.ImportStar {
		w.module.Symbols[s.Namespace] = &Symbol{Kind: SymNamespace, Module: m}
		return
	}
	for _, spec := range s.Specs {
		if spec.IsVariable() {
			name := spec.Name[1:]
			g := moduleVar(m, name)
			if g == nil {
				w.r.errorf(spec, "%s has no variable $%s", m.Path, name)
				continue
			}
			local := spec.LocalName()[1:]
			if prev, ok := w.scope.Vars[local]; ok && prev.defined {
				w.r.errorf(spec, "import of $%s would overwrite the variable $%s: rename it with as", name, local)
				continue
			}
			v := &Var{Name: local, Kind: ModuleVar, Module: g.Module, Index: g.Index, Outer: g, Decl: spec, defined: true}
			if prev, ok := w.scope.Vars[local]; ok {
				// Uses before the import statement keep their pointer: make them the import.
				*prev = *v
				continue
			}
			w.scope.Vars[local] = v
			continue
		}
		sym := moduleSymbol(m, spec.Name)
		if sym == nil {
			w.r.errorf(spec, "%s has no function or class %s", m.Path, spec.Name)
			continue
		}
		w.module.Symbols[spec.LocalName()] = sym
	}
}

// unresolvedImport binds the names of an import whose module could not be
// loaded to placeholders, so that the one error about the import is not
// followed by "undefined" errors at every use of its names.
func (w *walker) unresolvedImport(s *ast.ImportStmt) {
	if s.Kind == ast.ImportStar {
		w.module.Symbols[s.Namespace] = &Symbol{Kind: SymUnresolved}
		return
	}
	for _, spec := range s.Specs {
		if spec.IsVariable() {
			v := w.local(spec.LocalName()[1:])
			v.defined = true
			continue
		}
		w.module.Symbols[spec.LocalName()] = &Symbol{Kind: SymUnresolved}
	}
}

// moduleVar finds an exported variable of a module, following imports.
func moduleVar(m *Module, name string) *Var {
	for _, g := range m.Globals {
		if g.Name == name && g.defined {
			return g
		}
	}
	if v, ok := m.Scope.Vars[name]; ok && v.Kind == ModuleVar {
		return v.Outer
	}
	return nil
}

// moduleSymbol finds an exported function or class of a module.
func moduleSymbol(m *Module, name string) *Symbol {
	if f := m.Funcs[name]; f != nil {
		return &Symbol{Kind: SymFunc, Func: f}
	}
	if c := m.Classes[name]; c != nil {
		return &Symbol{Kind: SymClass, Class: c}
	}
	if s := m.Symbols[name]; s != nil && s.Kind != SymNamespace {
		return s
	}
	return nil
}

// function resolves the body of a function in its own scope.
func (w *walker) function(fn *Function) {
	sub := &walker{r: w.r, scope: fn.Scope, module: w.module, fn: fn}
	for _, p := range fn.Params {
		v := sub.local(p.Name)
		v.defined, v.Decl = true, p
	}
	for _, p := range fn.Params {
		if p.Default != nil {
			if !isConstant(p.Default) {
				w.r.errorf(p.Default, "the default value of $%s must be a constant expression", p.Name)
			}
			w.expr(p.Default)
		}
	}
	sub.declare(fn.Body.Stmts, false, false)
	sub.stmts(fn.Body.Stmts)
}

func (w *walker) class(c *Class) {
	for _, v := range append(append([]*ast.ClassVar{}, c.Vars...), c.StaticVars...) {
		if v.Init != nil {
			w.expr(v.Init)
		}
	}
	for _, fn := range c.Methods {
		w.function(fn)
	}
	for _, fn := range c.Statics {
		w.function(fn)
	}
	if c.Constructor != nil {
		w.function(c.Constructor)
	}
}

// ----- variables -----

// local returns the variable of the current scope named name, creating it.
func (w *walker) local(name string) *Var {
	if v, ok := w.scope.Vars[name]; ok {
		return v
	}
	var v *Var
	if w.scope.Kind == ModuleScope {
		v = w.r.global(w.module, name)
	} else {
		v = &Var{Name: name, Kind: Local}
		w.scope.Locals = append(w.scope.Locals, v)
		w.scope.Vars[name] = v
	}
	return v
}

// use binds a variable occurrence that reads the variable.
func (w *walker) use(x *ast.Variable) *Var {
	if x.Name == "this" && w.scope.Class != nil && !w.scope.Static {
		v := &Var{Name: "this", Kind: This, defined: true}
		w.r.info.Uses[x] = v
		return v
	}
	v := w.local(x.Name)
	if v.firstUse == nil {
		v.firstUse = x
	}
	w.r.info.Uses[x] = v
	return v
}

// define binds a variable occurrence that assigns the variable.
func (w *walker) define(x *ast.Variable) *Var {
	if x.Name == "this" {
		w.r.errorf(x, "$this cannot be assigned")
	}
	v := w.local(x.Name)
	if !v.defined {
		v.defined = true
		if v.Decl == nil {
			v.Decl = x
		}
	}
	if v.ReadOnly {
		w.r.errorf(x, "$%s is read-only", x.Name)
	}
	w.r.info.Uses[x] = v
	w.r.info.Writes[x] = true
	return v
}

// target resolves an assignment target.
func (w *walker) target(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Variable:
		w.define(x)
	case *ast.IndexExpr, *ast.SliceExpr:
		w.subscript(x, w.container)
	case *ast.MemberExpr:
		w.expr(x.X)
	case *ast.StaticExpr:
		w.expr(x)
	case *ast.ArrayLit:
		for _, it := range x.Items {
			if it.Key != nil {
				w.expr(it.Key)
			}
			t := it.Value
			if a, ok := t.(*ast.AssignExpr); ok && !it.Spread {
				w.expr(a.Value)
				t = a.Target
			}
			w.target(t)
		}
	default:
		w.expr(x)
	}
}

// container resolves the base of an element write, which creates the variable.
func (w *walker) container(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Variable:
		if x.Name == "this" && w.scope.Class != nil && !w.scope.Static {
			w.use(x) // $this["p"] = v writes a property; $this stays the object
			return
		}
		w.define(x)
	case *ast.IndexExpr:
		w.subscript(x, w.container)
	default:
		w.expr(x)
	}
}

// soft resolves the operand of isset, unset and ??, which may be undefined.
func (w *walker) soft(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Variable:
		v := w.local(x.Name)
		if x.Name == "this" {
			w.use(x)
			return
		}
		w.r.info.Uses[x] = v
	case *ast.IndexExpr, *ast.SliceExpr:
		w.subscript(x, w.soft)
	case *ast.MemberExpr:
		w.soft(x.X)
	case *ast.ParenExpr:
		w.soft(x.X)
	default:
		w.expr(x)
	}
}

// subscript resolves x[i] or x[a:b:c]: the base with base (a write, a soft
// read or a plain read), then the index or bounds.
func (w *walker) subscript(x ast.Expr, base func(ast.Expr)) {
	switch x := x.(type) {
	case *ast.IndexExpr:
		base(x.X)
		if x.Index != nil {
			w.expr(x.Index)
		}
	case *ast.SliceExpr:
		base(x.X)
		w.optExprs(x.First, x.Last, x.Step)
	}
}

func (w *walker) optExprs(xs ...ast.Expr) {
	for _, x := range xs {
		if x != nil {
			w.expr(x)
		}
	}
}

// ----- expressions -----

func (w *walker) expr(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Variable:
		w.use(x)
	case *ast.Ident:
		if sym := w.lookup(x.Name); sym != nil {
			w.r.info.Names[x] = sym
		} else {
			w.r.errorf(x, "undefined name %s%s", x.Name, w.suggest(x.Name))
		}
	case *ast.InterpString:
		for _, p := range x.Parts {
			if p.Var != nil {
				w.use(p.Var)
			}
		}
	case *ast.ArrayLit:
		for _, it := range x.Items {
			w.optExprs(it.Key, it.Value)
		}
	case *ast.ParenExpr:
		w.expr(x.X)
	case *ast.UnaryExpr:
		w.expr(x.X)
	case *ast.IncDecExpr:
		w.expr(x.X)
		w.target(x.X)
	case *ast.BinaryExpr:
		if x.Op == "??" {
			w.soft(x.X)
		} else {
			w.expr(x.X)
		}
		w.expr(x.Y)
	case *ast.AssignExpr:
		w.expr(x.Value)
		switch x.Op {
		case "=":
			w.target(x.Target)
		case "??=":
			w.soft(x.Target)
			w.target(x.Target)
		default:
			w.expr(x.Target)
			w.target(x.Target)
		}
	case *ast.TernaryExpr:
		w.optExprs(x.Cond, x.Then, x.Else)
	case *ast.CallExpr:
		w.call(x)
	case *ast.IndexExpr:
		w.expr(x.X)
		if x.Index == nil {
			w.r.errorf(x, "[] can only be used to append, as $a[] = value")
		} else {
			w.expr(x.Index)
		}
	case *ast.SliceExpr:
		w.expr(x.X)
		w.optExprs(x.First, x.Last, x.Step)
	case *ast.MemberExpr:
		w.expr(x.X)
	case *ast.StaticExpr:
		w.static(x, false)
	case *ast.FuncLit:
		w.funcLit(x)
	case *ast.MatchExpr:
		w.expr(x.X)
		for _, a := range x.Arms {
			for _, v := range a.Values {
				w.expr(v)
			}
			w.expr(a.Result)
		}
	case *ast.BuiltinExpr:
		w.builtin(x)
	case *ast.CacheExpr:
		w.expr(x.Options)
		w.call(x.Call)
	case *ast.IssetExpr:
		for _, a := range x.Args {
			w.soft(a)
		}
	case *ast.UnsetExpr:
		for _, a := range x.Args {
			w.soft(a)
		}
	}
}

func (w *walker) builtin(x *ast.BuiltinExpr) *catalog.Func {
	var f *catalog.Func
	if w.r.opts.Catalog != nil {
		f = w.r.opts.Catalog.Func(x.Name.Name)
	}
	if f == nil || !f.AvailableIn(w.r.opts.Context) {
		w.r.errorf(x.Name, "%s is not a builtin function", x.Name.Name)
		return nil
	}
	w.r.info.Names[x] = &Symbol{Kind: SymBuiltin, Builtin: f}
	return f
}

// call resolves a call and checks the argument count of direct calls.
func (w *walker) call(c *ast.CallExpr) {
	spread := false
	for _, a := range c.Args {
		w.expr(a.X)
		spread = spread || a.Spread
	}
	var min, max int
	var what string
	switch fun := c.Fun.(type) {
	case *ast.Ident:
		sym := w.lookup(fun.Name)
		if sym == nil {
			w.r.errorf(fun, "undefined function %s%s", fun.Name, w.suggest(fun.Name))
			return
		}
		w.r.info.Names[fun] = sym
		min, max, what = arity(sym)
		if sym.Kind == SymUnresolved {
			return
		}
		if sym.Kind == SymNamespace {
			w.r.errorf(fun, "%s is a namespace, not a function", fun.Name)
			return
		}
	case *ast.BuiltinExpr:
		f := w.builtin(fun)
		if f == nil {
			return
		}
		min, max, what = f.MinArgs(), f.MaxArgs(), f.Name
	case *ast.StaticExpr:
		sym := w.static(fun, true)
		if sym == nil {
			return
		}
		min, max, what = arity(sym)
	default:
		w.expr(c.Fun)
		return
	}
	if spread || what == "" {
		return
	}
	n := len(c.Args)
	switch {
	case n < min:
		w.r.errorf(c, "too few arguments to %s: it needs %s, got %d", what, countText(min, max), n)
	case max >= 0 && n > max:
		w.r.errorf(c, "too many arguments to %s: it takes %s, got %d", what, countText(min, max), n)
	}
}

func countText(min, max int) string {
	switch {
	case max < 0:
		return plural(min) + " or more"
	case min == max:
		return plural(min)
	}
	return "between " + itoa(min) + " and " + plural(max)
}

func plural(n int) string {
	if n == 1 {
		return "1 argument"
	}
	return itoa(n) + " arguments"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// arity returns the argument bounds of a callable symbol and its name for
// messages ("" when unknown).
func arity(s *Symbol) (min, max int, name string) {
	switch s.Kind {
	case SymFunc:
		return s.Func.MinArgs, s.Func.MaxArgs, s.Func.Name
	case SymBuiltin:
		return s.Builtin.MinArgs(), s.Builtin.MaxArgs(), s.Builtin.Name
	case SymClass:
		if s.Class.Constructor == nil {
			return 0, 0, s.Class.Name
		}
		return s.Class.Constructor.MinArgs, s.Class.Constructor.MaxArgs, s.Class.Name
	case SymBuiltinClass:
		if s.BuiltinClass.Constructor != nil {
			return s.BuiltinClass.Constructor.MinArgs(), s.BuiltinClass.Constructor.MaxArgs(), s.BuiltinClass.Name
		}
	}
	return 0, -1, ""
}

// lookup finds what a bare name means: nested functions, module functions and
// classes, imported names, builtin functions and classes, in that order.
func (w *walker) lookup(name string) *Symbol {
	for s := w.scope; s != nil; s = s.Parent {
		if f := s.Funcs[name]; f != nil {
			return &Symbol{Kind: SymFunc, Func: f}
		}
	}
	if c := w.module.Classes[name]; c != nil {
		return &Symbol{Kind: SymClass, Class: c}
	}
	if s := w.module.Symbols[name]; s != nil {
		return s
	}
	if cat := w.r.opts.Catalog; cat != nil {
		if f := cat.Func(name); f != nil && f.AvailableIn(w.r.opts.Context) {
			return &Symbol{Kind: SymBuiltin, Builtin: f}
		}
		if c := cat.Class(name); c != nil && c.AvailableIn(w.r.opts.Context) {
			return &Symbol{Kind: SymBuiltinClass, BuiltinClass: c}
		}
	}
	return nil
}

// static resolves `X::name` and `X::$name`; for calls it returns the callee.
func (w *walker) static(x *ast.StaticExpr, call bool) *Symbol {
	var class *Class
	switch base := ast.Unparen(x.X).(type) {
	case *ast.StaticName:
		class = w.scope.Class
		for s := w.scope; class == nil && s != nil; s = s.Parent {
			class = s.Class
		}
		if class == nil {
			w.r.errorf(base, "static:: is only valid inside a class")
			return nil
		}
	case *ast.Ident:
		sym := w.lookup(base.Name)
		if sym == nil {
			w.r.errorf(base, "undefined class or namespace %s%s", base.Name, w.suggest(base.Name))
			return nil
		}
		w.r.info.Names[base] = sym
		switch sym.Kind {
		case SymUnresolved:
			return nil
		case SymClass:
			class = sym.Class
		case SymNamespace:
			return w.namespaceMember(x, sym.Module, call)
		case SymBuiltinClass:
			if x.Var {
				w.r.errorf(x, "builtin class %s has no static variables", base.Name)
				return nil
			}
			f := sym.BuiltinClass.Statics[x.Name]
			if f == nil {
				w.r.errorf(x, "class %s has no static function %s", base.Name, x.Name)
				return nil
			}
			s := &Symbol{Kind: SymBuiltin, Builtin: f}
			w.r.info.Names[x] = s
			return s
		default:
			w.r.errorf(base, "%s is not a class or namespace", base.Name)
			return nil
		}
	default:
		return nil
	}
	inside := w.currentClass() == class
	if x.Var {
		i := class.StaticVar(x.Name)
		if i < 0 {
			w.r.errorf(x, "class %s has no static variable $%s", class.Name, x.Name)
			return nil
		}
		if class.StaticVars[i].Private && !inside {
			w.r.errorf(x, "cannot access private static variable %s::$%s from outside the class", class.Name, x.Name)
		}
		s := &Symbol{Kind: SymClass, Class: class}
		w.r.info.Names[x] = s
		return s
	}
	f := class.Statics[x.Name]
	if f == nil {
		if class.Methods[x.Name] != nil {
			w.r.errorf(x, "%s::%s is not static: call it on an object", class.Name, x.Name)
		} else {
			w.r.errorf(x, "class %s has no static function %s", class.Name, x.Name)
		}
		return nil
	}
	if f.Private && !inside {
		w.r.errorf(x, "cannot call private static function %s::%s from outside the class", class.Name, x.Name)
	}
	s := &Symbol{Kind: SymFunc, Func: f, Class: class}
	w.r.info.Names[x] = s
	return s
}

// currentClass is the class whose code is being resolved (closures inside a
// method count as the method's class), or nil.
func (w *walker) currentClass() *Class {
	for s := w.scope; s != nil; s = s.Parent {
		if s.Class != nil {
			return s.Class
		}
	}
	return nil
}

func (w *walker) namespaceMember(x *ast.StaticExpr, m *Module, call bool) *Symbol {
	if x.Var {
		g := moduleVar(m, x.Name)
		if g == nil {
			w.r.errorf(x, "%s has no variable $%s", m.Path, x.Name)
			return nil
		}
		s := &Symbol{Kind: SymNamespace, Module: m}
		w.r.info.Names[x] = s
		return s
	}
	s := moduleSymbol(m, x.Name)
	if s == nil {
		w.r.errorf(x, "%s has no function or class %s", m.Path, x.Name)
		return nil
	}
	w.r.info.Names[x] = s
	return s
}

// funcLit resolves an anonymous function and its closure list.
func (w *walker) funcLit(x *ast.FuncLit) {
	fn := &Function{Node: x, Params: x.Params, Body: x.Body, Module: w.module}
	fn.MinArgs, fn.MaxArgs = paramArity(x.Params)
	fn.Scope = w.newFuncScope(x, w.scope)
	if w.fn != nil {
		fn.Class = w.fn.Class
	}
	w.r.addFunction(fn)
	for _, c := range x.Closure {
		var outer *Var
		if c.Name == "this" {
			outer = w.use(c)
		} else {
			outer = w.local(c.Name)
			w.r.info.Uses[c] = outer
			if outer.Kind == Local {
				outer.Kind = Cell
			}
			if outer.firstUse == nil {
				outer.firstUse = c
			}
		}
		if _, dup := fn.Scope.Vars[c.Name]; dup {
			w.r.errorf(c, "$%s is captured twice", c.Name)
			continue
		}
		v := &Var{Name: c.Name, Kind: Free, Index: len(fn.Scope.Free), Outer: outer, Decl: c, defined: true}
		fn.Scope.Free = append(fn.Scope.Free, v)
		fn.Scope.Vars[c.Name] = v
	}
	w.function(fn)
}
