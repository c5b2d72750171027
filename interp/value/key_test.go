package value

import (
	"math"
	"testing"
)

func TestNormalizeKey(t *testing.T) {
	ik := func(i int32) *Key { k := IntKey(i); return &k }
	sk := func(s string) *Key { k := StrKey(s); return &k }
	tests := []struct {
		name string
		v    Value
		want *Key   // nil when an error is expected
		err  string // expected error message
	}{
		{"true", Bool(true), ik(1), ""},
		{"false", Bool(false), ik(0), ""},
		{"integer string", str("12"), ik(12), ""},
		{"zero string", str("0"), ik(0), ""},
		{"negative string", str("-3"), ik(-3), ""},
		{"leading zeros", str("007"), sk("007"), ""},
		{"minus zero", str("-0"), sk("-0"), ""},
		{"plus sign", str("+1"), sk("+1"), ""},
		{"space", str(" 1"), sk(" 1"), ""},
		{"fraction string", str("1.9"), sk("1.9"), ""},
		{"exponent string", str("1e3"), sk("1e3"), ""},
		{"hex string", str("0x10"), sk("0x10"), ""},
		{"empty string", str(""), sk(""), ""},
		{"lone minus", str("-"), sk("-"), ""},
		{"word", str("abc"), sk("abc"), ""},
		{"max int32 string", str("2147483647"), ik(math.MaxInt32), ""},
		{"above int32 string", str("2147483648"), sk("2147483648"), ""},
		{"min int32 string", str("-2147483648"), ik(math.MinInt32), ""},
		{"below int32 string", str("-2147483649"), sk("-2147483649"), ""},
		{"long digit string", str("99999999999999999999"), sk("99999999999999999999"), ""},
		{"number", num(5), ik(5), ""},
		{"fraction truncates", num(1.9), ik(1), ""},
		{"negative fraction truncates toward zero", num(-1.9), ik(-1), ""},
		{"negative zero", num(math.Copysign(0, -1)), ik(0), ""},
		{"max int32", num(math.MaxInt32), ik(math.MaxInt32), ""},
		{"max int32 plus fraction", num(math.MaxInt32 + 0.5), ik(math.MaxInt32), ""},
		{"min int32", num(math.MinInt32), ik(math.MinInt32), ""},
		{"min int32 minus fraction", num(math.MinInt32 - 0.5), ik(math.MinInt32), ""},
		{"2**31", num(1 << 31), nil, "array index out of range"},
		{"-2**31-1", num(math.MinInt32 - 1), nil, "array index out of range"},
		{"huge", num(1e300), nil, "array index out of range"},
		{"Inf", num(math.Inf(1)), nil, "array index out of range"},
		{"NaN", num(math.NaN()), nil, "invalid array index NaN"},
		{"none", None, nil, "cannot use none as an array key"},
		{"array", listV(), nil, "cannot use array as an array key"},
		{"function", FunctionValue(&testFunc{}), nil, "cannot use function as an array key"},
		{"object", ObjectValue(&testObj{}), nil, "cannot use object as an array key"},
		{"resource", ResourceValue(&testRes{}), nil, "cannot use resource as an array key"},
	}
	for _, tt := range tests {
		got, err := NormalizeKey(tt.v)
		if tt.want == nil {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%s: got %+v, %v; want error %q", tt.name, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != *tt.want {
			t.Errorf("%s: got %+v, %v; want %+v", tt.name, got, err, *tt.want)
		}
	}
}

func TestKeyAccessors(t *testing.T) {
	i := IntKey(-7)
	if i.IsString() || i.Int() != -7 || i.Str() != "" || i.Value().Repr() != "-7" {
		t.Errorf("IntKey(-7) = %+v", i)
	}
	s := StrKey("k")
	if !s.IsString() || s.Int() != 0 || s.Str() != "k" || s.Value().Repr() != `"k"` {
		t.Errorf("StrKey(k) = %+v", s)
	}
	if StrKey("1") == IntKey(1) {
		t.Error(`StrKey("1") equals IntKey(1)`)
	}
	// A normalised key converted back to a value normalises to itself.
	for _, v := range []Value{num(3), str("x"), str("-12"), Bool(true)} {
		k, _ := NormalizeKey(v)
		k2, err := NormalizeKey(k.Value())
		if err != nil || k2 != k {
			t.Errorf("round trip of %s: %+v, %v", v.Repr(), k2, err)
		}
	}
}
