package value

import (
	"math"
	"strings"
	"testing"
)

type binOp func(a, b Value) (Value, error)

type opCase struct {
	name string
	op   binOp
	a, b Value
	want string // Repr of the result, or the error message when err is set
	err  bool
}

func runOpCases(t *testing.T, cases []opCase) {
	t.Helper()
	for _, tt := range cases {
		got, err := tt.op(tt.a, tt.b)
		switch {
		case tt.err && err == nil:
			t.Errorf("%s: got %s, want error %q", tt.name, got.Repr(), tt.want)
		case tt.err && err.Error() != tt.want:
			t.Errorf("%s: error %q, want %q", tt.name, err, tt.want)
		case tt.err && !got.IsNone():
			t.Errorf("%s: error result is %s, want none", tt.name, got.Repr())
		case !tt.err && err != nil:
			t.Errorf("%s: unexpected error %v", tt.name, err)
		case !tt.err && got.Repr() != tt.want:
			t.Errorf("%s: got %s, want %s", tt.name, got.Repr(), tt.want)
		}
	}
}

func TestAdd(t *testing.T) {
	big := NewArray(0)
	big.Set(IntKey(math.MaxInt32), num(1))
	runOpCases(t, []opCase{
		{"numbers", Add, num(1), num(2), "3", false},
		{"fractions", Add, num(0.5), num(0.25), "0.75", false},
		{"true+true", Add, Bool(true), Bool(true), "2", false},
		{"1+true", Add, num(1), Bool(true), "2", false},
		{"false+1", Add, Bool(false), num(1), "1", false},
		{"list+list", Add, listV(num(1), num(2)), listV(num(3)), "[0=>1,1=>2,2=>3]", false},
		{"string keys: right replaces in place", Add,
			arrV(dict(t, str("a"), num(1), str("b"), num(2))),
			arrV(dict(t, str("a"), num(9), num(5), str("x"))),
			`["a"=>9,"b"=>2,0=>"x"]`, false},
		{"integer keys appended after highest", Add,
			arrV(dict(t, num(0), str("p"), num(7), str("q"))),
			listV(str("r")),
			`[0=>"p",7=>"q",8=>"r"]`, false},
		{"unshift idiom", Add, listV(str("item")), listV(str("a"), str("b")), `[0=>"item",1=>"a",2=>"b"]`, false},
		{"array+scalar appends", Add, listV(num(1)), num(2), "[0=>1,1=>2]", false},
		{"array+string appends", Add, listV(), str("item"), `[0=>"item"]`, false},
		{"array+none appends", Add, listV(num(1)), None, "[0=>1,1=>none]", false},
		{"array+nested", Add, listV(num(1)), listV(listV(num(2))), "[0=>1,1=>[0=>2]]", false},
		{"string+number", Add, str("a"), num(1), "cannot add string and number", true},
		{"number+string", Add, num(1), str("1"), "cannot add number and string", true},
		{"none+number", Add, None, num(1), "cannot add none and number", true},
		{"number+array", Add, num(1), listV(), "cannot add number and array", true},
		{"function+function", Add, FunctionValue(&testFunc{}), FunctionValue(&testFunc{}), "cannot add function and function", true},
		{"object+number", Add, ObjectValue(&testObj{}), num(1), "cannot add object and number", true},
		{"append overflow", Add, arrV(big), num(2), "cannot append: the next array index is out of range", true},
		{"merge overflow", Add, arrV(big), listV(num(2)), "cannot append: the next array index is out of range", true},
	})
	// The operands are not changed.
	a, b := list(num(1)), list(num(2))
	if _, err := Add(arrV(a), arrV(b)); err != nil || dump(a) != "[0=>1]" || dump(b) != "[0=>2]" {
		t.Errorf("operands changed: %s %s", dump(a), dump(b))
	}
}

