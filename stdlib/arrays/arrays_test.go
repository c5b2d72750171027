package arrays

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

var (
	isString = Pred(func(v value.Value) bool { return v.Kind() == value.KindString })
	positive = Pred(func(v value.Value) bool { return v.AsNumber() > 0 })
	double   = Fn(func(args ...value.Value) (value.Value, error) {
		return value.Number(args[0].AsNumber() * 2), nil
	})
	add = Fn(func(args ...value.Value) (value.Value, error) { return value.Add(args[0], args[1]) })
	gt  = Fn(func(args ...value.Value) (value.Value, error) {
		return value.Bool(args[0].AsNumber() > args[1].AsNumber()), nil
	})
	fails = Fn(func(args ...value.Value) (value.Value, error) { return value.None, errors.New("boom") })
)

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "array_combine", "array_every", "array_filter", "array_find", "array_includes",
		"array_join", "array_keys", "array_map", "array_random", "array_range", "array_reduce", "array_reverse",
		"array_sort", "array_shuffle", "array_unique", "in_array", "range", "implode")
}

func TestCombine(t *testing.T) {
	Run(t, cat, "array_combine", []Case{
		{Args: A(L(S("a"), S("b")), L(N(1), N(2))), Want: `["a"=>1,"b"=>2]`},
		{Name: "repeat keeps last", Args: A(L(S("a"), S("a")), L(N(1), N(2))), Want: `["a"=>2]`},
		{Name: "numeric string keys", Args: A(L(S("1"), S("0")), L(S("x"), S("y"))), Want: `[1=>"x",0=>"y"]`},
		{Name: "default", Args: A(L(S("a"), S("b")), L(N(1)), N(0)), Want: `["a"=>1,"b"=>0]`},
		{Name: "missing value", Args: A(L(S("a"), S("b")), L(N(1))), Want: `["a"=>1,"b"=>none]`},
		{Name: "extra values", Args: A(L(S("a")), L(N(1), N(2))), Want: `["a"=>1]`},
		{Name: "spread pairs", Args: A(L(), L()), Want: `[]`},
		{Name: "bad key", Args: A(L(L()), L(N(1))), Err: "argument 1 ($keys)"},
		{Name: "not array", Args: A(S("x"), L()), Err: "array_combine(): argument 1 ($keys) must be an array, not string"},
	})
}

func TestEveryFilterFindIncludes(t *testing.T) {
	Run(t, cat, "array_every", []Case{
		{Args: A(positive, L(N(1), N(2))), Want: "true"},
		{Args: A(positive, L(N(1), N(-2))), Want: "false"},
		{Name: "empty", Args: A(positive, L()), Want: "true"},
		{Name: "callback error", Args: A(fails, L(N(1))), Err: "boom"},
		{Name: "not function", Args: A(S("f"), L()), Err: "($callback) must be a function, not string"},
	})
	Run(t, cat, "array_filter", []Case{
		{Name: "keys kept", Args: A(isString, L(N(1), S("a"))), Want: `[1=>"a"]`},
		{Args: A(positive, M(S("x"), N(1), S("y"), N(0))), Want: `["x"=>1]`},
		{Args: A(positive, L()), Want: `[]`},
		{Args: A(fails, L(N(1))), Err: "boom"},
	})
	Run(t, cat, "array_find", []Case{
		{Args: A(positive, L(N(-1), N(2), N(3))), Want: "2"},
		{Name: "none found", Args: A(positive, L(N(-1))), Want: "none"},
		{Args: A(positive, L()), Want: "none"},
		{Args: A(positive, N(1)), Err: "($array) must be an array, not number"},
	})
	Run(t, cat, "array_includes", []Case{
		{Args: A(N(2), L(N(1), N(2))), Want: "true"},
		{Name: "strict", Args: A(B(false), L(N(0), value.None, S(""))), Want: "false"},
		{Name: "strict string", Args: A(S("1"), L(N(1))), Want: "false"},
		{Name: "none", Args: A(value.None, L(N(0), value.None)), Want: "true"},
		{Name: "array needle", Args: A(L(N(1)), L(L(N(1)))), Want: "true"},
		{Name: "predicate", Args: A(positive, L(N(-1), N(5))), Want: "true"},
		{Args: A(S("a"), L()), Want: "false"},
	})
	Run(t, cat, "in_array", []Case{{Args: A(S("a"), L(S("a"))), Want: "true"}})
}

