package encoding

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// MaxDepth bounds the nesting of arrays and objects in JSON and YAML input.
const MaxDepth = 1000

func registerJSON(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name:   "json_encode",
		Params: []catalog.Param{{Name: "value", Type: "any"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{
			{Name: "ensure_ascii", Type: "boolean", Doc: "Write non-ASCII characters as \\u escapes (default true)."},
			{Name: "pretty_print", Type: "boolean", Doc: "Put each element on its own line, indented by four spaces (default false)."},
		},
		Returns: "string|none",
		Doc:     "Encodes the value as JSON: arrays with the keys 0..n-1 in order become JSON arrays, other arrays objects. Returns none for values JSON cannot hold (functions, objects, NaN, invalid UTF-8).",
		Impl:    jsonEncode,
	})
	c.AddFunc(&catalog.Func{
		Name:    "json_decode",
		Params:  []catalog.Param{{Name: "string", Type: "string"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{{Name: "allow_comments", Type: "boolean", Doc: "Accept // and /* */ comments (default false)."}},
		Returns: "any|none",
		Doc:     "Decodes JSON text: objects become keyed arrays, arrays lists and null none. Returns none when the text is not valid JSON.",
		Impl:    jsonDecode,
	})
}

func jsonEncode(a *catalog.Args) (value.Value, error) {
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	e := jsonEncoder{
		ascii:  catalog.OptionValue(opts, "ensure_ascii", value.Bool(true)).Truthy(),
		pretty: catalog.OptionValue(opts, "pretty_print", value.Bool(false)).Truthy(),
	}
	if err := e.encode(a.Get(0), 0); err != nil {
		return value.None, nil
	}
	return value.String(string(e.buf)), nil
}

type jsonEncoder struct {
	buf           []byte
	ascii, pretty bool
}

var errJSON = errors.New("not representable in JSON")

func (e *jsonEncoder) newline(depth int) {
	if e.pretty {
		e.buf = append(e.buf, '\n')
		for range depth {
			e.buf = append(e.buf, "    "...)
		}
	}
}

func (e *jsonEncoder) encode(v value.Value, depth int) error {
	if depth > MaxDepth {
		return errJSON
	}
	switch v.Kind() {
	case value.KindNone:
		e.buf = append(e.buf, "null"...)
	case value.KindBool:
		e.buf = strconv.AppendBool(e.buf, v.AsBool())
	case value.KindNumber:
		f := v.AsNumber()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return errJSON
		}
		e.buf = append(e.buf, value.FormatNumber(f)...)
	case value.KindString:
		return e.str(v.AsString())
	case value.KindArray:
		arr := v.AsArray()
		list := arr.IsList()
		open, end := byte('{'), byte('}')
		if list {
			open, end = '[', ']'
		}
		e.buf = append(e.buf, open)
		for i := 0; i < arr.Len(); i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(depth + 1)
			k, x := arr.Entry(i)
			if !list {
				if k.IsString() {
					if err := e.str(k.Str()); err != nil {
						return err
					}
				} else {
					e.buf = append(e.buf, '"')
					e.buf = strconv.AppendInt(e.buf, int64(k.Int()), 10)
					e.buf = append(e.buf, '"')
				}
				e.buf = append(e.buf, ':')
				if e.pretty {
					e.buf = append(e.buf, ' ')
				}
			}
			if err := e.encode(x, depth+1); err != nil {
				return err
			}
		}
		if arr.Len() > 0 {
			e.newline(depth)
		}
		e.buf = append(e.buf, end)
	default:
		return errJSON
	}
	return nil
}

const hexLower = "0123456789abcdef"

func (e *jsonEncoder) u4(r rune) {
	e.buf = append(e.buf, '\\', 'u', hexLower[r>>12&15], hexLower[r>>8&15], hexLower[r>>4&15], hexLower[r&15])
}

