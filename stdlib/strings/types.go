package strings

import (
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// registerTypes adds length, the conversions and the is_* type tests.
func registerTypes(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "length", Params: []catalog.Param{pValue}, Returns: "number|none",
		Doc:  "Returns the number of entries of an array or of bytes of a string; none for any other value.",
		Impl: length,
	})
	c.AddFunc(&catalog.Func{
		Name: "string", Params: []catalog.Param{pValue}, Returns: "string",
		Doc:  "Converts the value to its string form (none gives \"\", numbers their shortest exact form, arrays their dump).",
		Impl: func(a *catalog.Args) (value.Value, error) { return value.String(a.Get(0).ToString()), nil },
	})
	c.AddFunc(&catalog.Func{
		Name: "number", Params: []catalog.Param{pValue}, Returns: "number",
		Doc:  "Converts the value to a number: booleans give 1 or 0, strings are read as decimal or 0x hexadecimal, and anything unreadable gives 0.",
		Impl: func(a *catalog.Args) (value.Value, error) { return value.Number(value.ToNumber(a.Get(0))), nil },
	})
	c.AddFunc(&catalog.Func{
		Name: "boolean", Params: []catalog.Param{pValue}, Returns: "boolean",
		Doc:  "Converts the value to a boolean by its truthiness.",
		Impl: func(a *catalog.Args) (value.Value, error) { return value.Bool(a.Get(0).Truthy()), nil },
	})
	for _, t := range []struct {
		name string
		kind value.Kind
	}{
		{"is_array", value.KindArray},
		{"is_boolean", value.KindBool},
		{"is_function", value.KindFunction},
		{"is_number", value.KindNumber},
		{"is_object", value.KindObject},
		{"is_string", value.KindString},
	} {
		kind := t.kind
		c.AddFunc(&catalog.Func{
			Name: t.name, Params: []catalog.Param{pValue}, Returns: "boolean",
			Doc:  "Reports whether the value is of type " + kind.String() + ".",
			Impl: func(a *catalog.Args) (value.Value, error) { return value.Bool(a.Get(0).Kind() == kind), nil },
		})
	}
}

func length(a *catalog.Args) (value.Value, error) {
	v := a.Get(0)
	switch v.Kind() {
	case value.KindString:
		return value.Number(float64(len(v.AsString()))), nil
	case value.KindArray:
		return value.Number(float64(v.AsArray().Len())), nil
	}
	return value.None, nil
}
