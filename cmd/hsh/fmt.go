package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/openhsl/hsl/format"
)

// fmtMain is `hsh fmt [-w] [-l] FILE...`: it prints each FILE in canonical
// layout, or with -w rewrites the files that change, or with -l lists them.
// A file with syntax errors is reported and left alone.
func fmtMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("hsh fmt", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	var write, list bool
	fl.BoolVar(&write, "w", false, "")
	fl.BoolVar(&list, "l", false, "")
	files, err := parseFlags(fl, args)
	if err != nil {
		if err == flag.ErrHelp {
			fmtUsage(stdout)
			return exitOK
		}
		fmt.Fprintf(stderr, "hsh fmt: %s\n", flagError(err, args))
		fmtUsage(stderr)
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "hsh fmt: no FILE given")
		fmtUsage(stderr)
		return exitUsage
	}
	for _, name := range files {
		if write && name == "-" {
			fmt.Fprintln(stderr, "hsh fmt: -w cannot rewrite standard input (leave out -w to print the result)")
			return exitUsage
		}
	}
	status := exitOK
	fail := func(code int) {
		if status == exitOK || code == exitUsage {
			status = code
		}
	}
	for _, name := range files {
		src, err := readSource(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "hsh fmt: cannot read %s: %v\n", name, err)
			fail(exitUsage)
			continue
		}
		out, err := format.Source(name, src)
		if err != nil {
			fmt.Fprintf(stderr, "hsh fmt: %v\n", err)
			fail(exitErrors)
			continue
		}
		changed := !bytes.Equal(src, out)
		if list && changed {
			fmt.Fprintln(stdout, name)
		}
		switch {
		case write:
			if changed {
				if err := writeKeepingMode(name, out); err != nil {
					fmt.Fprintf(stderr, "hsh fmt: cannot write %s: %v\n", name, reason(err))
					fail(exitUsage)
				}
			}
		case !list:
			stdout.Write(out)
		}
	}
	return status
}

// writeKeepingMode replaces a file's contents, keeping its permissions.
func writeKeepingMode(name string, data []byte) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, info.Mode().Perm())
}

func fmtUsage(w io.Writer) {
	fmt.Fprint(w, `Usage: hsh fmt [-w] [-l] FILE...

Prints every FILE in canonical HSL layout. FILE may be "-" for standard input.

Flags:
  -w   write the result back to each file that changes instead of printing it
  -l   list the files whose layout would change

Files with syntax errors are reported (file:line:col: message) and left as
they are. Exit status: 0 on success, 1 if a file has syntax errors, 2 on a bad
command line or a file that cannot be read or written.
`)
}
