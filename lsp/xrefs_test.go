package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

// A workspace of a Halon configuration: a library, hooks that import it
// (by name, with aliases, as a namespace), a file that includes it, a
// module that includes a helper using an imported name, a broken file, an
// unrelated file with a function of the same name and a copy under
// node_modules that the scan must skip.
var xrefsWorkspace = map[string]string{
	"src/files/lib.hsl": `function rate($key) { return $key; }
$version = "1.0";
class Counter {
	$n = 0;
	function inc() { $this->n += 1; return $this; }
}
echo rate("self");
`,
	"src/hooks/connect/a.hsl": `import { rate, Counter } from "lib.hsl";
function helper() { return 1; }
echo rate("a") . helper();
$c = Counter();
$c->inc();
`,
	"src/hooks/connect/b.hsl": `import { rate as limit, $version as $v } from "lib.hsl";
echo limit("b") . $v;
function twice() { return limit("bb"); }
`,
	// On disk it imports nothing; the open document (with unsaved edits)
	// imports lib.hsl as a namespace.
	"src/hooks/eod/c.hsl": "echo 1;\n",
	"src/hooks/eod/d.hsl": `import { rate } from "lib.hsl";
include "helper.hsl";
`,
	"src/files/helper.hsl": "echo rate(\"from helper\");\n",
	"src/files/e.hsl": `include "lib.hsl";
echo rate("e");
`,
	"src/files/broken.hsl": `import { rate } from "lib.hsl";
echo rate("broken");
function ( {
`,
	"src/files/f.hsl": `import { $version } from "lib.hsl";
$count = 1;
echo $version . $count;
`,
	"src/files/unrelated.hsl":      "function rate() { return 0; }\necho rate();\n",
	"node_modules/pkg/skipped.hsl": "import { rate } from \"lib.hsl\";\necho rate();\n",
	// An alias exported again: h.hsl never spells rate.
	"src/files/reexport.hsl": "import { rate as speed } from \"lib.hsl\";\n",
	"src/files/h.hsl":        "import { speed } from \"reexport.hsl\";\necho speed(1);\n",
	// The alias again: imported from h.hsl, renamed by another alias, used
	// through a namespace; m.hsl declares tempo.
	"src/files/m.hsl": "import { speed } from \"h.hsl\";\necho speed(4);\nfunction tempo() { return 0; }\n",
	"src/files/k.hsl": "import { speed as pace } from \"reexport.hsl\";\nimport * as re from \"reexport.hsl\";\necho pace(2) . re::speed(3);\n",
	// A variable's alias exported again.
	"src/files/vre.hsl":               "import { $version as $ver } from \"lib.hsl\";\n",
	"src/files/vuse.hsl":              "import { $ver } from \"vre.hsl\";\n$tag = 1;\necho $ver . $tag;\n",
	"src/hooks/queue/predelivery.hsl": "echo strlen(\"x\");\n",
	// An alias of the alias speed spelled rate, exported again and used
	// through a namespace: a name of its own that renaming rate keeps.
	"src/files/back.hsl":    "import { speed as rate } from \"reexport.hsl\";\nfunction brake() { return 0; }\necho rate(5);\n",
	"src/files/backuse.hsl": "import { rate } from \"back.hsl\";\nimport * as bk from \"back.hsl\";\necho rate(6) . bk::rate(7);\n",
	// Modules that load lib.hsl and spell rate for another function: their
	// own, and the one of unrelated.hsl.
	"src/files/own.hsl":   "import { Counter } from \"lib.hsl\";\nfunction rate() { return Counter(); }\necho rate();\n",
	"src/files/other.hsl": "import { Counter } from \"lib.hsl\";\nimport { rate } from \"unrelated.hsl\";\necho rate() . Counter();\n",
	// An alias of the alias $ver spelled $version.
	"src/files/vback.hsl": "import { $ver as $version } from \"vre.hsl\";\necho $version;\n",
}

// cText is the unsaved text of src/hooks/eod/c.hsl.
const cText = `import * as lib from "lib.hsl";
echo lib::rate("c") . lib::$version;
echo lib::rate("c2");
`

