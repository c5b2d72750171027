// Package format prints HSL source in its canonical layout: tabs for
// indentation, one statement per line, single spaces around binary
// operators, `[…]` for array literals, at most one blank line in a row.
//
// The formatter works from the syntax tree and the file's comments. Every
// comment is kept. A comment between statements, class members, switch cases,
// items of a multi-line array or arms of a multi-line match keeps its own
// line (or stays at the end of the line it ends); an element that holds a
// comment anywhere else (inside an expression) is copied from the source as
// it is, so that nothing is lost or moved.
//
// Line breaks the author chose inside expressions are respected where they
// carry structure: an array literal, match expression, import list or
// anonymous function written over several lines stays multi-line (one item
// per line, with a trailing comma), and so do the arguments of a call whose
// first argument is below the callee; one written on a single line stays on
// one line. A break before or after a binary operator or before `->` is kept
// as a continuation line, one tab deeper, with the operator leading.
// Formatting is idempotent: Source(Source(x)) == Source(x).
//
// Files with syntax errors are refused rather than mangled.
package format

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
)

// Source formats one HSL source file. It returns an error, naming the first
// syntax errors, when the file does not parse cleanly.
func Source(filename string, src []byte) ([]byte, error) {
	file, diags := grammar.Parse(filename, src)
	if diags.HasErrors() {
		return nil, syntaxError(diags)
	}
	return File(file, src), nil
}

// syntaxError reports up to three syntax errors of a file.
func syntaxError(diags diag.List) error {
	var errs []string
	for _, d := range diags {
		if d.Severity == diag.Error {
			errs = append(errs, d.String())
		}
	}
	more := ""
	if len(errs) > 3 {
		more = fmt.Sprintf(" (and %d more)", len(errs)-3)
		errs = errs[:3]
	}
	return fmt.Errorf("cannot format a file with syntax errors: %s%s", strings.Join(errs, "; "), more)
}

// File formats a parsed file whose source is src. The tree must come from a
// clean parse of src: literals and commented elements are copied from src.
func File(f *ast.File, src []byte) []byte {
	p := &printer{src: src}
	p.regions(f)
	p.list(p.root, fileElems(f), 0, func(n ast.Node) { p.stmt(n.(ast.Stmt)) })
	out := bytes.Trim(p.buf.Bytes(), "\n")
	if len(out) == 0 {
		return []byte{}
	}
	out = append(out, '\n')
	if bom := "\xEF\xBB\xBF"; bytes.HasPrefix(src, []byte(bom)) {
		out = append([]byte(bom), out...) // a byte order mark stays where the author put it
	}
	return out
}

func fileElems(f *ast.File) []ast.Node {
	out := make([]ast.Node, len(f.Stmts))
	for i, s := range f.Stmts {
		out[i] = s
	}
	return out
}

// region is a part of the source whose elements are laid out one per line
// (a file, a block, a class body, a switch, a case body, a multi-line array,
// match or import list). Comments directly inside it are printed by the list
// printer on their own lines or at the end of a line.
type region struct {
	start, end int // byte offsets of the region's interior
	comments   []*ast.Comment
}

// printer holds the output and the comment bookkeeping of one file.
type printer struct {
	src    []byte
	buf    bytes.Buffer
	indent int
	root   *region
	byNode map[ast.Node]*region // the region of each multi-line construct
	owner  map[*ast.Comment]*region
	all    []*region
}

