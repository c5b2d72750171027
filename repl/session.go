// Package repl is hsh's interactive shell: a Session that evaluates one input
// after another while keeping variables, functions, classes and imports, and
// the terminal loop around it (prompt, history, completion, Ctrl-C).
//
// The interpreter compiles whole programs, so a Session turns every input into
// a program of its own:
//
//   - the declarations of earlier inputs (functions, classes and imports,
//     without their other statements) are included in front of it, as virtual
//     files that keep their original positions;
//   - the variables of earlier inputs are the program's host variables, given
//     their last values when it starts;
//   - after each top-level statement of the input, a hidden call hands the
//     current values of the top-level variables back to the Session, so a
//     failing statement keeps what the statements before it did.
//
// Nothing is run twice. Values that belong to one program cannot enter the
// next: HSL functions and closures, and instances of classes declared in HSL.
// A variable holding one (directly or inside an array) is dropped after the
// input, with a note on the session's notes writer.
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
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/interp/vm"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Config configures a Session.
type Config struct {
	RootPath string            // directory of include and import paths
	Files    map[string][]byte // virtual files (a configuration's scripting files)
	Catalog  *catalog.Catalog  // builtins; the Session adds two hidden ones
	Stdout   io.Writer         // where the inputs' output goes
	Notes    io.Writer         // where notes about dropped variables go (nil: nowhere)
	Limits   vm.Limits         // limits of each input's run
	// ShowValues prints the value of an input that is a lone expression
	// (not an assignment), as HSL would write it, unless it is none.
	ShowValues bool
}

// Names of the hidden builtins that the Session adds to every input.
const (
	saveFunc  = "__hsh_repl_save"
	unsetFunc = "__hsh_repl_unset"
	showFunc  = "__hsh_repl_show"
)

// Session evaluates inputs one after another, keeping their state.
type Session struct {
	cfg     Config
	cat     *catalog.Catalog
	inputs  int
	chunks  []*chunk               // earlier inputs that declared something
	vars    map[string]value.Value // top-level variables and their values
	capture []value.Value          // values of the last hidden save call
	saved   bool                   // the hidden save call ran during this input
}

// chunk is an earlier input reduced to its declarations.
type chunk struct {
	name  string
	src   []byte // the input, statements other than declarations blanked
	decls []decl
}

// decl is one top-level declaration of an input: the names it binds and where
// it is in the input's text.
type decl struct {
	names      []string // "f" for functions and classes, "$v" for imported variables
	start, end int
	kind       string // "function", "class" or "import"
}

// unsetMarker is what the hidden unset builtin returns: a variable that is
// not set at the time of the save.
type unsetMarker struct{}

func (unsetMarker) ClassName() string { return "unset" }

