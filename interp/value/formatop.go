package value

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxFormatSize bounds the width and precision of a format directive.
const maxFormatSize = 1 << 16

// FormatOperator implements the string format operator `fmt % [args]`. Each directive
// has the form
//
//	%[argument][[fill]align][width][.precision]type
//
// argument is "[n]", a 0-based position in args (iteration order, not keys); without it
// the directive takes the argument after the previous directive's (starting at 0). fill
// is "'" and one character (default space) and must be followed by an align: "<" left,
// ">" right, "^" centre (extra fill goes right), "=" fill between sign and digits.
// Strings and characters align left by default, numbers right; "=" applies to numbers
// only. width is a minimum length in bytes. precision is the maximum length for "s" and
// the number of decimals for "f" (default 6); other types ignore it. The types are
// "s" (the argument as ToString), "f" (fixed-point number), "x" (hexadecimal of the
// integer part), "b" (binary of the integer part) and "c" (the byte with the given code,
// 0 to 255). "%%" is a literal "%". A malformed directive, an unknown type, a missing
// argument or a non-number for f/x/b/c is an error.
func FormatOperator(format string, args *Array) (string, error) {
	var b strings.Builder
	nargs := 0
	if args != nil {
		nargs = args.Len()
	}
	next := 0
	for i := 0; i < len(format); {
		if format[i] != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				b.WriteString(format[i:])
				break
			}
			b.WriteString(format[i : i+j])
			i += j
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			b.WriteByte('%')
			i += 2
			continue
		}
		d, end, err := parseDirective(format, i, next)
		if err != nil {
			return "", err
		}
		next = d.arg + 1
		if d.arg >= nargs {
			return "", fmt.Errorf("format directive %q needs the argument at index %d, but the array has %d element(s)",
				format[i:end], d.arg, nargs)
		}
		_, v := args.Entry(d.arg)
		if err := d.render(&b, v); err != nil {
			return "", fmt.Errorf("format directive %q: %v", format[i:end], err)
		}
		i = end
	}
	return b.String(), nil
}

// directive is one parsed %-directive.
type directive struct {
	arg   int
	fill  string
	align byte // 0 for the default
	width int
	prec  int // -1 when absent
	typ   byte
}

// parseDirective parses the directive starting at format[start] == '%'. next is the
// implicit argument index. It returns the directive and the index after it.
func parseDirective(format string, start, next int) (directive, int, error) {
	d := directive{arg: next, fill: " ", prec: -1}
	i := start + 1
	bad := func(why string) (directive, int, error) {
		end := min(i+1, len(format))
		return d, end, fmt.Errorf("bad format directive %q: %s", format[start:end], why)
	}
	if i < len(format) && format[i] == '[' {
		i++
		n, j, ok := parseDigits(format, i)
		if !ok {
			return bad("expected an argument index after [")
		}
		i = j
		if i >= len(format) || format[i] != ']' {
			return bad("expected ] after the argument index")
		}
		i++
		d.arg = n
	}
	if i < len(format) && format[i] == '\'' {
		i++
		if i >= len(format) {
			return bad("expected a fill character after '")
		}
		_, size := utf8.DecodeRuneInString(format[i:])
		d.fill = format[i : i+size]
		i += size
		if i >= len(format) || !isAlign(format[i]) {
			return bad("a fill character must be followed by an alignment (<, >, ^ or =)")
		}
	}
	if i < len(format) && isAlign(format[i]) {
		d.align = format[i]
		i++
	}
	if n, j, ok := parseDigits(format, i); ok {
		d.width, i = n, j
	} else if j > i {
		i = j - 1
		return bad(fmt.Sprintf("width is too large (maximum %d)", maxFormatSize))
	}
	if i < len(format) && format[i] == '.' {
		i++
		n, j, ok := parseDigits(format, i)
		if !ok {
			if j > i {
				i = j - 1
				return bad(fmt.Sprintf("precision is too large (maximum %d)", maxFormatSize))
			}
			return bad("expected a precision after .")
		}
		d.prec, i = n, j
	}
	if i >= len(format) {
		return bad("missing type (s, f, x, b or c)")
	}
	switch format[i] {
	case 's', 'f', 'x', 'b', 'c':
		d.typ = format[i]
	default:
		return bad("unknown type (expected s, f, x, b or c)")
	}
	return d, i + 1, nil
}

func isAlign(c byte) bool {
	return c == '<' || c == '>' || c == '^' || c == '='
}

// parseDigits reads decimal digits at format[i:]. ok is false when there are none or the
// number exceeds maxFormatSize; j is the index after the digits.
func parseDigits(format string, i int) (n, j int, ok bool) {
	j = i
	for j < len(format) && format[j] >= '0' && format[j] <= '9' {
		if n <= maxFormatSize {
			n = n*10 + int(format[j]-'0')
		}
		j++
	}
	return n, j, j > i && n <= maxFormatSize
}

// render writes v formatted by d.
func (d directive) render(b *strings.Builder, v Value) error {
	if d.typ == 's' {
		s := v.ToString()
		if d.prec >= 0 && len(s) > d.prec {
			s = s[:d.prec]
		}
		d.pad(b, "", s, '<')
		return nil
	}
	if !v.isNumeric() {
		return fmt.Errorf("needs a number, found %s", v.kind)
	}
	f := v.AsNumber()
	switch d.typ {
	case 'c':
		t := math.Trunc(f)
		if !(t >= 0 && t <= 255) {
			return fmt.Errorf("needs a character code from 0 to 255, found %s", FormatNumber(f))
		}
		d.pad(b, "", string([]byte{byte(t)}), '<')
		return nil
	case 'f':
		if f == 0 {
			f = 0 // drop the sign of -0
		}
		prec := d.prec
		if prec < 0 {
			prec = 6
		}
		var s string
		switch {
		case math.IsNaN(f):
			s = "NaN"
		case math.IsInf(f, 0):
			s = "Inf"
		default:
			s = strconv.FormatFloat(math.Abs(f), 'f', prec, 64)
		}
		d.pad(b, sign(f), s, '>')
		return nil
	}
	t := math.Trunc(f)
	if math.IsNaN(t) || math.Abs(t) >= 1<<64 {
		return fmt.Errorf("needs an integer of less than 64 bits, found %s", FormatNumber(f))
	}
	base := 16
	if d.typ == 'b' {
		base = 2
	}
	d.pad(b, sign(t), strconv.FormatUint(uint64(math.Abs(t)), base), '>')
	return nil
}

func sign(f float64) string {
	if f < 0 {
		return "-"
	}
	return ""
}

// pad writes sign and body padded to the width with the alignment of d (or def).
func (d directive) pad(b *strings.Builder, sign, body string, def byte) {
	n := d.width - len(sign) - len(body)
	if n <= 0 {
		b.WriteString(sign)
		b.WriteString(body)
		return
	}
	align := d.align
	if align == 0 || (align == '=' && def == '<') {
		align = def
	}
	left, right := 0, 0
	switch align {
	case '<':
		right = n
	case '>':
		left = n
	case '^':
		left = n / 2
		right = n - left
	case '=':
		b.WriteString(sign)
		b.WriteString(strings.Repeat(d.fill, n))
		b.WriteString(body)
		return
	}
	b.WriteString(strings.Repeat(d.fill, left))
	b.WriteString(sign)
	b.WriteString(body)
	b.WriteString(strings.Repeat(d.fill, right))
}