// regions finds every region of the file and hands each comment to the
// innermost region that contains it.
func (p *printer) regions(f *ast.File) {
	p.byNode = map[ast.Node]*region{}
	p.owner = map[*ast.Comment]*region{}
	p.root = &region{start: 0, end: len(p.src) + 1}
	p.all = []*region{p.root}
	add := func(n ast.Node, start, end int) {
		r := &region{start: start, end: end}
		p.byNode[n] = r
		p.all = append(p.all, r)
	}
	var walk func(n ast.Node, inline bool)
	walk = func(n ast.Node, inline bool) {
		switch n := n.(type) {
		case *ast.FuncLit:
			inline = inline || !multiLine(n)
			if !inline {
				add(n.Body, n.Body.Start.Offset+1, n.Body.End.Offset-1)
			}
			for _, c := range ast.Children(n) {
				if c != ast.Node(n.Body) {
					walk(c, inline)
				}
			}
			for _, s := range n.Body.Stmts {
				walk(s, inline)
			}
			return
		case *ast.Block:
			if !inline {
				add(n, n.Start.Offset+1, n.End.Offset-1)
			}
		case *ast.ClassDecl:
			add(n, n.Name.End.Offset, n.End.Offset-1)
		case *ast.SwitchStmt:
			add(n, n.X.Span().End.Offset, n.End.Offset-1)
			// A case body runs to the next case: comments after its last
			// statement belong to it.
			for i, c := range n.Cases {
				start := c.Start.Offset + len("default")
				if c.Value != nil {
					start = c.Value.Span().End.Offset
				}
				end := n.End.Offset - 1
				if i+1 < len(n.Cases) {
					end = n.Cases[i+1].Start.Offset
				}
				add(c, start, end)
			}
		case *ast.ArrayLit:
			if !inline && multiLine(n) {
				add(n, n.Start.Offset+1, n.End.Offset-1)
			}
		case *ast.CallExpr:
			if !inline && len(n.Args) > 0 && n.Args[0].Start.Line > n.Fun.Span().End.Line {
				add(n, n.Fun.Span().End.Offset, n.End.Offset-1)
			}
		case *ast.MatchExpr:
			if !inline && multiLine(n) {
				add(n, n.X.Span().End.Offset, n.End.Offset-1)
			}
		case *ast.ImportStmt:
			if n.Kind == ast.ImportNamed && multiLine(n) && len(n.Specs) > 0 {
				add(n, n.Start.Offset, n.Path.Start.Offset)
			}
		}
		for _, c := range ast.Children(n) {
			walk(c, inline)
		}
	}
	walk(f, false)
	for _, c := range f.Comments {
		best := p.root
		for _, r := range p.all {
			if r.start <= c.Start.Offset && c.End.Offset <= r.end && r.end-r.start < best.end-best.start {
				best = r
			}
		}
		best.comments = append(best.comments, c)
		p.owner[c] = best
	}
	for _, r := range p.all {
		sort.Slice(r.comments, func(i, j int) bool { return r.comments[i].Start.Offset < r.comments[j].Start.Offset })
	}
}

func multiLine(n ast.Node) bool {
	l := n.Span()
	return l.End.Line > l.Start.Line
}

// ----- output -----

func (p *printer) write(s string) { p.buf.WriteString(s) }

func (p *printer) newline() {
	p.buf.WriteByte('\n')
	for range p.indent {
		p.buf.WriteByte('\t')
	}
}

// source copies a node's text from the source.
func (p *printer) source(n ast.Node) string {
	l := n.Span()
	return string(p.src[l.Start.Offset:l.End.Offset])
}

// hasComment reports whether a comment of region r lies inside n.
func (p *printer) hasComment(r *region, n ast.Node) bool {
	l := n.Span()
	for _, c := range r.comments {
		if c.Start.Offset >= l.Start.Offset && c.Start.Offset < l.End.Offset {
			return true
		}
	}
	return false
}

// list prints the elements of region r, one per line at the current indent
// (each preceded by a newline), with the comments of r in between. sep is
// written after each element (a comma for arrays); each is printed by elem,
// or copied from the source when it holds one of r's comments.
func (p *printer) list(r *region, elems []ast.Node, sep byte, elem func(ast.Node)) {
	ci := 0
	prevEnd := -1 // line where the previous output item ended; -1 at the start
	blank := func(line int) {
		if prevEnd > 0 && line > prevEnd+1 {
			p.buf.WriteByte('\n')
		}
	}
	for i, e := range elems {
		l := e.Span()
		next := -1 // offset of the next element
		if i+1 < len(elems) {
			next = elems[i+1].Span().Start.Offset
		}
		for ci < len(r.comments) && r.comments[ci].Start.Offset < l.Start.Offset {
			c := r.comments[ci]
			blank(c.Start.Line)
			p.newline()
			p.write(c.Text)
			prevEnd = c.End.Line
			ci++
		}
		blank(l.Start.Line)
		p.newline()
		if p.hasComment(r, e) {
			p.write(p.source(e))
			for ci < len(r.comments) && r.comments[ci].Start.Offset < l.End.Offset {
				ci++
			}
		} else {
			elem(e)
		}
		if sep != 0 {
			p.buf.WriteByte(sep)
		}
		prevEnd = l.End.Line
		if own := p.byNode[e]; own != nil && len(own.comments) > 0 {
			// A case body's region runs past the case's last statement.
			prevEnd = max(prevEnd, own.comments[len(own.comments)-1].End.Line)
		}
		for ci < len(r.comments) && r.comments[ci].Start.Line == l.End.Line && (next < 0 || r.comments[ci].Start.Offset < next) {
			c := r.comments[ci]
			p.write(" ")
			p.write(c.Text)
			prevEnd = c.End.Line
			ci++
		}
	}
	for ; ci < len(r.comments); ci++ {
		c := r.comments[ci]
		blank(c.Start.Line)
		p.newline()
		p.write(c.Text)
		prevEnd = c.End.Line
	}
}

// ----- statements -----

