package lsp

import (
	"fmt"
	"sort"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
)

// Workspace-wide references and rename. A name declared at the top level of
// a file (a function, a class with its members, a global variable) can be
// used by every file that includes or imports that file, directly or
// through others. The declaration's place identifies the name across the
// analyses of those files: each of them finds the entity declared there in
// its own resolution and lists its occurrences.

// wsOcc is an occurrence of a name anywhere in the workspace.
type wsOcc struct {
	path       string
	uri        protocol.DocumentURI
	rng        protocol.Range
	start, end int
	decl       bool
	spelled    string // the text at the occurrence
}

// found is an entity as one analysis resolved it.
type found struct {
	a *analysis
	e *entity
}

// shared reports whether other files can use an entity: top-level
// functions, classes and their members, and global variables.
func shared(e *entity) bool {
	switch e.kind {
	case entFunc:
		_, lit := e.fn.Node.(*ast.FuncLit)
		return !lit
	case entClass, entStaticVar, entProperty:
		return true
	case entVar:
		return e.v != nil && e.v.Kind == resolve.Global && e.v.Decl != nil
	}
	return false
}

// workspaceReferences returns every occurrence of the entity e of analysis
// a in the workspace, sorted by file and place, and the entity as each
// analysis that has occurrences resolved it (a's first).
func (s *server) workspaceReferences(a *analysis, e *entity) ([]wsOcc, []found) {
	sn := s.snapshot()
	all := []found{{a, e}}
	d, ok := a.declaration(e)
	if ok && shared(e) {
		s.index.mu.Lock()
		declPath := a.pathOf(d.file)
		name := a.spelling(d)
		var closed []string
		var others []*analysis
		for _, p := range s.index.users(sn, declPath, name) {
			switch _, open := sn.open[p]; {
			case p == a.path:
			case open:
				others = append(others, s.openAnalysis(sn.open[p].uri))
			default:
				closed = append(closed, p)
			}
		}
		others = append(others, s.index.analysesOf(sn, closed)...)
		for _, other := range others {
			if other == nil {
				continue
			}
			if oe := other.entityDeclaredAt(declPath, d.start, e.kind); oe != nil {
				all = append(all, found{other, oe})
			}
		}
		s.index.mu.Unlock()
	}
	type place struct {
		path  string
		start int
	}
	seen := map[place]bool{}
	searched := map[string]bool{} // files whose occurrences are listed
	var out []wsOcc
	for _, f := range all {
		// A file that several analyses load (the library all hooks import)
		// is searched in the first one only.
		var now []string
		skip := func(name string) bool {
			p := f.a.pathOf(name)
			if searched[p] {
				return true
			}
			now = append(now, p)
			return false
		}
		occs := f.a.referencesIn(f.e, skip)
		for _, p := range now {
			searched[p] = true
		}
		for _, o := range occs {
			p := f.a.pathOf(o.file)
			t := f.a.textOf(o.file)
			if t == nil || o.end > len(t.src) || seen[place{p, o.start}] {
				continue
			}
			seen[place{p, o.start}] = true
			u := sn.uriOf(p)
			if p == a.path {
				u = a.uriOf(o.file)
			}
			out = append(out, wsOcc{path: p, uri: u, rng: t.rangeOf(o.start, o.end), start: o.start, end: o.end,
				decl: o.decl, spelled: string(t.src[o.start:o.end])})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].path != out[j].path {
			return out[i].path < out[j].path
		}
		return out[i].start < out[j].start
	})
	return out, all
}

// openAnalysis returns the analysis of an open document, or nil.
func (s *server) openAnalysis(u protocol.DocumentURI) *analysis {
	a, err := s.analysisOf(u)
	if err != nil {
		return nil
	}
	return a
}

// spelling is the text of an occurrence.
func (a *analysis) spelling(o occurrence) string {
	t := a.textOf(o.file)
	if t == nil || o.end > len(t.src) || o.start > o.end {
		return ""
	}
	return string(t.src[o.start:o.end])
}

// entityDeclaredAt finds, in this analysis, the entity of a kind declared
// at byte offset off of the file at path, if the program has that file.
func (a *analysis) entityDeclaredAt(path string, off int, kind entityKind) *entity {
	for _, f := range a.programFiles() {
		if a.pathOf(f.Name) != path {
			continue
		}
		if e := a.entityIn(f, off); e != nil && e.kind == kind {
			return e
		}
	}
	return nil
}

