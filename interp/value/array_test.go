package value

import (
	"fmt"
	"math"
	"testing"
)

func mustAppend(t *testing.T, a *Array, v Value) {
	t.Helper()
	if err := a.Append(v); err != nil {
		t.Fatal(err)
	}
}

// checkEntries compares the entries of a, read through Entry, with a dump, and checks
// that every entry can be found with Get.
func checkEntries(t *testing.T, a *Array, want string) {
	t.Helper()
	if got := dump(a); got != want {
		t.Fatalf("array = %s, want %s", got, want)
	}
	for i := 0; i < a.Len(); i++ {
		k, v := a.Entry(i)
		if w, ok := a.Get(k); !ok || !StrictEqual(v, w) {
			t.Fatalf("entry %d (%s): Get = %s, %v", i, k.Value().Repr(), w.Repr(), ok)
		}
	}
}

func TestArrayOrder(t *testing.T) {
	a := NewArray(0)
	a.Set(StrKey("b"), num(1))
	a.Set(IntKey(3), num(2))
	a.Set(StrKey("a"), num(3))
	a.Set(IntKey(-1), num(4))
	checkEntries(t, a, `["b"=>1,3=>2,"a"=>3,-1=>4]`)
	// Re-setting an existing key keeps its position.
	a.Set(StrKey("b"), num(9))
	a.Set(IntKey(3), num(8))
	checkEntries(t, a, `["b"=>9,3=>8,"a"=>3,-1=>4]`)
	if a.Len() != 4 {
		t.Errorf("Len = %d", a.Len())
	}
	if _, ok := a.Get(StrKey("zz")); ok {
		t.Error("Get of a missing string key succeeded")
	}
	if v, ok := a.Get(IntKey(7)); ok || !v.IsNone() {
		t.Error("Get of a missing int key succeeded")
	}
}

func TestArrayListMode(t *testing.T) {
	a := NewArray(0)
	for i := range 5 {
		mustAppend(t, a, num(float64(i*10)))
	}
	if a.hashed {
		t.Fatal("appends switched to hash mode")
	}
	a.Set(IntKey(2), num(99)) // overwrite
	a.Set(IntKey(5), num(50)) // next index
	if a.hashed || !a.IsList() {
		t.Fatal("list writes switched to hash mode")
	}
	checkEntries(t, a, "[0=>0,1=>10,2=>99,3=>30,4=>40,5=>50]")
	if _, ok := a.Get(StrKey("0")); ok {
		t.Error("string key found in a list")
	}
	if _, ok := a.Get(IntKey(-1)); ok {
		t.Error("negative key found in a list")
	}
	a.Set(IntKey(7), num(70)) // a gap: hash mode
	if !a.hashed || a.IsList() {
		t.Fatal("gap did not switch to hash mode")
	}
	checkEntries(t, a, "[0=>0,1=>10,2=>99,3=>30,4=>40,5=>50,7=>70]")
	mustAppend(t, a, num(80))
	checkEntries(t, a, "[0=>0,1=>10,2=>99,3=>30,4=>40,5=>50,7=>70,8=>80]")
}