type xrefsEnv struct {
	t    *testing.T
	root string
	c    *client
	text map[string]string // the texts the server sees, by relative path
}

func newXrefsEnv(t *testing.T) *xrefsEnv {
	root := t.TempDir()
	env := &xrefsEnv{t: t, root: root, text: map[string]string{}}
	for name, data := range xrefsWorkspace {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		env.text[name] = data
	}
	env.c = newClient(t, root)
	env.open("src/files/lib.hsl", xrefsWorkspace["src/files/lib.hsl"])
	env.open("src/hooks/eod/c.hsl", cText)
	return env
}

func (env *xrefsEnv) path(rel string) string { return filepath.Join(env.root, filepath.FromSlash(rel)) }

func (env *xrefsEnv) open(rel, text string) {
	env.text[rel] = text
	env.c.open(env.path(rel), text)
}

// at finds the n-th (0-based) match of needle in a file; a `|` in the
// needle marks the position, else it is the start of the match. It returns
// the position as "file:line:col" and for requests.
func (env *xrefsEnv) at(rel, needle string, n int) (string, protocol.TextDocumentPositionParams) {
	env.t.Helper()
	src := env.text[rel]
	cut := strings.Index(needle, "|")
	plain := strings.Replace(needle, "|", "", 1)
	if cut < 0 {
		cut = 0
	}
	off := -1
	for i, from := 0, 0; i <= n; i++ {
		j := strings.Index(src[from:], plain)
		if j < 0 {
			env.t.Fatalf("%s: match %d of %q not found", rel, n, plain)
		}
		off, from = from+j, from+j+1
	}
	off += cut
	line := strings.Count(src[:off], "\n")
	lineStart := strings.LastIndex(src[:off], "\n") + 1
	p := utf16Pos(line, src[lineStart:], off-lineStart)
	return fmt.Sprintf("%s:%d:%d", rel, p.Line+1, p.Character+1), pos(env.path(rel), p)
}

// loc is a position as "file:line:col".
func (env *xrefsEnv) loc(rel, needle string, n int) string {
	s, _ := env.at(rel, needle, n)
	return s
}

func (env *xrefsEnv) name(u protocol.DocumentURI, r protocol.Range) string {
	rel, err := filepath.Rel(env.root, uriPath(u))
	if err != nil {
		env.t.Fatal(err)
	}
	return fmt.Sprintf("%s:%d:%d", filepath.ToSlash(rel), r.Start.Line+1, r.Start.Character+1)
}

func (env *xrefsEnv) refs(rel, needle string, n int) []string {
	env.t.Helper()
	_, p := env.at(rel, needle, n)
	var locs []protocol.Location
	env.c.call("textDocument/references", protocol.ReferenceParams{TextDocumentPositionParams: p,
		Context: protocol.ReferenceContext{IncludeDeclaration: true}}, &locs)
	var out []string
	for _, l := range locs {
		out = append(out, env.name(l.URI, l.Range))
	}
	sort.Strings(out)
	return out
}

// rename returns the edited places, or the error.
func (env *xrefsEnv) rename(rel, needle string, n int, newName string) ([]string, error) {
	env.t.Helper()
	_, p := env.at(rel, needle, n)
	var edit protocol.WorkspaceEdit
	if err := env.c.try("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: p, NewName: newName}, &edit); err != nil {
		return nil, err
	}
	var out []string
	for u, edits := range edit.Changes {
		for _, e := range edits {
			if want := strings.TrimPrefix(newName, "$"); e.NewText != want {
				env.t.Errorf("rename to %s inserts %q", newName, e.NewText)
			}
			out = append(out, env.name(u, e.Range))
		}
	}
	sort.Strings(out)
	return out, nil
}

func sorted(s ...string) []string {
	sort.Strings(s)
	return s
}

func sameList(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s:\n got %v\nwant %v", what, got, want)
	}
}

