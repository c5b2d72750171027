package main

import "github.com/openhsl/hsl/packer"

// scriptChecker returns the checker for hook and script files, or nil when this build
// cannot check scripts. This is the one place where the HSL parser and resolver
// (github.com/openhsl/hsl/grammar and interp) are to be wired in: return a
// packer.ScriptChecker that parses each entry, resolves include and import against the
// files map, and reports undefined functions and classes and wrong arity for the context.
//
// Until then it returns nil: without a parser nothing about a script can be checked
// honestly (reading the files is already done, and checked, by the packer).
func scriptChecker() packer.ScriptChecker {
	return nil
}
