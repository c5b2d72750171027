package classes

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

// newObj calls the constructor of class with args.
func newObj(t testing.TB, class string, args ...value.Value) value.Value {
	t.Helper()
	v, err := Invoke(&Env{}, cat.Class(class).Constructor, value.None, args...)
	if err != nil {
		t.Fatalf("%s(%v): %v", class, args, err)
	}
	return v
}

// do calls method name on obj.
func do(t testing.TB, obj value.Value, name string, args ...value.Value) (value.Value, error) {
	t.Helper()
	cl := cat.Class(obj.AsObject().ClassName())
	f := cl.Methods[name]
	if f == nil {
		t.Fatalf("%s has no method %s", cl.Name, name)
	}
	return Invoke(&Env{}, f, obj, args...)
}

func must(t testing.TB, obj value.Value, name string, args ...value.Value) value.Value {
	t.Helper()
	v, err := do(t, obj, name, args...)
	if err != nil {
		t.Fatalf("->%s(%v): %v", name, args, err)
	}
	return v
}

// drain walks an iterator and renders "key:value" items.
func drain(t *testing.T, v value.Value) []string {
	t.Helper()
	it, ok := v.AsObject().(Iterator)
	if !ok {
		t.Fatalf("%s is not an Iterator", v.Repr())
	}
	var out []string
	for {
		k, v, ok := it.Next()
		if !ok {
			return out
		}
		out = append(out, k.Repr()+":"+v.Repr())
	}
}

func TestMap(t *testing.T) {
	m := newObj(t, "Map", S("string"), S("any"))
	if r := must(t, m, "set", S("a"), N(1)); r.Repr() != "true" {
		t.Errorf("set = %s", r.Repr())
	}
	must(t, m, "set", S("b"), L(N(1)))
	must(t, m, "set", S(""), S("empty key"))
	must(t, m, "set", S("a"), N(2)) // replace keeps the position
	checks := []struct {
		method string
		args   []value.Value
		want   string
	}{
		{"get", A(S("a")), "2"},
		{"get", A(S("zz")), "none"},
		{"has", A(S("b")), "true"},
		{"has", A(S("zz")), "false"},
		{"size", nil, "3"},
		{"merge", A(S("a"), N(5)), "true"},
		{"get", A(S("a")), "7"},
		{"merge", A(S("b"), L(N(2))), "true"},
		{"get", A(S("b")), "[0=>1,1=>2]"},
		{"merge", A(S("new"), N(1)), "true"},
		{"get", A(S("new")), "1"},
		{"delete", A(S("new")), "true"},
		{"delete", A(S("new")), "false"},
		{"get", A(S("")), `"empty key"`},
	}
	for _, c := range checks {
		got := must(t, m, c.method, c.args...)
		if got.Repr() != c.want {
			t.Errorf("->%s(%v) = %s, want %s", c.method, c.args, got.Repr(), c.want)
		}
	}
	it := must(t, m, "entries")
	must(t, m, "set", S("later"), N(0)) // not seen by the earlier iterator
	got := strings.Join(drain(t, it), " ")
	if want := `"a":[0=>"a",1=>7] "b":[0=>"b",1=>[0=>1,1=>2]] "":[0=>"",1=>"empty key"]`; got != want {
		t.Errorf("entries = %s, want %s", got, want)
	}
	must(t, m, "clear")
	if n := must(t, m, "size"); n.AsNumber() != 0 {
		t.Errorf("size after clear = %v", n.AsNumber())
	}
	if items := drain(t, must(t, m, "entries")); len(items) != 0 {
		t.Errorf("entries of an empty map = %v", items)
	}
}

func TestMapValuesAreCopies(t *testing.T) {
	m := newObj(t, "Map", S("string"), S("array"))
	arr := value.NewList([]value.Value{N(1)})
	must(t, m, "set", S("k"), value.ArrayValue(arr))
	// the caller changes its array the way the interpreter would
	w := arr.Writable()
	w.Append(N(2))
	if got := must(t, m, "get", S("k")); got.Repr() != "[0=>1]" {
		t.Errorf("stored array changed with the caller's: %s", got.Repr())
	}
}

