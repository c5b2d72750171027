// Package diag holds the diagnostics that every phase of the toolchain reports:
// syntax errors from the parser, resolution errors, lint hints. Each names a
// file and a position so that people (and editors) can find it.
package diag

import (
	"fmt"
	"sort"
	"strings"

	"github.com/openhsl/hsl/grammar/ast"
)

// Severity ranks a diagnostic.
type Severity int

// The severities, most severe first.
const (
	Error Severity = iota
	Warning
	Info
	Hint
)

// String returns the lower-case name of the severity.
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Info:
		return "info"
	case Hint:
		return "hint"
	}
	return "error"
}

// Diagnostic is one finding at a place in a source file.
type Diagnostic struct {
	File     string
	Start    ast.Pos
	End      ast.Pos // just after the offending text; may equal Start
	Severity Severity
	Message  string
}

// At builds an error diagnostic covering loc.
func At(loc ast.Loc, format string, args ...any) Diagnostic {
	return Diagnostic{File: loc.File, Start: loc.Start, End: loc.End, Message: fmt.Sprintf(format, args...)}
}

// String formats the diagnostic as `file:line:col: message`, with the severity
// named for anything but errors.
func (d Diagnostic) String() string {
	prefix := ""
	if d.Severity != Error {
		prefix = d.Severity.String() + ": "
	}
	return fmt.Sprintf("%s:%d:%d: %s%s", d.File, d.Start.Line, d.Start.Col, prefix, d.Message)
}

// Error makes a Diagnostic usable as an error.
func (d Diagnostic) Error() string { return d.String() }

// List is a set of diagnostics.
type List []Diagnostic

// Sort orders the list by file, then position.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Start.Offset < l[j].Start.Offset
	})
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// String renders one diagnostic per line.
func (l List) String() string {
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// Err returns the list as an error when it holds at least one error, else nil.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return listError(l)
}

type listError List

func (e listError) Error() string { return strings.TrimSuffix(List(e).String(), "\n") }
