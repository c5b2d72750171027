// Package value is the value model of the HSL interpreter: the eight HSL types, the
// conversions between them, truthiness, the comparison rules, the ordered-map array with
// copy-on-write, and the semantics of every operator on values.
//
// # Values
//
// A [Value] is a small (24-byte) struct that is copied by value. Numbers, booleans and
// none carry their payload inline and never allocate. Strings point at their bytes.
// Arrays point at an [*Array]; functions, objects and resources point at a small box
// holding the interface value supplied by the interpreter or the library. The zero
// Value is none.
//
// # Operators
//
// Every binary operator is a function returning (Value, error). The error is meant for
// people: it names the operator and the operand types ("cannot add string and number").
// The caller adds the source position. Operators never panic on any combination of
// operands. Mod also serves the string format operator (a string on the left hands over
// to FormatOperator). For < and <= use Less and LessEqual, and swap the operands for >
// and >=; they are false whenever NaN is involved. Compare is a total order for sorting.
// Do not compare Values with Go's ==: equal strings may live at different addresses;
// use StrictEqual or LooseEqual.
//
// # Copy-on-write protocol for arrays
//
// HSL arrays are values: assigning or passing one copies it logically. The package
// implements this with a holder count kept in each Array:
//
//   - The code that creates an array owns it; its count of extra holders is 0.
//   - Whenever a Value holding an array is copied into a second place that may outlive
//     the first (a variable, an array element, an argument, a captured variable, a
//     field), call [Value.Share] (or [Array.Share]). It adds one holder.
//   - Before changing an array in place, a holder calls [Array.Writable] and stores the
//     result back where it got the array from. Writable returns the array itself when no
//     other holder exists; otherwise it gives up the caller's claim on the shared array
//     (one holder fewer) and returns a private clone, which the caller now owns alone.
//   - A holder (the creator included) that drops its reference without writing may
//     call [Array.Release] once. This is optional: skipping it only costs one extra
//     clone later, never correctness. Releasing more references than were handed out
//     (by creation and Share) is a bug: the array could be changed under a holder.
//   - [Array.Clone] shares every nested array it copies, so nested arrays follow the
//     same rules: to write through $a["x"]["y"], make $a writable, then make the
//     element array writable and store it back into $a if it changed.
//   - [Array.Freeze] makes an array (and its nested arrays) permanently immutable: Share
//     and Release do nothing and Writable always returns a clone. Frozen arrays are safe
//     for concurrent readers; use them for constants and for values shared between
//     executions. Arrays that are not frozen must be used by one goroutine at a time.
//
// With this protocol `$a = []; for (…) $a[] = $i;` never clones (the count stays 0),
// and `$b = $a; $b[] = 1;` clones exactly once: the assignment shares (count 1), the
// write through $b gets a clone and drops the count back to 0, so a later write through
// $a happens in place.
//
// Methods that change an array (Set, Append, Delete, SetSlice, DeleteSlice) do not check
// the count themselves: call them only on the result of Writable. They store values as
// given; share a value first when it came from another holder. Operators that build new
// arrays (Add, Sub, Mul, Slice) share the nested arrays they copy.
//
// # Array layout
//
// An array whose keys are exactly 0..n-1 in insertion order is kept as a plain slice of
// values with no hash map ("list mode"). The first non-list key converts it to "hash
// mode": a slice of keys and values in insertion order plus maps from integer and
// string keys to positions. Deleting in hash mode leaves a tombstone; tombstones are
// compacted when they make up half of the array and before positional access
// ([Array.Entry]), so Entry is O(1) amortised. A compaction that finds the keys to be
// 0..n-1 again returns the array to list mode.
package value
