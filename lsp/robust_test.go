package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

// TestEveryPosition runs the position-based requests all over broken and
// valid files: none may fail (a fault in a handler comes back as an error).
func TestEveryPosition(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/syntax-errors/*.hsl", "../testdata/corpus/*.hsl"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d files", len(files))
	}
	dir := t.TempDir()
	c := newClient(t, dir)
	positions := 5 // per file version
	if testing.Short() {
		positions = 2
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Truncated copies are what an editor sees while a file is typed.
		for _, cut := range []int{len(src), len(src) / 2} {
			path := filepath.Join(dir, filepath.Base(f)+"-"+itoa(cut)+".hsl")
			text := string(src[:cut])
			c.open(path, text)
			tx := newText([]byte(text))
			step := max(1, len(text)/positions)
			for off := 0; off <= len(text); off += step {
				p := pos(path, tx.position(off))
				var list protocol.CompletionList
				var hover *protocol.Hover
				var sig *protocol.SignatureHelp
				var locs []protocol.Location
				for _, r := range []struct {
					method string
					params any
					result any
				}{
					{"textDocument/completion", protocol.CompletionParams{TextDocumentPositionParams: p}, &list},
					{"textDocument/hover", p, &hover},
					{"textDocument/signatureHelp", protocol.SignatureHelpParams{TextDocumentPositionParams: p}, &sig},
					{"textDocument/definition", protocol.DefinitionParams{TextDocumentPositionParams: p}, &locs},
					{"textDocument/references", protocol.ReferenceParams{TextDocumentPositionParams: p, Context: protocol.ReferenceContext{IncludeDeclaration: true}}, &locs},
				} {
					if err := c.try(r.method, r.params, r.result); err != nil {
						t.Fatalf("%s at %s offset %d: %v", r.method, filepath.Base(path), off, err)
					}
				}
				// Rename may be refused, but never with an internal error.
				var edit protocol.WorkspaceEdit
				if err := c.try("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: p, NewName: "renamed"}, &edit); err != nil && strings.Contains(err.Error(), "internal error") {
					t.Fatalf("rename at %s offset %d: %v", filepath.Base(path), off, err)
				}
			}
			for _, method := range []string{"textDocument/documentSymbol", "textDocument/semanticTokens/full", "textDocument/foldingRange", "textDocument/formatting"} {
				var res any
				if err := c.try(method, map[string]any{"textDocument": docID(path)}, &res); err != nil {
					t.Fatalf("%s of %s: %v", method, filepath.Base(path), err)
				}
			}
			c.notify("textDocument/didClose", map[string]any{"textDocument": docID(path)})
		}
	}
}
