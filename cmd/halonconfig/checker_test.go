package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/openhsl/hsl/packer"
)

var update = flag.Bool("update", false, "rewrite the expected.txt files of testdata/halonconfig/hsl-bad")

const fixtures = "../../testdata/halonconfig"

// TestPackFixturesCheckClean checks that the scripts of the packing fixtures are valid HSL.
func TestPackFixturesCheckClean(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(fixtures, "pack", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, dir := range dirs {
		res, err := packer.Pack(packer.Options{Dir: dir, Checker: scriptChecker()})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Diagnostics {
			t.Errorf("%s: %s", dir, d)
		}
	}
}

// TestHSLBadFixtures checks every folder of testdata/halonconfig/hsl-bad and of this
// package's testdata/hsl-bad, with the script checker, against the diagnostics listed in
// its expected.txt.
func TestHSLBadFixtures(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(fixtures, "hsl-bad", "*"))
	local, err2 := filepath.Glob(filepath.Join("testdata", "hsl-bad", "*"))
	dirs = append(dirs, local...)
	if err != nil || err2 != nil || len(dirs) == 0 || len(local) == 0 {
		t.Fatalf("no fixtures: %v %v", err, err2)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			res, err := packer.Pack(packer.Options{Dir: dir, Checker: scriptChecker()})
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, d := range res.Diagnostics {
				got.WriteString(d.String() + "\n")
			}
			exp := filepath.Join(dir, "expected.txt")
			if *update {
				if err := os.WriteFile(exp, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(exp)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				t.Errorf("diagnostics differ\n got:\n%s\nwant:\n%s", got.String(), want)
			}
			if !res.HasErrors() || res.Outputs != nil {
				t.Errorf("errors %v, outputs %d", res.HasErrors(), len(res.Outputs))
			}
		})
	}
}

// diagText renders checker diagnostics as "file:line:col: severity: message", "" for the entry.
func diagText(ds []packer.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s\n", d.File, d.Line, d.Col, d.Severity, d.Message)
	}
	return b.String()
}

func TestCheck(t *testing.T) {
	lib := map[string]string{
		"lib/a.hsl":     "function a($x) { return $x; }\n",
		"lib/bad.hsl":   "function b( { }\n",
		"lib/uses.hsl":  "echo $set_by_hook . helper_of_hook();\n",
		"lib/names.hsl": "$f = fn_of_hook;\necho array_map(fn_of_hook, [1]);\necho ClassOfHook::make();\n",
		"lib/hooks.hsl": "function f() { Accept(); }\nTry(); Default(); $context = 1; echo $transaction;\necho $message;\n",
		"lib/data.txt":  "x\n",
		"lib/self.hsl":  "include \"lib/self.hsl\";\n",
	}
	tests := []struct {
		name, entry, context, src string
		want                      string // with "…" at its end, a prefix of what is wanted
	}{
		{"clean hook", "src/hooks/eod/h.hsl", "eod", "include \"lib/a.hsl\";\necho a(1);\nAccept();\n", ""},
		{"syntax error", "src/hooks/eod/h.hsl", "eod", "echo 1\n", ":1:7: error: …"},
		{"error in an included file", "src/hooks/eod/h.hsl", "eod", "include \"lib/bad.hsl\";\n",
			"lib/bad.hsl:1:13: error: …"},
		{"hook function of another hook", "src/hooks/helo/h.hsl", "helo", "Try();\n",
			":1:1: error: undefined function Try: it is a function of the queue predelivery hook, not of helo\n"},
		{"per-hook arity", "src/hooks/queue/postdelivery.hsl", "postdelivery", "Delete([]);\n",
			":1:1: error: too many arguments to Delete: it takes 0 arguments, got 1\n"},
		{"read-only variable", "src/hooks/queue/postdelivery.hsl", "postdelivery", "$context = 1;\n",
			":1:1: error: $context is read-only\n"},
		{"writable variable", "src/hooks/queue/predelivery.hsl", "predelivery", "$context = 1; Try();\n", ""},
		{"variable of another hook", "src/hooks/connect/h.hsl", "connect", "echo $message;\n",
			":1:6: error: undefined variable $message\n"},
		{"the hook is not a file", "src/hooks/eod/h.hsl", "eod", "include \"src/hooks/eod/h.hsl\";\n",
			":1:9: error: cannot load \"src/hooks/eod/h.hsl\": no such file among the configuration's files\n"},
		{"data import", "src/hooks/eod/h.hsl", "eod", "import $d from \"lib/data.txt\";\necho $d;\n", ""},
		// A file of src/files on its own: any hook's names, and names its includer may define.
		{"library with hook names", "lib/hooks.hsl", "", lib["lib/hooks.hsl"], ""},
		{"library using the includer's names", "lib/uses.hsl", "", lib["lib/uses.hsl"], ""},
		{"library naming the includer's function and class", "lib/names.hsl", "", lib["lib/names.hsl"], ""},
		{"hook including a library with undefined names", "src/hooks/eod/h.hsl", "eod", "include \"lib/names.hsl\";\n",
			"lib/names.hsl:1:6: error: undefined name fn_of_hook\nlib/names.hsl:2:16: error: undefined name fn_of_hook\nlib/names.hsl:3:6: error: undefined class or namespace ClassOfHook\n"},
		{"library with a syntax error", "lib/bad.hsl", "", lib["lib/bad.hsl"],
			":1:13: error: …"},
		{"library including itself", "lib/self.hsl", "", lib["lib/self.hsl"], ":1:9: error: cyclic include of lib/self.hsl\n"},
		{"unknown context", "x.hsl", "eodonce", "", ":0:0: error: unknown hook context \"eodonce\"\n"},
	}
	c := newHSLChecker()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string][]byte{tc.entry: []byte(tc.src)}
			for k, v := range lib {
				files[k] = []byte(v)
			}
			got := diagText(c.Check(files, tc.entry, tc.context))
			if prefix, ok := strings.CutSuffix(tc.want, "…"); ok && strings.HasPrefix(got, prefix) && strings.Count(got, "\n") == 1 {
				return
			}
			if got != tc.want {
				t.Errorf("got:\n%swant:\n%s", got, tc.want)
			}
		})
	}
}

// The packer runs checks in parallel; one checker serves them all.
func TestCheckConcurrent(t *testing.T) {
	c := newHSLChecker()
	var wg sync.WaitGroup
	errs := make([]string, 16)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			entry := fmt.Sprintf("src/hooks/eod/h%d.hsl", i)
			files := map[string][]byte{entry: fmt.Appendf(nil, "echo %d;\nAccept(%d);\n", i, i)}
			errs[i] = diagText(c.Check(files, entry, "eod"))
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != ":2:1: error: too many arguments to Accept: it takes 0 arguments, got 1\n" {
			t.Errorf("got %q", e)
		}
	}
}

func TestRunWithChecker(t *testing.T) {
	dir := goodWorkspace(t)
	if code, stdout, stderr := runCmd([]string{"-C", dir, "--check"}, scriptChecker()); code != 0 || stdout != "" || stderr != "" {
		t.Errorf("clean: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	writeTree(t, dir, map[string]string{"src/hooks/eod/main.hsl": "Accept($x);\n"})
	code, stdout, stderr := runCmd([]string{"-C", dir, "--check"}, scriptChecker())
	want := "src/hooks/eod/main.hsl:1:1: error: too many arguments to Accept: it takes 0 arguments, got 1 [hsl]\n" +
		"src/hooks/eod/main.hsl:1:8: error: undefined variable $x [hsl]\n"
	if code != 1 || stdout != want || stderr != "" {
		t.Errorf("bad: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
