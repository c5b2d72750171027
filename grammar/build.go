package grammar

import (
	"strings"

	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/grammar/parser"
)

// builder turns the parser's rule contexts into an ast.File. It also checks the rules
// the grammar cannot express and reports them as diagnostics.
type builder struct {
	file     string
	src      string
	tokens   *tokenStream
	lines    *lineIndex
	diags    *diag.List
	comments []*ast.Comment
	docs     map[int]*ast.Comment // comment ending on the given line
}

// errorf reports a check that failed. A node without a position was made up
// for a part missing after a syntax error, which has been reported already.
func (b *builder) errorf(loc ast.Loc, format string, args ...any) {
	if !loc.Start.IsValid() {
		return
	}
	*b.diags = append(*b.diags, diag.At(loc, format, args...))
}

// loc returns the extent of a rule context.
func (b *builder) loc(c antlr.ParserRuleContext) ast.Loc {
	if c == nil {
		return ast.Loc{File: b.file}
	}
	start, stop := c.GetStart(), c.GetStop()
	if start == nil {
		return ast.Loc{File: b.file}
	}
	s := start.GetStart()
	if start.GetTokenType() == antlr.TokenEOF {
		s = len(b.src)
	}
	e := s
	if stop != nil && stop.GetTokenType() != antlr.TokenEOF && stop.GetStop() >= s {
		e = stop.GetStop() + 1
	}
	return ast.Loc{File: b.file, Start: b.lines.pos(s), End: b.lines.pos(e)}
}

func (b *builder) span(from, to ast.Node) ast.Loc {
	return ast.Loc{File: b.file, Start: from.Span().Start, End: to.Span().End}
}

func (b *builder) collectComments(comments []antlr.Token) {
	b.docs = map[int]*ast.Comment{}
	for _, t := range comments {
		text := t.GetText()
		c := &ast.Comment{Loc: b.tokenLoc(t), Text: text, Block: strings.HasPrefix(text, "/*")}
		b.comments = append(b.comments, c)
		if b.startsLine(c) {
			b.docs[c.End.Line] = c
		}
	}
}

// startsLine reports whether only blanks precede the comment on its first
// line: a comment after code (`$x = 1; // note`) documents that code, not
// the declaration on the next line.
func (b *builder) startsLine(c *ast.Comment) bool {
	start := c.Start.Offset - (c.Start.Col - 1)
	return strings.TrimLeft(b.src[max(start, 0):c.Start.Offset], " \t") == ""
}

// doc returns the comment, alone on its line, that ends on the line before
// loc, if any.
func (b *builder) doc(loc ast.Loc) *ast.Comment {
	return b.docs[loc.Start.Line-1]
}

func (b *builder) program(c parser.IProgramContext) *ast.File {
	f := &ast.File{Name: b.file, Comments: b.comments}
	f.Loc = ast.Loc{File: b.file, Start: b.lines.pos(0), End: b.lines.pos(len(b.src))}
	if c == nil {
		return f
	}
	f.Stmts = b.stmts(c.GetStmts())
	return f
}

func (b *builder) stmts(cs []parser.IStatementContext) []ast.Stmt {
	out := make([]ast.Stmt, 0, len(cs))
	for _, s := range cs {
		out = append(out, b.stmt(s))
	}
	return out
}

func (b *builder) block(c parser.IBlockContext) *ast.Block {
	if c == nil {
		return &ast.Block{Loc: ast.Loc{File: b.file}}
	}
	return &ast.Block{Loc: b.loc(c), Stmts: b.stmts(c.GetStmts())}
}

