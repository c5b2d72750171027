package repl

import (
	"context"
	"reflect"
	"testing"

	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

func TestCompleter(t *testing.T) {
	h := catalog.New()
	hooks.Register(h)
	s := NewSession(Config{Catalog: stdlib.Core().Merge(h), RootPath: t.TempDir()})
	for _, in := range []string{"$alpha = 1; $alps = 2; $beta = 3;", "function alpine_fn() { return 1; }", "class AlpClass { }",
		`class Point { $x = 0; private $secret = 1; static function origin() { return Point(); } function move() {} private function hidden() {} }`,
		`$pt = Point(); $exc = Exception("m"); $num = 5;`} {
		if _, err := s.Eval(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	c := Completer{Session: s}
	tests := []struct {
		line string
		pos  int // -1: end of line
		want []string
		n    int
	}{
		{"echo $al", -1, []string{"pha", "ps"}, 3},
		{"$b", -1, []string{"eta"}, 2},
		{"$", -1, []string{"alpha", "alps", "beta", "exc", "num", "pt"}, 1},
		{"alp", -1, []string{"ine_fn"}, 3},
		{"Alp", -1, []string{"Class"}, 3},
		{"str_upp", -1, []string{"er"}, 7},
		{"forea", -1, []string{"ch"}, 5},
		{"echo str_lo + 1", 11, []string{"wer"}, 6},
		{"echo ", -1, nil, 0},
		{"__hsh_re", -1, nil, 8},
		{"$alpha", -1, nil, 6},
		{"Accep", -1, nil, 5}, // hook functions fail in hsh: not offered
		{"EODMail", -1, nil, 7},
		{"$exc->mes", -1, []string{"sage"}, 3},
		{"echo $exc->", -1, []string{"column", "file", "line", "message", "toString"}, 0},
		{"$pt->", -1, []string{"move", "x"}, 0},
		{"$pt->m", -1, []string{"ove"}, 1},
		{"$num->", -1, nil, 0},      // not an object
		{"$nothing->m", -1, nil, 1}, // no such variable
		{"f()->m", -1, nil, 1},      // only variables are looked into
		{"Point::", -1, []string{"origin"}, 0},
		{"Point::or", -1, []string{"igin"}, 2},
		{"$pt::", -1, nil, 0},
	}
	for _, tt := range tests {
		line := []rune(tt.line)
		pos := tt.pos
		if pos < 0 {
			pos = len(line)
		}
		got, n := c.Do(line, pos)
		var gs []string
		for _, g := range got {
			gs = append(gs, string(g))
		}
		if !reflect.DeepEqual(gs, tt.want) || n != tt.n {
			t.Errorf("Do(%q, %d) = %q, %d; want %q, %d", tt.line, pos, gs, n, tt.want, tt.n)
		}
	}
}

func TestWithSemicolon(t *testing.T) {
	tests := map[string]string{
		"1 + 1":           "1 + 1;",
		"echo 1;":         "echo 1;",
		"if (true) {}":    "if (true) {}",
		"echo (1":         "echo (1",
		"function f() {}": "function f() {}",
		"$a = 1; $b = 2":  "$a = 1; $b = 2;",
		"echo 1 echo 2":   "echo 1 echo 2",
	}
	for in, want := range tests {
		if got := withSemicolon(in); got != want {
			t.Errorf("withSemicolon(%q) = %q, want %q", in, got, want)
		}
	}
}
