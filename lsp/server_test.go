package lsp

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

func docID(path string) protocol.TextDocumentIdentifier {
	return protocol.TextDocumentIdentifier{URI: fileURI(path)}
}

// applyEdits applies non-overlapping edits to a text.
func applyEdits(src string, edits []protocol.TextEdit) string {
	tx := newText([]byte(src))
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		tx = tx.edit(tx.offset(e.Range.Start), tx.offset(e.Range.End), e.NewText)
	}
	return string(tx.src)
}

func TestFormatting(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	path := filepath.Join(dir, "x.hsl")
	src := "// é\nfunction f($a){return $a;}\n$x=[1,2];   echo f($x);\n"
	c.open(path, src)
	var edits []protocol.TextEdit
	c.call("textDocument/formatting", protocol.DocumentFormattingParams{TextDocument: docID(path)}, &edits)
	want := "// é\nfunction f($a) {\n\treturn $a;\n}\n$x = [1, 2];\necho f($x);\n"
	if got := applyEdits(src, edits); got != want {
		t.Errorf("formatted:\n%s\nwant:\n%s", got, want)
	}
	if len(edits) != 1 || edits[0].Range.Start.Line != 1 {
		t.Errorf("edits %+v: want one edit after the unchanged first line", edits)
	}

	broken := filepath.Join(dir, "broken.hsl")
	c.open(broken, "echo 1")
	edits = nil
	c.call("textDocument/formatting", protocol.DocumentFormattingParams{TextDocument: docID(broken)}, &edits)
	if len(edits) != 0 {
		t.Errorf("a broken file got edits %+v", edits)
	}
}

// decoded is one semantic token with its absolute position.
type decoded struct {
	line, char, length uint32
	typ                string
	mods               []string
}

func decodeTokens(data []uint32) []decoded {
	var out []decoded
	var line, char uint32
	for i := 0; i+5 <= len(data); i += 5 {
		if data[i] > 0 {
			char = 0
		}
		line += data[i]
		char += data[i+1]
		d := decoded{line: line, char: char, length: data[i+2], typ: legend.TokenTypes[data[i+3]]}
		for b, name := range legend.TokenModifiers {
			if data[i+4]&(1<<b) != 0 {
				d.mods = append(d.mods, name)
			}
		}
		out = append(out, d)
	}
	return out
}

func TestSemanticTokens(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	path := filepath.Join(dir, "src", "hooks", "eod", "t.hsl")
	src := "function f($p) { return str_upper($p); }\necho \"😀\" . f($transaction[\"id\"]);\nclass C { $v = 1; function m() { return $this->v; } }\n"
	c.open(path, src)
	var res semanticTokens
	c.call("textDocument/semanticTokens/full", protocol.SemanticTokensParams{TextDocument: docID(path)}, &res)
	got := map[string]bool{}
	lines := strings.Split(src, "\n")
	for _, d := range decodeTokens(res.Data) {
		text := utf16Slice(lines[d.line], d.char, d.length)
		got[text+"@"+itoa(int(d.line))+" "+d.typ+" "+strings.Join(d.mods, ",")] = true
	}
	for _, w := range []string{
		"f@0 function declaration",
		"$p@0 parameter declaration",
		"$p@0 parameter ",
		"str_upper@0 function defaultLibrary",
		"f@1 function ",
		"$transaction@1 variable readonly,defaultLibrary",
		"C@2 class declaration",
		"$v@2 property declaration",
		"m@2 method declaration",
		"v@2 property ",
	} {
		if !got[w] {
			t.Errorf("no token %q in %v", w, got)
		}
	}
}

// utf16Slice cuts a string by UTF-16 offsets.
func utf16Slice(s string, start, length uint32) string {
	var out []rune
	var pos uint32
	for _, r := range s {
		w := uint32(1)
		if r >= 0x10000 {
			w = 2
		}
		if pos >= start && pos < start+length {
			out = append(out, r)
		}
		pos += w
	}
	return string(out)
}

