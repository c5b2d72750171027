package lsp

import (
	"bytes"
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

func (s *server) completion(p *protocol.CompletionParams) (*protocol.CompletionList, error) {
	a, off, err := s.at(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.lastCompletion = a.path
	s.mu.Unlock()
	items := a.complete(off)
	if items == nil {
		items = []protocol.CompletionItem{}
	}
	return &protocol.CompletionList{Items: items}, nil
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// completer builds the completion items at one place of a document.
type completer struct {
	a     *analysis
	off   int // the cursor
	start int // start of the word being completed
	items []protocol.CompletionItem
	seen  map[string]bool
}

func (c *completer) add(it protocol.CompletionItem, replaceFrom int) {
	if c.seen[it.Label] {
		return
	}
	c.seen[it.Label] = true
	text := it.InsertText
	if text == "" {
		text = it.Label
	}
	it.TextEdit = &protocol.TextEdit{Range: c.a.text.rangeOf(replaceFrom, c.off), NewText: text}
	it.InsertText = ""
	c.items = append(c.items, it)
}

// complete returns the completion items at byte offset off.
func (a *analysis) complete(off int) []protocol.CompletionItem {
	src := a.text.src
	off = min(off, len(src))
	start := off
	for start > 0 && isWordByte(src[start-1]) {
		start--
	}
	c := &completer{a: a, off: off, start: start, seen: map[string]bool{}}
	lineStart := off
	for lineStart > 0 && src[lineStart-1] != '\n' && src[lineStart-1] != '\r' {
		lineStart--
	}
	line := string(src[lineStart:off])
	switch {
	case a.inComment(off):
		// Prose: nothing to complete.
	case c.importPath(line):
	case c.contextKeys(line):
	case c.importNames():
	case a.literalAt(off) != nil:
		// Inside a string only an interpolated variable is code.
		if _, interp := a.literalAt(off).(*ast.InterpString); interp && start >= 1 && src[start-1] == '$' {
			c.variables(start - 1)
		} else if lit, ok := a.literalAt(off).(*ast.StringLit); ok && !lit.Raw && start >= 1 && src[start-1] == '$' {
			c.variables(start - 1)
		}
	case start >= 2 && string(src[start-2:start]) == "->":
		c.members(start - 2)
	case start >= 2 && string(src[start-2:start]) == "::":
		c.statics(start - 2)
	case start >= 1 && src[start-1] == '$':
		c.variables(start - 1)
	default:
		c.keywords(c.inExpression())
		c.names()
		c.variables(start)
	}
	return c.items
}

// ----- comments and literals -----

// inComment reports whether byte offset off lies inside a comment: after its
// opening marker and before its end (a line comment runs to the end of its
// line, an unterminated block comment to the end of the file).
func (a *analysis) inComment(off int) bool {
	src := a.text.src
	for _, c := range a.file.Comments {
		s, e := c.Start.Offset, c.End.Offset
		switch {
		case off <= s || off > e:
		case off < e:
			return true
		case !c.Block:
			return true
		case e-s < 4 || string(src[e-2:e]) != "*/":
			return true // an unterminated block comment
		}
	}
	return false
}

// literalAt returns the string or regular expression literal that byte
// offset off lies inside, or nil. The cursor right after the closing quote
// is outside; at the end of an unterminated literal it is inside.
func (a *analysis) literalAt(off int) ast.Node {
	path := enclosing(a.file, off)
	for i := len(path) - 1; i > 0; i-- {
		n := path[i]
		switch n.(type) {
		case *ast.StringLit, *ast.InterpString, *ast.RegexLit:
		default:
			continue
		}
		l := n.Span()
		if off > l.Start.Offset && (off < l.End.Offset || !a.terminated(n)) {
			return n
		}
		return nil
	}
	return nil
}

// terminated reports whether a string or regular expression literal has its
// closing delimiter.
func (a *analysis) terminated(n ast.Node) bool {
	l := n.Span()
	lit := string(a.text.src[l.Start.Offset:l.End.Offset])
	escaped := func(i int) bool { // whether lit[i] follows an odd run of backslashes
		k := 0
		for i-1-k >= 0 && lit[i-1-k] == '\\' {
			k++
		}
		return k%2 == 1
	}
	switch n := n.(type) {
	case *ast.StringLit:
		if n.Raw {
			// 'DELIM'…'DELIM'
			d := strings.IndexByte(lit[min(1, len(lit)):], '\'')
			if d < 0 {
				return false
			}
			delim := lit[:d+2]
			return len(lit) >= 2*len(delim) && strings.HasSuffix(lit, delim)
		}
	case *ast.RegexLit:
		for i := 2; i < len(lit); i++ {
			if lit[i] == '/' && !escaped(i) {
				return true
			}
		}
		return false
	}
	return len(lit) >= 2 && lit[len(lit)-1] == '"' && !escaped(len(lit)-1)
}

// ----- documentation, resolved lazily -----

// itemData identifies the builtin a completion item stands for, so that
// completionItem/resolve can add its documentation: the lists stay small.
// The document is the one of the latest completion request.
type itemData struct {
	Func   string `json:"f,omitempty"` // a builtin function
	Class  string `json:"c,omitempty"` // a builtin class, or the class of Member
	Member string `json:"m,omitempty"` // a method, or "::name" for a static function
}

func (c *completer) data(fn, class, member string) *itemData {
	return &itemData{Func: fn, Class: class, Member: member}
}

func (s *server) resolveCompletion(it *protocol.CompletionItem) (*protocol.CompletionItem, error) {
	raw, err := json.Marshal(it.Data)
	if err != nil {
		return it, nil
	}
	var d itemData
	if json.Unmarshal(raw, &d) != nil {
		return it, nil
	}
	s.mu.Lock()
	st := s.settings.forFile(s.lastCompletion)
	s.mu.Unlock()
	cat := st.catalog
	switch {
	case d.Func != "":
		if f := cat.Func(d.Func); f != nil {
			it.Documentation = markup(builtinDoc(f, "", st.context))
		}
	case d.Class != "":
		cl := cat.Class(d.Class)
		if cl == nil {
			break
		}
		switch {
		case d.Member == "":
			it.Documentation = markup(describeBuiltinClass(cl))
		case strings.HasPrefix(d.Member, "::"):
			if f := cl.Statics[d.Member[2:]]; f != nil {
				it.Documentation = markup(builtinDoc(f, cl.Name+"::", st.context))
			}
		default:
			if f := cl.Methods[d.Member]; f != nil {
				it.Documentation = markup(builtinDoc(f, cl.Name+"->", st.context))
			}
		}
	}
	return it, nil
}

// ----- variables -----

func (c *completer) variables(from int) {
	a := c.a
	if a.info == nil {
		return
	}
	path := enclosing(a.file, c.off)
	scope := a.scopeAt(path)
	var names []string
	vars := map[string]*resolve.Var{}
	if scope != nil {
		for name, v := range scope.Vars {
			if v.Defined() {
				names = append(names, name)
				vars[name] = v
			}
		}
	}
	if scope != nil && scope.Class != nil && !scope.Static {
		names = append(names, "this")
	}
	sort.Strings(names)
	for _, name := range names {
		it := protocol.CompletionItem{Label: "$" + name, Kind: protocol.CompletionItemKindVariable}
		if v := vars[name]; v != nil {
			switch {
			case v.Decl == nil && a.setting.predeclared != nil:
				it.Detail = "context variable"
				if v.ReadOnly {
					it.Detail += " (read-only)"
				}
			case v.Kind == resolve.ModuleVar:
				it.Detail = "imported variable"
			case v.Kind == resolve.Global:
				it.Detail = "global variable"
			default:
				if _, ok := v.Decl.(*ast.Param); ok {
					it.Detail = "parameter"
				} else {
					it.Detail = "local variable"
				}
			}
		}
		c.add(it, from)
	}
}

// ----- functions, classes, keywords -----

func (c *completer) names() {
	a := c.a
	cat := a.setting.catalog
	ctx := a.setting.context
	for _, name := range cat.FuncNames() {
		f := cat.Func(name)
		if !f.AvailableIn(ctx) {
			continue
		}
		it := protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindFunction, Detail: f.Signature(),
			InsertText: callSnippet(name, builtinParams(f)), InsertTextFormat: protocol.InsertTextFormatSnippet,
			Data: c.data(name, "", "")}
		if f.Contexts != nil {
			it.Detail += " — " + hooks.Where(f.Contexts)
			it.SortText = "0" + name // the hook's own functions first
		}
		c.add(it, c.start)
	}
	for _, name := range cat.ClassNames() {
		cl := cat.Class(name)
		if !cl.AvailableIn(ctx) {
			continue
		}
		c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindClass, Detail: "class " + name,
			Data: c.data("", name, "")}, c.start)
	}
	if a.info == nil {
		return
	}
	path := enclosing(a.file, c.off)
	for s := a.scopeAt(path); s != nil; s = s.Parent {
		for _, fn := range sortedFuncs(s.Funcs) {
			c.add(protocol.CompletionItem{Label: fn.Name, Kind: protocol.CompletionItemKindFunction, Detail: userSignature(fn, a),
				InsertText: callSnippet(fn.Name, userParams(fn)), InsertTextFormat: protocol.InsertTextFormatSnippet}, c.start)
		}
	}
	m := a.info.Entry
	for _, name := range sortedKeys(m.Classes) {
		c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindClass, Detail: "class " + name}, c.start)
	}
	for _, name := range sortedKeys(m.Symbols) {
		sym := m.Symbols[name]
		it := protocol.CompletionItem{Label: name}
		switch sym.Kind {
		case resolve.SymFunc:
			it.Kind, it.Detail = protocol.CompletionItemKindFunction, "imported "+userSignature(sym.Func, a)
			it.InsertText, it.InsertTextFormat = callSnippet(name, userParams(sym.Func)), protocol.InsertTextFormatSnippet
		case resolve.SymClass:
			it.Kind, it.Detail = protocol.CompletionItemKindClass, "imported class "+sym.Class.Name
		case resolve.SymNamespace:
			it.Kind, it.Detail = protocol.CompletionItemKindModule, "import * from "+sym.Module.Path
		default:
			it.Kind = protocol.CompletionItemKindFunction
		}
		c.add(it, c.start)
	}
}

