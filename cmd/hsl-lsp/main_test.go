package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

func TestFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if code := main1([]string{"--version"}, strings.NewReader(""), nopCloser{&out}, &errb); code != 0 || !strings.HasPrefix(out.String(), "hsl-lsp ") {
		t.Errorf("--version = %d %q", code, out.String())
	}
	out.Reset()
	if code := main1([]string{"--bogus"}, strings.NewReader(""), nopCloser{&out}, &errb); code != 2 || !strings.Contains(errb.String(), "unknown argument --bogus") {
		t.Errorf("--bogus = %d %q", code, errb.String())
	}
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// pipes joins a process's stdout (read) and stdin (write) into one stream.
type pipes struct {
	io.Reader
	io.WriteCloser
}

// TestEndToEnd builds hsl-lsp and drives it over stdio as an editor would:
// initialize, open a broken hook file, receive its diagnostics, complete,
// shut down and exit.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "hsl-lsp")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root := filepath.Join(dir, "ws")
	hook := filepath.Join(root, "src", "hooks", "eod", "main.hsl")
	os.MkdirAll(filepath.Dir(hook), 0o755)

	cmd := exec.Command(bin)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(pipes{stdout, stdin}))
	diags := make(chan protocol.PublishDiagnosticsParams, 4)
	conn.Go(ctx, func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		if req.Method() == "textDocument/publishDiagnostics" {
			var p protocol.PublishDiagnosticsParams
			if err := json.Unmarshal(req.Params(), &p); err == nil {
				diags <- p
			}
		}
		return reply(ctx, nil, nil)
	})

	var init map[string]any
	if _, err := conn.Call(ctx, "initialize", map[string]any{"processId": os.Getpid(), "rootUri": uri.File(root), "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatalf("initialize: %v (stderr %s)", err, stderr.String())
	}
	if caps, _ := init["capabilities"].(map[string]any); caps["completionProvider"] == nil {
		t.Fatalf("initialize result %v", init)
	}
	conn.Notify(ctx, "initialized", map[string]any{})

	u := uri.File(hook)
	text := "$id = $transaction[\"id\"];\necho $idd;\n$x = $transaction["
	conn.Notify(ctx, "textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: u, LanguageID: "hsl", Version: 1, Text: text}})
	select {
	case p := <-diags:
		var msgs []string
		for _, d := range p.Diagnostics {
			msgs = append(msgs, d.Message)
		}
		all := strings.Join(msgs, "; ")
		if p.URI != u || !strings.Contains(all, "undefined variable $idd") || !strings.Contains(all, "expected") {
			t.Errorf("diagnostics for %s: %s", p.URI, all)
		}
	case <-ctx.Done():
		t.Fatal("no diagnostics")
	}

	var list protocol.CompletionList
	if _, err := conn.Call(ctx, "textDocument/completion", protocol.CompletionParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: protocol.Position{Line: 2, Character: 18}}}, &list); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, it := range list.Items {
		labels = append(labels, it.Label)
	}
	if !strings.Contains(" "+strings.Join(labels, " ")+" ", " recipients ") {
		t.Errorf("completion of $transaction keys: %v", labels)
	}

	if _, err := conn.Call(ctx, "shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	conn.Notify(ctx, "exit", nil)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("hsl-lsp exited with %v (stderr %s)", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("hsl-lsp did not exit")
	}
}
