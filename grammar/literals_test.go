package grammar

import (
	"fmt"
	"math"
	"testing"

	"github.com/openhsl/hsl/grammar/ast"
)

// at renders a location as line:col-line:col/offset-offset.
func at(l ast.Loc) string {
	return fmt.Sprintf("%d:%d-%d:%d/%d-%d", l.Start.Line, l.Start.Col, l.End.Line, l.End.Col, l.Start.Offset, l.End.Offset)
}

func TestPositions(t *testing.T) {
	src := "$a = 1;\n$s = \"two\nlines\";\n$r = ''raw\n'' . $b;\n\techo $c;"
	f := parseOK(t, src)
	if f.Name != "t.hsl" || f.Span().File != "t.hsl" {
		t.Errorf("file name: %q %q", f.Name, f.Span().File)
	}
	var got []string
	ast.Inspect(f, func(n ast.Node) bool {
		if n.Span().File != "t.hsl" {
			t.Errorf("%T has file %q", n, n.Span().File)
		}
		switch n := n.(type) {
		case *ast.Variable:
			got = append(got, "$"+n.Name+" "+at(n.Loc))
		case *ast.StringLit:
			got = append(got, fmt.Sprintf("%q %s", n.Value, at(n.Loc)))
		case *ast.EchoStmt:
			got = append(got, "echo "+at(n.Loc))
		}
		return true
	})
	want := []string{
		"$a 1:1-1:3/0-2",
		"$s 2:1-2:3/8-10",
		`"two\nlines" 2:6-3:7/13-24`,
		"$r 4:1-4:3/26-28",
		`"raw\n" 4:6-5:3/31-39`, // the raw string spans the line break
		"$b 5:6-5:8/42-44",      // positions after a raw string
		"echo 6:2-6:10/47-55",   // a tab counts as one column
		"$c 6:7-6:9/52-54",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("positions:\n got %q\nwant %q", got, want)
	}
	if e := f.End; e.Offset != len(src) || e.Line != 6 || e.Col != 10 {
		t.Errorf("file end %+v", e)
	}
}

func TestStringDecoding(t *testing.T) {
	tests := []struct{ src, want string }{
		{`"plain"`, "plain"},
		{`""`, ""},
		{`"a\\b\"c\$d"`, `a\b"c$d`},
		{`"\n\r\t"`, "\n\r\t"},
		{`"\x41\x7a\xFF"`, "Az\xff"},
		{`"\x4"`, `\x4`},                       // \x needs two hex digits
		{`"\xg1"`, `\xg1`},                     // not hex: kept
		{`"\d+\s\0\u1"`, `\d+\s\0\u1`},         // unknown escapes keep their backslash
		{`"cost: $5 and $"`, "cost: $5 and $"}, // $ not followed by a name stays
		{`"$ {x}"`, "$ {x}"},
		{"\"two\nlines\"", "two\nlines"},
		{"\"\xff\xfe\"", "\xff\xfe"}, // bytes, not runes
	}
	for _, tt := range tests {
		x := firstExpr(t, "echo "+tt.src+";")
		lit, ok := x.(*ast.StringLit)
		if !ok || lit.Value != tt.want || lit.Raw {
			t.Errorf("%s: got %s, want %q", tt.src, ast.Dump(x), tt.want)
		}
	}
}

