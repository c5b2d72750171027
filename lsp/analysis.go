package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/interp/resolve"
)

// analysis is everything known about one version of a document: its syntax
// tree (recovered when the text is broken), the resolution of its names and
// its diagnostics. It is not changed once built.
type analysis struct {
	uri     protocol.DocumentURI // of the document; "" until the server sets it
	path    string               // file system path
	name    string               // the file's name in the tree: relative to the loader root when inside it
	text    *text
	setting setting
	file    *ast.File
	info    *resolve.Info
	diags   diag.List // of this file only, syntax errors first on a line
	open    func(path string) []byte

	mu      sync.Mutex
	sources map[string]*text // texts of the program's files, by tree name, filled on demand

	filesOnce sync.Once
	files     []*ast.File // of the program, found on demand

	classMu  sync.Mutex
	classes  map[*resolve.Var]classRef   // inferred classes of variables, filled on demand
	assigned map[*resolve.Var][]ast.Expr // values assigned to variables with `=`, filled on demand
}

// analyze parses and resolves a document. files are the contents of the open
// documents, by path, which take the place of what is on disk.
func analyze(path string, src []byte, st setting, files map[string][]byte) *analysis {
	a := &analysis{path: path, text: newText(src), setting: st, sources: map[string]*text{}}
	a.name = path
	if rel, ok := under(st.loaderRoot, path); ok {
		a.name = rel
	}
	virtual := map[string][]byte{}
	for p, b := range files {
		if rel, ok := under(st.loaderRoot, p); ok {
			virtual[rel] = b
		}
	}
	a.open = func(p string) []byte { return files[p] }
	var parseDiags diag.List
	a.file, parseDiags = grammar.Parse(a.name, src)
	a.info, a.diags = resolveSafely(a.file, resolve.Options{
		Catalog:     st.catalog,
		Context:     st.context,
		Predeclared: st.predeclared,
		Loader:      &interp.Loader{Root: st.loaderRoot, Files: virtual},
	})
	a.plugins()
	a.diags = a.merge(parseDiags, a.diags)
	a.sources[a.name] = a.text
	return a
}

// plugins turns the errors of imports from `extras://` modules, which Halon
// plugins provide and the checker cannot read, into notes: such an import is
// valid, only what it imports is not checked.
func (a *analysis) plugins() {
	type place struct {
		file string
		off  int
	}
	extras := map[place]string{}
	for _, f := range a.programFiles() {
		ast.Inspect(f, func(n ast.Node) bool {
			if s, ok := n.(*ast.ImportStmt); ok && s.Path != nil && strings.HasPrefix(s.Path.Value, "extras://") {
				extras[place{f.Name, s.Path.Start.Offset}] = s.Path.Value
			}
			return true
		})
	}
	if len(extras) == 0 {
		return
	}
	for i, d := range a.diags {
		if m, ok := extras[place{d.File, d.Start.Offset}]; ok && d.Severity == diag.Error {
			a.diags[i].Severity = diag.Info
			a.diags[i].Message = fmt.Sprintf("%s is a module of a Halon plugin, not available to the checker: what it imports is not checked", m)
		}
	}
}

// resolveSafely resolves a file and keeps a fault of the resolver on a
// broken tree from taking the server down: the fault becomes a diagnostic.
func resolveSafely(f *ast.File, opts resolve.Options) (info *resolve.Info, diags diag.List) {
	defer func() {
		if r := recover(); r != nil {
			info = nil
			diags = diag.List{{File: f.Name, Start: ast.Pos{Offset: 0, Line: 1, Col: 1}, End: ast.Pos{Offset: 0, Line: 1, Col: 1},
				Severity: diag.Warning, Message: fmt.Sprintf("names were not resolved: internal error in the resolver (%v)", r)}}
		}
	}()
	info = resolve.Resolve(f, opts)
	return info, info.Diags
}

