package lsp

import (
	"path/filepath"
	"testing"

	"go.lsp.dev/protocol"
)

// TestContextKeyCompletionDocs checks that completing the keys of a context
// variable gives each item the key's type as detail and its description as
// Markdown documentation, in the hook of the file and under nested keys.
func TestContextKeyCompletionDocs(t *testing.T) {
	tests := []struct {
		hook, line   string
		label, typ   string
		wantDocument string
	}{
		{"eod", `$x = $transaction["`, "sender", "string", "Envelope sender (MAIL FROM), in lower case"},
		{"eod", `$x = $connection["tls"][`, "cipher", "string", "Cipher suite of the TLS session"},
		{"connect", `$x = $arguments["`, "remoteip", "string", "IP address of the connecting client"},
		{"queue/predelivery", `$x = $message["file"]["`, "original", "FileResource", "The message as received, for the File class"},
	}
	for _, tt := range tests {
		t.Run(tt.hook+"/"+tt.label, func(t *testing.T) {
			dir := t.TempDir()
			c := newClient(t, dir)
			path := filepath.Join(dir, "src", "hooks", filepath.FromSlash(tt.hook), "k.hsl")
			c.open(path, tt.line)
			var list protocol.CompletionList
			c.call("textDocument/completion", protocol.CompletionParams{TextDocumentPositionParams: pos(path,
				protocol.Position{Line: 0, Character: uint32(len(tt.line))})}, &list)
			for _, it := range list.Items {
				if it.Label != tt.label {
					continue
				}
				if it.Detail != tt.typ {
					t.Errorf("detail %q, want %q", it.Detail, tt.typ)
				}
				doc, ok := it.Documentation.(map[string]any)
				if !ok || doc["kind"] != "markdown" || doc["value"] != tt.wantDocument {
					t.Errorf("documentation %#v, want Markdown %q", it.Documentation, tt.wantDocument)
				}
				return
			}
			t.Errorf("no item %q among %d", tt.label, len(list.Items))
		})
	}
}