func sortedKeys[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedFuncs(m map[string]*resolve.Function) []*resolve.Function {
	var out []*resolve.Function
	for _, k := range sortedKeys(m) {
		out = append(out, m[k])
	}
	return out
}

func builtinParams(f *catalog.Func) []string {
	var out []string
	for _, p := range f.Params {
		if p.Optional || p.Variadic {
			break
		}
		out = append(out, p.Name)
	}
	return out
}

func userParams(fn *resolve.Function) []string {
	var out []string
	for _, p := range fn.Params {
		if p.Default != nil || p.Variadic {
			break
		}
		out = append(out, p.Name)
	}
	return out
}

// callSnippet is `name(${1:$a}, ${2:$b})` with a placeholder per required parameter.
func callSnippet(name string, params []string) string {
	var b strings.Builder
	b.WriteString(name + "(")
	for i, p := range params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("${" + itoa(i+1) + ":\\$" + p + "}")
	}
	if len(params) == 0 {
		b.WriteString("$0")
	}
	b.WriteString(")")
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// keywordSnippets are the keywords of HSL, with a snippet for the statements.
var keywordSnippets = []struct{ word, snippet string }{
	{"if", "if (${1:condition}) {\n\t$0\n}"},
	{"else", "else {\n\t$0\n}"},
	{"for", "for (${1:\\$i = 0}; ${2:\\$i < 10}; ${3:\\$i++}) {\n\t$0\n}"},
	{"foreach", "foreach (${1:\\$array} as ${2:\\$value}) {\n\t$0\n}"},
	{"while", "while (${1:condition}) {\n\t$0\n}"},
	{"forever", "forever {\n\t$0\n}"},
	{"switch", "switch (${1:\\$value}) {\n\tcase ${2:1}:\n\t\t$0\n\t\tbreak;\n}"},
	{"case", "case ${1:value}:"},
	{"default", "default:"},
	{"break", "break;"},
	{"continue", "continue;"},
	{"return", "return $0;"},
	{"try", "try {\n\t$1\n} catch (${2:\\$e}) {\n\t$0\n}"},
	{"catch", "catch (${1:\\$e}) {\n\t$0\n}"},
	{"throw", "throw Exception(${1:\"message\"});"},
	{"echo", "echo $0;"},
	{"include", "include \"$0\";"},
	{"include_once", "include_once \"$0\";"},
	{"import", "import { $2 } from \"$1\";"},
	{"function", "function ${1:name}($2) {\n\t$0\n}"},
	{"class", "class ${1:Name} {\n\tconstructor($2) {\n\t\t$0\n\t}\n}"},
	{"constructor", "constructor($1) {\n\t$0\n}"},
	{"global", "global \\$$0;"},
	{"barrier", "barrier ${1:\"name\"} {\n\t$0\n}"},
	{"match", "match (${1:\\$value}) {\n\t${2:value} => ${3:result},\n\tdefault => ${0:none},\n}"},
	{"cache", "cache [${1:\"ttl\" => 60}] $0"},
	{"builtin", "builtin $0"},
	{"isset", "isset($0)"},
	{"unset", "unset($0)"},
	{"closure", "closure ($0)"},
	{"array", "array($0)"},
	{"true", ""}, {"false", ""}, {"none", ""}, {"and", ""}, {"or", ""}, {"not", ""},
	{"static", ""}, {"private", ""}, {"readonly", ""}, {"as", ""}, {"from", ""}, {"with", ""},
}

// exprKeywords are the keywords that can start an expression (the operands
// and prefix operators of `expression` in grammar/HSLParser.g4), with the
// snippet they take there: `function` is an anonymous function.
var exprKeywords = map[string]string{
	"none": "", "true": "", "false": "", "not": "",
	"function": "function ($1) {\n\t$0\n}",
	"match":    "", "builtin": "", "isset": "", "unset": "", "cache": "", "array": "",
}

// keywords offers the keywords: in an expression only those that can start
// one, elsewhere all of them.
func (c *completer) keywords(expr bool) {
	for _, k := range keywordSnippets {
		it := protocol.CompletionItem{Label: k.word, Kind: protocol.CompletionItemKindKeyword}
		if expr {
			snippet, ok := exprKeywords[k.word]
			if !ok {
				continue
			}
			if snippet != "" {
				k.snippet = snippet
			}
		}
		if k.snippet != "" {
			it.InsertText, it.InsertTextFormat = k.snippet, protocol.InsertTextFormatSnippet
		}
		c.add(it, c.start)
	}
}

// inExpression reports whether the word being completed must start an
// expression, judged by the code before it: an operator, `(`, `[`, `,`,
// `=>`, or a keyword that takes an expression (`return`, `echo`, …). At the
// start of a statement, after an operand and where it cannot be told, it
// reports false.
func (c *completer) inExpression() bool {
	src := c.a.text.src
	i := c.a.skipBack(c.start)
	if i < 0 {
		return false
	}
	switch ch := src[i]; {
	case ch == ';' || ch == '{' || ch == '}':
		// A statement starts, except among the arms of a match.
		return ch == '{' && c.inMatch()
	case ch == ':':
		// A case label ends a statement header; a ternary or slice does not.
		from := bytes.LastIndexAny(src[:i], ";{}") + 1
		head := strings.TrimSpace(string(src[from:i]))
		return !(head == "default" || strings.HasPrefix(head, "case") && len(head) > 4 && !isWordByte(head[4]))
	case ch == ')' || ch == ']' || ch == '"' || ch == '\'' || ch == '$':
		return false // after an operand or a statement header: cannot tell
	case ch == '+' || ch == '-':
		// `$i++ |` is after an operand; `$a + |` is not.
		return !(i > 0 && src[i-1] == ch)
	case strings.IndexByte("=<>!~&|^?,.(*/%[", ch) >= 0:
		return true
	case isWordByte(ch):
		end := i + 1
		for i > 0 && isWordByte(src[i-1]) {
			i--
		}
		switch string(src[i:end]) {
		case "return", "echo", "throw", "case", "and", "or", "not", "barrier", "with":
			return true
		}
	}
	return false
}

// inMatch reports whether the cursor is among the arms of a match.
func (c *completer) inMatch() bool {
	path := enclosing(c.a.file, c.start)
	if m, ok := path[len(path)-1].(*ast.MatchExpr); ok {
		return c.start > m.X.Span().End.Offset
	}
	return false
}

// skipBack returns the offset of the last byte before off that is neither
// white space nor in a comment, or -1.
func (a *analysis) skipBack(off int) int {
	src := a.text.src
	i := off - 1
	for i >= 0 {
		switch src[i] {
		case ' ', '\t', '\r', '\n':
			i--
			continue
		}
		moved := false
		for _, cm := range a.file.Comments {
			if cm.Start.Offset <= i && i < cm.End.Offset {
				i, moved = cm.Start.Offset-1, true
				break
			}
		}
		if !moved {
			return i
		}
	}
	return -1
}

// ----- members -----

// receiver returns the expression before `->` or `::` at offset op, from the
// syntax tree when it has one there, else from the variable name spelled
// before the operator.
func (c *completer) receiver(op int) (ast.Expr, []ast.Node) {
	a := c.a
	path := enclosing(a.file, op)
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *ast.MemberExpr:
			if n.X.Span().End.Offset == op {
				return n.X, path[:i+1]
			}
		case *ast.StaticExpr:
			if n.X.Span().End.Offset == op {
				return n.X, path[:i+1]
			}
		}
	}
	// Recovery dropped the operator: read the name before it.
	src := a.text.src
	s := op
	for s > 0 && isWordByte(src[s-1]) {
		s--
	}
	if s == op {
		return nil, path
	}
	name := string(src[s:op])
	if s > 0 && src[s-1] == '$' {
		x := &ast.Variable{Loc: ast.Loc{File: a.name}, Name: name}
		return x, path
	}
	return &ast.Ident{Loc: ast.Loc{File: a.name}, Name: name}, path
}

