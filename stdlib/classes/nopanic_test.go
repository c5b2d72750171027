package classes

import (
	"testing"

	"github.com/openhsl/hsl/interp/value"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// TestNoPanic calls every constructor, method and static function of the
// classes with odd arguments, on a valid object and on wrong ones.
func TestNoPanic(t *testing.T) {
	p := newPKI(t)
	objects := map[string]value.Value{
		"Map":     newObj(t, "Map", S("string"), S("any")),
		"Set":     newObj(t, "Set", S("number")),
		"Iconv":   newObj(t, "Iconv", S("UTF-8"), S("ISO-8859-1")),
		"X509":    value.ObjectValue(&X509{Res: &X509Resource{Cert: p.leaf}}),
		"X509CRL": x509Static(t, "X509CRL", S(string(p.crlDER))),
		"FFI":     value.None,
	}
	args := []value.Value{value.None, N(1), value.Number(nan()), S(""), S("\xff"), L(S("x")), M(S("pem"), B(true)),
		value.ResourceValue(&X509Resource{Cert: p.ca}), objects["Map"]}
	env := &Env{}
	call := func(name string, f func(...value.Value), n int) {
		t.Helper()
		vals := make([]value.Value, n)
		var rec func(i int)
		rec = func(i int) {
			if i == n {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Fatalf("%s(%v) panicked: %v", name, vals, r)
						}
					}()
					f(vals...)
				}()
				return
			}
			for _, v := range args {
				vals[i] = v
				rec(i + 1)
			}
		}
		rec(0)
	}
	for _, name := range cat.ClassNames() {
		cl := cat.Class(name)
		for n := cl.Constructor.MinArgs(); n <= cl.Constructor.MaxArgs(); n++ {
			call(name, func(vs ...value.Value) { Invoke(env, cl.Constructor, value.None, vs...) }, n)
		}
		for _, f := range cl.Statics {
			for n := f.MinArgs(); n <= f.MaxArgs(); n++ {
				call(name+"::"+f.Name, func(vs ...value.Value) { Invoke(env, f, value.None, vs...) }, n)
			}
		}
		for _, f := range cl.Methods {
			for _, self := range []value.Value{objects[name], value.None, objects["Set"]} {
				for n := f.MinArgs(); n <= f.MaxArgs(); n++ {
					call(name+"->"+f.Name, func(vs ...value.Value) { Invoke(env, f, self, vs...) }, n)
				}
			}
		}
	}
}
