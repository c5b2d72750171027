package repl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"

	"github.com/chzyer/readline"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Prompts of the shell: the first line of an input, and the lines that
// continue it while brackets or strings are open.
const (
	Prompt     = "hsl> "
	ContPrompt = "...> "
)

// Options configure the interactive shell.
type Options struct {
	Session     Config
	HistoryFile string    // "" keeps no history
	Stdin       io.Reader // the terminal; nil is os.Stdin
	Stdout      io.Writer
	Stderr      io.Writer
	Banner      string // printed once at the start; "" prints nothing
}

// Run is the interactive shell: it reads inputs from the terminal with line
// editing, history and Tab completion and evaluates each in one Session
// until Ctrl-D. Ctrl-C abandons the input being typed, or interrupts the
// one running. Errors are printed and the shell goes on.
func Run(opts Options) error {
	opts.Session.ShowValues = true
	opts.Session.Stdout = opts.Stdout
	s := NewSession(opts.Session)
	var stdin io.ReadCloser
	if opts.Stdin != nil {
		stdin = readline.NewCancelableStdin(opts.Stdin)
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:          Prompt,
		HistoryFile:     opts.HistoryFile,
		AutoComplete:    Completer{Session: s},
		InterruptPrompt: "^C",
		EOFPrompt:       "",
		Stdin:           stdin,
		Stdout:          opts.Stdout,
		Stderr:          opts.Stderr,
	})
	if err != nil {
		return err
	}
	defer rl.Close()
	if opts.Banner != "" {
		fmt.Fprintln(opts.Stdout, opts.Banner)
	}

	intr := newInterrupter()
	defer intr.stop()

	var lines []string
	for {
		if len(lines) == 0 {
			rl.SetPrompt(Prompt)
		} else {
			rl.SetPrompt(ContPrompt)
		}
		line, err := rl.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			lines = nil
			continue
		case errors.Is(err, io.EOF):
			return nil
		case err != nil:
			return err
		}
		lines = append(lines, line)
		src := strings.Join(lines, "\n")
		if strings.TrimSpace(src) == "" {
			lines = nil
			continue
		}
		if NeedsMore(src) {
			continue
		}
		lines = nil
		ctx := intr.start()
		warnings, err := s.Eval(ctx, withSemicolon(src))
		interrupted := intr.end()
		for _, w := range warnings {
			fmt.Fprintln(opts.Stderr, w)
		}
		switch {
		case err == nil:
		case interrupted:
			fmt.Fprintln(opts.Stderr, "interrupted")
		default:
			PrintError(opts.Stderr, err)
		}
	}
}

// withSemicolon adds the `;` that a one-line input often lacks, when the
// input parses with it and does not without it.
func withSemicolon(src string) string {
	if _, diags := grammar.Parse("input", []byte(src)); !diags.HasErrors() {
		return src
	}
	fixed := src + ";"
	if _, diags := grammar.Parse("input", []byte(fixed)); !diags.HasErrors() {
		return fixed
	}
	return src
}

// PrintError prints an error of Session.Eval: compile errors as
// `file:line:col: message`, runtime errors as `file:line:col: error:
// message` with the HSL stack trace.
func PrintError(w io.Writer, err error) {
	var ce *CompileError
	var exc *catalog.Exception
	var thrown *catalog.Thrown
	switch {
	case errors.As(err, &ce):
		fmt.Fprintln(w, ce.Error())
		return
	case errors.As(err, &thrown):
		exc = thrown.Exc
		fmt.Fprintf(w, "%s:%d:%d: error: uncaught %s %s\n", exc.File, exc.Line, exc.Col, thrown.Value.Kind(), thrown.Value.Repr())
	case errors.As(err, &exc):
		fmt.Fprintf(w, "%s:%d:%d: error: %s\n", exc.File, exc.Line, exc.Col, exc.Message)
	default:
		fmt.Fprintf(w, "error: %v\n", err)
		return
	}
	fmt.Fprint(w, FormatTrace(exc.Trace))
}

// interrupter turns SIGINT into the cancellation of the running input. While
// no input runs the terminal is in raw mode and Ctrl-C reaches readline as a
// key instead; a SIGINT then (from kill) is ignored.
type interrupter struct {
	sig    chan os.Signal
	mu     sync.Mutex
	cancel context.CancelFunc
	hit    bool
	done   chan struct{}
}

func newInterrupter() *interrupter {
	in := &interrupter{sig: make(chan os.Signal, 1), done: make(chan struct{})}
	signal.Notify(in.sig, os.Interrupt)
	go func() {
		for {
			select {
			case <-in.sig:
				in.mu.Lock()
				if in.cancel != nil {
					in.hit = true
					in.cancel()
				}
				in.mu.Unlock()
			case <-in.done:
				return
			}
		}
	}()
	return in
}

// start returns the context of an input about to run.
func (in *interrupter) start() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	in.mu.Lock()
	in.cancel, in.hit = cancel, false
	in.mu.Unlock()
	return ctx
}

// end closes the input's context and reports whether Ctrl-C stopped it.
func (in *interrupter) end() bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.cancel()
	in.cancel = nil
	return in.hit
}

func (in *interrupter) stop() {
	signal.Stop(in.sig)
	close(in.done)
}
