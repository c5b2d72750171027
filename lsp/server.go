// Package lsp is the HSL language server: diagnostics, completion, hover,
// signature help, definition, references, document highlight, rename, quick
// fixes, symbols, formatting, semantic tokens and folding ranges, computed
// from the syntax tree (recovered when the text is broken), the resolver and
// the builtin catalogue. docs/lsp.md describes what each feature does.
//
// Serve speaks the Language Server Protocol (JSON-RPC 2.0 with
// Content-Length framing) over any stream: standard input and output in
// cmd/hsl-lsp, an in-process pipe in the tests.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// Options configure a server.
type Options struct {
	// Debounce is how long the server waits after a change before it checks
	// the document and publishes diagnostics (default 15 ms).
	Debounce time.Duration
	// Version is reported to the client in serverInfo.
	Version string
}

// ErrExitWithoutShutdown is returned by Serve when the client sent exit
// without shutdown first (the process should exit with status 1).
var ErrExitWithoutShutdown = errors.New("exit without shutdown")

// Serve runs a language server on the stream until the client sends exit or
// the stream closes.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) error {
	if opts.Debounce <= 0 {
		opts.Debounce = 15 * time.Millisecond
	}
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(rwc))
	s := &server{conn: conn, opts: opts, settings: &settings{}, docs: map[protocol.DocumentURI]*document{},
		timers: map[protocol.DocumentURI]*time.Timer{}, exit: make(chan struct{})}
	conn.Go(ctx, s.handle)
	select {
	case <-s.exit:
		conn.Close()
		<-conn.Done()
	case <-conn.Done():
	case <-ctx.Done():
		conn.Close()
		<-conn.Done()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range s.timers {
		t.Stop()
	}
	if s.exited && !s.shutdown {
		return ErrExitWithoutShutdown
	}
	return nil
}

// document is an open text document.
type document struct {
	uri     protocol.DocumentURI
	path    string
	version int32
	rev     uint64 // the server's count of changes when the text was last set
	text    *text
	an      *analysis // nil until needed after each change
}

type server struct {
	conn jsonrpc2.Conn
	opts Options

	mu          sync.Mutex
	settings    *settings
	roots       []string // workspace folders
	docs        map[protocol.DocumentURI]*document
	revs        uint64 // changes of open documents so far
	listGen     int    // bumped when files may have appeared or gone
	index       workspaceIndex
	timers      map[protocol.DocumentURI]*time.Timer
	initialized bool
	// lastCompletion is the path of the document of the latest completion
	// request, whose items completionItem/resolve documents.
	lastCompletion string
	untitled       int // documents opened without a file: URI so far
	shutdown       bool
	exited         bool
	exit           chan struct{}
}

func fileURI(path string) protocol.DocumentURI { return uri.File(path) }

// uriPath returns the file system path of a file: URI, or "" for another scheme.
func uriPath(u protocol.DocumentURI) (path string) {
	defer func() {
		if recover() != nil { // Filename panics on URIs that are not file: URIs
			path = ""
		}
	}()
	if !strings.HasPrefix(string(u), "file:") {
		return ""
	}
	return filepath.Clean(uri.URI(u).Filename())
}

