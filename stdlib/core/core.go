// Package core registers the HSL builtins that belong to no other group: the
// Exception class, gethostname and the mail address and header helpers
// (envelope_*, header_addresslist_*, header_dkim_decode) and the shared
// memory store (memory_*).
package core

import (
	"os"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Register adds the core builtins to c.
func Register(c *catalog.Catalog) {
	c.AddClass(exceptionClass())
	c.AddFunc(&catalog.Func{
		Name: "gethostname", Returns: "string",
		Doc: "Returns the host name of the machine, to tell instances apart.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			h, err := os.Hostname()
			if err != nil {
				return value.None, a.Fail("%v", err)
			}
			return value.String(h), nil
		},
	})
	registerMail(c)
	registerMemory(c, SharedMemory)
}

func exceptionClass() *catalog.Class {
	method := func(name, returns, doc string, f func(e *catalog.Exception) value.Value) *catalog.Func {
		return &catalog.Func{
			Name: name, Returns: returns, Doc: doc,
			Impl: func(a *catalog.Args) (value.Value, error) {
				e, ok := a.Self.AsObject().(*catalog.Exception)
				if !ok {
					return value.None, a.Fail("must be called on an Exception, not %s", a.Self.Kind())
				}
				return f(e), nil
			},
		}
	}
	unlessZero := func(n int) value.Value {
		if n == 0 {
			return value.None
		}
		return value.Number(float64(n))
	}
	return &catalog.Class{
		Name: "Exception",
		Doc:  "An error: what the interpreter throws for runtime errors, and what scripts create with Exception($message) to throw their own.",
		Constructor: &catalog.Func{
			Name:    "Exception",
			Params:  []catalog.Param{{Name: "message", Type: "string"}},
			Returns: "Exception",
			Doc:     "Creates an exception with the given message, recording where it was created.",
			Impl:    newException,
		},
		Methods: map[string]*catalog.Func{
			"message": method("message", "string", "Returns the message alone.",
				func(e *catalog.Exception) value.Value { return value.String(e.Message) }),
			"file": method("file", "string|none", "Returns the file where the exception arose, or none when unknown.",
				func(e *catalog.Exception) value.Value {
					if e.File == "" {
						return value.None
					}
					return value.String(e.File)
				}),
			"line": method("line", "number|none", "Returns the line where the exception arose, or none when unknown.",
				func(e *catalog.Exception) value.Value { return unlessZero(e.Line) }),
			"column": method("column", "number|none", "Returns the column where the exception arose, or none when unknown.",
				func(e *catalog.Exception) value.Value { return unlessZero(e.Col) }),
			"toString": method("toString", "string", "Returns the message preceded by file:line:col when the place is known.",
				func(e *catalog.Exception) value.Value {
					if e.File == "" {
						return value.String(e.Message)
					}
					return value.String(e.String())
				}),
		},
	}
}

func newException(a *catalog.Args) (value.Value, error) {
	msg, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	e := &catalog.Exception{Message: msg}
	if where := a.Env.Where(); len(where) > 0 {
		e.File, e.Line, e.Col = where[0].File, where[0].Line, where[0].Col
		e.Trace = append([]catalog.Frame(nil), where...)
	}
	return value.ObjectValue(e), nil
}
