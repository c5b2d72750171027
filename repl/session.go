// Package repl is hsh's interactive shell: a Session that evaluates one input
// after another while keeping variables, functions, classes and imports (on
// top of interp.Session), and the terminal loop around it (prompt, history,
// completion, Ctrl-C).
package repl

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/interp/vm"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Config configures a Session.
type Config struct {
	RootPath string            // directory of include and import paths
	Files    map[string][]byte // virtual files (a configuration's scripting files)
	Catalog  *catalog.Catalog  // builtins; the Session adds a hidden one
	Stdout   io.Writer         // where the inputs' output goes
	Limits   vm.Limits         // limits of each input's run
	Keys     catalog.KeyStore  // keys that scripts name as "pki:<id>"; nil for none
	// ShowValues prints the value of an input that is a lone expression
	// (not an assignment), as HSL would write it, unless it is none.
	ShowValues bool
}

// showFunc is the hidden builtin that prints the value of a lone expression.
const showFunc = "__hsh_repl_show"

// Session evaluates inputs one after another, keeping their state in an
// interp.Session. It adds what a shell needs: the values of lone
// expressions, and the names for completion.
type Session struct {
	cfg      Config
	cat      *catalog.Catalog
	is       *interp.Session
	inputs   int             // inputs given to is, which names them by number
	declared map[string]bool // functions and classes declared or imported so far
	members  map[string]classMembers
}

// classMembers are the names a class declared in an input offers from
// outside: methods and instance variables after `->`, static functions
// after `::`.
type classMembers struct {
	instance []string
	static   []string
}

// NewSession returns a Session with no state.
func NewSession(cfg Config) *Session {
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	hidden := catalog.New()
	hidden.AddFunc(&catalog.Func{
		Name:   showFunc,
		Params: []catalog.Param{{Name: "value", Type: "any"}},
		Impl: func(a *catalog.Args) (value.Value, error) {
			if v := a.Get(0); !v.IsNone() {
				fmt.Fprintln(a.Stdout(), v.Repr())
			}
			return value.None, nil
		},
	})
	base := cfg.Catalog
	if base == nil {
		base = catalog.New()
	}
	cat := base.Merge(hidden)
	return &Session{
		cfg:      cfg,
		cat:      cat,
		is:       interp.NewSession(interp.Options{RootPath: cfg.RootPath, Files: cfg.Files, Catalog: cat}),
		declared: map[string]bool{},
		members:  map[string]classMembers{},
	}
}

// CompileError is an input that does not compile; its diagnostics point into
// the input.
type CompileError struct {
	Diags diag.List
}

func (e *CompileError) Error() string {
	var b strings.Builder
	for i, d := range e.Diags {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// Eval compiles and runs one input. Compile errors come back as a
// *CompileError; runtime errors as the interpreter reports them
// (*catalog.Exception or *catalog.Thrown). Positions are those of the input
// as typed, in a file named "<input N>". Warnings about the input of a
// successful compile are returned.
func (s *Session) Eval(ctx context.Context, src string) (warnings diag.List, err error) {
	s.inputs++
	name := fmt.Sprintf("<input %d>", s.inputs) // as interp.Session names it
	m := newMapping(name)
	file, pdiags := grammar.Parse(name, []byte(src))
	run := src
	if !pdiags.HasErrors() {
		run = m.instrument(src, s.edits(file))
	}
	diags, runErr := s.is.Eval(ctx, run, interp.RunOptions{Stdout: s.cfg.Stdout, Limits: s.cfg.Limits, Keys: s.cfg.Keys})
	diags = m.diags(diags)
	if diags.HasErrors() {
		return nil, &CompileError{Diags: diags}
	}
	for _, d := range diags {
		if d.File == name {
			warnings = append(warnings, d)
		}
	}
	for _, st := range file.Stmts {
		for _, n := range declaredNames(st) {
			s.declared[n] = true
		}
		if c, ok := st.(*ast.ClassDecl); ok {
			s.members[c.Name.Name] = publicMembers(c)
		}
	}
	return warnings, m.runtime(runErr)
}

// edits are the insertions that print the value of an input that is a lone
// expression, with ShowValues.
func (s *Session) edits(f *ast.File) []edit {
	if !s.cfg.ShowValues || len(f.Stmts) != 1 {
		return nil
	}
	st, ok := f.Stmts[0].(*ast.ExprStmt)
	if !ok || !shows(st.X) {
		return nil
	}
	sp := st.X.Span()
	return []edit{{sp.Start, showFunc + "("}, {sp.End, ")"}}
}

// shows reports whether the value of a lone expression is worth printing:
// not for assignments, increments and unset.
func shows(x ast.Expr) bool {
	switch x.(type) {
	case *ast.AssignExpr, *ast.IncDecExpr, *ast.UnsetExpr:
		return false
	}
	return true
}

// declaredNames are the functions and classes a top-level statement
// declares or imports.
func declaredNames(st ast.Stmt) []string {
	switch n := st.(type) {
	case *ast.FuncDecl:
		return []string{n.Name.Name}
	case *ast.ClassDecl:
		return []string{n.Name.Name}
	case *ast.ImportStmt:
		switch n.Kind {
		case ast.ImportNamed:
			var out []string
			for _, sp := range n.Specs {
				if !sp.IsVariable() {
					out = append(out, sp.LocalName())
				}
			}
			return out
		case ast.ImportStar:
			return []string{n.Namespace}
		}
	}
	return nil
}

// publicMembers are the members of a class that code outside it may use.
func publicMembers(c *ast.ClassDecl) classMembers {
	var m classMembers
	for _, f := range c.Funcs {
		switch {
		case f.Private:
		case f.Static:
			m.static = append(m.static, f.Name.Name)
		default:
			m.instance = append(m.instance, f.Name.Name)
		}
	}
	for _, v := range c.Vars {
		if !v.Private && !v.Static {
			m.instance = append(m.instance, v.Name)
		}
	}
	return m
}

// Members returns the methods and instance variables that `->` reaches on
// the value of the variable name (without "$"), sorted; none when the
// variable does not hold an object.
func (s *Session) Members(name string) []string {
	v, ok := s.is.Vars()[name]
	if !ok || v.Kind() != value.KindObject {
		return nil
	}
	class := v.AsObject().ClassName()
	var names []string
	if c := s.cat.Class(class); c != nil {
		for n := range c.Methods {
			names = append(names, n)
		}
	} else {
		names = append(names, s.members[class].instance...)
	}
	sort.Strings(names)
	return names
}

// Statics returns the static functions that `Class::` reaches, sorted.
func (s *Session) Statics(class string) []string {
	var names []string
	if c := s.cat.Class(class); c != nil {
		for n := range c.Statics {
			names = append(names, n)
		}
	} else {
		names = append(names, s.members[class].static...)
	}
	sort.Strings(names)
	return names
}

// Variables returns the names of the variables the session holds, sorted,
// without "$".
func (s *Session) Variables() []string {
	vars := s.is.Vars()
	names := make([]string, 0, len(vars))
	for n := range vars {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Declared returns the functions and classes declared or imported by earlier
// inputs, sorted.
func (s *Session) Declared() []string {
	names := make([]string, 0, len(s.declared))
	for n := range s.declared {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Catalog returns the builtins available to inputs (the hidden one included).
func (s *Session) Catalog() *catalog.Catalog { return s.cat }