// handle dispatches one request or notification.
func (s *server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InternalError, fmt.Sprintf("%s: internal error: %v", req.Method(), r)))
		}
	}()
	method := req.Method()
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case method == "exit":
		s.mu.Lock()
		if !s.exited {
			s.exited = true
			close(s.exit)
		}
		s.mu.Unlock()
		return nil
	case method == "initialize":
		return call(ctx, reply, req, s.initialize)
	case !initialized:
		return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "the server is not initialized"))
	case shutdown && method != "shutdown":
		return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "the server is shutting down"))
	}
	switch method {
	case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration", "textDocument/didSave":
		return nil
	case "workspace/didChangeWatchedFiles":
		// A file on disk changed: the open documents may include it.
		s.mu.Lock()
		s.changed()
		s.listGen++
		var first protocol.DocumentURI
		for u := range s.docs {
			first = u
			break
		}
		s.mu.Unlock()
		if first != "" {
			s.schedule(first)
		}
		return nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		return reply(ctx, nil, nil)
	case "textDocument/didOpen":
		return notify(req, s.didOpen)
	case "textDocument/didChange":
		return notify(req, s.didChange)
	case "textDocument/didClose":
		return notify(req, s.didClose)
	case "textDocument/completion":
		return call(ctx, reply, req, s.completion)
	case "completionItem/resolve":
		return call(ctx, reply, req, s.resolveCompletion)
	case "textDocument/hover":
		return call(ctx, reply, req, s.hover)
	case "textDocument/signatureHelp":
		return call(ctx, reply, req, s.signatureHelp)
	case "textDocument/definition":
		return call(ctx, reply, req, s.definition)
	case "textDocument/references":
		return call(ctx, reply, req, s.references)
	case "textDocument/codeAction":
		return call(ctx, reply, req, s.codeAction)
	case "textDocument/documentHighlight":
		return call(ctx, reply, req, s.documentHighlight)
	case "textDocument/prepareRename":
		return call(ctx, reply, req, s.prepareRename)
	case "textDocument/rename":
		return call(ctx, reply, req, s.rename)
	case "textDocument/documentSymbol":
		return call(ctx, reply, req, s.documentSymbol)
	case "workspace/symbol":
		return call(ctx, reply, req, s.workspaceSymbol)
	case "textDocument/formatting":
		return call(ctx, reply, req, s.formatting)
	case "textDocument/semanticTokens/full":
		return call(ctx, reply, req, s.semanticTokens)
	case "textDocument/foldingRange":
		return call(ctx, reply, req, s.foldingRange)
	}
	if _, isCall := req.(*jsonrpc2.Call); isCall {
		return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.MethodNotFound, "method not supported: "+method))
	}
	return nil
}

// call decodes a request's parameters, runs f and replies with its result.
func call[P, R any](ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request, f func(*P) (R, error)) error {
	var p P
	if len(req.Params()) > 0 {
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, fmt.Sprintf("%s: %v", req.Method(), err)))
		}
	}
	r, err := f(&p)
	if err != nil {
		return reply(ctx, nil, err)
	}
	return reply(ctx, r, nil)
}

// notify decodes a notification's parameters and runs f.
func notify[P any](req jsonrpc2.Request, f func(*P)) error {
	var p P
	if err := json.Unmarshal(req.Params(), &p); err == nil {
		f(&p)
	}
	return nil
}

// initializeParams holds what the server reads of the initialize request.
type initializeParams struct {
	RootURI          protocol.DocumentURI `json:"rootUri"`
	RootPath         string               `json:"rootPath"`
	WorkspaceFolders []struct {
		URI protocol.DocumentURI `json:"uri"`
	} `json:"workspaceFolders"`
}

func (s *server) initialize(p *initializeParams) (any, error) {
	var roots []string
	for _, f := range p.WorkspaceFolders {
		if r := uriPath(f.URI); r != "" {
			roots = append(roots, r)
		}
	}
	if len(roots) == 0 {
		switch {
		case p.RootURI != "":
			if r := uriPath(p.RootURI); r != "" {
				roots = append(roots, r)
			}
		case p.RootPath != "":
			roots = append(roots, filepath.Clean(p.RootPath))
		}
	}
	root := ""
	if len(roots) > 0 {
		root = roots[0]
	}
	s.mu.Lock()
	s.settings = &settings{root: root}
	s.roots = roots
	s.initialized = true
	s.mu.Unlock()
	return initializeResult{
		Capabilities: serverCapabilities{
			TextDocumentSync: protocol.TextDocumentSyncOptions{OpenClose: true, Change: protocol.TextDocumentSyncKindIncremental},
			CompletionProvider: &protocol.CompletionOptions{
				TriggerCharacters: []string{"$", ">", ":", "[", "\"", "'", "/"},
				ResolveProvider:   true,
			},
			HoverProvider:              true,
			SignatureHelpProvider:      &protocol.SignatureHelpOptions{TriggerCharacters: []string{"(", ","}},
			DefinitionProvider:         true,
			ReferencesProvider:         true,
			DocumentHighlightProvider:  true,
			CodeActionProvider:         true,
			RenameProvider:             renameOptions{PrepareProvider: true},
			DocumentSymbolProvider:     true,
			WorkspaceSymbolProvider:    true,
			DocumentFormattingProvider: true,
			SemanticTokensProvider:     semanticTokensOptions{Legend: legend, Full: true},
			FoldingRangeProvider:       true,
		},
		ServerInfo: &protocol.ServerInfo{Name: "hsl-lsp", Version: s.opts.Version},
	}, nil
}

