package hashing

import (
	"io"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

type fakeEnv struct{}

func (fakeEnv) Call(fn value.Value, args ...value.Value) (value.Value, error) {
	return value.None, nil
}
func (fakeEnv) Stdout() io.Writer      { return io.Discard }
func (fakeEnv) Context() string        { return "core" }
func (fakeEnv) RootPath() string       { return "." }
func (fakeEnv) Where() []catalog.Frame { return nil }

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

func call(t testing.TB, name string, args ...value.Value) (value.Value, error) {
	t.Helper()
	f := cat.Func(name)
	if f == nil {
		t.Fatalf("%s is not registered", name)
	}
	if len(args) < f.MinArgs() || (f.MaxArgs() >= 0 && len(args) > f.MaxArgs()) {
		t.Fatalf("%s: bad arity %d in test", name, len(args))
	}
	return f.Impl(&catalog.Args{Env: fakeEnv{}, Func: f, Values: args})
}

var (
	s = value.String
	n = value.Number
)

func opts(kv ...any) value.Value {
	a := value.NewArray(0)
	for i := 0; i < len(kv); i += 2 {
		a.Set(value.StrKey(kv[i].(string)), kv[i+1].(value.Value))
	}
	return value.ArrayValue(a)
}
