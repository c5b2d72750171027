// Package classes registers the core builtin classes that need no MTA:
// Map, Set, Iconv, X509, X509CRL and FFI (which reports that it is not
// supported). It also defines the Iterator objects that Map->entries() and
// Set->values() return and that foreach walks.
package classes

import "github.com/openhsl/hsl/interp/value"

// Iterator is a builtin object that foreach walks: the interpreter calls Next
// until ok is false and binds key and val to the loop variables
// (`foreach ($it as $key => $val)`). Next never fails; an iterator reflects
// its collection as it was when the iterator was made.
type Iterator interface {
	value.Object
	Next() (key, val value.Value, ok bool)
}

// sliceIterator walks parallel slices of keys and values.
type sliceIterator struct {
	keys, vals []value.Value
	pos        int
}

// ClassName implements value.Object.
func (*sliceIterator) ClassName() string { return "Iterator" }

// Next implements Iterator.
func (it *sliceIterator) Next() (key, val value.Value, ok bool) {
	if it.pos >= len(it.keys) {
		return value.None, value.None, false
	}
	k, v := it.keys[it.pos], it.vals[it.pos]
	it.pos++
	return k, v, true
}
