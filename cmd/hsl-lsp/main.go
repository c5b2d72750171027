// Command hsl-lsp is the language server for the Halon Scripting Language.
// Editors start it and talk to it over standard input and output with the
// Language Server Protocol; see docs/lsp.md for what it offers.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/openhsl/hsl/lsp"
)

// version is the toolchain version; the Makefile sets it with -ldflags.
var version = "dev"

func main() {
	os.Exit(main1(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// main1 is hsl-lsp without the process around it.
func main1(args []string, stdin io.Reader, stdout io.WriteCloser, stderr io.Writer) int {
	for _, a := range args {
		switch a {
		case "-v", "-version", "--version":
			fmt.Fprintf(stdout, "hsl-lsp %s\n", version)
			return 0
		case "-h", "-help", "--help":
			fmt.Fprint(stdout, usage)
			return 0
		case "--stdio":
			// The default; accepted because editors pass it.
		default:
			fmt.Fprintf(stderr, "hsl-lsp: unknown argument %s\n%s", a, usage)
			return 2
		}
	}
	err := lsp.Serve(context.Background(), stdio{stdin, stdout}, lsp.Options{Version: version})
	switch {
	case errors.Is(err, lsp.ErrExitWithoutShutdown):
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "hsl-lsp: %v\n", err)
		return 1
	}
	return 0
}

const usage = `Usage: hsl-lsp [--stdio]

Runs the HSL language server on standard input and output (the Language
Server Protocol). Editors start it; it is not meant to be run by hand.

Flags:
  -v, --version   print the version and exit
  -h, --help      print this help and exit
`

// stdio joins standard input and output into one stream.
type stdio struct {
	io.Reader
	out io.WriteCloser
}

func (s stdio) Write(p []byte) (int, error) { return s.out.Write(p) }

func (s stdio) Close() error { return s.out.Close() }
