package grammar

import (
	"fmt"
	"os"
	"testing"

	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/diag"
)

// lexAll returns every token of src (all channels) as text, with the fast
// paths of the token source on or off, and the lexical diagnostics.
func lexAll(src []byte, slow bool) ([]string, diag.List) {
	var diags diag.List
	text := newByteStream("t.hsl", src)
	ts := newTokenSource("t.hsl", text, &diags, newLineIndex(src))
	ts.slow = slow
	var out []string
	for {
		t := ts.NextToken()
		out = append(out, fmt.Sprintf("%d/%d@%d-%d:%d:%d", t.GetTokenType(), t.GetChannel(), t.GetStart(), t.GetStop(), t.GetLine(), t.GetColumn()))
		if t.GetTokenType() == antlr.TokenEOF {
			return out, diags
		}
	}
}

// checkFastLexer fails when the fast paths change the tokens or diagnostics.
func checkFastLexer(t *testing.T, src []byte) {
	t.Helper()
	fast, fd := lexAll(src, false)
	slow, sd := lexAll(src, true)
	if fmt.Sprint(fast) != fmt.Sprint(slow) || fd.String() != sd.String() {
		for i := range min(len(fast), len(slow)) {
			if fast[i] != slow[i] {
				t.Fatalf("%q: token %d differs: fast %s, lexer rules %s", src, i, fast[i], slow[i])
			}
		}
		t.Fatalf("%q: fast %d tokens %s, lexer rules %d tokens %s", src, len(fast), fd, len(slow), sd)
	}
}

// TestFastLexer compares the token source's fast paths with the generated
// lexer on every test file and on edge cases.
func TestFastLexer(t *testing.T) {
	cases := []string{
		`$`, `$1`, `$a`, `$_`, `$a$b`, `"$"`, `"`, `"\`, `"\"`, `"a\"b"`, "\"a\nb\"", `"\\"x`,
		`$a="b"`, "// c\n$x", "//", "/", "/ /", "a//b\r\n$c", "\t \r\n\f$v", `"é\xff"`,
	}
	for _, c := range cases {
		checkFastLexer(t, []byte(c))
	}
	for _, pattern := range []string{"syntax/*.hsl", "syntax-errors/*.hsl", "corpus/*.hsl"} {
		for _, path := range repoFiles(t, pattern) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			checkFastLexer(t, src)
		}
	}
}

// FuzzLexer checks that the fast paths of the token source produce exactly
// the tokens of the generated lexer's rules.
func FuzzLexer(f *testing.F) {
	for _, s := range []string{`$a = "b\"c" . $d; // e`, "\"x\n$y\\\"", `$ $1 "$"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer watchdog(src)()
		checkFastLexer(t, src)
	})
}
