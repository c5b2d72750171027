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
	all := s.workspaceAnalyses(sn, a, e)
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

// workspaceAnalyses returns the entity e of analysis a as each analysis of
// a workspace file that may use it resolved it (a's first): for a shared
// entity, the files that load its declaring file and spell its name or an
// alias of it.
func (s *server) workspaceAnalyses(sn *snapshot, a *analysis, e *entity) []found {
	all := []found{{a, e}}
	d, ok := a.declaration(e)
	if !ok || !shared(e) {
		return all
	}
	s.index.mu.Lock()
	defer s.index.mu.Unlock()
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
	return all
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
	switch {
	case bad:
	case e.kind == entFunc && e.fn.Class == nil || e.kind == entClass:
		// Reserved words cannot name functions and classes.
		_, d1 := grammar.Parse("name", []byte("function "+name+"() {}"))
		_, d2 := grammar.Parse("name", []byte(name+"();"))
		bad = len(d1) > 0 || len(d2) > 0
	case e.kind == entNamespace:
		_, d1 := grammar.Parse("name", []byte("import * as "+name+` from "x.hsl";`))
		_, d2 := grammar.Parse("name", []byte(name+"::f();"))
		bad = len(d1) > 0 || len(d2) > 0
	}
	if bad {
		return renameError("%q is not a valid name: use letters, digits and _, not starting with a digit, and no reserved word", name)
	}
	return nil
}