// under returns path relative to root, with slashes, when it lies inside root.
func under(root, path string) (string, bool) {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// merge keeps the diagnostics of this file: syntax errors, then resolution
// errors on lines without a syntax error, then unused-variable hints.
func (a *analysis) merge(parse, resolved diag.List) diag.List {
	out := diag.List{}
	broken := map[int]bool{}
	seen := map[string]bool{}
	add := func(d diag.Diagnostic) {
		if s := d.String(); d.File == a.name && !seen[s] {
			seen[s] = true
			out = append(out, d)
		}
	}
	line := func(d diag.Diagnostic) int { return int(a.text.position(d.Start.Offset).Line) }
	for _, d := range parse {
		if d.File == a.name {
			broken[line(d)] = true
		}
		add(d)
	}
	for _, d := range resolved {
		if d.File != a.name || !broken[line(d)] {
			add(d)
		}
	}
	for _, d := range a.unused() {
		add(d)
	}
	out = append(out, a.elsewhere(append(append(diag.List{}, parse...), resolved...))...)
	out.Sort()
	return out
}

// elsewhere reports the errors of the files this one includes or imports
// directly, once per file, at the include or import statement.
func (a *analysis) elsewhere(all diag.List) diag.List {
	stmts := map[string]ast.Node{} // file name → the statement that loads it
	ast.Inspect(a.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IncludeStmt:
			if n.Resolved != nil {
				stmts[n.Resolved.Name] = n.Path
			}
		case *ast.ImportStmt:
			if a.info != nil && a.info.Imports[n] != nil {
				stmts[a.info.Imports[n].Path] = n.Path
			}
		case *ast.FuncDecl, *ast.ClassDecl:
			return false
		}
		return true
	})
	all.Sort()
	count := map[string]int{}
	first := map[string]diag.Diagnostic{}
	var files []string
	for _, d := range all {
		if d.File == a.name || d.Severity != diag.Error || stmts[d.File] == nil {
			continue
		}
		if count[d.File] == 0 {
			first[d.File] = d
			files = append(files, d.File)
		}
		count[d.File]++
	}
	var out diag.List
	for _, f := range files {
		d := first[f]
		at := a.lineCol(f, d.Start)
		msg := fmt.Sprintf("%s has an error: %s: %s", f, at, d.Message)
		if n := count[f]; n > 1 {
			msg = fmt.Sprintf("%s has %d errors, the first at %s: %s", f, n, at, d.Message)
		}
		out = append(out, diag.At(stmts[f].Span(), "%s", msg))
	}
	return out
}

// unused reports the local variables of functions whose value is never
// used, as hints at their first assignment. A variable is used when it is
// read, or changed in place (`+=`, `++`, `$a[] = …`), which reads its old
// value. Variables the syntax requires are not reported: the one of a
// catch, a positional destructuring target before one that is used, and the
// value of `foreach (… as $k => $v)` when the key is used.
func (a *analysis) unused() diag.List {
	if a.info == nil {
		return nil
	}
	read := map[*resolve.Var]bool{}
	for x, v := range a.info.Uses {
		if !a.info.Writes[x] {
			read[v] = true
		}
	}
	used := func(x ast.Expr) bool { // x reads or changes a variable in place
		for {
			switch y := x.(type) {
			case *ast.IndexExpr:
				x = y.X
			case *ast.MemberExpr:
				x = y.X
			case *ast.Variable:
				if v := a.info.Uses[y]; v != nil {
					read[v] = true
				}
				return true
			default:
				return false
			}
		}
	}
	ast.Inspect(a.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignExpr:
			if n.Op != "=" {
				used(n.Target)
			} else if _, ok := n.Target.(*ast.Variable); !ok {
				used(n.Target)
			}
		case *ast.IncDecExpr:
			used(n.X)
		}
		return true
	})
	needed := map[*resolve.Var]bool{} // required by the syntax
	anyRead := func(x ast.Expr) bool {
		found := false
		ast.Inspect(x, func(n ast.Node) bool {
			if v, ok := n.(*ast.Variable); ok && read[a.info.Uses[v]] {
				found = true
			}
			return !found
		})
		return found
	}
	pattern := func(x ast.Expr) {
		ast.Inspect(x, func(n ast.Node) bool {
			lit, ok := n.(*ast.ArrayLit)
			if !ok {
				return true
			}
			for i, it := range lit.Items {
				if it.Key != nil {
					continue
				}
				target := it.Value
				if d, ok := target.(*ast.AssignExpr); ok { // a default: [$a = 1]
					target = d.Target
				}
				v, ok := target.(*ast.Variable)
				if !ok {
					continue
				}
				for _, later := range lit.Items[i+1:] {
					if anyRead(later.Value) {
						needed[a.info.Uses[v]] = true
						break
					}
				}
			}
			return true
		})
	}
	ast.Inspect(a.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TryStmt:
			if n.Var != nil {
				needed[a.info.Uses[n.Var]] = true
			}
		case *ast.AssignExpr:
			if n.Op == "=" {
				pattern(n.Target)
			}
		case *ast.ForeachStmt:
			pattern(n.Value)
			if v, ok := n.Value.(*ast.Variable); ok && n.Key != nil && anyRead(n.Key) {
				needed[a.info.Uses[v]] = true
			}
		}
		return true
	})
	var out diag.List
	done := map[*resolve.Var]bool{}
	for _, v := range a.info.Uses {
		if done[v] || v.Kind != resolve.Local || read[v] || needed[v] {
			continue
		}
		done[v] = true
		decl, ok := v.Decl.(*ast.Variable)
		if !ok || decl.File != a.name {
			continue
		}
		d := diag.At(decl.Loc, "$%s is assigned but never used", v.Name)
		d.Severity = diag.Hint
		out = append(out, d)
	}
	return out
}

