// Package interp is the embedding API of the HSL interpreter: compile a script
// once, then run the compiled Program as often as needed, from many
// goroutines at once, each run with its own output, context variables and
// limits.
//
//	prog, diags := interp.Compile("main.hsl", src, interp.Options{Catalog: stdlib.Core()})
//	if diags.HasErrors() { ... }
//	err := prog.Run(ctx, interp.RunOptions{Stdout: os.Stdout})
package interp

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/interp/vm"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Options configure compilation.
type Options struct {
	// RootPath is the directory that include and import paths are relative to.
	// Files outside it cannot be loaded; with no RootPath only Files can.
	RootPath string
	// Files are virtual files, by name, looked up before the file system
	// (a configuration's scripting files).
	Files map[string][]byte
	// Context is the hook context ("connect", "eod", …); "" is plain core HSL.
	Context string
	// Catalog holds the builtin functions and classes available.
	Catalog *catalog.Catalog
	// Variables are the host's context variables (name without "$") and
	// whether each is read-only.
	Variables map[string]bool
}

// Program is a compiled script: immutable and safe for concurrent runs.
type Program struct {
	code    *vm.Program
	info    *resolve.Info
	catalog *catalog.Catalog
	root    string
	files   map[string][]byte
}

// Info returns the resolution of the program (symbols and bindings), as the
// language server and linters use it.
func (p *Program) Info() *resolve.Info { return p.info }

// Compile parses, resolves and compiles a script. The Program is usable only
// when the diagnostics hold no error.
func Compile(filename string, src []byte, opts Options) (*Program, diag.List) {
	file, diags := grammar.Parse(filename, src)
	if diags.HasErrors() {
		return nil, diags
	}
	info := resolve.Resolve(file, resolve.Options{
		Catalog:     opts.Catalog,
		Context:     opts.Context,
		Predeclared: opts.Variables,
		Loader:      &Loader{Root: opts.RootPath, Files: opts.Files},
	})
	diags = append(diags, info.Diags...)
	if diags.HasErrors() {
		diags.Sort()
		return nil, dedupe(diags)
	}
	code, cdiags := vm.Compile(info, opts.Catalog, opts.Context)
	diags = append(diags, cdiags...)
	diags.Sort()
	if diags.HasErrors() {
		return nil, dedupe(diags)
	}
	return &Program{code: code, info: info, catalog: opts.Catalog, root: opts.RootPath, files: opts.Files}, diags
}

// dedupe drops repeated diagnostics (a file parsed for two imports).
func dedupe(l diag.List) diag.List {
	out := l[:0]
	seen := map[string]bool{}
	for _, d := range l {
		if s := d.String(); !seen[s] {
			seen[s] = true
			out = append(out, d)
		}
	}
	return out
}

// RunOptions configure one execution.
type RunOptions struct {
	Stdout io.Writer
	// Vars are the values of the context variables declared in Options.Variables.
	Vars   map[string]value.Value
	Limits vm.Limits
	// Shared is the process-wide state of cache and barrier; nil uses the
	// process default.
	Shared *vm.Shared
	// Keys are the keys and certificates that scripts name as "pki:<id>"
	// (the configuration's pki.private[]); nil for none.
	Keys catalog.KeyStore
}

// Run executes the program once. An uncaught error comes back as a
// *catalog.Exception (runtime errors and thrown Exception objects) or a
// *catalog.Thrown (other thrown values).
func (p *Program) Run(ctx context.Context, ro RunOptions) error {
	m := vm.NewMachine(p.code, vm.Options{
		Stdout: ro.Stdout, Context: ctx, RootPath: p.root, Files: p.files, Vars: ro.Vars,
		Limits: ro.Limits, Shared: ro.Shared, Catalog: p.catalog, Keys: ro.Keys,
	})
	return m.Run()
}

// Loader finds the files that include and import name: virtual files first,
// then files under Root (none when Root is empty). `file:NAME`, `file://NAME` and `./NAME` all name
// NAME relative to the root.
type Loader struct {
	Root  string
	Files map[string][]byte
}

// Load implements resolve.Loader.
func (l *Loader) Load(from, name string) (string, []byte, error) {
	if strings.HasPrefix(name, "extras://") {
		return "", nil, fmt.Errorf("extras modules (%s) are provided by Halon plugins and are not available here", name)
	}
	clean := name
	prefix := ""
	if rest, ok := strings.CutPrefix(clean, "txt!"); ok {
		prefix, clean = "txt!", rest
	}
	clean = catalog.CleanFileName(clean)
	if clean == "" {
		return "", nil, fmt.Errorf("empty file name")
	}
	if src, ok := l.Files[clean]; ok {
		return withPrefix(prefix, clean), src, nil
	}
	root := l.Root
	if root == "" {
		return "", nil, fmt.Errorf("no such file among the configuration's files")
	}
	full := filepath.Join(root, filepath.FromSlash(clean))
	src, err := os.ReadFile(full)
	if err != nil {
		if os.IsNotExist(err) {
			return "", nil, fmt.Errorf("no such file under %s", root)
		}
		return "", nil, err
	}
	return withPrefix(prefix, clean), src, nil
}

func withPrefix(prefix, name string) string { return prefix + name }

// Disassemble renders the compiled bytecode (for debugging).
func (p *Program) Disassemble() string { return p.code.Disassemble() }
