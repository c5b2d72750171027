package packer

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

// writeTree creates files (workspace path -> content) under dir.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func output(t *testing.T, res *Result, name string) []byte {
	t.Helper()
	for _, o := range res.Outputs {
		if o.Name == name {
			return o.Data
		}
	}
	t.Fatalf("no output %s; diagnostics: %v", name, res.Diagnostics)
	return nil
}

// TestPackDeterministic packs the full fixture twice, and once more from a copy written
// in another order, and expects the same bytes each time.
func TestPackDeterministic(t *testing.T) {
	src := filepath.Join(fixtures, "pack", "full")
	first, err := Pack(Options{Dir: src})
	if err != nil {
		t.Fatal(err)
	}
	second, err := Pack(Options{Dir: src})
	if err != nil {
		t.Fatal(err)
	}
	// Copy the workspace, creating the files in reverse path order.
	var paths []string
	err = filepath.WalkDir(filepath.Join(src, "src"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(paths)
	copyDir := t.TempDir()
	for _, p := range paths {
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeTree(t, copyDir, map[string]string{filepath.ToSlash(rel): string(data)})
	}
	third, err := Pack(Options{Dir: copyDir})
	if err != nil {
		t.Fatal(err)
	}
	for _, other := range []*Result{second, third} {
		if len(other.Outputs) != len(first.Outputs) || len(first.Outputs) == 0 {
			t.Fatalf("got %d and %d outputs", len(first.Outputs), len(other.Outputs))
		}
		for i := range first.Outputs {
			if first.Outputs[i].Name != other.Outputs[i].Name || !bytes.Equal(first.Outputs[i].Data, other.Outputs[i].Data) {
				t.Errorf("%s differs between runs", first.Outputs[i].Name)
			}
		}
	}
}

// TestPackedTextRoundTrips checks that text that is awkward for YAML comes back from the
// packed file byte for byte, and binary files come back through base64.
func TestPackedTextRoundTrips(t *testing.T) {
	texts := map[string]string{
		"crlf.hsl":      "echo 1;\r\necho 2;\r\n",
		"trailing.hsl":  "echo 1;   \n\t\n",
		"nonl.hsl":      "echo 1;",
		"leading.hsl":   "\n\n  echo 1;\n",
		"empty.hsl":     "",
		"doc.txt":       "---\n...\n# not a comment\n",
		"unicode.txt":   "héllo wörld ✓\n",
		"quotes.txt":    "'\"\\\n",
		"control.txt":   "bell\a\x1b[0m\n",
		"numberish.txt": "123",
		"boolish.txt":   "true",
		"spaces.txt":    "   ",
	}
	binaries := map[string]string{
		"nul.bin":    "a\x00b",
		"latin1.bin": "caf\xe9\n",
		"bytes.bin":  "\xff\xfe\xfd",
	}
	files := map[string]string{
		"src/config/smtpd-app.yaml":        "version: \"6.10\"\nservers:\n  - id: s\n    phases: {eod: {hook: crlf}}\n",
		"src/hooks/eod/crlf.hsl":           texts["crlf.hsl"],
		"src/hooks/queue/postdelivery.hsl": texts["leading.hsl"],
	}
	for name, v := range texts {
		files["src/files/"+name] = v
	}
	for name, v := range binaries {
		files["src/files/"+name] = v
	}
	dir := t.TempDir()
	writeTree(t, dir, files)
	res, err := Pack(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	var app struct {
		Scripting struct {
			Files []struct {
				ID     string `yaml:"id"`
				Data   string `yaml:"data"`
				Binary bool   `yaml:"binary"`
			} `yaml:"files"`
			Hooks struct {
				EOD          []struct{ ID, Data string } `yaml:"eod"`
				Postdelivery string                      `yaml:"postdelivery"`
			} `yaml:"hooks"`
		} `yaml:"scripting"`
	}
	if err := yaml.Unmarshal(output(t, res, "smtpd-app.yaml"), &app); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range app.Scripting.Files {
		data := f.Data
		if f.Binary {
			raw, err := base64.StdEncoding.DecodeString(f.Data)
			if err != nil {
				t.Fatalf("%s: %v", f.ID, err)
			}
			data = string(raw)
			if _, ok := binaries[f.ID]; !ok {
				t.Errorf("%s: packed as binary, it is text", f.ID)
			}
		} else if _, ok := texts[f.ID]; !ok {
			t.Errorf("%s: packed as text, it is binary", f.ID)
		}
		got[f.ID] = data
	}
	for name, want := range texts {
		if got[name] != want {
			t.Errorf("%s: got %q, want %q", name, got[name], want)
		}
	}
	for name, want := range binaries {
		if got[name] != want {
			t.Errorf("%s: got %q, want %q", name, got[name], want)
		}
	}
	if len(app.Scripting.Hooks.EOD) != 1 || app.Scripting.Hooks.EOD[0].Data != texts["crlf.hsl"] {
		t.Errorf("eod hook = %q", app.Scripting.Hooks.EOD)
	}
	if app.Scripting.Hooks.Postdelivery != texts["leading.hsl"] {
		t.Errorf("postdelivery = %q", app.Scripting.Hooks.Postdelivery)
	}
}

// TestPackReplacesInline checks that packed scripts replace inline entries with the same
// id, keep the others, and that a null scripting section is filled in.
func TestPackReplacesInline(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"src/config/smtpd-app.yaml": `version: "6.10"
servers:
  - {id: s, phases: {eod: {hook: a}, helo: {hook: b}}}
scripting:
  hooks:
    eod: [{id: a, data: old}, {id: z, data: kept}]
    helo: [{id: b, data: inline}]
    predelivery: old
`,
		"src/hooks/eod/a.hsl":             "new",
		"src/hooks/queue/predelivery.hsl": "Try();",
	})
	res, err := Pack(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) > 0 {
		t.Fatal(res.Diagnostics)
	}
	got := string(output(t, res, "smtpd-app.yaml"))
	for _, want := range []string{"{id: a, data: new}", "{id: z, data: kept}", "{id: b, data: inline}", "predelivery: Try();"} {
		if !strings.Contains(got, want) {
			t.Errorf("packed file lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "old") {
		t.Errorf("inline entries were not replaced:\n%s", got)
	}

	dir = t.TempDir()
	writeTree(t, dir, map[string]string{
		"src/config/smtpd-app.yaml": "version: \"6.10\"\nscripting:\n",
		"src/files/a.txt":           "a",
	})
	res, err = Pack(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(output(t, res, "smtpd-app.yaml")); !strings.Contains(got, "scripting:\n  files:\n    - id: a.txt\n      data: a\n") {
		t.Errorf("null scripting not filled in:\n%s", got)
	}
}

// TestNonAppFilesCopied checks that files other than smtpd-app.yaml are written unchanged.
func TestNonAppFilesCopied(t *testing.T) {
	src := "# comment kept\nversion:   \"6.10\"   # spacing kept\nservers: [ {id: a, listeners: [{port: 25}]} ]\n"
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"src/config/smtpd.yaml": src, "src/config/notes.txt": "ignored"})
	res, err := Pack(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Outputs) != 1 || string(res.Outputs[0].Data) != src {
		t.Errorf("outputs = %v", res.Outputs)
	}
}

func TestPackIOErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Pack(Options{Dir: dir}); err == nil || !strings.Contains(err.Error(), "no src folder") {
		t.Errorf("missing src: err = %v", err)
	}
	writeTree(t, dir, map[string]string{"src/hooks/eod/a.hsl": "x"})
	if _, err := Pack(Options{Dir: dir}); err == nil || !strings.Contains(err.Error(), "nothing to pack") {
		t.Errorf("no config: err = %v", err)
	}
	if os.Geteuid() != 0 {
		writeTree(t, dir, map[string]string{"src/config/smtpd.yaml": "version: \"6.10\"\n"})
		p := filepath.Join(dir, "src/config/smtpd.yaml")
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := Pack(Options{Dir: dir}); err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("unreadable file: err = %v", err)
		}
	}
}

