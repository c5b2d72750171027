package stdlib

import (
	"context"
	"errors"
	"net"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/dns"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
	"github.com/openhsl/hsl/stdlib/logging"
)

// TestMain keeps the sweeps from reaching anything outside the process: what
// syslog() logs goes nowhere, dns_query and spf_query ask a closed loopback
// port, and host names do not resolve (a network builtin given "a" as a host
// fails at once instead of asking the system's name server).
func TestMain(m *testing.M) {
	logging.Sink = func(int, string) {}
	dns.Servers = []string{"127.0.0.1:9"}
	net.DefaultResolver = &net.Resolver{PreferGo: true, Dial: func(context.Context, string, string) (net.Conn, error) {
		return nil, errors.New("name resolution is disabled in these tests")
	}}
	os.Exit(m.Run())
}

// networkFuncs open connections to the hosts they are given; the sweeps skip
// them (their own packages test them against loopback servers).
var networkFuncs = []string{"http", "smtp_lookup_rcpt", "smtp_lookup_auth", "Socket", "TLSSocket", "dns_query", "spf_query", "sleep"}

// allFuncs returns every function of c: the builtins (primary names only)
// and the constructors, static functions and methods of the classes, each
// with the name a script writes.
func allFuncs(c *catalog.Catalog) map[string]*catalog.Func {
	out := map[string]*catalog.Func{}
	for _, name := range c.FuncNames() {
		if f := c.Func(name); f.Name == name {
			out[name] = f
		}
	}
	for _, name := range c.ClassNames() {
		cl := c.Class(name)
		if cl.Constructor != nil {
			out[name] = cl.Constructor
		}
		for m, f := range cl.Statics {
			out[name+"::"+m] = f
		}
		for m, f := range cl.Methods {
			out[name+"->"+m] = f
		}
	}
	return out
}

// baseTypes are the HSL type names a parameter, option or return type may
// combine with "|"; other names must be capitalised (a class or resource).
var baseTypes = []string{"any", "array", "boolean", "function", "none", "number", "resource", "string"}

// checkType reports a type list with an empty or unknown member.
func checkType(t *testing.T, where, types string) {
	t.Helper()
	for _, ty := range strings.Split(types, "|") {
		if !slices.Contains(baseTypes, ty) && (ty == "" || ty[0] < 'A' || ty[0] > 'Z') {
			t.Errorf("%s: type %q has an unknown member %q", where, types, ty)
		}
	}
}

// TestCatalogEntries checks that every core function and class is fully
// described: a doc string, a return type, an implementation, and named,
// typed parameters (optional ones after the required, a variadic one last)
// and options, with known type names.
func TestCatalogEntries(t *testing.T) {
	c := Core()
	for _, name := range c.ClassNames() {
		if c.Class(name).Doc == "" {
			t.Errorf("class %s has no doc string", name)
		}
	}
	for name, f := range allFuncs(c) {
		if f.Doc == "" || f.Returns == "" || f.Impl == nil {
			t.Errorf("%s lacks a doc string, a return type or an implementation", name)
		}
		checkType(t, name+" returns", f.Returns)
		optional := false
		for i, p := range f.Params {
			if p.Name == "" || p.Type == "" {
				t.Errorf("%s: parameter %d has no name or no type", name, i+1)
			}
			checkType(t, name+" $"+p.Name, p.Type)
			if p.Variadic && i != len(f.Params)-1 {
				t.Errorf("%s: variadic $%s is not the last parameter", name, p.Name)
			}
			if optional && !p.Optional && !p.Variadic {
				t.Errorf("%s: required $%s follows an optional parameter", name, p.Name)
			}
			optional = optional || p.Optional
		}
		for _, o := range f.Options {
			if o.Name == "" || o.Type == "" || o.Doc == "" {
				t.Errorf("%s: option %q lacks a name, a type or a doc string", name, o.Name)
			}
			checkType(t, name+" option "+o.Name, o.Type)
		}
	}
}

// goodValue is a value of the first type of a parameter's type list.
func goodValue(types string) value.Value {
	for _, ty := range strings.Split(types, "|") {
		switch ty {
		case "string", "any":
			return value.String("a")
		case "number":
			return value.Number(1)
		case "boolean":
			return value.Bool(true)
		case "array":
			return value.ArrayValue(value.NewArray(0))
		case "function":
			return stdtest.Fn(func(...value.Value) (value.Value, error) { return value.None, nil })
		case "none":
			return value.None
		}
	}
	return value.String("a")
}