func (e *jsonEncoder) str(s string) error {
	e.buf = append(e.buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' {
			j := i + 1
			for j < len(s) && s[j] >= 0x20 && s[j] < utf8.RuneSelf && s[j] != '"' && s[j] != '\\' {
				j++
			}
			e.buf = append(e.buf, s[i:j]...)
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				e.buf = append(e.buf, '\\', c)
			case c == '\n':
				e.buf = append(e.buf, '\\', 'n')
			case c == '\r':
				e.buf = append(e.buf, '\\', 'r')
			case c == '\t':
				e.buf = append(e.buf, '\\', 't')
			case c == '\b':
				e.buf = append(e.buf, '\\', 'b')
			case c == '\f':
				e.buf = append(e.buf, '\\', 'f')
			case c < 0x20:
				e.u4(rune(c))
			default:
				e.buf = append(e.buf, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return errJSON
		}
		switch {
		case !e.ascii:
			e.buf = append(e.buf, s[i:i+n]...)
		case r > 0xffff:
			hi, lo := utf16.EncodeRune(r)
			e.u4(hi)
			e.u4(lo)
		default:
			e.u4(r)
		}
		i += n
	}
	e.buf = append(e.buf, '"')
	return nil
}

func jsonDecode(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	d := jsonDecoder{s: s, comments: catalog.OptionValue(opts, "allow_comments", value.Bool(false)).Truthy()}
	v, err := d.document()
	if err != nil {
		return value.None, nil
	}
	return v, nil
}

// jsonDecoder parses JSON text (RFC 8259) into HSL values.
type jsonDecoder struct {
	s        string
	i        int
	comments bool
}

func (d *jsonDecoder) fail(what string) error {
	return fmt.Errorf("invalid JSON at byte %d: %s", d.i, what)
}

func (d *jsonDecoder) document() (value.Value, error) {
	v, err := d.value(0)
	if err != nil {
		return value.None, err
	}
	if err := d.space(); err != nil {
		return value.None, err
	}
	if d.i != len(d.s) {
		return value.None, d.fail("trailing data")
	}
	return v, nil
}

// space skips whitespace and, when allowed, comments.
func (d *jsonDecoder) space() error {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		case '/':
			if !d.comments || d.i+1 >= len(d.s) {
				return nil
			}
			switch d.s[d.i+1] {
			case '/':
				for d.i < len(d.s) && d.s[d.i] != '\n' {
					d.i++
				}
			case '*':
				end := indexFrom(d.s, "*/", d.i+2)
				if end < 0 {
					return d.fail("unterminated comment")
				}
				d.i = end + 2
			default:
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

func indexFrom(s, sub string, from int) int {
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

func (d *jsonDecoder) literal(word string, v value.Value) (value.Value, error) {
	if len(d.s)-d.i >= len(word) && d.s[d.i:d.i+len(word)] == word {
		d.i += len(word)
		return v, nil
	}
	return value.None, d.fail("unexpected character")
}

func (d *jsonDecoder) value(depth int) (value.Value, error) {
	if depth > MaxDepth {
		return value.None, d.fail("too deeply nested")
	}
	if err := d.space(); err != nil {
		return value.None, err
	}
	if d.i >= len(d.s) {
		return value.None, d.fail("unexpected end")
	}
	switch c := d.s[d.i]; {
	case c == '{':
		return d.object(depth)
	case c == '[':
		return d.array(depth)
	case c == '"':
		s, err := d.str()
		return value.String(s), err
	case c == 't':
		return d.literal("true", value.Bool(true))
	case c == 'f':
		return d.literal("false", value.Bool(false))
	case c == 'n':
		return d.literal("null", value.None)
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	}
	return value.None, d.fail("unexpected character")
}

func (d *jsonDecoder) digits() int {
	start := d.i
	for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
		d.i++
	}
	return d.i - start
}

func (d *jsonDecoder) number() (value.Value, error) {
	start := d.i
	if d.s[d.i] == '-' {
		d.i++
	}
	if d.i < len(d.s) && d.s[d.i] == '0' {
		d.i++
	} else if d.digits() == 0 {
		return value.None, d.fail("bad number")
	}
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
		if d.digits() == 0 {
			return value.None, d.fail("bad number")
		}
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		d.i++
		if d.i < len(d.s) && (d.s[d.i] == '+' || d.s[d.i] == '-') {
			d.i++
		}
		if d.digits() == 0 {
			return value.None, d.fail("bad number")
		}
	}
	f, err := strconv.ParseFloat(d.s[start:d.i], 64)
	if err != nil && !math.IsInf(f, 0) {
		return value.None, d.fail("bad number")
	}
	return value.Number(f), nil
}

func (d *jsonDecoder) hex4() (rune, bool) {
	if d.i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(d.s[d.i : d.i+4]) {
		h := unhex(c)
		if h < 0 {
			return 0, false
		}
		r = r<<4 | rune(h)
	}
	d.i += 4
	return r, true
}

// str parses a string starting at its opening quote.
func (d *jsonDecoder) str() (string, error) {
	d.i++
	start := d.i
	for d.i < len(d.s) {
		c := d.s[d.i]
		if c == '"' {
			s := d.s[start:d.i]
			d.i++
			return s, nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
		d.i++
	}
	buf := []byte(d.s[start:d.i])
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return string(buf), nil
		case c < 0x20:
			return "", d.fail("control character in string")
		case c != '\\':
			buf = append(buf, c)
			d.i++
			continue
		}
		d.i++
		if d.i >= len(d.s) {
			break
		}
		e := d.s[d.i]
		d.i++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return "", d.fail("bad \\u escape")
			}
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if r < 0xdc00 && d.i+1 < len(d.s) && d.s[d.i] == '\\' && d.s[d.i+1] == 'u' {
					save := d.i
					d.i += 2
					lo, ok := d.hex4()
					if r2 = utf16.DecodeRune(r, lo); !ok || r2 == utf8.RuneError {
						d.i, r2 = save, utf8.RuneError
					}
				}
				r = r2
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return "", d.fail("bad escape")
		}
	}
	return "", d.fail("unterminated string")
}

