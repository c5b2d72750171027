package value

import (
	"math"
	"strconv"
	"strings"
)

// FormatNumber returns the HSL text of a number. Finite values with a magnitude from
// 1e-6 up to (not including) 1e21, and zero, print in positional notation with the
// fewest digits that read back as the same number, so integral values print as integers
// (3, 9007199254740994) and -0 prints 0. Other finite values use exponent form (1e+21,
// 1e-07). NaN prints NaN and the infinities Inf and -Inf.
func FormatNumber(f float64) string {
	if f == 0 {
		return "0"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return strconv.FormatInt(int64(f), 10)
	}
	var buf [32]byte
	return string(AppendNumber(buf[:0], f))
}

// AppendNumber appends the HSL text of a number (see FormatNumber) to dst.
func AppendNumber(dst []byte, f float64) []byte {
	switch {
	case f == 0:
		return append(dst, '0')
	case math.IsNaN(f):
		return append(dst, "NaN"...)
	case math.IsInf(f, 1):
		return append(dst, "Inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-Inf"...)
	case f == math.Trunc(f) && math.Abs(f) < 1<<63:
		return strconv.AppendInt(dst, int64(f), 10)
	}
	if a := math.Abs(f); a >= 1e-6 && a < 1e21 {
		return strconv.AppendFloat(dst, f, 'f', -1, 64)
	}
	return strconv.AppendFloat(dst, f, 'e', -1, 64)
}

// ToString converts v to a string the way string(), echo, interpolation and "%s" do:
// none gives "", booleans "true"/"false", numbers FormatNumber, arrays their dump
// ([0=>1,"k"=>"v"]), functions function<name> (function<anonymous> without a name),
// objects object<Class>, resources resource<Kind>.
func (v Value) ToString() string {
	switch v.kind {
	case KindNone:
		return ""
	case KindString:
		return v.AsString()
	case KindNumber:
		return FormatNumber(v.AsNumber())
	case KindBool:
		if v.n != 0 {
			return "true"
		}
		return "false"
	}
	var b strings.Builder
	v.appendRepr(&b)
	return b.String()
}

// Repr returns v as it appears inside an array dump: strings double-quoted with `"` and
// `\` escaped, none as none, everything else as ToString.
func (v Value) Repr() string {
	var b strings.Builder
	v.appendRepr(&b)
	return b.String()
}

func (v Value) appendRepr(b *strings.Builder) {
	switch v.kind {
	case KindNone:
		b.WriteString("none")
	case KindBool:
		if v.n != 0 {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case KindNumber:
		b.WriteString(FormatNumber(v.AsNumber()))
	case KindString:
		appendQuoted(b, v.AsString())
	case KindArray:
		a := v.AsArray()
		b.WriteByte('[')
		for i := 0; i < a.Len(); i++ {
			k, e := a.Entry(i)
			if i > 0 {
				b.WriteByte(',')
			}
			if k.str {
				appendQuoted(b, k.s)
			} else {
				b.WriteString(strconv.Itoa(int(k.i)))
			}
			b.WriteString("=>")
			e.appendRepr(b)
		}
		b.WriteByte(']')
	case KindFunction:
		name := v.AsFunction().FuncName()
		if name == "" {
			name = "anonymous"
		}
		b.WriteString("function<" + name + ">")
	case KindObject:
		b.WriteString("object<" + v.AsObject().ClassName() + ">")
	case KindResource:
		b.WriteString("resource<" + v.AsResource().ResourceKind() + ">")
	}
}

// appendQuoted writes s in double quotes, escaping `"` and `\` with a backslash.
func appendQuoted(b *strings.Builder, s string) {
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '"' || c == '\\' {
			b.WriteString(s[start:i])
			b.WriteByte('\\')
			b.WriteByte(c)
			start = i + 1
		}
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// ToNumber converts v the way the number() builtin does: numbers are themselves,
// booleans 1/0, strings are parsed (ParseNumber) and every other value is 0.
func ToNumber(v Value) float64 {
	switch v.kind {
	case KindNumber, KindBool:
		return v.AsNumber()
	case KindString:
		f, _ := ParseNumber(v.AsString())
		return f
	}
	return 0
}

// ParseNumber parses the text of a number as number() accepts it: optional surrounding
// ASCII whitespace, an optional sign, then either decimal digits with an optional
// fraction (".5" and "5." are not numbers) or 0x/0X and hexadecimal digits. It reports
// false, with 0, when s is not such a number. Decimals too large for a double give ±Inf.
func ParseNumber(s string) (float64, bool) {
	s = strings.Trim(s, " \t\n\r\v\f")
	body := s
	neg := false
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	if len(body) > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		var f float64
		for i := 2; i < len(body); i++ {
			d := hexDigit(body[i])
			if d < 0 {
				return 0, false
			}
			f = f*16 + float64(d)
		}
		if neg {
			f = -f
		}
		return f, true
	}
	digits, dot := 0, -1
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && dot < 0 && i > 0:
			dot = i
		default:
			return 0, false
		}
	}
	if digits == 0 || dot == len(body)-1 {
		return 0, false
	}
	f, err := strconv.ParseFloat(s[len(s)-len(body):], 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
