package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/interp/resolve"
)

// generate returns an HSL file of about n lines: functions with loops,
// calls of builtins and of each other, arrays, strings and a class.
func generate(n int) string {
	var b strings.Builder
	b.WriteString("class Counter {\n\t$n = 0;\n\tfunction inc($by = 1) { $this->n += $by; return $this; }\n}\n")
	lines := 4
	for i := 0; lines < n; i++ {
		fmt.Fprintf(&b, `// Function number %d.
function work%d($items, $limit = 10) {
	$total = 0;
	$names = [];
	foreach ($items as $key => $value) {
		if ($value > $limit) {
			$total += $value * 2;
		} else {
			$names[] = str_upper("item-$key");
		}
	}
	$c = Counter();
	$c->inc(%d);
	$m = match ($total) { 0 => "none", default => "some" };
	return [$total, $names, $m, length($names)];
}
$result%d = work%d([1, 2, 3, %d], %d);
echo json_encode($result%d);
`, i, i, i, i, i, i, i, i)
		lines += 19
	}
	return b.String()
}

// BenchmarkAnalyze5000 measures what the server does on each change of a
// 5,000-line file before it publishes diagnostics: parse, resolve, unused
// variables.
func BenchmarkAnalyze5000(b *testing.B) {
	src := []byte(generate(5000))
	st := (&settings{}).forFile("/tmp/x.hsl")
	if a := analyze("/tmp/x.hsl", src, st, nil); len(a.diags) != 0 {
		b.Fatalf("the generated file has diagnostics: %v", a.diags)
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for range b.N {
		analyze("/tmp/x.hsl", src, st, nil)
	}
}

// BenchmarkParseResolve5000 is the parse and resolve part alone.
func BenchmarkParseResolve5000(b *testing.B) {
	src := []byte(generate(5000))
	st := (&settings{}).forFile("/tmp/x.hsl")
	for range b.N {
		f, _ := grammar.Parse("x.hsl", src)
		resolve.Resolve(f, resolve.Options{Catalog: st.catalog})
	}
}

// BenchmarkChangeToDiagnostics5000 measures, through the protocol, the time
// from a didChange of a 5,000-line file to its publishDiagnostics, with the
// default debounce of 15 ms included.
func BenchmarkChangeToDiagnostics5000(b *testing.B) {
	dir := b.TempDir()
	c := newClientOpts(b, dir, Options{})
	path := filepath.Join(dir, "big.hsl")
	src := generate(5000)
	c.open(path, src)
	u := fileURI(path)
	b.ResetTimer()
	for i := range b.N {
		ch := c.expectDiagnostics(u)
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": u, "version": i + 2},
			"contentChanges": []map[string]any{{"text": src + fmt.Sprintf("echo %d;\n", i)}},
		})
		select {
		case <-ch:
		case <-time.After(10 * time.Second):
			b.Fatal("no diagnostics")
		}
	}
}

// BenchmarkReferences5000 finds the references of a method in a 5,000-line
// file: every `->` call must be checked against the class of its receiver.
// The analysis is part of each iteration, as after an edit.
func BenchmarkReferences5000(b *testing.B) {
	src := generate(5000)
	st := (&settings{}).forFile("/tmp/x.hsl")
	off := strings.Index(src, "function inc") + len("function ")
	for range b.N {
		a := analyze("/tmp/x.hsl", []byte(src), st, nil)
		e := a.entityAt(off)
		if e == nil || e.kind != entFunc {
			b.Fatalf("no method at %d: %+v", off, e)
		}
		if refs := a.references(e); len(refs) < 200 {
			b.Fatalf("%d references", len(refs))
		}
	}
}

// BenchmarkCompletion5000 completes after `$c->` at the end of a 5,000-line file.
func BenchmarkCompletion5000(b *testing.B) {
	src := generate(5000) + "$c = Counter();\n$c->"
	st := (&settings{}).forFile("/tmp/x.hsl")
	a := analyze("/tmp/x.hsl", []byte(src), st, nil)
	b.ResetTimer()
	for range b.N {
		if items := a.complete(len(src)); len(items) == 0 {
			b.Fatal("no completion")
		}
	}
}

// workspaceForBench writes a configuration: a 1,000-line library, hooks
// that import it and call one of its functions, and unrelated files. It
// returns the library's path and text.
func workspaceForBench(b *testing.B, dir string, hooks, unrelated int) (string, string) {
	lib := filepath.Join(dir, "src", "files", "lib.hsl")
	libSrc := generate(1000)
	write := func(p, s string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write(lib, libSrc)
	for i := range hooks {
		write(filepath.Join(dir, "src", "hooks", "eod", fmt.Sprintf("h%d.hsl", i)),
			fmt.Sprintf("import { work3 } from \"lib.hsl\";\necho work3([%d], 1);\n", i))
	}
	for i := range unrelated {
		write(filepath.Join(dir, "src", "files", fmt.Sprintf("u%d.hsl", i)), fmt.Sprintf("function u%d() { return %d; }\n", i, i))
	}
	return lib, libSrc
}

func benchWorkspaceReferences(b *testing.B, edit bool) {
	dir := b.TempDir()
	lib, libSrc := workspaceForBench(b, dir, 100, 100)
	c := newClientOpts(b, dir, Options{})
	c.open(lib, libSrc)
	line := strings.Count(libSrc[:strings.Index(libSrc, "function work3")], "\n")
	params := protocol.ReferenceParams{
		TextDocumentPositionParams: pos(lib, protocol.Position{Line: uint32(line), Character: uint32(len("function "))}),
		Context:                    protocol.ReferenceContext{IncludeDeclaration: true},
	}
	if !edit {
		var locs []protocol.Location
		c.call("textDocument/references", params, &locs) // the analyses are made once
	}
	b.ResetTimer()
	for i := range b.N {
		if edit {
			c.notify("textDocument/didChange", map[string]any{
				"textDocument":   map[string]any{"uri": fileURI(lib), "version": i + 2},
				"contentChanges": []map[string]any{{"text": libSrc + fmt.Sprintf("echo %d;\n", i)}},
			})
		}
		var locs []protocol.Location
		c.call("textDocument/references", params, &locs)
		if len(locs) != 2+200 {
			b.Fatalf("%d references, want %d", len(locs), 2+200)
		}
	}
}

// BenchmarkWorkspaceReferences finds the uses of a library function in 100
// hooks that import it, among 200 files, again without changes: the
// analyses of the hooks are cached.
func BenchmarkWorkspaceReferences(b *testing.B) { benchWorkspaceReferences(b, false) }

// BenchmarkWorkspaceReferencesAfterEdit is the same after an unsaved edit
// of the library each time: every hook is resolved again.
func BenchmarkWorkspaceReferencesAfterEdit(b *testing.B) { benchWorkspaceReferences(b, true) }
