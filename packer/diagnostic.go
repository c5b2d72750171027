package packer

import (
	"fmt"
	"sort"
	"strings"
)

// Severity tells how serious a Diagnostic is.
type Severity int

const (
	// Error is a finding that makes the configuration unusable; no output is written.
	Error Severity = iota
	// Warning is a finding worth a look that does not stop packing.
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one finding about a source file of the workspace.
type Diagnostic struct {
	File     string   // workspace-relative path with '/' separators, e.g. "src/config/smtpd-app.yaml"
	Line     int      // 1-based; 0 when the finding is about the whole file
	Col      int      // 1-based; 0 when unknown
	Severity Severity // Error or Warning
	Path     string   // configuration path such as "servers[0].phases.eod.hook", or ""
	Rule     string   // short name of the rule broken, e.g. "type", "required", "hook-missing"
	Message  string   // what is wrong, for people
}

// String formats d as "file:line:col: severity: path: message [rule]".
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
		if d.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(d.Severity.String())
	b.WriteString(": ")
	if d.Path != "" {
		b.WriteString(d.Path)
		b.WriteString(": ")
	}
	b.WriteString(d.Message)
	if d.Rule != "" {
		b.WriteString(" [")
		b.WriteString(d.Rule)
		b.WriteString("]")
	}
	return b.String()
}

// sortDiagnostics orders ds by file, position, path and message, and drops exact duplicates.
func sortDiagnostics(ds []Diagnostic) []Diagnostic {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Message < b.Message
	})
	out := ds[:0]
	for i, d := range ds {
		if i > 0 && d == ds[i-1] {
			continue
		}
		out = append(out, d)
	}
	return out
}
