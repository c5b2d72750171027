package lsp

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

// at returns the analysis of a document and the byte offset of a position.
func (s *server) at(p protocol.TextDocumentPositionParams) (*analysis, int, error) {
	a, err := s.analysisOf(p.TextDocument.URI)
	if err != nil {
		return nil, 0, err
	}
	return a, a.text.offset(p.Position), nil
}

// entityNear finds the entity at off, or just before it (a cursor after a name).
func (a *analysis) entityNear(off int) *entity {
	if e := a.entityAt(off); e != nil && off <= e.end {
		return e
	}
	if off > 0 {
		if e := a.entityAt(off - 1); e != nil && off == e.end {
			return e
		}
	}
	return nil
}

func (a *analysis) occurrenceLocation(o occurrence) (protocol.Location, bool) {
	t := a.textOf(o.file)
	if t == nil {
		return protocol.Location{}, false
	}
	return protocol.Location{URI: a.uriOf(o.file), Range: t.rangeOf(o.start, o.end)}, true
}

// ----- definition, references, rename -----

func (s *server) definition(p *protocol.DefinitionParams) ([]protocol.Location, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	e := a.entityNear(off)
	if e == nil {
		return nil, nil
	}
	d, ok := a.declaration(e)
	if !ok {
		return nil, nil
	}
	loc, ok := a.occurrenceLocation(d)
	if !ok {
		return nil, nil
	}
	return []protocol.Location{loc}, nil
}

func (s *server) references(p *protocol.ReferenceParams) ([]protocol.Location, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	e := a.entityNear(off)
	if e == nil || e.kind == entFile {
		return nil, nil
	}
	occs, _ := s.workspaceReferences(a, e)
	var out []protocol.Location
	for _, o := range occs {
		if o.decl && !p.Context.IncludeDeclaration {
			continue
		}
		out = append(out, protocol.Location{URI: o.uri, Range: o.rng})
	}
	return out, nil
}

// documentHighlight marks the occurrences in this document of the name
// under the cursor: writes for variable assignments, reads otherwise.
func (s *server) documentHighlight(p *protocol.DocumentHighlightParams) ([]protocol.DocumentHighlight, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	e := a.entityNear(off)
	if e == nil || e.kind == entFile {
		return nil, nil
	}
	writes := map[int]bool{}
	if a.info != nil {
		for x := range a.info.Writes {
			if x.File == a.name {
				s, _ := a.nameRange(x, x.Name)
				writes[s] = true
			}
		}
	}
	var out []protocol.DocumentHighlight
	for _, o := range a.references(e) {
		if o.file != a.name {
			continue
		}
		kind := protocol.DocumentHighlightKindRead
		if o.decl || writes[o.start] {
			kind = protocol.DocumentHighlightKindWrite
		}
		out = append(out, protocol.DocumentHighlight{Range: a.text.rangeOf(o.start, o.end), Kind: kind})
	}
	return out, nil
}

// codeAction offers quick fixes: the names the resolver suggests for an
// undefined one ("did you mean …?").
func (s *server) codeAction(p *protocol.CodeActionParams) ([]protocol.CodeAction, error) {
	a, err := s.analysisOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	from, to := a.text.offset(p.Range.Start), a.text.offset(p.Range.End)
	out := []protocol.CodeAction{}
	lsp := a.lspDiagnostics()
	for i, d := range a.diags {
		if d.End.Offset < from || d.Start.Offset > to {
			continue
		}
		_, rest, ok := strings.Cut(d.Message, "(did you mean ")
		name, _, ok2 := strings.Cut(rest, "?)")
		if !ok || !ok2 || !isIdent(name) {
			continue
		}
		edit := protocol.TextEdit{Range: a.text.rangeOf(d.Start.Offset, d.End.Offset), NewText: name}
		out = append(out, protocol.CodeAction{
			Title:       "Change to " + name,
			Kind:        protocol.QuickFix,
			Diagnostics: []protocol.Diagnostic{lsp[i]},
			IsPreferred: true,
			Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{p.TextDocument.URI: {edit}}},
		})
	}
	return out, nil
}

