package vm

import (
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Object is an instance of a user class. Its properties are an ordered array
// so that declared and dynamically added properties keep their order.
type Object struct {
	class *Class
	props *value.Array
	self  value.Value // the object as a value, made once
}

// ClassName implements value.Object.
func (o *Object) ClassName() string { return o.class.Name }

// Value returns the object as an HSL value without allocating each time.
func (o *Object) Value() value.Value {
	if o.self.IsNone() {
		o.self = value.ObjectValue(o)
	}
	return o.self
}

// Closure is a user function value: a named function, an anonymous function
// with its captured variables, or a method bound to its object.
type Closure struct {
	fn   *Funcode
	free []*value.Value
	this *Object
}

// FuncName implements value.Function.
func (c *Closure) FuncName() string { return c.fn.Name }

// methodID identifies a named function or method, bound to an object or not.
type methodID struct {
	fn   *Funcode
	this *Object
}

// Identity implements value.Identifier: each use of a named function or method
// makes a new Closure, but they are all the same function. Every evaluation of
// an anonymous function is a function of its own.
func (c *Closure) Identity() any {
	if c.fn.Name == "" || c.free != nil {
		return c
	}
	return methodID{c.fn, c.this}
}

// builtinFunc is a builtin function value, possibly a method bound to an object.
type builtinFunc struct {
	f    *catalog.Func
	self value.Value
}

// FuncName implements value.Function.
func (b *builtinFunc) FuncName() string { return b.f.Name }

// builtinID identifies a builtin function or a builtin method bound to an object.
type builtinID struct {
	f    *catalog.Func
	self value.Value
}

// Identity implements value.Identifier.
func (b *builtinFunc) Identity() any { return builtinID{b.f, b.self} }

// classRef is a user class used as a value; calling it constructs an object.
type classRef struct{ class *Class }

// FuncName implements value.Function.
func (c *classRef) FuncName() string { return c.class.Name }

// Identity implements value.Identifier.
func (c *classRef) Identity() any { return c.class }

// builtinClassRef is a builtin class used as a value.
type builtinClassRef struct{ class *catalog.Class }

// FuncName implements value.Function.
func (c *builtinClassRef) FuncName() string { return c.class.Name }

// Identity implements value.Identifier.
func (c *builtinClassRef) Identity() any { return c.class }

// iterator walks an array (a copy: it holds a share of it) or a library
// iterator object during foreach.
type iterator struct {
	arr  *value.Array
	i    int
	next nexter
}

// ResourceKind implements value.Resource; iterators never reach scripts.
func (*iterator) ResourceKind() string { return "iterator" }

// nexter is implemented by library iterators (Map->entries(), Set->values()).
type nexter interface {
	Next() (key, val value.Value, ok bool)
}
