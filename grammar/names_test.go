package grammar

import (
	"fmt"
	"strings"
	"testing"

	"github.com/openhsl/hsl/grammar/ast"
)

// nameLocs lists the NameLoc of every parameter, class variable and static
// member of f as "kind name text line:col-line:col/offset-offset", where
// text is what the location covers in src.
func nameLocs(src string, f *ast.File) []string {
	var out []string
	add := func(kind, name string, l ast.Loc) {
		text := "<none>"
		if l.Start.IsValid() && l.End.Offset <= len(src) {
			text = src[l.Start.Offset:l.End.Offset]
		}
		out = append(out, fmt.Sprintf("%s %s %s %s", kind, name, text, at(l)))
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Param:
			add("param", n.Name, n.NameLoc)
		case *ast.ClassVar:
			add("classvar", n.Name, n.NameLoc)
		case *ast.StaticExpr:
			add("static", n.Name, n.NameLoc)
		}
		return true
	})
	return out
}

func TestNameLocs(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"params", "function f($a, $bb = 1, ...$rest) {}", []string{
			"param a a 1:13-1:14/12-13",
			"param bb bb 1:17-1:19/16-18",
			"param rest rest 1:29-1:33/28-32",
		}},
		{"closure params", "$f = function ( $x ) { return $x; };", []string{
			"param x x 1:18-1:19/17-18",
		}},
		{"method params", "class C {\n\tfunction m($p) {}\n}", []string{
			"param p p 2:14-2:15/23-24",
		}},
		{"class vars after modifiers", "class C {\n\tprivate static $count = 0;\n\treadonly $id;\n\t$plain;\n}", []string{
			"classvar count count 2:18-2:23/27-32",
			"classvar id id 3:12-3:14/49-51",
			"classvar plain plain 4:3-4:8/55-60",
		}},
		{"static function", "class C { static function make() {} }\nC::make();", []string{
			"static make make 2:4-2:8/41-45",
		}},
		{"static variable", "class C { static $n = 1; }\necho C::$n;", []string{
			"classvar n n 1:19-1:20/18-19",
			"static n n 2:10-2:11/36-37",
		}},
		{"static with spaces", "class C { static function make() {} }\nC ::  make();", []string{
			"static make make 2:7-2:11/44-48",
		}},
		{"multi-line", "function g(\n\t$first,\n\t$second\n) {}", []string{
			"param first first 2:3-2:8/14-19",
			"param second second 3:3-3:9/23-29",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := nameLocs(tc.src, parseOK(t, tc.src))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("name locations of %q:\ngot  %q\nwant %q", tc.src, got, tc.want)
			}
		})
	}
}

// In broken code too, a NameLoc covers exactly the name, or is zero when
// the name is missing.
func TestNameLocBroken(t *testing.T) {
	for _, src := range []string{
		"function f($) {}",
		"function f(, $b) {}",
		"function f($a = ) {}",
		"class C { static function m() {} }\nC::;",
		"class C { static $v; }\necho C::$;",
		"class C { private ; static $x = ; }",
		"function f($a, $b {",
	} {
		f, _ := Parse("t.hsl", []byte(src))
		ast.Inspect(f, func(n ast.Node) bool {
			var name string
			var l ast.Loc
			switch n := n.(type) {
			case *ast.Param:
				name, l = n.Name, n.NameLoc
			case *ast.ClassVar:
				name, l = n.Name, n.NameLoc
			case *ast.StaticExpr:
				name, l = n.Name, n.NameLoc
			default:
				return true
			}
			switch {
			case !l.Start.IsValid():
				if name != "" {
					t.Errorf("%q: %T %q has no NameLoc", src, n, name)
				}
			case l.End.Offset > len(src) || src[l.Start.Offset:l.End.Offset] != name:
				t.Errorf("%q: %T %q has NameLoc %s", src, n, name, at(l))
			}
			return true
		})
	}
}
