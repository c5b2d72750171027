package value

import (
	"fmt"
	"math"
	"reflect"
	"strings"
)

// boolNumber returns 1 for true and 0 for false.
func boolNumber(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// LooseEqual implements == (the loose-equality table of the reference, §5.1): none
// equals only none; a boolean against a number compares as 1/0; a boolean against any
// other type compares with that side's truthiness; a number against a string converts
// the string with number(); a number against an array, function, object or resource
// compares with its truthiness as 1/0;
// strings never equal arrays, functions, objects or resources; values of the same type
// compare as with ===.
func LooseEqual(a, b Value) bool {
	if a.kind == b.kind {
		return StrictEqual(a, b)
	}
	if a.kind == KindNone || b.kind == KindNone {
		return false
	}
	if a.isNumeric() && b.isNumeric() {
		return a.AsNumber() == b.AsNumber()
	}
	if a.kind == KindBool {
		return a.AsBool() == b.Truthy()
	}
	if b.kind == KindBool {
		return b.AsBool() == a.Truthy()
	}
	if a.kind == KindNumber {
		return a.AsNumber() == numberFor(b)
	}
	if b.kind == KindNumber {
		return b.AsNumber() == numberFor(a)
	}
	// string against array/function/object/resource, or two different of the latter.
	return false
}

// numberFor converts the non-number side of a loose comparison with a number: strings
// with number(), other values by truthiness.
func numberFor(v Value) float64 {
	if v.kind == KindString {
		return ToNumber(v)
	}
	return boolNumber(v.Truthy())
}

// StrictEqual implements ===: the types must be the same; numbers, booleans and strings
// compare by value; arrays have the same keys (in any order) with values === pairwise;
// functions, objects and resources compare by identity.
func StrictEqual(a, b Value) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case KindNone:
		return true
	case KindBool:
		return a.n == b.n
	case KindNumber:
		return a.AsNumber() == b.AsNumber()
	case KindString:
		return a.n == b.n && (a.p == b.p || a.AsString() == b.AsString())
	case KindArray:
		return arraysEqual(a.AsArray(), b.AsArray())
	}
	return sameRef(a.Ref(), b.Ref())
}

// Identifier is implemented by function payloads that are made afresh on each use but
// stand for one thing, such as a named function or a method bound to an object: two such
// payloads are the same when their identities are equal.
type Identifier interface {
	Identity() any
}

// sameRef compares two payloads by identity without panicking on types that cannot be
// compared.
func sameRef(x, y any) bool {
	if ix, ok := x.(Identifier); ok {
		if iy, ok := y.(Identifier); ok {
			x, y = ix.Identity(), iy.Identity()
		}
	}
	tx := reflect.TypeOf(x)
	if tx != reflect.TypeOf(y) || !tx.Comparable() {
		return false
	}
	return x == y
}

func arraysEqual(x, y *Array) bool {
	if x == y {
		return true
	}
	if x.Len() != y.Len() {
		return false
	}
	if !x.hashed && !y.hashed {
		for i, v := range x.vals {
			if !StrictEqual(v, y.vals[i]) {
				return false
			}
		}
		return true
	}
	for i := 0; i < x.Len(); i++ {
		k, v := x.Entry(i)
		w, ok := y.Get(k)
		if !ok || !StrictEqual(v, w) {
			return false
		}
	}
	return true
}

// Compare orders a and b for < <= > >=: numbers and booleans numerically, two strings
// bytewise, a string and a number by converting the string with number(). Any other
// pair (none, arrays, functions, objects, resources, a string and a boolean) is an
// error. It returns -1, 0 or +1; NaN is
// ordered before every other number and equal to itself (use Less and LessEqual for the
// operators, which are false whenever NaN is involved).
func Compare(a, b Value) (int, error) {
	x, y, s, err := ordered(a, b)
	if err != nil {
		return 0, err
	}
	if s {
		return strings.Compare(a.AsString(), b.AsString()), nil
	}
	switch {
	case x < y:
		return -1, nil
	case x > y:
		return 1, nil
	case x == y:
		return 0, nil
	}
	xn, yn := math.IsNaN(x), math.IsNaN(y)
	switch {
	case xn && yn:
		return 0, nil
	case xn:
		return -1, nil
	}
	return 1, nil
}

// Less implements a < b (false when NaN is involved).
func Less(a, b Value) (bool, error) {
	if a.kind == KindNumber && b.kind == KindNumber {
		return a.AsNumber() < b.AsNumber(), nil
	}
	x, y, s, err := ordered(a, b)
	if s {
		return a.AsString() < b.AsString(), err
	}
	return x < y, err
}

// LessEqual implements a <= b (false when NaN is involved).
func LessEqual(a, b Value) (bool, error) {
	if a.kind == KindNumber && b.kind == KindNumber {
		return a.AsNumber() <= b.AsNumber(), nil
	}
	x, y, s, err := ordered(a, b)
	if s {
		return a.AsString() <= b.AsString(), err
	}
	return x <= y, err
}

// ordered classifies an ordering comparison: two strings (s is true), or two numbers x
// and y, or an error.
func ordered(a, b Value) (x, y float64, s bool, err error) {
	switch {
	case a.isNumeric() && b.isNumeric():
		return a.AsNumber(), b.AsNumber(), false, nil
	case a.kind == KindString && b.kind == KindString:
		return 0, 0, true, nil
	case a.kind == KindString && b.kind == KindNumber:
		return ToNumber(a), b.AsNumber(), false, nil
	case a.kind == KindNumber && b.kind == KindString:
		return a.AsNumber(), ToNumber(b), false, nil
	}
	return 0, 0, false, fmt.Errorf("cannot compare %s and %s", a.kind, b.kind)
}
