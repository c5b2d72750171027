package grammar

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
)

// parseOK parses src and fails the test on any diagnostic.
func parseOK(t *testing.T, src string) *ast.File {
	t.Helper()
	f, diags := Parse("t.hsl", []byte(src))
	for _, d := range diags {
		t.Errorf("%q: unexpected diagnostic: %s", src, d)
	}
	return f
}

// firstExpr returns the expression of the first statement of src, which must
// be an expression statement or echo.
func firstExpr(t *testing.T, src string) ast.Expr {
	t.Helper()
	f := parseOK(t, src)
	if len(f.Stmts) == 0 {
		t.Fatalf("%q: no statement", src)
	}
	switch s := f.Stmts[0].(type) {
	case *ast.ExprStmt:
		return s.X
	case *ast.EchoStmt:
		return s.X
	}
	t.Fatalf("%q: first statement is %T", src, f.Stmts[0])
	return nil
}

// sexpr renders an expression as a compact S-expression, to state the shape
// of a tree in one line.
func sexpr(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Variable:
		return "$" + x.Name
	case *ast.Ident:
		return x.Name
	case *ast.NumberLit:
		return x.Raw
	case *ast.StringLit:
		return fmt.Sprintf("%q", x.Value)
	case *ast.BoolLit:
		return fmt.Sprint(x.Value)
	case *ast.NoneLit:
		return "none"
	case *ast.ParenExpr:
		return sexpr(x.X)
	case *ast.UnaryExpr:
		return "(" + x.Op + " " + sexpr(x.X) + ")"
	case *ast.BinaryExpr:
		return "(" + x.Op + " " + sexpr(x.X) + " " + sexpr(x.Y) + ")"
	case *ast.AssignExpr:
		return "(" + x.Op + " " + sexpr(x.Target) + " " + sexpr(x.Value) + ")"
	case *ast.TernaryExpr:
		if x.Then == nil {
			return "(?: " + sexpr(x.Cond) + " " + sexpr(x.Else) + ")"
		}
		return "(? " + sexpr(x.Cond) + " " + sexpr(x.Then) + " " + sexpr(x.Else) + ")"
	case *ast.CallExpr:
		s := "(call " + sexpr(x.Fun)
		for _, a := range x.Args {
			s += " " + sexpr(a.X)
		}
		return s + ")"
	case *ast.IndexExpr:
		return "(index " + sexpr(x.X) + " " + sexpr(x.Index) + ")"
	case *ast.MemberExpr:
		return "(-> " + sexpr(x.X) + " " + x.Name.Name + ")"
	case *ast.IncDecExpr:
		if x.Prefix {
			return "(" + x.Op + "pre " + sexpr(x.X) + ")"
		}
		return "(" + x.Op + "post " + sexpr(x.X) + ")"
	case nil:
		return "nil"
	}
	return fmt.Sprintf("<%T>", x)
}

