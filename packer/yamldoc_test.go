package packer

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestToJSON(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // JSON
	}{
		{"scalars", "a: 1\nb: 1.5\nc: true\nd: ~\ne: text\nf: '1'\n", `{"a":1,"b":1.5,"c":true,"d":null,"e":"text","f":"1"}`},
		{"integer forms", "hex: 0x1F\noct: 0o17\nsep: 1_000\nneg: -7\n", `{"hex":31,"neg":-7,"oct":15,"sep":1000}`},
		{"custom tags are strings", "r: !Regex '^a'\nm: !Map {k: v}\ns: !Set [a]\n", `{"m":{"k":"v"},"r":"^a","s":["a"]}`},
		{"aliases", "a: &x {k: 1}\nb: *x\n", `{"a":{"k":1},"b":{"k":1}}`},
		{"merge keys, explicit wins", "base: &b {k: 1, j: 2}\nc:\n  <<: *b\n  k: 3\n", `{"base":{"j":2,"k":1},"c":{"j":2,"k":3}}`},
		{"merge list, earlier wins", "a: &a {k: 1}\nb: &b {k: 2, j: 2}\nc: {<<: [*a, *b]}\n", `{"a":{"k":1},"b":{"j":2,"k":2},"c":{"j":2,"k":1}}`},
		{"timestamps stay text", "t: 2001-12-14\n", `{"t":"2001-12-14"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, diags := parseYAML("f.yaml", []byte(tc.src))
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			doc, diags := toJSON("f.yaml", root)
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			got, err := json.Marshal(doc.value)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestToJSONIndex(t *testing.T) {
	src := "servers:\n  - id: a\n    phases:\n      eod: {hook: x}\n\"a.b\": 1\nenv: !Env \"${X:1}\"\n"
	root, _ := parseYAML("f.yaml", []byte(src))
	doc, diags := toJSON("f.yaml", root)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	tests := []struct {
		ptr, path string
		line, col int
	}{
		{"/servers/0/phases/eod/hook", "servers[0].phases.eod.hook", 4, 19},
		{"/servers/0", "servers[0]", 2, 5},
		{"/a.b", `["a.b"]`, 5, 8},
	}
	for _, tc := range tests {
		n := doc.values[tc.ptr]
		if n == nil || n.Line != tc.line || n.Column != tc.col || doc.paths[tc.ptr] != tc.path {
			t.Errorf("%s: node %v, path %q; want %d:%d %q", tc.ptr, n, doc.paths[tc.ptr], tc.line, tc.col, tc.path)
		}
	}
	if !reflect.DeepEqual(doc.env, map[string]bool{"/env": true}) {
		t.Errorf("env pointers = %v", doc.env)
	}
}

func TestToJSONFindings(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"duplicate key", "a: 1\nb: 2\na: 3\n", `f.yaml:3:1: error: duplicate key "a" (first defined at line 1) [yaml]`},
		{"complex key", "? [a]\n: 1\n", `f.yaml:1:3: error: mapping key must be a scalar, found a sequence [yaml]`},
		{"bad merge", "a: 1\nb: {<<: *x}\n", ""},
		{"merge of a scalar", "s: &s str\nb: {<<: *s}\n", `f.yaml:1:4: error: b: a merge key (<<) takes a mapping or a sequence of mappings, found the scalar "str" [yaml]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, diags := parseYAML("f.yaml", []byte(tc.src))
			if root != nil {
				_, diags = toJSON("f.yaml", root)
			}
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			if tc.want == "" {
				// Invalid YAML: reported by the parser.
				if len(diags) != 1 || !strings.Contains(diags[0].Message, "unknown anchor") {
					t.Errorf("got %v, want the parser's unknown anchor error", got)
				}
				return
			}
			if strings.Join(got, "\n") != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 12; i++ {
		b.WriteString("a" + string(rune('0'+i%10)) + string(rune('a'+i)) + ": &a" + string(rune('a'+i)) + " [")
		prev := "a0"
		if i > 1 {
			prev = "a" + string(rune('a'+i-1))
		}
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
	}
	root, diags := parseYAML("f.yaml", []byte(b.String()))
	if root == nil {
		t.Fatal(diags)
	}
	doc, diags := toJSON("f.yaml", root)
	if doc != nil || len(diags) != 1 || !strings.Contains(diags[0].Message, "too large") {
		t.Errorf("got %v, want one 'too large' finding", diags)
	}
}

// TestYAMLErrorLines checks the line of syntax errors: yaml.v3 counts a parser error's
// line from 0 (and a scanner error's from 1), so the packer corrects the former.
func TestYAMLErrorLines(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
	}{
		{"unclosed flow sequence", "version: \"6.10\"\nfoo: [1\n", 2},
		{"unclosed flow mapping", "version: \"6.10\"\nx: {a: 1\ny: 2\n", 2},
		{"bad indentation in a list item", "version: \"6.10\"\nservers:\n  - id: a\n   b: c\n", 3},
		{"key outdented into a sequence", "version: \"6.10\"\nx:\n  a: 1\n - b\n", 4},
		{"unknown tag handle", "version: \"6.10\"\nx: !foo!bar 1\n", 2},
		{"tab (scanner)", "version: \"6.10\"\nservers:\n\t- id: a\n", 3},
		{"unterminated string (scanner)", "version: \"6.10\"\na: \"open\n", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := parseYAML("f.yaml", []byte(tc.src))
			if len(diags) != 1 || diags[0].Rule != "yaml" || diags[0].Line != tc.line {
				t.Errorf("got %v, want one yaml finding on line %d", diags, tc.line)
			}
		})
	}
}