func (d *jsonDecoder) array(depth int) (value.Value, error) {
	d.i++
	var vals []value.Value
	if err := d.space(); err != nil {
		return value.None, err
	}
	if d.i < len(d.s) && d.s[d.i] == ']' {
		d.i++
		return value.ArrayValue(value.NewArray(0)), nil
	}
	for {
		v, err := d.value(depth + 1)
		if err != nil {
			return value.None, err
		}
		vals = append(vals, v)
		if err := d.space(); err != nil {
			return value.None, err
		}
		if d.i >= len(d.s) {
			return value.None, d.fail("unterminated array")
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case ']':
			d.i++
			return value.ArrayValue(value.NewList(vals)), nil
		default:
			return value.None, d.fail("expected , or ]")
		}
	}
}

func (d *jsonDecoder) object(depth int) (value.Value, error) {
	d.i++
	out := value.NewArray(0)
	if err := d.space(); err != nil {
		return value.None, err
	}
	if d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return value.ArrayValue(out), nil
	}
	for {
		if err := d.space(); err != nil {
			return value.None, err
		}
		if d.i >= len(d.s) || d.s[d.i] != '"' {
			return value.None, d.fail("expected a key")
		}
		ks, err := d.str()
		if err != nil {
			return value.None, err
		}
		if err := d.space(); err != nil {
			return value.None, err
		}
		if d.i >= len(d.s) || d.s[d.i] != ':' {
			return value.None, d.fail("expected :")
		}
		d.i++
		v, err := d.value(depth + 1)
		if err != nil {
			return value.None, err
		}
		k, _ := value.NormalizeKey(value.String(ks)) // strings are always valid keys
		out.Set(k, v)
		if err := d.space(); err != nil {
			return value.None, err
		}
		if d.i >= len(d.s) {
			return value.None, d.fail("unterminated object")
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case '}':
			d.i++
			return value.ArrayValue(out), nil
		default:
			return value.None, d.fail("expected , or }")
		}
	}
}
