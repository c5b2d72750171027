package format

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/format")

// positions matches the extents that ast.Dump prints after each node.
var positions = regexp.MustCompile(` @\d+:\d+-\d+:\d+`)

// dump is the syntax tree of src without positions.
func dump(t *testing.T, name string, src []byte) string {
	t.Helper()
	f, diags := grammar.Parse(name, src)
	if diags.HasErrors() {
		t.Fatalf("%s does not parse:\n%s\n%s", name, diags, src)
	}
	return positions.ReplaceAllString(ast.Dump(f), "")
}

// comments lists the text of every comment of src.
func comments(t *testing.T, name string, src []byte) []string {
	t.Helper()
	f, _ := grammar.Parse(name, src)
	var out []string
	for _, c := range f.Comments {
		out = append(out, c.Text)
	}
	return out
}

// TestGolden formats each testdata/format/*.input.hsl and compares the result
// with the .golden.hsl file next to it (go test -update rewrites them).
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("../testdata/format/*.input.hsl")
	if len(inputs) == 0 {
		t.Fatal("no golden inputs found")
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input.hsl")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Source(in, src)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(in, ".input.hsl") + ".golden.hsl"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("formatting %s:\n--- got\n%s\n--- want\n%s", in, got, want)
			}
		})
	}
}

// TestIdempotentCorpus formats every corpus and syntax test file: the result
// must parse to the same tree, keep every comment, and format to itself.
func TestIdempotentCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/corpus/*.hsl", "../testdata/syntax/*.hsl", "../testdata/format/*.hsl"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d files found", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			once, err := Source(path, src)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := dump(t, path, src), dump(t, path, once); a != b {
				t.Fatalf("formatting changed the tree:\n--- formatted\n%s\n--- tree before\n%s\n--- tree after\n%s", once, a, b)
			}
			if a, b := comments(t, path, src), comments(t, path, once); strings.Join(a, "\n") != strings.Join(b, "\n") {
				t.Fatalf("formatting changed the comments:\nbefore %q\nafter  %q", a, b)
			}
			twice, err := Source(path, once)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(once, twice) {
				t.Fatalf("not idempotent:\n--- once\n%s\n--- twice\n%s", once, twice)
			}
		})
	}
}

func TestRefusesSyntaxErrors(t *testing.T) {
	for _, src := range []string{"echo 1", "if ($x { }", "function f( { }", "$a = [1, 2;"} {
		out, err := Source("bad.hsl", []byte(src))
		if err == nil {
			t.Errorf("Source(%q) = %q, want an error", src, out)
			continue
		}
		if !strings.Contains(err.Error(), "bad.hsl:1:") {
			t.Errorf("Source(%q) error %q does not name the position", src, err)
		}
	}
}

func TestEmptyAndCommentOnly(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"\n\n", ""},
		{"// only\n", "// only\n"},
		{"/* a */\n\n\n// b", "/* a */\n\n// b\n"},
		{"\xEF\xBB\xBF", ""},
		{"\xEF\xBB\xBFecho   1;", "\xEF\xBB\xBFecho 1;\n"}, // the byte order mark is kept
	}
	for _, tt := range tests {
		got, err := Source("x.hsl", []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.want {
			t.Errorf("Source(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFormat checks the formatter's promises on any input that parses: the
// result parses to the same tree, keeps the comments and is a fixed point.
func FuzzFormat(f *testing.F) {
	for _, pat := range []string{"../testdata/syntax/*.hsl", "../testdata/format/*.input.hsl"} {
		files, _ := filepath.Glob(pat)
		for _, path := range files {
			if src, err := os.ReadFile(path); err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// A hang crashes the process, so that the fuzzer keeps the input.
		defer time.AfterFunc(20*time.Second, func() {
			panic(fmt.Sprintf("no result after 20s on %q", src))
		}).Stop()
		once, err := Source("fuzz.hsl", src)
		if err != nil {
			return
		}
		if a, b := dump(t, "fuzz.hsl", src), dump(t, "fuzz.hsl", once); a != b {
			t.Fatalf("formatting changed the tree of %q:\n%s", src, once)
		}
		if a, b := comments(t, "fuzz.hsl", src), comments(t, "fuzz.hsl", once); strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Fatalf("formatting changed the comments of %q: %q → %q", src, a, b)
		}
		twice, err := Source("fuzz.hsl", once)
		if err != nil || !bytes.Equal(once, twice) {
			t.Fatalf("not idempotent on %q:\n--- once\n%s\n--- twice\n%s (%v)", src, once, twice, err)
		}
	})
}
