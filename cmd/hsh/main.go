// Command hsh is the HSL script interpreter's command line: it runs a script,
// checks the syntax of scripts (-s) or prints their syntax tree (--ast).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// version is the toolchain version; the Makefile sets it with -ldflags.
var version = "dev"

// options are the settings of one hsh invocation that the run path needs.
type options struct {
	stdout   io.Writer         // where the script's output goes
	stderr   io.Writer         // where diagnostics and errors go
	rootPath string            // directory for include/import paths; "" means the script's directory
	stdin    io.Reader         // the script when FILE is "-"
	files    map[string][]byte // virtual files of the configuration
	keys     catalog.KeyStore  // pki.private[] of the configuration; nil for none
}

func main() {
	os.Exit(main1(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0 // success: every file is clean
	exitErrors = 1 // a file has syntax errors
	exitUsage  = 2 // bad command line or unreadable file
)

// main1 is hsh without the process around it: it parses args, does the work
// and returns the exit status.
func main1(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "fmt" {
		return fmtMain(args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "test" {
		return testMain(args[1:], stdout, stderr)
	}
	fl := flag.NewFlagSet("hsh", flag.ContinueOnError)
	fl.SetOutput(io.Discard) // errors and usage are printed below
	var syntax, dumpAST, showVersion, help, drop, ffi bool
	var rootPath, config, appconf string
	fl.StringVar(&rootPath, "R", "", "")
	fl.StringVar(&rootPath, "rootpath", "", "")
	fl.StringVar(&config, "c", "", "")
	fl.StringVar(&config, "config", "", "")
	fl.StringVar(&appconf, "A", "", "")
	fl.StringVar(&appconf, "appconf", "", "")
	fl.BoolVar(&drop, "P", false, "")
	fl.BoolVar(&drop, "privdrop", false, "")
	fl.BoolVar(&ffi, "F", false, "")
	fl.BoolVar(&ffi, "ffi", false, "")
	fl.BoolVar(&syntax, "s", false, "")
	fl.BoolVar(&syntax, "syntax", false, "")
	fl.BoolVar(&dumpAST, "ast", false, "")
	fl.BoolVar(&showVersion, "v", false, "")
	fl.BoolVar(&showVersion, "version", false, "")
	fl.BoolVar(&help, "h", false, "")
	fl.BoolVar(&help, "help", false, "")
	files, err := parseFlags(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout)
			return exitOK
		}
		fmt.Fprintf(stderr, "hsh: %s\n", flagError(err, args))
		usage(stderr)
		return exitUsage
	}
	switch {
	case help:
		usage(stdout)
		return exitOK
	case showVersion:
		fmt.Fprintf(stdout, "hsh %s\n", version)
		return exitOK
	case syntax && dumpAST:
		fmt.Fprintln(stderr, "hsh: -s and --ast cannot be combined")
		return exitUsage
	case ffi:
		fmt.Fprintln(stderr, "hsh: -F/--ffi: FFI (calling C libraries from HSL) is not supported by this implementation")
		return exitUsage
	case (syntax || dumpAST) && len(files) == 0:
		fmt.Fprintln(stderr, "hsh: no FILE given")
		usage(stderr)
		return exitUsage
	case syntax || dumpAST:
		return checkFiles(files, dumpAST, stdin, stdout, stderr)
	case len(files) > 1:
		fmt.Fprintln(stderr, "hsh: running takes one FILE (use -s to check several)")
		return exitUsage
	case config == "-":
		fmt.Fprintln(stderr, "hsh: -c takes a file; only -A reads a configuration from stdin")
		return exitUsage
	case appconf == "-" && len(files) == 1 && files[0] != "-":
		fmt.Fprintln(stderr, "hsh: with -A -, standard input holds the running configuration: give - as FILE to run its scripting.__entrypoint")
		return exitUsage
	case drop && config == "":
		fmt.Fprintln(stderr, "hsh: -P needs the startup configuration (-c) that names the user")
		return exitUsage
	}
	env, err := loadEnvironment(config, appconf, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hsh: %v\n", err)
		return exitUsage
	}
	if drop {
		if err := privdrop(env); err != nil {
			fmt.Fprintf(stderr, "hsh: %v\n", err)
			return exitUsage
		}
	}
	if rootPath == "" {
		rootPath = env.rootPath
	}
	if err := checkRoot(rootPath); err != nil {
		fmt.Fprintf(stderr, "hsh: %v\n", err)
		return exitUsage
	}
	opts := options{stdout: stdout, stderr: stderr, rootPath: rootPath, stdin: stdin, files: env.files, keys: env.keys}
	switch {
	case appconf == "-":
		if env.entrypoint == "" {
			fmt.Fprintln(stderr, "hsh: the running configuration on stdin has no scripting.__entrypoint to run")
			return exitUsage
		}
		return runSource("__entrypoint", []byte(env.entrypoint), opts)
	case len(files) == 0 && isTerminal(stdin):
		return runREPL(opts)
	case len(files) == 0:
		return runScript("-", opts)
	}
	return runScript(files[0], opts)
}

// checkFiles parses every file, prints all diagnostics to stderr and, with
// dump, the syntax tree of each file to stdout. An unreadable file does not
// stop the others from being checked.
func checkFiles(files []string, dump bool, stdin io.Reader, stdout, stderr io.Writer) int {
	status := exitOK
	for _, name := range files {
		src, err := readSource(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "hsh: cannot read %s: %v\n", name, err)
			status = exitUsage
			continue
		}
		file, diags := grammar.Parse(name, src)
		if dump {
			fmt.Fprint(stdout, ast.Dump(file))
		}
		fmt.Fprint(stderr, diags.String())
		if diags.HasErrors() && status == exitOK {
			status = exitErrors
		}
	}
	return status
}

// checkRoot checks that the root path dir ("" for none) is a directory.
func checkRoot(dir string) error {
	if dir == "" {
		return nil
	}
	info, err := os.Stat(dir)
	switch {
	case err != nil:
		return fmt.Errorf("root path %s: %v", dir, reason(err))
	case !info.IsDir():
		return fmt.Errorf("root path %s: not a directory", dir)
	}
	return nil
}

// readSource reads a file, or standard input for "-". Errors name the reason
// only: the caller names the file.
func readSource(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	src, err := os.ReadFile(name)
	return src, reason(err)
}

// reason strips the operation and file name from a file error.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Usage: hsh [flags] [FILE]
       hsh -s FILE...
       hsh --ast FILE...
       hsh fmt [-w] [-l] FILE...   (print or rewrite FILEs in canonical layout)
       hsh test [--junit FILE] [-R DIR] [PATH...]   (run *_test.hsl files; hsh test -h)

Runs the HSL script FILE, or checks scripts without running them.
FILE may be "-" to read standard input. Flags may also follow FILE; "--"
ends the flags. Without FILE, hsh starts an
interactive shell when standard input is a terminal (Ctrl-D leaves it;
history in $HSH_HISTORY, default ~/.hsh_history) and otherwise runs the
script read from standard input.

Flags:
  -c, --config FILE
                  load the startup configuration (smtpd.yaml) and through it the
                  running configuration (its environment.appconf, by default
                  smtpd-app.yaml next to FILE): scripting.files[] become files
                  that include and import find first, pki.private[] are the
                  keys that scripts name as "pki:<id>" (rsa_sign, signDKIM,
                  tls_client_cert, …), and scripting.rootpath is the root
                  path. /dev/null gives a bare environment (the default)
  -A, --appconf FILE
                  load this running configuration instead ("-": standard input;
                  then FILE must be "-" and its scripting.__entrypoint is run)
  -P, --privdrop  switch to environment.privdrop.user (and .group) of the
                  startup configuration before running; needs root and -c
  -F, --ffi       FFI: not supported by this implementation (exit 2)
  -R, --rootpath DIR
                  resolve include and import paths under DIR (default: the
                  configuration's scripting.rootpath, else the directory of
                  FILE, or the current directory for "-" and the shell)
  -s, --syntax    check the syntax of every FILE; print each error as
                  file:line:col: message on stderr; exit 1 if any file has errors
      --ast       print the syntax tree of every FILE (diagnostics on stderr)
  -v, --version   print the version and exit
  -h, --help      print this help and exit

Exit status: 0 on success, 1 on compile errors or an uncaught runtime error
(printed as file:line:col: error: message with the HSL stack trace), 2 on a
bad command line or a file that cannot be read.
`)
}