// fakeChecker records its calls and reports one finding per script.
type fakeChecker struct {
	mu    sync.Mutex
	calls map[string]string // entry -> context
	files map[string][]string
}

func (f *fakeChecker) Check(files map[string][]byte, entry, context string) []Diagnostic {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls[entry] = context
	f.files[entry] = slices.Sorted(func(yield func(string) bool) {
		for k := range files {
			if !yield(k) {
				return
			}
		}
	})
	ds := []Diagnostic{{Line: 1, Col: 2, Rule: "hsl", Message: "entry " + entry}}
	if entry == "src/hooks/eod/main.hsl" {
		// A finding inside an included file, named by its virtual path.
		ds = append(ds, Diagnostic{File: "lib/util.hsl", Line: 3, Col: 4, Severity: Warning, Rule: "hsl", Message: "in include"})
	}
	return ds
}

// TestScriptCheckerSeam checks what the packer hands a ScriptChecker and how it maps the
// checker's findings back to source files.
func TestScriptCheckerSeam(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"src/config/smtpd-app.yaml":        "version: \"6.10\"\nservers:\n  - {id: s, phases: {eod: {hook: main}, connect: {hook: main}}}\n",
		"src/hooks/eod/main.hsl":           `include "lib/util.hsl";`,
		"src/hooks/connect/main.hsl":       "Accept();",
		"src/hooks/queue/predelivery.hsl":  "Try();",
		"src/hooks/queue/postdelivery.hsl": "Default();",
		"src/files/lib/util.hsl":           "function f() {}",
		"src/files/data.txt":               "not a script",
		"src/files/blob.hsl":               "\xff\xfe",
	})
	fc := &fakeChecker{calls: map[string]string{}, files: map[string][]string{}}
	res, err := Pack(Options{Dir: dir, Checker: fc})
	if err != nil {
		t.Fatal(err)
	}
	wantCalls := map[string]string{
		"src/hooks/connect/main.hsl":       "connect",
		"src/hooks/eod/main.hsl":           "eod",
		"src/hooks/queue/predelivery.hsl":  "predelivery",
		"src/hooks/queue/postdelivery.hsl": "postdelivery",
		"lib/util.hsl":                     "",
	}
	if fmt.Sprint(fc.calls) != fmt.Sprint(wantCalls) {
		t.Errorf("calls = %v\nwant %v", fc.calls, wantCalls)
	}
	if got := fc.files["src/hooks/eod/main.hsl"]; fmt.Sprint(got) != "[blob.hsl data.txt lib/util.hsl src/hooks/eod/main.hsl]" {
		t.Errorf("files for a hook = %v", got)
	}
	if got := fc.files["lib/util.hsl"]; fmt.Sprint(got) != "[blob.hsl data.txt lib/util.hsl]" {
		t.Errorf("files for a script file = %v", got)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		"src/files/lib/util.hsl:1:2: error: entry lib/util.hsl [hsl]",
		"src/files/lib/util.hsl:3:4: warning: in include [hsl]",
		"src/hooks/connect/main.hsl:1:2: error: entry src/hooks/connect/main.hsl [hsl]",
		"src/hooks/eod/main.hsl:1:2: error: entry src/hooks/eod/main.hsl [hsl]",
		"src/hooks/queue/postdelivery.hsl:1:2: error: entry src/hooks/queue/postdelivery.hsl [hsl]",
		"src/hooks/queue/predelivery.hsl:1:2: error: entry src/hooks/queue/predelivery.hsl [hsl]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.Outputs != nil {
		t.Errorf("checker errors must stop the output")
	}
}

