package encoding

import (
	"fmt"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// registerImporters makes .json, .csv, .yaml/.yml and .txt files importable
// as data (`import $v from "file.json"`). Each uses the library function of
// the same format, so a data import reads a file exactly as the function does.
func registerImporters(c *catalog.Catalog) {
	// fixed, when not nil, are the options the function always gets; else
	// passOptions passes the import's `with [...]` options through.
	viaFunc := func(name string, passOptions bool, fixed *value.Array) catalog.Importer {
		return func(src []byte, opts *value.Array) (value.Value, error) {
			f := c.Func(name)
			args := []value.Value{value.String(string(src))}
			switch {
			case fixed != nil:
				args = append(args, value.ArrayValue(fixed))
			case passOptions && opts != nil && opts.Len() > 0:
				args = append(args, value.ArrayValue(opts))
			}
			v, err := f.Impl(&catalog.Args{Func: f, Values: args})
			if err != nil {
				return value.None, err
			}
			if v.IsNone() {
				return value.None, fmt.Errorf("the file is not valid input for %s", name)
			}
			return v, nil
		}
	}
	// JSON data files may hold comments (Halon's documentation says so).
	jsonOpts := value.NewArray(1)
	jsonOpts.Set(value.StrKey("allow_comments"), value.Bool(true))
	c.AddImporter(".json", viaFunc("json_decode", false, jsonOpts))
	c.AddImporter(".csv", viaFunc("csv_decode", true, nil))
	c.AddImporter(".yaml", viaFunc("yaml_decode", false, nil))
	c.AddImporter(".yml", viaFunc("yaml_decode", false, nil))
	c.AddImporter(".txt", importText)
}

// importText gives the file as a string, or with the option "array" => true
// as a list of its lines without line endings.
func importText(src []byte, opts *value.Array) (value.Value, error) {
	text := string(src)
	asLines := false
	if opts != nil {
		if v, ok := opts.Get(value.StrKey("array")); ok {
			asLines = v.Truthy()
		}
	}
	if !asLines {
		return value.String(text), nil
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	vals := make([]value.Value, len(lines))
	for i, l := range lines {
		vals[i] = value.String(strings.TrimSuffix(l, "\r"))
	}
	return value.ArrayValue(value.NewList(vals)), nil
}
