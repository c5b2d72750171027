package grammar

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
)

var update = flag.Bool("update", false, "rewrite the golden .ast files of testdata/syntax")

// repoFiles lists the files of a directory of the repository's testdata.
func repoFiles(t testing.TB, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", pattern))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no files match testdata/%s", pattern)
	}
	return files
}

func parseFile(t *testing.T, path string) (*ast.File, diag.List) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(filepath.Base(path), src)
}

// TestGolden parses every construct file of testdata/syntax and compares its
// AST dump with the .ast file next to it. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	for _, path := range repoFiles(t, "syntax/*.hsl") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, diags := parseFile(t, path)
			for _, d := range diags {
				t.Errorf("unexpected diagnostic: %s", d)
			}
			checkStage1(t, path)
			got := ast.Dump(f)
			golden := strings.TrimSuffix(path, ".hsl") + ".ast"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./grammar -run Golden -update)", err)
			}
			if got != string(want) {
				t.Errorf("AST differs from %s (run with -update to accept):\n%s", golden, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff shows the first differing lines of two texts.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return "(no line differs)"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestCorpus checks that every realistic script of testdata/corpus parses
// without a diagnostic.
func TestCorpus(t *testing.T) {
	for _, path := range repoFiles(t, "corpus/*.hsl") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, diags := parseFile(t, path)
			for _, d := range diags {
				t.Errorf("unexpected diagnostic: %s", d)
			}
			checkStage1(t, path)
		})
	}
}

// checkStage1 fails the test when the fast SLL stage cannot parse a valid
// file on its own: the slow LL stage must only ever run on broken input.
func checkStage1(t *testing.T, path string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var diags diag.List
	text := newByteStream(path, src)
	tokens := newTokenStream(newTokenSource(path, text, &diags, newLineIndex(src)), text)
	if _, failed := parseSLL(tokens); failed {
		t.Errorf("the SLL stage failed on a valid file: the grammar needs full LL here")
	}
}

// expectation is one `// ERROR "re"` comment of a syntax-error file.
type expectation struct {
	line int
	re   *regexp.Regexp
}

var errorComment = regexp.MustCompile(`// ERROR(@\+1)? "(.*)"`)

// expectations reads the ERROR comments of a file (see
// testdata/syntax-errors/README.md).
func expectations(t *testing.T, src []byte) []expectation {
	t.Helper()
	var out []expectation
	for i, line := range strings.Split(string(src), "\n") {
		m := errorComment.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		re, err := regexp.Compile(m[2])
		if err != nil {
			t.Fatalf("line %d: bad regexp: %v", i+1, err)
		}
		e := expectation{line: i + 1, re: re}
		if m[1] != "" {
			e.line++
		}
		out = append(out, e)
	}
	return out
}

// TestSyntaxErrors checks the diagnostics of every broken file of
// testdata/syntax-errors against its ERROR comments: each comment is matched by
// exactly one diagnostic on its line, and no diagnostic is left over. A
// diagnostic that spans lines (a missing ';' reported from the end of one line
// to the token found on the next) may be matched on its first or last line.
func TestSyntaxErrors(t *testing.T) {
	for _, path := range repoFiles(t, "syntax-errors/*.hsl") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := expectations(t, src)
			if len(want) == 0 {
				t.Fatal("file has no ERROR comment")
			}
			_, diags := Parse(filepath.Base(path), src)
			used := make([]bool, len(diags))
			for _, w := range want {
				found := false
				for i, d := range diags {
					if !used[i] && (d.Start.Line == w.line || d.End.Line == w.line) && w.re.MatchString(d.Message) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("line %d: no diagnostic matching %q", w.line, w.re)
				}
			}
			for i, d := range diags {
				if !used[i] {
					t.Errorf("unexpected diagnostic: %s", d)
				}
			}
		})
	}
}

// TestConcurrentParse parses the corpus from several goroutines at once (the
// generated parser shares its prediction caches) and checks that each gets
// the same tree as a parse alone. Run with -race to check for data races.
func TestConcurrentParse(t *testing.T) {
	paths := repoFiles(t, "corpus/*.hsl")
	want := map[string]string{}
	for _, path := range paths {
		f, _ := parseFile(t, path)
		want[path] = ast.Dump(f)
	}
	errs := make(chan string, 4*len(paths))
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for _, path := range paths {
				src, err := os.ReadFile(path)
				if err != nil {
					errs <- err.Error()
					return
				}
				if f, _ := Parse(filepath.Base(path), src); ast.Dump(f) != want[path] {
					errs <- path + ": tree differs"
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