// rateEverywhere lists every occurrence of rate, declaration included.
func (env *xrefsEnv) rateEverywhere() []string {
	return sorted(
		env.loc("src/files/lib.hsl", "rate", 0),
		env.loc("src/files/lib.hsl", "rate", 1),
		env.loc("src/hooks/connect/a.hsl", "rate", 0),
		env.loc("src/hooks/connect/a.hsl", "rate", 1),
		env.loc("src/hooks/connect/b.hsl", "rate", 0),
		env.loc("src/hooks/connect/b.hsl", "limit", 1),
		env.loc("src/hooks/connect/b.hsl", "limit", 2),
		env.loc("src/hooks/eod/c.hsl", "rate", 0),
		env.loc("src/hooks/eod/c.hsl", "rate", 1),
		env.loc("src/hooks/eod/d.hsl", "rate", 0),
		env.loc("src/files/helper.hsl", "rate", 0),
		env.loc("src/files/e.hsl", "rate", 0),
		env.loc("src/files/broken.hsl", "rate", 0),
		env.loc("src/files/broken.hsl", "rate", 1),
		env.loc("src/files/reexport.hsl", "rate", 0),
		env.loc("src/files/h.hsl", "speed", 0),
		env.loc("src/files/h.hsl", "speed", 1),
		env.loc("src/files/m.hsl", "speed", 0),
		env.loc("src/files/m.hsl", "speed", 1),
		env.loc("src/files/k.hsl", "speed", 0),
		env.loc("src/files/k.hsl", "pace", 1),
		env.loc("src/files/k.hsl", "speed", 1),
		env.loc("src/files/back.hsl", "speed", 0),
		env.loc("src/files/back.hsl", "rate", 1),
		env.loc("src/files/backuse.hsl", "rate", 0),
		env.loc("src/files/backuse.hsl", "rate", 1),
		env.loc("src/files/backuse.hsl", "rate", 2),
	)
}

func TestWorkspaceReferences(t *testing.T) {
	env := newXrefsEnv(t)
	all := env.rateEverywhere()
	tests := []struct {
		name   string
		file   string
		needle string
		n      int
		want   []string
	}{
		{"from the declaration", "src/files/lib.hsl", "rate", 0, all},
		{"from a use in the declaring file", "src/files/lib.hsl", "rate", 1, all},
		{"from a namespace use in an unsaved document", "src/hooks/eod/c.hsl", "rate", 1, all},
		{"global variable through alias and namespace", "src/files/lib.hsl", "$|version", 0, sorted(
			env.loc("src/files/lib.hsl", "$|version", 0),
			env.loc("src/hooks/connect/b.hsl", "$|version", 0),
			env.loc("src/hooks/connect/b.hsl", "$|v;", 0),
			env.loc("src/hooks/eod/c.hsl", "$|version", 0),
			env.loc("src/files/f.hsl", "$|version", 0),
			env.loc("src/files/f.hsl", "$|version", 1),
			env.loc("src/files/vre.hsl", "$|version", 0),
			env.loc("src/files/vuse.hsl", "$|ver", 0),
			env.loc("src/files/vuse.hsl", "$|ver", 1),
			env.loc("src/files/vback.hsl", "$|ver", 0),
			env.loc("src/files/vback.hsl", "$|version", 1),
		)},
		{"method through an inferred receiver in a file on disk", "src/files/lib.hsl", "inc", 0, sorted(
			env.loc("src/files/lib.hsl", "inc", 0),
			env.loc("src/hooks/connect/a.hsl", "inc", 0),
		)},
		{"class", "src/files/lib.hsl", "Counter", 0, sorted(
			env.loc("src/files/lib.hsl", "Counter", 0),
			env.loc("src/hooks/connect/a.hsl", "Counter", 0),
			env.loc("src/hooks/connect/a.hsl", "Counter", 1),
			env.loc("src/files/own.hsl", "Counter", 0),
			env.loc("src/files/own.hsl", "Counter", 1),
			env.loc("src/files/other.hsl", "Counter", 0),
			env.loc("src/files/other.hsl", "Counter", 1),
		)},
		{"a local name stays in its file", "src/files/lib.hsl", "$|key", 0, sorted(
			env.loc("src/files/lib.hsl", "$|key", 0),
			env.loc("src/files/lib.hsl", "$|key", 1),
		)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameList(t, "references", env.refs(tt.file, tt.needle, tt.n), tt.want)
		})
	}

	// From a use in an importing file, and through an alias.
	env.open("src/hooks/connect/b.hsl", xrefsWorkspace["src/hooks/connect/b.hsl"])
	sameList(t, "references from an alias use", env.refs("src/hooks/connect/b.hsl", "limit", 1), all)
	sameList(t, "references from an alias", env.refs("src/hooks/connect/b.hsl", "limit", 0), all)
	sameList(t, "references from an imported name", env.refs("src/hooks/connect/b.hsl", "rate", 0), all)

	// From a name an alias spelled like the declared one gives, and from a
	// module that imports that name again.
	env.open("src/files/back.hsl", xrefsWorkspace["src/files/back.hsl"])
	env.open("src/files/backuse.hsl", xrefsWorkspace["src/files/backuse.hsl"])
	sameList(t, "references from an alias spelled rate", env.refs("src/files/back.hsl", "rate", 1), all)
	sameList(t, "references from an import of that alias", env.refs("src/files/backuse.hsl", "rate", 1), all)
	sameList(t, "references from a namespace use of that alias", env.refs("src/files/backuse.hsl", "rate", 2), all)
}