// renamable reports why an entity cannot be renamed, or "" when it can.
func renamable(e *entity) string {
	switch e.kind {
	case entVar:
		switch {
		case e.v == nil:
			return "this variable is not resolved"
		case e.v.Kind == resolve.This:
			return "$this cannot be renamed"
		case e.v.Decl == nil || e.v.ReadOnly:
			return fmt.Sprintf("$%s is a context variable of the hook and cannot be renamed", e.name)
		}
	case entFunc:
		if _, ok := e.fn.Node.(*ast.FuncLit); ok || (e.fn.Class != nil && e.fn == e.fn.Class.Constructor) {
			return "this function has no name to rename"
		}
	case entClass, entStaticVar, entProperty, entNamespace:
	case entBuiltin, entBuiltinClass, entBuiltinMethod:
		return fmt.Sprintf("%s is a builtin and cannot be renamed", e.name)
	default:
		return "only variables, functions, classes, class members and namespaces can be renamed"
	}
	return ""
}

func (s *server) prepareRename(p *protocol.PrepareRenameParams) (*protocol.Range, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	e := a.entityNear(off)
	if e == nil {
		return nil, nil
	}
	if why := renamable(e); why != "" {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, why)
	}
	r := a.text.rangeOf(e.start, e.end)
	return &r, nil
}