func (b *builder) stmt(c parser.IStatementContext) ast.Stmt {
	if c == nil {
		return &ast.BadStmt{Loc: ast.Loc{File: b.file}}
	}
	loc := b.loc(c)
	switch c := c.(type) {
	case *parser.BlockStmtContext:
		return b.block(c.GetB())
	case *parser.IfStmtContext:
		s := &ast.IfStmt{Loc: loc, Cond: b.expr(c.GetCond()), Then: b.stmt(c.GetThen())}
		if c.GetEls() != nil {
			s.Else = b.stmt(c.GetEls())
		}
		return s
	case *parser.ForStmtContext:
		s := &ast.ForStmt{Loc: loc, Body: b.stmt(c.GetBody())}
		if c.GetInit() != nil {
			s.Init = b.exprList(c.GetInit())
		}
		if c.GetCond() != nil {
			s.Cond = b.expr(c.GetCond())
		}
		if c.GetStep() != nil {
			s.Step = b.exprList(c.GetStep())
		}
		return s
	case *parser.ForeachStmtContext:
		s := &ast.ForeachStmt{Loc: loc, X: b.expr(c.GetX()), Body: b.stmt(c.GetBody())}
		first := b.foreachTarget(c.GetFirst())
		if c.GetSecond() != nil {
			s.Key, s.Value = first, b.foreachTarget(c.GetSecond())
			if _, ok := s.Key.(*ast.Variable); !ok {
				b.errorf(s.Key.Span(), "the key of a foreach must be a variable")
			}
		} else {
			s.Value = first
		}
		return s
	case *parser.WhileStmtContext:
		return &ast.WhileStmt{Loc: loc, Cond: b.expr(c.GetCond()), Body: b.stmt(c.GetBody())}
	case *parser.ForeverStmtContext:
		return &ast.ForeverStmt{Loc: loc, Body: b.stmt(c.GetBody())}
	case *parser.SwitchStmtContext:
		s := &ast.SwitchStmt{Loc: loc, X: b.expr(c.GetX())}
		var dflt *ast.CaseClause
		for _, cc := range c.GetCases() {
			clause := &ast.CaseClause{Loc: b.loc(cc)}
			switch cc := cc.(type) {
			case *parser.CaseClauseContext:
				clause.Value = b.expr(cc.GetX())
				clause.Body = b.stmts(cc.GetStmts())
			case *parser.DefaultClauseContext:
				clause.Body = b.stmts(cc.GetStmts())
				if dflt != nil {
					b.errorf(clause.Loc, "switch has more than one default (the first is at line %d)", dflt.Start.Line)
				}
				dflt = clause
			}
			s.Cases = append(s.Cases, clause)
		}
		return s
	case *parser.BreakStmtContext:
		return &ast.BreakStmt{Loc: loc}
	case *parser.ContinueStmtContext:
		return &ast.ContinueStmt{Loc: loc}
	case *parser.ReturnStmtContext:
		s := &ast.ReturnStmt{Loc: loc}
		if c.GetX() != nil {
			s.X = b.expr(c.GetX())
		}
		return s
	case *parser.TryStmtContext:
		s := &ast.TryStmt{Loc: loc, Body: b.block(c.GetBody()), Catch: b.block(c.GetHandler())}
		if c.GetV() != nil {
			s.Var = b.variable(c.GetV())
		}
		return s
	case *parser.ThrowStmtContext:
		return &ast.ThrowStmt{Loc: loc, X: b.expr(c.GetX())}
	case *parser.EchoStmtContext:
		return &ast.EchoStmt{Loc: loc, X: b.expr(c.GetX())}
	case *parser.IncludeStmtContext:
		once := c.GetKw() != nil && c.GetKw().GetTokenType() == parser.HSLParserINCLUDE_ONCE
		return &ast.IncludeStmt{Loc: loc, Once: once, Path: b.constPath(c.GetFile(), "include")}
	case *parser.ImportNamedStmtContext:
		s := &ast.ImportStmt{Loc: loc, Kind: ast.ImportNamed, Path: b.constPath(c.GetFile(), "import")}
		for _, sc := range c.GetSpecs() {
			s.Specs = append(s.Specs, b.importSpec(sc))
		}
		return s
	case *parser.ImportStarStmtContext:
		s := &ast.ImportStmt{Loc: loc, Kind: ast.ImportStar, Path: b.constPath(c.GetFile(), "import")}
		s.Namespace = tokenText(c.GetNs())
		return s
	case *parser.ImportDataStmtContext:
		s := &ast.ImportStmt{Loc: loc, Kind: ast.ImportData, Path: b.constPath(c.GetFile(), "import")}
		if c.GetV() != nil {
			s.Var = b.variable(c.GetV())
		}
		if c.GetOpts() != nil {
			s.Options = b.expr(c.GetOpts())
		}
		return s
	case *parser.FunctionDeclContext:
		d := &ast.FuncDecl{Loc: loc, Doc: b.doc(loc), Body: b.block(c.GetBody())}
		d.Name = b.ident(c.GetName())
		d.Params = b.params(c.GetParams())
		return d
	case *parser.ClassDeclContext:
		return b.classDecl(c, loc)
	case *parser.GlobalStmtContext:
		s := &ast.GlobalStmt{Loc: loc}
		for _, v := range c.GetVars() {
			s.Vars = append(s.Vars, b.variable(v))
		}
		return s
	case *parser.BarrierStmtContext:
		s := &ast.BarrierStmt{Loc: loc, Name: b.expr(c.GetX()), Body: b.block(c.GetBody())}
		if c.GetV() != nil {
			s.Var = b.variable(c.GetV())
		}
		return s
	case *parser.ExpressionStmtContext:
		return &ast.ExprStmt{Loc: loc, X: b.expr(c.GetX())}
	case *parser.EmptyStmtContext:
		return &ast.EmptyStmt{Loc: loc}
	}
	return &ast.BadStmt{Loc: loc}
}