func TestFoldingAndSymbols(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	path := filepath.Join(dir, "f.hsl")
	src := `// one
// two
import { a } from "a.hsl";
import { b } from "b.hsl";
function f($x) {
	return [
		1,
		2,
	];
}
class K {
	$n = 0;
	constructor() {}
	function get() { return 1; }
}
$g = 1;
`
	c.open(path, src)
	var ranges []protocol.FoldingRange
	c.call("textDocument/foldingRange", map[string]any{"textDocument": docID(path)}, &ranges)
	var got []string
	for _, r := range ranges {
		got = append(got, itoa(int(r.StartLine))+"-"+itoa(int(r.EndLine))+string(r.Kind))
	}
	want := "0-1comment 2-3imports 4-8 5-7 10-13"
	if strings.Join(got, " ") != want {
		t.Errorf("folding ranges %v, want %s", got, want)
	}

	var syms []protocol.DocumentSymbol
	c.call("textDocument/documentSymbol", protocol.DocumentSymbolParams{TextDocument: docID(path)}, &syms)
	var names []string
	for _, s := range syms {
		names = append(names, s.Name)
		for _, ch := range s.Children {
			names = append(names, s.Name+"."+ch.Name)
		}
	}
	if want := "f K K.$n K.constructor K.get $g"; strings.Join(names, " ") != want {
		t.Errorf("document symbols %v, want %s", names, want)
	}

	// Workspace symbols come from every .hsl file under the root.
	os.MkdirAll(filepath.Join(dir, "lib"), 0o755)
	os.WriteFile(filepath.Join(dir, "lib", "util.hsl"), []byte("function getter() {}\n"), 0o644)
	var ws []protocol.SymbolInformation
	c.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: "get"}, &ws)
	names = nil
	for _, s := range ws {
		names = append(names, filepath.Base(uriPath(s.Location.URI))+":"+s.ContainerName+"."+s.Name)
	}
	if want := "f.hsl:K.get util.hsl:.getter"; strings.Join(names, " ") != want {
		t.Errorf("workspace symbols %v, want %s", names, want)
	}
	// A query matches the letters in order, as editors filter.
	c.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: "gtr"}, &ws)
	if len(ws) != 1 || ws[0].Name != "getter" {
		t.Errorf("workspace symbols for gtr: %v, want getter", ws)
	}

	// Editors refuse symbols without a name: a class or member being typed
	// has none yet.
	broken := filepath.Join(dir, "broken.hsl")
	c.open(broken, "class { }\nclass A { function ( }\nclass B { $ ; }\n")
	c.call("textDocument/documentSymbol", protocol.DocumentSymbolParams{TextDocument: docID(broken)}, &syms)
	c.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: ""}, &ws)
	var all []protocol.DocumentSymbol
	for _, s := range syms {
		all = append(append(all, s), s.Children...)
	}
	for _, s := range all {
		if s.Name == "" {
			t.Errorf("document symbol without a name: %+v", s)
		}
	}
	for _, s := range ws {
		if s.Name == "" {
			t.Errorf("workspace symbol without a name: %+v", s)
		}
	}
}

