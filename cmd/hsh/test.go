package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/repl"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// assertModule is the HSL source of the hsh:assert module that test files
// import.
//
//go:embed assert.hsl
var assertModule []byte

// assertName is the name test files import the assertions by.
const assertName = "hsh:assert"

// testOptions are the settings of one `hsh test` run.
type testOptions struct {
	junit    string
	rootPath string
	timeout  time.Duration
	verbose  bool
	files    map[string][]byte // configuration files, plus hsh:assert
	keys     catalog.KeyStore  // pki.private[] of the configuration; nil for none
}

// testResult is the outcome of one test.
type testResult struct {
	file    string
	name    string
	elapsed time.Duration
	failure string // "" when the test passed
	output  string
}

// testMain is `hsh test [flags] [PATH...]`.
func testMain(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("hsh test", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	var opts testOptions
	var config, appconf string
	var help bool
	fl.StringVar(&opts.junit, "junit", "", "")
	fl.StringVar(&opts.rootPath, "R", "", "")
	fl.StringVar(&opts.rootPath, "rootpath", "", "")
	fl.StringVar(&config, "c", "", "")
	fl.StringVar(&config, "config", "", "")
	fl.StringVar(&appconf, "A", "", "")
	fl.StringVar(&appconf, "appconf", "", "")
	fl.DurationVar(&opts.timeout, "timeout", 60*time.Second, "")
	fl.BoolVar(&opts.verbose, "v", false, "")
	fl.BoolVar(&help, "h", false, "")
	fl.BoolVar(&help, "help", false, "")
	paths, err := parseFlags(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			testUsage(stdout)
			return exitOK
		}
		msg := flagError(err, args)
		fmt.Fprintf(stderr, "hsh test: %s\n", msg)
		testUsage(stderr)
		return exitUsage
	}
	if help {
		testUsage(stdout)
		return exitOK
	}
	if config == "-" || appconf == "-" {
		fmt.Fprintln(stderr, "hsh test: -c and -A take files, not standard input")
		return exitUsage
	}
	env, err := loadEnvironment(config, appconf, nil)
	if err != nil {
		fmt.Fprintf(stderr, "hsh test: %v\n", err)
		return exitUsage
	}
	if opts.rootPath == "" {
		opts.rootPath = env.rootPath
	}
	if err := checkRoot(opts.rootPath); err != nil {
		fmt.Fprintf(stderr, "hsh test: %v\n", err)
		return exitUsage
	}
	opts.files, opts.keys = env.files, env.keys
	opts.files[assertName] = assertModule

	if len(paths) == 0 {
		paths = []string{"."}
	}
	files, err := findTests(paths)
	if err != nil {
		fmt.Fprintf(stderr, "hsh test: %v\n", err)
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "hsh test: no *_test.hsl files in %s\n", strings.Join(paths, " "))
		return exitUsage
	}

	if opts.junit != "" {
		// Find out now, not after every test has run, that the report
		// cannot be written.
		f, err := os.OpenFile(opts.junit, os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			fmt.Fprintf(stderr, "hsh test: cannot write %s: %v\n", opts.junit, reason(err))
			return exitUsage
		}
		f.Close()
	}

	start := time.Now()
	var results []testResult
	for _, f := range files {
		for _, r := range runTestFile(f, opts) {
			printResult(stdout, r, opts.verbose)
			results = append(results, r)
		}
	}
	failed := 0
	for _, r := range results {
		if r.failure != "" {
			failed++
		}
	}
	fmt.Fprintf(stdout, "%d passed, %d failed (%s)\n", len(results)-failed, failed, round(time.Since(start)))
	if opts.junit != "" {
		if err := writeJUnit(opts.junit, results); err != nil {
			fmt.Fprintf(stderr, "hsh test: %v\n", err)
			return exitUsage
		}
	}
	if failed > 0 {
		return exitErrors
	}
	return exitOK
}

// findTests returns the test files under paths: directories are searched for
// *_test.hsl files (skipping hidden directories), files are taken as given.
func findTests(paths []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %v", p, reason(err))
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), "_test.hsl") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return out, nil
}

// runTestFile runs the tests of one file: each top-level function named
// test_* in a fresh interpreter (the file's top level runs first), or the
// whole file as one test when it has none.
func runTestFile(path string, opts testOptions) []testResult {
	src, err := os.ReadFile(path)
	if err != nil {
		return []testResult{{file: path, name: filepath.Base(path), failure: "cannot read: " + reason(err).Error()}}
	}
	file, diags := grammar.Parse(path, src)
	if diags.HasErrors() {
		return []testResult{{file: path, name: filepath.Base(path), failure: diags.String()}}
	}
	var names []string
	for _, st := range file.Stmts {
		if fn, ok := st.(*ast.FuncDecl); ok && strings.HasPrefix(fn.Name.Name, "test_") {
			names = append(names, fn.Name.Name)
		}
	}
	root := opts.rootPath
	if root == "" {
		root = filepath.Dir(path)
	}
	if len(names) == 0 {
		return []testResult{runTest(path, filepath.Base(path), src, 0, root, opts)}
	}
	callLine := bytes.Count(src, []byte("\n")) + 2
	var out []testResult
	for _, name := range names {
		// The call goes on a line of its own after the file, so that every
		// position in the file stays as written.
		prog := append(append(bytes.Clone(src), '\n'), name+"();\n"...)
		out = append(out, runTest(path, name, prog, callLine, root, opts))
	}
	return out
}