func (b *builder) foreachTarget(c parser.IForeachTargetContext) ast.Expr {
	if c == nil {
		return &ast.BadExpr{Loc: ast.Loc{File: b.file}}
	}
	if v := c.GetV(); v != nil {
		return b.variable(v)
	}
	lit := b.arrayLiteral(c.GetPattern())
	b.checkPattern(lit)
	return lit
}

func (b *builder) importSpec(c parser.IImportSpecContext) *ast.ImportSpec {
	return &ast.ImportSpec{Loc: b.loc(c), Name: tokenText(c.GetName()), Alias: tokenText(c.GetAlias())}
}

// constPath returns the path of an include or import, which must be a
// constant string.
func (b *builder) constPath(c parser.IPathContext, what string) *ast.StringLit {
	if c == nil || !present(c.GetT()) {
		return &ast.StringLit{Loc: ast.Loc{File: b.file}}
	}
	t := c.GetT()
	if t.GetTokenType() == parser.HSLParserRAW_STRING {
		return &ast.StringLit{Loc: b.tokenLoc(t), Value: rawContent(t.GetText()), Raw: true}
	}
	x := b.stringLit(t)
	if lit, ok := x.(*ast.StringLit); ok {
		return lit
	}
	b.errorf(x.Span(), "the path of %s must be a constant string, without interpolation", what)
	return &ast.StringLit{Loc: x.Span()}
}

func (b *builder) classDecl(c *parser.ClassDeclContext, loc ast.Loc) *ast.ClassDecl {
	d := &ast.ClassDecl{Loc: loc, Doc: b.doc(loc), Name: b.ident(c.GetName())}
	for _, m := range c.GetMembers() {
		mloc := b.loc(m)
		switch m := m.(type) {
		case *parser.ClassVariableContext:
			v := &ast.ClassVar{Loc: mloc, Name: strings.TrimPrefix(tokenText(m.GetV()), "$"), NameLoc: b.nameLoc(m.GetV())}
			if m.GetInit() != nil {
				v.Init = b.expr(m.GetInit())
			}
			v.Private, v.Static, v.Readonly = b.modifiers(m.GetMods(), true)
			d.Vars = append(d.Vars, v)
		case *parser.ClassFunctionContext:
			f := &ast.ClassFunc{Loc: mloc, Doc: b.doc(mloc), Name: b.ident(m.GetName()),
				Params: b.params(m.GetParams()), Body: b.block(m.GetBody())}
			f.Private, f.Static, _ = b.modifiers(m.GetMods(), false)
			d.Funcs = append(d.Funcs, f)
		case *parser.ClassConstructorContext:
			f := &ast.ClassFunc{Loc: mloc, Doc: b.doc(mloc), Params: b.params(m.GetParams()), Body: b.block(m.GetBody())}
			f.Name = &ast.Ident{Loc: b.tokenLoc(m.GetKw()), Name: "constructor"}
			if d.Constructor != nil {
				b.errorf(mloc, "class %s has more than one constructor", d.Name.Name)
			}
			d.Constructor = f
		case *parser.ClassStatementContext:
			b.errorf(mloc, "unexpected statement in class %s: a class body declares only variables, functions and a constructor", d.Name.Name)
		}
	}
	return d
}

