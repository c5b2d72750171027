package catalog

import (
	"fmt"
	"strings"

	"github.com/openhsl/hsl/interp/value"
)

// Frame is one entry of an HSL stack trace.
type Frame struct {
	Func string // "" for the top level of a file
	File string
	Line int
	Col  int
}

// String renders the frame as `file:line:col in func`.
func (f Frame) String() string {
	name := f.Func
	if name == "" {
		name = "<top level>"
	}
	return fmt.Sprintf("%s:%d:%d in %s", f.File, f.Line, f.Col, name)
}

// Exception is an instance of the builtin Exception class: what runtime errors
// become, and what `Exception("message")` creates.
type Exception struct {
	Message string
	File    string
	Line    int
	Col     int
	Trace   []Frame // innermost call first
}

// ClassName implements value.Object.
func (e *Exception) ClassName() string { return "Exception" }

// Error renders the exception as `file:line:col: message`.
func (e *Exception) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Message)
}

// String is the result of the toString() method: the message with its place.
func (e *Exception) String() string { return e.Error() }

// TraceString renders the stack trace, one frame per line.
func (e *Exception) TraceString() string {
	var b strings.Builder
	for _, f := range e.Trace {
		b.WriteString("  at ")
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// Thrown is a value thrown by `throw` that is not an Exception object; it
// travels through Go code as an error until a catch receives the value.
type Thrown struct {
	Value value.Value
	Exc   *Exception // where it was thrown, for reports when uncaught
}

func (t *Thrown) Error() string {
	return fmt.Sprintf("%s:%d:%d: uncaught %s: %s", t.Exc.File, t.Exc.Line, t.Exc.Col, t.Value.Kind(), t.Value.Repr())
}
