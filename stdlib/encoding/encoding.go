// Package encoding registers the HSL data-format builtins: base64, base64url,
// base32, URL percent-encoding and url_parse, xtext, IDNA, MIME encoded words,
// JSON, YAML, CSV, zlib compression, and pack/unpack of binary strings.
package encoding

import (
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

var pString = catalog.Param{Name: "string", Type: "string"}

// Register adds the encoding builtins to c.
func Register(c *catalog.Catalog) {
	registerBase(c)
	registerJSON(c)
	registerCSV(c)
	registerYAML(c)
	registerZlib(c)
	registerPack(c)
	registerMIME(c)
	registerURL(c)
	registerImporters(c)
}

// stringFunc registers a builtin taking one string and returning a string,
// or none when f fails.
func stringFunc(c *catalog.Catalog, name, param, returns, doc string, f func(string) (string, bool)) {
	c.AddFunc(&catalog.Func{
		Name:    name,
		Params:  []catalog.Param{{Name: param, Type: "string"}},
		Returns: returns,
		Doc:     doc,
		Impl: func(a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			r, ok := f(s)
			if !ok {
				return value.None, nil
			}
			return value.String(r), nil
		},
	})
}
