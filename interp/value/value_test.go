package value

import (
	"math"
	"strings"
	"testing"
	"unsafe"
)

func TestKindString(t *testing.T) {
	want := []string{"none", "boolean", "number", "string", "array", "function", "object", "resource"}
	for k := KindNone; k <= KindResource; k++ {
		if got := k.String(); got != want[k] {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want[k])
		}
	}
	if got := KindUndefined.String(); got != "undefined" {
		t.Errorf("KindUndefined.String() = %q", got)
	}
	if got := Kind(99).String(); got != "invalid" {
		t.Errorf("Kind(99).String() = %q", got)
	}
}

func TestValueSize(t *testing.T) {
	if s := unsafe.Sizeof(Value{}); s > 24 {
		t.Errorf("Value is %d bytes, want at most 24", s)
	}
}

func TestConstructorsAndAccessors(t *testing.T) {
	f, o, r := &testFunc{"f"}, &testObj{"C"}, &testRes{"R"}
	a := NewArray(0)
	tests := []struct {
		name string
		v    Value
		kind Kind
		num  float64
		s    string
		arr  *Array
		ref  any
	}{
		{"zero", Value{}, KindNone, 0, "", nil, nil},
		{"None", None, KindNone, 0, "", nil, nil},
		{"true", Bool(true), KindBool, 1, "", nil, nil},
		{"false", Bool(false), KindBool, 0, "", nil, nil},
		{"number", Number(2.5), KindNumber, 2.5, "", nil, nil},
		{"string", String("hé"), KindString, 0, "hé", nil, nil},
		{"empty string", String(""), KindString, 0, "", nil, nil},
		{"array", ArrayValue(a), KindArray, 0, "", a, nil},
		{"nil array", ArrayValue(nil), KindNone, 0, "", nil, nil},
		{"function", FunctionValue(f), KindFunction, 0, "", nil, f},
		{"nil function", FunctionValue(nil), KindNone, 0, "", nil, nil},
		{"object", ObjectValue(o), KindObject, 0, "", nil, o},
		{"nil object", ObjectValue(nil), KindNone, 0, "", nil, nil},
		{"resource", ResourceValue(r), KindResource, 0, "", nil, r},
		{"nil resource", ResourceValue(nil), KindNone, 0, "", nil, nil},
	}
	for _, tt := range tests {
		v := tt.v
		if v.Kind() != tt.kind {
			t.Errorf("%s: Kind = %v, want %v", tt.name, v.Kind(), tt.kind)
		}
		if v.IsNone() != (tt.kind == KindNone) {
			t.Errorf("%s: IsNone = %v", tt.name, v.IsNone())
		}
		if v.AsNumber() != tt.num {
			t.Errorf("%s: AsNumber = %v, want %v", tt.name, v.AsNumber(), tt.num)
		}
		if v.AsString() != tt.s {
			t.Errorf("%s: AsString = %q, want %q", tt.name, v.AsString(), tt.s)
		}
		if v.AsArray() != tt.arr {
			t.Errorf("%s: AsArray = %p, want %p", tt.name, v.AsArray(), tt.arr)
		}
		if v.Ref() != tt.ref {
			t.Errorf("%s: Ref = %v, want %v", tt.name, v.Ref(), tt.ref)
		}
	}
	if FunctionValue(f).AsFunction() != f || ObjectValue(o).AsFunction() != nil {
		t.Error("AsFunction")
	}
	if ObjectValue(o).AsObject() != o || FunctionValue(f).AsObject() != nil {
		t.Error("AsObject")
	}
	if ResourceValue(r).AsResource() != r || ObjectValue(o).AsResource() != nil {
		t.Error("AsResource")
	}
	if !Bool(true).AsBool() || Bool(false).AsBool() || Number(1).AsBool() {
		t.Error("AsBool")
	}
}