func (s *server) rename(p *protocol.RenameParams) (*protocol.WorkspaceEdit, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	e := a.entityNear(off)
	if e == nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "there is no name to rename here")
	}
	if why := renamable(e); why != "" {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, why)
	}
	name := p.NewName
	if e.kind == entVar || e.kind == entStaticVar || e.kind == entProperty {
		name = strings.TrimPrefix(name, "$")
	}
	if err := checkNewName(e, name); err != nil {
		return nil, err
	}
	if e.kind == entNamespace {
		return a.namespaceRename(e, name)
	}
	if e.name != e.declaredName() {
		return s.aliasRename(a, e, name)
	}
	return s.workspaceRename(a, e, name)
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		switch {
		case c == '_', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= 0x80:
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// ----- hover -----

func (s *server) hover(p *protocol.HoverParams) (*protocol.Hover, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	e := a.entityNear(off)
	if e == nil {
		return a.keyHover(off), nil
	}
	md := a.describe(e)
	if md == "" {
		return nil, nil
	}
	r := a.text.rangeOf(e.start, e.end)
	return &protocol.Hover{Contents: *markup(md), Range: &r}, nil
}

// keyHover describes the key of a context variable under the cursor, as in
// $connection["tls"]["cipher"]: its type, description, hook and sub-keys.
func (a *analysis) keyHover(off int) *protocol.Hover {
	path := enclosing(a.file, off)
	lit, ok := path[len(path)-1].(*ast.StringLit)
	if !ok || len(path) < 2 {
		return nil
	}
	ix, ok := path[len(path)-2].(*ast.IndexExpr)
	if !ok || ix.Index != lit {
		return nil
	}
	keys := []string{lit.Value}
	x := ast.Unparen(ix.X)
	for {
		inner, ok := x.(*ast.IndexExpr)
		if !ok {
			break
		}
		k, ok := inner.Index.(*ast.StringLit)
		if !ok {
			return nil
		}
		keys = append([]string{k.Value}, keys...)
		x = ast.Unparen(inner.X)
	}
	v, ok := x.(*ast.Variable)
	if !ok || a.info == nil {
		return nil
	}
	if rv := a.info.Uses[v]; rv == nil || rv.Decl != nil {
		return nil // not a context variable of the host
	}
	full := strings.Join(keys, ".")
	k, ok := contextKey(a.setting.context, v.Name, full)
	if !ok {
		return nil
	}
	var b strings.Builder
	b.WriteString(code(k.Type + " $" + v.Name + `["` + strings.Join(keys, `"]["`) + `"]`))
	if k.Doc != "" {
		b.WriteString("\n\n" + k.Doc + ".")
	}
	b.WriteString("\n\nKey of the context variable $" + v.Name + " in " + hookName(a.setting.context) + ".")
	if sub := a.keysOf(v.Name, full+"."); len(sub) > 0 {
		b.WriteString("\n\nKeys: " + strings.Join(sub, ", "))
	}
	r := a.text.rangeOf(lit.Start.Offset, lit.End.Offset)
	return &protocol.Hover{Contents: *markup(b.String()), Range: &r}
}

func code(s string) string { return "```hsl\n" + s + "\n```" }

// describe renders an entity for hover, in Markdown.
func (a *analysis) describe(e *entity) string {
	switch e.kind {
	case entVar:
		return a.describeVar(e)
	case entFunc:
		return code(userSignature(e.fn, a)) + a.docOf(e.fn.Node, funcDoc(e.fn))
	case entClass:
		s := code("class " + e.class.Name)
		if e.class.Constructor != nil {
			s = code("class " + userSignature(e.class.Constructor, a))
		}
		return s + a.docOf(e.class.Decl, e.class.Decl.Doc)
	case entStaticVar, entProperty:
		for _, v := range e.class.Decl.Vars {
			if v.Name == e.name {
				return code(strings.TrimSpace(modifierText(v)+"$"+v.Name) + " (in class " + e.class.Name + ")")
			}
		}
	case entBuiltin, entBuiltinMethod:
		prefix := ""
		if e.bclass != nil {
			prefix = e.bclass.Name + "->"
		}
		return builtinDoc(e.builtin, prefix, a.setting.context)
	case entBuiltinClass:
		return describeBuiltinClass(e.bclass)
	case entNamespace:
		return code("import * as "+e.name+" from \""+e.module.Path+"\"") + describeModule(e.module)
	case entFile:
		return "`" + a.pathOf(e.file) + "`"
	}
	return ""
}

// describeModule lists what a module exports: every function, class and
// variable it declares, and the names it imports itself (forwarded).
func describeModule(m *resolve.Module) string {
	var funcs, classes, vars, fwd []string
	for _, fn := range sortedFuncs(m.Funcs) {
		funcs = append(funcs, "`"+fn.Name+"()`")
	}
	for _, name := range sortedKeys(m.Classes) {
		classes = append(classes, "`"+name+"`")
	}
	for _, g := range m.Globals {
		if g.Defined() {
			vars = append(vars, "`$"+g.Name+"`")
		}
	}
	for _, name := range sortedKeys(m.Symbols) {
		if m.Funcs[name] == nil && m.Classes[name] == nil {
			fwd = append(fwd, "`"+name+"`")
		}
	}
	var b strings.Builder
	for _, part := range []struct {
		what  string
		names []string
	}{{"Functions", funcs}, {"Classes", classes}, {"Variables", vars}, {"Imported and forwarded", fwd}} {
		if len(part.names) > 0 {
			b.WriteString("\n\n" + part.what + ": " + strings.Join(part.names, ", "))
		}
	}
	if b.Len() == 0 {
		return "\n\n`" + m.Path + "` exports nothing."
	}
	return b.String()
}

// describeBuiltinClass renders a builtin class: constructor, description
// and the names of its methods.
func describeBuiltinClass(cl *catalog.Class) string {
	s := code("class " + cl.Name)
	if cl.Constructor != nil {
		s = code(cl.Constructor.Signature())
	}
	if cl.Doc != "" {
		s += "\n\n" + cl.Doc
	}
	if len(cl.Methods) > 0 {
		s += "\n\nMethods: " + strings.Join(sortedKeys(cl.Methods), ", ")
	}
	if len(cl.Statics) > 0 {
		s += "\n\nStatic functions: " + strings.Join(sortedKeys(cl.Statics), ", ")
	}
	return s
}

func modifierText(v *ast.ClassVar) string {
	s := ""
	if v.Private {
		s += "private "
	}
	if v.Static {
		s += "static "
	}
	if v.Readonly {
		s += "readonly "
	}
	return s
}

func (a *analysis) describeVar(e *entity) string {
	v := e.v
	head := code("$" + e.name)
	switch {
	case v == nil:
		return head
	case v.Kind == resolve.This:
		return head + "\n\nThe object whose method is running."
	case v.Decl == nil && a.setting.predeclared != nil:
		if ro, ok := a.setting.predeclared[v.Name]; ok {
			s := head + "\n\nContext variable of " + hookName(a.setting.context)
			if ro {
				s += " (read-only)"
			}
			s += "."
			if keys := a.keysOf(v.Name, ""); len(keys) > 0 {
				s += "\n\nKeys: " + strings.Join(keys, ", ")
			}
			return s
		}
		return head
	}
	what := "Local variable"
	switch {
	case v.Kind == resolve.Global || v.Kind == resolve.ModuleVar:
		what = "Global variable"
		if v.Module != nil && v.Module != a.info.Entry {
			what += " of `" + v.Module.Path + "`"
		}
	}
	if _, ok := v.Decl.(*ast.Param); ok {
		what = "Parameter"
	}
	if d := v.Decl; d != nil {
		line, _ := a.lineColOf(d.Span().File, d.Span().Start)
		what += fmt.Sprintf(", first assigned at line %d", line)
		if d.Span().File != a.name {
			what += " of `" + d.Span().File + "`"
		}
	}
	return head + "\n\n" + what + "."
}

func hookName(ctx string) string {
	if ctx == "" {
		return "the hooks"
	}
	return hooks.Where([]string{ctx})
}

// keysOf lists the keys of a context variable directly under prefix
// ("" for the top level, "tls." for $connection["tls"]).
func (a *analysis) keysOf(variable, prefix string) []string {
	var out []string
	for _, k := range childKeys(a.setting.context, variable, prefix) {
		out = append(out, k.Path)
	}
	return out
}

// userSignature renders a user function's declaration line.
func userSignature(fn *resolve.Function, a *analysis) string {
	var b strings.Builder
	switch {
	case fn.Class != nil && fn == fn.Class.Constructor:
		b.WriteString(fn.Class.Name)
	case fn.Class != nil && fn.Static:
		b.WriteString("static function " + fn.Class.Name + "::" + memberName(fn))
	case fn.Class != nil:
		b.WriteString("function " + fn.Class.Name + "->" + memberName(fn))
	case fn.Name == "":
		b.WriteString("function ")
	default:
		b.WriteString("function " + fn.Name)
	}
	b.WriteString("(")
	for i, p := range fn.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(paramText(p, a))
	}
	b.WriteString(")")
	return b.String()
}