func TestJoinKeys(t *testing.T) {
	Run(t, cat, "array_join", []Case{
		{Args: A(L(S("a"), N(1), B(true)), S(", ")), Want: `"a, 1, true"`},
		{Name: "default separator", Args: A(L(S("a"), S("b"))), Want: `"ab"`},
		{Name: "none separator", Args: A(L(S("a"), S("b")), value.None), Want: `"ab"`},
		{Name: "none value", Args: A(L(value.None, S("b")), S("-")), Want: `"-b"`},
		{Name: "nested", Args: A(L(L(N(1))), S("-")), Want: `"[0=>1]"`},
		{Name: "binary", Args: A(L(S("\xff"), S("\x00")), S("\xfe")), Want: "\"\xff\xfe\x00\""},
		{Args: A(L()), Want: `""`},
		{Args: A(L(), N(1)), Err: "($separator) must be a string"},
	})
	Run(t, cat, "implode", []Case{{Args: A(S(","), L(S("a"), S("b"))), Want: `"a,b"`}})
	Run(t, cat, "array_keys", []Case{
		{Args: A(M(S("a"), N(1), N(5), N(2))), Want: `[0=>"a",1=>5]`},
		{Args: A(L(S("x"), S("y"))), Want: `[0=>0,1=>1]`},
		{Args: A(L()), Want: `[]`},
		{Args: A(value.None), Err: "must be an array, not none"},
	})
}

func TestMapReduce(t *testing.T) {
	Run(t, cat, "array_map", []Case{
		{Args: A(double, M(S("a"), N(1), N(7), N(2))), Want: `["a"=>2,7=>4]`},
		{Args: A(double, L()), Want: `[]`},
		{Args: A(fails, L(N(1))), Err: "boom"},
	})
	Run(t, cat, "array_reduce", []Case{
		{Args: A(add, L(N(1), N(2), N(3))), Want: "6"},
		{Name: "initial", Args: A(add, L(N(1), N(2)), N(10)), Want: "13"},
		{Name: "one element", Args: A(fails, L(S("x"))), Want: `"x"`},
		{Name: "empty with initial", Args: A(add, L(), N(4)), Want: "4"},
		{Name: "empty", Args: A(add, L()), Err: "empty array"},
		{Name: "callback error", Args: A(add, L(N(1), L())), Err: "cannot add"},
	})
}

func TestRangeReverse(t *testing.T) {
	Run(t, cat, "array_range", []Case{
		{Args: A(N(0), N(5)), Want: `[0=>0,1=>1,2=>2,3=>3,4=>4]`},
		{Args: A(N(0), N(10), N(3)), Want: `[0=>0,1=>3,2=>6,3=>9]`},
		{Name: "down", Args: A(N(5), N(0), N(-2)), Want: `[0=>5,1=>3,2=>1]`},
		{Name: "fraction", Args: A(N(0), N(1), N(0.25)), Want: `[0=>0,1=>0.25,2=>0.5,3=>0.75]`},
		{Name: "empty", Args: A(N(5), N(0)), Want: `[]`},
		{Name: "equal", Args: A(N(1), N(1)), Want: `[]`},
		{Name: "zero step", Args: A(N(0), N(1), N(0)), Err: "($step) must be a finite number other than 0"},
		{Name: "huge", Args: A(N(0), N(1e12)), Err: "more than the limit"},
		{Name: "inf", Args: A(N(0), N(math.Inf(1))), Err: "finite"},
		{Args: A(S("0"), N(2)), Err: "($start) must be a number, not string"},
	})
	Run(t, cat, "range", []Case{{Args: A(N(1), N(3)), Want: `[0=>1,1=>2]`}})
	Run(t, cat, "array_reverse", []Case{
		{Args: A(L(N(1), N(2), N(3))), Want: `[0=>3,1=>2,2=>1]`},
		{Name: "string keys kept", Args: A(M(S("a"), N(1), N(5), N(2), S("b"), N(3))), Want: `["b"=>3,0=>2,"a"=>1]`},
		{Args: A(L()), Want: `[]`},
	})
}

func TestSort(t *testing.T) {
	Run(t, cat, "array_sort", []Case{
		{Name: "doc example", Args: A(gt, L(N(1), N(3), N(2))), Want: `[1=>3,2=>2,0=>1]`},
		{Name: "default order", Args: A(value.None, L(N(3), N(1), N(2))), Want: `[1=>1,2=>2,0=>3]`},
		{Name: "strings", Args: A(value.None, M(S("x"), S("b"), S("y"), S("a"))), Want: `["y"=>"a","x"=>"b"]`},
		{Name: "by keys", Args: A(value.None, M(S("b"), N(1), S("a"), N(2)), M(S("keys"), B(true))), Want: `["a"=>2,"b"=>1]`},
		{Name: "small arrays keep order", Args: A(Fn(func(args ...value.Value) (value.Value, error) { return B(false), nil }), L(N(2), N(1))), Want: `[0=>2,1=>1]`},
		{Name: "incomparable", Args: A(value.None, L(N(1), L())), Err: "array_sort(): argument 2 ($array) holds values that cannot be ordered: cannot compare"},
		{Name: "callback error", Args: A(fails, L(N(1), N(2))), Err: "boom"},
		{Name: "bad option", Args: A(gt, L(), M(S("reverse"), B(true))), Err: `unknown option "reverse"`},
		{Args: A(gt, L()), Want: `[]`},
		{Args: A(S("x"), L()), Err: "must be a function or none"},
	})
}