func TestLoneCarriageReturns(t *testing.T) {
	// Lines ending in a lone "\r" (old Mac files): the parser counts lines at
	// "\n" only, the protocol at "\r" too; every answer must use the latter.
	dir := t.TempDir()
	c := newClient(t, dir)
	path := filepath.Join(dir, "cr.hsl")
	src := strings.Join([]string{
		"// f returns its argument.",
		"function f($x) {",
		"\treturn $x;",
		"}",
		"echo f(1);",
		"echo $nope;",
		"echo f(;",
	}, "\r") + "\r"
	diags := c.open(path, src)
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%d:%d %s", d.Range.Start.Line, d.Range.Start.Character, d.Message))
	}
	// $nope is reported although line 7 has a syntax error: they are on
	// different lines for the editor.
	if len(got) != 2 || !strings.HasPrefix(got[0], "5:5 undefined variable $nope") || !strings.HasPrefix(got[1], "6:7 ") {
		t.Errorf("diagnostics %q, want $nope at 5:5 and the syntax error at 6:7", got)
	}
	var h *protocol.Hover
	c.call("textDocument/hover", protocol.HoverParams{TextDocumentPositionParams: pos(path, protocol.Position{Line: 4, Character: 5})}, &h)
	if h == nil || !strings.Contains(h.Contents.Value, "function f($x)") || h.Range == nil || h.Range.Start != (protocol.Position{Line: 4, Character: 5}) {
		t.Errorf("hover on f at 4:5: %+v", h)
	}
	var locs []protocol.Location
	c.call("textDocument/definition", protocol.DefinitionParams{TextDocumentPositionParams: pos(path, protocol.Position{Line: 2, Character: 9})}, &locs)
	if len(locs) != 1 || locs[0].Range.Start != (protocol.Position{Line: 1, Character: 12}) {
		t.Errorf("definition of $x at 2:9: %+v, want 1:12", locs)
	}
	var ranges []protocol.FoldingRange
	c.call("textDocument/foldingRange", map[string]any{"textDocument": docID(path)}, &ranges)
	if len(ranges) != 1 || ranges[0].StartLine != 1 || ranges[0].EndLine != 2 {
		t.Errorf("folding ranges %+v, want 1-2", ranges)
	}
}

func TestWorkspaceSymbolsFolders(t *testing.T) {
	// Workspace symbols come from the same files as references: every
	// workspace folder, without hidden and generated folders.
	a, b := t.TempDir(), t.TempDir()
	files := map[string]string{
		filepath.Join(a, "one.hsl"):                "function symOne() {}\n",
		filepath.Join(b, "lib", "two.hsl"):         "class SymTwo { function symThree() {} }\n",
		filepath.Join(b, "vendor", "x.hsl"):        "function symVendor() {}\n",
		filepath.Join(b, "node_modules", "y.hsl"):  "function symNode() {}\n",
		filepath.Join(a, ".hidden", "z.hsl"):       "function symHidden() {}\n",
		filepath.Join(a, "dist", "build", "w.hsl"): "function symDist() {}\n",
	}
	for p, src := range files {
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(src), 0o644)
	}
	folders := []map[string]any{{"uri": fileURI(a), "name": "a"}, {"uri": fileURI(b), "name": "b"}}
	c := newClientParams(t, map[string]any{"processId": 0, "capabilities": map[string]any{}, "workspaceFolders": folders},
		Options{Debounce: 5 * time.Millisecond, Version: "test"})
	var ws []protocol.SymbolInformation
	c.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: "sym"}, &ws)
	var names []string
	for _, s := range ws {
		names = append(names, s.Name)
	}
	sort.Strings(names)
	if want := "SymTwo symOne symThree"; strings.Join(names, " ") != want {
		t.Errorf("workspace symbols %v, want %s", names, want)
	}
}