func TestWorkspaceReferencesFollowChanges(t *testing.T) {
	env := newXrefsEnv(t)
	before := env.rateEverywhere()
	sameList(t, "references", env.refs("src/files/lib.hsl", "rate", 0), before)

	// A file on disk changes: its new use is found, the cached analysis is not reused.
	a := xrefsWorkspace["src/hooks/connect/a.hsl"] + "echo rate(\"again\");\n"
	if err := os.WriteFile(env.path("src/hooks/connect/a.hsl"), []byte(a), 0o644); err != nil {
		t.Fatal(err)
	}
	env.text["src/hooks/connect/a.hsl"] = a
	sameList(t, "references after a file changed on disk", env.refs("src/files/lib.hsl", "rate", 0),
		sorted(append(before, env.loc("src/hooks/connect/a.hsl", "rate", 2))...))

	// An unsaved edit of the declaring file moves the declaration; files on
	// disk are resolved against the edited text.
	lib := "// moved down\n" + xrefsWorkspace["src/files/lib.hsl"]
	ch := env.c.expectDiagnostics(fileURI(env.path("src/files/lib.hsl")))
	env.c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": fileURI(env.path("src/files/lib.hsl")), "version": 2},
		"contentChanges": []map[string]any{{"text": lib}},
	})
	env.c.wait(ch)
	env.text["src/files/lib.hsl"] = lib
	got := env.refs("src/files/lib.hsl", "rate", 0)
	if want := env.loc("src/files/lib.hsl", "rate", 0); len(got) == 0 || !strings.Contains(strings.Join(got, " "), want) {
		t.Errorf("references after an unsaved edit: %v, want the declaration at %s", got, want)
	}
	if len(got) != len(before)+1 {
		t.Errorf("references after an unsaved edit: %d, want %d: %v", len(got), len(before)+1, got)
	}
}