func TestInterpolation(t *testing.T) {
	// part renders one part with its columns (the string starts at column 6).
	part := func(p *ast.StringPart) string {
		if p.Var != nil {
			return fmt.Sprintf("$%s@%d-%d", p.Var.Name, p.Start.Col, p.End.Col)
		}
		return fmt.Sprintf("%q@%d-%d", p.Text, p.Start.Col, p.End.Col)
	}
	tests := []struct{ src, want string }{
		{`"Hi $user!"`, `["Hi "@7-10 $user@10-15 "!"@15-16]`},
		{`"${a}b"`, `[$a@7-11 "b"@11-12]`},
		{`"$a$b"`, `[$a@7-9 $b@9-11]`},
		{`"$a[0]"`, `[$a@7-9 "[0]"@9-12]`}, // only the plain variable
		{`"$o->p"`, `[$o@7-9 "->p"@9-12]`},
		{`"x\n$v_1 \$w"`, `["x\n"@7-10 $v_1@10-14 " $w"@14-18]`},
		{`"$1 $_x"`, `["$1 "@7-10 $_x@10-13]`},
	}
	for _, tt := range tests {
		x := firstExpr(t, "echo "+tt.src+";")
		is, ok := x.(*ast.InterpString)
		if !ok {
			t.Errorf("%s: got %T", tt.src, x)
			continue
		}
		var got []string
		for _, p := range is.Parts {
			got = append(got, part(p))
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.src, fmt.Sprint(got), tt.want)
		}
	}
	wantDiag(t, `echo "${}";`, 1, 7, `after '\$\{'`)
	wantDiag(t, `echo "${a";`, 1, 7, `after '\$\{'`)
	wantDiag(t, `echo "${1}";`, 1, 7, `after '\$\{'`)
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		src  string
		want float64
	}{
		{"0", 0}, {"42", 42}, {"1_000", 1000}, {"1_000_000.5", 1000000.5}, {"2.50", 2.5},
		{"0x1F", 31}, {"0XfF", 255}, {"0x1_F", 31}, {"0o17", 15}, {"0O7_7", 63},
		{"0b101", 5}, {"0B1_0", 2}, {"007", 7}, {"9007199254740993", 9007199254740992},
	}
	for _, tt := range tests {
		x := firstExpr(t, "echo "+tt.src+";")
		n, ok := x.(*ast.NumberLit)
		if !ok || n.Value != tt.want || n.Raw != tt.src {
			t.Errorf("%s: got %s, want %v", tt.src, ast.Dump(x), tt.want)
		}
	}
	if n := firstExpr(t, "echo 0x"+fmt.Sprintf("%X", uint64(math.MaxUint64))+";").(*ast.NumberLit); n.Value != math.MaxUint64 {
		t.Errorf("big hex: %v", n.Value)
	}
	for _, bad := range []string{"1__0", "1_", "0x", "0x_1", "0b102", "0o78", "1.2.3", "1e3", "12abc", "0b", "1._5"} {
		wantDiag(t, "echo "+bad+";", 1, 6, "^malformed number '"+regexpQuote(bad)+"'$")
	}
	// A trailing dot is concatenation, a leading dot too.
	if got := sexpr(firstExpr(t, `echo 1 . 2;`)); got != "(. 1 2)" {
		t.Errorf("1 . 2: %s", got)
	}
}