func (c *completer) members(op int) {
	a := c.a
	if a.info == nil {
		return
	}
	x, path := c.receiver(op)
	if x == nil {
		return
	}
	var recv classRef
	if v, ok := x.(*ast.Variable); ok && a.info.Uses[v] == nil {
		// A variable the tree does not have: find it by name in the scope.
		if v.Name == "this" {
			recv = classRef{user: a.enclosingClass(path)}
		} else if scope := a.scopeAt(path); scope != nil && scope.Vars[v.Name] != nil {
			recv = a.varClass(canonical(scope.Vars[v.Name]), 0)
		}
	} else {
		recv = a.classOf(x, path)
	}
	inside := recv.user != nil && a.enclosingClass(path) == recv.user
	switch {
	case recv.user != nil:
		for _, name := range sortedKeys(recv.user.Methods) {
			fn := recv.user.Methods[name]
			if fn.Private && !inside {
				continue
			}
			c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindMethod, Detail: userSignature(fn, a),
				InsertText: callSnippet(name, userParams(fn)), InsertTextFormat: protocol.InsertTextFormatSnippet}, c.start)
		}
		for _, v := range recv.user.Vars {
			if v.Private && !inside {
				continue
			}
			c.add(protocol.CompletionItem{Label: v.Name, Kind: protocol.CompletionItemKindField, Detail: strings.TrimSpace(modifierText(v) + "$" + v.Name)}, c.start)
		}
	case recv.builtin != nil:
		for _, name := range sortedKeys(recv.builtin.Methods) {
			f := recv.builtin.Methods[name]
			c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindMethod, Detail: f.Signature(),
				InsertText: callSnippet(name, builtinParams(f)), InsertTextFormat: protocol.InsertTextFormatSnippet,
				Data: c.data("", recv.builtin.Name, name)}, c.start)
		}
	}
}