// ----- documents -----

func (s *server) didOpen(p *protocol.DidOpenTextDocumentParams) {
	d := &document{uri: p.TextDocument.URI, path: uriPath(p.TextDocument.URI), version: p.TextDocument.Version,
		text: newText([]byte(p.TextDocument.Text))}
	s.mu.Lock()
	if d.path == "" {
		// An unsaved new document: checked as a plain script of the workspace.
		s.untitled++
		dir := s.settings.root
		if dir == "" {
			dir = os.TempDir()
		}
		d.path = filepath.Join(dir, fmt.Sprintf("untitled-%d.hsl", s.untitled))
	}
	s.revs++
	d.rev = s.revs
	s.docs[d.uri] = d
	s.listGen++
	s.changed()
	s.mu.Unlock()
	s.schedule(d.uri)
}

// changeEvent is one content change; without a range it replaces the text.
type changeEvent struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []changeEvent                            `json:"contentChanges"`
}

func (s *server) didChange(p *didChangeParams) {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.mu.Unlock()
		return
	}
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			d.text = newText([]byte(c.Text))
			continue
		}
		d.text = d.text.edit(d.text.offset(c.Range.Start), d.text.offset(c.Range.End), c.Text)
	}
	d.version = p.TextDocument.Version
	s.revs++
	d.rev = s.revs
	s.changed()
	s.mu.Unlock()
	s.schedule(d.uri)
}

func (s *server) didClose(p *protocol.DidCloseTextDocumentParams) {
	s.mu.Lock()
	delete(s.docs, p.TextDocument.URI)
	if t := s.timers[p.TextDocument.URI]; t != nil {
		t.Stop()
		delete(s.timers, p.TextDocument.URI)
	}
	s.listGen++
	s.changed()
	s.mu.Unlock()
	s.conn.Notify(context.Background(), "textDocument/publishDiagnostics",
		protocol.PublishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []protocol.Diagnostic{}})
}

// changed drops every analysis: open documents are seen by the others
// through include and import. Called with s.mu held.
func (s *server) changed() {
	for _, d := range s.docs {
		d.an = nil
	}
}

// schedule checks a document after the debounce delay and publishes its
// diagnostics; a later change restarts the delay.
//
// The other open documents may include or import the changed one: they are
// checked again too, after a longer delay, so that typing in one file does
// not keep the server busy with all of them.
func (s *server) schedule(u protocol.DocumentURI) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for o := range s.docs {
		delay := s.opts.Debounce
		if o != u {
			delay *= othersDelay
		}
		if t := s.timers[o]; t != nil {
			t.Stop()
		}
		s.timers[o] = time.AfterFunc(delay, func() { s.publish(o) })
	}
}

// othersDelay is how many debounce delays the documents that did not change
// wait before they are checked again.
const othersDelay = 10

// publish sends the diagnostics of an open document.
func (s *server) publish(u protocol.DocumentURI) {
	s.mu.Lock()
	d := s.docs[u]
	if d == nil || s.shutdown {
		s.mu.Unlock()
		return
	}
	a, version := s.analysisLocked(d), d.version
	s.mu.Unlock()
	s.conn.Notify(context.Background(), "textDocument/publishDiagnostics", publishParams{
		URI: u, Version: version, Diagnostics: a.lspDiagnostics(),
	})
}

// publishParams is publishDiagnostics with the document version.
type publishParams struct {
	URI         protocol.DocumentURI  `json:"uri"`
	Version     int32                 `json:"version"`
	Diagnostics []protocol.Diagnostic `json:"diagnostics"`
}

// analysisLocked returns the analysis of a document, computing it when the
// document changed. Called with s.mu held.
func (s *server) analysisLocked(d *document) *analysis {
	if d.an != nil {
		return d.an
	}
	files := make(map[string][]byte, len(s.docs))
	for _, o := range s.docs {
		files[o.path] = o.text.src
	}
	d.an = analyze(d.path, d.text.src, s.settings.forFile(d.path), files)
	d.an.uri = d.uri
	return d.an
}

// analysisOf returns the analysis of an open document.
func (s *server) analysisOf(u protocol.DocumentURI) (*analysis, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[u]
	if d == nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, fmt.Sprintf("document %s is not open", u))
	}
	return s.analysisLocked(d), nil
}
