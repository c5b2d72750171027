package classes

import (
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// ffiReason says why FFI is missing; docs/stdlib-notes.md has the details.
const ffiReason = "FFI is not supported by this implementation: it is built in pure Go without cgo, " +
	"so it cannot load shared libraries or call C functions"

func errFFI(a *catalog.Args) error { return a.Fail("%s", ffiReason) }

// registerFFI registers the FFI class so that scripts using it resolve and
// fail at run time with a clear error instead of an unknown-name error.
func registerFFI(c *catalog.Catalog) {
	unsupported := func(name string, params []catalog.Param, returns string) *catalog.Func {
		return &catalog.Func{
			Name:    name,
			Params:  params,
			Returns: returns,
			Doc:     "Not available: " + ffiReason + ".",
			Impl:    func(a *catalog.Args) (value.Value, error) { return value.None, errFFI(a) },
		}
	}
	p := func(name, typ string) catalog.Param { return catalog.Param{Name: name, Type: typ} }
	opt := func(name, typ string) catalog.Param { return catalog.Param{Name: name, Type: typ, Optional: true} }
	c.AddClass(&catalog.Class{
		Name:        "FFI",
		Doc:         "Foreign function interface to C libraries. " + ffiReason + "; every use raises an error.",
		Constructor: unsupported("FFI", []catalog.Param{p("path", "string")}, "FFI"),
		Methods: map[string]*catalog.Func{
			"func":   unsupported("func", []catalog.Param{p("name", "string"), p("arguments", "array"), p("returntype", "FFIType")}, "FFIFunction|none"),
			"symbol": unsupported("symbol", []catalog.Param{p("name", "string")}, "FFIValue|none"),
		},
		Statics: map[string]*catalog.Func{
			"type":     unsupported("type", []catalog.Param{p("name", "string")}, "FFIType"),
			"cnumber":  unsupported("cnumber", []catalog.Param{p("type", "FFIType"), p("number", "number")}, "FFIValue"),
			"cstring":  unsupported("cstring", []catalog.Param{p("value", "string")}, "FFIValue"),
			"callback": unsupported("callback", []catalog.Param{p("arguments", "array"), p("returntype", "FFIType"), p("callback", "function")}, "FFIValue"),
			"nullptr":  unsupported("nullptr", nil, "FFIValue"),
			"allocate": unsupported("allocate", []catalog.Param{p("size", "number")}, "FFIValue"),
			"memcpy":   unsupported("memcpy", []catalog.Param{p("pointer", "FFIValue"), p("data", "string")}, "FFIValue"),
			"byref":    unsupported("byref", []catalog.Param{p("value", "FFIValue")}, "FFIValue"),
			"deref":    unsupported("deref", []catalog.Param{p("value", "FFIValue"), opt("type", "FFIType")}, "FFIValue|none"),
			"offset":   unsupported("offset", []catalog.Param{p("pointer", "FFIValue"), p("offset", "number")}, "FFIValue"),
			"string":   unsupported("string", []catalog.Param{p("pointer", "FFIValue"), opt("size", "number")}, "string"),
			"number":   unsupported("number", []catalog.Param{p("value", "FFIValue")}, "number"),
			"number64": unsupported("number64", []catalog.Param{p("value", "FFIValue")}, "array"),
			"attach":   unsupported("attach", []catalog.Param{p("pointer", "FFIValue"), opt("destructor", "FFIFunction")}, "FFIValue"),
			"detach":   unsupported("detach", []catalog.Param{p("pointer", "FFIValue")}, "FFIValue"),
		},
	})
}