func TestSub(t *testing.T) {
	runOpCases(t, []opCase{
		{"numbers", Sub, num(5), num(3), "2", false},
		{"negative result", Sub, num(1), num(3), "-2", false},
		{"booleans", Sub, Bool(true), Bool(false), "1", false},
		{"remove value", Sub, listV(str("foo"), num(5)), num(5), `[0=>"foo"]`, false},
		{"remove all matches", Sub, listV(str("foo"), str("foo"), num(5)), str("foo"), "[2=>5]", false},
		{"remove listed values", Sub, listV(str("foo"), num(5)), listV(str("foo"), num(5)), "[]", false},
		{"reference example", Sub, listV(str("a"), num(5), str("a")), str("a"), "[1=>5]", false},
		{"strict comparison", Sub, listV(num(1), str("1"), Bool(true)), num(1), `[1=>"1",2=>true]`, false},
		{"keys kept", Sub, arrV(dict(t, str("x"), num(1), str("y"), num(2))), num(1), `["y"=>2]`, false},
		{"remove arrays by value", Sub, listV(listV(num(1)), num(2)), listV(listV(num(1))), "[1=>2]", false},
		{"nothing removed", Sub, listV(num(1)), num(3), "[0=>1]", false},
		{"string-number", Sub, str("a"), num(1), "cannot subtract string and number", true},
		{"number-array", Sub, num(1), listV(), "cannot subtract number and array", true},
		{"none-none", Sub, None, None, "cannot subtract none and none", true},
	})
}

func TestMul(t *testing.T) {
	runOpCases(t, []opCase{
		{"numbers", Mul, num(6), num(7), "42", false},
		{"booleans", Mul, Bool(true), num(3), "3", false},
		{"string*n", Mul, str("x"), num(3), `"xxx"`, false},
		{"n*string", Mul, num(3), str("ab"), `"ababab"`, false},
		{"string*0", Mul, str("x"), num(0), `""`, false},
		{"string*fraction truncates", Mul, str("x"), num(2.9), `"xx"`, false},
		{"string*true", Mul, str("x"), Bool(true), `"x"`, false},
		{"array*n", Mul, listV(str("x")), num(3), `[0=>"x",1=>"x",2=>"x"]`, false},
		{"keyed array*n re-indexes", Mul, arrV(dict(t, str("a"), num(1), str("b"), num(2))), num(2), "[0=>1,1=>2,2=>1,3=>2]", false},
		{"n*array", Mul, num(2), listV(num(1)), "[0=>1,1=>1]", false},
		{"array*0", Mul, listV(num(1)), num(0), "[]", false},
		{"negative count", Mul, str("x"), num(-1), "cannot repeat a string a negative number of times", true},
		{"negative array count", Mul, listV(), num(-2), "cannot repeat an array a negative number of times", true},
		{"NaN count", Mul, str("x"), num(math.NaN()), "cannot repeat a string NaN times", true},
		{"huge count", Mul, str("x"), num(1e10), "cannot repeat a string 10000000000 times (too many)", true},
		{"huge result", Mul, str("xxxx"), num(1 << 27), "string repeat result too large (more than 268435456 bytes)", true},
		{"huge array result", Mul, listV(num(1), num(2)), num(1 << 24), "array repeat result too large (more than 16777216 elements)", true},
		{"string*string", Mul, str("x"), str("2"), "cannot multiply string and string", true},
		{"array*array", Mul, listV(), listV(), "cannot multiply array and array", true},
		{"none*number", Mul, None, num(2), "cannot multiply none and number", true},
		{"string*array", Mul, str("x"), listV(), "cannot multiply string and array", true},
	})
}

