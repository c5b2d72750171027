package lsp

import (
	"context"
	"encoding/json"
	"net"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// client drives a server in-process over a pipe, as an editor would.
type client struct {
	t    testing.TB
	conn jsonrpc2.Conn
	done chan error

	mu      sync.Mutex
	diags   map[protocol.DocumentURI][]protocol.Diagnostic
	waiters map[protocol.DocumentURI][]chan []protocol.Diagnostic
	logs    []string
}

// newClient starts a server and initializes it with the workspace root.
func newClient(t *testing.T, root string) *client {
	t.Helper()
	return newClientOpts(t, root, Options{Debounce: 5 * time.Millisecond, Version: "test"})
}

func newClientOpts(t testing.TB, root string, opts Options) *client {
	params := map[string]any{"processId": 0, "capabilities": map[string]any{}}
	if root != "" {
		params["rootUri"] = fileURI(root)
	}
	return newClientParams(t, params, opts)
}

// newClientParams starts a server and initializes it with the given
// initialize parameters.
func newClientParams(t testing.TB, params map[string]any, opts Options) *client {
	serverSide, clientSide := net.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	c := &client{t: t, done: make(chan error, 1), diags: map[protocol.DocumentURI][]protocol.Diagnostic{},
		waiters: map[protocol.DocumentURI][]chan []protocol.Diagnostic{}}
	go func() { c.done <- Serve(ctx, serverSide, opts) }()
	c.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(clientSide))
	c.conn.Go(ctx, c.handle)
	t.Cleanup(func() {
		cancel()
		c.conn.Close()
	})
	var res initializeResult
	c.call("initialize", params, &res)
	if res.Capabilities.SemanticTokensProvider.Legend.TokenTypes == nil {
		t.Fatalf("initialize: no semantic token legend in %+v", res)
	}
	c.notify("initialized", map[string]any{})
	return c
}

func (c *client) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	switch req.Method() {
	case "textDocument/publishDiagnostics":
		var p protocol.PublishDiagnosticsParams
		if err := json.Unmarshal(req.Params(), &p); err == nil {
			c.mu.Lock()
			c.diags[p.URI] = p.Diagnostics
			for _, w := range c.waiters[p.URI] {
				w <- p.Diagnostics
			}
			delete(c.waiters, p.URI)
			c.mu.Unlock()
		}
	case "window/logMessage":
		var p protocol.LogMessageParams
		if err := json.Unmarshal(req.Params(), &p); err == nil {
			c.mu.Lock()
			c.logs = append(c.logs, p.Message)
			c.mu.Unlock()
		}
	}
	return reply(ctx, nil, nil)
}

// call sends a request and decodes its result; a failure ends the test.
func (c *client) call(method string, params, result any) {
	c.t.Helper()
	if err := c.try(method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// try sends a request and returns its error.
func (c *client) try(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := c.conn.Call(ctx, method, params, result)
	return err
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// expectDiagnostics returns a channel that receives the next diagnostics
// published for a document.
func (c *client) expectDiagnostics(u protocol.DocumentURI) chan []protocol.Diagnostic {
	ch := make(chan []protocol.Diagnostic, 1)
	c.mu.Lock()
	c.waiters[u] = append(c.waiters[u], ch)
	c.mu.Unlock()
	return ch
}

// wait receives published diagnostics or fails the test after a timeout.
func (c *client) wait(ch chan []protocol.Diagnostic) []protocol.Diagnostic {
	c.t.Helper()
	select {
	case d := <-ch:
		return d
	case <-time.After(10 * time.Second):
		c.t.Fatal("no diagnostics published within 10s")
	}
	return nil
}

// open opens a document and returns the diagnostics published for it.
func (c *client) open(path, text string) []protocol.Diagnostic {
	c.t.Helper()
	u := fileURI(path)
	ch := c.expectDiagnostics(u)
	c.notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: u, LanguageID: "hsl", Version: 1, Text: text}})
	return c.wait(ch)
}

func pos(path string, p protocol.Position) protocol.TextDocumentPositionParams {
	return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: fileURI(path)}, Position: p}
}
