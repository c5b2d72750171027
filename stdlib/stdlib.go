// Package stdlib assembles the catalogue of the core HSL builtins (those of
// every hook context) from the group packages under stdlib/.
package stdlib

//go:generate go run ./internal/gendoc/cmd/gendoc -root .. -o docs/stdlib.md

import (
	"sync"

	"github.com/openhsl/hsl/stdlib/arrays"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
	"github.com/openhsl/hsl/stdlib/core"
	"github.com/openhsl/hsl/stdlib/cryptofn"
	"github.com/openhsl/hsl/stdlib/dns"
	"github.com/openhsl/hsl/stdlib/encoding"
	"github.com/openhsl/hsl/stdlib/files"
	"github.com/openhsl/hsl/stdlib/hashing"
	"github.com/openhsl/hsl/stdlib/inet"
	"github.com/openhsl/hsl/stdlib/logging"
	hslmath "github.com/openhsl/hsl/stdlib/math"
	"github.com/openhsl/hsl/stdlib/mime"
	"github.com/openhsl/hsl/stdlib/mtaonly"
	"github.com/openhsl/hsl/stdlib/netio"
	"github.com/openhsl/hsl/stdlib/pcre"
	hslstrings "github.com/openhsl/hsl/stdlib/strings"
	"github.com/openhsl/hsl/stdlib/timefn"
)

var (
	coreOnce    sync.Once
	coreCatalog *catalog.Catalog
)

// Core returns the catalogue of the core builtins. It is built on the first
// call and shared afterwards: callers must not change it (Merge it with a
// hook context's catalogue instead).
func Core() *catalog.Catalog {
	coreOnce.Do(func() {
		c := catalog.New()
		arrays.Register(c)
		hslstrings.Register(c)
		hslmath.Register(c)
		encoding.Register(c)
		timefn.Register(c)
		core.Register(c)
		// more groups:
		mime.Register(c)
		dns.Register(c)
		files.Register(c)
		logging.Register(c)
		mtaonly.Register(c)
		netio.Register(c)
		pcre.Register(c)
		hashing.Register(c)
		cryptofn.Register(c)
		inet.Register(c)
		classes.Register(c)
		coreCatalog = c
	})
	return coreCatalog
}
