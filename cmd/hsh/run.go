package main

import "fmt"

// runScript runs the script at path and returns hsh's exit status.
func runScript(path string, opts options) int {
	fmt.Fprintln(opts.stderr, "hsh: running scripts needs the interpreter (package interp), which is not built yet")
	return exitUsage
}
