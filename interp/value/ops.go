package value

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Limits on the size of a repeat (`*`) result, so that a script cannot exhaust memory
// with one expression.
const (
	maxRepeatBytes   = 1 << 28 // string repeat: 256 MiB
	maxRepeatEntries = 1 << 24 // array repeat: 16M entries
)

var errDivisionByZero = errors.New("division by zero")

func binaryError(verb string, a, b Value) error {
	return fmt.Errorf("cannot %s %s and %s", verb, a.kind, b.kind)
}

// Add implements +: numbers (booleans count as 1/0) add; array + array merges (string
// keys of the right replace the left's value in place, integer-keyed values of the right
// are appended); array + x appends x. Anything else is an error.
func Add(a, b Value) (Value, error) {
	if a.isNumeric() && b.isNumeric() {
		return Number(a.AsNumber() + b.AsNumber()), nil
	}
	if a.kind != KindArray {
		return None, binaryError("add", a, b)
	}
	c := a.AsArray().Clone()
	if b.kind != KindArray {
		if err := c.appendShared(b); err != nil {
			return None, err
		}
		return ArrayValue(c), nil
	}
	ba := b.AsArray()
	for i := 0; i < ba.Len(); i++ {
		k, v := ba.Entry(i)
		if k.str {
			c.setShared(k, v)
		} else if err := c.appendShared(v); err != nil {
			return None, err
		}
	}
	return ArrayValue(c), nil
}

// Sub implements -: numbers subtract; array - x removes every element === x, and
// array - array every element === to any element of the right array, keeping the keys of
// the rest. Anything else is an error.
func Sub(a, b Value) (Value, error) {
	if a.isNumeric() && b.isNumeric() {
		return Number(a.AsNumber() - b.AsNumber()), nil
	}
	if a.kind != KindArray {
		return None, binaryError("subtract", a, b)
	}
	src := a.AsArray()
	var remove []Value
	if b.kind == KindArray {
		ba := b.AsArray()
		remove = make([]Value, ba.Len())
		for i := range remove {
			_, remove[i] = ba.Entry(i)
		}
	} else {
		remove = []Value{b}
	}
	c := NewArray(src.Len())
	for i := 0; i < src.Len(); i++ {
		k, v := src.Entry(i)
		if !containsStrict(remove, v) {
			c.setShared(k, v)
		}
	}
	return ArrayValue(c), nil
}

func containsStrict(list []Value, v Value) bool {
	for _, w := range list {
		if StrictEqual(v, w) {
			return true
		}
	}
	return false
}

// Mul implements *: numbers multiply; a string and a number (either order) repeat the
// string; an array and a number (either order) repeat the array's values, re-indexed
// from 0. The count is truncated toward zero and must not be negative.
func Mul(a, b Value) (Value, error) {
	if a.isNumeric() && b.isNumeric() {
		return Number(a.AsNumber() * b.AsNumber()), nil
	}
	if a.isNumeric() && (b.kind == KindString || b.kind == KindArray) {
		a, b = b, a
	}
	if !b.isNumeric() || (a.kind != KindString && a.kind != KindArray) {
		return None, binaryError("multiply", a, b)
	}
	n, err := repeatCount(a.kind, b.AsNumber())
	if err != nil {
		return None, err
	}
	if a.kind == KindString {
		s := a.AsString()
		if n > 0 && len(s) > maxRepeatBytes/n {
			return None, fmt.Errorf("string repeat result too large (more than %d bytes)", maxRepeatBytes)
		}
		return String(strings.Repeat(s, n)), nil
	}
	src := a.AsArray()
	if n > 0 && src.Len() > maxRepeatEntries/n {
		return None, fmt.Errorf("array repeat result too large (more than %d elements)", maxRepeatEntries)
	}
	vals := make([]Value, 0, src.Len()*n)
	for range n {
		for i := 0; i < src.Len(); i++ {
			_, v := src.Entry(i)
			vals = append(vals, v.Share())
		}
	}
	return ArrayValue(NewList(vals)), nil
}

func repeatCount(k Kind, f float64) (int, error) {
	f = math.Trunc(f)
	what := "a string"
	if k == KindArray {
		what = "an array"
	}
	switch {
	case math.IsNaN(f):
		return 0, fmt.Errorf("cannot repeat %s NaN times", what)
	case f < 0:
		return 0, fmt.Errorf("cannot repeat %s a negative number of times", what)
	case f > math.MaxInt32:
		return 0, fmt.Errorf("cannot repeat %s %s times (too many)", what, FormatNumber(f))
	}
	return int(f), nil
}