func TestDivModPow(t *testing.T) {
	runOpCases(t, []opCase{
		{"divide", Div, num(10), num(4), "2.5", false},
		{"divide negative", Div, num(-9), num(3), "-3", false},
		{"divide booleans", Div, Bool(true), Bool(true), "1", false},
		{"divide by zero", Div, num(1), num(0), "division by zero", true},
		{"divide by -0", Div, num(1), num(math.Copysign(0, -1)), "division by zero", true},
		{"0/0", Div, num(0), num(0), "division by zero", true},
		{"divide by false", Div, num(1), Bool(false), "division by zero", true},
		{"divide string", Div, str("4"), num(2), "cannot divide string and number", true},
		{"divide by array", Div, num(4), listV(), "cannot divide number and array", true},
		{"mod", Mod, num(7), num(3), "1", false},
		{"mod negative dividend", Mod, num(-7), num(3), "-1", false},
		{"mod negative divisor", Mod, num(7), num(-3), "1", false},
		{"mod fraction", Mod, num(5.5), num(2), "1.5", false},
		{"mod by zero", Mod, num(1), num(0), "division by zero", true},
		{"mod booleans", Mod, num(3), Bool(true), "0", false},
		{"mod is format on strings", Mod, str("%s!"), listV(str("hi")), `"hi!"`, false},
		{"format needs array", Mod, str("%s"), str("a"), "the format operator % needs an array on the right, found string", true},
		{"format error", Mod, str("%q"), listV(num(1)), `bad format directive "%q": unknown type (expected s, f, x, b or c)`, true},
		{"mod array", Mod, listV(), num(2), "cannot apply % to array and number", true},
		{"mod number by string", Mod, num(2), str("1"), "cannot apply % to number and string", true},
		{"pow", Pow, num(2), num(3), "8", false},
		{"pow fraction", Pow, num(9), num(0.5), "3", false},
		{"pow negative", Pow, num(2), num(-1), "0.5", false},
		{"pow zero", Pow, num(0), num(0), "1", false},
		{"pow booleans", Pow, Bool(true), num(5), "1", false},
		{"pow string", Pow, str("2"), num(2), "cannot apply ** to string and number", true},
		{"pow none", Pow, num(2), None, "cannot apply ** to number and none", true},
	})
	// echo 7 % 3 . "," . 2 ** 3 ** 2 . "," . 10 / 4;   → 1,512,2.5
	m, _ := Mod(num(7), num(3))
	p1, _ := Pow(num(3), num(2))
	p, _ := Pow(num(2), p1)
	d, _ := Div(num(10), num(4))
	s, _ := Concat(m, str(","))
	s, _ = Concat(s, p)
	s, _ = Concat(s, str(","))
	s, _ = Concat(s, d)
	if s.AsString() != "1,512,2.5" {
		t.Errorf("reference example = %q", s.AsString())
	}
}

func TestConcat(t *testing.T) {
	sum, _ := Add(num(2), num(2))
	runOpCases(t, []opCase{
		{"strings", Concat, str("Hello "), str("World"), `"Hello World"`, false},
		{"numbers", Concat, num(1.0), num(2.5), `"12.5"`, false},
		{"2 + 2 . test", Concat, sum, str("test"), `"4test"`, false},
		{"number suffix", Concat, str("A number "), num(5.5), `"A number 5.5"`, false},
		{"booleans", Concat, Bool(true), Bool(false), `"truefalse"`, false},
		{"array", Concat, listV(num(1)), str("x"), `"[0=>1]x"`, false},
		{"function", Concat, FunctionValue(&testFunc{"f"}), str(""), `"function<f>"`, false},
		{"empty strings", Concat, str(""), str(""), `""`, false},
		{"none left", Concat, None, str("x"), "cannot concatenate none", true},
		{"none right", Concat, str("x"), None, "cannot concatenate none", true},
	})
}

