package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/openhsl/hsl/packer"
)

// writeTree creates files (path -> content) under dir.
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

const goodApp = "version: \"6.10\"\nservers:\n  - {id: s, phases: {eod: {hook: main}}}\n"

func goodWorkspace(t *testing.T) string {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"src/config/smtpd-app.yaml": goodApp,
		"src/config/smtpd.yaml":     "version: \"6.10\"\nservers: [{id: s, listeners: [{port: 25}]}]\n",
		"src/hooks/eod/main.hsl":    "Accept();\n",
	})
	return dir
}

func badWorkspace(t *testing.T) string {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"src/config/smtpd-app.yaml": goodApp,
		"src/config/smtpd.yaml":     "version: \"6.10\"\nservers: [{id: s, listeners: [{port: \"25\"}]}]\n",
		"src/hooks/eod/main.hsl":    "Accept();\n",
	})
	return dir
}

func runCmd(args []string, checker packer.ScriptChecker) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr, checker)
	return code, stdout.String(), stderr.String()
}

func TestExitCodes(t *testing.T) {
	good, bad := goodWorkspace(t), badWorkspace(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"clean", []string{"-C", good, "--no-check-hsl"}, 0, "", ""},
		{"findings", []string{"-C", bad, "--no-check-hsl"}, 1, "src/config/smtpd.yaml:2:38: error: servers[0].listeners[0].port: expected integer, but got string [type]", ""},
		{"missing src", []string{"-C", t.TempDir()}, 2, "", "no src folder"},
		{"unknown flag", []string{"--frobnicate"}, 2, "", "flag provided but not defined"},
		{"positional argument", []string{"pack"}, 2, "", `unexpected argument "pack"`},
		{"bad format", []string{"--format", "xml"}, 2, "", `--format: expected text or json, found "xml"`},
		{"missing schema dir", []string{"-C", good, "--schema-dir", "nowhere"}, 2, "", "schema folder"},
		{"help", []string{"-h"}, 0, "", "usage: halonconfig"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(tc.args, nil)
			if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q",
					code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
			}
		})
	}
}

