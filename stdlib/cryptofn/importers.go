package cryptofn

import (
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// registerImporters makes PEM private-key files importable as data: a .key
// import is a private-key resource for the signing functions.
func registerImporters(c *catalog.Catalog) {
	c.AddImporter(".key", func(src []byte, _ *value.Array) (value.Value, error) {
		k, err := ParsePrivateKeyPEM(src)
		if err != nil {
			return value.None, err
		}
		return value.ResourceValue(k), nil
	})
}
