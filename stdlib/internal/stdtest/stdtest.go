// Package stdtest helps the tests of the standard library packages: a fake
// catalog.Env, Go functions usable as HSL callbacks, value builders and a
// runner that calls a builtin the way the interpreter would.
package stdtest

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Func is a Go function usable as an HSL function value in tests.
type Func struct {
	Name string
	Fn   func(args ...value.Value) (value.Value, error)
}

// FuncName implements value.Function.
func (f *Func) FuncName() string { return f.Name }

// Fn wraps a Go function as an HSL function value.
func Fn(fn func(args ...value.Value) (value.Value, error)) value.Value {
	return value.FunctionValue(&Func{Fn: fn})
}

// Pred wraps a one-argument Go predicate as an HSL function value.
func Pred(p func(v value.Value) bool) value.Value {
	return Fn(func(args ...value.Value) (value.Value, error) {
		if len(args) == 0 {
			return value.None, fmt.Errorf("predicate called without arguments")
		}
		return value.Bool(p(args[0])), nil
	})
}

// Env is a catalog.Env for tests. Its frame is test.hsl:1:1. It is also a
// catalog.KeyStore that asks Keys (none when Keys is nil).
type Env struct {
	Out   bytes.Buffer
	Calls int // number of callback calls
	Stack []catalog.Frame
	Keys  catalog.KeyStore // the pki:… keys; nil for none
}

// Key implements catalog.KeyStore through Keys.
func (e *Env) Key(id string) (*tls.Certificate, error) {
	if e.Keys == nil {
		return nil, catalog.ErrNoKeyStore
	}
	return e.Keys.Key(id)
}

// Call runs fn, which must be a *Func.
func (e *Env) Call(fn value.Value, args ...value.Value) (value.Value, error) {
	f, ok := fn.AsFunction().(*Func)
	if !ok {
		return value.None, fmt.Errorf("stdtest: cannot call %s", fn.Repr())
	}
	e.Calls++
	return f.Fn(args...)
}

// Stdout returns the buffer Out.
func (e *Env) Stdout() io.Writer { return &e.Out }

// Context returns "core".
func (e *Env) Context() string { return "core" }

// RootPath returns ".".
func (e *Env) RootPath() string { return "." }

// Where returns Stack, or one frame at test.hsl:1:1 when Stack is empty.
func (e *Env) Where() []catalog.Frame {
	if len(e.Stack) > 0 {
		return e.Stack
	}
	return []catalog.Frame{{File: "test.hsl", Line: 1, Col: 1}}
}

// Call calls the builtin name of c with args through a fresh Env, checking
// the arity the way the interpreter does.
func Call(c *catalog.Catalog, name string, args ...value.Value) (value.Value, error) {
	return CallEnv(&Env{}, c, name, args...)
}

// CallEnv is Call with a given Env.
func CallEnv(env catalog.Env, c *catalog.Catalog, name string, args ...value.Value) (value.Value, error) {
	f := c.Func(name)
	if f == nil {
		return value.None, fmt.Errorf("stdtest: no function %s", name)
	}
	return Invoke(env, f, value.None, args...)
}

// Invoke calls f with self and args, checking the arity.
func Invoke(env catalog.Env, f *catalog.Func, self value.Value, args ...value.Value) (value.Value, error) {
	if len(args) < f.MinArgs() || (f.MaxArgs() >= 0 && len(args) > f.MaxArgs()) {
		return value.None, fmt.Errorf("stdtest: %s called with %d arguments", f.Signature(), len(args))
	}
	return f.Impl(&catalog.Args{Env: env, Func: f, Self: self, Values: args})
}

// S is a string value.
func S(s string) value.Value { return value.String(s) }

// N is a number value.
func N(f float64) value.Value { return value.Number(f) }

// B is a boolean value.
func B(b bool) value.Value { return value.Bool(b) }

// L is a list array value.
func L(vals ...value.Value) value.Value {
	return value.ArrayValue(value.NewList(append([]value.Value(nil), vals...)))
}

// M is an array value built from key/value pairs; keys are normalised and
// must be valid.
func M(kv ...value.Value) value.Value {
	a := value.NewArray(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		k, err := value.NormalizeKey(kv[i])
		if err != nil {
			panic(err)
		}
		a.Set(k, kv[i+1])
	}
	return value.ArrayValue(a)
}

