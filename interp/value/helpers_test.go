package value

import "testing"

// testFunc, testObj and testRes stand in for the interpreter's implementations.
type testFunc struct{ name string }

func (f *testFunc) FuncName() string { return f.name }

type testObj struct{ class string }

func (o *testObj) ClassName() string { return o.class }

type testRes struct{ kind string }

func (r *testRes) ResourceKind() string { return r.kind }

// valueFunc is a comparable non-pointer implementation, to check identity rules.
type valueFunc string

func (f valueFunc) FuncName() string { return string(f) }

// sliceFunc cannot be compared with ==; identity comparison must not panic on it.
type sliceFunc []int

func (sliceFunc) FuncName() string { return "s" }

func num(f float64) Value    { return Number(f) }
func str(s string) Value     { return String(s) }
func ip(i int) *int          { return &i }
func arrV(a *Array) Value    { return ArrayValue(a) }
func listV(v ...Value) Value { return ArrayValue(list(v...)) }

// list builds a list array.
func list(v ...Value) *Array {
	a := NewArray(len(v))
	for _, x := range v {
		if err := a.Append(x); err != nil {
			panic(err)
		}
	}
	return a
}

// dict builds an array from key/value pairs; keys are normalised.
func dict(t testing.TB, kv ...Value) *Array {
	t.Helper()
	a := NewArray(0)
	for i := 0; i+1 < len(kv); i += 2 {
		k, err := NormalizeKey(kv[i])
		if err != nil {
			t.Fatalf("dict key %v: %v", kv[i].Repr(), err)
		}
		a.Set(k, kv[i+1])
	}
	return a
}

// dump is the array dump of an array.
func dump(a *Array) string { return ArrayValue(a).ToString() }
