package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"go.lsp.dev/protocol"
)

// The marker tests: each lsp/testdata/*.txt is an archive of workspace files
// whose comments carry expectations. testdata/README.md documents the format.

// archiveFile is one file of a test archive.
type archiveFile struct {
	name string
	data string
}

// parseArchive splits a test archive at its `-- name --` lines; text before
// the first such line is a comment.
func parseArchive(src string) []archiveFile {
	var files []archiveFile
	for _, line := range strings.SplitAfter(src, "\n") {
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			files = append(files, archiveFile{name: strings.TrimSpace(t[3 : len(t)-3])})
			continue
		}
		if len(files) > 0 {
			files[len(files)-1].data += line
		}
	}
	return files
}

// marker is one `@name(args)` expectation.
type marker struct {
	file string // path on disk
	line int    // 0-based line it applies to
	name string
	args []string // strings unquoted; identifiers as written
	at   string   // file:line for messages
}

// markerText is what a marker comment starts with.
const markerText = "// @"

// parseMarkers finds the markers of a file. A marker at the end of a code
// line applies to that line; a marker alone on its line applies to the
// nearest code line above, or with `// v @…` to the next code line (for a
// line that ends inside a string, where a comment cannot follow).
func parseMarkers(t *testing.T, path, name, src string) []marker {
	var out []marker
	lines := strings.Split(src, "\n")
	target := -1
	var pending []int // indexes in out of markers waiting for the next code line
	for i, line := range lines {
		idx := strings.Index(line, markerText)
		down := false
		if j := strings.Index(line, "// v @"); j >= 0 && strings.TrimSpace(line[:j]) == "" {
			idx, down = j, true
		}
		if idx < 0 {
			target = i
			for _, k := range pending {
				out[k].line = i
			}
			pending = nil
			continue
		}
		if strings.TrimSpace(line[:idx]) != "" {
			target = i
		}
		for _, m := range splitMarkers(line[idx+len("// "):]) {
			open := strings.Index(m, "(")
			if open < 0 || !strings.HasSuffix(m, ")") {
				t.Fatalf("%s:%d: bad marker %q", name, i+1, m)
			}
			args, err := parseArgs(m[open+1 : len(m)-1])
			if err != nil {
				t.Fatalf("%s:%d: marker %q: %v", name, i+1, m, err)
			}
			if down {
				pending = append(pending, len(out))
			}
			out = append(out, marker{file: path, line: target, name: m[1:open], args: args, at: fmt.Sprintf("%s:%d", name, i+1)})
		}
	}
	return out
}

// splitMarkers splits `@a(…) @b(…)` into its markers, respecting strings.
func splitMarkers(s string) []string {
	var out []string
	depth, inStr, start := 0, false, -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case inStr && c == '\\':
			i++
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '@' && depth == 0:
			start = i
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 && start >= 0 {
				out = append(out, s[start:i+1])
				start = -1
			}
		}
	}
	return out
}

// parseArgs splits marker arguments: Go string literals, or bare words.
func parseArgs(s string) ([]string, error) {
	var out []string
	for s = strings.TrimSpace(s); s != ""; {
		if s[0] == '"' {
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, err
			}
			v, _ := strconv.Unquote(q)
			out = append(out, v)
			s = s[len(q):]
		} else {
			end := strings.IndexAny(s, ",")
			if end < 0 {
				end = len(s)
			}
			out = append(out, strings.TrimSpace(s[:end]))
			s = s[end:]
		}
		s = strings.TrimSpace(s)
		if strings.HasPrefix(s, ",") {
			s = strings.TrimSpace(s[1:])
		} else if s != "" {
			return nil, fmt.Errorf("expected ',' before %q", s)
		}
	}
	return out, nil
}

// utf16Pos converts a byte offset within a line to an LSP position,
// independently of the server's own conversion.
func utf16Pos(line int, text string, byteCol int) protocol.Position {
	n := 0
	for _, r := range text[:byteCol] {
		n += len(utf16.Encode([]rune{r}))
	}
	return protocol.Position{Line: uint32(line), Character: uint32(n)}
}

