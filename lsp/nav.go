package lsp

import (
	"strings"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// enclosing returns the nodes that contain byte offset off, outermost first.
// A node ending exactly at off counts when no node strictly contains it, so
// that a cursor just after a name still finds the name.
func enclosing(root ast.Node, off int) []ast.Node {
	path := []ast.Node{root}
	for n := root; ; {
		var next, touching ast.Node
		for _, c := range ast.Children(n) {
			l := c.Span()
			if l.Start.Offset <= off && off < l.End.Offset {
				next = c
				break
			}
			if l.End.Offset == off && touching == nil && l.End.Offset > l.Start.Offset {
				touching = c
			}
		}
		if next == nil {
			next = touching
		}
		if next == nil {
			return path
		}
		path = append(path, next)
		n = next
	}
}

// classRef is a user class or a builtin class.
type classRef struct {
	user    *resolve.Class
	builtin *catalog.Class
}

func (c classRef) ok() bool { return c.user != nil || c.builtin != nil }

// canonical returns the variable an occurrence ultimately names: the
// captured variable for a closure's copy, the exported global for an import,
// with or without alias.
func canonical(v *resolve.Var) *resolve.Var {
	for v != nil && v.Outer != nil {
		v = v.Outer
	}
	return v
}

// classOfName returns the class a builtin's return type names, if any.
func (a *analysis) classOfType(typ string) classRef {
	for _, t := range strings.Split(typ, "|") {
		if c := a.setting.catalog.Class(t); c != nil {
			return classRef{builtin: c}
		}
	}
	return classRef{}
}

// classOf infers the class of the object an expression yields, from
// constructor calls, builtins that return objects and the assignments of
// variables; the zero classRef when it cannot tell.
func (a *analysis) classOf(x ast.Expr, path []ast.Node) classRef {
	if a.info == nil {
		return classRef{}
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Variable:
		v := a.info.Uses[x]
		if x.Name == "this" && (v == nil || v.Kind == resolve.This) {
			return classRef{user: a.enclosingClass(path)}
		}
		if v == nil {
			return classRef{}
		}
		return a.varClass(canonical(v), 0)
	case *ast.CallExpr:
		return a.callClass(x, path)
	case *ast.IndexExpr:
		if v, ok := ast.Unparen(x.X).(*ast.Variable); ok {
			if k, ok := x.Index.(*ast.StringLit); ok {
				if ck, ok := contextKey(a.setting.context, v.Name, k.Value); ok {
					return a.classOfType(ck.Type)
				}
			}
		}
	}
	return classRef{}
}

// callClass is the class of a call's result: a constructor call, a builtin
// function or method whose return type is a class, or a user function or
// method that returns only constructor calls of one class.
func (a *analysis) callClass(c *ast.CallExpr, path []ast.Node) classRef {
	if cl := a.constructorClass(c); cl.ok() {
		return cl
	}
	switch fun := c.Fun.(type) {
	case *ast.Ident:
		switch sym := a.info.Names[fun]; {
		case sym == nil:
		case sym.Kind == resolve.SymBuiltin:
			return a.classOfType(sym.Builtin.Returns)
		case sym.Kind == resolve.SymFunc:
			return a.returnClass(sym.Func)
		}
	case *ast.StaticExpr:
		switch sym := a.info.Names[fun]; {
		case sym == nil:
		case sym.Kind == resolve.SymBuiltin:
			return a.classOfType(sym.Builtin.Returns)
		case sym.Kind == resolve.SymFunc:
			return a.returnClass(sym.Func)
		}
	case *ast.MemberExpr:
		switch recv := a.classOf(fun.X, path); {
		case recv.builtin != nil:
			if m := recv.builtin.Methods[fun.Name.Name]; m != nil {
				return a.classOfType(m.Returns)
			}
		case recv.user != nil:
			if m := recv.user.Methods[fun.Name.Name]; m != nil {
				return a.returnClass(m)
			}
		}
	}
	return classRef{}
}

// returnClass is the class a user function's result has when every one of
// its returns (at least one) returns a constructor call of that class, as
// `static function make() { return Box(); }`; else the zero classRef.
// Returns of anonymous functions inside it are not its own.
func (a *analysis) returnClass(fn *resolve.Function) classRef {
	if fn == nil || fn.Body == nil {
		return classRef{}
	}
	var found classRef
	agree := true
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.FuncDecl, *ast.ClassDecl:
			return false
		case *ast.ReturnStmt:
			var c classRef
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				c = a.constructorClass(call)
			}
			switch {
			case !c.ok() || found.ok() && found != c:
				agree = false
			default:
				found = c
			}
		}
		return agree
	})
	if !agree {
		return classRef{}
	}
	return found
}

