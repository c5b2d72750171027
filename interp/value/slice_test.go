package value

import (
	"math"
	"testing"
)

func TestSliceString(t *testing.T) {
	const s = "Halon"
	tests := []struct {
		first, last, step *int
		want              string
	}{
		{nil, nil, nil, "Halon"},
		{ip(1), ip(4), nil, "alo"},
		{ip(-2), nil, nil, "on"},
		{ip(-1), nil, nil, "n"},
		{ip(-3), nil, nil, "lon"},
		{ip(-5), ip(-2), nil, "Hal"},
		{nil, ip(2), nil, "Ha"},
		{ip(2), nil, nil, "lon"},
		{nil, nil, ip(-1), "nolaH"},
		{ip(9), nil, nil, ""},
		{ip(5), nil, nil, ""},
		{ip(1), ip(100), nil, "alon"},
		{ip(-10), ip(2), nil, "Ha"},
		{ip(3), ip(1), nil, ""},
		{ip(-1), ip(-5), nil, ""},
		{nil, ip(-10), nil, ""},
		{nil, nil, ip(2), "Hln"},
		{ip(1), nil, ip(2), "ao"},
		{nil, nil, ip(-2), "nlH"},
		{ip(4), ip(0), ip(-1), "nola"},
		{ip(-1), ip(-6), ip(-1), "nolaH"},
		{ip(10), nil, ip(-1), "nolaH"},
		{ip(1), ip(4), ip(-1), ""},
		{ip(0), ip(5), ip(1000), "H"},
		{nil, nil, ip(-1000), "n"},
		{nil, nil, ip(0), ""},
		{ip(math.MinInt), ip(math.MaxInt), nil, "Halon"},
		{ip(math.MaxInt), ip(math.MinInt), ip(math.MinInt), "n"},
		{nil, nil, ip(math.MaxInt), "H"},
	}
	for _, tt := range tests {
		if got := SliceString(s, tt.first, tt.last, tt.step); got != tt.want {
			t.Errorf("%q[%s:%s:%s] = %q, want %q", s, bound(tt.first), bound(tt.last), bound(tt.step), got, tt.want)
		}
	}
	if got := SliceString("", nil, nil, ip(-1)); got != "" {
		t.Errorf(`""[::-1] = %q`, got)
	}
	// echo $test[:2] . $test[2:]; → Halon
	if got := SliceString(s, nil, ip(2), nil) + SliceString(s, ip(2), nil, nil); got != s {
		t.Errorf("split and join = %q", got)
	}
}

func bound(p *int) string {
	if p == nil {
		return ""
	}
	return FormatNumber(float64(*p))
}

