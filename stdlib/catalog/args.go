package catalog

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/openhsl/hsl/interp/value"
)

// ArgError is a wrong argument given to a builtin. Its message names the
// function and the parameter.
type ArgError struct {
	Func  string
	Param string
	Index int // 0-based
	Msg   string
}

func (e *ArgError) Error() string {
	if e.Param == "" {
		return fmt.Sprintf("%s(): %s", e.Func, e.Msg)
	}
	return fmt.Sprintf("%s(): argument %d ($%s) %s", e.Func, e.Index+1, e.Param, e.Msg)
}

// Errorf returns an error about argument i of the call.
func (a *Args) Errorf(i int, format string, args ...any) error {
	e := &ArgError{Func: a.Func.Name, Index: i, Msg: fmt.Sprintf(format, args...)}
	if i >= 0 && i < len(a.Func.Params) {
		e.Param = a.Func.Params[i].Name
	} else if n := len(a.Func.Params); n > 0 && a.Func.Params[n-1].Variadic {
		e.Param = a.Func.Params[n-1].Name
	}
	return e
}

// quoteLimit is the most bytes of an argument that Quote shows.
const quoteLimit = 64

// Quote renders a string argument for an error message: Go-quoted, and cut
// to its first 64 bytes (at a character boundary) with "…" after, so that a
// huge argument does not make a huge message.
func Quote(s string) string {
	if len(s) <= quoteLimit {
		return strconv.Quote(s)
	}
	cut := quoteLimit
	for cut > quoteLimit-utf8.UTFMax && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

// Fail returns an error about the call as a whole.
func (a *Args) Fail(format string, args ...any) error {
	return &ArgError{Func: a.Func.Name, Msg: fmt.Sprintf(format, args...)}
}

// Len is the number of arguments given.
func (a *Args) Len() int { return len(a.Values) }

// Has reports whether argument i was given.
func (a *Args) Has(i int) bool { return i < len(a.Values) }

// Get returns argument i, or none when it was not given.
func (a *Args) Get(i int) value.Value {
	if i < len(a.Values) {
		return a.Values[i]
	}
	return value.None
}

func (a *Args) wrongType(i int, want string) error {
	return a.Errorf(i, "must be %s, not %s", want, a.Get(i).Kind())
}

// String returns argument i, which must be a string.
func (a *Args) String(i int) (string, error) {
	v := a.Get(i)
	if v.Kind() != value.KindString {
		return "", a.wrongType(i, "a string")
	}
	return v.AsString(), nil
}

// Number returns argument i, which must be a number (or a boolean, as 1/0).
func (a *Args) Number(i int) (float64, error) {
	v := a.Get(i)
	switch v.Kind() {
	case value.KindNumber, value.KindBool:
		return v.AsNumber(), nil
	}
	return 0, a.wrongType(i, "a number")
}

// Int returns argument i as an integer; it must be a number with no fraction.
func (a *Args) Int(i int) (int, error) {
	f, err := a.Number(i)
	if err != nil {
		return 0, err
	}
	if f != float64(int64(f)) || f > 1<<53 || f < -(1<<53) {
		return 0, a.Errorf(i, "must be an integer, not %s", value.FormatNumber(f))
	}
	return int(f), nil
}

// Bool returns the truthiness of argument i.
func (a *Args) Bool(i int) bool { return a.Get(i).Truthy() }

// Array returns argument i, which must be an array.
func (a *Args) Array(i int) (*value.Array, error) {
	v := a.Get(i)
	if v.Kind() != value.KindArray {
		return nil, a.wrongType(i, "an array")
	}
	return v.AsArray(), nil
}

// Options returns argument i as an options array: none or a missing argument
// gives an empty array; any key not declared in Func.Options is an error.
func (a *Args) Options(i int) (*value.Array, error) {
	v := a.Get(i)
	if v.IsNone() {
		return value.NewArray(0), nil
	}
	arr, err := a.Array(i)
	if err != nil {
		return nil, err
	}
	if len(a.Func.Options) == 0 {
		return arr, nil
	}
	for j := 0; j < arr.Len(); j++ {
		k, _ := arr.Entry(j)
		if !k.IsString() || !a.hasOption(k.Str()) {
			name := k.Value().Repr()
			if k.IsString() {
				name = Quote(k.Str())
			}
			return nil, a.Errorf(i, "has an unknown option %s", name)
		}
	}
	return arr, nil
}

func (a *Args) hasOption(name string) bool {
	for _, o := range a.Func.Options {
		if o.Name == name {
			return true
		}
	}
	return false
}

// OptionValue returns the value of an option key, or def when it is absent.
func OptionValue(opts *value.Array, name string, def value.Value) value.Value {
	if v, ok := opts.Get(value.StrKey(name)); ok {
		return v
	}
	return def
}
