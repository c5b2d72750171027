package gendoc

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

func write(t *testing.T, root, rel, text string) {
	t.Helper()
	path := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTested(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a/x_test.go", `Call(c, "str_find", S("x")) // str_lower("y")`)
	write(t, root, "a/x.go", `"str_upper"`)
	write(t, root, "testdata/lang/t.hsl", "echo pcre_match(\"a\", \"b\");\n$x->md5(); $sha1(); Map::String();\necho  length (\"ab\");")
	write(t, root, "testdata/other/t.hsl", "echo sha2(\"\");")
	write(t, root, "stdlib/stdlib_test.go", `"chr"`)
	write(t, root, "stdlib/internal/gendoc/g_test.go", `"ord"`)
	write(t, root, "node_modules/p/y_test.go", `"abs"`)
	names := []string{"str_find", "str_lower", "str_upper", "pcre_match", "md5", "sha1", "String", "length", "sha2", "chr", "ord", "abs"}
	got, err := Tested(root, names)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"str_find": true, "pcre_match": true, "length": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tested = %v, want %v", got, want)
	}
}

func TestReferenceNames(t *testing.T) {
	n := ReferenceNames()
	if len(n.Funcs) != 151 || len(n.Classes) != 13 || n.Funcs[0] != "array_combine" || n.Classes[len(n.Classes)-1] != "Exception" {
		t.Errorf("ReferenceNames: %d functions starting %q, %d classes", len(n.Funcs), n.Funcs[0], len(n.Classes))
	}
}

func impl(*catalog.Args) (value.Value, error) { return value.None, nil }

func TestRender(t *testing.T) {
	c := catalog.New()
	c.AddFunc(&catalog.Func{
		Name: "frob", Returns: "string|none", Doc: "Frobs a\nstring.", Impl: impl,
		Params:  []catalog.Param{{Name: "s", Type: "string", Doc: "the input"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{{Name: "level", Type: "number", Doc: "how | much"}},
	})
	c.Alias("frobnicate", "frob")
	c.AddClass(&catalog.Class{Name: "Widget", Doc: "A widget.",
		Methods: map[string]*catalog.Func{"spin": {Name: "spin", Returns: "none", Doc: "Spins.", Impl: impl}}})
	ref := Names{Funcs: []string{"frob", "isset", "gone"}, Classes: []string{"Widget", "Gadget"}}
	md := string(Render(c, ref, map[string]bool{"frob": true, "isset": true, "gone": true, "Gadget": true}))
	for _, want := range []string{
		"### `frob($s, [$options]): string|none`\n\nFrobs a string.\n\nAlso named: `frobnicate`.",
		"| `$options (optional)` | array |  |",
		"| `level` | number | how \\| much |",
		"Returns: string\\|none.",
		"#### `Widget->spin(): none`",
		"It has no constructor.",
		"- Functions: **1 of 3** registered, 1 more are language constructs; 2 of 3 tested.",
		"- Classes: **1 of 2** registered; 0 of 2 tested.",
		"| `isset` | construct | ✓ |  |",
		"| `gone` | ✗ | ✗ |  |",
		"| `Gadget` | ✗ | ✗ |  |",
		"## Performance\n\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	if strings.Contains(md, "### `frobnicate") {
		t.Error("an alias has its own entry")
	}
}

func TestAnchor(t *testing.T) {
	for in, want := range map[string]string{
		"Host, mail addresses and the memory store": "host-mail-addresses-and-the-memory-store",
		"Completeness against 6.x":                  "completeness-against-6x",
	} {
		if got := anchor(in); got != want {
			t.Errorf("anchor(%q) = %q, want %q", in, got, want)
		}
	}
}