// locate finds a locator on the marker's line. A `|` in the locator marks
// the cursor; without one the cursor is at the start of the match. The code
// part of the line (before a marker) is searched. "<EOF>" is the end of the file.
func (m marker) locate(t *testing.T, lines []string, loc string) protocol.Position {
	t.Helper()
	if loc == "<EOF>" {
		last := len(lines) - 1
		return utf16Pos(last, lines[last], len(lines[last]))
	}
	if m.line < 0 || m.line >= len(lines) {
		t.Fatalf("%s: the marker has no code line to apply to", m.at)
	}
	line := lines[m.line]
	if i := strings.Index(line, markerText); i >= 0 {
		line = line[:i]
	}
	cut := strings.Index(loc, "|")
	needle := strings.Replace(loc, "|", "", 1)
	i := strings.Index(line, needle)
	if i < 0 {
		t.Fatalf("%s: %q not found on line %d %q", m.at, needle, m.line+1, line)
	}
	if cut < 0 {
		cut = 0
	}
	return utf16Pos(m.line, line, i+cut)
}

type markerRun struct {
	t       *testing.T
	c       *client
	lines   map[string][]string // by path
	anchors map[string]protocol.Location
}

func TestMarkers(t *testing.T) {
	archives, _ := filepath.Glob("testdata/*.txt")
	if len(archives) == 0 {
		t.Fatal("no marker tests in testdata")
	}
	for _, archive := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(archive), ".txt"), func(t *testing.T) {
			runArchive(t, archive)
		})
	}
}

func runArchive(t *testing.T, archive string) {
	src, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	r := &markerRun{t: t, lines: map[string][]string{}, anchors: map[string]protocol.Location{}}
	var markers []marker
	var hslFiles []string
	for _, f := range parseArchive(string(src)) {
		path := filepath.Join(root, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(f.name, ".hsl") {
			continue
		}
		r.lines[path] = strings.Split(f.data, "\n")
		ms := parseMarkers(t, path, f.name, f.data)
		markers = append(markers, ms...)
		if len(ms) > 0 {
			hslFiles = append(hslFiles, path)
		}
	}
	// Anchors first: other markers refer to them by name.
	for _, m := range markers {
		if m.name == "anchor" {
			if len(m.args) != 2 {
				t.Fatalf("%s: @anchor(name, locator)", m.at)
			}
			p := m.locate(t, r.lines[m.file], m.args[1])
			r.anchors[m.args[0]] = protocol.Location{URI: fileURI(m.file), Range: protocol.Range{Start: p, End: p}}
		}
	}
	r.c = newClient(t, root)
	for _, path := range hslFiles {
		diags := r.c.open(path, strings.Join(r.lines[path], "\n"))
		r.checkDiagnostics(path, diags, markers)
	}
	for _, m := range markers {
		r.run(m)
	}
}

// checkDiagnostics matches a file's diagnostics one to one with its @diag markers.
func (r *markerRun) checkDiagnostics(path string, diags []protocol.Diagnostic, markers []marker) {
	t := r.t
	used := make([]bool, len(diags))
	for _, m := range markers {
		if m.file != path || m.name != "diag" {
			continue
		}
		if len(m.args) != 3 {
			t.Fatalf("%s: @diag(locator, severity, message)", m.at)
		}
		p := m.locate(t, r.lines[path], m.args[0])
		found := false
		for i, d := range diags {
			if !used[i] && d.Range.Start == p && severityName(d.Severity) == m.args[1] && strings.Contains(d.Message, m.args[2]) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("%s: no %s diagnostic %q at %d:%d; got:\n%s", m.at, m.args[1], m.args[2], p.Line+1, p.Character+1, diagList(diags))
		}
	}
	for i, d := range diags {
		if !used[i] {
			t.Errorf("%s: unexpected diagnostic %d:%d %s %q", filepath.Base(path), d.Range.Start.Line+1, d.Range.Start.Character+1, severityName(d.Severity), d.Message)
		}
	}
}

func severityName(s protocol.DiagnosticSeverity) string {
	switch s {
	case protocol.DiagnosticSeverityWarning:
		return "warning"
	case protocol.DiagnosticSeverityInformation:
		return "info"
	case protocol.DiagnosticSeverityHint:
		return "hint"
	}
	return "error"
}

func diagList(diags []protocol.Diagnostic) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "\t%d:%d %s %s\n", d.Range.Start.Line+1, d.Range.Start.Character+1, severityName(d.Severity), d.Message)
	}
	return b.String()
}

