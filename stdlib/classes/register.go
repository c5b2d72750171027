package classes

import "github.com/openhsl/hsl/stdlib/catalog"

// Register adds the classes Map, Set, Iconv, X509, X509CRL and FFI to c.
func Register(c *catalog.Catalog) {
	registerMap(c)
	registerSet(c)
	registerIconv(c)
	registerX509(c)
	registerX509CRL(c)
	registerFFI(c)
	registerImporters(c)
}
