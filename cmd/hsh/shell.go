package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/chzyer/readline"

	"github.com/openhsl/hsl/repl"
)

// isTerminal reports whether r is a terminal (the interactive shell's cue).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// historyFile is where the shell keeps its history: $HSH_HISTORY, or
// ~/.hsh_history; "" (HSH_HISTORY set but empty, or no home) keeps none.
func historyFile() string {
	if p, ok := os.LookupEnv("HSH_HISTORY"); ok {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".hsh_history")
}

// runREPL runs the interactive shell on the terminal that stdin is.
func runREPL(opts options) int {
	root := opts.rootPath
	if root == "" {
		root = "."
	}
	err := repl.Run(repl.Options{
		Session:     repl.Config{RootPath: root, Files: opts.files, Catalog: hshCatalog(), Keys: opts.keys},
		HistoryFile: historyFile(),
		Stdin:       opts.stdin,
		Stdout:      opts.stdout,
		Stderr:      opts.stderr,
		Banner:      fmt.Sprintf("hsh %s: HSL shell. Tab completes, Ctrl-C abandons the input, Ctrl-D leaves.", version),
	})
	if err != nil {
		fmt.Fprintf(opts.stderr, "hsh: %v\n", err)
		return exitErrors
	}
	return exitOK
}
