package core

import (
	"sync"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

func memCatalog() *catalog.Catalog {
	c := catalog.New()
	registerMemory(c, NewMemory())
	return c
}

// record returns a callback that appends its arguments' Repr to *log and
// returns ret.
func record(log *[]string, ret value.Value) value.Value {
	return Fn(func(args ...value.Value) (value.Value, error) {
		s := ""
		for _, a := range args {
			s += a.Repr() + " "
		}
		*log = append(*log, s)
		return ret, nil
	})
}

func TestMemory(t *testing.T) {
	m := memCatalog()
	var log []string
	steps := []struct {
		name string
		args []value.Value
		want string
	}{
		{"memory_fetch", A(S("k")), "none"},
		{"memory_fetch", A(S("k"), record(&log, S("dflt"))), `"dflt"`},
		{"memory_exists", A(S("k")), "false"},
		{"memory_add", A(S("k"), L(N(1))), "true"},
		{"memory_add", A(S("k"), N(2)), "false"},
		{"memory_fetch", A(S("k")), "[0=>1]"},
		{"memory_exists", A(S("k"), record(&log, value.None)), "true"},
		{"memory_store", A(S("k"), S("v"), record(&log, value.None)), "true"},
		{"memory_store", A(S("n"), N(1)), "false"},
		{"memory_inc", A(S("n")), "2"},
		{"memory_inc", A(S("n"), N(5)), "7"},
		{"memory_dec", A(S("n"), N(7), B(true)), "0"},
		{"memory_exists", A(S("n")), "false"},
		{"memory_dec", A(S("fresh")), "-1"},
		{"memory_inc", A(S("k")), "none"},
		{"memory_update", A(S("absent"), N(1), record(&log, N(9))), "false"},
		{"memory_update", A(S("c"), N(5), Fn(func(args ...value.Value) (value.Value, error) { return value.Add(args[1], args[2]) }), N(10)), "true"},
		{"memory_fetch", A(S("c")), "15"},
		{"memory_delete", A(S("c"), record(&log, value.None)), "true"},
		{"memory_delete", A(S("c")), "false"},
	}
	for i, s := range steps {
		got, err := Call(m, s.name, s.args...)
		if err != nil || got.Repr() != s.want {
			t.Fatalf("step %d %s: got %s, %v; want %s", i, s.name, got.Repr(), err, s.want)
		}
	}
	want := []string{`"k" `, `"k" [0=>1] `, `"k" [0=>1] `, `"c" 15 `}
	if len(log) != len(want) {
		t.Fatalf("callbacks: %q", log)
	}
	for i := range want {
		if log[i] != want[i] {
			t.Errorf("callback %d got %q, want %q", i, log[i], want[i])
		}
	}
}

func TestMemoryErrors(t *testing.T) {
	m := memCatalog()
	Run(t, m, "memory_store", []Case{
		{Args: A(S("f"), Fn(nil)), Err: "($value) cannot keep a function"},
		{Args: A(S("f"), L(L(Fn(nil)))), Err: "cannot keep a function"},
		{Args: A(N(1), N(1)), Err: "($key) must be a string"},
		{Args: A(S("k"), N(1), N(1)), Err: "($callback) must be a function"},
	})
	Run(t, m, "memory_update", []Case{{Args: A(S("k"), N(1), N(1)), Err: "($callback) must be a function"}})
	// A callback calling memory_* again fails instead of deadlocking.
	env := &Env{}
	inner := Fn(func(args ...value.Value) (value.Value, error) {
		return CallEnv(env, m, "memory_fetch", S("x"))
	})
	if _, err := CallEnv(env, m, "memory_update", S("k"), N(1), inner, N(0)); err == nil {
		t.Fatal("re-entrant call did not fail")
	}
	if r, err := Call(m, "memory_add", S("k"), N(1)); err != nil || r.Repr() != "true" {
		t.Fatalf("store unusable after the failed callback: %s %v", r.Repr(), err)
	}
}

func TestMemoryFreezes(t *testing.T) {
	m := memCatalog()
	arr := value.NewList([]value.Value{N(1)})
	if _, err := Call(m, "memory_store", S("a"), value.ArrayValue(arr)); err != nil {
		t.Fatal(err)
	}
	if !arr.Frozen() {
		t.Fatal("stored array is not frozen")
	}
	if w := arr.Writable(); w == arr {
		t.Fatal("a write through the caller's array would change the store")
	}
}

func TestMemoryConcurrent(t *testing.T) {
	m := memCatalog()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				if _, err := Call(m, "memory_inc", S("n")); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if r, _ := Call(m, "memory_fetch", S("n")); r.AsNumber() != 4000 {
		t.Fatalf("memory_inc lost updates: %s", r.Repr())
	}
}