func memberName(fn *resolve.Function) string {
	if i := strings.LastIndex(fn.Name, "::"); i >= 0 {
		return fn.Name[i+2:]
	}
	return fn.Name
}

func paramText(p *ast.Param, a *analysis) string {
	s := "$" + p.Name
	if p.Variadic {
		s = "..." + s
	}
	if p.Default != nil {
		l := p.Default.Span()
		if t := a.textOf(l.File); t != nil && l.End.Offset <= len(t.src) {
			s += " = " + string(t.src[l.Start.Offset:l.End.Offset])
		}
	}
	return s
}

func funcDoc(fn *resolve.Function) *ast.Comment {
	switch n := fn.Node.(type) {
	case *ast.FuncDecl:
		return n.Doc
	case *ast.ClassFunc:
		return n.Doc
	}
	return nil
}

// docOf returns the documentation of a declaration as Markdown: the
// parser's doc comment, when it is alone on its lines and only blank space
// separates it from the declaration (not a comment after the code of the
// line above, nor the doc of a class whose member starts on the same line),
// with the line comments right above it.
func (a *analysis) docOf(decl ast.Node, doc *ast.Comment) string {
	if doc == nil || decl == nil {
		return ""
	}
	t := a.textOf(doc.File)
	start := decl.Span().Start.Offset
	if t == nil || doc.Start.Offset < 0 || doc.End.Offset > start || start > len(t.src) {
		return ""
	}
	alone := func(c *ast.Comment) bool {
		line := t.src[:c.Start.Offset]
		return len(bytes.TrimRight(line[bytes.LastIndexAny(line, "\r\n")+1:], " \t")) == 0
	}
	if !alone(doc) || len(bytes.TrimSpace(t.src[doc.End.Offset:start])) > 0 {
		return ""
	}
	comments := []*ast.Comment{doc}
	if !doc.Block {
		var all []*ast.Comment
		for _, f := range a.programFiles() {
			if f.Name == doc.File {
				all = f.Comments
			}
		}
		i := slices.Index(all, doc)
		for ; i > 0; i-- {
			prev, cur := all[i-1], all[i]
			if prev.Block || t.position(prev.End.Offset).Line+1 != t.position(cur.Start.Offset).Line || !alone(prev) {
				break
			}
			comments = append([]*ast.Comment{prev}, comments...)
		}
	}
	var b strings.Builder
	for _, c := range comments {
		b.WriteString(c.Text)
		b.WriteString("\n")
	}
	return docText(&ast.Comment{Text: b.String()})
}