func (c *completer) statics(op int) {
	a := c.a
	if a.info == nil {
		return
	}
	x, path := c.receiver(op)
	var class *resolve.Class
	switch x := x.(type) {
	case *ast.StaticName:
		class = a.enclosingClass(path)
	case *ast.Ident:
		if x.Name == "static" {
			class = a.enclosingClass(path)
			break
		}
		sym := a.info.Names[x]
		if sym == nil {
			sym = a.lookupName(x.Name)
		}
		switch {
		case sym == nil:
		case sym.Kind == resolve.SymClass:
			class = sym.Class
		case sym.Kind == resolve.SymBuiltinClass:
			for _, name := range sortedKeys(sym.BuiltinClass.Statics) {
				f := sym.BuiltinClass.Statics[name]
				c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindFunction, Detail: f.Signature(),
					InsertText: callSnippet(name, builtinParams(f)), InsertTextFormat: protocol.InsertTextFormatSnippet,
					Data: c.data("", sym.BuiltinClass.Name, "::"+name)}, c.start)
			}
			return
		case sym.Kind == resolve.SymNamespace:
			m := sym.Module
			for _, fn := range sortedFuncs(m.Funcs) {
				c.add(protocol.CompletionItem{Label: fn.Name, Kind: protocol.CompletionItemKindFunction, Detail: userSignature(fn, a),
					InsertText: callSnippet(fn.Name, userParams(fn)), InsertTextFormat: protocol.InsertTextFormatSnippet}, c.start)
			}
			for _, name := range sortedKeys(m.Classes) {
				c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindClass}, c.start)
			}
			for _, g := range m.Globals {
				if g.Defined() {
					c.add(protocol.CompletionItem{Label: "$" + g.Name, Kind: protocol.CompletionItemKindVariable, Detail: "variable of " + m.Path}, c.start-c.dollar())
				}
			}
			return
		}
	}
	if class == nil {
		return
	}
	inside := a.enclosingClass(path) == class
	for _, name := range sortedKeys(class.Statics) {
		fn := class.Statics[name]
		if fn.Private && !inside {
			continue
		}
		c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindFunction, Detail: userSignature(fn, a),
			InsertText: callSnippet(name, userParams(fn)), InsertTextFormat: protocol.InsertTextFormatSnippet}, c.start)
	}
	for _, v := range class.StaticVars {
		if v.Private && !inside {
			continue
		}
		c.add(protocol.CompletionItem{Label: "$" + v.Name, Kind: protocol.CompletionItemKindField, Detail: strings.TrimSpace(modifierText(v) + "$" + v.Name)}, c.start-c.dollar())
	}
}