// Div implements /: numbers only; dividing by zero is an error.
func Div(a, b Value) (Value, error) {
	if !a.isNumeric() || !b.isNumeric() {
		return None, binaryError("divide", a, b)
	}
	if b.AsNumber() == 0 {
		return None, errDivisionByZero
	}
	return Number(a.AsNumber() / b.AsNumber()), nil
}

// Mod implements %: on numbers the remainder with the sign of the dividend (C fmod), an
// error for a zero divisor; a string on the left is the format operator, which needs an
// array on the right (see FormatOperator).
func Mod(a, b Value) (Value, error) {
	if a.isNumeric() && b.isNumeric() {
		if b.AsNumber() == 0 {
			return None, errDivisionByZero
		}
		return Number(math.Mod(a.AsNumber(), b.AsNumber())), nil
	}
	if a.kind == KindString {
		if b.kind != KindArray {
			return None, fmt.Errorf("the format operator %% needs an array on the right, found %s", b.kind)
		}
		s, err := FormatOperator(a.AsString(), b.AsArray())
		if err != nil {
			return None, err
		}
		return String(s), nil
	}
	return None, binaryError("apply % to", a, b)
}

// Pow implements **: numbers only.
func Pow(a, b Value) (Value, error) {
	if !a.isNumeric() || !b.isNumeric() {
		return None, binaryError("apply ** to", a, b)
	}
	return Number(math.Pow(a.AsNumber(), b.AsNumber())), nil
}

// Concat implements `.`: both sides are converted with ToString; none is an error.
func Concat(a, b Value) (Value, error) {
	if a.kind == KindNone || b.kind == KindNone {
		return None, errors.New("cannot concatenate none")
	}
	if a.kind == KindString && b.kind == KindString {
		return String(a.AsString() + b.AsString()), nil
	}
	return String(a.ToString() + b.ToString()), nil
}

// toInt32 converts a number to a 32-bit signed integer modulo 2**32 (NaN and the
// infinities give 0).
func toInt32(f float64) int32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32))))
}

// bitOperands checks and converts the operands of a binary bitwise operator.
func bitOperands(op string, a, b Value) (int32, int32, error) {
	if !a.isNumeric() || !b.isNumeric() {
		return 0, 0, binaryError("apply "+op+" to", a, b)
	}
	return toInt32(a.AsNumber()), toInt32(b.AsNumber()), nil
}

func bitResult(f float64, err error) (Value, error) {
	if err != nil {
		return None, err
	}
	return Number(f), nil
}

// BitAnd implements & on 32-bit signed integers.
func BitAnd(a, b Value) (Value, error) {
	x, y, err := bitOperands("&", a, b)
	return bitResult(float64(x&y), err)
}

// BitOr implements | on 32-bit signed integers.
func BitOr(a, b Value) (Value, error) {
	x, y, err := bitOperands("|", a, b)
	return bitResult(float64(x|y), err)
}

// BitXor implements ^ on 32-bit signed integers.
func BitXor(a, b Value) (Value, error) {
	x, y, err := bitOperands("^", a, b)
	return bitResult(float64(x^y), err)
}

// Shl implements << (zero-fill); the shift count is taken modulo 32.
func Shl(a, b Value) (Value, error) {
	x, y, err := bitOperands("<<", a, b)
	return bitResult(float64(x<<(uint32(y)&31)), err)
}

// Shr implements >> (sign-propagating); the shift count is taken modulo 32.
func Shr(a, b Value) (Value, error) {
	x, y, err := bitOperands(">>", a, b)
	return bitResult(float64(x>>(uint32(y)&31)), err)
}

// UShr implements >>> (unsigned 32-bit shift); the shift count is taken modulo 32.
func UShr(a, b Value) (Value, error) {
	x, y, err := bitOperands(">>>", a, b)
	return bitResult(float64(uint32(x)>>(uint32(y)&31)), err)
}

// BitNot implements ~ on a 32-bit signed integer.
func BitNot(a Value) (Value, error) {
	if !a.isNumeric() {
		return None, fmt.Errorf("cannot apply ~ to %s", a.kind)
	}
	return Number(float64(^toInt32(a.AsNumber()))), nil
}

// Neg implements unary -: numbers and booleans (as 1/0) only.
func Neg(a Value) (Value, error) {
	if !a.isNumeric() {
		return None, fmt.Errorf("cannot negate %s", a.kind)
	}
	return Number(-a.AsNumber()), nil
}

// Plus implements unary +: numbers and booleans (as 1/0) only; the result is a number.
func Plus(a Value) (Value, error) {
	if !a.isNumeric() {
		return None, fmt.Errorf("cannot apply unary + to %s", a.kind)
	}
	return Number(a.AsNumber()), nil
}
