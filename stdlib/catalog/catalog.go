// Package catalog is the one registry of HSL builtins: every builtin function
// and class is described here once, with its parameters, the keys of its
// options array, its return type, a doc string and the Go code that runs it.
// The VM dispatches calls from it, the resolver checks names and arity against
// it, and the language server completes and hovers from it.
package catalog

import (
	"fmt"
	"io"
	"sort"

	"github.com/openhsl/hsl/interp/value"
)

// Param describes one parameter of a builtin.
type Param struct {
	Name     string // without "$"
	Type     string // HSL type names joined by "|", e.g. "string|array"; "any" for anything
	Optional bool
	Variadic bool
	Doc      string
}

// Option describes one key of a builtin's options array.
type Option struct {
	Name string
	Type string
	Doc  string
}

// Env is what a running builtin may ask of the interpreter that calls it.
type Env interface {
	// Call invokes an HSL function value (a callback) with the given arguments.
	Call(fn value.Value, args ...value.Value) (value.Value, error)
	// Stdout is where echo and printing builtins write.
	Stdout() io.Writer
	// Context is the name of the hook context ("core" in hsh).
	Context() string
	// RootPath is the directory that file paths are relative to.
	RootPath() string
	// Where returns the current call stack, innermost frame first; the first
	// frame is the place of the builtin call.
	Where() []Frame
}

// Args is one call of a builtin: its arguments and the calling interpreter.
type Args struct {
	Env
	Func   *Func
	Self   value.Value // the object of a method call; none otherwise
	Values []value.Value
}

// Func describes a builtin function, method or static function.
type Func struct {
	Name     string
	Params   []Param
	Options  []Option // keys of the options array parameter, if any
	Returns  string
	Doc      string
	Contexts []string // hook contexts that have it; nil means every context
	Impl     func(a *Args) (value.Value, error)
}

// MinArgs is the number of required parameters.
func (f *Func) MinArgs() int {
	n := 0
	for _, p := range f.Params {
		if !p.Optional && !p.Variadic {
			n++
		}
	}
	return n
}

// MaxArgs is the largest number of arguments accepted, or -1 when variadic.
func (f *Func) MaxArgs() int {
	for _, p := range f.Params {
		if p.Variadic {
			return -1
		}
	}
	return len(f.Params)
}

// Signature renders the function as `name($a, $b = …)` for messages and docs.
func (f *Func) Signature() string {
	s := f.Name + "("
	for i, p := range f.Params {
		if i > 0 {
			s += ", "
		}
		switch {
		case p.Variadic:
			s += "...$" + p.Name
		case p.Optional:
			s += "[$" + p.Name + "]"
		default:
			s += "$" + p.Name
		}
	}
	s += ")"
	if f.Returns != "" {
		s += ": " + f.Returns
	}
	return s
}

// AvailableIn reports whether the function exists in the given hook context.
func (f *Func) AvailableIn(ctx string) bool {
	return available(f.Contexts, ctx)
}

func available(ctxs []string, ctx string) bool {
	if ctxs == nil || ctx == "" {
		return true
	}
	for _, c := range ctxs {
		if c == ctx {
			return true
		}
	}
	return false
}

// Class describes a builtin class.
type Class struct {
	Name        string
	Doc         string
	Contexts    []string
	Constructor *Func            // Name(args); nil when the class cannot be constructed
	Methods     map[string]*Func // $obj->name(args); Args.Self is the object
	Statics     map[string]*Func // Name::name(args)
}

// AvailableIn reports whether the class exists in the given hook context.
func (c *Class) AvailableIn(ctx string) bool { return available(c.Contexts, ctx) }

// Importer converts the contents of a data file into a value, for
// `import $v from "file.ext" with [options]`. It runs at compile time.
type Importer func(src []byte, options *value.Array) (value.Value, error)

// Catalog holds builtin functions and classes by name, and the importers of
// data files by extension.
type Catalog struct {
	funcs     map[string]*Func
	classes   map[string]*Class
	importers map[string]Importer
}

// New returns an empty catalog.
func New() *Catalog {
	return &Catalog{funcs: map[string]*Func{}, classes: map[string]*Class{}, importers: map[string]Importer{}}
}

// AddImporter registers the converter of data files with extension ext
// (lower case, with the dot: ".json").
func (c *Catalog) AddImporter(ext string, f Importer) {
	if _, dup := c.importers[ext]; dup {
		panic("catalog: importer for " + ext + " registered twice")
	}
	c.importers[ext] = f
}

// Importer returns the converter of data files with extension ext, or nil.
func (c *Catalog) Importer(ext string) Importer { return c.importers[ext] }

// ImportExtensions returns the extensions that data imports accept, sorted.
func (c *Catalog) ImportExtensions() []string { return sortedKeys(c.importers) }

// AddFunc registers f. Registering a name twice is a programming error.
func (c *Catalog) AddFunc(f *Func) {
	if _, dup := c.funcs[f.Name]; dup {
		panic(fmt.Sprintf("catalog: function %s registered twice", f.Name))
	}
	c.funcs[f.Name] = f
}

// AddClass registers cl. Registering a name twice is a programming error.
func (c *Catalog) AddClass(cl *Class) {
	if _, dup := c.classes[cl.Name]; dup {
		panic(fmt.Sprintf("catalog: class %s registered twice", cl.Name))
	}
	c.classes[cl.Name] = cl
}

// Alias registers an existing function under another (legacy) name.
func (c *Catalog) Alias(alias, name string) {
	f := c.funcs[name]
	if f == nil {
		panic("catalog: alias of unknown function " + name)
	}
	c.funcs[alias] = f
}

// Func returns the function with the given name, or nil.
func (c *Catalog) Func(name string) *Func { return c.funcs[name] }

// Class returns the class with the given name, or nil.
func (c *Catalog) Class(name string) *Class { return c.classes[name] }

// FuncNames returns every function name (aliases included), sorted.
func (c *Catalog) FuncNames() []string { return sortedKeys(c.funcs) }

// ClassNames returns every class name, sorted.
func (c *Catalog) ClassNames() []string { return sortedKeys(c.classes) }

// Merge returns a new catalog with the entries of c and then of others; a later
// entry replaces an earlier one of the same name (a hook context adding its
// functions to the core ones).
func (c *Catalog) Merge(others ...*Catalog) *Catalog {
	out := New()
	for _, src := range append([]*Catalog{c}, others...) {
		for k, v := range src.funcs {
			out.funcs[k] = v
		}
		for k, v := range src.classes {
			out.classes[k] = v
		}
		for k, v := range src.importers {
			out.importers[k] = v
		}
	}
	return out
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
