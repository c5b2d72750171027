package main

import (
	"fmt"
	"maps"
	"strings"

	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/packer"
	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

// scriptChecker returns the checker for hook and script files: each entry is compiled
// (parsed, resolved and compiled to bytecode, never run) against the core builtins, the
// functions and variables of its hook, and the files of src/files.
func scriptChecker() packer.ScriptChecker { return newHSLChecker() }

// hslChecker compiles scripts with the interpreter. It only reads its maps after
// construction, so concurrent Check calls are safe.
type hslChecker struct {
	catalogs  map[string]*catalog.Catalog // by hook context; "" is any hook
	variables map[string]map[string]bool  // likewise
}

func newHSLChecker() *hslChecker {
	core := stdlib.Core()
	c := &hslChecker{catalogs: map[string]*catalog.Catalog{}, variables: map[string]map[string]bool{}}
	for _, ctx := range hooks.Contexts() {
		c.catalogs[ctx] = hooks.Merge(core, hooks.Catalog(ctx))
		c.variables[ctx] = hooks.Variables(ctx)
	}
	// A file of src/files may be included by any hook: it sees every hook's
	// functions and variables.
	anyHook := catalog.New()
	hooks.Register(anyHook)
	c.catalogs[""] = hooks.Merge(core, anyHook)
	c.variables[""] = hooks.AnyVariables()
	return c
}

// Check implements packer.ScriptChecker.
func (c *hslChecker) Check(files map[string][]byte, entry, context string) []packer.Diagnostic {
	cat, ok := c.catalogs[context]
	if !ok {
		return []packer.Diagnostic{{Rule: "hsl", Message: fmt.Sprintf("unknown hook context %q", context)}}
	}
	src := files[entry]
	if context != "" {
		// A hook's own path is not a file id: include and import must not find it.
		files = maps.Clone(files)
		delete(files, entry)
	}
	_, diags := interp.Compile(entry, src, interp.Options{
		Files:     files,
		Context:   context,
		Catalog:   cat,
		Variables: c.variables[context],
	})
	out := make([]packer.Diagnostic, 0, len(diags))
	for _, d := range diags {
		if context == "" && isUndefined(d.Message) {
			// A file of src/files on its own: the hook that includes it may define
			// the name first. The checks of the hooks that include or import the
			// file report the names that are undefined there.
			continue
		}
		out = append(out, convert(d, entry, context))
	}
	return out
}

// convert maps one interpreter diagnostic to the packer's form.
func convert(d diag.Diagnostic, entry, context string) packer.Diagnostic {
	p := packer.Diagnostic{
		File:     strings.TrimPrefix(d.File, "txt!"),
		Line:     d.Start.Line,
		Col:      d.Start.Col,
		Severity: packer.Error,
		Rule:     "hsl",
		Message:  d.Message,
	}
	if d.File == entry {
		p.File = ""
	}
	if d.Severity != diag.Error {
		p.Severity = packer.Warning
	}
	if name, ok := strings.CutPrefix(d.Message, "undefined function "); ok {
		name, _, _ = strings.Cut(name, " ")
		if ctxs := hooks.ContextsOf(name); ctxs != nil {
			p.Message = fmt.Sprintf("undefined function %s: it is a function of %s, not of %s", name, hooks.Where(ctxs), context)
		}
	}
	return p
}

// isUndefined reports whether a message is about a name nothing defines: a variable, a
// function called or named as a value, or a class or namespace.
func isUndefined(msg string) bool {
	for _, p := range []string{"undefined variable ", "undefined function ", "undefined name ", "undefined class or namespace "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