// wrongValue is a value whose type is not in a parameter's type list, or
// false when the parameter takes anything.
func wrongValue(types string) (value.Value, bool) {
	have := strings.Split(types, "|")
	if slices.Contains(have, "any") {
		return value.None, false
	}
	candidates := []struct {
		kind string
		v    value.Value
	}{
		{"array", stdtest.L(stdtest.S("x"))},
		{"function", stdtest.Fn(func(...value.Value) (value.Value, error) { return value.None, nil })},
		{"number", value.Number(1)},
	}
	for _, c := range candidates {
		if !slices.Contains(have, c.kind) {
			return c.v, true
		}
	}
	return value.None, false
}

// TestArgErrorsNameFunction calls every core function and constructor with
// a wrong-typed value for one parameter at a time (the others valid): the
// call may return a value (as HSL does for some bad input), but an error
// must name the function, and an argument error the parameter.
func TestArgErrorsNameFunction(t *testing.T) {
	c := Core()
	for name, f := range allFuncs(c) {
		if strings.Contains(name, "->") || slices.Contains(networkFuncs, name) {
			continue // methods need an object; sleep waits; network functions connect
		}
		for i, p := range f.Params {
			bad, ok := wrongValue(p.Type)
			if !ok || p.Variadic {
				continue
			}
			args := make([]value.Value, i+1)
			for j := 0; j < i; j++ {
				args[j] = goodValue(f.Params[j].Type)
			}
			args[i] = bad
			if len(args) < f.MinArgs() {
				for _, q := range f.Params[len(args):f.MinArgs()] {
					args = append(args, goodValue(q.Type))
				}
			}
			_, err := stdtest.Invoke(&stdtest.Env{}, f, value.None, args...)
			if err == nil {
				continue
			}
			msg := err.Error()
			if !strings.Contains(msg, f.Name+"(") {
				t.Errorf("%s with a wrong $%s: error %q does not name the function", name, p.Name, msg)
				continue
			}
			if ae, isArg := err.(*catalog.ArgError); isArg && ae.Param != "" && !strings.Contains(msg, "$"+ae.Param) {
				t.Errorf("%s with a wrong $%s: error %q does not name the parameter", name, p.Name, msg)
			}
		}
	}
}

// TestNoPanic calls every core function with many combinations of odd
// arguments: none may panic, and every error must name the function.
func TestNoPanic(t *testing.T) {
	if testing.Short() {
		t.Skip("sweep skipped in -short mode")
	}
	reported := map[string]bool{}
	stdtest.Sweep(t, Core(), func(f *catalog.Func, args []value.Value, _ value.Value, err error) {
		if err == nil || reported[f.Name] {
			return
		}
		if ae, ok := err.(*catalog.ArgError); ok && ae.Func == f.Name {
			return // names the function without formatting the message
		}
		if !strings.Contains(err.Error(), f.Name+"(") {
			reported[f.Name] = true
			t.Errorf("%s(%s): error %q does not name the function", f.Name, stdtest.Reprs(args), err)
		}
	}, networkFuncs...)
}

// TestHugeArguments gives every core function and constructor a 256 KiB
// string (of ASCII, UTF-8, invalid UTF-8 and CSV, format and regex
// characters) for each string parameter, and a 50,000-element array for each
// array parameter, one at a time: none may panic, and an error must name the
// function and stay short.
func TestHugeArguments(t *testing.T) {
	if testing.Short() {
		t.Skip("huge arguments skipped in -short mode")
	}
	hugeString := value.String(strings.Repeat("a\xffé,%Y$1(\n", 1<<18/13))
	elems := make([]value.Value, 50000)
	for i := range elems {
		elems[i] = value.String("x")
	}
	hugeArray := value.ArrayValue(value.NewList(elems))
	for name, f := range allFuncs(Core()) {
		if strings.Contains(name, "->") || slices.Contains(networkFuncs, name) {
			continue
		}
		for i, p := range f.Params {
			var huge value.Value
			switch {
			case strings.Contains(p.Type, "string") || p.Type == "any":
				huge = hugeString
			case strings.Contains(p.Type, "array"):
				huge = hugeArray
			default:
				continue
			}
			args := make([]value.Value, max(i+1, f.MinArgs()))
			for j := range args {
				args[j] = goodValue(f.Params[j].Type)
			}
			args[i] = huge
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s with a huge $%s panicked: %v", name, p.Name, r)
					}
				}()
				_, err := stdtest.Invoke(&stdtest.Env{}, f, value.None, args...)
				if err == nil {
					return
				}
				if msg := err.Error(); !strings.Contains(msg, f.Name+"(") || len(msg) > 500 {
					t.Errorf("%s with a huge $%s: error of %d bytes %.200q does not name the function or is long", name, p.Name, len(msg), msg)
				}
			}()
		}
	}
}
