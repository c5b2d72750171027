package lsp

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/format"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
)

// ----- document symbols -----

func (s *server) documentSymbol(p *protocol.DocumentSymbolParams) ([]protocol.DocumentSymbol, error) {
	a, err := s.analysisOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	return a.symbols(), nil
}

func (a *analysis) symbols() []protocol.DocumentSymbol {
	out := []protocol.DocumentSymbol{}
	t := a.text
	sym := func(name, detail string, kind protocol.SymbolKind, whole, sel ast.Loc) protocol.DocumentSymbol {
		return protocol.DocumentSymbol{Name: name, Detail: detail, Kind: kind, Range: t.locRange(whole), SelectionRange: t.locRange(sel)}
	}
	var stmts func(list []ast.Stmt) []protocol.DocumentSymbol
	stmts = func(list []ast.Stmt) []protocol.DocumentSymbol {
		var out []protocol.DocumentSymbol
		for _, st := range list {
			switch n := st.(type) {
			case *ast.FuncDecl:
				if n.Name == nil || n.Name.Name == "" || n.Body == nil {
					continue
				}
				d := sym(n.Name.Name, paramsDetail(n.Params), protocol.SymbolKindFunction, n.Loc, n.Name.Loc)
				d.Children = stmts(n.Body.Stmts)
				out = append(out, d)
			case *ast.ClassDecl:
				if n.Name == nil || n.Name.Name == "" {
					continue // editors refuse symbols without a name
				}
				d := sym(n.Name.Name, "", protocol.SymbolKindClass, n.Loc, n.Name.Loc)
				for _, m := range ast.Children(n) {
					switch m := m.(type) {
					case *ast.ClassVar:
						if m.Name == "" {
							continue
						}
						s, e := a.nameRange(m, m.Name)
						v := sym("$"+m.Name, strings.TrimSpace(modifierText(m)), protocol.SymbolKindField, m.Loc, m.Loc)
						v.SelectionRange = t.rangeOf(s-1, e)
						d.Children = append(d.Children, v)
					case *ast.ClassFunc:
						if m.Name == nil || m.Name.Name == "" {
							continue
						}
						kind := protocol.SymbolKindMethod
						if m == n.Constructor {
							kind = protocol.SymbolKindConstructor
						}
						d.Children = append(d.Children, sym(m.Name.Name, paramsDetail(m.Params), kind, m.Loc, m.Name.Loc))
					}
				}
				out = append(out, d)
			default:
				// Declarations nested in control flow are still declarations.
				for _, c := range ast.Children(st) {
					if b, ok := c.(*ast.Block); ok {
						out = append(out, stmts(b.Stmts)...)
					}
				}
			}
		}
		return out
	}
	out = append(out, stmts(a.file.Stmts)...)
	if a.info != nil {
		for _, g := range a.info.Entry.Globals {
			d, ok := g.Decl.(*ast.Variable)
			if !ok || d.File != a.name {
				continue
			}
			out = append(out, sym("$"+g.Name, "", protocol.SymbolKindVariable, d.Loc, d.Loc))
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i].Range.Start, out[j].Range.Start
		return x.Line < y.Line || x.Line == y.Line && x.Character < y.Character
	})
	return out
}

func paramsDetail(ps []*ast.Param) string {
	var names []string
	for _, p := range ps {
		n := "$" + p.Name
		if p.Variadic {
			n = "..." + n
		}
		names = append(names, n)
	}
	return "(" + strings.Join(names, ", ") + ")"
}

// ----- workspace symbols -----

func (s *server) workspaceSymbol(p *protocol.WorkspaceSymbolParams) ([]protocol.SymbolInformation, error) {
	// The files are those of the workspace index (every workspace folder and
	// the open documents), their symbols cached with its facts.
	ix := &s.index
	ix.mu.Lock()
	defer ix.mu.Unlock()
	sn := s.snapshot()
	query := strings.ToLower(p.Query)
	out := []protocol.SymbolInformation{}
	paths := slices.Sorted(slices.Values(ix.list(sn)))
	for _, path := range paths {
		for _, si := range ix.factsOf(sn, path).symbols {
			if fuzzy(strings.ToLower(si.Name), query) {
				si.Location.URI = sn.uriOf(path)
				out = append(out, si)
			}
		}
	}
	return out, nil
}

// fuzzy reports whether the letters of query appear in name in order, as
// editors match symbol queries ("rlim" matches "ratelimiter").
func fuzzy(name, query string) bool {
	for _, r := range query {
		i := strings.IndexRune(name, r)
		if i < 0 {
			return false
		}
		name = name[i+utf8.RuneLen(r):]
	}
	return true
}