// dollar is 1 when the word being completed follows a `$`.
func (c *completer) dollar() int {
	if c.start > 0 && c.a.text.src[c.start-1] == '$' {
		return 1
	}
	return 0
}

// lookupName finds what a bare name means at the top level of the document.
func (a *analysis) lookupName(name string) *resolve.Symbol {
	m := a.info.Entry
	if f := m.Funcs[name]; f != nil {
		return &resolve.Symbol{Kind: resolve.SymFunc, Func: f}
	}
	if c := m.Classes[name]; c != nil {
		return &resolve.Symbol{Kind: resolve.SymClass, Class: c}
	}
	if s := m.Symbols[name]; s != nil {
		return s
	}
	if c := a.setting.catalog.Class(name); c != nil {
		return &resolve.Symbol{Kind: resolve.SymBuiltinClass, BuiltinClass: c}
	}
	return nil
}

// ----- context variable keys -----

// contextKeys completes the keys of $arguments, $connection, $transaction
// and $message after `$var[` or `$var["a"][`, with or without a quote; each
// item carries the key's type and description.
func (c *completer) contextKeys(line string) bool {
	i := len(line)
	for i > 0 && isWordByte(line[i-1]) {
		i--
	}
	partialStart := i
	quote := byte(0)
	if i > 0 && (line[i-1] == '"' || line[i-1] == '\'') {
		quote = line[i-1]
		i--
	}
	if i == 0 || line[i-1] != '[' {
		return false
	}
	i--
	var keys []string
	for i > 0 && line[i-1] == ']' {
		j := i - 1
		if j == 0 || (line[j-1] != '"' && line[j-1] != '\'') {
			return false
		}
		q := line[j-1]
		k := j - 1
		for k > 0 && line[k-1] != q {
			k--
		}
		if k < 2 || line[k-2] != '[' {
			return false
		}
		keys = append([]string{line[k : j-1]}, keys...)
		i = k - 2
	}
	e := i
	for i > 0 && isWordByte(line[i-1]) {
		i--
	}
	if i == 0 || line[i-1] != '$' || i == e {
		return false
	}
	variable := line[i:e]
	prefix := strings.Join(keys, ".")
	if prefix != "" {
		prefix += "."
	}
	found := childKeys(c.a.setting.context, variable, prefix)
	for _, k := range found {
		insert := k.Path
		if quote == 0 {
			insert = `"` + k.Path + `"`
		}
		c.add(protocol.CompletionItem{Label: k.Path, Kind: protocol.CompletionItemKindField, Detail: k.Type,
			Documentation: markup(k.Doc), InsertText: insert},
			c.off-(len(line)-partialStart))
	}
	return len(found) > 0
}