// Case is one row of a table test: a call and its expected result, written
// as the Repr of the value, or an expected error substring (Err).
type Case struct {
	Name string
	Args []value.Value
	Want string // Repr of the result
	Err  string // when not "", the call must fail with an error containing it
}

// A builds an argument list.
func A(vals ...value.Value) []value.Value { return vals }

// Run runs the cases against the builtin name of c.
func Run(t *testing.T, c *catalog.Catalog, name string, cases []Case) {
	t.Helper()
	for i, tc := range cases {
		label := tc.Name
		if label == "" {
			label = fmt.Sprintf("%s#%d", name, i)
		}
		got, err := Call(c, name, tc.Args...)
		if tc.Err != "" {
			if err == nil {
				t.Errorf("%s: want error containing %q, got %s", label, tc.Err, got.Repr())
			} else if !strings.Contains(err.Error(), tc.Err) {
				t.Errorf("%s: want error containing %q, got %q", label, tc.Err, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: unexpected error %v", label, err)
			continue
		}
		if r := got.Repr(); r != tc.Want {
			t.Errorf("%s: got %s, want %s", label, r, tc.Want)
		}
	}
}

// CheckRegistered fails unless every name is registered in c with a doc
// string and an implementation, and every parameter has a name and a type.
func CheckRegistered(t *testing.T, c *catalog.Catalog, names ...string) {
	t.Helper()
	for _, n := range names {
		f := c.Func(n)
		if f == nil {
			t.Errorf("%s is not registered", n)
			continue
		}
		if f.Doc == "" || f.Impl == nil || f.Returns == "" {
			t.Errorf("%s lacks a doc string, a return type or an implementation", n)
		}
		for _, p := range f.Params {
			if p.Name == "" || p.Type == "" {
				t.Errorf("%s has a parameter without a name or type", n)
			}
		}
	}
}

// sweepValues are the argument values NoPanic combines.
var sweepValues = []value.Value{
	value.None, value.Bool(true), value.Number(0), value.Number(-1), value.Number(3), value.Number(1e300),
	value.Number(math.NaN()), value.String(""), value.String("a,b \"c\"\n%Y"), value.String("\xff\xfe\x00"),
	L(), L(S("a"), L(N(1))), M(S("k"), N(1), N(7), S("v")),
	Fn(func(...value.Value) (value.Value, error) { return value.None, nil }),
}

// NoPanic calls every function of c (except those named in skip) with many
// combinations of odd arguments, for each arity from the minimum up to two
// more, and fails if any call panics. Errors are fine.
func NoPanic(t *testing.T, c *catalog.Catalog, skip ...string) {
	t.Helper()
	Sweep(t, c, nil, skip...)
}

// Sweep makes the calls of NoPanic and passes each one that returns to check
// (when not nil) with its arguments, result and error.
func Sweep(t *testing.T, c *catalog.Catalog, check func(f *catalog.Func, args []value.Value, v value.Value, err error), skip ...string) {
	t.Helper()
	skipped := map[string]bool{}
	for _, s := range skip {
		skipped[s] = true
	}
	for _, name := range c.FuncNames() {
		if skipped[name] {
			continue
		}
		f := c.Func(name)
		maxN := f.MaxArgs()
		if maxN < 0 || maxN > f.MinArgs()+2 {
			maxN = f.MinArgs() + 2
		}
		for n := f.MinArgs(); n <= maxN; n++ {
			args := make([]value.Value, n)
			var rec func(i int)
			rec = func(i int) {
				if i == n {
					sweepCall(t, f, args, check)
					return
				}
				for _, v := range sweepValues {
					args[i] = v
					rec(i + 1)
				}
			}
			rec(0)
		}
	}
}

func sweepCall(t *testing.T, f *catalog.Func, args []value.Value, check func(*catalog.Func, []value.Value, value.Value, error)) {
	defer func() {
		if r := recover(); r != nil {
			t.Helper() // only here: it is costly on each of the many calls
			t.Errorf("%s(%s) panicked: %v", f.Name, Reprs(args), r)
		}
	}()
	v, err := Invoke(&Env{}, f, value.None, args...)
	if check != nil {
		check(f, args, v, err)
	}
}

// Reprs joins the Repr of each value with ", ".
func Reprs(args []value.Value) string {
	reprs := make([]string, len(args))
	for i, a := range args {
		reprs[i] = a.Repr()
	}
	return strings.Join(reprs, ", ")
}
