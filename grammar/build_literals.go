package grammar

import (
	"strconv"
	"strings"

	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/parser"
)

// operand converts the operand alternatives of expression: literals, names,
// parentheses, function literals, match, builtin, isset and unset.
func (b *builder) operand(c parser.IExpressionContext, loc ast.Loc) ast.Expr {
	switch c := c.(type) {
	case *parser.VariableContext:
		return b.variable(c.GetStart())
	case *parser.NameContext:
		return b.ident(c.GetStart())
	case *parser.StaticNameContext:
		return &ast.StaticName{Loc: loc}
	case *parser.NumberContext:
		raw := tokenText(c.GetStart())
		v, ok := parseNumber(raw)
		if !ok && !b.reported(loc) {
			b.errorf(loc, "malformed number '%s'", raw)
		}
		return &ast.NumberLit{Loc: loc, Value: v, Raw: raw}
	case *parser.StringContext:
		return b.stringLit(c.GetStart())
	case *parser.RawStringContext:
		return &ast.StringLit{Loc: loc, Value: rawContent(tokenText(c.GetStart())), Raw: true}
	case *parser.RegexContext:
		pattern, flags := regexParts(tokenText(c.GetStart()))
		return &ast.RegexLit{Loc: loc, Pattern: pattern, Flags: flags}
	case *parser.BooleanContext:
		return &ast.BoolLit{Loc: loc, Value: tokenType(c.GetStart()) == parser.HSLParserTRUE}
	case *parser.NoneContext:
		return &ast.NoneLit{Loc: loc}
	case *parser.ArrayContext:
		return b.arrayLiteral(c.GetArr())
	case *parser.ParenContext:
		return &ast.ParenExpr{Loc: loc, X: b.expr(c.GetX())}
	case *parser.FunctionLiteralContext:
		f := &ast.FuncLit{Loc: loc, Params: b.params(c.GetParams()), Body: b.block(c.GetBody())}
		for _, v := range c.GetVars() {
			f.Closure = append(f.Closure, b.variable(v))
		}
		return f
	case *parser.MatchExprContext:
		m := &ast.MatchExpr{Loc: loc, X: b.expr(c.GetX())}
		var dflt *ast.MatchArm
		for _, a := range c.GetArms() {
			arm := &ast.MatchArm{Loc: b.loc(a), Result: b.expr(a.GetResult())}
			if a.GetDflt() != nil {
				if dflt != nil {
					b.errorf(arm.Loc, "match has more than one default arm (the first is at line %d)", dflt.Start.Line)
				}
				dflt = arm
			} else {
				arm.Values = b.exprList(a.GetValues())
				if arm.Values == nil {
					arm.Values = []ast.Expr{}
				}
			}
			m.Arms = append(m.Arms, arm)
		}
		return m
	case *parser.BuiltinNameContext:
		return &ast.BuiltinExpr{Loc: loc, Name: b.ident(c.GetName())}
	case *parser.IssetExprContext:
		e := &ast.IssetExpr{Loc: loc, Args: b.exprList(c.GetList())}
		for _, a := range e.Args {
			b.checkIssetArg(a, "isset")
		}
		return e
	case *parser.UnsetExprContext:
		e := &ast.UnsetExpr{Loc: loc, Args: b.exprList(c.GetList())}
		for _, a := range e.Args {
			b.checkIssetArg(a, "unset")
		}
		return e
	}
	return &ast.BadExpr{Loc: loc}
}

// reported reports whether a diagnostic already starts at loc (the lexer
// flags malformed numbers first).
func (b *builder) reported(loc ast.Loc) bool {
	for _, d := range *b.diags {
		if d.File == loc.File && d.Start.Offset == loc.Start.Offset {
			return true
		}
	}
	return false
}

// checkIssetArg accepts variables, elements, slices (unset only), properties
// and static variables.
func (b *builder) checkIssetArg(x ast.Expr, what string) {
	switch x := x.(type) {
	case *ast.Variable, *ast.MemberExpr, *ast.BadExpr:
		return
	case *ast.IndexExpr:
		if x.Index != nil {
			return
		}
	case *ast.SliceExpr:
		if what == "unset" {
			return
		}
	case *ast.StaticExpr:
		if x.Var {
			return
		}
	}
	b.errorf(x.Span(), "%s takes variables, array elements and properties, not %s", what, describeExpr(x))
}

func (b *builder) arrayLiteral(c parser.IArrayLiteralContext) *ast.ArrayLit {
	if c == nil {
		return &ast.ArrayLit{Loc: ast.Loc{File: b.file}}
	}
	lit := &ast.ArrayLit{Loc: b.loc(c)}
	for _, it := range c.GetItems() {
		item := &ast.ArrayItem{Loc: b.loc(it), Spread: it.GetDots() != nil, Value: b.expr(it.GetX())}
		if it.GetY() != nil {
			item.Key, item.Value = item.Value, b.expr(it.GetY())
		}
		lit.Items = append(lit.Items, item)
	}
	return lit
}

// parseNumber converts a NUMBER token's text (with '_' separators and 0x, 0o,
// 0b prefixes) to its value.
func parseNumber(raw string) (float64, bool) {
	s := strings.ReplaceAll(raw, "_", "")
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			if strings.HasPrefix(raw[2:], "_") {
				return 0, false
			}
			var v float64
			for _, ch := range s[2:] {
				d := digitValue(ch)
				if d < 0 || d >= base {
					return 0, false
				}
				v = v*float64(base) + float64(d)
			}
			return v, true
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return 0, false // no exponents, signs, inf or nan
		}
	}
	return v, true
}