// ----- formatting -----

func (s *server) formatting(p *protocol.DocumentFormattingParams) ([]protocol.TextEdit, error) {
	a, err := s.analysisOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	out, err := format.Source(a.name, a.text.src)
	if err != nil {
		s.conn.Notify(context.Background(), "window/logMessage", protocol.LogMessageParams{Type: protocol.MessageTypeInfo, Message: err.Error()})
		return nil, nil
	}
	return minimalEdit(a.text, out), nil
}

// minimalEdit returns the single edit that turns t into out, covering only
// the bytes between their common prefix and suffix.
func minimalEdit(t *text, out []byte) []protocol.TextEdit {
	old := t.src
	pre := 0
	for pre < len(old) && pre < len(out) && old[pre] == out[pre] {
		pre++
	}
	suf := 0
	for suf < len(old)-pre && suf < len(out)-pre && old[len(old)-1-suf] == out[len(out)-1-suf] {
		suf++
	}
	if pre == len(old) && pre == len(out) {
		return []protocol.TextEdit{}
	}
	// Keep edits on whole UTF-8 characters.
	for pre > 0 && pre < len(old) && old[pre]&0xC0 == 0x80 {
		pre--
	}
	for suf > 0 && len(old)-suf < len(old) && old[len(old)-suf]&0xC0 == 0x80 {
		suf--
	}
	return []protocol.TextEdit{{Range: t.rangeOf(pre, len(old)-suf), NewText: string(out[pre : len(out)-suf])}}
}

// ----- folding ranges -----

func (s *server) foldingRange(p *protocol.FoldingRangeParams) ([]protocol.FoldingRange, error) {
	a, err := s.analysisOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	return a.folding(), nil
}

func (a *analysis) folding() []protocol.FoldingRange {
	out := []protocol.FoldingRange{}
	seen := map[uint32]bool{}
	// line is the 1-based line of a position, counted as the editor does.
	line := func(p ast.Pos) int { return int(a.text.position(p.Offset).Line) + 1 }
	add := func(start, end int, kind protocol.FoldingRangeKind) {
		// Lines are 1-based here; the range stops before the closing line.
		if end-1 <= start || seen[uint32(start-1)] {
			return
		}
		seen[uint32(start-1)] = true
		out = append(out, protocol.FoldingRange{StartLine: uint32(start - 1), EndLine: uint32(end - 2), Kind: kind})
	}
	var imports []ast.Node
	flushImports := func() {
		if len(imports) > 1 {
			first, last := imports[0].Span(), imports[len(imports)-1].Span()
			add(line(first.Start), line(last.End)+1, protocol.ImportsFoldingRange)
		}
		imports = imports[:0]
	}
	for _, st := range a.file.Stmts {
		if _, ok := st.(*ast.ImportStmt); ok {
			imports = append(imports, st)
		} else {
			flushImports()
		}
	}
	flushImports()
	ast.Inspect(a.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Block, *ast.ClassDecl, *ast.SwitchStmt, *ast.ArrayLit, *ast.MatchExpr:
			l := n.Span()
			add(line(l.Start), line(l.End), "")
		case *ast.CaseClause:
			l := n.Span()
			add(line(l.Start), line(l.End)+1, "")
		}
		return true
	})
	// Comments: a block comment over several lines, or a run of line comments.
	cs := a.file.Comments
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.Block {
			add(line(c.Start), line(c.End)+1, protocol.CommentFoldingRange)
			continue
		}
		j := i
		for j+1 < len(cs) && !cs[j+1].Block && line(cs[j+1].Start) == line(cs[j].Start)+1 {
			j++
		}
		if j > i {
			add(line(c.Start), line(cs[j].Start)+1, protocol.CommentFoldingRange)
		}
		i = j
	}
	sort.Slice(out, func(i, j int) bool { return out[i].StartLine < out[j].StartLine })
	return out
}

// ----- semantic tokens -----

// The semantic token legend: the types and modifiers the server reports.
var legend = semanticTokensLegend{
	TokenTypes:     []string{"namespace", "class", "function", "method", "variable", "parameter", "property"},
	TokenModifiers: []string{"declaration", "readonly", "defaultLibrary"},
}

const (
	tokNamespace = iota
	tokClass
	tokFunction
	tokMethod
	tokVariable
	tokParameter
	tokProperty
)

const (
	modDeclaration = 1 << iota
	modReadonly
	modDefaultLibrary
)

