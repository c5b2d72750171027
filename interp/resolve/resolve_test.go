package resolve

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
)

// mapLoader serves files from memory; names are canonical as written.
type mapLoader map[string]string

func (l mapLoader) Load(from, p string) (string, []byte, error) {
	src, ok := l[p]
	if !ok {
		return "", nil, errors.New("no such file")
	}
	return p, []byte(src), nil
}

// resolveSrc parses and resolves src as the entry file main.hsl.
func resolveSrc(t *testing.T, src string, files mapLoader) (*ast.File, *Info) {
	t.Helper()
	f, diags := grammar.Parse("main.hsl", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("%q does not parse: %v", src, diags)
	}
	return f, Resolve(f, Options{Loader: files})
}

// occurrences renders every variable occurrence of the entry file in source
// order as "$name@col", with "=w" when Info.Writes has it.
func occurrences(info *Info) []string {
	var xs []*ast.Variable
	for x := range info.Uses {
		if x.File == "main.hsl" {
			xs = append(xs, x)
		}
	}
	for x := range info.Writes {
		if _, ok := info.Uses[x]; !ok {
			xs = append(xs, x) // a write the resolver did not bind: shown, so the test fails
		}
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].Start.Offset < xs[j].Start.Offset })
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		s := fmt.Sprintf("$%s@%d", x.Name, x.Start.Col)
		if info.Writes[x] {
			s += "=w"
		}
		out = append(out, s)
	}
	return out
}

func TestWrites(t *testing.T) {
	tests := []struct {
		name, src string
		want      string
	}{
		{"assign", `$a = 1; echo $a;`, "$a@1=w $a@14"},
		{"value is read", `$b = 1; $a = $b;`, "$b@1=w $a@9=w $b@14"},
		{"compound", `$a = 1; $a += 2; $a .= "x"; $a ??= 3;`, "$a@1=w $a@9=w $a@18=w $a@29=w"},
		{"inc dec", `$i = 0; $i++; --$i;`, "$i@1=w $i@9=w $i@17=w"},
		{"element write", `$a = []; $a[] = 1; $a["k"]["j"] = 2; $a[$k = 0] = 3;`, "$a@1=w $a@10=w $a@20=w $a@38=w $k@41=w"},
		{"element read", `$a = [1]; echo $a[0];`, "$a@1=w $a@16"},
		{"member write reads the object", `$o = none; $o->x = 1;`, "$o@1=w $o@12"},
		{"destructuring", `[$x, [$y]] = [1, [2]]; ["k" => $z] = ["k" => 3];`, "$x@2=w $y@7=w $z@32=w"},
		{"destructuring default", `[$x = $d] = [];`, "$x@2=w $d@7"},
		{"foreach", `foreach ([1] as $k => $v) echo $k . $v;`, "$k@17=w $v@23=w $k@32 $v@37"},
		{"foreach destructuring", `foreach ([[1, 2]] as [$p, $q]) echo $p;`, "$p@23=w $q@27=w $p@37"},
		{"catch", `try { throw 1; } catch ($e) { echo $e; }`, "$e@25=w $e@36"},
		{"barrier", `barrier "b" => $s { echo $s; }`, "$s@16=w $s@26"},
		{"isset and unset are not writes", `$a = 1; isset($a); unset($a);`, "$a@1=w $a@15 $a@26"},
		{"interpolation", `$n = 1; echo "x $n ${n}";`, "$n@1=w $n@17 $n@20"},
		{"params are not occurrences", `function f($p) { $p = 2; return $p; }`, "$p@18=w $p@33"},
		{"closure capture is a read", `$c = 1; $f = function () closure ($c) { $c = 2; };`, "$c@1=w $f@9=w $c@35 $c@41=w"},
		{"global is not a write", `function g() { global $x; $x = 1; }`, "$x@23 $x@27=w"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, info := resolveSrc(t, tc.src, nil)
			if got := strings.Join(occurrences(info), " "); got != tc.want {
				t.Errorf("%s\ngot  %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestWritesDataImport(t *testing.T) {
	f, info := resolveSrc(t, `import $cfg from "c.json"; echo $cfg;`, mapLoader{"c.json": `{}`})
	imp := f.Stmts[0].(*ast.ImportStmt)
	if !info.Writes[imp.Var] {
		t.Errorf("the variable of a data import is not a write")
	}
	if _, ok := info.Imports[imp]; ok {
		t.Errorf("a data import is in Imports; it belongs in Data")
	}
}

func TestImports(t *testing.T) {
	files := mapLoader{
		"lib.hsl":    `function f() { return 1; } $v = 2;`,
		"other.hsl":  `function g() { return 1; }`,
		"cycle.hsl":  `import { h } from "main.hsl"; function c() {}`,
		"data.json":  `{}`,
		"broken.hsl": `function b() { return nope(); }`,
		"main.hsl":   ``,
	}
	tests := []struct {
		name, src string
		want      []string // per import statement: the module path, or "-" when absent
	}{
		{"named", `import { f } from "lib.hsl"; echo f();`, []string{"lib.hsl"}},
		{"variable", `import { $v as $w } from "lib.hsl"; echo $w;`, []string{"lib.hsl"}},
		{"star", `import * as lib from "lib.hsl"; echo lib::f();`, []string{"lib.hsl"}},
		{"twice", `import { f } from "lib.hsl"; import * as l from "lib.hsl"; import { g } from "other.hsl";`, []string{"lib.hsl", "lib.hsl", "other.hsl"}},
		{"missing file", `import { f } from "nothere.hsl";`, []string{"-"}},
		{"missing name", `import { nothing } from "lib.hsl";`, []string{"lib.hsl"}},
		{"module with errors", `import { b } from "broken.hsl";`, []string{"broken.hsl"}},
		{"data file as module", `import { x } from "data.json";`, []string{"-"}},
		{"cycle", `import { c } from "cycle.hsl"; function h() {}`, []string{"cycle.hsl"}},
		{"nested import is refused", `if (true) { import { f } from "lib.hsl"; }`, []string{"-"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, info := resolveSrc(t, tc.src, files)
			var got []string
			ast.Inspect(f, func(n ast.Node) bool {
				if s, ok := n.(*ast.ImportStmt); ok {
					m, ok := info.Imports[s]
					switch {
					case !ok:
						got = append(got, "-")
					case m == nil:
						got = append(got, "<nil>")
					default:
						got = append(got, m.Path)
						if !containsModule(info.Modules, m) {
							t.Errorf("Imports names %s, which is not in Info.Modules", m.Path)
						}
					}
				}
				return true
			})
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%s\ngot  %v\nwant %v", tc.src, got, tc.want)
			}
		})
	}
}

func containsModule(ms []*Module, m *Module) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}
