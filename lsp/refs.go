package lsp

import (
	"sort"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
)

// occurrence is a place where an entity's name is spelled.
type occurrence struct {
	file       string // tree name
	start, end int
	decl       bool
}

// declaration returns where an entity is declared, if it is declared in HSL
// source (builtins and context variables are not).
func (a *analysis) declaration(e *entity) (occurrence, bool) {
	at := func(n ast.Node, name string) (occurrence, bool) {
		s, t := a.nameRange(n, name)
		return occurrence{file: n.Span().File, start: s, end: t, decl: true}, true
	}
	switch e.kind {
	case entVar:
		if e.v == nil || e.v.Decl == nil {
			return occurrence{}, false
		}
		return at(e.v.Decl, e.v.Name)
	case entFunc:
		switch n := e.fn.Node.(type) {
		case *ast.FuncDecl:
			return at(n.Name, n.Name.Name)
		case *ast.ClassFunc:
			return at(n.Name, n.Name.Name)
		}
	case entClass:
		return at(e.class.Decl.Name, e.class.Name)
	case entStaticVar, entProperty:
		for _, v := range e.class.Decl.Vars {
			if v.Name == e.name {
				return at(v, v.Name)
			}
		}
	case entNamespace:
		return occurrence{file: e.module.Path, decl: true}, true
	case entFile:
		return occurrence{file: e.file, decl: true}, true
	}
	return occurrence{}, false
}

// programFiles returns the syntax trees of every file of the program: the
// document, the files it includes and the modules it imports (with theirs),
// found once.
func (a *analysis) programFiles() []*ast.File {
	a.filesOnce.Do(func() { a.files = a.findProgramFiles() })
	return a.files
}

func (a *analysis) findProgramFiles() []*ast.File {
	var out []*ast.File
	seen := map[*ast.File]bool{}
	var add func(f *ast.File)
	add = func(f *ast.File) {
		if f == nil || seen[f] {
			return
		}
		seen[f] = true
		out = append(out, f)
		ast.Inspect(f, func(n ast.Node) bool {
			if inc, ok := n.(*ast.IncludeStmt); ok {
				add(inc.Resolved)
			}
			return true
		})
	}
	add(a.file)
	if a.info != nil {
		for _, m := range a.info.Modules {
			add(m.File)
		}
	}
	return out
}

// moduleOf returns the module a file of the program belongs to.
func (a *analysis) moduleOf(f *ast.File) *resolve.Module {
	for _, m := range a.info.Modules {
		if m.File == f {
			return m
		}
	}
	return a.info.Entry // included files belong to the entry module
}

// references returns every occurrence of an entity in the program, sorted.
func (a *analysis) references(e *entity) []occurrence {
	return a.referencesIn(e, nil)
}

// referencesIn returns the occurrences of an entity in the files of the
// program that skip does not exclude (nil: every file), sorted.
func (a *analysis) referencesIn(e *entity, skip func(name string) bool) []occurrence {
	if a.info == nil {
		return nil
	}
	var out []occurrence
	type place struct {
		file  string
		start int
	}
	seen := map[place]bool{}
	addOcc := func(o occurrence) {
		if p := (place{o.file, o.start}); !seen[p] {
			seen[p] = true
			out = append(out, o)
		}
	}
	add := func(n ast.Node, name string, decl bool) {
		s, t := a.nameRange(n, name)
		addOcc(occurrence{file: n.Span().File, start: s, end: t, decl: decl})
	}
	if d, ok := a.declaration(e); ok && e.kind != entNamespace && e.kind != entFile && (skip == nil || !skip(d.file)) {
		addOcc(d)
	}
	for _, f := range a.programFiles() {
		if skip != nil && skip(f.Name) {
			continue
		}
		m := a.moduleOf(f)
		walk(f, func(n ast.Node, path []ast.Node) {
			a.matchOccurrence(e, n, path, m, add)
		})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].file != out[j].file {
			return out[i].file < out[j].file
		}
		return out[i].start < out[j].start
	})
	return out
}

// matchOccurrence calls add when node n spells entity e.
func (a *analysis) matchOccurrence(e *entity, n ast.Node, path []ast.Node, m *resolve.Module, add func(ast.Node, string, bool)) {
	switch n := n.(type) {
	case *ast.Variable:
		if e.kind == entVar && e.v != nil && canonical(a.info.Uses[n]) == e.v {
			add(n, n.Name, false)
		}
	case *ast.Param:
		if e.kind == entVar && e.v != nil && e.v.Decl == ast.Node(n) {
			add(n, n.Name, true)
		}
	case *ast.ImportSpec:
		if s := a.specEntity(n, m); s != nil && s.kind == e.kind && sameEntity(s, e) {
			add(n, n.Name, false)
		}
	case *ast.Ident:
		if sym := a.info.Names[n]; sym != nil {
			if s := a.symbolEntity(sym, &entity{}); s != nil && s.kind == e.kind && sameEntity(s, e) {
				add(n, n.Name, false)
			}
			return
		}
		if len(path) > 1 {
			if mem, ok := path[len(path)-2].(*ast.MemberExpr); ok && mem.Name == n && n.Name == e.name &&
				(e.kind == entFunc || e.kind == entProperty || e.kind == entBuiltinMethod) {
				if s := a.memberEntity(mem, path[:len(path)-1], &entity{name: n.Name}); s != nil && s.kind == e.kind && sameEntity(s, e) {
					add(n, n.Name, false)
				}
			}
		}
	case *ast.BuiltinExpr:
		if sym := a.info.Names[n]; sym != nil && e.kind == entBuiltin && sym.Builtin == e.builtin {
			add(n.Name, n.Name.Name, false)
		}
	case *ast.StaticExpr:
		if s := a.staticEntity(n); s != nil && s.kind == e.kind && sameEntity(s, e) {
			add(n, n.Name, false)
		}
	case *ast.ClassVar:
		if (e.kind == entStaticVar || e.kind == entProperty) && n.Name == e.name && a.enclosingClass(path) == e.class {
			add(n, n.Name, true)
		}
	}
}

// sameEntity reports whether two entities of the same kind are the same thing.
func sameEntity(x, y *entity) bool {
	switch x.kind {
	case entVar:
		return x.v != nil && x.v == y.v
	case entFunc:
		return x.fn == y.fn
	case entClass:
		return x.class == y.class
	case entStaticVar, entProperty:
		return x.class == y.class && x.name == y.name
	case entBuiltin:
		return x.builtin == y.builtin
	case entBuiltinClass:
		return x.bclass == y.bclass
	case entBuiltinMethod:
		return x.bclass == y.bclass && x.builtin == y.builtin
	case entNamespace:
		return x.module == y.module
	}
	return false
}