func digitValue(ch rune) int {
	switch {
	case ch >= '0' && ch <= '9':
		return int(ch - '0')
	case ch >= 'a' && ch <= 'f':
		return int(ch-'a') + 10
	case ch >= 'A' && ch <= 'F':
		return int(ch-'A') + 10
	}
	return -1
}

// rawContent strips the 'DELIM' delimiters of a raw string's text.
func rawContent(text string) string {
	end := strings.IndexByte(text[1:], '\'')
	if end < 0 {
		return ""
	}
	delim := text[:end+2]
	body := text[len(delim):]
	if len(body) >= len(delim) && strings.HasSuffix(body, delim) {
		body = body[:len(body)-len(delim)]
	}
	return body
}

// regexParts splits `#/pattern/flags` and unescapes `\/`.
func regexParts(text string) (pattern, flags string) {
	body := strings.TrimPrefix(text, "#/")
	// The closing slash is the last unescaped '/'; the flags are letters after it.
	end := -1
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\\':
			i++
		case '/':
			end = i
		}
	}
	if end < 0 {
		return strings.ReplaceAll(body, `\/`, "/"), ""
	}
	return strings.ReplaceAll(body[:end], `\/`, "/"), body[end+1:]
}

// stringLit decodes a double-quoted string token: escapes and interpolation.
// A string without interpolated variables becomes a StringLit.
func (b *builder) stringLit(t antlr.Token) ast.Expr {
	if t == nil || t.GetStart() < 0 {
		return &ast.StringLit{Loc: ast.Loc{File: b.file}}
	}
	text := t.GetText()
	base := t.GetStart()
	loc := b.tokenLoc(t)
	body := text[1:]
	if closedString(text) {
		body = body[:len(body)-1]
	}
	var parts []*ast.StringPart
	var cur strings.Builder
	curStart := base + 1
	flush := func(end int) {
		if cur.Len() > 0 {
			parts = append(parts, &ast.StringPart{Loc: b.byteLoc(curStart, end), Text: cur.String()})
			cur.Reset()
		}
	}
	hasVar := false
	for i := 0; i < len(body); i++ {
		ch := body[i]
		off := base + 1 + i
		switch {
		case ch == '\\' && i+1 < len(body):
			if cur.Len() == 0 {
				curStart = off
			}
			i++
			switch e := body[i]; e {
			case '\\', '"', '$':
				cur.WriteByte(e)
			case 'n':
				cur.WriteByte('\n')
			case 'r':
				cur.WriteByte('\r')
			case 't':
				cur.WriteByte('\t')
			case 'x':
				if i+2 < len(body) && digitValue(rune(body[i+1])) >= 0 && digitValue(rune(body[i+2])) >= 0 {
					cur.WriteByte(byte(digitValue(rune(body[i+1]))<<4 | digitValue(rune(body[i+2]))))
					i += 2
				} else {
					cur.WriteString(`\x`)
				}
			default:
				cur.WriteByte('\\')
				cur.WriteByte(e)
			}
		case ch == '$' && i+1 < len(body) && isNameStart(body[i+1]):
			j := i + 1
			for j < len(body) && isNameChar(body[j]) {
				j++
			}
			flush(off)
			v := &ast.Variable{Loc: b.byteLoc(off, base+1+j), Name: body[i+1 : j]}
			parts = append(parts, &ast.StringPart{Loc: v.Loc, Var: v})
			hasVar = true
			i = j - 1
			curStart = base + 1 + j
		case ch == '$' && i+1 < len(body) && body[i+1] == '{':
			j := i + 2
			for j < len(body) && isNameChar(body[j]) {
				j++
			}
			name := body[i+2 : j]
			if name == "" || !isNameStart(name[0]) || j >= len(body) || body[j] != '}' {
				b.errorf(b.byteLoc(off, off+2), "expected a variable name and '}' after '${' in string")
				if cur.Len() == 0 {
					curStart = off
				}
				cur.WriteByte(ch)
				continue
			}
			flush(off)
			v := &ast.Variable{Loc: b.byteLoc(off, base+1+j+1), Name: name}
			parts = append(parts, &ast.StringPart{Loc: v.Loc, Var: v})
			hasVar = true
			i = j
			curStart = base + 1 + j + 1
		default:
			if cur.Len() == 0 {
				curStart = off
			}
			cur.WriteByte(ch)
		}
	}
	flush(base + 1 + len(body))
	if !hasVar {
		s := ""
		if len(parts) == 1 {
			s = parts[0].Text
		}
		return &ast.StringLit{Loc: loc, Value: s}
	}
	return &ast.InterpString{Loc: loc, Parts: parts}
}

// closedString reports whether a string token ends with an unescaped quote.
func closedString(text string) bool {
	if len(text) < 2 || text[len(text)-1] != '"' {
		return false
	}
	n := 0
	for i := len(text) - 2; i > 0 && text[i] == '\\'; i-- {
		n++
	}
	return n%2 == 0
}

func (b *builder) byteLoc(start, end int) ast.Loc {
	return ast.Loc{File: b.file, Start: b.lines.pos(start), End: b.lines.pos(end)}
}

func isNameStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isNameChar(c byte) bool { return isNameStart(c) || c >= '0' && c <= '9' }