func TestWorkspaceRename(t *testing.T) {
	env := newXrefsEnv(t)
	got, err := env.rename("src/files/lib.hsl", "rate", 0, "throttle")
	if err != nil {
		t.Fatal(err)
	}
	// Uses of the alias limit stay; the left side of `rate as limit` changes.
	sameList(t, "rename of rate", got, sorted(
		env.loc("src/files/lib.hsl", "rate", 0),
		env.loc("src/files/lib.hsl", "rate", 1),
		env.loc("src/hooks/connect/a.hsl", "rate", 0),
		env.loc("src/hooks/connect/a.hsl", "rate", 1),
		env.loc("src/hooks/connect/b.hsl", "rate", 0),
		env.loc("src/hooks/eod/c.hsl", "rate", 0),
		env.loc("src/hooks/eod/c.hsl", "rate", 1),
		env.loc("src/hooks/eod/d.hsl", "rate", 0),
		env.loc("src/files/helper.hsl", "rate", 0),
		env.loc("src/files/e.hsl", "rate", 0),
		env.loc("src/files/broken.hsl", "rate", 0),
		env.loc("src/files/broken.hsl", "rate", 1),
		env.loc("src/files/reexport.hsl", "rate", 0),
	))

	got, err = env.rename("src/files/lib.hsl", "$|version", 0, "$release")
	if err != nil {
		t.Fatal(err)
	}
	sameList(t, "rename of $version", got, sorted(
		env.loc("src/files/lib.hsl", "$|version", 0),
		env.loc("src/hooks/connect/b.hsl", "$|version", 0),
		env.loc("src/hooks/eod/c.hsl", "$|version", 0),
		env.loc("src/files/f.hsl", "$|version", 0),
		env.loc("src/files/f.hsl", "$|version", 1),
		env.loc("src/files/vre.hsl", "$|version", 0),
	))

	// Renaming an alias changes it and its uses in its file only.
	env.open("src/hooks/connect/b.hsl", xrefsWorkspace["src/hooks/connect/b.hsl"])
	want := sorted(
		env.loc("src/hooks/connect/b.hsl", "limit", 0),
		env.loc("src/hooks/connect/b.hsl", "limit", 1),
		env.loc("src/hooks/connect/b.hsl", "limit", 2),
	)
	for i := range 3 {
		at, p := env.at("src/hooks/connect/b.hsl", "limit", i)
		var r *protocol.Range
		env.c.call("textDocument/prepareRename", protocol.PrepareRenameParams{TextDocumentPositionParams: p}, &r)
		if r == nil || env.name(fileURI(env.path("src/hooks/connect/b.hsl")), *r) != at || r.End.Character-r.Start.Character != uint32(len("limit")) {
			t.Errorf("prepareRename at %s: %v, want the range of limit", at, r)
		}
		got, err = env.rename("src/hooks/connect/b.hsl", "limit", i, "cap")
		if err != nil {
			t.Fatal(err)
		}
		sameList(t, fmt.Sprintf("rename of the alias limit from occurrence %d", i), got, want)
	}
	if _, err = env.rename("src/hooks/connect/b.hsl", "limit", 1, "twice"); err == nil || !strings.Contains(err.Error(), "a function twice is already declared there") {
		t.Errorf("rename of the alias limit to twice: error %v, want a clash with function twice", err)
	}
	got, err = env.rename("src/hooks/connect/b.hsl", "$|v;", 0, "vv")
	if err != nil {
		t.Fatal(err)
	}
	sameList(t, "rename of the alias $v", got, sorted(
		env.loc("src/hooks/connect/b.hsl", "$|v;", 0),
		env.loc("src/hooks/connect/b.hsl", "$|v }", 0),
	))
}