func TestArrayAppendRules(t *testing.T) {
	tests := []struct {
		name  string
		build func(*Array)
		want  string
	}{
		{"empty", func(*Array) {}, "[0=>1]"},
		{"after string keys only", func(a *Array) { a.Set(StrKey("a"), num(0)) }, `["a"=>0,0=>1]`},
		{"after int and string keys", func(a *Array) {
			a.Set(IntKey(5), str("x"))
			a.Set(StrKey("a"), num(0))
		}, `[5=>"x","a"=>0,6=>1]`},
		{"after negative key only", func(a *Array) { a.Set(IntKey(-5), num(0)) }, "[-5=>0,-4=>1]"},
		{"highest key, not last", func(a *Array) {
			a.Set(IntKey(9), num(0))
			a.Set(IntKey(2), num(0))
		}, "[9=>0,2=>0,10=>1]"},
		{"after deleting the last list element", func(a *Array) {
			for range 3 {
				_ = a.Append(num(0))
			}
			a.Delete(IntKey(2))
		}, "[0=>0,1=>0,2=>1]"},
		{"after deleting the highest key", func(a *Array) {
			a.Set(IntKey(0), num(0))
			a.Set(IntKey(10), num(0))
			a.Set(StrKey("k"), num(0))
			a.Delete(IntKey(10))
		}, `[0=>0,"k"=>0,1=>1]`},
		{"after deleting every int key", func(a *Array) {
			a.Set(IntKey(4), num(0))
			a.Set(StrKey("k"), num(0))
			a.Delete(IntKey(4))
		}, `["k"=>0,0=>1]`},
	}
	for _, tt := range tests {
		a := NewArray(0)
		tt.build(a)
		if err := a.Append(num(1)); err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := dump(a); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
	a := NewArray(0)
	a.Set(IntKey(math.MaxInt32), num(1))
	if err := a.Append(num(2)); err == nil {
		t.Error("Append after key 2**31-1 succeeded")
	}
	if a.Len() != 1 {
		t.Errorf("failed Append changed the array: %s", dump(a))
	}
}

func TestArrayDelete(t *testing.T) {
	a := dict(t, str("a"), num(1), str("b"), num(2), num(0), num(3), str("c"), num(4))
	if !a.Delete(StrKey("b")) {
		t.Fatal("Delete(b) = false")
	}
	if a.Delete(StrKey("b")) {
		t.Error("second Delete(b) = true")
	}
	if a.Delete(IntKey(5)) || a.Delete(StrKey("zz")) {
		t.Error("Delete of a missing key = true")
	}
	if a.Len() != 3 {
		t.Errorf("Len = %d", a.Len())
	}
	checkEntries(t, a, `["a"=>1,0=>3,"c"=>4]`)
	a.Set(StrKey("b"), num(5)) // a re-added key goes last
	checkEntries(t, a, `["a"=>1,0=>3,"c"=>4,"b"=>5]`)

	l := list(num(1), num(2), num(3))
	if l.Delete(StrKey("0")) || l.Delete(IntKey(-1)) || l.Delete(IntKey(3)) {
		t.Error("Delete of a missing list key = true")
	}
	if !l.Delete(IntKey(0)) {
		t.Fatal("Delete(0) = false")
	}
	checkEntries(t, l, "[1=>2,2=>3]")
	if l.IsList() {
		t.Error("IsList after deleting the first element")
	}
	l.Delete(IntKey(1))
	l.Delete(IntKey(2))
	if l.Len() != 0 || !l.IsList() || l.hashed {
		t.Errorf("emptied array: Len %d, IsList %v, hashed %v", l.Len(), l.IsList(), l.hashed)
	}
	mustAppend(t, l, num(7))
	checkEntries(t, l, "[0=>7]")
}

func TestArrayEntryWithTombstones(t *testing.T) {
	const n = 1000
	a := NewArray(0)
	for i := range n {
		a.Set(StrKey(fmt.Sprint("k", i)), num(float64(i)))
	}
	// Delete every third key, reading entries in between so that both lazy and eager
	// compaction are exercised.
	want := []int{}
	for i := range n {
		if i%3 == 0 {
			if !a.Delete(StrKey(fmt.Sprint("k", i))) {
				t.Fatalf("Delete k%d failed", i)
			}
		} else {
			want = append(want, i)
		}
		if i%100 == 0 {
			_, _ = a.Entry(0)
		}
	}
	if a.Len() != len(want) {
		t.Fatalf("Len = %d, want %d", a.Len(), len(want))
	}
	for i, w := range want {
		k, v := a.Entry(i)
		if k.Str() != fmt.Sprint("k", w) || v.AsNumber() != float64(w) {
			t.Fatalf("Entry(%d) = %s => %s, want k%d => %d", i, k.Str(), v.Repr(), w, w)
		}
	}
	if a.holes != 0 {
		t.Errorf("holes after Entry = %d", a.holes)
	}
}

func TestArrayCompactionReturnsToListMode(t *testing.T) {
	a := list(num(0), num(1))
	a.Set(StrKey("x"), num(9))
	if !a.hashed || a.IsList() {
		t.Fatal("string key did not switch to hash mode")
	}
	a.Set(IntKey(2), num(2))
	a.Delete(StrKey("x"))
	if !a.IsList() {
		t.Error("IsList = false with keys 0..2")
	}
	_, _ = a.Entry(0)
	if a.hashed {
		t.Error("compaction kept hash mode for keys 0..2")
	}
	mustAppend(t, a, num(3))
	checkEntries(t, a, "[0=>0,1=>1,2=>2,3=>3]")
}

func TestArrayIsList(t *testing.T) {
	tests := []struct {
		name string
		a    *Array
		want bool
	}{
		{"empty", NewArray(0), true},
		{"appended", list(num(1), num(2)), true},
		{"string key", dict(t, str("a"), num(1)), false},
		{"starts at 1", dict(t, num(1), num(1)), false},
		{"out of order", dict(t, num(1), num(1), num(0), num(0)), false},
		{"in order via Set", dict(t, num(0), num(1), num(1), num(1)), true},
	}
	for _, tt := range tests {
		if got := tt.a.IsList(); got != tt.want {
			t.Errorf("%s: IsList = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestArrayCloneIsIndependent(t *testing.T) {
	inner := list(num(1))
	a := dict(t, str("k"), num(1), num(0), arrV(inner))
	c := a.Clone()
	c.Set(StrKey("k"), num(2))
	c.Delete(IntKey(0))
	mustAppend(t, c, num(3))
	checkEntries(t, a, `["k"=>1,0=>[0=>1]]`)
	checkEntries(t, c, `["k"=>2,0=>3]`) // no integer key left: the next index is 0
	// The nested array is shared, so writing it through the original must clone.
	if inner.Writable() == inner {
		t.Error("nested array of a clone is writable in place")
	}
	// NewList takes ownership of its slice.
	l := NewList([]Value{num(1), num(2)})
	checkEntries(t, l, "[0=>1,1=>2]")
}

// countingWrite performs a write through the copy-on-write protocol and reports whether
// it cloned.
func countingWrite(holder **Array, clones *int, write func(*Array)) {
	w := (*holder).Writable()
	if w != *holder {
		*clones++
		*holder = w
	}
	write(w)
}

func TestCopyOnWrite(t *testing.T) {
	t.Run("append loop never clones", func(t *testing.T) {
		clones := 0
		a := NewArray(0)
		for i := range 10000 {
			countingWrite(&a, &clones, func(w *Array) { _ = w.Append(num(float64(i))) })
		}
		if clones != 0 || a.Len() != 10000 {
			t.Errorf("clones = %d, Len = %d", clones, a.Len())
		}
	})
	t.Run("copy then write clones once", func(t *testing.T) {
		clones := 0
		a := list(num(1))
		b := ArrayValue(a).Share().AsArray() // $b = $a
		countingWrite(&b, &clones, func(w *Array) { _ = w.Append(num(2)) })
		countingWrite(&b, &clones, func(w *Array) { _ = w.Append(num(3)) })
		if clones != 1 {
			t.Errorf("clones = %d, want 1", clones)
		}
		checkEntries(t, a, "[0=>1]")
		checkEntries(t, b, "[0=>1,1=>2,2=>3]")
		// $a is again the only holder of its array.
		countingWrite(&a, &clones, func(w *Array) { _ = w.Append(num(4)) })
		if clones != 1 {
			t.Errorf("write through the original cloned (clones = %d)", clones)
		}
		checkEntries(t, a, "[0=>1,1=>4]")
	})
	t.Run("original writes first", func(t *testing.T) {
		clones := 0
		a := list(num(1))
		b := a.Share()
		countingWrite(&a, &clones, func(w *Array) { w.Set(IntKey(0), num(9)) })
		countingWrite(&b, &clones, func(w *Array) { w.Set(IntKey(0), num(8)) })
		if clones != 1 {
			t.Errorf("clones = %d, want 1", clones)
		}
		checkEntries(t, a, "[0=>9]")
		checkEntries(t, b, "[0=>8]")
	})
	t.Run("three holders", func(t *testing.T) {
		clones := 0
		a := list(num(1))
		b, c := a.Share(), a.Share()
		for _, h := range []**Array{&b, &c, &a} {
			countingWrite(h, &clones, func(w *Array) { _ = w.Append(num(2)) })
		}
		if clones != 2 {
			t.Errorf("clones = %d, want 2", clones)
		}
		for _, h := range []*Array{a, b, c} {
			checkEntries(t, h, "[0=>1,1=>2]")
		}
		if a == b || b == c || a == c {
			t.Error("holders share an array after writing")
		}
	})
	t.Run("release", func(t *testing.T) {
		clones := 0
		a := list(num(1))
		for range 100 {
			arg := a.Share() // f($a)
			_ = arg.Len()
			arg.Release() // the callee returns without writing
			countingWrite(&a, &clones, func(w *Array) { _ = w.Append(num(0)) })
		}
		if clones != 0 {
			t.Errorf("clones = %d, want 0", clones)
		}
		a.Release() // releasing an unshared array does nothing
		if a.Writable() != a {
			t.Error("Release made the array shared")
		}
	})
	t.Run("nested write", func(t *testing.T) {
		clones := 0
		m := NewArray(0)
		m.Set(StrKey("x"), arrV(list(num(1))))
		n := m.Share() // $n = $m
		// $n["x"][] = 2;
		countingWrite(&n, &clones, func(w *Array) {
			inner, _ := w.Get(StrKey("x"))
			ia := inner.AsArray()
			countingWrite(&ia, &clones, func(iw *Array) { _ = iw.Append(num(2)) })
			w.Set(StrKey("x"), arrV(ia))
		})
		if clones != 2 {
			t.Errorf("clones = %d, want 2", clones)
		}
		checkEntries(t, m, `["x"=>[0=>1]]`)
		checkEntries(t, n, `["x"=>[0=>1,1=>2]]`)
		// $m["x"][] = 3; needs no clone: both arrays have one holder again.
		countingWrite(&m, &clones, func(w *Array) {
			inner, _ := w.Get(StrKey("x"))
			ia := inner.AsArray()
			countingWrite(&ia, &clones, func(iw *Array) { _ = iw.Append(num(3)) })
			w.Set(StrKey("x"), arrV(ia))
		})
		if clones != 2 {
			t.Errorf("clones = %d, want 2", clones)
		}
		checkEntries(t, m, `["x"=>[0=>1,1=>3]]`)
		checkEntries(t, n, `["x"=>[0=>1,1=>2]]`)
	})
	t.Run("frozen", func(t *testing.T) {
		inner := list(num(1))
		a := dict(t, str("k"), arrV(inner))
		a.Set(StrKey("gone"), num(0))
		a.Delete(StrKey("gone"))
		a.Freeze()
		a.Freeze() // idempotent
		if !a.Frozen() || !inner.Frozen() {
			t.Fatal("Freeze did not freeze the array and its nested array")
		}
		if a.holes != 0 {
			t.Error("frozen array has tombstones")
		}
		a.Share()
		a.Release()
		w1, w2 := a.Writable(), a.Writable()
		if w1 == a || w2 == a || w1 == w2 {
			t.Error("Writable of a frozen array did not return fresh clones")
		}
		if w1.Frozen() {
			t.Error("clone of a frozen array is frozen")
		}
		v, _ := w1.Get(StrKey("k"))
		if v.AsArray().Writable() == inner {
			t.Error("nested frozen array writable in place")
		}
		checkEntries(t, a, `["k"=>[0=>1]]`)
	})
}
