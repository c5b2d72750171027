package packer

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzPackApp packs arbitrary running configurations next to a hook script and a file:
// whatever the input, Pack must not panic and must not return an error (bad content is a
// diagnostic, not a failure).
func FuzzPackApp(f *testing.F) {
	for _, seed := range []string{
		"version: \"6.10\"\nservers:\n  - {id: s, phases: {eod: {hook: h}}}\n",
		"version: \"6.10\"\nservers: [{phases: {rcptto: {hook: {id: h, recipientdomains: {a: h, b: [x]}}}}}]\n",
		"version: \"6.10\"\nscripting: &s {hooks: *s}\n",
		"version: \"6.10\"\nscripting: {files: {}, hooks: {eod: 1}}\n",
		"a: &a [*a]\n",
		"<<: {version: \"6.10\"}\n",
		"version: !Env \"${V:6.10}\"\nservers: !Set [!Map {}]\n",
		"? [x]\n: y\n",
		"version: \"6.10\"\nservers:\n  - &x {id: s, phases: {eod: {hook: h}}}\n  - *x\n",
	} {
		f.Add(seed)
	}
	dir := f.TempDir()
	writeTree(f, dir, map[string]string{
		"src/hooks/eod/h.hsl":    "Accept();",
		"src/hooks/rcptto/h.hsl": "Accept();",
		"src/files/a.txt":        "a",
		"src/config/smtpd.yaml":  "version: \"6.10\"\n",
	})
	app := filepath.Join(dir, "src", "config", "smtpd-app.yaml")
	f.Fuzz(func(t *testing.T, src string) {
		if err := os.WriteFile(app, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Pack(Options{Dir: dir}); err != nil {
			t.Fatalf("Pack: %v", err)
		}
	})
}