// TestScalarStyleRoundTrips writes every short string over an alphabet of awkward
// characters the way packed scripts are written and reads it back.
func TestScalarStyleRoundTrips(t *testing.T) {
	alphabet := []string{"a", " ", "\t", "\n", "\r", "#", ":", "-", "\"", "|"}
	p := &packer{origins: map[*yaml.Node]string{}}
	var texts []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		texts = append(texts, prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+c, n-1)
		}
	}
	gen("", 4)
	list := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for i, text := range texts {
		list.Content = append(list.Content, p.entry(fmt.Sprint(i), source{rel: "x", data: []byte(text)}, false))
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: "files"}, list}}
	out, err := encodeYAML(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}})
	if err != nil {
		t.Fatal(err)
	}
	var back struct{ Files []struct{ ID, Data string } }
	if err := yaml.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Files) != len(texts) {
		t.Fatalf("read back %d entries, wrote %d", len(back.Files), len(texts))
	}
	for i, text := range texts {
		if back.Files[i].Data != text {
			t.Errorf("%q read back as %q", text, back.Files[i].Data)
		}
	}
}

// TestFileNameNotUTF8 checks that a file of src/files whose name is not UTF-8 is a
// finding (a scripting.files id is YAML text), not a failure to write the output, and
// that .halonignore can leave it out.
func TestFileNameNotUTF8(t *testing.T) {
	for _, ignore := range []string{"", "bad*\n", "sub*/\n"} {
		dir := t.TempDir()
		writeTree(t, dir, map[string]string{
			"src/config/smtpd-app.yaml": "version: \"6.10\"\n",
			"src/files/bad\xffname.txt": "x",
			"src/files/sub\xfe/ok.txt":  "y",
			"src/files/good.txt":        "z",
		})
		if ignore != "" {
			writeTree(t, dir, map[string]string{"src/files/.halonignore": ignore})
		}
		res, err := Pack(Options{Dir: dir})
		if err != nil {
			t.Fatalf("ignore %q: %v", ignore, err)
		}
		var got []string
		for _, d := range res.Diagnostics {
			got = append(got, d.String())
		}
		bad := "src/files/bad\uFFFDname.txt: error: name is not valid UTF-8: it cannot be written as a scripting.files id; rename it or list it in .halonignore [encoding]"
		sub := "src/files/sub\uFFFD: error: name is not valid UTF-8: it cannot be written as a scripting.files id; rename it or list it in .halonignore [encoding]"
		want := map[string][]string{"": {bad, sub}, "bad*\n": {sub}, "sub*/\n": {bad}}[ignore]
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("ignore %q:\n got %q\nwant %q", ignore, got, want)
		}
	}
}