// docText turns a doc comment into Markdown text, without the comment markers.
func docText(c *ast.Comment) string {
	if c == nil {
		return ""
	}
	var lines []string
	for _, l := range strings.Split(c.Text, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "//"):
			l = strings.TrimSpace(l[2:])
		case strings.HasPrefix(l, "/*"):
			l = strings.TrimSpace(strings.TrimLeft(l[2:], "*"))
		}
		l = strings.TrimSpace(strings.TrimSuffix(l, "*/"))
		l = strings.TrimSpace(strings.TrimPrefix(l, "*"))
		lines = append(lines, l)
	}
	s := strings.TrimSpace(strings.Join(lines, "\n"))
	if s == "" {
		return ""
	}
	return "\n\n" + s
}

// builtinDoc renders a builtin's signature, description, parameters and options.
func builtinDoc(f *catalog.Func, prefix, ctx string) string {
	s := code(prefix + f.Signature())
	if f.Doc != "" {
		s += "\n\n" + f.Doc
	}
	var params []string
	for _, p := range f.Params {
		if p.Doc != "" {
			params = append(params, fmt.Sprintf("- `$%s` (%s): %s", p.Name, p.Type, p.Doc))
		}
	}
	if len(params) > 0 {
		s += "\n\n" + strings.Join(params, "\n")
	}
	if len(f.Options) > 0 {
		var opts []string
		for _, o := range f.Options {
			line := fmt.Sprintf("- `%s` (%s)", o.Name, o.Type)
			if o.Doc != "" {
				line += ": " + o.Doc
			}
			opts = append(opts, line)
		}
		s += "\n\nOptions:\n" + strings.Join(opts, "\n")
	}
	if f.Contexts != nil {
		s += "\n\nAvailable in " + hooks.Where(f.Contexts) + "."
	}
	return s
}

// ----- signature help -----

func (s *server) signatureHelp(p *protocol.SignatureHelpParams) (*protocol.SignatureHelp, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	path := enclosing(a.file, off)
	if open, openPath := a.openCall(off); open != nil {
		path = append(openPath, open)
	}
	for i := len(path) - 1; i >= 0; i-- {
		if _, ok := path[i].(*ast.FuncLit); ok {
			return nil, nil // in a function body, outside any call of its own
		}
		c, ok := path[i].(*ast.CallExpr)
		if !ok || off <= c.Fun.Span().End.Offset {
			continue
		}
		if c.End.Offset <= off && a.closed(c) {
			continue
		}
		sig, ok := a.signatureOf(c, path[:i+1])
		if !ok {
			return nil, nil
		}
		active := a.activeArg(c, off)
		if n := len(sig.Parameters); active >= uint32(n) {
			// Past the last parameter (too many arguments, or a variadic
			// last parameter taking the rest): stay on the last one.
			active = uint32(max(n-1, 0))
		}
		return &protocol.SignatureHelp{Signatures: []protocol.SignatureInformation{sig}, ActiveParameter: active}, nil
	}
	return nil, nil
}