func (r *markerRun) anchor(m marker, name string) protocol.Location {
	l, ok := r.anchors[name]
	if !ok {
		r.t.Fatalf("%s: no @anchor named %s", m.at, name)
	}
	return l
}

func locString(l protocol.Location) string {
	return fmt.Sprintf("%s:%d:%d", filepath.Base(uriPath(l.URI)), l.Range.Start.Line+1, l.Range.Start.Character+1)
}

func (r *markerRun) run(m marker) {
	t := r.t
	need := func(n int, form string) {
		if len(m.args) < n {
			t.Fatalf("%s: %s", m.at, form)
		}
	}
	switch m.name {
	case "anchor", "diag":
	case "complete":
		need(2, "@complete(locator, label|!label...)")
		var list protocol.CompletionList
		r.c.call("textDocument/completion", protocol.CompletionParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0]))}, &list)
		labels := map[string]bool{}
		for _, it := range list.Items {
			labels[it.Label] = true
		}
		for _, want := range m.args[1:] {
			if absent, ok := strings.CutPrefix(want, "!"); ok {
				if labels[absent] {
					t.Errorf("%s: completion offers %q, want it absent", m.at, absent)
				}
			} else if !labels[want] {
				t.Errorf("%s: completion lacks %q; got %s", m.at, want, someLabels(list.Items))
			}
		}
	case "nocomplete":
		need(1, "@nocomplete(locator)")
		var list protocol.CompletionList
		r.c.call("textDocument/completion", protocol.CompletionParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0]))}, &list)
		if len(list.Items) > 0 {
			t.Errorf("%s: completion offers %s, want nothing", m.at, someLabels(list.Items))
		}
	case "nohover":
		need(2, "@nohover(locator, substring)")
		var h *protocol.Hover
		r.c.call("textDocument/hover", pos(m.file, m.locate(t, r.lines[m.file], m.args[0])), &h)
		if h != nil && strings.Contains(h.Contents.Value, m.args[1]) {
			t.Errorf("%s: hover %q has %q", m.at, h.Contents.Value, m.args[1])
		}
	case "hover":
		need(2, "@hover(locator, substring)")
		var h *protocol.Hover
		r.c.call("textDocument/hover", pos(m.file, m.locate(t, r.lines[m.file], m.args[0])), &h)
		switch {
		case m.args[1] == "" && h != nil:
			t.Errorf("%s: hover %q, want none", m.at, h.Contents.Value)
		case m.args[1] == "":
		case h == nil:
			t.Errorf("%s: no hover, want %q", m.at, m.args[1])
		case !strings.Contains(h.Contents.Value, m.args[1]):
			t.Errorf("%s: hover %q lacks %q", m.at, h.Contents.Value, m.args[1])
		}
	case "def":
		need(2, "@def(locator, anchor|none)")
		var locs []protocol.Location
		r.c.call("textDocument/definition", protocol.DefinitionParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0]))}, &locs)
		if m.args[1] == "none" {
			if len(locs) != 0 {
				t.Errorf("%s: definition at %s, want none", m.at, locString(locs[0]))
			}
			return
		}
		want := r.anchor(m, m.args[1])
		if len(locs) != 1 || locs[0].URI != want.URI || locs[0].Range.Start != want.Range.Start {
			t.Errorf("%s: definition %v, want %s", m.at, locStrings(locs), locString(want))
		}
	case "refs":
		need(1, "@refs(locator, anchor...)")
		var locs []protocol.Location
		r.c.call("textDocument/references", protocol.ReferenceParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0])),
			Context: protocol.ReferenceContext{IncludeDeclaration: true}}, &locs)
		var want []protocol.Location
		for _, a := range m.args[1:] {
			want = append(want, r.anchor(m, a))
		}
		if got, exp := locStrings(locs), locStrings(want); strings.Join(got, " ") != strings.Join(exp, " ") {
			t.Errorf("%s: references %v, want %v", m.at, got, exp)
		}
	case "rename":
		need(2, "@rename(locator, newname, anchor...)")
		var edit protocol.WorkspaceEdit
		r.c.call("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0])), NewName: m.args[1]}, &edit)
		var got []protocol.Location
		for u, edits := range edit.Changes {
			for _, e := range edits {
				if e.NewText != strings.TrimPrefix(m.args[1], "$") {
					t.Errorf("%s: edit inserts %q", m.at, e.NewText)
				}
				got = append(got, protocol.Location{URI: u, Range: e.Range})
			}
		}
		var want []protocol.Location
		for _, a := range m.args[2:] {
			want = append(want, r.anchor(m, a))
		}
		if g, w := locStrings(got), locStrings(want); strings.Join(g, " ") != strings.Join(w, " ") {
			t.Errorf("%s: rename edits %v, want %v", m.at, g, w)
		}
	case "highlight":
		need(1, "@highlight(loc, anchor[=w]...)")
		var hs []protocol.DocumentHighlight
		r.c.call("textDocument/documentHighlight", protocol.DocumentHighlightParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0]))}, &hs)
		var got, want []string
		for _, h := range hs {
			kind := ""
			if h.Kind == protocol.DocumentHighlightKindWrite {
				kind = "=w"
			}
			got = append(got, fmt.Sprintf("%d:%d%s", h.Range.Start.Line+1, h.Range.Start.Character+1, kind))
		}
		for _, a := range m.args[1:] {
			name, kind, _ := strings.Cut(a, "=")
			l := r.anchor(m, name)
			if kind != "" {
				kind = "=" + kind
			}
			want = append(want, fmt.Sprintf("%d:%d%s", l.Range.Start.Line+1, l.Range.Start.Character+1, kind))
		}
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: highlights %v, want %v", m.at, got, want)
		}
	case "norename":
		need(2, "@norename(locator, substring)")
		var edit protocol.WorkspaceEdit
		err := r.c.try("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0])), NewName: "renamed"}, &edit)
		if err == nil || !strings.Contains(err.Error(), m.args[1]) {
			t.Errorf("%s: rename error %v, want one containing %q", m.at, err, m.args[1])
		}
	case "sig":
		need(3, "@sig(locator, label, active parameter)")
		var h *protocol.SignatureHelp
		r.c.call("textDocument/signatureHelp", protocol.SignatureHelpParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0]))}, &h)
		if h == nil || len(h.Signatures) == 0 {
			t.Errorf("%s: no signature help, want %q", m.at, m.args[1])
			return
		}
		if got := h.Signatures[0].Label; got != m.args[1] || strconv.Itoa(int(h.ActiveParameter)) != m.args[2] {
			t.Errorf("%s: signature %q active %d, want %q active %s", m.at, got, h.ActiveParameter, m.args[1], m.args[2])
		}
	case "nosig":
		need(1, "@nosig(locator)")
		var h *protocol.SignatureHelp
		r.c.call("textDocument/signatureHelp", protocol.SignatureHelpParams{TextDocumentPositionParams: pos(m.file, m.locate(t, r.lines[m.file], m.args[0]))}, &h)
		if h != nil && len(h.Signatures) > 0 {
			t.Errorf("%s: signature help %q, want none", m.at, h.Signatures[0].Label)
		}
	default:
		t.Fatalf("%s: unknown marker @%s", m.at, m.name)
	}
}

func locStrings(locs []protocol.Location) []string {
	var out []string
	for _, l := range locs {
		out = append(out, locString(l))
	}
	sort.Strings(out)
	return out
}

func someLabels(items []protocol.CompletionItem) string {
	var labels []string
	for _, it := range items {
		labels = append(labels, it.Label)
	}
	if len(labels) > 30 {
		labels = append(labels[:30], fmt.Sprintf("… (%d more)", len(labels)-30))
	}
	return strings.Join(labels, " ")
}