func TestTruthy(t *testing.T) {
	tests := []struct {
		v    Value
		want bool
	}{
		{None, false},
		{Bool(true), true},
		{Bool(false), false},
		{num(0), false},
		{num(math.Copysign(0, -1)), false},
		{num(1), true},
		{num(-0.5), true},
		{num(math.NaN()), true},
		{num(math.Inf(-1)), true},
		{str(""), false},
		{str("0"), true},
		{str(" "), true},
		{arrV(NewArray(0)), false},
		{listV(None), true},
		{FunctionValue(&testFunc{}), true},
		{ObjectValue(&testObj{}), true},
		{ResourceValue(&testRes{}), true},
	}
	for _, tt := range tests {
		if got := tt.v.Truthy(); got != tt.want {
			t.Errorf("Truthy(%s) = %v, want %v", tt.v.Repr(), got, tt.want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	point1, point2 := 0.1, 0.2 // variables: constant arithmetic would be exact
	tests := []struct {
		f    float64
		want string
	}{
		{0, "0"},
		{math.Copysign(0, -1), "0"},
		{1.0, "1"},
		{-3, "-3"},
		{2.5, "2.5"},
		{point1 + point2, "0.30000000000000004"},
		{1.0 / 3, "0.3333333333333333"},
		{1234567.5, "1234567.5"},
		{1e20, "100000000000000000000"},
		{1e21, "1e+21"},
		{-1e21, "-1e+21"},
		{1.5e300, "1.5e+300"},
		{1e-6, "0.000001"},
		{1e-7, "1e-07"},
		{1.5e-8, "1.5e-08"},
		{math.NaN(), "NaN"},
		{math.Inf(1), "Inf"},
		{math.Inf(-1), "-Inf"},
		{1 << 53, "9007199254740992"},
		{1<<53 + 2, "9007199254740994"},
		{-(1 << 53), "-9007199254740992"},
		{1 << 63, "9223372036854776000"},
		{2147483647, "2147483647"},
		{5e-324, "5e-324"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.f); got != tt.want {
			t.Errorf("FormatNumber(%g) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestToStringAndRepr(t *testing.T) {
	nested := dict(t, str("k"), listV(num(1), num(2)))
	tests := []struct {
		v         Value
		str, repr string
	}{
		{None, "", "none"},
		{Bool(true), "true", "true"},
		{Bool(false), "false", "false"},
		{num(1.0), "1", "1"},
		{num(2.5), "2.5", "2.5"},
		{str("a\"b\\c"), "a\"b\\c", `"a\"b\\c"`},
		{str(""), "", `""`},
		{str("line\nbreak"), "line\nbreak", "\"line\nbreak\""},
		{arrV(NewArray(0)), "[]", "[]"},
		{listV(num(1), str("v")), `[0=>1,1=>"v"]`, `[0=>1,1=>"v"]`},
		{arrV(nested), `["k"=>[0=>1,1=>2]]`, `["k"=>[0=>1,1=>2]]`},
		{listV(None, Bool(true), Bool(false)), `[0=>none,1=>true,2=>false]`, `[0=>none,1=>true,2=>false]`},
		{arrV(dict(t, str("q\"k"), str(`\`))), `["q\"k"=>"\\"]`, `["q\"k"=>"\\"]`},
		{FunctionValue(&testFunc{"str_upper"}), "function<str_upper>", "function<str_upper>"},
		{FunctionValue(&testFunc{}), "function<anonymous>", "function<anonymous>"},
		{ObjectValue(&testObj{"MIME"}), "object<MIME>", "object<MIME>"},
		{ResourceValue(&testRes{"X509"}), "resource<X509>", "resource<X509>"},
		{listV(FunctionValue(&testFunc{"f"})), `[0=>function<f>]`, `[0=>function<f>]`},
	}
	for _, tt := range tests {
		if got := tt.v.ToString(); got != tt.str {
			t.Errorf("ToString = %q, want %q", got, tt.str)
		}
		if got := tt.v.Repr(); got != tt.repr {
			t.Errorf("Repr = %q, want %q", got, tt.repr)
		}
	}
}

// TestDumpExamples checks the array dumps given in the language reference.
func TestDumpExamples(t *testing.T) {
	a := list(str("a"))
	a.Set(IntKey(5), str("b"))
	if err := a.Append(str("c")); err != nil {
		t.Fatal(err)
	}
	if got := dump(a); got != `[0=>"a",5=>"b",6=>"c"]` {
		t.Errorf("got %s", got)
	}
	b := dict(t, str("1"), str("a"), num(1.7), str("b"), str("1.7"), str("c"), Bool(true), str("d"))
	if got := dump(b); got != `[1=>"d","1.7"=>"c"]` {
		t.Errorf("got %s", got)
	}
	c := dict(t, num(0), num(1), str("k"), str("v"), num(2), listV(Bool(true)))
	if got := dump(c); got != `[0=>1,"k"=>"v",2=>[0=>true]]` {
		t.Errorf("got %s", got)
	}
}

func TestToNumber(t *testing.T) {
	tests := []struct {
		v    Value
		want float64
	}{
		{num(4.5), 4.5},
		{Bool(true), 1},
		{Bool(false), 0},
		{None, 0},
		{listV(num(1)), 0},
		{FunctionValue(&testFunc{}), 0},
		{str("42"), 42},
		{str("0x10"), 16},
		{str("0XfF"), 255},
		{str("-0x10"), -16},
		{str("abc"), 0},
		{str(""), 0},
		{str("  12  "), 12},
		{str("\t\n-3.5\r\n"), -3.5},
		{str("+7"), 7},
		{str("1.25"), 1.25},
		{str("007"), 7},
		{str(".5"), 0},
		{str("5."), 0},
		{str("1e3"), 0},
		{str("1_000"), 0},
		{str("0x"), 0},
		{str("0xg"), 0},
		{str("12abc"), 0},
		{str("1 2"), 0},
		{str("-"), 0},
		{str("Inf"), 0},
		{str("NaN"), 0},
		{str("1.2.3"), 0},
		{str("0x1F"), 31},
	}
	for _, tt := range tests {
		if got := ToNumber(tt.v); got != tt.want {
			t.Errorf("ToNumber(%s) = %v, want %v", tt.v.Repr(), got, tt.want)
		}
	}
	big := "1" + strings.Repeat("0", 400)
	if f, ok := ParseNumber(big); !ok || !math.IsInf(f, 1) {
		t.Errorf("ParseNumber(huge) = %v, %v; want +Inf, true", f, ok)
	}
	if _, ok := ParseNumber("abc"); ok {
		t.Error(`ParseNumber("abc") reported ok`)
	}
	// echo number("42") + number("0x10") + number("abc");   → 58
	if got := ToNumber(str("42")) + ToNumber(str("0x10")) + ToNumber(str("abc")); got != 58 {
		t.Errorf("reference example = %v, want 58", got)
	}
}

func TestValueShare(t *testing.T) {
	a := list(num(1))
	v := ArrayValue(a)
	if v.Share() != v {
		t.Error("Share changed the value")
	}
	if a.Writable() == a {
		t.Error("a shared array was writable in place")
	}
	// Sharing non-arrays is harmless.
	_ = Number(1).Share()
	_ = None.Share()
}
