package lsp

import (
	"strings"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// entityKind is the kind of thing a name refers to.
type entityKind int

const (
	entVar           entityKind = iota // a variable
	entFunc                            // a user function, method, static function or constructor
	entClass                           // a user class
	entStaticVar                       // a static variable of a user class
	entProperty                        // an instance variable of a user class
	entBuiltin                         // a builtin function or static function
	entBuiltinClass                    // a builtin class
	entBuiltinMethod                   // a method of a builtin class
	entNamespace                       // the namespace of `import * as ns`
	entFile                            // the file an include or import names
)

// entity is what the name under the cursor refers to, with the byte range
// of that name in the document.
type entity struct {
	kind       entityKind
	name       string // as spelled, without "$"
	v          *resolve.Var
	fn         *resolve.Function
	class      *resolve.Class
	builtin    *catalog.Func
	bclass     *catalog.Class
	module     *resolve.Module
	file       string // entFile: the tree name of the file
	start, end int
}

// walk visits every node under root with the path of its ancestors (root
// first, the node itself last).
func walk(root ast.Node, f func(n ast.Node, path []ast.Node)) {
	var path []ast.Node
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		path = append(path, n)
		f(n, path)
		for _, c := range ast.Children(n) {
			visit(c)
		}
		path = path[:len(path)-1]
	}
	visit(root)
}

// entityAt returns what the name at byte offset off refers to, or nil.
func (a *analysis) entityAt(off int) *entity {
	return a.entityIn(a.file, off)
}

// entityIn returns what the name at byte offset off of a file of the
// program refers to, or nil. On the alias of an import spec (`g` in
// `import { f as g }`) the entity is the imported one, spelled as the alias.
func (a *analysis) entityIn(f *ast.File, off int) *entity {
	if a.info == nil || f == nil {
		return nil
	}
	path := enclosing(f, off)
	n := path[len(path)-1]
	var parent ast.Node
	if len(path) > 1 {
		parent = path[len(path)-2]
	}
	if spec, ok := n.(*ast.ImportSpec); ok {
		e := a.specEntity(spec, a.moduleOf(f))
		if s, t := aliasRange(spec); e != nil && spec.Alias != "" && off >= s {
			e.name, e.start, e.end = strings.TrimPrefix(spec.Alias, "$"), s, t
		}
		return e
	}
	if imp, ok := n.(*ast.ImportStmt); ok {
		return a.namespaceEntity(imp, off)
	}
	e := a.entityOf(n, parent, path)
	if e != nil && e.start == 0 && e.end == 0 {
		e.start, e.end = n.Span().Start.Offset, n.Span().End.Offset
	}
	return e
}

// namespaceEntity is the namespace of `import * as ns from "…"` when off is
// on its name, else nil. The statement does not record where the name is:
// it is the first word spelled like it after `as`.
func (a *analysis) namespaceEntity(imp *ast.ImportStmt, off int) *entity {
	m := a.info.Imports[imp]
	if imp.Kind != ast.ImportStar || m == nil || imp.Path == nil {
		return nil
	}
	t := a.textOf(imp.Span().File)
	from, to := imp.Start.Offset, imp.Path.Start.Offset
	if t == nil || from < 0 || to > len(t.src) || from > to {
		return nil
	}
	seg := string(t.src[from:to])
	as := wordIndex(seg, "as", 0)
	if as < 0 {
		return nil
	}
	i := wordIndex(seg, imp.Namespace, as+len("as"))
	if i < 0 {
		return nil
	}
	start, end := from+i, from+i+len(imp.Namespace)
	if off < start || off > end {
		return nil
	}
	return &entity{kind: entNamespace, name: imp.Namespace, module: m, start: start, end: end}
}