// runTest compiles and runs one test program; callLine is the line of the
// call that the runner added (0 for none), left out of stack traces.
func runTest(path, name string, src []byte, callLine int, root string, opts testOptions) testResult {
	r := testResult{file: path, name: name}
	start := time.Now()
	defer func() { r.elapsed = time.Since(start) }()
	prog, diags := interp.Compile(path, src, interp.Options{RootPath: root, Files: opts.files, Catalog: hshCatalog()})
	if diags.HasErrors() {
		r.failure = diags.String()
		r.elapsed = time.Since(start)
		return r
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.timeout)
	defer cancel()
	var out bytes.Buffer
	err := prog.Run(ctx, interp.RunOptions{Stdout: &out, Keys: opts.keys})
	r.output = out.String()
	if err != nil {
		r.failure = describeFailure(err, path, callLine)
		if ctx.Err() != nil {
			r.failure = fmt.Sprintf("timed out after %s\n%s", opts.timeout, r.failure)
		}
	}
	r.elapsed = time.Since(start)
	return r
}

// describeFailure renders an uncaught error: the place in the test (the
// first frame outside hsh:assert), the message and the stack trace without
// the runner's call (line callLine of path).
func describeFailure(err error, path string, callLine int) string {
	var exc *catalog.Exception
	var thrown *catalog.Thrown
	msg := ""
	switch {
	case errors.As(err, &thrown):
		exc = thrown.Exc
		msg = fmt.Sprintf("uncaught %s %s", thrown.Value.Kind(), thrown.Value.Repr())
	case errors.As(err, &exc):
		msg = exc.Message
	default:
		return err.Error()
	}
	place := fmt.Sprintf("%s:%d:%d", exc.File, exc.Line, exc.Col)
	for _, f := range exc.Trace {
		if f.File != assertName {
			place = fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Col)
			break
		}
	}
	var frames []catalog.Frame
	for _, f := range exc.Trace {
		if f.File != path || f.Line != callLine {
			frames = append(frames, f)
		}
	}
	return place + ": " + msg + "\n" + repl.FormatTrace(frames)
}

func printResult(w io.Writer, r testResult, verbose bool) {
	status := "PASS"
	if r.failure != "" {
		status = "FAIL"
	}
	fmt.Fprintf(w, "%s  %s: %s (%s)\n", status, r.file, r.name, round(r.elapsed))
	if r.failure != "" {
		fmt.Fprint(w, indent(r.failure))
	}
	if r.output != "" && (verbose || r.failure != "") {
		fmt.Fprintln(w, "    output:")
		fmt.Fprint(w, indent(indent(r.output)))
	}
}

// indent prefixes every line of s with four spaces and ends it with a newline.
func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	return "    " + strings.ReplaceAll(s, "\n", "\n    ") + "\n"
}

// round shortens a duration for reports.
func round(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

// JUnit XML, as CI servers read it: one testsuite per file.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }

// writeJUnit writes the results as JUnit XML to path.
func writeJUnit(path string, results []testResult) error {
	var doc junitSuites
	var total time.Duration
	for _, r := range results {
		if len(doc.Suites) == 0 || doc.Suites[len(doc.Suites)-1].Name != r.file {
			doc.Suites = append(doc.Suites, junitSuite{Name: r.file})
		}
		s := &doc.Suites[len(doc.Suites)-1]
		c := junitCase{Name: r.name, Classname: r.file, Time: seconds(r.elapsed), SystemOut: r.output}
		if r.failure != "" {
			first, _, _ := strings.Cut(r.failure, "\n")
			c.Failure = &junitFailure{Message: first, Text: r.failure}
			s.Failures++
			doc.Failures++
		}
		s.Cases = append(s.Cases, c)
		s.Tests++
		doc.Tests++
		total += r.elapsed
	}
	for i := range doc.Suites {
		var t time.Duration
		for _, c := range results {
			if c.file == doc.Suites[i].Name {
				t += c.elapsed
			}
		}
		doc.Suites[i].Time = seconds(t)
	}
	doc.Time = seconds(total)
	data, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	data = append([]byte(xml.Header), append(data, '\n')...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, reason(err))
	}
	return nil
}

func testUsage(w io.Writer) {
	fmt.Fprint(w, `Usage: hsh test [flags] [PATH...]

Runs HSL tests. A directory PATH is searched (recursively, skipping hidden
directories) for *_test.hsl files; a file PATH is run whatever its name.
The default PATH is the current directory.

In a test file, every top-level function whose name starts with test_ is one
test: each runs in a fresh interpreter, after the file's top-level
statements, in the order of the file. A file without test_ functions is one
test. A test fails when an error or thrown value escapes it. Test files can
import assertions: import { assert_eq, assert_true } from "hsh:assert";

Flags:
  --junit FILE    also write the results as JUnit XML to FILE
  -R, --rootpath DIR
                  resolve include and import paths under DIR (default: the
                  configuration's scripting.rootpath, else each test file's
                  directory)
  -c, --config FILE, -A, --appconf FILE
                  load configuration files as hsh -c and -A do
  --timeout DURATION
                  stop a test that runs longer (default 60s)
  -v              print the output of passing tests too
  -h, --help      print this help and exit

Prints one line per test (PASS or FAIL, file, test, time), the failure and
the test's output under each failed test, and a summary "N passed, M failed".
Exit status: 0 when every test passed, 1 when one failed, 2 on a bad command
line or when no test file is found.
`)
}