func regexpQuote(s string) string {
	out := ""
	for _, c := range s {
		if c == '.' {
			out += `\`
		}
		out += string(c)
	}
	return out
}

func TestRawStrings(t *testing.T) {
	tests := []struct{ src, want string }{
		{`''text''`, "text"},
		{`''''`, ""},
		{`''C:\temp\$x\n''`, `C:\temp\$x\n`},
		{`'EOT'it's ''quoted'''EOT'`, `it's ''quoted''`},
		{`'X'a'X'`, "a"},
		{`'#!'a 'raw' #! string'#!'`, `a 'raw' #! string`},
		{"'--'\nmulti\nline '--'", "\nmulti\nline "},
		{`''"$a" /* not a comment */''`, `"$a" /* not a comment */`},
	}
	for _, tt := range tests {
		x := firstExpr(t, "echo "+tt.src+";")
		lit, ok := x.(*ast.StringLit)
		if !ok || lit.Value != tt.want || !lit.Raw {
			t.Errorf("%s: got %s, want %q", tt.src, ast.Dump(x), tt.want)
		}
	}
	wantDiag(t, "$a = ''never closed", 1, 6, `^unterminated raw string: missing closing ''$`)
	wantDiag(t, "$a = 'EOT'x EOT;", 1, 6, `missing closing 'EOT'`)
	// An unterminated raw string swallows the rest of the file: nothing else is reported.
	wantDiag(t, "$a = 'E'x;\n(((\n", 1, 6, `unterminated raw string`)
	// A path may be a raw string: it is constant.
	f := parseOK(t, `include ''lib.hsl''; import { f } from 'X'mod.hsl'X';`)
	if p := f.Stmts[0].(*ast.IncludeStmt).Path; p.Value != "lib.hsl" {
		t.Errorf("include path %q", p.Value)
	}
	if p := f.Stmts[1].(*ast.ImportStmt).Path; p.Value != "mod.hsl" {
		t.Errorf("import path %q", p.Value)
	}
}

func TestRegexLiterals(t *testing.T) {
	tests := []struct{ src, pattern, flags string }{
		{`#/abc/`, "abc", ""},
		{`#/^a\/b$/i`, "^a/b$", "i"},
		{`#/\d+\.\w/imsxuUX`, `\d+\.\w`, "imsxuUX"},
		{`#/a\\/`, `a\\`, ""},
		{`#//`, "", ""},
	}
	for _, tt := range tests {
		x := firstExpr(t, "echo "+tt.src+";")
		re, ok := x.(*ast.RegexLit)
		if !ok || re.Pattern != tt.pattern || re.Flags != tt.flags {
			t.Errorf("%s: got %s, want %q %q", tt.src, ast.Dump(x), tt.pattern, tt.flags)
		}
	}
	if got := sexpr(firstExpr(t, `echo $s =~ #/x/i or $t;`)); got != "(or (=~ $s <*ast.RegexLit>) $t)" {
		t.Errorf("regex in expression: %s", got)
	}
	wantDiag(t, "$a = #/ab\n;", 1, 6, `^unterminated regular expression literal`)
}

func TestDestructuring(t *testing.T) {
	parseOK(t, `[$a, $b] = [1, 2]; [$a, , $c] = $x;`[:len(`[$a, $b] = [1, 2];`)])
	parseOK(t, `[$a, [$b, $c], $d = 9, ...$rest] = $x; ["k" => $k, "v" => $v = 0] = $y; [$a[0], $o->p] = $z;`)
	parseOK(t, `foreach ($rows as $i => [$a, $b]) {} foreach ($rows as ["id" => $id]) {}`)
	tests := []struct {
		src string
		col int
		re  string
	}{
		{`[$a, "k" => $b] = $x;`, 1, `cannot mix keyed and positional`},
		{`[...$rest, $a] = $x;`, 2, `must come last`},
		{`[...f()] = $x;`, 5, `rest target must be a variable`},
		{`[$a, 1] = $x;`, 6, `cannot assign to a literal`},
		{`[$a, f()] = $x;`, 6, `cannot assign to a call`},
		{`[[$a] = [1]] = $x;`, 2, `nested pattern cannot have a default`},
		{`[$a] += $x;`, 1, `destructuring needs '='`},
		{`foreach ($x as [1]) {}`, 17, `cannot assign to a literal`},
	}
	for _, tt := range tests {
		wantDiag(t, tt.src, 1, tt.col, tt.re)
	}
}

func TestComments(t *testing.T) {
	src := "// about f\n// second line\nfunction f() {}\n\n/* about C */\nclass C {\n\t// about m\n\tfunction m() {}\n\t$v; // trailing\n}\n/** not a doc: blank line below */\n\nfunction g() {}\n$x = 1; /* block */ // line"
	f := parseOK(t, src)
	var texts []string
	for _, c := range f.Comments {
		texts = append(texts, fmt.Sprintf("%s@%d:%d/%t", c.Text, c.Start.Line, c.Start.Col, c.Block))
	}
	want := "[// about f@1:1/false // second line@2:1/false /* about C */@5:1/true // about m@7:2/false // trailing@9:6/false /** not a doc: blank line below */@11:1/true /* block */@14:9/true // line@14:21/false]"
	if fmt.Sprint(texts) != want {
		t.Errorf("comments:\n got %s\nwant %s", fmt.Sprint(texts), want)
	}
	fd := f.Stmts[0].(*ast.FuncDecl)
	if fd.Doc == nil || fd.Doc.Text != "// second line" {
		t.Errorf("doc of f: %+v", fd.Doc)
	}
	cd := f.Stmts[1].(*ast.ClassDecl)
	if cd.Doc == nil || cd.Doc.Text != "/* about C */" {
		t.Errorf("doc of C: %+v", cd.Doc)
	}
	if m := cd.Funcs[0]; m.Doc == nil || m.Doc.Text != "// about m" {
		t.Errorf("doc of m: %+v", m.Doc)
	}
	if g := f.Stmts[2].(*ast.FuncDecl); g.Doc != nil {
		t.Errorf("g has doc %q across a blank line", g.Doc.Text)
	}
	// A comment after code on the line before documents that code, not the
	// declaration below; one alone on its line (indented or not) does.
	f = parseOK(t, "$x = 1; // about $x\nfunction h() {}\n  // about k\nfunction k() {}")
	if h := f.Stmts[1].(*ast.FuncDecl); h.Doc != nil {
		t.Errorf("h has the trailing comment %q as doc", h.Doc.Text)
	}
	if k := f.Stmts[2].(*ast.FuncDecl); k.Doc == nil || k.Doc.Text != "// about k" {
		t.Errorf("doc of k: %+v", k.Doc)
	}
	// Comments inside strings are not comments.
	if f := parseOK(t, `echo "// no"; echo ''/* no */'';`); len(f.Comments) != 0 {
		t.Errorf("comments found in strings: %v", f.Comments)
	}
}