// wordIndex finds word in s at or after from, as a whole identifier, or -1.
func wordIndex(s, word string, from int) int {
	if word == "" {
		return -1
	}
	for from <= len(s) {
		i := strings.Index(s[from:], word)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(word)
		if (i == 0 || !isIdentByte(s[i-1])) && (j == len(s) || !isIdentByte(s[j])) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// aliasRange is the byte range of the alias of an import spec, without
// `$`: the spec ends with it.
func aliasRange(s *ast.ImportSpec) (int, int) {
	name := strings.TrimPrefix(s.Alias, "$")
	return s.End.Offset - len(name), s.End.Offset
}

func (a *analysis) entityOf(n, parent ast.Node, path []ast.Node) *entity {
	switch n := n.(type) {
	case *ast.Variable:
		e := &entity{kind: entVar, name: n.Name, v: canonical(a.info.Uses[n])}
		e.start, e.end = a.nameRange(n, n.Name)
		return e
	case *ast.Param:
		fn := a.info.FuncOf[parent]
		if fn == nil {
			return nil
		}
		e := &entity{kind: entVar, name: n.Name, v: fn.Scope.Vars[n.Name]}
		e.start, e.end = a.nameRange(n, n.Name)
		return e
	case *ast.Ident:
		return a.identEntity(n, parent, path)
	case *ast.StaticExpr:
		return a.staticEntity(n)
	case *ast.ClassVar:
		c := a.enclosingClass(path)
		if c == nil {
			return nil
		}
		e := &entity{kind: entProperty, name: n.Name, class: c}
		if n.Static {
			e.kind = entStaticVar
		}
		e.start, e.end = a.nameRange(n, n.Name)
		return e
	case *ast.StringLit:
		return a.fileEntity(n, parent)
	}
	return nil
}

func (a *analysis) identEntity(id *ast.Ident, parent ast.Node, path []ast.Node) *entity {
	e := &entity{name: id.Name, start: id.Start.Offset, end: id.End.Offset}
	switch p := parent.(type) {
	case *ast.FuncDecl:
		if e.fn = a.info.FuncOf[p]; e.fn != nil {
			e.kind = entFunc
			return e
		}
		return nil
	case *ast.ClassFunc:
		if e.fn = a.info.FuncOf[p]; e.fn != nil {
			e.kind = entFunc
			return e
		}
		return nil
	case *ast.ClassDecl:
		if e.class = a.enclosingClass(path); e.class != nil {
			e.kind = entClass
			return e
		}
		return nil
	case *ast.MemberExpr:
		return a.memberEntity(p, path, e)
	case *ast.BuiltinExpr:
		if sym := a.info.Names[p]; sym != nil && sym.Builtin != nil {
			e.kind, e.builtin = entBuiltin, sym.Builtin
			return e
		}
		return nil
	}
	return a.symbolEntity(a.info.Names[id], e)
}

// symbolEntity turns a resolved symbol into an entity.
func (a *analysis) symbolEntity(sym *resolve.Symbol, e *entity) *entity {
	if sym == nil {
		return nil
	}
	switch sym.Kind {
	case resolve.SymFunc:
		e.kind, e.fn = entFunc, sym.Func
	case resolve.SymClass:
		e.kind, e.class = entClass, sym.Class
	case resolve.SymBuiltin:
		e.kind, e.builtin = entBuiltin, sym.Builtin
	case resolve.SymBuiltinClass:
		e.kind, e.bclass = entBuiltinClass, sym.BuiltinClass
	case resolve.SymNamespace:
		e.kind, e.module = entNamespace, sym.Module
	default:
		return nil
	}
	return e
}

func (a *analysis) memberEntity(m *ast.MemberExpr, path []ast.Node, e *entity) *entity {
	recv := a.classOf(m.X, path)
	switch {
	case recv.user != nil:
		if fn := recv.user.Methods[m.Name.Name]; fn != nil {
			e.kind, e.fn, e.class = entFunc, fn, recv.user
			return e
		}
		for _, v := range recv.user.Vars {
			if v.Name == m.Name.Name {
				e.kind, e.class = entProperty, recv.user
				return e
			}
		}
	case recv.builtin != nil:
		if f := recv.builtin.Methods[m.Name.Name]; f != nil {
			e.kind, e.builtin, e.bclass = entBuiltinMethod, f, recv.builtin
			return e
		}
	}
	return nil
}

func (a *analysis) staticEntity(x *ast.StaticExpr) *entity {
	e := &entity{name: x.Name}
	e.start, e.end = a.nameRange(x, x.Name)
	sym := a.info.Names[x]
	if sym == nil {
		return nil
	}
	if x.Var {
		switch sym.Kind {
		case resolve.SymClass:
			e.kind, e.class = entStaticVar, sym.Class
			return e
		case resolve.SymNamespace:
			if g := moduleGlobal(sym.Module, x.Name); g != nil {
				e.kind, e.v = entVar, g
				return e
			}
		}
		return nil
	}
	if sym.Kind == resolve.SymFunc && sym.Func.Class != nil && sym.Func.Static {
		e.class = sym.Func.Class
	}
	return a.symbolEntity(sym, e)
}

// moduleGlobal returns a module's global variable by name.
func moduleGlobal(m *resolve.Module, name string) *resolve.Var {
	for _, g := range m.Globals {
		if g.Name == name {
			return g
		}
	}
	if v := m.Scope.Vars[name]; v != nil {
		return canonical(v)
	}
	return nil
}

func (a *analysis) specEntity(s *ast.ImportSpec, m *resolve.Module) *entity {
	e := &entity{name: s.Name}
	e.start, e.end = a.nameRange(s, s.Name)
	if s.IsVariable() {
		e.name = s.Name[1:]
		v := m.Scope.Vars[s.LocalName()[1:]]
		if v == nil || v.Outer == nil {
			return nil
		}
		e.kind, e.v = entVar, canonical(v.Outer)
		return e
	}
	return a.symbolEntity(m.Symbols[s.LocalName()], e)
}

// fileEntity is the file named by the path of an include or import.
func (a *analysis) fileEntity(s *ast.StringLit, parent ast.Node) *entity {
	e := &entity{kind: entFile, name: s.Value}
	switch p := parent.(type) {
	case *ast.IncludeStmt:
		if p.Path != s {
			return nil
		}
		if p.Resolved != nil {
			e.file = p.Resolved.Name
			return e
		}
	case *ast.ImportStmt:
		if p.Path != s || a.info == nil {
			return nil
		}
		if m := a.info.Imports[p]; m != nil {
			e.file = m.Path
			return e
		}
		if d := a.info.Data[p]; d != nil {
			e.file = d.Path
			return e
		}
	}
	return nil
}
