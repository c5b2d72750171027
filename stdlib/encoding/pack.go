package encoding

import (
	"encoding/binary"
	"encoding/hex"
	"math"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

func registerPack(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name:    "pack",
		Params:  []catalog.Param{{Name: "format", Type: "string"}, {Name: "args", Type: "any", Variadic: true}},
		Returns: "string|none",
		Doc:     "Packs the arguments into a binary string by the format codes a Z H (strings), c C n N v V e E (numbers) and x (NUL byte), each with an optional count or *. Returns none on a bad format or argument.",
		Impl:    pack,
	})
	c.AddFunc(&catalog.Func{
		Name: "unpack",
		Params: []catalog.Param{{Name: "format", Type: "string"}, {Name: "data", Type: "string"},
			{Name: "offset", Type: "number", Optional: true}},
		Returns: "array|none",
		Doc:     "Reads values from a binary string, starting at $offset, by the format codes of pack(), and returns them as a list. Returns none when the format is bad or the data too short.",
		Impl:    unpack,
	})
}

// directive is one code of a pack format with its count: n >= 0, or -1 for *.
type directive struct {
	code byte
	n    int
}

// parseFormat splits a pack format into directives.
func parseFormat(f string) ([]directive, bool) {
	var ds []directive
	for i := 0; i < len(f); {
		d := directive{code: f[i], n: 1}
		if !strings.ContainsRune("aZHcCnNvVeEx", rune(d.code)) {
			return nil, false
		}
		i++
		switch {
		case i < len(f) && f[i] == '*':
			d.n = -1
			i++
		case i < len(f) && f[i] >= '0' && f[i] <= '9':
			d.n = 0
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				d.n = d.n*10 + int(f[i]-'0')
				if d.n > 1<<24 {
					return nil, false
				}
				i++
			}
		}
		ds = append(ds, d)
	}
	return ds, true
}

// numSize is the byte size of a number code, or 0 for other codes.
func numSize(c byte) int {
	switch c {
	case 'c', 'C':
		return 1
	case 'n', 'v':
		return 2
	case 'N', 'V':
		return 4
	case 'e', 'E':
		return 8
	}
	return 0
}

func putNumber(buf []byte, c byte, f float64) []byte {
	u := uint64(int64(f)) // two's complement wrap for negative values
	if f >= 1<<63 {
		u = uint64(f)
	}
	switch c {
	case 'c', 'C':
		return append(buf, byte(u))
	case 'n':
		return binary.BigEndian.AppendUint16(buf, uint16(u))
	case 'v':
		return binary.LittleEndian.AppendUint16(buf, uint16(u))
	case 'N':
		return binary.BigEndian.AppendUint32(buf, uint32(u))
	case 'V':
		return binary.LittleEndian.AppendUint32(buf, uint32(u))
	case 'e':
		return binary.LittleEndian.AppendUint64(buf, math.Float64bits(f))
	}
	return binary.BigEndian.AppendUint64(buf, math.Float64bits(f))
}

func pack(a *catalog.Args) (value.Value, error) {
	format, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	ds, ok := parseFormat(format)
	if !ok {
		return value.None, nil
	}
	args := a.Values[1:]
	next := func() (value.Value, bool) {
		if len(args) == 0 {
			return value.None, false
		}
		v := args[0]
		args = args[1:]
		return v, true
	}
	var buf []byte
	for _, d := range ds {
		switch d.code {
		case 'x':
			n := max(d.n, 0)
			buf = append(buf, make([]byte, n)...)
		case 'a', 'Z', 'H':
			v, ok := next()
			if !ok || v.Kind() != value.KindString {
				return value.None, nil
			}
			s := v.AsString()
			switch d.code {
			case 'a':
				buf = appendPadded(buf, s, d.n)
			case 'Z':
				if d.n < 0 {
					buf = append(append(buf, s...), 0)
				} else if d.n > 0 {
					buf = appendPadded(buf, s[:min(len(s), d.n-1)], d.n)
				}
			case 'H':
				if d.n >= 0 {
					s = s[:min(len(s), d.n)]
				}
				if len(s)%2 == 1 {
					s += "0"
				}
				b, err := hex.DecodeString(s)
				if err != nil {
					return value.None, nil
				}
				buf = append(buf, b...)
			}
		default:
			n := d.n
			if n < 0 {
				n = len(args)
			}
			for range n {
				v, ok := next()
				if !ok || (v.Kind() != value.KindNumber && v.Kind() != value.KindBool) {
					return value.None, nil
				}
				f := v.AsNumber()
				if math.IsNaN(f) && d.code != 'e' && d.code != 'E' {
					return value.None, nil
				}
				buf = putNumber(buf, d.code, f)
			}
		}
	}
	if len(args) > 0 {
		return value.None, nil
	}
	return value.String(string(buf)), nil
}

// appendPadded appends s cut or NUL-padded to n bytes (all of s when n < 0).
func appendPadded(buf []byte, s string, n int) []byte {
	if n < 0 {
		return append(buf, s...)
	}
	buf = append(buf, s[:min(len(s), n)]...)
	for i := len(s); i < n; i++ {
		buf = append(buf, 0)
	}
	return buf
}

func getNumber(b []byte, c byte) float64 {
	switch c {
	case 'c':
		return float64(int8(b[0]))
	case 'C':
		return float64(b[0])
	case 'n':
		return float64(binary.BigEndian.Uint16(b))
	case 'v':
		return float64(binary.LittleEndian.Uint16(b))
	case 'N':
		return float64(binary.BigEndian.Uint32(b))
	case 'V':
		return float64(binary.LittleEndian.Uint32(b))
	case 'e':
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	}
	return math.Float64frombits(binary.BigEndian.Uint64(b))
}

func unpack(a *catalog.Args) (value.Value, error) {
	format, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	data, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	off, err := optNumber(a, 2, 0)
	if err != nil {
		return value.None, err
	}
	ds, ok := parseFormat(format)
	if !ok || off < 0 || off > len(data) {
		return value.None, nil
	}
	b := []byte(data[off:])
	var out []value.Value
	for _, d := range ds {
		switch d.code {
		case 'x':
			n := d.n
			if n < 0 {
				n = len(b)
			}
			if n > len(b) {
				return value.None, nil
			}
			b = b[n:]
		case 'a', 'Z':
			n := d.n
			if n < 0 {
				n = len(b)
				if d.code == 'Z' {
					if z := indexZero(b); z >= 0 {
						n = z + 1
					}
				}
			}
			if n > len(b) {
				return value.None, nil
			}
			s := b[:n]
			if d.code == 'Z' {
				if z := indexZero(s); z >= 0 {
					s = s[:z]
				}
			}
			out = append(out, value.String(string(s)))
			b = b[n:]
		case 'H':
			n := d.n // nibbles
			if n < 0 {
				n = 2 * len(b)
			}
			nb := (n + 1) / 2
			if nb > len(b) {
				return value.None, nil
			}
			out = append(out, value.String(hex.EncodeToString(b[:nb])[:n]))
			b = b[nb:]
		default:
			size := numSize(d.code)
			n := d.n
			if n < 0 {
				n = len(b) / size
			}
			for range n {
				if size > len(b) {
					return value.None, nil
				}
				out = append(out, value.Number(getNumber(b[:size], d.code)))
				b = b[size:]
			}
		}
	}
	return value.ArrayValue(value.NewList(out)), nil
}

func indexZero(b []byte) int {
	for i, c := range b {
		if c == 0 {
			return i
		}
	}
	return -1
}
