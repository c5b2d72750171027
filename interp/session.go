package interp

import (
	"context"
	"fmt"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/interp/vm"
)

// Session evaluates a sequence of inputs as one growing program, as a REPL
// does: variables, functions, classes and imports of earlier inputs stay
// available to later ones, and no input runs twice.
//
// Each input is compiled as a program whose top level starts with the
// declarations of earlier inputs (declarations have no side effects) and
// whose variables are seeded with the values earlier inputs left.
type Session struct {
	opts  Options
	decls []ast.Stmt // function, class and import declarations so far
	vars  map[string]value.Value
	n     int
}

// NewSession starts an empty session.
func NewSession(opts Options) *Session {
	return &Session{opts: opts, vars: map[string]value.Value{}}
}

// Vars returns the names and values of the session's variables.
func (s *Session) Vars() map[string]value.Value { return s.vars }

// Eval compiles and runs one input. Compile errors come back as diagnostics
// (and nothing runs); runtime errors as the error. Declarations of an input
// with a compile error are not kept.
func (s *Session) Eval(ctx context.Context, src string, ro RunOptions) (diag.List, error) {
	s.n++
	name := fmt.Sprintf("<input %d>", s.n)
	file, diags := grammar.Parse(name, []byte(src))
	if diags.HasErrors() {
		return diags, nil
	}
	var decls []ast.Stmt
	for _, st := range file.Stmts {
		switch st.(type) {
		case *ast.FuncDecl, *ast.ClassDecl, *ast.ImportStmt:
			decls = append(decls, st)
		}
	}
	// A declaration in this input replaces an earlier one of the same name.
	redeclared := map[string]bool{}
	for _, d := range decls {
		redeclared[declName(d)] = true
	}
	var kept []ast.Stmt
	for _, d := range s.decls {
		if n := declName(d); n == "" || !redeclared[n] {
			kept = append(kept, d)
		}
	}
	whole := &ast.File{Loc: file.Loc, Name: name, Comments: file.Comments,
		Stmts: append(append([]ast.Stmt{}, kept...), file.Stmts...)}
	vars := map[string]bool{}
	for k := range s.opts.Variables {
		vars[k] = s.opts.Variables[k]
	}
	for k := range s.vars {
		if _, host := vars[k]; !host {
			vars[k] = false
		}
	}
	info := resolve.Resolve(whole, resolve.Options{
		Catalog: s.opts.Catalog, Context: s.opts.Context, Predeclared: vars,
		Loader: &Loader{Root: s.opts.RootPath, Files: s.opts.Files},
	})
	diags = append(diags, info.Diags...)
	if diags.HasErrors() {
		diags.Sort()
		return dedupe(diags), nil
	}
	code, cdiags := vm.Compile(info, s.opts.Catalog, s.opts.Context)
	diags = append(diags, cdiags...)
	if diags.HasErrors() {
		diags.Sort()
		return dedupe(diags), nil
	}
	s.decls = append(kept, decls...)
	values := map[string]value.Value{}
	for k, v := range s.vars {
		values[k] = v
	}
	for k, v := range ro.Vars {
		values[k] = v
	}
	m := vm.NewMachine(code, vm.Options{
		Stdout: ro.Stdout, Context: ctx, RootPath: s.opts.RootPath, Files: s.opts.Files, Vars: values,
		Limits: ro.Limits, Shared: ro.Shared, Catalog: s.opts.Catalog, Keys: ro.Keys,
	})
	err := m.Run()
	after := m.Globals()
	for k := range s.vars {
		if _, ok := after[k]; !ok {
			delete(s.vars, k) // unset by this input
		}
	}
	for k, v := range after {
		if _, host := s.opts.Variables[k]; !host {
			s.vars[k] = v
		}
	}
	return diags, err
}

// declName is the name a function or class declaration binds ("" for imports).
func declName(st ast.Stmt) string {
	switch d := st.(type) {
	case *ast.FuncDecl:
		return d.Name.Name
	case *ast.ClassDecl:
		return d.Name.Name
	}
	return ""
}
