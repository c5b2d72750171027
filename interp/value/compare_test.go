package value

import (
	"math"
	"strings"
	"testing"
)

func TestLooseEqualTable(t *testing.T) {
	nan := num(math.NaN())
	fA, fB := FunctionValue(&testFunc{"a"}), FunctionValue(&testFunc{"b"})
	oA, oB := ObjectValue(&testObj{"A"}), ObjectValue(&testObj{"B"})
	rA, rB := ResourceValue(&testRes{"A"}), ResourceValue(&testRes{"B"})
	empty := arrV(NewArray(0))
	one := listV(num(1))
	zeroArr := listV(num(0))
	tests := []struct {
		name string
		a, b Value
		want bool
	}{
		// none row
		{"none==none", None, None, true},
		{"none==false", None, Bool(false), false},
		{"none==0", None, num(0), false},
		{"none==''", None, str(""), false},
		{"none==[]", None, empty, false},
		{"none==fn", None, fA, false},
		{"none==obj", None, oA, false},
		{"none==res", None, rA, false},
		// boolean row
		{"true==true", Bool(true), Bool(true), true},
		{"false==false", Bool(false), Bool(false), true},
		{"true==false", Bool(true), Bool(false), false},
		{"true==1", Bool(true), num(1), true},
		{"true==5", Bool(true), num(5), false},
		{"false==0", Bool(false), num(0), true},
		{"true==0", Bool(true), num(0), false},
		{"false==NaN", Bool(false), nan, false},
		{"true==NaN", Bool(true), nan, false},
		{"true=='abc'", Bool(true), str("abc"), true},
		{"true=='0'", Bool(true), str("0"), true},
		{"false=='0'", Bool(false), str("0"), false},
		{"false==''", Bool(false), str(""), true},
		{"true==''", Bool(true), str(""), false},
		{"false==[]", Bool(false), empty, true},
		{"true==[1]", Bool(true), one, true},
		{"true==[]", Bool(true), empty, false},
		{"true==fn", Bool(true), fA, true},
		{"false==fn", Bool(false), fA, false},
		{"true==obj", Bool(true), oA, true},
		{"false==res", Bool(false), rA, false},
		// number row
		{"1==1", num(1), num(1), true},
		{"1==2", num(1), num(2), false},
		{"0==-0", num(0), num(math.Copysign(0, -1)), true},
		{"NaN==NaN", nan, nan, false},
		{"10=='10'", num(10), str("10"), true},
		{"0=='abc'", num(0), str("abc"), true},
		{"1=='abc'", num(1), str("abc"), false},
		{"16=='0x10'", num(16), str("0x10"), true},
		{"12==' 12 '", num(12), str(" 12 "), true},
		{"0==''", num(0), str(""), true},
		{"1.5=='1.5'", num(1.5), str("1.5"), true},
		{"1==[1]", num(1), one, true},
		{"0==[]", num(0), empty, true},
		{"5==[1]", num(5), one, false},
		{"1==[]", num(1), empty, false},
		{"0==[0]", num(0), zeroArr, false},
		{"1==fn", num(1), fA, true},
		{"0==fn", num(0), fA, false},
		{"2==obj", num(2), oA, false},
		{"1==res", num(1), rA, true},
		// string row
		{"'a'=='a'", str("a"), str("a"), true},
		{"'a'=='b'", str("a"), str("b"), false},
		{"'1'=='01'", str("1"), str("01"), false},
		{"''==''", str(""), str(""), true},
		{"''==[]", str(""), empty, false},
		{"'1'==[1]", str("1"), one, false},
		{"'a'==fn", str("a"), fA, false},
		{"'A'==obj", str("A"), oA, false},
		{"'A'==res", str("A"), rA, false},
		// array/function/object/resource row
		{"[1,2]==[1,2]", listV(num(1), num(2)), listV(num(1), num(2)), true},
		{"[1,2]==[2,1]", listV(num(1), num(2)), listV(num(2), num(1)), false},
		{"keys in any order", arrV(dict(t, str("a"), num(1), str("b"), num(2))), arrV(dict(t, str("b"), num(2), str("a"), num(1))), true},
		{"[1]==[true]", one, listV(Bool(true)), false},
		{"[1]==['1']", one, listV(str("1")), false},
		{"[[1]]==[[1]]", listV(one), listV(listV(num(1))), true},
		{"[1,2]==[1]", listV(num(1), num(2)), one, false},
		{"[0=>1]==[1=>1]", one, arrV(dict(t, num(1), num(1))), false},
		{"[]==[]", empty, arrV(NewArray(4)), true},
		{"[]==fn", empty, fA, false},
		{"[1]==obj", one, oA, false},
		{"fn==fn", fA, fA, true},
		{"fnA==fnB", fA, fB, false},
		{"fn==obj", fA, oA, false},
		{"obj==obj", oA, oA, true},
		{"objA==objB", oA, oB, false},
		{"obj==res", oA, rA, false},
		{"res==res", rA, rA, true},
		{"resA==resB", rA, rB, false},
		{"comparable value func", FunctionValue(valueFunc("x")), FunctionValue(valueFunc("x")), true},
		{"uncomparable func", FunctionValue(sliceFunc{1}), FunctionValue(sliceFunc{1}), false},
		{"different func types", FunctionValue(valueFunc("a")), fA, false},
	}
	for _, tt := range tests {
		if got := LooseEqual(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: LooseEqual = %v, want %v", tt.name, got, tt.want)
		}
		if got := LooseEqual(tt.b, tt.a); got != tt.want {
			t.Errorf("%s (swapped): LooseEqual = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestStrictEqual(t *testing.T) {
	fA := FunctionValue(&testFunc{"a"})
	tests := []struct {
		name string
		a, b Value
		want bool
	}{
		{"none", None, None, true},
		{"1===true", num(1), Bool(true), false},
		{"true===true", Bool(true), Bool(true), true},
		{"false===true", Bool(false), Bool(true), false},
		{"1===1", num(1), num(1), true},
		{"NaN===NaN", num(math.NaN()), num(math.NaN()), false},
		{"'1'===1", str("1"), num(1), false},
		{"'ab'==='ab'", str("ab"), str(strings.Repeat("ab", 1)), true},
		{"'ab'==='ac'", str("ab"), str("ac"), false},
		{"''===none", str(""), None, false},
		{"0===none", num(0), None, false},
		{"arrays by value", listV(num(1), str("x")), listV(num(1), str("x")), true},
		{"arrays differ", listV(num(1)), listV(num(2)), false},
		{"key order ignored", arrV(dict(t, str("a"), num(1), num(0), num(2))), arrV(dict(t, num(0), num(2), str("a"), num(1))), true},
		{"nested strict", listV(listV(num(1))), listV(listV(Bool(true))), false},
		{"same function", fA, fA, true},
		{"same payload boxed twice", FunctionValue(fA.AsFunction()), fA, true},
		{"different functions", fA, FunctionValue(&testFunc{"a"}), false},
	}
	for _, tt := range tests {
		if got := StrictEqual(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: StrictEqual = %v, want %v", tt.name, got, tt.want)
		}
		if got := StrictEqual(tt.b, tt.a); got != tt.want {
			t.Errorf("%s (swapped): StrictEqual = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Equality after deletes: tombstones must not matter.
	a := dict(t, str("a"), num(1), str("b"), num(2), str("c"), num(3))
	a.Delete(StrKey("b"))
	b := dict(t, str("c"), num(3), str("a"), num(1))
	if !StrictEqual(arrV(a), arrV(b)) {
		t.Error("arrays with a deleted key compare unequal")
	}
}

func TestCompare(t *testing.T) {
	nan := num(math.NaN())
	tests := []struct {
		a, b Value
		want int
	}{
		{num(1), num(2), -1},
		{num(2), num(1), 1},
		{num(2), num(2), 0},
		{Bool(true), num(0.5), 1},
		{Bool(false), Bool(true), -1},
		{str("a"), str("b"), -1},
		{str("b"), str("a"), 1},
		{str("abc"), str("abc"), 0},
		{str("Z"), str("a"), -1},
		{str("a"), str("ab"), -1},
		{str("\xff"), str("a"), 1},
		{str("10"), num(9), 1},
		{num(9), str("10"), -1},
		{str("abc"), num(0), 0},
		{str("0x10"), num(16), 0},
		{nan, num(1), -1},
		{num(1), nan, 1},
		{nan, nan, 0},
		{num(math.Inf(-1)), num(-1e308), -1},
	}
	for _, tt := range tests {
		got, err := Compare(tt.a, tt.b)
		if err != nil || got != tt.want {
			t.Errorf("Compare(%s, %s) = %d, %v; want %d", tt.a.Repr(), tt.b.Repr(), got, err, tt.want)
		}
	}
	bad := []struct {
		a, b Value
		msg  string
	}{
		{None, num(1), "cannot compare none and number"},
		{num(1), None, "cannot compare number and none"},
		{listV(), listV(), "cannot compare array and array"},
		{str("1"), Bool(true), "cannot compare string and boolean"},
		{FunctionValue(&testFunc{}), num(1), "cannot compare function and number"},
		{ObjectValue(&testObj{}), ObjectValue(&testObj{}), "cannot compare object and object"},
		{ResourceValue(&testRes{}), str("x"), "cannot compare resource and string"},
	}
	for _, tt := range bad {
		if _, err := Compare(tt.a, tt.b); err == nil || err.Error() != tt.msg {
			t.Errorf("Compare(%s, %s) error = %v, want %q", tt.a.Repr(), tt.b.Repr(), err, tt.msg)
		}
		if _, err := Less(tt.a, tt.b); err == nil || err.Error() != tt.msg {
			t.Errorf("Less(%s, %s) error = %v, want %q", tt.a.Repr(), tt.b.Repr(), err, tt.msg)
		}
		if _, err := LessEqual(tt.a, tt.b); err == nil || err.Error() != tt.msg {
			t.Errorf("LessEqual(%s, %s) error = %v, want %q", tt.a.Repr(), tt.b.Repr(), err, tt.msg)
		}
	}
}

func TestLessAndLessEqual(t *testing.T) {
	nan := num(math.NaN())
	tests := []struct {
		a, b   Value
		lt, le bool
	}{
		{num(1), num(2), true, true},
		{num(2), num(2), false, true},
		{num(3), num(2), false, false},
		{nan, num(1), false, false},
		{num(1), nan, false, false},
		{nan, nan, false, false},
		{str("a"), str("b"), true, true},
		{str("b"), str("b"), false, true},
		{str("c"), str("b"), false, false},
		{str("5"), num(10), true, true},
		{num(10), str("5"), false, false},
		{Bool(false), Bool(true), true, true},
		{Bool(true), num(1), false, true},
	}
	for _, tt := range tests {
		lt, err := Less(tt.a, tt.b)
		if err != nil || lt != tt.lt {
			t.Errorf("Less(%s, %s) = %v, %v; want %v", tt.a.Repr(), tt.b.Repr(), lt, err, tt.lt)
		}
		le, err := LessEqual(tt.a, tt.b)
		if err != nil || le != tt.le {
			t.Errorf("LessEqual(%s, %s) = %v, %v; want %v", tt.a.Repr(), tt.b.Repr(), le, err, tt.le)
		}
	}
}