func TestIncrementalChanges(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	path := filepath.Join(dir, "c.hsl")
	u := fileURI(path)
	if d := c.open(path, "$e = \"😀\"; echo $x;\n"); len(d) != 1 || !strings.Contains(d[0].Message, "$x") {
		t.Fatalf("diagnostics after open: %v", d)
	}
	// Replace `$x` (after the emoji: UTF-16 columns) with `1`.
	ch := c.expectDiagnostics(u)
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": 2},
		"contentChanges": []map[string]any{{"range": protocol.Range{Start: protocol.Position{Line: 0, Character: 16}, End: protocol.Position{Line: 0, Character: 18}}, "text": "1"}},
	})
	if d := c.wait(ch); len(d) != 0 {
		t.Errorf("diagnostics after the edit: %v", d)
	}
	var h *protocol.Hover
	c.call("textDocument/hover", pos(path, protocol.Position{Line: 0, Character: 1}), &h)
	if h == nil || !strings.Contains(h.Contents.Value, "$e") {
		t.Errorf("hover on $e after the edit: %+v", h)
	}
	var edits []protocol.TextEdit
	c.call("textDocument/formatting", protocol.DocumentFormattingParams{TextDocument: docID(path)}, &edits)
	if got := applyEdits("$e = \"😀\"; echo 1;\n", edits); got != "$e = \"😀\";\necho 1;\n" {
		t.Errorf("text after the edit formats to %q", got)
	}
	// A change without a range replaces the text.
	ch = c.expectDiagnostics(u)
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": 3},
		"contentChanges": []map[string]any{{"text": "echo $y;"}},
	})
	if d := c.wait(ch); len(d) != 1 || !strings.Contains(d[0].Message, "$y") {
		t.Errorf("diagnostics after a full change: %v", d)
	}
	ch = c.expectDiagnostics(u)
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": u}})
	if d := c.wait(ch); len(d) != 0 {
		t.Errorf("closing did not clear diagnostics: %v", d)
	}
	var hv *protocol.Hover
	if err := c.try("textDocument/hover", pos(path, protocol.Position{}), &hv); err == nil {
		t.Error("hover on a closed document did not fail")
	}
}

func TestCompletionResolve(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	path := filepath.Join(dir, "src", "hooks", "eod", "r.hsl")
	c.open(path, "$m = Map(\"string\", \"any\");\n$m->se")
	var list protocol.CompletionList
	c.call("textDocument/completion", protocol.CompletionParams{TextDocumentPositionParams: pos(path, protocol.Position{Line: 1, Character: 6})}, &list)
	var set *protocol.CompletionItem
	for i := range list.Items {
		if list.Items[i].Label == "set" {
			set = &list.Items[i]
		}
	}
	if set == nil || set.Documentation != nil {
		t.Fatalf("completion item set: %+v", set)
	}
	var resolved struct {
		Documentation protocol.MarkupContent `json:"documentation"`
	}
	c.call("completionItem/resolve", set, &resolved)
	if !strings.Contains(resolved.Documentation.Value, "Map->set(") {
		t.Errorf("resolved documentation %q", resolved.Documentation.Value)
	}
	list = protocol.CompletionList{}
	c.call("textDocument/completion", protocol.CompletionParams{TextDocumentPositionParams: pos(path, protocol.Position{Line: 1, Character: 0})}, &list)
	for _, it := range list.Items {
		if it.Label == "Accept" {
			c.call("completionItem/resolve", it, &resolved)
			if !strings.Contains(resolved.Documentation.Value, "Accept(") {
				t.Errorf("resolved documentation of Accept: %q", resolved.Documentation.Value)
			}
			return
		}
	}
	t.Error("no Accept in an eod hook")
}

// A change to an open file reaches the open files that include it.
func TestDependentsRechecked(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	lib := filepath.Join(dir, "lib.hsl")
	main := filepath.Join(dir, "main.hsl")
	os.WriteFile(lib, []byte("function f() { return 1; }\n"), 0o644)
	c.open(lib, "function f() { return 1; }\n")
	if d := c.open(main, "include \"lib.hsl\";\necho f();\n"); len(d) != 0 {
		t.Fatalf("main.hsl: %v", d)
	}
	ch := c.expectDiagnostics(fileURI(main))
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": fileURI(lib), "version": 2},
		"contentChanges": []map[string]any{{"text": "function g() { return 1; }\n"}},
	})
	d := c.wait(ch)
	if len(d) != 1 || !strings.Contains(d[0].Message, "undefined function f") {
		t.Errorf("main.hsl after lib.hsl changed (unsaved): %v", d)
	}

	// A file that is not open changes on disk.
	disk := filepath.Join(dir, "disk.hsl")
	other := filepath.Join(dir, "other.hsl")
	os.WriteFile(disk, []byte("function h() { return 1; }\n"), 0o644)
	if d := c.open(other, "include \"disk.hsl\";\necho h();\n"); len(d) != 0 {
		t.Fatalf("other.hsl: %v", d)
	}
	os.WriteFile(disk, []byte("function h2() { return 1; }\n"), 0o644)
	ch = c.expectDiagnostics(fileURI(other))
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": fileURI(disk), "type": 2}}})
	d = c.wait(ch)
	if len(d) != 1 || !strings.Contains(d[0].Message, "undefined function h") {
		t.Errorf("other.hsl after disk.hsl changed on disk: %v", d)
	}
}