func TestUnique(t *testing.T) {
	Run(t, cat, "array_unique", []Case{
		{Args: A(L(N(1), N(2), N(1), N(3), N(2))), Want: `[0=>1,1=>2,3=>3]`},
		{Name: "strict", Args: A(L(N(1), S("1"), B(true), N(1))), Want: `[0=>1,1=>"1",2=>true]`},
		{Name: "first key", Args: A(M(S("a"), S("x"), S("b"), S("x"))), Want: `["a"=>"x"]`},
		{Name: "arrays", Args: A(L(L(N(1)), L(N(1)), L(N(2)))), Want: `[0=>[0=>1],2=>[0=>2]]`},
		{Name: "zero", Args: A(L(N(0), N(math.Copysign(0, -1)), value.None, value.None)), Want: `[0=>0,2=>none]`},
		{Args: A(L()), Want: `[]`},
	})
}

func TestRandomShuffle(t *testing.T) {
	arr := M(S("a"), N(1), N(4), N(2), N(9), N(3))
	for range 20 {
		r, err := Call(cat, "array_random", arr)
		if err != nil {
			t.Fatal(err)
		}
		switch r.Repr() {
		case `[0=>"a",1=>1]`, `[0=>4,1=>2]`, `[0=>9,1=>3]`:
		default:
			t.Fatalf("array_random gave %s", r.Repr())
		}
		s, err := Call(cat, "array_shuffle", arr)
		if err != nil {
			t.Fatal(err)
		}
		sa := s.AsArray()
		if sa.Len() != 3 || !value.LooseEqual(mustGet(t, sa, value.StrKey("a")), N(1)) {
			t.Fatalf("array_shuffle gave %s", s.Repr())
		}
		for _, i := range []int32{0, 1} {
			if _, ok := sa.Get(value.IntKey(i)); !ok {
				t.Fatalf("array_shuffle did not renumber: %s", s.Repr())
			}
		}
	}
	Run(t, cat, "array_random", []Case{{Args: A(L()), Want: "none"}})
	Run(t, cat, "array_shuffle", []Case{{Args: A(L()), Want: "[]"}})
}

func mustGet(t *testing.T, a *value.Array, k value.Key) value.Value {
	t.Helper()
	v, ok := a.Get(k)
	if !ok {
		t.Fatalf("key missing in %s", value.ArrayValue(a).Repr())
	}
	return v
}

// TestNoMutation checks that arguments are left alone and that nested arrays
// copied into results are shared, so that a write through the result clones.
func TestNoMutation(t *testing.T) {
	inner := value.NewList([]value.Value{N(1)})
	arg := value.ArrayValue(value.NewList([]value.Value{value.ArrayValue(inner), N(2)}))
	before := arg.Repr()
	for _, name := range []string{"array_reverse", "array_unique", "array_shuffle"} {
		r, err := Call(cat, name, arg)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < r.AsArray().Len(); i++ {
			if _, v := r.AsArray().Entry(i); v.Kind() == value.KindArray {
				if w := v.AsArray().Writable(); w == inner {
					t.Errorf("%s: nested array not shared", name)
				}
			}
		}
	}
	if _, err := Call(cat, "array_sort", value.None, arg); err == nil {
		t.Error("array_sort compared an array with a number without error")
	}
	if arg.Repr() != before {
		t.Errorf("argument changed: %s", arg.Repr())
	}
}

func BenchmarkSort100k(b *testing.B) {
	vals := make([]value.Value, 100000)
	for i := range vals {
		vals[i] = N(float64((i * 7919) % 100003))
	}
	arr := value.ArrayValue(value.NewList(vals))
	less := Fn(func(args ...value.Value) (value.Value, error) {
		return value.Bool(args[0].AsNumber() < args[1].AsNumber()), nil
	})
	for _, tc := range []struct {
		name string
		fn   value.Value
	}{{"callback", less}, {"default", value.None}} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Call(cat, "array_sort", tc.fn, arr); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ExampleRegister() {
	r, _ := Call(cat, "array_filter", isString, L(N(1), S("a")))
	fmt.Println(r.ToString())
	// Output: [1=>"a"]
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat, "sleep") }
