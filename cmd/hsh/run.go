package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"

	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/repl"
	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

// hshCatalog is the builtins of hsh: the core ones, and the hook functions
// and classes, which compile (so that hook scripts load) but fail when
// called, naming the hooks that have them (docs/compatibility.md).
var hshCatalog = sync.OnceValue(func() *catalog.Catalog {
	h := catalog.New()
	hooks.Register(h)
	return hooks.Merge(stdlib.Core(), h)
})

// runScript compiles and runs the script at path and returns hsh's exit
// status: 0 on success, 1 for compile errors or an uncaught runtime error,
// 2 when the file cannot be read.
func runScript(path string, opts options) int {
	var src []byte
	var err error
	root := opts.rootPath
	if path == "-" {
		src, err = io.ReadAll(opts.stdin)
		if root == "" {
			root = "."
		}
	} else {
		src, err = os.ReadFile(path)
		if root == "" {
			root = filepath.Dir(path)
		}
	}
	if err != nil {
		fmt.Fprintf(opts.stderr, "hsh: cannot read %s: %v\n", path, reason(err))
		return exitUsage
	}
	opts.rootPath = root
	return runSource(path, src, opts)
}

// runSource compiles and runs src, named name in messages, under
// opts.rootPath ("" is the current directory) with the configuration's files.
func runSource(name string, src []byte, opts options) int {
	prog, diags := interp.Compile(name, src, interp.Options{RootPath: opts.rootPath, Files: opts.files, Catalog: hshCatalog()})
	for _, d := range diags {
		fmt.Fprintln(opts.stderr, d)
	}
	if diags.HasErrors() {
		return exitErrors
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := prog.Run(ctx, interp.RunOptions{Stdout: opts.stdout, Keys: opts.keys}); err != nil {
		reportRuntimeError(opts, err)
		return exitErrors
	}
	return exitOK
}

// reportRuntimeError prints an uncaught error as `file:line:col: error:
// message` followed by the HSL stack trace.
func reportRuntimeError(opts options, err error) {
	var exc *catalog.Exception
	var thrown *catalog.Thrown
	switch {
	case errors.As(err, &thrown):
		exc = thrown.Exc
		fmt.Fprintf(opts.stderr, "%s:%d:%d: error: uncaught %s %s\n", exc.File, exc.Line, exc.Col, thrown.Value.Kind(), thrown.Value.Repr())
	case errors.As(err, &exc):
		fmt.Fprintf(opts.stderr, "%s:%d:%d: error: %s\n", exc.File, exc.Line, exc.Col, exc.Message)
	default:
		fmt.Fprintf(opts.stderr, "hsh: error: %v\n", err)
		return
	}
	fmt.Fprint(opts.stderr, repl.FormatTrace(exc.Trace))
}