// constructorClass is the class a call constructs, when it calls a class
// by its name.
func (a *analysis) constructorClass(c *ast.CallExpr) classRef {
	id, ok := c.Fun.(*ast.Ident)
	if !ok {
		return classRef{}
	}
	switch sym := a.info.Names[id]; {
	case sym == nil:
	case sym.Kind == resolve.SymClass:
		return classRef{user: sym.Class}
	case sym.Kind == resolve.SymBuiltinClass:
		return classRef{builtin: sym.BuiltinClass}
	}
	return classRef{}
}

// varClass infers a variable's class from the values assigned to it with
// `=`: all of them must agree.
func (a *analysis) varClass(v *resolve.Var, depth int) classRef {
	if depth > 4 || v == nil {
		return classRef{}
	}
	a.classMu.Lock()
	c, ok := a.classes[v]
	a.classMu.Unlock()
	if ok {
		return c
	}
	c = a.inferVarClass(v, depth)
	a.classMu.Lock()
	if a.classes == nil {
		a.classes = map[*resolve.Var]classRef{}
	}
	a.classes[v] = c
	a.classMu.Unlock()
	return c
}

func (a *analysis) inferVarClass(v *resolve.Var, depth int) classRef {
	var found classRef
	for _, value := range a.assignedValues()[v] {
		var c classRef
		if src, ok := ast.Unparen(value).(*ast.Variable); ok && a.info.Uses[src] != nil && canonical(a.info.Uses[src]) != v {
			c = a.varClass(canonical(a.info.Uses[src]), depth+1)
		} else {
			c = a.classOf(value, nil)
		}
		switch {
		case !c.ok():
			return classRef{}
		case !found.ok():
			found = c
		case found != c:
			return classRef{}
		}
	}
	return found
}

// assignedValues maps each variable to the values assigned to it with `=`
// in the document, computed once.
func (a *analysis) assignedValues() map[*resolve.Var][]ast.Expr {
	a.classMu.Lock()
	defer a.classMu.Unlock()
	if a.assigned != nil {
		return a.assigned
	}
	a.assigned = map[*resolve.Var][]ast.Expr{}
	ast.Inspect(a.file, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignExpr); ok && as.Op == "=" {
			if t, ok := as.Target.(*ast.Variable); ok {
				if v := canonical(a.info.Uses[t]); v != nil {
					a.assigned[v] = append(a.assigned[v], as.Value)
				}
			}
		}
		return true
	})
	return a.assigned
}

// enclosingClass is the user class whose method contains the path's end.
func (a *analysis) enclosingClass(path []ast.Node) *resolve.Class {
	for i := len(path) - 1; i >= 0; i-- {
		if cd, ok := path[i].(*ast.ClassDecl); ok && a.info != nil {
			for _, c := range a.info.Classes {
				if c.Decl == cd {
					return c
				}
			}
		}
	}
	return nil
}

// scopeAt returns the variable scope at the end of path: the innermost
// function, else the module.
func (a *analysis) scopeAt(path []ast.Node) *resolve.Scope {
	if a.info == nil {
		return nil
	}
	for i := len(path) - 1; i >= 0; i-- {
		switch path[i].(type) {
		case *ast.FuncDecl, *ast.ClassFunc, *ast.FuncLit:
			if fn := a.info.FuncOf[path[i]]; fn != nil {
				return fn.Scope
			}
		}
	}
	return a.info.Entry.Scope
}

// nameRange returns the byte range of the name a node spells: the name of
// a variable without `$` or `${`, the member after `->` or `::`.
func (a *analysis) nameRange(n ast.Node, name string) (int, int) {
	l := n.Span()
	switch n := n.(type) {
	case *ast.Variable:
		start := l.Start.Offset + 1
		if l.End.Offset-l.Start.Offset == len(n.Name)+3 {
			start++ // ${name} inside a string
		}
		return start, start + len(n.Name)
	case *ast.StaticExpr:
		return nameLoc(n.NameLoc, l)
	case *ast.ImportSpec:
		start := l.Start.Offset
		if strings.HasPrefix(name, "$") {
			name = name[1:]
			start++
		}
		return start, start + len(name)
	case *ast.ClassVar:
		return nameLoc(n.NameLoc, l)
	case *ast.Param:
		return nameLoc(n.NameLoc, l)
	}
	return l.Start.Offset, l.End.Offset
}

// nameLoc is the byte range of a node's NameLoc, or of the whole node when
// the parser found no name.
func nameLoc(name, node ast.Loc) (int, int) {
	if !name.Start.IsValid() {
		return node.Start.Offset, node.End.Offset
	}
	return name.Start.Offset, name.End.Offset
}