// An alias a module gives is exported again: renaming it follows the
// modules that import it from there, without alias (their uses change) or
// with one (only the left side changes), and the namespaces of those modules.
func TestWorkspaceRenameReexportedAlias(t *testing.T) {
	env := newXrefsEnv(t)
	for _, rel := range []string{"src/files/reexport.hsl", "src/files/h.hsl", "src/files/k.hsl", "src/files/vuse.hsl"} {
		env.open(rel, xrefsWorkspace[rel])
	}
	speed := sorted(
		env.loc("src/files/reexport.hsl", "speed", 0),
		env.loc("src/files/h.hsl", "speed", 0),
		env.loc("src/files/h.hsl", "speed", 1),
		env.loc("src/files/m.hsl", "speed", 0),
		env.loc("src/files/m.hsl", "speed", 1),
		env.loc("src/files/k.hsl", "speed", 0),
		env.loc("src/files/k.hsl", "speed", 1),
		env.loc("src/files/back.hsl", "speed", 0),
	)
	ver := sorted(
		env.loc("src/files/vre.hsl", "$|ver ", 0),
		env.loc("src/files/vuse.hsl", "$|ver", 0),
		env.loc("src/files/vuse.hsl", "$|ver", 1),
		env.loc("src/files/vback.hsl", "$|ver", 0),
	)
	tests := []struct {
		name, file, needle string
		n                  int
		newName            string
		want               []string
	}{
		{"at the alias", "src/files/reexport.hsl", "speed", 0, "velocity", speed},
		{"at a use in a module that imports it again", "src/files/h.hsl", "speed", 1, "velocity", speed},
		{"at the import of the alias", "src/files/h.hsl", "speed", 0, "velocity", speed},
		{"at the left side of another alias", "src/files/k.hsl", "speed", 0, "velocity", speed},
		{"at a namespace use", "src/files/k.hsl", "speed", 1, "velocity", speed},
		{"the other alias stays in its module", "src/files/k.hsl", "pace", 1, "step", sorted(
			env.loc("src/files/k.hsl", "pace", 0),
			env.loc("src/files/k.hsl", "pace", 1),
		)},
		{"a variable's alias", "src/files/vuse.hsl", "$|ver", 1, "$edition", ver},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := env.rename(tt.file, tt.needle, tt.n, tt.newName)
			if err != nil {
				t.Fatal(err)
			}
			sameList(t, "rename", got, tt.want)
		})
	}

	// References of the alias list the uses in every module, by any name.
	sameList(t, "references from a re-imported alias", env.refs("src/files/h.hsl", "speed", 1), env.rateEverywhere())

	// Names are checked in every module that sees the alias.
	clashes := []struct{ name, file, needle, newName, want string }{
		{"a function of a module that imports it again", "src/files/reexport.hsl", "speed", "tempo", "m.hsl:3:10: a function tempo is already declared there"},
		{"a variable of a module that imports it again", "src/files/vre.hsl", "$|ver }", "$tag", "vuse.hsl:2:1: $tag is already a variable there"},
		{"a builtin", "src/files/h.hsl", "speed", "strlen", "strlen is a builtin"},
	}
	for _, tt := range clashes {
		t.Run(tt.name, func(t *testing.T) {
			if tt.file == "src/files/vre.hsl" {
				env.open(tt.file, xrefsWorkspace[tt.file])
			}
			_, err := env.rename(tt.file, tt.needle, 0, tt.newName)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("rename to %s: error %v, want one containing %q", tt.newName, err, tt.want)
			}
		})
	}
}

