package lsp

import "go.lsp.dev/protocol"

// Types of LSP 3.16/3.17 that go.lsp.dev/protocol v0.12.0 lacks or declares
// incompletely (its SemanticTokensOptions has no legend), written out here.

type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

type serverCapabilities struct {
	TextDocumentSync           protocol.TextDocumentSyncOptions `json:"textDocumentSync"`
	CompletionProvider         *protocol.CompletionOptions      `json:"completionProvider,omitempty"`
	HoverProvider              bool                             `json:"hoverProvider"`
	SignatureHelpProvider      *protocol.SignatureHelpOptions   `json:"signatureHelpProvider,omitempty"`
	DefinitionProvider         bool                             `json:"definitionProvider"`
	ReferencesProvider         bool                             `json:"referencesProvider"`
	DocumentHighlightProvider  bool                             `json:"documentHighlightProvider"`
	CodeActionProvider         bool                             `json:"codeActionProvider"`
	RenameProvider             renameOptions                    `json:"renameProvider"`
	DocumentSymbolProvider     bool                             `json:"documentSymbolProvider"`
	WorkspaceSymbolProvider    bool                             `json:"workspaceSymbolProvider"`
	DocumentFormattingProvider bool                             `json:"documentFormattingProvider"`
	SemanticTokensProvider     semanticTokensOptions            `json:"semanticTokensProvider"`
	FoldingRangeProvider       bool                             `json:"foldingRangeProvider"`
}

type renameOptions struct {
	PrepareProvider bool `json:"prepareProvider"`
}

type semanticTokensLegend struct {
	TokenTypes     []string `json:"tokenTypes"`
	TokenModifiers []string `json:"tokenModifiers"`
}

type semanticTokensOptions struct {
	Legend semanticTokensLegend `json:"legend"`
	Full   bool                 `json:"full"`
}

type semanticTokens struct {
	Data []uint32 `json:"data"`
}

// markup is hover or documentation text in Markdown.
func markup(s string) *protocol.MarkupContent {
	return &protocol.MarkupContent{Kind: protocol.Markdown, Value: s}
}
