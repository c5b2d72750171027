package value

import (
	"math"
	"unsafe"
)

// Kind is the type of a Value.
type Kind uint8

// The HSL types, in the order used by the interpreter.
const (
	KindNone Kind = iota
	KindBool
	KindNumber
	KindString
	KindArray
	KindFunction
	KindObject
	KindResource
)

// kindDeleted marks a tombstone inside an Array; it never escapes the package.
const kindDeleted Kind = 255

var kindNames = [...]string{
	KindNone:     "none",
	KindBool:     "boolean",
	KindNumber:   "number",
	KindString:   "string",
	KindArray:    "array",
	KindFunction: "function",
	KindObject:   "object",
	KindResource: "resource",
}

// String returns the HSL name of the type ("none", "boolean", "number", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	if k == KindUndefined {
		return "undefined"
	}
	return "invalid"
}

// Function is a callable HSL value. The interpreter implements it; FuncName returns the
// function's name, or "" for an anonymous function.
type Function interface {
	FuncName() string
}

// Object is an instance of a user class or of a builtin class.
type Object interface {
	ClassName() string
}

// Resource is an opaque handle returned by library functions.
type Resource interface {
	ResourceKind() string
}

// Value is one HSL value. It is cheap to copy; the zero Value is none.
type Value struct {
	p    unsafe.Pointer // string bytes, *Array, or *refBox
	n    uint64         // float64 bits (number, boolean) or string length
	kind Kind
}

// refBox holds the interface value of a function, object or resource.
type refBox struct {
	r any
}

// None is the none value.
var None Value

// Number returns a number value.
func Number(f float64) Value {
	return Value{n: math.Float64bits(f), kind: KindNumber}
}

var (
	trueValue  = Value{n: math.Float64bits(1), kind: KindBool}
	falseValue = Value{kind: KindBool}
)

// Bool returns a boolean value.
func Bool(b bool) Value {
	if b {
		return trueValue
	}
	return falseValue
}

// String returns a string value. It does not copy s.
func String(s string) Value {
	return Value{p: unsafe.Pointer(unsafe.StringData(s)), n: uint64(len(s)), kind: KindString}
}

// ArrayValue returns an array value holding a. A nil a gives none.
func ArrayValue(a *Array) Value {
	if a == nil {
		return None
	}
	return Value{p: unsafe.Pointer(a), kind: KindArray}
}

// FunctionValue returns a function value. A nil f gives none.
func FunctionValue(f Function) Value {
	if f == nil {
		return None
	}
	return Value{p: unsafe.Pointer(&refBox{f}), kind: KindFunction}
}

// ObjectValue returns an object value. A nil o gives none.
func ObjectValue(o Object) Value {
	if o == nil {
		return None
	}
	return Value{p: unsafe.Pointer(&refBox{o}), kind: KindObject}
}

// ResourceValue returns a resource value. A nil r gives none.
func ResourceValue(r Resource) Value {
	if r == nil {
		return None
	}
	return Value{p: unsafe.Pointer(&refBox{r}), kind: KindResource}
}

// Kind returns the type of v.
func (v Value) Kind() Kind { return v.kind }

// IsNone reports whether v is none.
func (v Value) IsNone() bool { return v.kind == KindNone }

// AsNumber returns the payload of a number, 1 or 0 for a boolean, and 0 for every other
// type. It does not convert strings (see ToNumber).
func (v Value) AsNumber() float64 {
	if v.kind <= KindNumber {
		return math.Float64frombits(v.n)
	}
	return 0
}

// AsBool returns the payload of a boolean; for other types it returns false.
func (v Value) AsBool() bool {
	return v.kind == KindBool && v.n != 0
}

// AsString returns the payload of a string, and "" for every other type.
func (v Value) AsString() string {
	if v.kind != KindString {
		return ""
	}
	return unsafe.String((*byte)(v.p), int(v.n))
}

// AsArray returns the array of an array value, and nil for every other type.
func (v Value) AsArray() *Array {
	if v.kind != KindArray {
		return nil
	}
	return (*Array)(v.p)
}

// Ref returns the payload of a function, object or resource value, and nil for every
// other type.
func (v Value) Ref() any {
	if v.kind < KindFunction || v.kind > KindResource {
		return nil
	}
	return (*refBox)(v.p).r
}

// AsFunction returns the payload of a function value, and nil for every other type.
func (v Value) AsFunction() Function {
	if v.kind != KindFunction {
		return nil
	}
	f, _ := (*refBox)(v.p).r.(Function)
	return f
}

// AsObject returns the payload of an object value, and nil for every other type.
func (v Value) AsObject() Object {
	if v.kind != KindObject {
		return nil
	}
	o, _ := (*refBox)(v.p).r.(Object)
	return o
}

// AsResource returns the payload of a resource value, and nil for every other type.
func (v Value) AsResource() Resource {
	if v.kind != KindResource {
		return nil
	}
	r, _ := (*refBox)(v.p).r.(Resource)
	return r
}

// Share records that v is being copied into another holder (see the package doc) and
// returns v. It does nothing for values that are not arrays.
func (v Value) Share() Value {
	if v.kind == KindArray {
		(*Array)(v.p).Share()
	}
	return v
}

// Truthy reports whether v counts as true in a condition: none is false, a boolean is
// itself, a number is true when != 0 (NaN is true), a string or array when non-empty,
// and functions, objects and resources always.
func (v Value) Truthy() bool {
	switch v.kind {
	case KindNone:
		return false
	case KindBool:
		return v.n != 0
	case KindNumber:
		return math.Float64frombits(v.n) != 0
	case KindString:
		return v.n != 0
	case KindArray:
		return (*Array)(v.p).Len() != 0
	}
	return true
}

// isNumeric reports whether v is a number or a boolean (which acts as 1/0).
func (v Value) isNumeric() bool {
	return v.kind == KindNumber || v.kind == KindBool
}
