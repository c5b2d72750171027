package packer

import (
	"fmt"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestScalarOffsets reads scalars of every style again and checks that each byte of the
// value comes from the source character that holds it, except where an escape or a
// folded line break stands for it.
func TestScalarOffsets(t *testing.T) {
	tests := []struct {
		name, yaml string
		ok         bool
	}{
		{"plain", "k: abc def\n", true},
		{"plain multi-line", "k: abc\n  def\n\n  ghi   \n  jkl\n", true},
		{"single", "k: 'it''s  x'\n", true},
		{"single multi-line", "k: 'a\n   b\n\n   c'\n", true},
		{"double escapes", `k: "a\tb\"c\\d\x41\u00e9\U0001F600\n\ e\e\N"` + "\n", true},
		{"double multi-line", "k: \"a  \n   b\\\n   c\n\n   d \\\n\n   e\"\n", true},
		{"double crlf", "k: \"a\r\n  b\"\r\n", true},
		{"tag and anchor", "k: &x !Env\n  \"a\\tb\"\n", true},
		{"literal", "k: |\n  a\n\n   b\n  c\n", true},
		{"literal keep", "k: |+\n  a\n\n", true},
		{"literal strip with comment", "k: |- # note\n  a\n  b\n\n", true},
		{"folded", "k: >\n  a\n  b\n\n  c\n    more\n  d\n", true},
		{"folded in list", "- data: >-\n    x = 1;\n    y(\n      2);\n- z\n", true},
		{"utf-8", "é: \"ü\\tß\"\n", true},
		{"explicit indentation", "k: |2\n   a\n", true},
		{"explicit indentation in a list", "- k: >1-\n     a\n    b\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var doc yaml.Node
			if err := yaml.Unmarshal([]byte(tc.yaml), &doc); err != nil {
				t.Fatal(err)
			}
			top := doc.Content[0]
			if top.Kind == yaml.SequenceNode {
				top = top.Content[0]
			}
			n := top.Content[1]
			src := []byte(tc.yaml)
			at, ok := scalarOffsets(src, n)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v (value %q)", ok, tc.ok, n.Value)
			}
			if !ok {
				return
			}
			for i := 0; i < len(n.Value); i++ {
				c := n.Value[i]
				got := src[at[i]]
				switch {
				case c == got, got == '\\', c >= 0x80:
				case (c == ' ' || c == '\n') && (got == '\n' || got == '\r'):
				case c == '\n' && (got == ' ' || got == '\t'):
				default:
					t.Errorf("byte %d %q of %q comes from %q at %d", i, c, n.Value, got, at[i])
				}
				if i > 0 && at[i] < at[i-1] {
					t.Errorf("offsets go back at byte %d", i)
				}
			}
		})
	}
}

// TestInlinePosition checks the positions given to findings in scripts written in
// smtpd-app.yaml, for each scalar style.
func TestInlinePosition(t *testing.T) {
	tests := []struct {
		name, yaml string
		line, col  int // in the script
		want       string
	}{
		{"double with escapes", `k: "a = \"x\";\n  bad(;"`, 2, 7, "1:23"},
		{"double unicode escape", `k: "\u00e9\u00e9 x"`, 1, 6, "1:18"},
		{"double folded lines", "k: \"a;\n\n   b;\\n  c(\"", 3, 3, "3:10"},
		{"double escaped line break", "k: \"ab\\\n   cd\"", 1, 4, "2:5"},
		{"plain multi-line", "k: a;\n  b;\n  c(", 1, 7, "3:3"},
		{"folded", "k: >\n  a;\n\n  b(\n", 2, 2, "4:4"},
		{"literal", "k: |\n  a;\n  b(\n", 2, 2, "3:4"},
		{"rune columns", "é: \"é; x(\"", 1, 6, "1:9"},
		{"end of text", `k: "x("`, 1, 3, "1:7"},
		{"explicit indentation", "x: 1\nk: |1\n  a;\n b(\n", 2, 1, "4:2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var doc yaml.Node
			if err := yaml.Unmarshal([]byte(tc.yaml), &doc); err != nil {
				t.Fatal(err)
			}
			top := doc.Content[0]
			n := top.Content[len(top.Content)-1]
			s := inlineScript{data: []byte(n.Value), node: n}
			line, col := s.position([]byte(tc.yaml), tc.line, tc.col)
			if got := fmt.Sprintf("%d:%d", line, col); got != tc.want {
				t.Errorf("position of %d:%d in %q = %s, want %s", tc.line, tc.col, n.Value, got, tc.want)
			}
		})
	}

	// A scalar that cannot be read again from the source: the position of the string.
	n := &yaml.Node{Kind: yaml.ScalarNode, Style: yaml.DoubleQuotedStyle, Value: "a;\nb(", Line: 2, Column: 5}
	s := inlineScript{data: []byte(n.Value), node: n}
	if line, col := s.position([]byte("k:\n  - \"x\"\n"), 2, 2); line != 2 || col != 5 {
		t.Errorf("unreadable scalar: position %d:%d, want 2:5", line, col)
	}
}

// TestScalarOffsetsRoundTrip writes scripts in each scalar style with yaml.v3 and checks
// that every one can be read again.
func TestScalarOffsetsRoundTrip(t *testing.T) {
	scripts := []string{
		"Accept();",
		"if ($a)\n\tReject(\"no\");\nAccept();",
		"$x = \"é\\t\";  \n\n\n  echo $x;\n",
		"  indented first;\nnext();",
		"a();\n    more();\nb();\n\nc();",
		"tab\there; 'quote' \"double\" \\ back",
		"\u2028 sep; \x1b esc;\r\nline();",
	}
	styles := []yaml.Style{yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle, yaml.LiteralStyle, yaml.FoldedStyle, 0}
	for i, script := range scripts {
		for _, style := range styles {
			doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
				{Kind: yaml.ScalarNode, Value: "data"},
				{Kind: yaml.ScalarNode, Value: script, Style: style},
			}}
			src, err := yaml.Marshal(doc)
			if err != nil {
				continue
			}
			var back yaml.Node
			if err := yaml.Unmarshal(src, &back); err != nil {
				t.Fatalf("script %d style %d: %v\n%s", i, style, err, src)
			}
			n := back.Content[0].Content[1]
			if n.Value != script {
				continue // not written as given
			}
			if _, ok := scalarOffsets(src, n); !ok {
				t.Errorf("script %d written as\n%s\ncannot be read again (style %d)", i, src, n.Style)
			}
		}
	}
}

// FuzzScalarOffsets reads arbitrary scalars again: it must not panic, and when it
// succeeds the offsets must lie in the source and never go back.
func FuzzScalarOffsets(f *testing.F) {
	for _, seed := range []string{"k: \"a\\tb\\\n  c\"\n", "k: >\n  a\n\n   b\n  c\n", "k: 'x''y'\n", "k: a\n  b\n", "k: &a !t |-\n  x\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var doc yaml.Node
		if yaml.Unmarshal([]byte(src), &doc) != nil || len(doc.Content) == 0 {
			return
		}
		top := doc.Content[0]
		if top.Kind != yaml.MappingNode || len(top.Content) < 2 || top.Content[1].Kind != yaml.ScalarNode {
			return
		}
		at, ok := scalarOffsets([]byte(src), top.Content[1])
		if !ok {
			return
		}
		for i, p := range at {
			if p < 0 || p >= len(src) || (i > 0 && p < at[i-1]) {
				t.Fatalf("offset %d of %v is wrong", i, at)
			}
		}
	})
}