// declaredName is the name an entity has where it is declared (an alias
// of an import spells it otherwise).
func (e *entity) declaredName() string {
	switch e.kind {
	case entVar:
		if e.v != nil {
			return e.v.Name
		}
	case entFunc:
		return memberName(e.fn)
	case entClass:
		return e.class.Name
	}
	return e.name
}

// renameError is the error of a rename that cannot be done.
func renameError(format string, args ...any) error {
	return jsonrpc2.NewError(jsonrpc2.InvalidParams, fmt.Sprintf(format, args...))
}

// checkNewName reports whether a new name is spelled right for an entity.
func checkNewName(e *entity, name string) error {
	bad := !isIdent(name)
	if !bad && (e.kind == entFunc && e.fn.Class == nil || e.kind == entClass) {
		// Reserved words cannot name functions and classes.
		_, d1 := grammar.Parse("name", []byte("function "+name+"() {}"))
		_, d2 := grammar.Parse("name", []byte(name+"();"))
		bad = len(d1) > 0 || len(d2) > 0
	}
	if bad {
		return renameError("%q is not a valid name: use letters, digits and _, not starting with a digit, and no reserved word", name)
	}
	return nil
}

// workspaceRename renames an entity everywhere it is spelled with its
// declared name; names given by `import … as …` keep theirs.
func (s *server) workspaceRename(a *analysis, e *entity, name string) (*protocol.WorkspaceEdit, error) {
	old := e.declaredName()
	if d, ok := a.declaration(e); ok {
		old = a.spelling(d)
	}
	if name == old {
		return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{}}, nil
	}
	occs, all := s.workspaceReferences(a, e)
	for _, f := range all {
		if why := f.a.clash(f.e, old, name, nil); why != "" {
			return nil, renameError("cannot rename %s to %s: %s", old, name, why)
		}
	}
	changes := map[protocol.DocumentURI][]protocol.TextEdit{}
	for _, o := range occs {
		if o.spelled == old {
			changes[o.uri] = append(changes[o.uri], protocol.TextEdit{Range: o.rng, NewText: name})
		}
	}
	return &protocol.WorkspaceEdit{Changes: changes}, nil
}

// aliasRename renames the alias an import gives (`g` of `import { f as g }`)
// where the file's module uses it; the imported name keeps its name.
func (a *analysis) aliasRename(e *entity, name string) (*protocol.WorkspaceEdit, error) {
	m := a.info.Entry
	var spec *ast.ImportSpec
	var specFile string
	for _, f := range a.programFiles() {
		if a.moduleOf(f) != m {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if s, ok := n.(*ast.ImportSpec); ok && spec == nil && s.Alias != "" &&
				strings.TrimPrefix(s.Alias, "$") == e.name && s.IsVariable() == (e.kind == entVar) {
				spec, specFile = s, f.Name
			}
			return spec == nil
		})
	}
	if spec == nil {
		return nil, renameError("cannot rename %s: the import that names it was not found", e.name)
	}
	if why := a.clash(e, e.name, name, m); why != "" {
		return nil, renameError("cannot rename %s to %s: %s", e.name, name, why)
	}
	changes := map[protocol.DocumentURI][]protocol.TextEdit{}
	add := func(file string, start, end int) {
		if t := a.textOf(file); t != nil {
			u := a.uriOf(file)
			changes[u] = append(changes[u], protocol.TextEdit{Range: t.rangeOf(start, end), NewText: name})
		}
	}
	start, end := aliasRange(spec)
	add(specFile, start, end)
	inModule := map[string]bool{}
	for _, f := range a.programFiles() {
		inModule[f.Name] = a.moduleOf(f) == m
	}
	for _, o := range a.references(e) {
		if inModule[o.file] && !o.decl && a.spelling(o) == e.name && !(o.file == specFile && o.start >= spec.Start.Offset && o.end <= spec.End.Offset) {
			add(o.file, o.start, o.end)
		}
	}
	return &protocol.WorkspaceEdit{Changes: changes}, nil
}