// Renaming follows the names spelled like the declared one because they
// are its name (the declaration, plain imports, their uses, `ns::name`); a
// name an alias gives keeps its spelling with its uses, also when it is
// spelled like the declared name, and so does another entity of that name.
func TestWorkspaceRenameByOrigin(t *testing.T) {
	env := newXrefsEnv(t)
	for _, rel := range []string{"src/hooks/connect/a.hsl", "src/hooks/connect/b.hsl", "src/files/back.hsl", "src/files/backuse.hsl",
		"src/files/own.hsl", "src/files/other.hsl", "src/files/vback.hsl"} {
		env.open(rel, xrefsWorkspace[rel])
	}
	// rate by its name: not back.hsl (it names the alias speed rate), nor
	// backuse.hsl (it imports that alias), nor own.hsl and other.hsl (another
	// rate); b.hsl keeps its alias limit and reexport.hsl speed.
	declared := sorted(
		env.loc("src/files/lib.hsl", "rate", 0),
		env.loc("src/files/lib.hsl", "rate", 1),
		env.loc("src/hooks/connect/a.hsl", "rate", 0),
		env.loc("src/hooks/connect/a.hsl", "rate", 1),
		env.loc("src/hooks/connect/b.hsl", "rate", 0),
		env.loc("src/hooks/eod/c.hsl", "rate", 0),
		env.loc("src/hooks/eod/c.hsl", "rate", 1),
		env.loc("src/hooks/eod/d.hsl", "rate", 0),
		env.loc("src/files/helper.hsl", "rate", 0),
		env.loc("src/files/e.hsl", "rate", 0),
		env.loc("src/files/broken.hsl", "rate", 0),
		env.loc("src/files/broken.hsl", "rate", 1),
		env.loc("src/files/reexport.hsl", "rate", 0),
	)
	// The alias rate of back.hsl, where modules see it by that name.
	alias := sorted(
		env.loc("src/files/back.hsl", "rate", 0),
		env.loc("src/files/back.hsl", "rate", 1),
		env.loc("src/files/backuse.hsl", "rate", 0),
		env.loc("src/files/backuse.hsl", "rate", 1),
		env.loc("src/files/backuse.hsl", "rate", 2),
	)
	version := sorted(
		env.loc("src/files/lib.hsl", "$|version", 0),
		env.loc("src/hooks/connect/b.hsl", "$|version", 0),
		env.loc("src/hooks/eod/c.hsl", "$|version", 0),
		env.loc("src/files/f.hsl", "$|version", 0),
		env.loc("src/files/f.hsl", "$|version", 1),
		env.loc("src/files/vre.hsl", "$|version", 0),
	)
	tests := []struct {
		name, file, needle string
		n                  int
		newName            string
		want               []string
	}{
		{"at the declaration", "src/files/lib.hsl", "rate", 0, "throttle", declared},
		{"at a use of a plain import", "src/hooks/connect/a.hsl", "rate", 1, "throttle", declared},
		{"at a namespace use", "src/hooks/eod/c.hsl", "rate", 1, "throttle", declared},
		{"at the left side of an alias (rate as limit keeps limit)", "src/hooks/connect/b.hsl", "rate", 0, "throttle", declared},
		{"no clash with a function of a module that keeps its alias", "src/files/lib.hsl", "rate", 0, "brake", declared},
		{"at an alias spelled like the declared name", "src/files/back.hsl", "rate", 0, "pace2", alias},
		{"at a use of that alias", "src/files/back.hsl", "rate", 1, "pace2", alias},
		{"at an import of that alias", "src/files/backuse.hsl", "rate", 0, "pace2", alias},
		{"at a namespace use of that alias", "src/files/backuse.hsl", "rate", 2, "pace2", alias},
		{"a module's own function of that name", "src/files/own.hsl", "rate", 0, "own", sorted(
			env.loc("src/files/own.hsl", "rate", 0),
			env.loc("src/files/own.hsl", "rate", 1),
		)},
		{"a function of that name imported from elsewhere", "src/files/other.hsl", "rate", 1, "zero", sorted(
			env.loc("src/files/unrelated.hsl", "rate", 0),
			env.loc("src/files/unrelated.hsl", "rate", 1),
			env.loc("src/files/other.hsl", "rate", 0),
			env.loc("src/files/other.hsl", "rate", 1),
		)},
		{"a variable at its declaration", "src/files/lib.hsl", "$|version", 0, "$release", version},
		{"a variable's alias spelled like the declared name", "src/files/vback.hsl", "$|version", 1, "$edition", sorted(
			env.loc("src/files/vback.hsl", "$|version", 0),
			env.loc("src/files/vback.hsl", "$|version", 1),
		)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := env.rename(tt.file, tt.needle, tt.n, tt.newName)
			if err != nil {
				t.Fatal(err)
			}
			sameList(t, "rename", got, tt.want)
		})
	}
}