// block prints a block `{ … }` with its statements on their own lines, or
// inline (`{ a; b; }`) when the block is not a region (inside a one-line
// anonymous function).
func (p *printer) block(b *ast.Block) {
	r := p.byNode[b]
	if r == nil {
		if len(b.Stmts) == 0 {
			p.write("{}")
			return
		}
		p.write("{ ")
		for i, s := range b.Stmts {
			if i > 0 {
				p.write(" ")
			}
			p.stmt(s)
		}
		p.write(" }")
		return
	}
	if len(b.Stmts) == 0 && len(r.comments) == 0 {
		p.write("{}")
		return
	}
	p.write("{")
	p.indent++
	elems := make([]ast.Node, len(b.Stmts))
	for i, s := range b.Stmts {
		elems[i] = s
	}
	p.list(r, elems, 0, func(n ast.Node) { p.stmt(n.(ast.Stmt)) })
	p.indent--
	p.newline()
	p.write("}")
}

// body prints the body of a control statement after its header, which ends
// on source line header: a block after a space; a single statement after a
// space, or on the next line, indented, when the author put it there.
func (p *printer) body(s ast.Stmt, header int) {
	if b, ok := s.(*ast.Block); ok {
		p.write(" ")
		p.block(b)
		return
	}
	if s.Span().Start.Line <= header {
		p.write(" ")
		p.stmt(s)
		return
	}
	p.indent++
	p.newline()
	p.stmt(s)
	p.indent--
}

// headerEnd returns the source line where the header of a control statement
// ends: that of the last `)` before its body.
func (p *printer) headerEnd(s, body ast.Node) int {
	from, to := s.Span().Start, body.Span().Start
	seg := p.src[from.Offset:to.Offset]
	if i := bytes.LastIndexByte(seg, ')'); i >= 0 {
		return from.Line + bytes.Count(seg[:i], []byte("\n"))
	}
	return to.Line
}

// elseLine returns the source line of the `else` of an if statement.
func (p *printer) elseLine(s *ast.IfStmt) int {
	from, to := s.Then.Span().End, s.Else.Span().Start
	line := to.Line
	if i := bytes.LastIndex(p.src[from.Offset:to.Offset], []byte("else")); i >= 0 {
		line = from.Line + bytes.Count(p.src[from.Offset:from.Offset+i], []byte("\n"))
	}
	return line
}

func (p *printer) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.Block:
		p.block(s)
	case *ast.ExprStmt:
		p.expr(s.X)
		p.write(";")
	case *ast.EchoStmt:
		p.write("echo ")
		p.expr(s.X)
		p.write(";")
	case *ast.IfStmt:
		p.write("if (")
		p.expr(s.Cond)
		p.write(")")
		p.body(s.Then, p.headerEnd(s, s.Then))
		if s.Else != nil {
			if _, ok := s.Then.(*ast.Block); ok {
				p.write(" ")
			} else {
				p.newline()
			}
			p.write("else")
			p.body(s.Else, p.elseLine(s))
		}
	case *ast.ForStmt:
		p.write("for (")
		p.exprList(s.Init)
		p.write(";")
		if s.Cond != nil {
			p.write(" ")
			p.expr(s.Cond)
		}
		p.write(";")
		if len(s.Step) > 0 {
			p.write(" ")
			p.exprList(s.Step)
		}
		p.write(")")
		p.body(s.Body, p.headerEnd(s, s.Body))
	case *ast.ForeachStmt:
		p.write("foreach (")
		p.expr(s.X)
		p.write(" as ")
		if s.Key != nil {
			p.expr(s.Key)
			p.write(" => ")
		}
		p.expr(s.Value)
		p.write(")")
		p.body(s.Body, p.headerEnd(s, s.Body))
	case *ast.WhileStmt:
		p.write("while (")
		p.expr(s.Cond)
		p.write(")")
		p.body(s.Body, p.headerEnd(s, s.Body))
	case *ast.ForeverStmt:
		p.write("forever")
		p.body(s.Body, s.Start.Line)
	case *ast.SwitchStmt:
		p.switchStmt(s)
	case *ast.BreakStmt:
		p.write("break;")
	case *ast.ContinueStmt:
		p.write("continue;")
	case *ast.ReturnStmt:
		p.write("return")
		if s.X != nil {
			p.write(" ")
			p.expr(s.X)
		}
		p.write(";")
	case *ast.TryStmt:
		p.write("try ")
		p.block(s.Body)
		p.write(" catch (")
		p.expr(s.Var)
		p.write(") ")
		p.block(s.Catch)
	case *ast.ThrowStmt:
		p.write("throw ")
		p.expr(s.X)
		p.write(";")
	case *ast.IncludeStmt:
		if s.Once {
			p.write("include_once ")
		} else {
			p.write("include ")
		}
		p.write(p.source(s.Path))
		p.write(";")
	case *ast.ImportStmt:
		p.importStmt(s)
	case *ast.FuncDecl:
		p.write("function ")
		p.write(s.Name.Name)
		p.params(s.Params)
		p.write(" ")
		p.block(s.Body)
	case *ast.ClassDecl:
		p.classDecl(s)
	case *ast.GlobalStmt:
		p.write("global ")
		for i, v := range s.Vars {
			if i > 0 {
				p.write(", ")
			}
			p.expr(v)
		}
		p.write(";")
	case *ast.BarrierStmt:
		p.write("barrier ")
		p.expr(s.Name)
		if s.Var != nil {
			p.write(" => ")
			p.expr(s.Var)
		}
		p.write(" ")
		p.block(s.Body)
	case *ast.EmptyStmt:
		p.write(";")
	default: // BadStmt cannot occur in a clean parse; keep its text.
		p.write(p.source(s))
	}
}