// workspaceRename renames an entity everywhere it is spelled with its
// declared name because it is that name; names given by `import … as …`
// keep theirs, also an alias spelled like the declared name (`import { g as
// f }` where g is an alias of f), with its uses.
func (s *server) workspaceRename(a *analysis, e *entity, name string) (*protocol.WorkspaceEdit, error) {
	old := e.declaredName()
	if d, ok := a.declaration(e); ok {
		old = a.spelling(d)
	}
	if name == old {
		return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{}}, nil
	}
	if importable(e) {
		// At a name an alias gives, spelled like the declared one.
		imports := a.importsByModule()
		if _, ok := a.aliasOrigin(e, e.name, a.aliasSeenIn(e, imports), imports); ok {
			return s.aliasRename(a, e, name)
		}
		return s.declaredRename(a, e, old, name)
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

// importable reports whether modules can import an entity by its name: a
// function that is not a method, a class or a global variable.
func importable(e *entity) bool {
	return shared(e) && (e.kind == entFunc && e.fn.Class == nil || e.kind == entClass || e.kind == entVar)
}

// declaredRename renames an importable entity, spelled old where it is
// declared, in the modules that see it by that name because it is its
// name: the declaring module and those that import it without alias from
// one of them (again and again). There its declaration, uses, `ns::old` of
// their namespaces and the names imported from them change; a module that
// sees it as old through an alias keeps that name.
func (s *server) declaredRename(a *analysis, e *entity, old, name string) (*protocol.WorkspaceEdit, error) {
	d, ok := a.declaration(e)
	if !ok {
		return nil, renameError("cannot rename %s: its declaration was not found", old)
	}
	declPath := a.pathOf(d.file)
	sn := s.snapshot()
	all := s.workspaceAnalyses(sn, a, e)
	changes := map[protocol.DocumentURI][]protocol.TextEdit{}
	type place struct {
		path  string
		start int
	}
	seen := map[place]bool{}
	searched := map[string]bool{} // files whose places are listed
	for _, f := range all {
		an := f.a
		mods := an.declaringModules(declPath)
		an.growImporters(f.e, old, mods, an.importsByModule())
		for m := range mods {
			if why := an.clash(f.e, old, name, m); why != "" {
				return nil, renameError("cannot rename %s to %s: %s", old, name, why)
			}
		}
		add := func(file string, start, end int) {
			p := an.pathOf(file)
			t := an.textOf(file)
			if t == nil || end > len(t.src) || seen[place{p, start}] {
				return
			}
			seen[place{p, start}] = true
			u := sn.uriOf(p)
			if an == a {
				u = a.uriOf(file)
			}
			changes[u] = append(changes[u], protocol.TextEdit{Range: t.rangeOf(start, end), NewText: name})
		}
		if d, ok := an.declaration(f.e); ok && !searched[an.pathOf(d.file)] {
			add(d.file, d.start, d.end)
		}
		var now []string
		for _, file := range an.programFiles() {
			p := an.pathOf(file.Name)
			if searched[p] {
				continue
			}
			now = append(now, p)
			an.aliasUses(f.e, file, old, mods, add)
		}
		for _, p := range now {
			searched[p] = true
		}
	}
	return &protocol.WorkspaceEdit{Changes: changes}, nil
}

// declaringModules returns the modules of the program whose code has the
// file at path: the module it is and the modules that include it.
func (a *analysis) declaringModules(path string) map[*resolve.Module]bool {
	mods := map[*resolve.Module]bool{}
	if a.info == nil {
		return mods
	}
	for _, f := range a.programFiles() {
		if a.pathOf(f.Name) == path {
			mods[a.moduleOf(f)] = true
		}
	}
	return mods
}

// importRef is one spec of a named import, with its statement and file.
type importRef struct {
	file string // tree name
	stmt *ast.ImportStmt
	spec *ast.ImportSpec
}

// importsByModule lists the specs of the named imports of each module of
// the program (those of the files it includes too).
func (a *analysis) importsByModule() map[*resolve.Module][]importRef {
	out := map[*resolve.Module][]importRef{}
	for _, f := range a.programFiles() {
		m := a.moduleOf(f)
		ast.Inspect(f, func(n ast.Node) bool {
			if imp, ok := n.(*ast.ImportStmt); ok {
				for _, s := range imp.Specs {
					out[m] = append(out[m], importRef{f.Name, imp, s})
				}
				return false
			}
			return true
		})
	}
	return out
}

// specFor reports whether an import spec names an entity's kind: a
// variable spec for a variable, another one for a function or class.
func specFor(s *ast.ImportSpec, e *entity) bool {
	return s.IsVariable() == (e.kind == entVar)
}

// aliasOrigin finds the import spec that gives the alias an entity is
// spelled as (name, without `$`), looking in module m: a spec of m with that
// alias, or, when m imports the name without alias, the spec of the module
// it imports it from, since a module exports the names it imports.
func (a *analysis) aliasOrigin(e *entity, name string, m *resolve.Module, imports map[*resolve.Module][]importRef) (importRef, bool) {
	seen := map[*resolve.Module]bool{}
	for m != nil && !seen[m] {
		seen[m] = true
		var next *resolve.Module
		for _, r := range imports[m] {
			if !specFor(r.spec, e) || strings.TrimPrefix(r.spec.LocalName(), "$") != name {
				continue
			}
			if r.spec.Alias != "" {
				return r, true
			}
			next = a.info.Imports[r.stmt]
			break
		}
		m = next
	}
	return importRef{}, false
}

// aliasModules returns the modules that see the entity by the alias the
// spec at byte offset at of the file at path gives (name, without `$`): the
// module of that spec and the modules that import the name, without alias,
// from one of them. ok is false when the program does not have the spec.
func (a *analysis) aliasModules(e *entity, path string, at int, name string, imports map[*resolve.Module][]importRef) (origin importRef, mods map[*resolve.Module]bool, ok bool) {
	mods = map[*resolve.Module]bool{}
	for m, refs := range imports {
		for _, r := range refs {
			if a.pathOf(r.file) == path && r.spec.Start.Offset == at && specFor(r.spec, e) {
				origin, ok = r, true
				mods[m] = true
			}
		}
	}
	if !ok {
		return origin, nil, false
	}
	a.growImporters(e, name, mods, imports)
	return origin, mods, true
}

// growImporters adds to mods, the modules that see the entity e as name
// (without `$`), the modules that import name without alias from one of
// them, again and again.
func (a *analysis) growImporters(e *entity, name string, mods map[*resolve.Module]bool, imports map[*resolve.Module][]importRef) {
	for grown := true; grown; {
		grown = false
		for m, refs := range imports {
			if mods[m] {
				continue
			}
			for _, r := range refs {
				if r.spec.Alias == "" && specFor(r.spec, e) && strings.TrimPrefix(r.spec.Name, "$") == name && mods[a.info.Imports[r.stmt]] {
					mods[m], grown = true, true
					break
				}
			}
		}
	}
}

// aliasRename renames the alias an import gives (`g` of `import { f as g }`)
// where it is used: in the module of the import and in every module that
// imports the alias from there (`import { g } from …`, again and again),
// `ns::g` of namespaces of those modules and the left side of `import { g
// as h }`. The imported name keeps its name. e is spelled as the alias in
// the entry module of a, or, on the left side of an import spec, in the
// module imported from.
func (s *server) aliasRename(a *analysis, e *entity, name string) (*protocol.WorkspaceEdit, error) {
	old := e.name
	imports := a.importsByModule()
	r, ok := a.aliasOrigin(e, old, a.aliasSeenIn(e, imports), imports)
	if !ok {
		return nil, renameError("cannot rename %s: the import that names it was not found", old)
	}
	originPath, originAt := a.pathOf(r.file), r.spec.Start.Offset
	sn := s.snapshot()
	all := s.workspaceAnalyses(sn, a, e)
	changes := map[protocol.DocumentURI][]protocol.TextEdit{}
	type place struct {
		path  string
		start int
	}
	seen := map[place]bool{}
	searched := map[string]bool{}
	for _, f := range all {
		an := f.a
		imps := imports
		if an != a {
			imps = an.importsByModule()
		}
		origin, mods, ok := an.aliasModules(f.e, originPath, originAt, old, imps)
		if !ok {
			continue
		}
		for m := range mods {
			if why := an.clash(f.e, old, name, m); why != "" {
				return nil, renameError("cannot rename %s to %s: %s", old, name, why)
			}
		}
		add := func(file string, start, end int) {
			p := an.pathOf(file)
			t := an.textOf(file)
			if t == nil || end > len(t.src) || seen[place{p, start}] {
				return
			}
			seen[place{p, start}] = true
			u := sn.uriOf(p)
			if an == a {
				u = a.uriOf(file)
			}
			changes[u] = append(changes[u], protocol.TextEdit{Range: t.rangeOf(start, end), NewText: name})
		}
		if p := an.pathOf(origin.file); !searched[p] {
			s, t := aliasRange(origin.spec)
			add(origin.file, s, t)
		}
		var now []string
		for _, file := range an.programFiles() {
			p := an.pathOf(file.Name)
			if searched[p] {
				continue
			}
			now = append(now, p)
			an.aliasUses(f.e, file, old, mods, add)
		}
		for _, p := range now {
			searched[p] = true
		}
	}
	return &protocol.WorkspaceEdit{Changes: changes}, nil
}

// aliasSeenIn returns the module whose name the entity at the cursor is
// spelled by: the module a namespace names for `ns::g`, the module imported
// from for the left side of `import { g as h }`, else the entry module.
func (a *analysis) aliasSeenIn(e *entity, imports map[*resolve.Module][]importRef) *resolve.Module {
	path := enclosing(a.file, e.start)
	if x, ok := path[len(path)-1].(*ast.StaticExpr); ok {
		if base, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			if sym := a.info.Names[base]; sym != nil && sym.Kind == resolve.SymNamespace {
				return sym.Module
			}
		}
	}
	for _, r := range imports[a.info.Entry] {
		if s := r.spec; r.file == a.name && s.Alias != "" && s.Start.Offset <= e.start && e.start < s.Start.Offset+len(s.Name) {
			return a.info.Imports[r.stmt]
		}
	}
	return a.info.Entry
}