func TestBitwise(t *testing.T) {
	runOpCases(t, []opCase{
		{"and", BitAnd, num(0b1100), num(0b1010), "8", false},
		{"or", BitOr, num(0b1100), num(0b1010), "14", false},
		{"xor", BitXor, num(5), num(3), "6", false},
		{"shl", Shl, num(1), num(4), "16", false},
		{"shl into sign bit", Shl, num(1), num(31), "-2147483648", false},
		{"shl count mod 32", Shl, num(1), num(32), "1", false},
		{"shl negative count", Shl, num(1), num(-1), "-2147483648", false},
		{"shr sign-propagating", Shr, num(-16), num(2), "-4", false},
		{"shr positive", Shr, num(256), num(4), "16", false},
		{"ushr", UShr, num(-16), num(28), "15", false},
		{"ushr zero count", UShr, num(-1), num(0), "4294967295", false},
		{"wraps modulo 2**32", BitAnd, num(1<<32 + 5), num(7), "5", false},
		{"uint32 max is -1", BitOr, num(4294967295), num(0), "-1", false},
		{"fraction truncates", BitOr, num(1.9), num(0), "1", false},
		{"negative fraction truncates", BitOr, num(-1.9), num(0), "-1", false},
		{"NaN is 0", BitOr, num(math.NaN()), num(0), "0", false},
		{"Inf is 0", BitOr, num(math.Inf(1)), num(0), "0", false},
		{"huge wraps", BitOr, num(1e20), num(0), "1661992960", false},
		{"booleans", BitOr, Bool(true), num(2), "3", false},
		{"and string", BitAnd, str("1"), num(1), "cannot apply & to string and number", true},
		{"or none", BitOr, num(1), None, "cannot apply | to number and none", true},
		{"xor array", BitXor, listV(), num(1), "cannot apply ^ to array and number", true},
		{"shl string", Shl, num(1), str("2"), "cannot apply << to number and string", true},
		{"shr object", Shr, ObjectValue(&testObj{}), num(1), "cannot apply >> to object and number", true},
		{"ushr function", UShr, num(1), FunctionValue(&testFunc{}), "cannot apply >>> to number and function", true},
	})
	// echo (0b1100 & 0b1010) . "," . (1 << 4) . "," . (~0) . "," . (-16 >> 2);   → 8,16,-1,-4
	if v, err := BitNot(num(0)); err != nil || v.AsNumber() != -1 {
		t.Errorf("~0 = %v, %v", v.Repr(), err)
	}
	if v, err := BitNot(num(5)); err != nil || v.AsNumber() != -6 {
		t.Errorf("~5 = %v, %v", v.Repr(), err)
	}
	if v, err := BitNot(Bool(true)); err != nil || v.AsNumber() != -2 {
		t.Errorf("~true = %v, %v", v.Repr(), err)
	}
	if _, err := BitNot(str("1")); err == nil || err.Error() != "cannot apply ~ to string" {
		t.Errorf("~'1' error = %v", err)
	}
}

func TestUnary(t *testing.T) {
	type unCase struct {
		name string
		op   func(Value) (Value, error)
		a    Value
		want string
		err  bool
	}
	for _, tt := range []unCase{
		{"neg", Neg, num(5), "-5", false},
		{"neg negative", Neg, num(-2.5), "2.5", false},
		{"neg true", Neg, Bool(true), "-1", false},
		{"neg string", Neg, str("1"), "cannot negate string", true},
		{"neg none", Neg, None, "cannot negate none", true},
		{"neg array", Neg, listV(), "cannot negate array", true},
		{"plus", Plus, num(3), "3", false},
		{"plus true", Plus, Bool(true), "1", false},
		{"plus string", Plus, str("1"), "cannot apply unary + to string", true},
		{"bitnot none", BitNot, None, "cannot apply ~ to none", true},
	} {
		got, err := tt.op(tt.a)
		switch {
		case tt.err && (err == nil || err.Error() != tt.want):
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		case !tt.err && (err != nil || got.Repr() != tt.want):
			t.Errorf("%s: got %s, %v; want %s", tt.name, got.Repr(), err, tt.want)
		}
	}
}

// TestOperatorsNeverPanic runs every operator on every pair of sample values.
func TestOperatorsNeverPanic(t *testing.T) {
	samples := []Value{
		None, Bool(true), Bool(false), num(0), num(-1.5), num(math.NaN()), num(math.Inf(1)),
		str(""), str("%s"), str(strings.Repeat("ab", 3)), listV(), listV(num(1), listV(str("x"))),
		arrV(dict(t, str("k"), num(1))), FunctionValue(&testFunc{"f"}), FunctionValue(sliceFunc{1}),
		ObjectValue(&testObj{"C"}), ResourceValue(&testRes{"R"}),
	}
	ops := []binOp{Add, Sub, Mul, Div, Mod, Pow, Concat, BitAnd, BitOr, BitXor, Shl, Shr, UShr}
	for _, a := range samples {
		for _, b := range samples {
			for _, op := range ops {
				_, _ = op(a, b)
			}
			_ = LooseEqual(a, b)
			_ = StrictEqual(a, b)
			_, _ = Compare(a, b)
			_, _ = Less(a, b)
			_, _ = LessEqual(a, b)
		}
		_, _ = Neg(a)
		_, _ = Plus(a)
		_, _ = BitNot(a)
		_ = a.ToString()
		_ = a.Repr()
		_ = ToNumber(a)
		_, _ = NormalizeKey(a)
		_, _ = SliceBound(a)
	}
}