// A document without a file: URI (a new, unsaved editor) works too, and its
// locations keep its own URI.
func TestUntitled(t *testing.T) {
	c := newClient(t, t.TempDir())
	u := protocol.DocumentURI("untitled:Untitled-1")
	ch := c.expectDiagnostics(u)
	c.notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: u, LanguageID: "hsl", Version: 1, Text: "$a = 1;\necho $a . $b;\n"}})
	if d := c.wait(ch); len(d) != 1 || !strings.Contains(d[0].Message, "$b") {
		t.Errorf("diagnostics: %v", d)
	}
	var locs []protocol.Location
	c.call("textDocument/definition", protocol.DefinitionParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: protocol.Position{Line: 1, Character: 6}}}, &locs)
	if len(locs) != 1 || locs[0].URI != u || locs[0].Range.Start.Line != 0 {
		t.Errorf("definition: %+v", locs)
	}
}

func TestQuickFix(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	path := filepath.Join(dir, "q.hsl")
	src := "function greet() { return 1; }\necho gret();\necho str_uper(\"x\");\n"
	c.open(path, src)
	var actions []protocol.CodeAction
	c.call("textDocument/codeAction", map[string]any{"textDocument": docID(path),
		"range":   protocol.Range{Start: protocol.Position{Line: 1}, End: protocol.Position{Line: 2, Character: 20}},
		"context": map[string]any{"diagnostics": []any{}}}, &actions)
	var titles []string
	got := src
	for _, a := range actions {
		titles = append(titles, a.Title)
		got = applyEdits(got, a.Edit.Changes[fileURI(path)])
	}
	if strings.Join(titles, "; ") != "Change to greet; Change to str_upper" {
		t.Errorf("actions %v", titles)
	}
	if want := "function greet() { return 1; }\necho greet();\necho str_upper(\"x\");\n"; got != want {
		t.Errorf("after the fixes: %q", got)
	}
}

func TestLifecycle(t *testing.T) {
	serverSide, clientSide := net.Pipe()
	done := make(chan error, 1)
	go func() { done <- Serve(context.Background(), serverSide, Options{}) }()
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(clientSide))
	conn.Go(context.Background(), jsonrpc2.MethodNotFoundHandler)
	ctx := context.Background()
	var res any
	if _, err := conn.Call(ctx, "textDocument/hover", map[string]any{}, &res); err == nil || !strings.Contains(err.Error(), "not initialized") {
		t.Errorf("request before initialize: %v", err)
	}
	if _, err := conn.Call(ctx, "initialize", map[string]any{"processId": 1}, &res); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Call(ctx, "no/such", map[string]any{}, &res); err == nil || !strings.Contains(err.Error(), "not supported") {
		t.Errorf("unknown method: %v", err)
	}
	if _, err := conn.Call(ctx, "shutdown", nil, &res); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Call(ctx, "textDocument/hover", map[string]any{}, &res); err == nil {
		t.Error("request after shutdown succeeded")
	}
	conn.Notify(ctx, "exit", nil)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after shutdown and exit = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after exit")
	}

	// exit without shutdown is an error.
	serverSide, clientSide = net.Pipe()
	go func() { done <- Serve(context.Background(), serverSide, Options{}) }()
	conn = jsonrpc2.NewConn(jsonrpc2.NewStream(clientSide))
	conn.Go(context.Background(), jsonrpc2.MethodNotFoundHandler)
	conn.Notify(ctx, "exit", nil)
	select {
	case err := <-done:
		if !errors.Is(err, ErrExitWithoutShutdown) {
			t.Errorf("Serve after exit without shutdown = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after exit")
	}
}
