package classes

import (
	"fmt"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// registerImporters makes certificate files importable as data. By default a
// .crt or .pem import is the file's text; with the option "resource" => true
// it is a list of certificate resources (`X509($certs[0])` wraps one).
func registerImporters(c *catalog.Catalog) {
	importCerts := func(src []byte, opts *value.Array) (value.Value, error) {
		asResource := false
		if opts != nil {
			if v, ok := opts.Get(value.StrKey("resource")); ok {
				asResource = v.Truthy()
			}
		}
		if !asResource {
			return value.String(string(src)), nil
		}
		certs, err := ParseCertificates(src)
		if err != nil {
			return value.None, err
		}
		if len(certs) == 0 {
			return value.None, fmt.Errorf("the file holds no certificate")
		}
		list := value.NewArray(len(certs))
		for _, cert := range certs {
			_ = list.Append(value.ResourceValue(&X509Resource{Cert: cert}))
		}
		return value.ArrayValue(list), nil
	}
	c.AddImporter(".crt", importCerts)
	c.AddImporter(".pem", importCerts)
}