// A namespace is renamed in its import and at every use in its module;
// other modules keep their namespaces of the same name.
func TestNamespaceRename(t *testing.T) {
	env := newXrefsEnv(t)
	const rel = "src/hooks/eod/ns.hsl"
	env.open(rel, `import * as lib from "lib.hsl";
import * as more from "reexport.hsl";
import { rate } from "lib.hsl";
echo lib::rate(1) . more::speed(2) . lib::$version;
$n = lib::Counter();
`)
	want := sorted(
		env.loc(rel, "lib", 0),
		env.loc(rel, "lib::", 0),
		env.loc(rel, "lib::", 1),
		env.loc(rel, "lib::", 2),
	)
	for i, needle := range []string{"lib", "l|ib::rate", "lib::$", "lib::C"} {
		at, p := env.at(rel, needle, 0)
		var r *protocol.Range
		env.c.call("textDocument/prepareRename", protocol.PrepareRenameParams{TextDocumentPositionParams: p}, &r)
		if r == nil || r.End.Character-r.Start.Character != uint32(len("lib")) {
			t.Errorf("prepareRename at %s: %v, want the range of lib", at, r)
		} else if got := env.name(fileURI(env.path(rel)), *r); got != env.loc(rel, strings.ReplaceAll(needle, "|", ""), 0) {
			t.Errorf("prepareRename at %s: %s, want the start of lib", at, got)
		}
		got, err := env.rename(rel, needle, 0, "util")
		if err != nil {
			t.Fatal(err)
		}
		sameList(t, fmt.Sprintf("rename of lib from occurrence %d", i), got, want)
	}

	// c.hsl has a namespace lib of its own.
	got, err := env.rename("src/hooks/eod/c.hsl", "lib::", 1, "l2")
	if err != nil {
		t.Fatal(err)
	}
	sameList(t, "rename of the namespace of another file", got, sorted(
		env.loc("src/hooks/eod/c.hsl", "lib", 0),
		env.loc("src/hooks/eod/c.hsl", "lib::", 0),
		env.loc("src/hooks/eod/c.hsl", "lib::", 1),
		env.loc("src/hooks/eod/c.hsl", "lib::", 2),
	))

	rejected := []struct{ name, newName, want string }{
		{"another namespace", "more", "already imports a namespace more"},
		{"an imported name", "rate", "already imports a name rate"},
		{"a builtin", "strlen", "strlen is a builtin"},
		{"a builtin class", "Map", "Map is a builtin"},
		{"not an identifier", "1lib", "not a valid name"},
		{"a reserved word", "if", "not a valid name"},
		{"with $", "$lib", "not a valid name"},
	}
	for _, tt := range rejected {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := env.rename(rel, "lib::", 0, tt.newName); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("rename of lib to %s: error %v, want one containing %q", tt.newName, err, tt.want)
			}
		})
	}
}

func TestWorkspaceRenameRejected(t *testing.T) {
	env := newXrefsEnv(t)
	env.open("src/hooks/queue/predelivery.hsl", xrefsWorkspace["src/hooks/queue/predelivery.hsl"])
	tests := []struct {
		name, file, needle, newName, want string
	}{
		{"not an identifier", "src/files/lib.hsl", "rate", "1rate", "not a valid name"},
		{"a reserved word", "src/files/lib.hsl", "rate", "if", "not a valid name"},
		{"a dash", "src/files/lib.hsl", "$|version", "$my-version", "not a valid name"},
		// a.hsl (not open) imports rate and declares helper.
		{"clash in an importing file on disk", "src/files/lib.hsl", "rate", "helper", "src/hooks/connect/a.hsl:2:10: a function helper is already declared there"},
		{"clash in the declaring file", "src/files/lib.hsl", "rate", "Counter", "a class Counter is already declared there"},
		{"clash with a builtin", "src/files/lib.hsl", "rate", "strlen", "strlen is a builtin"},
		{"a builtin", "src/hooks/queue/predelivery.hsl", "strlen", "mylen", "is a builtin and cannot be renamed"},
		{"same name", "src/files/lib.hsl", "inc", "inc", ""},
		{"no clash with a variable of a file that does not import it", "src/files/lib.hsl", "$|version", "$c", ""},
		{"clash of a variable in an importing file", "src/files/lib.hsl", "$|version", "$count", "f.hsl:2:1: $count is already a variable there"},
		{"clash of a method", "src/files/lib.hsl", "inc", "n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, p := env.at(tt.file, tt.needle, 0)
			var edit protocol.WorkspaceEdit
			err := env.c.try("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: p, NewName: tt.newName}, &edit)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("rename to %s: %v", tt.newName, err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("rename to %s: error %v, want one containing %q", tt.newName, err, tt.want)
			}
		})
	}
}
