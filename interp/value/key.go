package value

import (
	"errors"
	"fmt"
	"math"
)

// Key is a normalised array key: a 32-bit signed integer or a string.
type Key struct {
	s   string
	i   int32
	str bool
}

// IntKey returns the integer key i.
func IntKey(i int32) Key { return Key{i: i} }

// StrKey returns the string key s. It does not normalise: StrKey("1") is the string key
// "1", which NormalizeKey would never produce; use NormalizeKey for keys from HSL code.
func StrKey(s string) Key { return Key{s: s, str: true} }

// IsString reports whether k is a string key.
func (k Key) IsString() bool { return k.str }

// Int returns the integer of an integer key (0 for a string key).
func (k Key) Int() int32 { return k.i }

// Str returns the string of a string key ("" for an integer key).
func (k Key) Str() string { return k.s }

// Value returns the key as an HSL value: a number or a string.
func (k Key) Value() Value {
	if k.str {
		return String(k.s)
	}
	return Number(float64(k.i))
}

// errIndexRange is returned for numeric keys outside the 32-bit signed range.
var errIndexRange = errors.New("array index out of range")

// NormalizeKey converts a value used as an array key: true/false become 1/0; a string
// that is a canonical integer (optional "-", no leading zeros, no "-0", within the 32-bit
// signed range) becomes that integer; a number is truncated toward zero and must fit in
// 32 bits; other strings stay strings. none, arrays, functions, objects and resources
// cannot be keys.
func NormalizeKey(v Value) (Key, error) {
	switch v.kind {
	case KindString:
		s := v.AsString()
		if i, ok := canonicalInt(s); ok {
			return Key{i: i}, nil
		}
		return Key{s: s, str: true}, nil
	case KindNumber, KindBool:
		f := math.Trunc(v.AsNumber())
		if !(f >= math.MinInt32 && f <= math.MaxInt32) {
			if math.IsNaN(f) {
				return Key{}, errors.New("invalid array index NaN")
			}
			return Key{}, errIndexRange
		}
		return Key{i: int32(f)}, nil
	}
	return Key{}, fmt.Errorf("cannot use %s as an array key", v.kind)
}

// canonicalInt parses s when it is the canonical text of a 32-bit signed integer.
func canonicalInt(s string) (int32, bool) {
	n := len(s)
	if n == 0 || n > 11 {
		return 0, false
	}
	neg := s[0] == '-'
	d := s
	if neg {
		d = s[1:]
		if len(d) == 0 || d == "0" {
			return 0, false
		}
	}
	if len(d) > 1 && d[0] == '0' {
		return 0, false
	}
	var x int64
	for i := 0; i < len(d); i++ {
		c := d[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		x = x*10 + int64(c-'0')
	}
	if neg {
		x = -x
	}
	if x < math.MinInt32 || x > math.MaxInt32 {
		return 0, false
	}
	return int32(x), true
}