// openCall finds a call that recovery left without its closing parenthesis
// and that the cursor follows (`f($a, |` at the end of broken text), with the
// path of its ancestors.
func (a *analysis) openCall(off int) (*ast.CallExpr, []ast.Node) {
	var found *ast.CallExpr
	var foundPath []ast.Node
	walk(a.file, func(n ast.Node, path []ast.Node) {
		c, ok := n.(*ast.CallExpr)
		if !ok || a.closed(c) || c.End.Offset > off || c.Start.Offset >= off {
			return
		}
		if strings.Trim(string(a.text.src[c.End.Offset:off]), " \t\r\n,") != "" {
			return
		}
		if found == nil || c.Start.Offset >= found.Start.Offset {
			found, foundPath = c, append([]ast.Node(nil), path[:len(path)-1]...)
		}
	})
	return found, foundPath
}

// closed reports whether a call's source ends with its closing parenthesis
// (a recovered call at the end of broken text has none).
func (a *analysis) closed(c *ast.CallExpr) bool {
	end := c.End.Offset
	return end > 0 && end <= len(a.text.src) && a.text.src[end-1] == ')'
}

// activeArg is the index of the argument the cursor is in.
func (a *analysis) activeArg(c *ast.CallExpr, off int) uint32 {
	for i, arg := range c.Args {
		if off <= arg.End.Offset {
			return uint32(i)
		}
	}
	n := len(c.Args)
	if n == 0 {
		return 0
	}
	// After the last argument: a comma before the cursor starts the next one.
	from := c.Args[n-1].End.Offset
	if from <= off && off <= len(a.text.src) && strings.Contains(string(a.text.src[from:off]), ",") {
		return uint32(n)
	}
	return uint32(n - 1)
}

// signatureOf describes the function a call calls.
func (a *analysis) signatureOf(c *ast.CallExpr, path []ast.Node) (protocol.SignatureInformation, bool) {
	if a.info == nil {
		return protocol.SignatureInformation{}, false
	}
	var e *entity
	switch fun := c.Fun.(type) {
	case *ast.Ident:
		e = a.symbolEntity(a.info.Names[fun], &entity{name: fun.Name})
	case *ast.StaticExpr:
		e = a.staticEntity(fun)
	case *ast.BuiltinExpr:
		e = a.symbolEntity(a.info.Names[fun], &entity{name: fun.Name.Name})
	case *ast.MemberExpr:
		e = a.memberEntity(fun, append(path, fun), &entity{name: fun.Name.Name})
	}
	if e == nil {
		return protocol.SignatureInformation{}, false
	}
	switch e.kind {
	case entFunc:
		return a.userSigInfo(e.fn), true
	case entClass:
		if e.class.Constructor != nil {
			return a.userSigInfo(e.class.Constructor), true
		}
		return protocol.SignatureInformation{Label: e.class.Name + "()"}, true
	case entBuiltin, entBuiltinMethod:
		return builtinSigInfo(e.builtin), true
	case entBuiltinClass:
		if e.bclass.Constructor != nil {
			return builtinSigInfo(e.bclass.Constructor), true
		}
	}
	return protocol.SignatureInformation{}, false
}

func (a *analysis) userSigInfo(fn *resolve.Function) protocol.SignatureInformation {
	si := protocol.SignatureInformation{Label: userSignature(fn, a)}
	for _, p := range fn.Params {
		si.Parameters = append(si.Parameters, protocol.ParameterInformation{Label: paramText(p, a)})
	}
	if d := a.docOf(fn.Node, funcDoc(fn)); d != "" {
		si.Documentation = markup(strings.TrimSpace(d))
	}
	return si
}

func builtinSigInfo(f *catalog.Func) protocol.SignatureInformation {
	si := protocol.SignatureInformation{Label: f.Signature()}
	if f.Doc != "" {
		si.Documentation = markup(f.Doc)
	}
	for _, p := range f.Params {
		label := "$" + p.Name
		switch {
		case p.Variadic:
			label = "...$" + p.Name
		case p.Optional:
			label = "[$" + p.Name + "]"
		}
		pi := protocol.ParameterInformation{Label: label}
		if p.Doc != "" || p.Type != "" {
			pi.Documentation = markup(strings.TrimSpace(p.Type + " " + p.Doc))
		}
		si.Parameters = append(si.Parameters, pi)
	}
	return si
}