func TestWritesOutput(t *testing.T) {
	dir := goodWorkspace(t)
	// Default output folder: dist inside the -C folder.
	if code, stdout, stderr := runCmd([]string{"-C", dir, "--no-check-hsl"}, nil); code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	for _, name := range []string{"smtpd.yaml", "smtpd-app.yaml"} {
		if _, err := os.Stat(filepath.Join(dir, "dist", name)); err != nil {
			t.Error(err)
		}
	}
	app, _ := os.ReadFile(filepath.Join(dir, "dist", "smtpd-app.yaml"))
	if !strings.Contains(string(app), "data: |\n          Accept();") {
		t.Errorf("hook not packed:\n%s", app)
	}

	// -o relative to -C; an absolute -o as given.
	if code, _, _ := runCmd([]string{"-C", dir, "-o", "out/x", "--no-check-hsl"}, nil); code != 0 {
		t.Fatal(code)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "x", "smtpd-app.yaml")); err != nil {
		t.Error(err)
	}
	abs := t.TempDir()
	if code, _, _ := runCmd([]string{"-C", dir, "-o", abs, "--no-check-hsl"}, nil); code != 0 {
		t.Fatal(code)
	}
	if _, err := os.Stat(filepath.Join(abs, "smtpd.yaml")); err != nil {
		t.Error(err)
	}

	// An output path that is a file: I/O error.
	writeTree(t, dir, map[string]string{"blocker": "x"})
	if code, _, stderr := runCmd([]string{"-C", dir, "-o", "blocker", "--no-check-hsl"}, nil); code != 2 || !strings.Contains(stderr, "blocker") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestCheckWritesNothing(t *testing.T) {
	for _, dir := range []string{goodWorkspace(t), badWorkspace(t)} {
		runCmd([]string{"-C", dir, "--check", "--no-check-hsl"}, nil)
		runCmd([]string{"-C", dir, "--no-check-hsl"}, nil)
		_, err := os.Stat(filepath.Join(dir, "dist"))
		isBad := strings.Contains(mustRead(t, filepath.Join(dir, "src/config/smtpd.yaml")), `"25"`)
		if isBad != os.IsNotExist(err) {
			t.Errorf("%s: dist exists = %v; only the clean workspace without --check may write", dir, err == nil)
		}
	}
	dir := goodWorkspace(t)
	if code, _, _ := runCmd([]string{"-C", dir, "--check", "--no-check-hsl"}, nil); code != 0 {
		t.Errorf("exit %d", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "dist")); !os.IsNotExist(err) {
		t.Errorf("--check wrote dist: %v", err)
	}
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestJSONFormat(t *testing.T) {
	var r jsonReport
	code, stdout, _ := runCmd([]string{"-C", badWorkspace(t), "--format", "json", "--no-check-hsl"}, nil)
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	want := jsonDiagnostic{File: "src/config/smtpd.yaml", Line: 2, Column: 38, Severity: "error",
		Path: "servers[0].listeners[0].port", Rule: "type", Message: "expected integer, but got string"}
	if code != 1 || r.Errors != 1 || r.Warnings != 0 || len(r.Diagnostics) != 1 || r.Diagnostics[0] != want || len(r.Written) != 0 {
		t.Errorf("exit %d, report %+v", code, r)
	}

	dir := goodWorkspace(t)
	code, stdout, _ = runCmd([]string{"-C", dir, "--format", "json", "--no-check-hsl"}, nil)
	r = jsonReport{}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	if code != 0 || r.Diagnostics == nil || len(r.Diagnostics) != 0 || len(r.Written) != 2 ||
		r.Written[0] != filepath.ToSlash(filepath.Join(dir, "dist", "smtpd-app.yaml")) {
		t.Errorf("exit %d, report %+v", code, r)
	}
	if !strings.Contains(stdout, `"diagnostics": []`) {
		t.Errorf("empty diagnostics must be [] in JSON:\n%s", stdout)
	}
}

func TestSchemaDirFlag(t *testing.T) {
	dir := goodWorkspace(t)
	writeTree(t, dir, map[string]string{
		"schemas/6.10/smtpd.schema.json":     `{"type": "object", "required": ["environment"]}`,
		"schemas/6.10/smtpd-app.schema.json": `{"type": "object"}`,
	})
	code, stdout, _ := runCmd([]string{"-C", dir, "--schema-dir", "schemas", "--check", "--no-check-hsl"}, nil)
	if code != 1 || !strings.Contains(stdout, "src/config/smtpd.yaml:1:1: error: missing properties: 'environment' [required]") {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
}

// recordingChecker is a test ScriptChecker that reports every entry it sees.
type recordingChecker struct {
	mu      sync.Mutex
	entries []string
}

func (c *recordingChecker) Check(files map[string][]byte, entry, context string) []packer.Diagnostic {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = append(c.entries, entry)
	return []packer.Diagnostic{{Line: 1, Col: 1, Severity: packer.Warning, Rule: "hsl", Message: "seen in " + context}}
}

func TestCheckerWiring(t *testing.T) {
	dir := goodWorkspace(t)
	// Without a checker the user is told that scripts were not checked.
	if _, _, stderr := runCmd([]string{"-C", dir, "--check"}, nil); !strings.Contains(stderr, "scripts were not checked") {
		t.Errorf("stderr %q", stderr)
	}
	c := &recordingChecker{}
	code, stdout, stderr := runCmd([]string{"-C", dir, "--check"}, c)
	if code != 0 || stderr != "" || stdout != "src/hooks/eod/main.hsl:1:1: warning: seen in eod [hsl]\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	c = &recordingChecker{}
	if code, stdout, _ := runCmd([]string{"-C", dir, "--check", "--no-check-hsl"}, c); code != 0 || stdout != "" || len(c.entries) != 0 {
		t.Errorf("--no-check-hsl: exit %d, stdout %q, checked %v", code, stdout, c.entries)
	}
}

// genWorkspace writes a configuration with 200 script files: 80 server hooks, the two
// queue hooks and 118 library files that include one another.
func genWorkspace(b testing.TB, dir string) {
	files := map[string]string{}
	var app strings.Builder
	app.WriteString("version: \"6.10\"\nservers:\n")
	const servers, libs = 10, 118
	for s := 0; s < servers; s++ {
		fmt.Fprintf(&app, "  - id: server%d\n    transport: mx\n    phases:\n", s)
		for _, phase := range packer.ServerPhases {
			fmt.Fprintf(&app, "      %s: { hook: h%d }\n", phase, s)
			files[fmt.Sprintf("src/hooks/%s/h%d.hsl", phase, s)] = fmt.Sprintf(`// %[1]s hook of server %[2]d
include "lib/f%[3]d.hsl";
$limit = f%[3]d(%[2]d);
if ($limit > 10) {
	echo "limit " . $limit;
}
foreach (["a", "b", "c"] as $k => $v) {
	$context[$v] = $k;
}
`, phase, s, s*7%libs)
		}
	}
	app.WriteString("transportgroups:\n  - id: default\n    transports: [{ id: mx, session: { tls: { mode: dane } } }]\n")
	files["src/config/smtpd-app.yaml"] = app.String()
	files["src/config/smtpd.yaml"] = "version: \"6.10\"\nservers:\n  - id: server0\n    listeners: [{ port: 25 }]\n"
	files["src/hooks/queue/predelivery.hsl"] = "include \"lib/f1.hsl\";\nTry([\"tls\" => \"dane\"]);\n"
	files["src/hooks/queue/postdelivery.hsl"] = "if ($arguments[\"action\"] ?? none) Default();\n"
	for i := 0; i < libs; i++ {
		body := fmt.Sprintf("function f%d($x) {\n\t$y = $x * %d;\n\tfor ($i = 0; $i < 3; $i++) {\n\t\t$y += $i;\n\t}\n\treturn $y;\n}\n", i, i)
		if i%10 != 0 {
			body = fmt.Sprintf("include_once \"lib/f%d.hsl\";\n", i-1) + body
		}
		files[fmt.Sprintf("src/files/lib/f%d.hsl", i)] = body
	}
	writeTree(b, dir, files)
}

// BenchmarkPack200Scripts packs and checks a 200-script configuration through the whole
// command, with the script checker this build wires in.
func BenchmarkPack200Scripts(b *testing.B) {
	dir := b.TempDir()
	genWorkspace(b, dir)
	out := b.TempDir()
	if code := run([]string{"-C", dir, "-o", out}, io.Discard, io.Discard, scriptChecker()); code != 0 {
		b.Fatalf("exit %d", code)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := run([]string{"-C", dir, "-o", out}, io.Discard, io.Discard, scriptChecker()); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