// modifiers reads private/static/readonly, rejecting repeats and readonly on
// functions.
func (b *builder) modifiers(ms []parser.IModifierContext, variable bool) (private, static, readonly bool) {
	for _, m := range ms {
		var flag *bool
		switch tokenType(m.GetM()) {
		case parser.HSLParserPRIVATE:
			flag = &private
		case parser.HSLParserSTATIC:
			flag = &static
		case parser.HSLParserREADONLY:
			flag = &readonly
			if !variable {
				b.errorf(b.loc(m), "'readonly' applies to class variables, not to functions")
			}
		default:
			continue
		}
		if *flag {
			b.errorf(b.loc(m), "modifier '%s' is repeated", tokenText(m.GetM()))
		}
		*flag = true
	}
	if static && readonly {
		b.errorf(b.loc(ms[0]), "a static variable cannot be readonly")
	}
	return
}

func (b *builder) params(c parser.IParameterListContext) []*ast.Param {
	if c == nil {
		return nil
	}
	var out []*ast.Param
	var sawDefault *ast.Param
	all := c.GetParams()
	for i, p := range all {
		param := &ast.Param{Loc: b.loc(p), Variadic: p.GetDots() != nil, Name: strings.TrimPrefix(tokenText(p.GetV()), "$"), NameLoc: b.nameLoc(p.GetV())}
		if p.GetDflt() != nil {
			param.Default = b.expr(p.GetDflt())
			sawDefault = param
		} else if sawDefault != nil && !param.Variadic {
			b.errorf(param.Loc, "parameter $%s needs a default value: it follows $%s, which has one", param.Name, sawDefault.Name)
		}
		if param.Variadic && i != len(all)-1 {
			b.errorf(param.Loc, "the variadic parameter ...$%s must be the last parameter", param.Name)
		}
		out = append(out, param)
	}
	return out
}

// exprList converts an expression list, which may be missing.
func (b *builder) exprList(c parser.IExpressionListContext) []ast.Expr {
	if c == nil {
		return nil
	}
	return b.exprs(c.GetItems())
}

// present reports whether t is a token of the source: not missing, and not made
// up by error recovery (such a token has no place in the source).
func present(t antlr.Token) bool {
	return t != nil && t.GetStart() >= 0
}

// tokenText returns the source text of a token, "" for a missing one.
func tokenText(t antlr.Token) string {
	if present(t) {
		return t.GetText()
	}
	return ""
}

// tokenType returns the type of a token, 0 for a missing one.
func tokenType(t antlr.Token) int {
	if present(t) {
		return t.GetTokenType()
	}
	return 0
}

func (b *builder) exprs(cs []parser.IExpressionContext) []ast.Expr {
	out := make([]ast.Expr, 0, len(cs))
	for _, c := range cs {
		out = append(out, b.expr(c))
	}
	return out
}

func (b *builder) ident(t antlr.Token) *ast.Ident {
	return &ast.Ident{Loc: b.tokenLoc(t), Name: tokenText(t)}
}

// nameLoc is the extent of the name a token spells, without a leading "$";
// a zero Loc (with the file) for a missing token.
func (b *builder) nameLoc(t antlr.Token) ast.Loc {
	l := b.tokenLoc(t)
	if present(t) && strings.HasPrefix(t.GetText(), "$") {
		l.Start = b.lines.pos(t.GetStart() + 1)
	}
	return l
}