// NewSession returns a Session with no state.
func NewSession(cfg Config) *Session {
	if cfg.Notes == nil {
		cfg.Notes = io.Discard
	}
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	s := &Session{cfg: cfg, vars: map[string]value.Value{}}
	hidden := catalog.New()
	hidden.AddFunc(&catalog.Func{
		Name:   saveFunc,
		Params: []catalog.Param{{Name: "values", Type: "any", Variadic: true}},
		Impl: func(a *catalog.Args) (value.Value, error) {
			s.capture = append(s.capture[:0], a.Values...)
			s.saved = true
			return value.None, nil
		},
	})
	marker := value.ObjectValue(unsetMarker{})
	hidden.AddFunc(&catalog.Func{
		Name: unsetFunc,
		Impl: func(*catalog.Args) (value.Value, error) { return marker, nil },
	})
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
	s.cat = base.Merge(hidden)
	return s
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
// (*catalog.Exception or *catalog.Thrown), with positions in the input.
// Warnings of a successful compile are returned in diags.
func (s *Session) Eval(ctx context.Context, src string) (warnings diag.List, err error) {
	s.inputs++
	name := fmt.Sprintf("<input-%d>", s.inputs)
	file, diags := grammar.Parse(name, []byte(src))
	if diags.HasErrors() {
		return nil, &CompileError{Diags: diags}
	}
	decls := declarations(file)
	redeclared := map[string]bool{}
	for _, d := range decls {
		for _, n := range d.names {
			redeclared[n] = true
		}
	}
	files := map[string][]byte{}
	for k, v := range s.cfg.Files {
		files[k] = v
	}
	var prelude strings.Builder
	for _, c := range s.chunks {
		text := c.text(redeclared)
		if text == nil {
			continue
		}
		files[c.name] = text
		fmt.Fprintf(&prelude, "include %q; ", c.name)
	}

	// Pass 1: the input as written, to report its errors and find its globals.
	m := newMapping(name, prelude.Len())
	opts := interp.Options{RootPath: s.cfg.RootPath, Files: files, Catalog: s.cat, Variables: map[string]bool{}}
	for n := range s.vars {
		opts.Variables[n] = false
	}
	prog, diags := interp.Compile(name, []byte(prelude.String()+src), opts)
	if diags.HasErrors() {
		return nil, &CompileError{Diags: m.diags(diags)}
	}
	warnings = m.diags(diags)
	globals := entryGlobals(prog.Info())

	// Pass 2: the same with the hidden save call after each statement.
	gen := m.instrument(prelude.String(), src, s.edits(file, saveCall(globals)))
	prog, diags = interp.Compile(name, []byte(gen), opts)
	if diags.HasErrors() {
		return warnings, fmt.Errorf("hsh: internal error: the instrumented input does not compile: %s", diags[0])
	}
	s.capture, s.saved = s.capture[:0], false
	runErr := prog.Run(ctx, interp.RunOptions{Stdout: s.cfg.Stdout, Vars: s.vars, Limits: s.cfg.Limits})
	if s.saved {
		s.keep(globals)
	}
	s.addChunk(name, []byte(src), decls, redeclared)
	return warnings, m.runtime(runErr)
}

// edits are the insertions of pass 2: the save call after every top-level
// statement but declarations and, with ShowValues, the call that prints the
// value of an input that is a lone expression.
func (s *Session) edits(f *ast.File, save string) []edit {
	var out []edit
	if s.cfg.ShowValues && len(f.Stmts) == 1 {
		if st, ok := f.Stmts[0].(*ast.ExprStmt); ok && shows(st.X) {
			sp := st.X.Span()
			out = append(out, edit{sp.Start, showFunc + "("}, edit{sp.End, ")"})
		}
	}
	if save == "" {
		return out
	}
	for _, st := range f.Stmts {
		switch st.(type) {
		case *ast.FuncDecl, *ast.ClassDecl:
			continue
		}
		out = append(out, edit{st.Span().End, save})
	}
	return out
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

// keep takes the values of the last save call as the new state.
func (s *Session) keep(globals []*resolve.Var) {
	var dropped []string
	for i, g := range globals {
		if i >= len(s.capture) {
			break
		}
		v := s.capture[i]
		if _, unset := v.Ref().(unsetMarker); unset {
			delete(s.vars, g.Name)
			continue
		}
		if !portable(v) {
			delete(s.vars, g.Name)
			dropped = append(dropped, "$"+g.Name)
			continue
		}
		s.vars[g.Name] = v.Share()
	}
	if len(dropped) > 0 {
		fmt.Fprintf(s.cfg.Notes, "note: %s not kept for the next input: it holds an HSL function or an object of an HSL class\n", strings.Join(dropped, ", "))
	}
}

// addChunk records the declarations of a compiled input and forgets the
// earlier declarations of the names it declares again.
func (s *Session) addChunk(name string, src []byte, decls []decl, redeclared map[string]bool) {
	for _, c := range s.chunks {
		c.drop(redeclared)
	}
	if len(decls) == 0 {
		return
	}
	c := &chunk{name: name, src: src, decls: decls}
	s.chunks = append(s.chunks, c)
}

// Variables returns the names of the variables the session holds, sorted,
// without "$".
func (s *Session) Variables() []string {
	names := make([]string, 0, len(s.vars))
	for n := range s.vars {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Declared returns the functions and classes declared or imported by earlier
// inputs, sorted.
func (s *Session) Declared() []string {
	var names []string
	for _, c := range s.chunks {
		for _, d := range c.decls {
			for _, n := range d.names {
				if !strings.HasPrefix(n, "$") {
					names = append(names, n)
				}
			}
		}
	}
	sort.Strings(names)
	return names
}

// Catalog returns the builtins available to inputs (hidden ones included).
func (s *Session) Catalog() *catalog.Catalog { return s.cat }

// text returns the chunk's source with the declarations of the given names
// blanked, or nil when no declaration is left.
func (c *chunk) text(without map[string]bool) []byte {
	out := blankAll(c.src)
	kept := false
	for _, d := range c.decls {
		if d.binds(without) {
			continue
		}
		copy(out[d.start:d.end], c.src[d.start:d.end])
		kept = true
	}
	if !kept {
		return nil
	}
	return out
}

// drop forgets the declarations that bind any of the given names.
func (c *chunk) drop(names map[string]bool) {
	kept := c.decls[:0]
	for _, d := range c.decls {
		if !d.binds(names) {
			kept = append(kept, d)
		}
	}
	c.decls = kept
}

func (d decl) binds(names map[string]bool) bool {
	for _, n := range d.names {
		if names[n] {
			return true
		}
	}
	return false
}

// blankAll returns a copy of src with every byte but newlines made a space,
// so that what is copied back keeps its line and column.
func blankAll(src []byte) []byte {
	out := make([]byte, len(src))
	for i, c := range src {
		if c == '\n' {
			out[i] = '\n'
		} else {
			out[i] = ' '
		}
	}
	return out
}

// declarations lists the top-level function, class and import declarations
// of an input. Data imports (`import $v from "x.json"`) are statements: they
// assign a variable, which the session keeps like any other.
func declarations(f *ast.File) []decl {
	var out []decl
	for _, st := range f.Stmts {
		sp := st.Span()
		d := decl{start: sp.Start.Offset, end: sp.End.Offset}
		switch n := st.(type) {
		case *ast.FuncDecl:
			d.kind, d.names = "function", []string{n.Name.Name}
		case *ast.ClassDecl:
			d.kind, d.names = "class", []string{n.Name.Name}
		case *ast.ImportStmt:
			switch n.Kind {
			case ast.ImportNamed:
				for _, sp := range n.Specs {
					d.names = append(d.names, sp.LocalName())
				}
			case ast.ImportStar:
				d.names = []string{n.Namespace}
			default:
				continue
			}
			d.kind = "import"
		default:
			continue
		}
		out = append(out, d)
	}
	return out
}

// entryGlobals returns the module globals of the program's entry file that
// something assigns (not those only tested with isset).
func entryGlobals(info *resolve.Info) []*resolve.Var {
	mods := info.Modules
	if len(mods) == 0 {
		return nil
	}
	var out []*resolve.Var
	for _, g := range mods[len(mods)-1].Globals {
		if g.Kind == resolve.Global && g.Defined() {
			out = append(out, g)
		}
	}
	return out
}

// saveCall is the hidden statement that hands the globals to the session.
func saveCall(globals []*resolve.Var) string {
	if len(globals) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(" " + saveFunc + "(")
	for i, g := range globals {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "isset($%s) ? $%s : %s()", g.Name, g.Name, unsetFunc)
	}
	b.WriteString(");")
	return b.String()
}

// portable reports whether v can be given to another program: it holds no
// HSL function and no object of an HSL class.
func portable(v value.Value) bool {
	switch v.Kind() {
	case value.KindFunction:
		_, hsl := v.AsFunction().(*vm.Closure)
		return !hsl
	case value.KindObject:
		_, hsl := v.AsObject().(*vm.Object)
		return !hsl
	case value.KindArray:
		a := v.AsArray()
		for i := 0; i < a.Len(); i++ {
			if _, e := a.Entry(i); !portable(e) {
				return false
			}
		}
	}
	return true
}
