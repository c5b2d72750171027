package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestMain lets the shell tests run hsh as a child process on a
// pseudo-terminal: the test binary runs main1 when HSH_TEST_MAIN is set.
func TestMain(m *testing.M) {
	if os.Getenv("HSH_TEST_MAIN") == "1" {
		os.Exit(main1(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// wait is how long a test waits for the shell to print something.
const wait = 10 * time.Second

// terminal is hsh running on a pseudo-terminal.
type terminal struct {
	t    *testing.T
	pty  *os.File
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  bytes.Buffer
	mark int // start of the output that expect looks at
	done chan error
}

func startShell(t *testing.T, history string) *terminal {
	t.Helper()
	if _, err := os.Stat("/dev/ptmx"); err != nil {
		t.Skip("no pseudo-terminals here:", err)
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "HSH_TEST_MAIN=1", "HSH_HISTORY="+history)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 200})
	if err != nil {
		t.Skip("cannot start a pseudo-terminal:", err)
	}
	tm := &terminal{t: t, pty: f, cmd: cmd, done: make(chan error, 1)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			tm.mu.Lock()
			tm.out.Write(buf[:n])
			tm.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { tm.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		f.Close()
	})
	tm.expect("hsl> ")
	return tm
}

func (tm *terminal) send(s string) {
	tm.t.Helper()
	if _, err := tm.pty.WriteString(s); err != nil {
		tm.t.Fatalf("writing %q: %v", s, err)
	}
}

// expect waits until the output since the last expect contains want, and
// moves the mark past it.
func (tm *terminal) expect(want string) {
	tm.t.Helper()
	if !tm.poll(want, wait, nil) {
		tm.t.Fatalf("no %q within %s; output:\n%q", want, wait, tm.since())
	}
}

// poll waits up to d for want, calling every (when not nil) between looks.
func (tm *terminal) poll(want string, d time.Duration, every func()) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		tm.mu.Lock()
		i := strings.Index(tm.out.String()[tm.mark:], want)
		if i >= 0 {
			tm.mark += i + len(want)
		}
		tm.mu.Unlock()
		if i >= 0 {
			return true
		}
		if every != nil {
			every()
		}
		time.Sleep(20 * time.Millisecond)
	}
	return false
}

func (tm *terminal) since() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.out.String()[tm.mark:]
}

// exit waits for the prompt, sends Ctrl-D and waits for hsh to exit with
// status 0. A Ctrl-D that reaches the terminal while readline is between
// inputs (not in raw mode) can be swallowed by the line discipline, so it
// is sent again every second until hsh exits.
func (tm *terminal) exit() {
	tm.t.Helper()
	tm.expect("hsl> ")
	tm.send("\x04")
	deadline := time.After(wait)
	for {
		select {
		case err := <-tm.done:
			if err != nil {
				tm.t.Fatalf("hsh exited with %v; output:\n%q", err, tm.since())
			}
			return
		case <-time.After(time.Second):
			tm.pty.WriteString("\x04")
		case <-deadline:
			tm.t.Fatalf("hsh did not exit on Ctrl-D; output:\n%q", tm.since())
		}
	}
}

func TestShell(t *testing.T) {
	history := filepath.Join(t.TempDir(), "history")
	tm := startShell(t, history)

	// State between inputs; a lone expression prints its value.
	tm.send("$abc = 1 + 2;\r")
	tm.expect("hsl> ")
	tm.send("$abc * 2\r")
	tm.expect("6\r\n")

	// Completion: variables, builtins, keywords, functions of earlier inputs.
	tm.send("$ab\t * 3\r")
	tm.expect("9\r\n")
	tm.send("str_upp\t(\"x\")\r")
	tm.expect("\"X\"\r\n")
	tm.send("ech\t \"kw\";\r")
	tm.expect("kw\r\n")
	tm.send("$exc = Exception(\"boom\");\r")
	tm.expect("hsl> ")
	tm.send("$exc->mess\t()\r") // members of the object in the variable
	tm.expect("\"boom\"\r\n")

	// Multi-line input while braces and strings are open.
	tm.send("function my_function() {\r")
	tm.expect("...> ")
	tm.send("return \"two\r")
	tm.expect("...> ")
	tm.send("lines\"; }\r")
	tm.expect("hsl> ")
	tm.send("my_fun\t()\r")
	tm.expect("\"two\r\nlines\"\r\n")

	// Errors are printed and the shell goes on.
	tm.send("1 / 0\r")
	tm.expect(":1:1: error: division by zero\r\n")
	tm.send("echo lenght(\"x\");\r")
	tm.expect("undefined function lenght (did you mean length?)")
	tm.send("$abc\r")
	tm.expect("3\r\n")

	// Ctrl-C abandons the input being typed.
	tm.send("$partial = [\r")
	tm.expect("...> ")
	tm.send("1,\x03")
	tm.expect("hsl> ")
	tm.send("1 + 1\r")
	tm.expect("2\r\n")

	// Ctrl-C interrupts a running input; the state survives.
	tm.send("$abc = 10; while (true) {}\r")
	tm.expect("while (true) {}\r\n")
	if !tm.poll("interrupted", wait, func() { tm.send("\x03") }) {
		t.Fatalf("Ctrl-C did not interrupt; output:\n%q", tm.since())
	}
	tm.send("$abc\r")
	tm.expect("10\r\n")

	tm.send("echo \"last\";\r")
	tm.expect("last\r\n")
	tm.exit()

	// The history is kept across sessions.
	data, err := os.ReadFile(history)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "$abc = 1 + 2;\n") || !strings.HasSuffix(string(data), "echo \"last\";\n") {
		t.Errorf("history file:\n%s", data)
	}
	tm = startShell(t, history)
	tm.send("\x1b[A\r") // up arrow: the last line of the first session
	tm.expect("last\r\n")
	tm.exit()
}

func TestShellNeedsTerminal(t *testing.T) {
	// Without a terminal, hsh runs standard input as a script.
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "HSH_TEST_MAIN=1")
	cmd.Stdin = strings.NewReader("$x = 2;\necho $x * 21;\n")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) || err != nil || string(out) != "42\n" {
		t.Errorf("err %v, output %q", err, out)
	}
}