func (p *printer) switchStmt(s *ast.SwitchStmt) {
	p.write("switch (")
	p.expr(s.X)
	p.write(") {")
	r := p.byNode[s]
	if len(s.Cases) == 0 && len(r.comments) == 0 {
		p.write("}")
		return
	}
	p.indent++
	elems := make([]ast.Node, len(s.Cases))
	for i, c := range s.Cases {
		elems[i] = c
	}
	p.list(r, elems, 0, func(n ast.Node) {
		c := n.(*ast.CaseClause)
		if c.Value == nil {
			p.write("default:")
		} else {
			p.write("case ")
			p.expr(c.Value)
			p.write(":")
		}
		body := make([]ast.Node, len(c.Body))
		for i, st := range c.Body {
			body[i] = st
		}
		p.indent++
		p.list(p.byNode[c], body, 0, func(n ast.Node) { p.stmt(n.(ast.Stmt)) })
		p.indent--
	})
	p.indent--
	p.newline()
	p.write("}")
}

func (p *printer) importStmt(s *ast.ImportStmt) {
	p.write("import ")
	switch s.Kind {
	case ast.ImportStar:
		p.write("* as " + s.Namespace)
	case ast.ImportData:
		p.expr(s.Var)
	default:
		spec := func(n ast.Node) {
			sp := n.(*ast.ImportSpec)
			p.write(sp.Name)
			if sp.Alias != "" {
				p.write(" as " + sp.Alias)
			}
		}
		if r := p.byNode[s]; r != nil {
			elems := make([]ast.Node, len(s.Specs))
			for i, sp := range s.Specs {
				elems[i] = sp
			}
			p.write("{")
			p.indent++
			p.list(r, elems, ',', spec)
			p.indent--
			p.newline()
			p.write("}")
		} else {
			p.write("{ ")
			for i, sp := range s.Specs {
				if i > 0 {
					p.write(", ")
				}
				spec(sp)
			}
			p.write(" }")
		}
	}
	p.write(" from ")
	p.write(p.source(s.Path))
	if s.Options != nil {
		p.write(" with ")
		p.expr(s.Options)
	}
	p.write(";")
}

func (p *printer) classDecl(c *ast.ClassDecl) {
	p.write("class " + c.Name.Name + " {")
	var members []ast.Node
	for _, v := range c.Vars {
		members = append(members, v)
	}
	for _, f := range c.Funcs {
		members = append(members, f)
	}
	if c.Constructor != nil {
		members = append(members, c.Constructor)
	}
	sort.Slice(members, func(i, j int) bool { return members[i].Span().Start.Offset < members[j].Span().Start.Offset })
	r := p.byNode[c]
	if len(members) == 0 && len(r.comments) == 0 {
		p.write("}")
		return
	}
	p.indent++
	p.list(r, members, 0, func(n ast.Node) {
		switch m := n.(type) {
		case *ast.ClassVar:
			p.modifiers(m.Private, m.Static, m.Readonly)
			p.write("$" + m.Name)
			if m.Init != nil {
				p.write(" = ")
				p.expr(m.Init)
			}
			p.write(";")
		case *ast.ClassFunc:
			if m == c.Constructor {
				p.write("constructor")
			} else {
				p.modifiers(m.Private, m.Static, false)
				p.write("function " + m.Name.Name)
			}
			p.params(m.Params)
			p.write(" ")
			p.block(m.Body)
		}
	})
	p.indent--
	p.newline()
	p.write("}")
}

func (p *printer) modifiers(private, static, readonly bool) {
	if private {
		p.write("private ")
	}
	if static {
		p.write("static ")
	}
	if readonly {
		p.write("readonly ")
	}
}

func (p *printer) params(ps []*ast.Param) {
	p.write("(")
	for i, prm := range ps {
		if i > 0 {
			p.write(", ")
		}
		if prm.Variadic {
			p.write("...")
		}
		p.write("$" + prm.Name)
		if prm.Default != nil {
			p.write(" = ")
			p.expr(prm.Default)
		}
	}
	p.write(")")
}