// aliasUses calls add for the places of a file that spell the entity e as
// old because the modules mods see it by that name (an alias or its
// declared name): uses in those modules, `ns::old` of their namespaces and
// the names imported from them.
func (a *analysis) aliasUses(e *entity, file *ast.File, old string, mods map[*resolve.Module]bool, add func(file string, start, end int)) {
	m := a.moduleOf(file)
	walk(file, func(n ast.Node, path []ast.Node) {
		switch n := n.(type) {
		case *ast.ImportSpec:
			imp, _ := path[len(path)-2].(*ast.ImportStmt)
			if imp != nil && mods[a.info.Imports[imp]] && specFor(n, e) && strings.TrimPrefix(n.Name, "$") == old {
				s, t := a.nameRange(n, n.Name)
				add(file.Name, s, t)
			}
			return
		case *ast.StaticExpr:
			base, _ := ast.Unparen(n.X).(*ast.Ident)
			if base == nil || n.Name != old {
				return
			}
			if sym := a.info.Names[base]; sym != nil && sym.Kind == resolve.SymNamespace && mods[sym.Module] {
				if se := a.staticEntity(n); se != nil && se.kind == e.kind && sameEntity(se, e) {
					s, t := a.nameRange(n, n.Name)
					add(file.Name, s, t)
				}
			}
			return
		}
		if !mods[m] {
			return
		}
		a.matchOccurrence(e, n, path, m, func(x ast.Node, spelled string, decl bool) {
			switch x.(type) {
			case *ast.Ident, *ast.Variable:
				if spelled == old && !decl {
					s, t := a.nameRange(x, spelled)
					add(file.Name, s, t)
				}
			}
		})
	})
}