type token struct {
	start, end int
	typ, mods  uint32
}

func (s *server) semanticTokens(p *protocol.SemanticTokensParams) (*semanticTokens, error) {
	a, err := s.analysisOf(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	return &semanticTokens{Data: a.encodeTokens(a.tokens())}, nil
}

// tokens classifies the names of the document from the resolution.
func (a *analysis) tokens() []token {
	var out []token
	add := func(start, end int, typ, mods uint32) {
		if end > start && start >= 0 && end <= len(a.text.src) {
			out = append(out, token{start, end, typ, mods})
		}
	}
	symTok := func(sym *resolve.Symbol) (uint32, uint32, bool) {
		if sym == nil {
			return 0, 0, false
		}
		switch sym.Kind {
		case resolve.SymFunc:
			if sym.Func.Class != nil {
				return tokMethod, 0, true
			}
			return tokFunction, 0, true
		case resolve.SymClass:
			return tokClass, 0, true
		case resolve.SymBuiltin:
			return tokFunction, modDefaultLibrary, true
		case resolve.SymBuiltinClass:
			return tokClass, modDefaultLibrary, true
		case resolve.SymNamespace:
			return tokNamespace, 0, true
		}
		return 0, 0, false
	}
	walk(a.file, func(n ast.Node, path []ast.Node) {
		var parent ast.Node
		if len(path) > 1 {
			parent = path[len(path)-2]
		}
		switch n := n.(type) {
		case *ast.Variable:
			typ, mods := uint32(tokVariable), uint32(0)
			if a.info != nil {
				if v := canonical(a.info.Uses[n]); v != nil {
					if _, ok := v.Decl.(*ast.Param); ok {
						typ = tokParameter
					}
					if v.ReadOnly {
						mods |= modReadonly
					}
					if v.Decl == nil && v.Kind == resolve.Global && v.Module == a.info.Entry {
						mods |= modDefaultLibrary // a context variable of the host
					}
					if v.Decl == ast.Node(n) {
						mods |= modDeclaration
					}
				}
			}
			add(n.Start.Offset, n.End.Offset, typ, mods)
		case *ast.Param:
			s, e := a.nameRange(n, n.Name)
			add(s-1, e, tokParameter, modDeclaration)
		case *ast.ClassVar:
			s, e := a.nameRange(n, n.Name)
			add(s-1, e, tokProperty, modDeclaration)
		case *ast.Ident:
			switch p := parent.(type) {
			case *ast.FuncDecl:
				add(n.Start.Offset, n.End.Offset, tokFunction, modDeclaration)
			case *ast.ClassDecl:
				add(n.Start.Offset, n.End.Offset, tokClass, modDeclaration)
			case *ast.ClassFunc:
				add(n.Start.Offset, n.End.Offset, tokMethod, modDeclaration)
			case *ast.MemberExpr:
				typ := uint32(tokProperty)
				if len(path) > 2 {
					if c, ok := path[len(path)-3].(*ast.CallExpr); ok && c.Fun == ast.Expr(p) {
						typ = tokMethod
					}
				}
				add(n.Start.Offset, n.End.Offset, typ, 0)
			case *ast.BuiltinExpr:
				add(n.Start.Offset, n.End.Offset, tokFunction, modDefaultLibrary)
			default:
				if a.info != nil {
					if typ, mods, ok := symTok(a.info.Names[n]); ok {
						add(n.Start.Offset, n.End.Offset, typ, mods)
					}
				}
			}
		case *ast.StaticExpr:
			if a.info == nil {
				return
			}
			s, e := a.nameRange(n, n.Name)
			if n.Var {
				add(s-1, e, tokProperty, 0)
			} else if typ, mods, ok := symTok(a.info.Names[n]); ok {
				add(s, e, typ, mods)
			}
		}
	})
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// encodeTokens encodes tokens as LSP relative positions, dropping overlaps
// and tokens that span lines.
func (a *analysis) encodeTokens(toks []token) []uint32 {
	data := []uint32{}
	var line, char uint32
	last := -1
	for _, t := range toks {
		if t.start < last {
			continue
		}
		s, e := a.text.position(t.start), a.text.position(t.end)
		if s.Line != e.Line {
			continue
		}
		dl, dc := s.Line-line, s.Character
		if dl == 0 {
			dc = s.Character - char
		}
		data = append(data, dl, dc, e.Character-s.Character, t.typ, t.mods)
		line, char, last = s.Line, s.Character, t.end
	}
	return data
}