func TestArraySlice(t *testing.T) {
	abc := dict(t, str("a"), num(1), str("b"), num(2), str("c"), num(3))
	tests := []struct {
		name              string
		a                 *Array
		first, last, step *int
		want              string
	}{
		{"keyed from 1", abc, ip(1), nil, nil, "[0=>2,1=>3]"},
		{"copy re-indexes", abc, nil, nil, nil, "[0=>1,1=>2,2=>3]"},
		{"reverse", abc, nil, nil, ip(-1), "[0=>3,1=>2,2=>1]"},
		{"out of range", abc, ip(5), nil, nil, "[]"},
		{"negative", abc, ip(-2), ip(-1), nil, "[0=>2]"},
		{"pop idiom", list(num(1), num(2), num(3)), nil, ip(-1), nil, "[0=>1,1=>2]"},
		{"shift idiom", list(num(1), num(2), num(3)), ip(1), nil, nil, "[0=>2,1=>3]"},
		{"step 2", list(num(0), num(1), num(2), num(3), num(4)), nil, nil, ip(2), "[0=>0,1=>2,2=>4]"},
		{"empty", NewArray(0), nil, nil, nil, "[]"},
		{"step 0", abc, nil, nil, ip(0), "[]"},
	}
	for _, tt := range tests {
		if got := dump(tt.a.Slice(tt.first, tt.last, tt.step)); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
	// Slicing skips tombstones.
	d := dict(t, str("a"), num(1), str("b"), num(2), str("c"), num(3), str("d"), num(4))
	d.Delete(StrKey("b"))
	if got := dump(d.Slice(ip(1), nil, nil)); got != "[0=>3,1=>4]" {
		t.Errorf("slice after delete = %s", got)
	}
	// The slice shares nested arrays.
	inner := list(num(1))
	outer := list(arrV(inner))
	s := outer.Slice(nil, nil, nil)
	if inner.Writable() == inner {
		t.Error("nested array of a slice is writable in place")
	}
	if dump(s) != "[0=>[0=>1]]" || dump(outer) != "[0=>[0=>1]]" {
		t.Errorf("slice %s, source %s", dump(s), dump(outer))
	}
}

func TestSetSlice(t *testing.T) {
	tests := []struct {
		name        string
		a           *Array
		first, last *int
		values      *Array
		want        string
	}{
		{"reference example", list(num(1), num(2), num(9), num(5)), ip(2), ip(3), list(num(3), num(4)), "[0=>1,1=>2,2=>3,3=>4,4=>5]"},
		{"insert", list(num(1), num(2)), ip(1), ip(1), list(num(9)), "[0=>1,1=>9,2=>2]"},
		{"replace all", list(num(1), num(2)), nil, nil, list(num(7)), "[0=>7]"},
		{"remove last", list(num(1), num(2)), ip(-1), nil, NewArray(0), "[0=>1]"},
		{"nil values remove", list(num(1), num(2), num(3)), ip(0), ip(2), nil, "[0=>3]"},
		{"end before start inserts at start", list(num(0), num(1), num(2), num(3)), ip(3), ip(1), list(str("x")), `[0=>0,1=>1,2=>2,3=>"x",4=>3]`},
		{"out of range appends", list(num(1)), ip(10), ip(20), list(num(2)), "[0=>1,1=>2]"},
		{"keyed array re-indexed", dict(t, str("x"), num(1), num(5), num(2), str("y"), num(3), num(9), num(4)), ip(1), ip(2), list(num(8)), `["x"=>1,0=>8,"y"=>3,1=>4]`},
		{"inserted string keys kept", list(num(1), num(2)), ip(1), ip(1), dict(t, str("k"), num(7), num(4), num(8)), `[0=>1,"k"=>7,1=>8,2=>2]`},
		{"inserted key already present", dict(t, str("k"), num(1), num(0), num(2)), ip(1), nil, dict(t, str("k"), num(3)), `["k"=>3]`},
	}
	for _, tt := range tests {
		tt.a.SetSlice(tt.first, tt.last, tt.values)
		checkEntries(t, tt.a, tt.want)
	}
	// Assigning an array's slice from itself.
	a := list(num(1), num(2), num(3))
	a.SetSlice(ip(1), ip(2), a)
	checkEntries(t, a, "[0=>1,1=>1,2=>2,3=>3,4=>3]")
	h := dict(t, str("a"), num(1), str("b"), num(2))
	h.SetSlice(ip(1), ip(1), h)
	checkEntries(t, h, `["a"=>1,"b"=>2]`)
	// Inserted nested arrays become shared.
	inner := list(num(1))
	b := list(num(0))
	b.SetSlice(nil, nil, list(arrV(inner)))
	if inner.Writable() == inner {
		t.Error("inserted nested array is writable in place")
	}
	// The array keeps working in list mode afterwards.
	mustAppend(t, b, num(5))
	checkEntries(t, b, "[0=>[0=>1],1=>5]")
}

func TestDeleteSlice(t *testing.T) {
	a := list(num(1), num(2), num(3), num(4))
	if !a.DeleteSlice(ip(1), ip(3)) {
		t.Fatal("DeleteSlice(1, 3) = false")
	}
	checkEntries(t, a, "[0=>1,1=>4]")
	if a.DeleteSlice(ip(1), ip(1)) || a.DeleteSlice(ip(5), nil) || a.DeleteSlice(ip(1), ip(0)) {
		t.Error("empty DeleteSlice reported a removal")
	}
	checkEntries(t, a, "[0=>1,1=>4]")
	k := dict(t, str("a"), num(1), num(7), num(2), str("b"), num(3))
	if !k.DeleteSlice(nil, ip(1)) {
		t.Fatal("DeleteSlice(:1) = false")
	}
	checkEntries(t, k, `[0=>2,"b"=>3]`)
}

func TestSliceBound(t *testing.T) {
	tests := []struct {
		v    Value
		want *int
		err  string
	}{
		{None, nil, ""},
		{num(2.7), ip(2), ""},
		{num(-2.7), ip(-2), ""},
		{Bool(true), ip(1), ""},
		{num(1e300), ip(1 << 53), ""},
		{num(math.Inf(-1)), ip(-(1 << 53)), ""},
		{num(math.NaN()), nil, "a slice index must be a number, found NaN"},
		{str("1"), nil, "a slice index must be a number, found string"},
		{listV(), nil, "a slice index must be a number, found array"},
	}
	for _, tt := range tests {
		got, err := SliceBound(tt.v)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("SliceBound(%s) error = %v, want %q", tt.v.Repr(), err, tt.err)
			}
			continue
		}
		if err != nil || (got == nil) != (tt.want == nil) || (got != nil && *got != *tt.want) {
			t.Errorf("SliceBound(%s) = %s, %v; want %s", tt.v.Repr(), bound(got), err, bound(tt.want))
		}
	}
}
