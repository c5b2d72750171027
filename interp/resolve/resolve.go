package resolve

import (
	"path"
	"sort"
	"strings"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
)

// Resolve parses nothing itself: it takes the parsed entry file and resolves
// it, loading and parsing what it includes and imports through opts.Loader.
func Resolve(entry *ast.File, opts Options) *Info {
	r := &resolver{
		opts: opts,
		info: &Info{
			Uses:    map[*ast.Variable]*Var{},
			Names:   map[ast.Node]*Symbol{},
			FuncOf:  map[ast.Node]*Function{},
			Data:    map[*ast.ImportStmt]*DataImport{},
			Writes:  map[*ast.Variable]bool{},
			Imports: map[*ast.ImportStmt]*Module{},
		},
		modules:  map[string]*Module{},
		included: map[string]bool{},
	}
	r.info.Entry = r.module(entry.Name, entry, true)
	r.info.Diags.Sort()
	return r.info
}

type resolver struct {
	opts     Options
	info     *Info
	modules  map[string]*Module // by canonical path
	loading  []string           // import stack, for cycle errors
	includes []string           // include stack, for cycle errors
	included map[string]bool    // files included so far, for include_once
}

func (r *resolver) errorf(n ast.Node, format string, args ...any) {
	r.info.Diags = append(r.info.Diags, diag.At(n.Span(), format, args...))
}

// module resolves one module file (the entry, or an imported file).
func (r *resolver) module(p string, f *ast.File, entry bool) *Module {
	m := &Module{Path: p, File: f, Funcs: map[string]*Function{}, Classes: map[string]*Class{}, Symbols: map[string]*Symbol{}}
	r.modules[p] = m
	r.loading = append(r.loading, p)
	defer func() { r.loading = r.loading[:len(r.loading)-1] }()

	m.Scope = &Scope{Kind: ModuleScope, Node: f, Module: m, Vars: map[string]*Var{}, Funcs: m.Funcs}
	m.Init = &Function{Name: "", Node: f, Scope: m.Scope, Module: m, MaxArgs: 0, Body: &ast.Block{Loc: f.Loc, Stmts: f.Stmts}}
	r.addFunction(m.Init)
	if entry {
		names := make([]string, 0, len(r.opts.Predeclared))
		for name := range r.opts.Predeclared {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			v := r.global(m, name)
			v.defined, v.ReadOnly = true, r.opts.Predeclared[name]
		}
	}
	w := &walker{r: r, scope: m.Scope, module: m}
	w.declare(f.Stmts, true, false)
	w.stmts(f.Stmts)
	r.finish(m.Scope)
	for _, fn := range r.info.Functions {
		if fn.Module == m && fn.Scope != m.Scope {
			r.finish(fn.Scope)
		}
	}
	m.Index = len(r.info.Modules)
	r.info.Modules = append(r.info.Modules, m)
	return m
}

func (r *resolver) addFunction(fn *Function) {
	fn.Index = len(r.info.Functions)
	r.info.Functions = append(r.info.Functions, fn)
	if fn.Node != nil {
		r.info.FuncOf[fn.Node] = fn
	}
}

// global returns the module global named name, creating it.
func (r *resolver) global(m *Module, name string) *Var {
	if v, ok := m.Scope.Vars[name]; ok && (v.Kind == Global) {
		return v
	}
	for _, g := range m.Globals {
		if g.Name == name {
			return g
		}
	}
	v := &Var{Name: name, Kind: Global, Index: len(m.Globals), Module: m}
	m.Globals = append(m.Globals, v)
	if _, ok := m.Scope.Vars[name]; !ok {
		m.Scope.Vars[name] = v
	}
	return v
}

// finish numbers the slots of a scope and reports variables that are read but
// never bound anywhere.
func (r *resolver) finish(s *Scope) {
	nl, nc := 0, 0
	for _, v := range s.Locals {
		if v.Kind == Cell {
			v.Index = nc
			nc++
		} else {
			v.Index = nl
			nl++
		}
	}
	s.NumLocals, s.NumCells = nl, nc
	var undefined []*Var
	for _, v := range s.Vars {
		if !v.defined && v.firstUse != nil && (v.Kind == Local || v.Kind == Cell || v.Kind == Global) {
			undefined = append(undefined, v)
		}
	}
	sort.Slice(undefined, func(i, j int) bool {
		return undefined[i].firstUse.Start.Offset < undefined[j].firstUse.Start.Offset
	})
	for _, v := range undefined {
		r.errorf(v.firstUse, "undefined variable $%s", v.Name)
	}
}

// load reads and parses a file named by an include or import.
func (r *resolver) load(from string, spec *ast.StringLit) (string, *ast.File, []byte, bool) {
	if r.opts.Loader == nil {
		r.errorf(spec, "cannot load %q: no file loader is configured", spec.Value)
		return "", nil, nil, false
	}
	canon, src, err := r.opts.Loader.Load(from, spec.Value)
	if err != nil {
		r.errorf(spec, "cannot load %q: %v", spec.Value, err)
		return "", nil, nil, false
	}
	if !isScript(canon) {
		return canon, nil, src, true
	}
	f, diags := grammar.Parse(canon, src)
	r.info.Diags = append(r.info.Diags, diags...)
	return canon, f, src, true
}

// isScript reports whether a file is HSL source rather than data.
func isScript(p string) bool {
	return !strings.HasPrefix(p, "txt!") && !IsDataFile(p)
}

// IsDataFile reports whether a file name has one of the extensions that data
// imports convert (docs/compatibility.md).
func IsDataFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".json", ".csv", ".txt", ".yaml", ".yml", ".eml", ".crt", ".pem", ".key":
		return true
	}
	return false
}

// importModule resolves the module an import names, loading it once.
func (r *resolver) importModule(from string, s *ast.ImportStmt) *Module {
	canon, f, _, ok := r.load(from, s.Path)
	if !ok {
		return nil
	}
	for _, p := range r.loading {
		if p == canon {
			r.errorf(s.Path, "cyclic import: %s imports itself through %s", canon, strings.Join(append(r.loading[indexOf(r.loading, p):], canon), " → "))
			return nil
		}
	}
	if m := r.modules[canon]; m != nil {
		return m
	}
	if f == nil {
		r.errorf(s.Path, "%s is a data file: import it as a variable, import $v from %q", canon, s.Path.Value)
		return nil
	}
	return r.module(canon, f, false)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}