// TestPrecedence has one case per row of the precedence table in
// docs/compatibility.md, plus the special rules stated under it.
func TestPrecedence(t *testing.T) {
	tests := []struct{ src, want string }{
		// postfix binds tightest and chains
		{`f()[0]->g();`, `(call (-> (index (call f) 0) g))`},
		{`-$a[0];`, `(- (index $a 0))`},
		{`$i++ + 1;`, `(+ (++post $i) 1)`},
		// prefix
		{`!$a and $b;`, `(and (! $a) $b)`},
		{`not $a == $b;`, `(== (not $a) $b)`},
		{`++$i * 2;`, `(* (++pre $i) 2)`},
		// ** (right, tighter than unary on its left)
		{`2 ** 3 ** 2;`, `(** 2 (** 3 2))`},
		{`-2 ** 2;`, `(- (** 2 2))`},
		{`2 ** -1;`, `(** 2 (- 1))`},
		// * / %
		{`1 + 2 * 3 % 4;`, `(+ 1 (% (* 2 3) 4))`},
		// + -
		{`1 - 2 + 3;`, `(+ (- 1 2) 3)`},
		// . below + -
		{`2 + 2 . "x";`, `(. (+ 2 2) "x")`},
		{`"a" . 1 - 2;`, `(. "a" (- 1 2))`},
		// shifts below .
		{`1 << 2 . 3;`, `(<< 1 (. 2 3))`},
		// < <= > >= below shifts
		{`1 << 2 < 3;`, `(< (<< 1 2) 3)`},
		// equality below comparison
		{`1 < 2 == true;`, `(== (< 1 2) true)`},
		// & ^ |
		{`1 & 3 ^ 2 | 8;`, `(| (^ (& 1 3) 2) 8)`},
		{`1 == 1 & 1;`, `(& (== 1 1) 1)`},
		// and / or
		{`$a or $b and $c;`, `(or $a (and $b $c))`},
		{`$a | $b and $c;`, `(and (| $a $b) $c)`},
		// ?? (right), below or
		{`$x ?? $y ?? $z;`, `(?? $x (?? $y $z))`},
		{`$a or $b ?? $c;`, `(?? (or $a $b) $c)`},
		// ?: and ? : (right), below ??
		{`$x ?: $y ?? $z;`, `(?: $x (?? $y $z))`},
		{`$a ? $b : $c ? $d : $e;`, `(? $a $b (? $c $d $e))`},
		{`$a ?: $b ?: $c;`, `(?: $a (?: $b $c))`},
		{`$a ? : $b;`, `(?: $a $b)`},
		{`$t == "a" or $t == "b" ? 1 : 2;`, `(? (or (== $t "a") (== $t "b")) 1 2)`},
		// assignment (right), lowest
		{`$a = $b = 3;`, `(= $a (= $b 3))`},
		{`$a += $b ? 1 : 2;`, `(+= $a (? $b 1 2))`},
		// a prefix operator takes a whole assignment
		{`!$x = f();`, `(! (= $x (call f)))`},
		{`$a and $b = f();`, `(and $a (= $b (call f)))`},
	}
	for _, tt := range tests {
		if got := sexpr(firstExpr(t, tt.src)); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// diagnose parses src and returns its diagnostics.
func diagnose(src string) diag.List {
	_, diags := Parse("t.hsl", []byte(src))
	return diags
}

// wantDiag checks that src gives exactly one diagnostic, at line:col, whose
// message matches re.
func wantDiag(t *testing.T, src string, line, col int, re string) {
	t.Helper()
	diags := diagnose(src)
	if len(diags) != 1 {
		t.Errorf("%q: want 1 diagnostic, got %d:\n%s", src, len(diags), diags)
		return
	}
	d := diags[0]
	if d.Start.Line != line || d.Start.Col != col || !regexp.MustCompile(re).MatchString(d.Message) {
		t.Errorf("%q:\n got %s\nwant t.hsl:%d:%d: /%s/", src, d, line, col, re)
	}
}

func TestNonAssociative(t *testing.T) {
	for _, src := range []string{`1 < 2 < 3;`, `$a == $b == $c;`, `$a <= $b > $c;`, `$s =~ $re == true;`, `$a === $b !== $c;`} {
		wantDiag(t, src, 1, 1, `cannot be chained`)
	}
	// Mixing the two groups is fine, and parentheses make a chain explicit.
	parseOK(t, `1 < 2 == true; (1 < 2) < 3; $a == ($b == $c);`)
}

func TestMessages(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		re        string
	}{
		// A missing ';' at the end of a line is reported just after the
		// previous token, where it belongs.
		{"$a = 1\necho $a;", 1, 7, `^expected ';' after expression, found 'echo'$`},
		{"$a = f($b)   \n$c = 2;", 1, 11, `^expected ';' after expression, found variable \$c$`},
		// On one line it is reported at the token found.
		{"$a = 1 echo $a;", 1, 8, `^expected ';' after expression, found 'echo'$`},
		{"echo 1", 1, 7, `^expected ';' after expression, found end of file$`},
		{"if ($a && $b) echo 1;", 1, 8, `^'&&' is not an HSL operator: use 'and'$`},
		{"if ($a || $b) echo 1;", 1, 8, `^'\|\|' is not an HSL operator: use 'or'$`},
		{"$x = new Foo();", 1, 6, `^'new' is not an HSL keyword: create an object by calling its class`},
		{"echo \"abc;", 1, 6, `^unterminated string literal`},
		{"$a = 1 @ 2;", 1, 8, `^unexpected character '@'$`},
		{"$a = (1 + 2;", 1, 12, `^expected '\)' after expression, found ';'$`},
		{"$a = [1, 2;", 1, 11, `^expected '\]' or ',', found ';'$`},
		{"$a = 1 +;", 1, 9, `^expected expression, found ';'$`},
		{"function f() {\n\techo 1;\n", 3, 1, `^expected '\}' or statement, found end of file$`},
		{"}", 1, 1, `^unexpected '\}': no block is open here$`},
		// A UTF-8 byte order mark is skipped, and columns of line 1 are
		// counted from after it, as editors show them.
		{"\xEF\xBB\xBFecho 1 +;", 1, 9, `^expected expression, found ';'$`},
		{"\xEF\xBB\xBF\necho 1 +;", 2, 9, `^expected expression, found ';'$`},
		// Only a whole mark is one; a stray part is an error.
		{"\xEFecho 1;", 1, 1, `^unexpected character byte 0xEF$`},
		{"function if() {}", 1, 10, `^'if' is a reserved word and cannot name a function$`},
		{"class match {}", 1, 7, `^'match' is a reserved word and cannot name a class$`},
		{"} else {}", 1, 1, `no block is open`},
		{"else {}", 1, 1, `^'else' without an 'if'$`},
		{"case 1: break;", 1, 1, `^'case' outside a switch$`},
		{"$x = 0x;", 1, 6, `^malformed number '0x'$`},
		{"$a = 1 <> 2;", 1, 8, `use '!='`},
		{"$a &= 1;", 1, 4, `'&=' is not an HSL operator`},
		{"if ($a) {} elseif ($b) {}", 1, 12, `use 'else if'`},
		{"class A extends B {}", 1, 9, `no inheritance`},
		{"try {} finally {}", 1, 8, `no 'finally'`},
		{"echo this;", 1, 6, `the current object is \$this`},
		{"const X = 1;", 1, 1, `'const' is a reserved word`},
		{"function yield() {}", 1, 10, `'yield' is a reserved word`},
		{"f() = 1;", 1, 1, `^cannot assign to a call$`},
		{"1 = 2;", 1, 1, `^cannot assign to a literal$`},
		{"$a + 1 = 2;", 1, 6, `^cannot assign to a literal$`},
		{"++f();", 1, 3, `^cannot apply \+\+ to a call$`},
		{"isset(f());", 1, 7, `^isset takes variables`},
		{"$x = cache [] 1 + 2;", 1, 15, `^cache must be followed by a call`},
		{"$x->y::z();", 1, 1, `'::' must follow a class name`},
		{"function f($a = 1, $b) {}", 1, 20, `needs a default value`},
		{"function f(...$a, $b) {}", 1, 12, `must be the last parameter`},
		{"class A { constructor() {} constructor() {} }", 1, 28, `more than one constructor`},
		{"class A { readonly function f() {} }", 1, 11, `'readonly' applies to class variables`},
		{"class A { static static $x; }", 1, 18, `modifier 'static' is repeated`},
		{"class A { echo 1; }", 1, 11, `^unexpected statement in class A`},
		{"switch ($a) { default: break; default: break; }", 1, 31, `more than one default`},
		{"match ($a) { default => 1, default => 2 };", 1, 28, `more than one default arm`},
		{"include \"$a.hsl\";", 1, 9, `must be a constant string`},
		{"echo \"${}\";", 1, 7, `expected a variable name and '\}' after '\$\{'`},
		{"foreach ($a as [$k] => $v) {}", 1, 16, `the key of a foreach must be a variable`},
		{"echo 1, 2;", 1, 7, `^expected ';' after expression, found ','$`},
		{"break 2;", 1, 7, `^expected ';' after 'break', found number 2$`},
		{"import { a } \"x.hsl\";", 1, 14, `^expected 'from', found string`},
		{"$x = 1e3;", 1, 6, `^malformed number '1e3'$`},
		{"/* open", 1, 1, `^unterminated block comment`},
		{"$a = 'EOT'text", 1, 6, `^unterminated raw string: missing closing 'EOT'$`},
		{"$a = #/ab", 1, 6, `^unterminated regular expression`},
		{"$a = \x01;", 1, 6, `^unexpected character byte 0x01$`},
	}
	for _, tt := range tests {
		wantDiag(t, tt.src, tt.line, tt.col, tt.re)
	}
}

// TestRecovery checks that independent errors are all reported, once each.
func TestRecovery(t *testing.T) {
	src := "$a = 1 +;\n$b = (2;\nfunction f() { return 1 }\n$c = 0b2;\necho $a && $b;\n$ok = 1;\n"
	var got []string
	for _, d := range diagnose(src) {
		got = append(got, fmt.Sprintf("%d:%d", d.Start.Line, d.Start.Col))
	}
	want := "1:9 2:8 3:25 4:6 5:9"
	if strings.Join(got, " ") != want {
		t.Errorf("diagnostics at %v, want %s:\n%s", got, want, diagnose(src))
	}
}