// lspDiagnostics converts the diagnostics for publishing.
func (a *analysis) lspDiagnostics() []protocol.Diagnostic {
	out := make([]protocol.Diagnostic, 0, len(a.diags))
	for _, d := range a.diags {
		pd := protocol.Diagnostic{
			Range:    a.text.rangeOf(d.Start.Offset, max(d.End.Offset, d.Start.Offset)),
			Severity: severity(d.Severity),
			Source:   "hsl",
			Message:  d.Message,
		}
		if d.Severity == diag.Hint {
			pd.Tags = []protocol.DiagnosticTag{protocol.DiagnosticTagUnnecessary}
		}
		out = append(out, pd)
	}
	return out
}

func severity(s diag.Severity) protocol.DiagnosticSeverity {
	switch s {
	case diag.Warning:
		return protocol.DiagnosticSeverityWarning
	case diag.Info:
		return protocol.DiagnosticSeverityInformation
	case diag.Hint:
		return protocol.DiagnosticSeverityHint
	}
	return protocol.DiagnosticSeverityError
}

// pathOf returns the file system path of a file named in the tree.
func (a *analysis) pathOf(name string) string {
	name = strings.TrimPrefix(name, "txt!")
	if name == a.name {
		return a.path
	}
	if filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(a.setting.loaderRoot, filepath.FromSlash(name))
}

// uriOf returns the URI of a file named in the tree.
func (a *analysis) uriOf(name string) protocol.DocumentURI {
	if name == a.name && a.uri != "" {
		return a.uri
	}
	return fileURI(a.pathOf(name))
}

// lineColOf returns the 1-based line and column of a position of a file of
// the program, both counted as the editor does (see text); the parser's own
// count when the file cannot be read.
func (a *analysis) lineColOf(file string, p ast.Pos) (int, int) {
	if t := a.textOf(file); t != nil && p.Offset <= len(t.src) {
		return t.lineCol(p.Offset)
	}
	return p.Line, p.Col
}

// lineCol renders a position of a file of the program as "line:col" (see
// lineColOf).
func (a *analysis) lineCol(file string, p ast.Pos) string {
	l, c := a.lineColOf(file, p)
	return fmt.Sprintf("%d:%d", l, c)
}

// textOf returns the text of a file named in the tree: the open document,
// else the file on disk; nil when it cannot be read.
func (a *analysis) textOf(name string) *text {
	a.mu.Lock()
	defer a.mu.Unlock()
	if t, ok := a.sources[name]; ok {
		return t
	}
	p := a.pathOf(name)
	src := a.open(p)
	if src == nil {
		var err error
		if src, err = os.ReadFile(p); err != nil {
			a.sources[name] = nil
			return nil
		}
	}
	t := newText(src)
	a.sources[name] = t
	return t
}
