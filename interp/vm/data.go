package vm

import (
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// loadData converts a data import at compile time. The conversions are the
// library's own decoders (json_decode, csv_decode, yaml_decode), found in the
// catalog, so a data import reads a file exactly as the function would.
func loadData(cat *catalog.Catalog, d *resolve.DataImport) (value.Value, error) {
	opts, err := evalOptions(d)
	if err != nil {
		return value.None, err
	}
	ext := strings.ToLower(path.Ext(d.Path))
	if strings.HasPrefix(d.Path, "txt!") {
		ext = ".txt"
	}
	src := string(d.Src)
	var v value.Value
	switch ext {
	case ".txt":
		v = value.String(src)
		if o, ok := opts.Get(value.StrKey("array")); ok && o.Truthy() {
			lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
			if len(lines) > 0 && lines[len(lines)-1] == "" {
				lines = lines[:len(lines)-1]
			}
			vals := make([]value.Value, len(lines))
			for i, l := range lines {
				vals[i] = value.String(strings.TrimSuffix(l, "\r"))
			}
			v = value.ArrayValue(value.NewList(vals))
		}
	case ".json":
		v, err = callDecoder(cat, "json_decode", value.String(src))
	case ".yaml", ".yml":
		v, err = callDecoder(cat, "yaml_decode", value.String(src))
	case ".csv":
		args := []value.Value{value.String(src)}
		if opts.Len() > 0 {
			args = append(args, value.ArrayValue(opts))
		}
		v, err = callDecoder(cat, "csv_decode", args...)
	default:
		return value.None, fmt.Errorf("data files with the extension %q cannot be imported (use .json, .csv, .txt, .yaml or the txt! prefix)", ext)
	}
	if err != nil {
		return value.None, err
	}
	if a := v.AsArray(); a != nil {
		a.Freeze()
	}
	return v, nil
}

func evalOptions(d *resolve.DataImport) (*value.Array, error) {
	if d.Stmt.Options == nil {
		return value.NewArray(0), nil
	}
	v, err := evalConst(d.Stmt.Options)
	if err != nil {
		return nil, fmt.Errorf("the options of a data import must be a constant array: %v", err)
	}
	if v.AsArray() == nil {
		return nil, fmt.Errorf("the options of a data import must be an array, not %s", v.Kind())
	}
	return v.AsArray(), nil
}

// callDecoder runs a catalog function at compile time.
func callDecoder(cat *catalog.Catalog, name string, args ...value.Value) (value.Value, error) {
	var f *catalog.Func
	if cat != nil {
		f = cat.Func(name)
	}
	if f == nil || f.Impl == nil {
		return value.None, fmt.Errorf("%s is not available to convert the file", name)
	}
	v, err := f.Impl(&catalog.Args{Env: compileEnv{}, Func: f, Values: args})
	if err != nil {
		return value.None, err
	}
	if v.IsNone() || v.Kind() == value.KindBool && !v.AsBool() {
		return value.None, fmt.Errorf("the file is not valid for %s", name)
	}
	return v, nil
}

// compileEnv is the Env of builtins run by the compiler: no callbacks, no output.
type compileEnv struct{}

func (compileEnv) Call(value.Value, ...value.Value) (value.Value, error) {
	return value.None, fmt.Errorf("callbacks are not available at compile time")
}
func (compileEnv) Stdout() io.Writer      { return io.Discard }
func (compileEnv) Context() string        { return "core" }
func (compileEnv) RootPath() string       { return "" }
func (compileEnv) Where() []catalog.Frame { return nil }
