// Command halonconfig packs a Halon configuration workspace (src/config, src/hooks,
// src/files) into dist/*.yaml and checks it: YAML, JSON schemas chosen by each file's
// version, hook ids and scripts. It exits 0 when clean, 1 when there are findings and 2
// on a usage or I/O error. See docs/halonconfig.md.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/openhsl/hsl/packer"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitFailure  = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, scriptChecker()))
}

// options are the parsed command-line flags.
type options struct {
	dir, out, schemaDir, format string
	check, noCheckHSL           bool
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("halonconfig", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.dir, "C", ".", "work in `DIR` (the folder holding src/); other relative paths are taken from there")
	fs.StringVar(&o.out, "o", "dist", "write the packed files into `DIR`")
	fs.StringVar(&o.schemaDir, "schema-dir", "", "validate with the schemas in `DIR` (<version>/<name>.schema.json) instead of the built-in ones")
	fs.StringVar(&o.format, "format", "text", "diagnostics format: text or json")
	fs.BoolVar(&o.check, "check", false, "check only; write nothing")
	fs.BoolVar(&o.noCheckHSL, "no-check-hsl", false, "do not check hook and script files (hook ids are still cross-checked)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: halonconfig [-C DIR] [-o DIR] [--schema-dir DIR] [--check] [--no-check-hsl] [--format text|json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.format != "text" && o.format != "json" {
		return nil, fmt.Errorf("--format: expected text or json, found %q", o.format)
	}
	return o, nil
}

// run is the whole command; checker is nil when scripts cannot be checked.
func run(args []string, stdout, stderr io.Writer, checker packer.ScriptChecker) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitClean
	}
	if err != nil {
		fmt.Fprintln(stderr, "halonconfig:", err)
		return exitFailure
	}
	opts := packer.Options{Dir: o.dir}
	if o.schemaDir != "" {
		if opts.Schemas, err = packer.LoadSchemaDir(inDir(o.dir, o.schemaDir)); err != nil {
			fmt.Fprintln(stderr, "halonconfig:", err)
			return exitFailure
		}
	}
	if !o.noCheckHSL {
		if checker == nil {
			fmt.Fprintln(stderr, "halonconfig: note: no script checker; scripts were not checked (--no-check-hsl hides this note)")
		}
		opts.Checker = checker
	}
	res, err := packer.Pack(opts)
	if err != nil {
		fmt.Fprintln(stderr, "halonconfig:", err)
		return exitFailure
	}
	var written []string
	if !o.check && len(res.Outputs) > 0 {
		if written, err = packer.WriteOutputs(inDir(o.dir, o.out), res.Outputs); err != nil {
			fmt.Fprintln(stderr, "halonconfig:", err)
			return exitFailure
		}
	}
	if o.format == "json" {
		err = writeJSON(stdout, res.Diagnostics, written)
	} else {
		err = writeText(stdout, res.Diagnostics)
	}
	if err != nil {
		fmt.Fprintln(stderr, "halonconfig:", err)
		return exitFailure
	}
	if res.HasErrors() {
		return exitFindings
	}
	return exitClean
}

// inDir resolves a path given on the command line against the -C folder.
func inDir(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

func writeText(w io.Writer, diags []packer.Diagnostic) error {
	for _, d := range diags {
		if _, err := fmt.Fprintln(w, d.String()); err != nil {
			return err
		}
	}
	return nil
}

// jsonDiagnostic is one diagnostic of the --format json report.
type jsonDiagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Path     string `json:"path,omitempty"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

// jsonReport is the --format json report.
type jsonReport struct {
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
	Errors      int              `json:"errors"`
	Warnings    int              `json:"warnings"`
	Written     []string         `json:"written"`
}

func writeJSON(w io.Writer, diags []packer.Diagnostic, written []string) error {
	r := jsonReport{Diagnostics: []jsonDiagnostic{}, Written: []string{}}
	for _, d := range diags {
		r.Diagnostics = append(r.Diagnostics, jsonDiagnostic{
			File: d.File, Line: d.Line, Column: d.Col, Severity: d.Severity.String(),
			Path: d.Path, Rule: d.Rule, Message: d.Message,
		})
		if d.Severity == packer.Error {
			r.Errors++
		} else {
			r.Warnings++
		}
	}
	for _, p := range written {
		r.Written = append(r.Written, filepath.ToSlash(p))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
