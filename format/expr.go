package format

import (
	"strings"

	"github.com/openhsl/hsl/grammar/ast"
)

func (p *printer) exprList(xs []ast.Expr) {
	for i, x := range xs {
		if i > 0 {
			p.write(", ")
		}
		p.expr(x)
	}
}

// expr prints an expression. Literals are copied from the source, so their
// spelling (escapes, raw-string delimiters, number forms) is kept.
func (p *printer) expr(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Ident:
		p.write(x.Name)
	case *ast.Variable:
		p.write("$" + x.Name)
	case *ast.StaticName:
		p.write("static")
	case *ast.NumberLit, *ast.StringLit, *ast.InterpString, *ast.RegexLit:
		p.write(p.source(x))
	case *ast.BoolLit:
		if x.Value {
			p.write("true")
		} else {
			p.write("false")
		}
	case *ast.NoneLit:
		p.write("none")
	case *ast.ArrayLit:
		p.array(x)
	case *ast.ParenExpr:
		p.write("(")
		p.expr(x.X)
		p.write(")")
	case *ast.UnaryExpr:
		p.unary(x)
	case *ast.IncDecExpr:
		if x.Prefix {
			p.write(x.Op)
			p.expr(x.X)
		} else {
			p.expr(x.X)
			p.write(x.Op)
		}
	case *ast.BinaryExpr:
		p.expr(x.X)
		if p.broken(x.X, x.Y) {
			p.continuation()
			p.write(x.Op + " ")
		} else {
			p.write(" " + x.Op + " ")
		}
		p.expr(x.Y)
	case *ast.AssignExpr:
		p.expr(x.Target)
		p.write(" " + x.Op + " ")
		p.expr(x.Value)
	case *ast.TernaryExpr:
		p.expr(x.Cond)
		if x.Then == nil {
			p.write(" ?: ")
		} else {
			p.write(" ? ")
			p.expr(x.Then)
			p.write(" : ")
		}
		p.expr(x.Else)
	case *ast.CallExpr:
		p.call(x)
	case *ast.IndexExpr:
		p.expr(x.X)
		p.write("[")
		if x.Index != nil {
			p.expr(x.Index)
		}
		p.write("]")
	case *ast.SliceExpr:
		p.expr(x.X)
		p.write("[")
		p.optExpr(x.First)
		p.write(":")
		p.optExpr(x.Last)
		if x.HasStep {
			p.write(":")
			p.optExpr(x.Step)
		}
		p.write("]")
	case *ast.MemberExpr:
		p.expr(x.X)
		if p.broken(x.X, x.Name) {
			p.continuation()
		}
		p.write("->" + x.Name.Name)
	case *ast.StaticExpr:
		p.expr(x.X)
		p.write("::")
		if x.Var {
			p.write("$")
		}
		p.write(x.Name)
	case *ast.FuncLit:
		p.write("function ")
		p.params(x.Params)
		if len(x.Closure) > 0 {
			p.write(" closure (")
			for i, v := range x.Closure {
				if i > 0 {
					p.write(", ")
				}
				p.expr(v)
			}
			p.write(")")
		}
		p.write(" ")
		p.block(x.Body)
	case *ast.MatchExpr:
		p.match(x)
	case *ast.BuiltinExpr:
		p.write("builtin " + x.Name.Name)
	case *ast.CacheExpr:
		p.write("cache ")
		p.expr(x.Options)
		p.write(" ")
		p.expr(x.Call)
	case *ast.IssetExpr:
		p.write("isset(")
		p.exprList(x.Args)
		p.write(")")
	case *ast.UnsetExpr:
		p.write("unset(")
		p.exprList(x.Args)
		p.write(")")
	default: // BadExpr cannot occur in a clean parse; keep its text.
		p.write(p.source(x))
	}
}

// broken reports whether the author started b on a later line than a ends:
// the break is kept (inside a one-line region there is none).
func (p *printer) broken(a, b ast.Node) bool {
	return b.Span().Start.Line > a.Span().End.Line
}

// continuation starts a continuation line, one tab deeper than the statement.
func (p *printer) continuation() {
	p.indent++
	p.newline()
	p.indent--
}

func (p *printer) arg(n ast.Node) {
	a := n.(*ast.Arg)
	if a.Spread {
		p.write("...")
	}
	p.expr(a.X)
}

// call prints a call; arguments the author put on lines of their own (the
// first one below the callee) stay one per line.
func (p *printer) call(x *ast.CallExpr) {
	p.expr(x.Fun)
	if r := p.byNode[x]; r != nil {
		elems := make([]ast.Node, len(x.Args))
		for i, a := range x.Args {
			elems[i] = a
		}
		p.write("(")
		p.indent++
		p.list(r, elems, ',', p.arg)
		p.indent--
		p.newline()
		p.write(")")
		return
	}
	p.write("(")
	for i, a := range x.Args {
		if i > 0 {
			p.write(", ")
		}
		p.arg(a)
	}
	p.write(")")
}

func (p *printer) optExpr(x ast.Expr) {
	if x != nil {
		p.expr(x)
	}
}

// unary prints a prefix operator; a space keeps `- -x` from becoming `--x`.
func (p *printer) unary(x *ast.UnaryExpr) {
	p.write(x.Op)
	mark := p.buf.Len()
	p.expr(x.X)
	if x.Op == "not" {
		p.insertAt(mark, " ")
		return
	}
	if (x.Op == "-" || x.Op == "+") && p.buf.Len() > mark {
		if c := p.buf.Bytes()[mark]; c == '-' || c == '+' {
			p.insertAt(mark, " ")
		}
	}
}

// insertAt inserts s into the output at byte offset at.
func (p *printer) insertAt(at int, s string) {
	tail := strings.Clone(p.buf.String()[at:])
	p.buf.Truncate(at)
	p.write(s)
	p.write(tail)
}

func (p *printer) item(n ast.Node) {
	it := n.(*ast.ArrayItem)
	if it.Spread {
		p.write("...")
	}
	if it.Key != nil {
		p.expr(it.Key)
		p.write(" => ")
	}
	p.expr(it.Value)
}

func (p *printer) array(x *ast.ArrayLit) {
	if r := p.byNode[x]; r != nil {
		elems := make([]ast.Node, len(x.Items))
		for i, it := range x.Items {
			elems[i] = it
		}
		p.write("[")
		p.indent++
		p.list(r, elems, ',', p.item)
		p.indent--
		p.newline()
		p.write("]")
		return
	}
	p.write("[")
	for i, it := range x.Items {
		if i > 0 {
			p.write(", ")
		}
		p.item(it)
	}
	p.write("]")
}

func (p *printer) arm(n ast.Node) {
	a := n.(*ast.MatchArm)
	if a.Values == nil {
		p.write("default")
	} else {
		p.exprList(a.Values)
	}
	p.write(" => ")
	p.expr(a.Result)
}

func (p *printer) match(x *ast.MatchExpr) {
	p.write("match (")
	p.expr(x.X)
	p.write(") {")
	if r := p.byNode[x]; r != nil {
		elems := make([]ast.Node, len(x.Arms))
		for i, a := range x.Arms {
			elems[i] = a
		}
		p.indent++
		p.list(r, elems, ',', p.arm)
		p.indent--
		p.newline()
		p.write("}")
		return
	}
	p.write(" ")
	for i, a := range x.Arms {
		if i > 0 {
			p.write(", ")
		}
		p.arm(a)
	}
	p.write(" }")
}
