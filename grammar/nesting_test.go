package grammar

import (
	"strings"
	"testing"
)

func TestNestingLimits(t *testing.T) {
	rep := strings.Repeat
	ifChain := func(n int) string { return rep("if ($a) { $x = 1; } else ", n) + "{ $x = 2; }" }
	tooDeep := []struct{ name, src, re string }{
		{"brackets", "$x = " + rep("(", 257) + "1" + rep(")", 257) + ";", "brackets nested more than 256"},
		{"unclosed", "$x = " + rep("[", 300), "brackets nested more than 256"},
		{"blocks", rep("{", 1000), "brackets nested more than 256"},
		{"prefix", "$x = " + rep("!", 3000) + "1;", "constructs nested more than 2048"},
		{"1 MB of prefix operators", "$x = " + rep("!", 1<<20) + "1;", "constructs nested more than 2048"},
		{"assignments", rep("$a = ", 2100) + "1;", "constructs nested more than 2048"},
		{"else chain", ifChain(1100), "constructs nested more than 2048"},
		{"if heads", rep("if ($a) ", 2100) + "$x = 1;", "constructs nested more than 2048"},
		{"cache", "$x = " + rep("cache [] ", 2100) + "f();", "constructs nested more than 2048"},
	}
	for _, tt := range tooDeep {
		f, diags := Parse("t.hsl", []byte(tt.src))
		if len(diags) != 1 || !strings.Contains(diags[0].Message, tt.re) || len(f.Stmts) != 0 {
			t.Errorf("%s: %d statements, diagnostics:\n%s", tt.name, len(f.Stmts), diags)
		}
	}
	fine := []struct{ name, src string }{
		{"brackets", "$x = " + rep("(", 256) + "1" + rep(")", 256) + ";"},
		{"prefix", "$x = " + rep("!", 1000) + "1;"},
		{"else chain", ifChain(500)},
		{"many ifs", rep("if ($a) { $x = 1; }\n", 5000)},
		{"many statements", rep("$a = -$b + !$c;\n", 5000)},
		{"long sum", "$x = 1" + rep(" + 1 - -1", 10000) + ";"},
		{"long array", "$x = [" + rep("[1, -2, !3],", 10000) + "];"},
		{"long ternary list", rep("$y = $a ? 1 : 2;", 3000)},
	}
	for _, tt := range fine {
		if _, diags := Parse("t.hsl", []byte(tt.src)); len(diags) != 0 {
			t.Errorf("%s: %s", tt.name, diags[0])
		}
	}
}