func (b *builder) variable(t antlr.Token) *ast.Variable {
	if !present(t) {
		return &ast.Variable{Loc: ast.Loc{File: b.file}}
	}
	return &ast.Variable{Loc: b.tokenLoc(t), Name: strings.TrimPrefix(t.GetText(), "$")}
}

func (b *builder) binary(loc ast.Loc, c binaryContext) *ast.BinaryExpr {
	op := c.GetOp()
	e := &ast.BinaryExpr{Loc: loc, Op: tokenText(op), X: b.expr(c.GetX()), Y: b.expr(c.GetY())}
	if present(op) {
		e.OpPos = b.lines.pos(op.GetStart())
	}
	return e
}

// args converts an argument list. A spread argument is one whose previous
// token is `...`: an expression cannot end with `...`.
func (b *builder) args(c parser.IArgumentListContext) []*ast.Arg {
	var out []*ast.Arg
	for _, x := range c.GetArgs() {
		a := &ast.Arg{X: b.expr(x)}
		a.Loc = a.X.Span()
		if start := x.GetStart(); present(start) && start.GetTokenIndex() > 0 {
			if prev := b.tokens.Get(start.GetTokenIndex() - 1); prev.GetTokenType() == parser.HSLParserELLIPSIS {
				a.Loc.Start = b.lines.pos(prev.GetStart())
				a.Spread = true
			}
		}
		out = append(out, a)
	}
	return out
}

// binaryContext is what the contexts of all binary operators have in common.
type binaryContext interface {
	parser.IExpressionContext
	GetX() parser.IExpressionContext
	GetOp() antlr.Token
	GetY() parser.IExpressionContext
}