func TestMapTypes(t *testing.T) {
	m := newObj(t, "Map", S("number"), S("string"))
	must(t, m, "set", N(0), S("zero"))
	if got := must(t, m, "get", N(math.Copysign(0, -1))); got.Repr() != `"zero"` {
		t.Errorf("-0 key = %s", got.Repr())
	}
	errs := []struct {
		method string
		args   []value.Value
		want   string
	}{
		{"set", A(S("1"), S("x")), "($key) must be a number (the key type), not string"},
		{"set", A(N(1), N(1)), "($value) must be a string (the value type), not number"},
		{"get", A(value.None), "must be a number"},
		{"set", A(value.Number(nan()), S("x")), "NaN"},
		{"merge", A(N(0), N(1)), "cannot"},
	}
	for _, e := range errs {
		if _, err := do(t, m, e.method, e.args...); err == nil || !strings.Contains(err.Error(), e.want) {
			t.Errorf("->%s(%v): error %v, want %q", e.method, e.args, err, e.want)
		}
	}
	for _, args := range [][]value.Value{A(S("bool"), S("any")), A(S("string"), S("int")), A(N(1), S("any"))} {
		if _, err := Invoke(&Env{}, cat.Class("Map").Constructor, value.None, args...); err == nil {
			t.Errorf("Map(%v) accepted", args)
		}
	}
	set := cat.Class("Map").Methods["set"]
	if _, err := Invoke(&Env{}, set, value.None, S("a"), N(1)); err == nil || !strings.Contains(err.Error(), "needs a Map object") {
		t.Errorf("method without a Map: %v", err)
	}
	s := newObj(t, "Set", S("string"))
	if _, err := Invoke(&Env{}, set, s, S("a"), N(1)); err == nil {
		t.Errorf("Map method on a Set accepted")
	}
}

func TestSet(t *testing.T) {
	s := newObj(t, "Set", S("string"))
	for _, k := range []string{"x", "y", "x", "z"} {
		must(t, s, "add", S(k))
	}
	checks := []struct {
		method string
		args   []value.Value
		want   string
	}{
		{"size", nil, "3"},
		{"has", A(S("x")), "true"},
		{"has", A(S("q")), "false"},
		{"delete", A(S("y")), "true"},
		{"delete", A(S("y")), "false"},
	}
	for _, c := range checks {
		if got := must(t, s, c.method, c.args...); got.Repr() != c.want {
			t.Errorf("->%s(%v) = %s, want %s", c.method, c.args, got.Repr(), c.want)
		}
	}
	if got := strings.Join(drain(t, must(t, s, "values")), " "); got != `"x":"x" "z":"z"` {
		t.Errorf("values = %s", got)
	}
	must(t, s, "clear")
	if got := must(t, s, "size"); got.AsNumber() != 0 {
		t.Errorf("size after clear = %s", got.Repr())
	}
	if _, err := do(t, s, "add", N(1)); err == nil {
		t.Errorf("number added to a string set")
	}
}

func TestStoreCompaction(t *testing.T) {
	m := newObj(t, "Map", S("number"), S("number"))
	for i := 0; i < 1000; i++ {
		must(t, m, "set", N(float64(i)), N(float64(i)))
	}
	for i := 0; i < 1000; i += 2 {
		must(t, m, "delete", N(float64(i)))
	}
	mp := m.AsObject().(*Map)
	if mp.holes > len(mp.keys)/2+1 {
		t.Errorf("%d holes in %d slots after deletes", mp.holes, len(mp.keys))
	}
	for i := 0; i < 1000; i++ {
		got := must(t, m, "get", N(float64(i)))
		if want := i%2 == 1; got.IsNone() == want {
			t.Fatalf("get(%d) = %s after compaction", i, got.Repr())
		}
	}
	if items := drain(t, must(t, m, "entries")); len(items) != 500 || items[0] != "1:[0=>1,1=>1]" {
		t.Errorf("entries after compaction: %d items, first %v", len(items), items[:1])
	}
}

func BenchmarkMap100kKeys(b *testing.B) {
	keys := make([]value.Value, 100000)
	for i := range keys {
		keys[i] = S("key" + strconv.Itoa(i))
	}
	set := cat.Class("Map").Methods["set"]
	get := cat.Class("Map").Methods["get"]
	env := &Env{}
	b.ReportAllocs()
	for b.Loop() {
		m := newObj(b, "Map", S("string"), S("number"))
		for i, k := range keys {
			set.Impl(&catalog.Args{Env: env, Func: set, Self: m, Values: []value.Value{k, N(float64(i))}})
		}
		for _, k := range keys {
			get.Impl(&catalog.Args{Env: env, Func: get, Self: m, Values: []value.Value{k}})
		}
	}
}

func nan() float64 { z := 0.0; return z / z }
