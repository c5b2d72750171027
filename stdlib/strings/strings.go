// Package strings registers the HSL string builtins (str_*, chr, ord, length),
// the conversion builtins string(), number() and boolean(), the is_* type
// tests and their legacy names. All string functions work on bytes; case
// mapping touches ASCII letters only.
package strings

import (
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

var (
	pString = catalog.Param{Name: "string", Type: "string"}
	pValue  = catalog.Param{Name: "value", Type: "any"}
)

// Register adds the string, conversion and type-test builtins to c.
func Register(c *catalog.Catalog) {
	registerTypes(c)
	c.AddFunc(&catalog.Func{
		Name: "chr", Params: []catalog.Param{{Name: "number", Type: "number"}}, Returns: "string",
		Doc:  "Returns the one-byte string whose byte value is $number (0 to 255).",
		Impl: chr,
	})
	c.AddFunc(&catalog.Func{
		Name: "ord", Params: []catalog.Param{{Name: "character", Type: "string"}}, Returns: "number",
		Doc:  "Returns the value (0 to 255) of the first byte of the string, or 0 for an empty string.",
		Impl: ord,
	})
	c.AddFunc(&catalog.Func{
		Name: "str_repeat", Params: []catalog.Param{pString, {Name: "multiplier", Type: "number"}}, Returns: "string",
		Doc:  "Returns the string repeated $multiplier times, like the * operator.",
		Impl: repeat,
	})
	c.AddFunc(&catalog.Func{
		Name:    "str_replace",
		Params:  []catalog.Param{{Name: "search", Type: "string"}, {Name: "replace", Type: "string"}, {Name: "subject", Type: "string"}},
		Returns: "string",
		Doc:     "Replaces every occurrence of $search in $subject with $replace, left to right without overlaps. An empty $search changes nothing.",
		Impl:    replace,
	})
	c.AddFunc(&catalog.Func{
		Name:    "str_split",
		Params:  []catalog.Param{pString, {Name: "delimiter", Type: "string"}, {Name: "limit", Type: "number", Optional: true}},
		Returns: "array",
		Doc:     "Splits the string on $delimiter. A positive $limit gives at most that many parts, the last holding the rest; a negative one does the same from the right. An empty delimiter splits into bytes.",
		Impl:    split,
	})
	c.AddFunc(&catalog.Func{
		Name:    "str_find",
		Params:  []catalog.Param{pString, {Name: "substring", Type: "string"}, {Name: "offset", Type: "number", Optional: true}},
		Returns: "number",
		Doc:     "Returns the position of the first occurrence of $substring at or after $offset (negative counts from the end), or -1.",
		Impl:    find,
	})
	c.AddFunc(&catalog.Func{
		Name:    "str_rfind",
		Params:  []catalog.Param{pString, {Name: "substring", Type: "string"}, {Name: "offset", Type: "number", Optional: true}},
		Returns: "number",
		Doc:     "Returns the position of the last occurrence of $substring that starts no later than $offset bytes before the end, or -1.",
		Impl:    rfind,
	})
	c.AddFunc(&catalog.Func{
		Name: "str_lower", Params: []catalog.Param{pString}, Returns: "string",
		Doc:  "Returns the string with the ASCII letters A-Z lowercased; other bytes are unchanged.",
		Impl: func(a *catalog.Args) (value.Value, error) { return mapString(a, lower) },
	})
	c.AddFunc(&catalog.Func{
		Name: "str_upper", Params: []catalog.Param{pString}, Returns: "string",
		Doc:  "Returns the string with the ASCII letters a-z uppercased; other bytes are unchanged.",
		Impl: func(a *catalog.Args) (value.Value, error) { return mapString(a, upper) },
	})
	c.AddFunc(&catalog.Func{
		Name:    "str_slice",
		Params:  []catalog.Param{pString, {Name: "offset", Type: "number"}, {Name: "length", Type: "number", Optional: true}},
		Returns: "string",
		Doc:     "Returns the part of the string from $offset (negative counts from the end) of $length bytes (to the end when absent; a negative length leaves that many bytes off the end).",
		Impl:    slice,
	})
	stripDoc := "Returns the string with the bytes of $characters (default space, tab, CR and LF) removed from "
	pChars := catalog.Param{Name: "characters", Type: "string", Optional: true}
	c.AddFunc(&catalog.Func{
		Name: "str_strip", Params: []catalog.Param{pString, pChars}, Returns: "string",
		Doc:  stripDoc + "both ends.",
		Impl: func(a *catalog.Args) (value.Value, error) { return strip(a, true, true) },
	})
	c.AddFunc(&catalog.Func{
		Name: "str_lstrip", Params: []catalog.Param{pString, pChars}, Returns: "string",
		Doc:  stripDoc + "the start.",
		Impl: func(a *catalog.Args) (value.Value, error) { return strip(a, true, false) },
	})
	c.AddFunc(&catalog.Func{
		Name: "str_rstrip", Params: []catalog.Param{pString, pChars}, Returns: "string",
		Doc:  stripDoc + "the end.",
		Impl: func(a *catalog.Args) (value.Value, error) { return strip(a, false, true) },
	})
	c.AddFunc(&catalog.Func{
		Name:    "str_chunk",
		Params:  []catalog.Param{pString, {Name: "length", Type: "number"}, {Name: "firstlength", Type: "number", Optional: true}},
		Returns: "array",
		Doc:     "Cuts the string into a list of pieces of $length bytes (the last may be shorter); the first piece has $firstlength bytes when given.",
		Impl:    chunk,
	})

	// Legacy names.
	c.Alias("strlen", "length")
	c.Alias("count", "length")
	c.Alias("strpos", "str_find")
	c.Alias("strrpos", "str_rfind")
	c.Alias("substr", "str_slice")
	c.Alias("strtolower", "str_lower")
	c.Alias("strtoupper", "str_upper")
	c.Alias("trim", "str_strip")
	c.AddFunc(&catalog.Func{
		Name:    "explode",
		Params:  []catalog.Param{{Name: "delimiter", Type: "string"}, pString, {Name: "limit", Type: "number", Optional: true}},
		Returns: "array",
		Doc:     "Legacy form of str_split with the delimiter first.",
		Impl:    explode,
	})
}

func chr(a *catalog.Args) (value.Value, error) {
	n, err := a.Int(0)
	if err != nil {
		return value.None, err
	}
	if n < 0 || n > 255 {
		return value.None, a.Errorf(0, "must be from 0 to 255, not %d", n)
	}
	return value.String(string([]byte{byte(n)})), nil
}

func ord(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil || s == "" {
		return value.Number(0), err
	}
	return value.Number(float64(s[0])), nil
}

func repeat(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	n, err := a.Number(1)
	if err != nil {
		return value.None, err
	}
	r, err := value.Mul(value.String(s), value.Number(n))
	if err != nil {
		return value.None, a.Errorf(1, "%v", err)
	}
	return r, nil
}

func replace(a *catalog.Args) (value.Value, error) {
	search, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	repl, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	subject, err := a.String(2)
	if err != nil {
		return value.None, err
	}
	if search == "" {
		return value.String(subject), nil
	}
	return value.String(strings.ReplaceAll(subject, search, repl)), nil
}

// optInt returns optional integer argument i, or def when it is absent or none.
func optInt(a *catalog.Args, i, def int) (int, error) {
	if !a.Has(i) || a.Get(i).IsNone() {
		return def, nil
	}
	return a.Int(i)
}

func split(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	delim, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	limit, err := optInt(a, 2, 0)
	if err != nil {
		return value.None, err
	}
	return splitValue(s, delim, limit), nil
}

func explode(a *catalog.Args) (value.Value, error) {
	delim, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	s, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	limit, err := optInt(a, 2, 0)
	if err != nil {
		return value.None, err
	}
	return splitValue(s, delim, limit), nil
}

// splitValue splits s on delim (into bytes when delim is empty) into at most
// |limit| parts when limit is not 0, counting from the right when it is
// negative.
func splitValue(s, delim string, limit int) value.Value {
	var parts []string
	switch {
	case delim == "":
		parts = make([]string, 0, len(s))
		for i := 0; i < len(s); i++ {
			parts = append(parts, s[i:i+1])
		}
		if limit > 0 && len(parts) > limit {
			parts = append(parts[:limit-1], s[limit-1:])
		} else if limit < 0 && len(parts) > -limit {
			rest := len(s) + limit + 1
			parts = append([]string{s[:rest]}, parts[rest:]...)
		}
	case limit >= 0:
		n := -1
		if limit > 0 {
			n = limit
		}
		parts = strings.SplitN(s, delim, n)
	default:
		parts = splitRight(s, delim, -limit)
	}
	vals := make([]value.Value, len(parts))
	for i, p := range parts {
		vals[i] = value.String(p)
	}
	return value.ArrayValue(value.NewList(vals))
}

// splitRight splits s on delim into at most n parts, searching from the right,
// so that the first part holds the rest.
func splitRight(s, delim string, n int) []string {
	var rev []string
	for len(rev) < n-1 {
		i := strings.LastIndex(s, delim)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(delim):])
		s = s[:i]
	}
	parts := make([]string, 0, len(rev)+1)
	parts = append(parts, s)
	for i := len(rev) - 1; i >= 0; i-- {
		parts = append(parts, rev[i])
	}
	return parts
}