// expr converts an expression context; a missing one becomes a BadExpr.
func (b *builder) expr(c parser.IExpressionContext) ast.Expr {
	if c == nil {
		return &ast.BadExpr{Loc: ast.Loc{File: b.file}}
	}
	loc := b.loc(c)
	switch c := c.(type) {
	case *parser.CallExprContext:
		call := &ast.CallExpr{Loc: loc, Fun: b.expr(c.GetFn())}
		if al := c.GetArgs(); al != nil {
			call.Args = b.args(al)
		}
		return call
	case *parser.IndexExprContext:
		x := b.expr(c.GetX())
		if c.GetSlice() == nil {
			e := &ast.IndexExpr{Loc: loc, X: x}
			if c.GetFirst() != nil {
				e.Index = b.expr(c.GetFirst())
			}
			return e
		}
		e := &ast.SliceExpr{Loc: loc, X: x, HasStep: c.GetColon2() != nil || tokenType(c.GetSlice()) == parser.HSLParserDOUBLE_COLON}
		if c.GetFirst() != nil {
			e.First = b.expr(c.GetFirst())
		}
		if c.GetLast() != nil {
			e.Last = b.expr(c.GetLast())
		}
		if c.GetStep() != nil {
			e.Step = b.expr(c.GetStep())
		}
		return e
	case *parser.MemberExprContext:
		e := &ast.MemberExpr{Loc: loc, X: b.expr(c.GetX())}
		if m := c.GetName(); m != nil && present(m.GetStart()) {
			e.Name = b.ident(m.GetStart())
		} else {
			e.Name = &ast.Ident{Loc: ast.Loc{File: b.file, Start: loc.End, End: loc.End}}
		}
		return e
	case *parser.StaticExprContext:
		e := &ast.StaticExpr{Loc: loc, X: b.expr(c.GetX())}
		if m := c.GetName(); m != nil {
			e.Name, e.NameLoc = tokenText(m.GetStart()), b.nameLoc(m.GetStart())
		} else if v := c.GetV(); v != nil {
			e.Name, e.NameLoc, e.Var = strings.TrimPrefix(tokenText(v), "$"), b.nameLoc(v), true
		}
		switch ast.Unparen(e.X).(type) {
		case *ast.Ident, *ast.StaticName, *ast.BadExpr:
		default:
			b.errorf(e.X.Span(), "'::' must follow a class name, a namespace or 'static'")
		}
		return e
	case *parser.PostfixExprContext:
		e := &ast.IncDecExpr{Loc: loc, Op: tokenText(c.GetOp()), X: b.expr(c.GetX())}
		b.checkTarget(e.X, "apply "+e.Op+" to")
		return e
	case *parser.PrefixExprContext:
		e := &ast.IncDecExpr{Loc: loc, Op: tokenText(c.GetOp()), Prefix: true, X: b.expr(c.GetX())}
		b.checkTarget(e.X, "apply "+e.Op+" to")
		return e
	case *parser.UnaryExprContext:
		return &ast.UnaryExpr{Loc: loc, Op: tokenText(c.GetOp()), X: b.expr(c.GetX())}
	case *parser.CacheExprContext:
		e := &ast.CacheExpr{Loc: loc, Options: b.arrayLiteral(c.GetOpts())}
		x := b.expr(c.GetX())
		call, ok := x.(*ast.CallExpr)
		if ok {
			switch call.Fun.(type) {
			case *ast.Ident, *ast.BuiltinExpr, *ast.StaticExpr:
			default:
				ok = false
			}
		}
		if !ok {
			b.errorf(x.Span(), "cache must be followed by a call of a named function, as cache [] f(…)")
			call = &ast.CallExpr{Loc: x.Span(), Fun: x}
		}
		e.Call = call
		return e
	case *parser.CompareExprContext:
		e := b.binary(loc, c)
		b.checkChain(e, compareOps)
		return e
	case *parser.EqualityExprContext:
		e := b.binary(loc, c)
		b.checkChain(e, equalityOps)
		return e
	case *parser.PowExprContext, *parser.MulExprContext, *parser.AddExprContext, *parser.ConcatExprContext,
		*parser.ShiftExprContext, *parser.BitAndExprContext, *parser.BitXorExprContext, *parser.BitOrExprContext,
		*parser.AndExprContext, *parser.OrExprContext, *parser.NullishExprContext:
		return b.binary(loc, c.(binaryContext))
	case *parser.TernaryExprContext:
		e := &ast.TernaryExpr{Loc: loc, Cond: b.expr(c.GetCond())}
		if c.GetThen() != nil {
			e.Then = b.expr(c.GetThen())
		}
		if c.GetEls() != nil {
			e.Else = b.expr(c.GetEls())
		} else {
			e.Else = &ast.BadExpr{Loc: ast.Loc{File: b.file, Start: loc.End, End: loc.End}}
		}
		return e
	case *parser.AssignExprContext:
		return b.assign(tokenText(c.GetOp()), b.expr(c.GetX()), b.expr(c.GetY()))
	}
	return b.operand(c, loc)
}

var (
	compareOps  = map[string]bool{"<": true, "<=": true, ">": true, ">=": true}
	equalityOps = map[string]bool{"==": true, "!=": true, "===": true, "!==": true, "=~": true, "!~": true}
)

// checkChain rejects `a < b < c` and `a == b == c`: these operators do not
// associate.
func (b *builder) checkChain(e *ast.BinaryExpr, group map[string]bool) {
	for _, side := range []ast.Expr{e.X, e.Y} {
		if inner, ok := side.(*ast.BinaryExpr); ok && group[inner.Op] {
			b.errorf(e.Loc, "'%s' and '%s' cannot be chained: add parentheses", inner.Op, e.Op)
			return
		}
	}
}