// ----- import and include paths -----

// importNames completes, inside the braces of `import { … } from "…"`, the
// functions, classes and variables the module offers that the list does not
// name yet. It reports whether the cursor is inside such braces.
func (c *completer) importNames() bool {
	a := c.a
	var stmt *ast.ImportStmt
	for _, n := range enclosing(a.file, c.off) {
		if s, ok := n.(*ast.ImportStmt); ok {
			stmt = s
		}
	}
	if stmt == nil || stmt.Kind != ast.ImportNamed || stmt.Path != nil && c.off > stmt.Path.Start.Offset {
		return false
	}
	src := a.text.src
	head := src[stmt.Start.Offset:c.off]
	brace := bytes.IndexByte(head, '{')
	if brace < 0 || bytes.IndexByte(head[brace:], '}') >= 0 {
		return false
	}
	item := head[max(bytes.LastIndexAny(head, "{,"), 0)+1 : c.start-stmt.Start.Offset]
	if f := strings.Fields(string(item)); len(f) > 1 && f[1] == "as" || a.info == nil || a.info.Imports[stmt] == nil {
		return true // an alias, or the module is not known (yet): nothing to offer
	}
	m := a.info.Imports[stmt]
	listed := map[string]bool{}
	for _, sp := range stmt.Specs {
		if c.off < sp.Start.Offset || c.off > sp.End.Offset {
			listed[sp.Name] = true
		}
	}
	add := func(it protocol.CompletionItem) {
		if !listed[it.Label] {
			c.add(it, c.start-c.dollar())
		}
	}
	for _, fn := range sortedFuncs(m.Funcs) {
		add(protocol.CompletionItem{Label: fn.Name, Kind: protocol.CompletionItemKindFunction, Detail: userSignature(fn, a)})
	}
	for _, name := range sortedKeys(m.Classes) {
		add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindClass, Detail: "class " + name})
	}
	for _, g := range m.Globals {
		if g.Defined() {
			add(protocol.CompletionItem{Label: "$" + g.Name, Kind: protocol.CompletionItemKindVariable, Detail: "variable of " + m.Path})
		}
	}
	for _, name := range sortedKeys(m.Symbols) {
		switch sym := m.Symbols[name]; sym.Kind {
		case resolve.SymFunc:
			add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindFunction, Detail: "imported " + userSignature(sym.Func, a)})
		case resolve.SymClass:
			add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindClass, Detail: "imported class " + sym.Class.Name})
		}
	}
	return true
}