func find(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	sub, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	off, err := optInt(a, 2, 0)
	if err != nil {
		return value.None, err
	}
	if off < 0 {
		off = max(0, len(s)+off)
	}
	if off > len(s) {
		return value.Number(-1), nil
	}
	i := strings.Index(s[off:], sub)
	if i < 0 {
		return value.Number(-1), nil
	}
	return value.Number(float64(off + i)), nil
}

func rfind(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	sub, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	off, err := optInt(a, 2, 0)
	if err != nil {
		return value.None, err
	}
	last := len(s) - max(0, off) // the latest start allowed
	if last < 0 {
		return value.Number(-1), nil
	}
	end := min(len(s), last+len(sub))
	return value.Number(float64(strings.LastIndex(s[:end], sub))), nil
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

func mapString(a *catalog.Args, f func(byte) byte) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	for i := 0; i < len(s); i++ {
		if f(s[i]) != s[i] {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = f(b[j])
			}
			return value.String(string(b)), nil
		}
	}
	return value.String(s), nil
}

func slice(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	off, err := a.Int(1)
	if err != nil {
		return value.None, err
	}
	n := len(s)
	start := off
	if start < 0 {
		start = max(0, n+start)
	}
	if start > n {
		return value.String(""), nil
	}
	end := n
	if a.Has(2) && !a.Get(2).IsNone() {
		l, err := a.Int(2)
		if err != nil {
			return value.None, err
		}
		if l < 0 {
			end = n + l
		} else {
			end = min(n, start+l)
		}
	}
	if end <= start {
		return value.String(""), nil
	}
	return value.String(s[start:end]), nil
}

func strip(a *catalog.Args, left, right bool) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	chars := " \t\r\n"
	if a.Has(1) && !a.Get(1).IsNone() {
		if chars, err = a.String(1); err != nil {
			return value.None, err
		}
	}
	var set [256]bool
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	i, j := 0, len(s)
	if left {
		for i < j && set[s[i]] {
			i++
		}
	}
	if right {
		for j > i && set[s[j-1]] {
			j--
		}
	}
	return value.String(s[i:j]), nil
}

func chunk(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	size, err := a.Int(1)
	if err != nil {
		return value.None, err
	}
	if size < 1 {
		return value.None, a.Errorf(1, "must be at least 1, not %d", size)
	}
	first := size
	if a.Has(2) && !a.Get(2).IsNone() {
		if first, err = a.Int(2); err != nil {
			return value.None, err
		}
		if first < 1 {
			return value.None, a.Errorf(2, "must be at least 1, not %d", first)
		}
	}
	var vals []value.Value
	for n := first; len(s) > 0; n = size {
		n = min(n, len(s))
		vals = append(vals, value.String(s[:n]))
		s = s[n:]
	}
	return value.ArrayValue(value.NewList(vals)), nil
}