// assign builds `target op value`. Like Halon's parser, an assignment takes the
// nearest assignable operand on its left: `!$x = f()` is `!($x = f())` and
// `$a and $b = f()` is `$a and ($b = f())`.
func (b *builder) assign(op string, target, value ast.Expr) ast.Expr {
	switch t := target.(type) {
	case *ast.UnaryExpr:
		t.X = b.assign(op, t.X, value)
		t.Loc = b.span(t, value)
		return t
	case *ast.BinaryExpr:
		t.Y = b.assign(op, t.Y, value)
		t.Loc = b.span(t, value)
		return t
	case *ast.TernaryExpr:
		t.Else = b.assign(op, t.Else, value)
		t.Loc = b.span(t, value)
		return t
	}
	a := &ast.AssignExpr{Loc: b.span(target, value), Op: op, Target: target, Value: value}
	switch t := target.(type) {
	case *ast.ArrayLit:
		if op != "=" {
			b.errorf(target.Span(), "destructuring needs '=', not '%s'", op)
		}
		b.checkPattern(t)
	case *ast.SliceExpr:
		if op != "=" {
			b.errorf(target.Span(), "a slice can only be assigned with '=', not '%s'", op)
		}
		b.checkTarget(t.X, "assign to a slice of")
	default:
		b.checkTarget(target, "assign to")
	}
	return a
}

// checkTarget reports x unless it can be written: a variable, an element, a
// property or a static variable.
func (b *builder) checkTarget(x ast.Expr, what string) {
	switch x := x.(type) {
	case *ast.Variable, *ast.BadExpr:
		return
	case *ast.IndexExpr:
		b.checkContainer(x.X)
		return
	case *ast.MemberExpr:
		return
	case *ast.StaticExpr:
		if x.Var {
			return
		}
	}
	b.errorf(x.Span(), "cannot %s %s", what, describeExpr(x))
}

// checkContainer checks the base of an element write: `$a[1][2] = …` needs $a
// (or an element or property) underneath.
func (b *builder) checkContainer(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Variable, *ast.MemberExpr, *ast.BadExpr:
	case *ast.IndexExpr:
		b.checkContainer(x.X)
	case *ast.StaticExpr:
		if !x.Var {
			b.errorf(x.Span(), "cannot write into %s", describeExpr(x))
		}
	case *ast.CallExpr:
		// f()[0] = … writes into a temporary; harmless but useless.
		b.errorf(x.Span(), "cannot write into the result of a call")
	default:
		b.errorf(x.Span(), "cannot write into %s", describeExpr(x))
	}
}

// checkPattern validates a destructuring pattern: all items keyed or none,
// rest last and positional, each target assignable (optionally `= default`).
func (b *builder) checkPattern(p *ast.ArrayLit) {
	keyed, positional := false, false
	for i, it := range p.Items {
		if it.Key != nil {
			keyed = true
		} else {
			positional = true
		}
		target := it.Value
		if it.Spread {
			if i != len(p.Items)-1 {
				b.errorf(it.Loc, "the rest target ...%s must come last", describeExpr(target))
			}
			if _, ok := target.(*ast.Variable); !ok {
				b.errorf(target.Span(), "the rest target must be a variable")
			}
			continue
		}
		if a, ok := target.(*ast.AssignExpr); ok && a.Op == "=" {
			target = a.Target // a default value: `$b = 9`
			if _, nested := target.(*ast.ArrayLit); nested {
				b.errorf(target.Span(), "a nested pattern cannot have a default value")
			}
		}
		if nested, ok := target.(*ast.ArrayLit); ok {
			b.checkPattern(nested)
			continue
		}
		if _, ok := target.(*ast.AssignExpr); ok {
			continue // already checked when it was built
		}
		b.checkTarget(target, "assign to")
	}
	if keyed && positional {
		b.errorf(p.Loc, "a destructuring pattern cannot mix keyed and positional targets")
	}
}

// describeExpr names an expression for a message.
func describeExpr(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Variable:
		return "$" + x.Name
	case *ast.Ident:
		return "the name " + x.Name
	case *ast.CallExpr:
		return "a call"
	case *ast.NumberLit, *ast.StringLit, *ast.InterpString, *ast.BoolLit, *ast.NoneLit, *ast.RegexLit:
		return "a literal"
	case *ast.ArrayLit:
		return "an array literal"
	case *ast.StaticExpr:
		return "the static function " + x.Name
	case *ast.ParenExpr:
		return "a parenthesised expression"
	}
	return "this expression"
}