// namespaceRename renames the namespace of `import * as ns` where the
// module of the document sees it: the name in the import and every `ns::`
// (the files the document includes share its names). Modules do not export
// namespaces, so no other module is concerned.
func (a *analysis) namespaceRename(e *entity, name string) (*protocol.WorkspaceEdit, error) {
	old, m := e.name, a.info.Entry
	if name == old {
		return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{}}, nil
	}
	if why := a.namespaceClash(m, name); why != "" {
		return nil, renameError("cannot rename %s to %s: %s", old, name, why)
	}
	changes := map[protocol.DocumentURI][]protocol.TextEdit{}
	add := func(file string, start, end int) {
		if t := a.textOf(file); t != nil && end <= len(t.src) {
			u := a.uriOf(file)
			changes[u] = append(changes[u], protocol.TextEdit{Range: t.rangeOf(start, end), NewText: name})
		}
	}
	declared := false
	for _, f := range a.programFiles() {
		if a.moduleOf(f) != m {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ImportStmt:
				if n.Kind == ast.ImportStar && n.Namespace == old {
					if s, t, ok := a.namespaceRange(n); ok {
						add(f.Name, s, t)
						declared = true
					}
				}
				return false
			case *ast.Ident:
				if sym := a.info.Names[n]; sym != nil && sym.Kind == resolve.SymNamespace && n.Name == old {
					add(f.Name, n.Start.Offset, n.End.Offset)
				}
			}
			return true
		})
	}
	if !declared {
		return nil, renameError("cannot rename %s: the import that names it was not found", old)
	}
	return &protocol.WorkspaceEdit{Changes: changes}, nil
}

// namespaceRange is the byte range of the name of `import * as ns`, which
// the statement does not record: the first word spelled like it after `as`.
func (a *analysis) namespaceRange(imp *ast.ImportStmt) (int, int, bool) {
	t := a.textOf(imp.Span().File)
	if t == nil || imp.Path == nil {
		return 0, 0, false
	}
	from, to := imp.Start.Offset, imp.Path.Start.Offset
	if from < 0 || to > len(t.src) || from > to {
		return 0, 0, false
	}
	seg := string(t.src[from:to])
	as := wordIndex(seg, "as", 0)
	if as < 0 {
		return 0, 0, false
	}
	i := wordIndex(seg, imp.Namespace, as+len("as"))
	if i < 0 {
		return 0, 0, false
	}
	return from + i, from + i + len(imp.Namespace), true
}

// namespaceClash reports why a namespace of module m cannot be called
// name, or "": a name looked up before it or after it in m (a function,
// also one nested in a function, a class, an imported name or namespace)
// would take the place of one of them, and it would hide a builtin.
func (a *analysis) namespaceClash(m *resolve.Module, name string) string {
	if f := m.Funcs[name]; f != nil {
		return fmt.Sprintf("%s: a function %s is already declared there", a.where(f.Node), name)
	}
	for _, fn := range a.info.Functions {
		if fn.Module == m && fn.Scope != nil {
			if f := fn.Scope.Funcs[name]; f != nil {
				return fmt.Sprintf("%s: a function %s is already declared there", a.where(f.Node), name)
			}
		}
	}
	if c := m.Classes[name]; c != nil {
		return fmt.Sprintf("%s: a class %s is already declared there", a.where(c.Decl), name)
	}
	if sym := m.Symbols[name]; sym != nil {
		what := "a name"
		if sym.Kind == resolve.SymNamespace {
			what = "a namespace"
		}
		return fmt.Sprintf("%s already imports %s %s", m.Path, what, name)
	}
	if cat := a.setting.catalog; cat != nil && (cat.Func(name) != nil || cat.Class(name) != nil) {
		return fmt.Sprintf("%s is a builtin, which the new name would hide", name)
	}
	return ""
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