// importPath completes the file names of include and import statements.
func (c *completer) importPath(line string) bool {
	trimmed := strings.TrimLeft(line, " \t")
	word := trimmed
	if i := strings.IndexAny(word, " \t\"'"); i >= 0 {
		word = word[:i]
	}
	if word != "include" && word != "include_once" && word != "import" {
		return false
	}
	q := strings.LastIndexAny(trimmed, "\"'")
	if q < 0 || strings.Count(trimmed, trimmed[q:q+1])%2 == 0 {
		return false // not inside a string
	}
	data := word == "import" && strings.HasPrefix(strings.TrimSpace(trimmed[len(word):]), "$")
	partial := trimmed[q+1:]
	partial = strings.TrimPrefix(strings.TrimPrefix(partial, "file://"), "file:")
	dir, base := path.Split(partial)
	entries, err := os.ReadDir(filepath.Join(c.a.setting.loaderRoot, filepath.FromSlash(dir)))
	if err != nil {
		return true
	}
	from := c.off - len(base)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		switch {
		case e.IsDir():
			c.add(protocol.CompletionItem{Label: name + "/", Kind: protocol.CompletionItemKindFolder}, from)
		case !data && strings.HasSuffix(name, ".hsl"), data && resolve.IsDataFile(name):
			if dir+name == c.a.name {
				continue // not the file itself
			}
			c.add(protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindFile}, from)
		}
	}
	return true
}
