package value

import (
	"math"
	"strings"
	"testing"
)

func FuzzFormatOperator(f *testing.F) {
	for _, s := range []string{
		"%s=%5.2f|%'*^7s|%x", "%[1]s-%[0]s-%s", "%%", "%", "%'", "%[", "%[9]s", "%'é^5s",
		"%.3s", "%'0=8.2f", "%c", "%b", "%99999s", "%.70000f", "plain",
	} {
		f.Add(s, "ab", 3.14159)
	}
	f.Fuzz(func(t *testing.T, format, s string, n float64) {
		args := list(str(s), num(n), None, Bool(true), listV(num(n)), num(math.Trunc(n)))
		got, err := FormatOperator(format, args)
		if err == nil && !strings.Contains(format, "%") && got != format {
			t.Fatalf("format without directives %q gave %q", format, got)
		}
	})
}

func FuzzNormalizeKey(f *testing.F) {
	for _, s := range []string{"12", "-3", "007", "-0", "1.9", "2147483648", "-2147483648", "", "abc"} {
		f.Add(s, 1.9)
	}
	f.Add("x", math.Pow(2, 31))
	f.Add("x", math.NaN())
	f.Fuzz(func(t *testing.T, s string, n float64) {
		k, err := NormalizeKey(str(s))
		if err != nil {
			t.Fatalf("string key %q: %v", s, err)
		}
		if k.IsString() {
			if k.Str() != s {
				t.Fatalf("string key %q became %q", s, k.Str())
			}
		} else if FormatNumber(float64(k.Int())) != s {
			t.Fatalf("string key %q became the integer %d", s, k.Int())
		}
		k, err = NormalizeKey(num(n))
		if err == nil && (k.IsString() || float64(k.Int()) != math.Trunc(n)) {
			t.Fatalf("number key %v became %+v", n, k)
		}
		if err != nil && math.Trunc(n) >= math.MinInt32 && math.Trunc(n) <= math.MaxInt32 {
			t.Fatalf("number key %v: %v", n, err)
		}
	})
}

// FuzzSlice checks that string and array slicing agree and never panic.
func FuzzSlice(f *testing.F) {
	f.Add("Halon", 1, 4, 1, true, true, false)
	f.Add("Halon", 0, 0, -1, false, false, true)
	f.Add("", -5, 9, -2, true, true, true)
	f.Fuzz(func(t *testing.T, s string, first, last, step int, hasFirst, hasLast, hasStep bool) {
		opt := func(i int, ok bool) *int {
			if ok {
				return &i
			}
			return nil
		}
		fp, lp, sp := opt(first, hasFirst), opt(last, hasLast), opt(step, hasStep)
		got := SliceString(s, fp, lp, sp)
		vals := make([]Value, len(s))
		for i := 0; i < len(s); i++ {
			vals[i] = num(float64(s[i]))
		}
		a := NewList(vals).Slice(fp, lp, sp)
		if a.Len() != len(got) || !a.IsList() {
			t.Fatalf("array slice has %d elements, string slice %q", a.Len(), got)
		}
		for i := 0; i < len(got); i++ {
			if _, v := a.Entry(i); v.AsNumber() != float64(got[i]) {
				t.Fatalf("element %d differs", i)
			}
		}
		b := NewList(append([]Value(nil), vals...))
		b.SetSlice(fp, lp, list(num(1)))
		if !b.IsList() {
			t.Fatal("SetSlice on a list did not give a list")
		}
	})
}

// FuzzArrayOps runs a sequence of operations on an Array and on a naive model of an
// ordered map, and checks that they always agree.
func FuzzArrayOps(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add([]byte{4, 4, 4, 4, 12, 17, 22, 2, 7, 9, 14, 19, 24, 29})
	f.Fuzz(func(t *testing.T, ops []byte) {
		type entry struct {
			k Key
			v float64
		}
		var model []entry
		find := func(k Key) int {
			for i, e := range model {
				if e.k == k {
					return i
				}
			}
			return -1
		}
		a := NewArray(0)
		for step, op := range ops {
			val := float64(step)
			var k Key
			if op&1 == 0 {
				k = IntKey(int32(op>>3)%16 - 3)
			} else {
				k = StrKey(string(rune('a' + (op>>3)%5)))
			}
			switch (op >> 1) & 3 {
			case 0, 1: // set
				a.Set(k, num(val))
				if i := find(k); i >= 0 {
					model[i].v = val
				} else {
					model = append(model, entry{k, val})
				}
			case 2: // delete
				i := find(k)
				if a.Delete(k) != (i >= 0) {
					t.Fatalf("step %d: Delete(%+v) disagrees with the model", step, k)
				}
				if i >= 0 {
					model = append(model[:i], model[i+1:]...)
				}
			case 3: // append
				next := int32(0)
				found := false
				for _, e := range model {
					if !e.k.str && (!found || e.k.i >= next) {
						next, found = e.k.i+1, true
					}
				}
				if err := a.Append(num(val)); err != nil {
					t.Fatal(err)
				}
				model = append(model, entry{IntKey(next), val})
			}
			if a.Len() != len(model) {
				t.Fatalf("step %d: Len %d, model %d", step, a.Len(), len(model))
			}
			isList := true
			for i, e := range model {
				if w, ok := a.Get(e.k); !ok || w.AsNumber() != e.v {
					t.Fatalf("step %d: Get(%+v) = %v, %v; want %v", step, e.k, w.Repr(), ok, e.v)
				}
				isList = isList && !e.k.str && int(e.k.i) == i
			}
			if a.IsList() != isList {
				t.Fatalf("step %d: IsList %v, model %v", step, a.IsList(), isList)
			}
			if step%3 == 0 {
				for i, e := range model {
					if gk, gv := a.Entry(i); gk != e.k || gv.AsNumber() != e.v {
						t.Fatalf("step %d: Entry(%d) = %+v %v, want %+v %v", step, i, gk, gv.Repr(), e.k, e.v)
					}
				}
			}
		}
	})
}