// clash reports why an entity, spelled old, cannot be called name in this
// analysis (only in module m when m is not nil), or "".
func (a *analysis) clash(e *entity, old, name string, m *resolve.Module) string {
	if a.info == nil {
		return ""
	}
	switch {
	case e.kind == entVar:
		return a.varClash(e.v, old, name, m)
	case e.kind == entFunc && e.fn.Class != nil:
		c := e.fn.Class
		if f := c.Methods[name]; f != nil {
			return fmt.Sprintf("%s: class %s already has a function %s", a.where(f.Node), c.Name, name)
		}
		if f := c.Statics[name]; f != nil {
			return fmt.Sprintf("%s: class %s already has a static function %s", a.where(f.Node), c.Name, name)
		}
	case e.kind == entStaticVar || e.kind == entProperty:
		for _, v := range append(append([]*ast.ClassVar(nil), e.class.Vars...), e.class.StaticVars...) {
			if v.Name == name {
				return fmt.Sprintf("%s: class %s already has a variable $%s", a.where(v), e.class.Name, name)
			}
		}
	case e.kind == entFunc || e.kind == entClass:
		return a.funcClash(e, old, name, m)
	}
	return ""
}

// varClash checks every scope where the variable is seen as $old.
func (a *analysis) varClash(v *resolve.Var, old, name string, m *resolve.Module) string {
	var scopes []*resolve.Scope
	for _, mod := range a.info.Modules {
		scopes = append(scopes, mod.Scope)
	}
	for _, fn := range a.info.Functions {
		scopes = append(scopes, fn.Scope)
	}
	for _, sc := range scopes {
		if sc == nil || m != nil && sc.Module != m {
			continue
		}
		if seen := sc.Vars[old]; seen == nil || canonical(seen) != v {
			continue
		}
		if other := sc.Vars[name]; other != nil {
			what := "a variable"
			switch {
			case other.Decl == nil && other.ReadOnly:
				what = "a read-only context variable"
			case other.Decl == nil && other.Kind == resolve.Global && sc.Module == a.info.Entry && a.setting.predeclared != nil:
				if _, ok := a.setting.predeclared[name]; ok {
					what = "a context variable"
				}
			}
			at := sc.Module.Path
			if other.Decl != nil {
				at = a.where(other.Decl)
			}
			return fmt.Sprintf("%s: $%s is already %s there", at, name, what)
		}
	}
	return ""
}

// funcClash checks the modules that see a function or class as old, and
// the builtins.
func (a *analysis) funcClash(e *entity, old, name string, m *resolve.Module) string {
	same := func(sym *resolve.Symbol) bool {
		return sym != nil && (e.kind == entFunc && sym.Kind == resolve.SymFunc && sym.Func == e.fn ||
			e.kind == entClass && sym.Kind == resolve.SymClass && sym.Class == e.class)
	}
	for _, mod := range a.info.Modules {
		if m != nil && mod != m {
			continue
		}
		sees := same(mod.Symbols[old]) ||
			e.kind == entFunc && mod.Funcs[old] == e.fn || e.kind == entClass && mod.Classes[old] == e.class
		for _, fn := range a.info.Functions {
			if fn.Module == mod && fn.Scope != nil && fn.Scope.Funcs[old] == e.fn && e.kind == entFunc {
				sees = true
				if f := fn.Scope.Funcs[name]; f != nil {
					return fmt.Sprintf("%s: a function %s is already declared there", a.where(f.Node), name)
				}
			}
		}
		if !sees {
			continue
		}
		if f := mod.Funcs[name]; f != nil {
			return fmt.Sprintf("%s: a function %s is already declared there", a.where(f.Node), name)
		}
		if c := mod.Classes[name]; c != nil {
			return fmt.Sprintf("%s: a class %s is already declared there", a.where(c.Decl), name)
		}
		if mod.Symbols[name] != nil {
			return fmt.Sprintf("%s already imports a name %s", mod.Path, name)
		}
	}
	if cat := a.setting.catalog; cat != nil && (cat.Func(name) != nil || cat.Class(name) != nil) {
		return fmt.Sprintf("%s is a builtin, which the new name would hide", name)
	}
	return ""
}

// where renders a node's place for messages: file:line:col.
func (a *analysis) where(n ast.Node) string {
	if n == nil {
		return "?"
	}
	l := n.Span()
	if fd, ok := n.(*ast.FuncDecl); ok && fd.Name != nil {
		l = fd.Name.Span()
	}
	return l.File + ":" + a.lineCol(l.File, l.Start)
}
