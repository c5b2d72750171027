package value

import (
	"math"
	"testing"
)

func TestFormatOperator(t *testing.T) {
	tests := []struct {
		format string
		args   []Value
		want   string
	}{
		// The examples of the reference.
		{"%s=%5.2f|%'*^7s|%x", []Value{str("pi"), num(3.14159), str("ab"), num(255)}, "pi= 3.14|**ab***|ff"},
		{"%[1]s-%[0]s-%s", []Value{str("a"), str("b"), str("c")}, "b-a-b"},
		// Literal text and %%.
		{"plain text", nil, "plain text"},
		{"", nil, ""},
		{"100%%", nil, "100%"},
		{"%%s", nil, "%s"},
		{"%%%s%%", []Value{str("x")}, "%x%"},
		// Argument selection.
		{"%s %s %s", []Value{num(1), num(2), num(3)}, "1 2 3"},
		{"%[0]s%[0]s", []Value{str("a")}, "aa"},
		{"%s%[0]s%s", []Value{str("a"), str("b")}, "aab"},
		{"%[2]s", []Value{str("a"), str("b"), str("c")}, "c"},
		{"extra args ignored: %s", []Value{str("a"), str("b")}, "extra args ignored: a"},
		// Fill and alignment.
		{"%6s|", []Value{str("ab")}, "ab    |"},
		{"%>6s|", []Value{str("ab")}, "    ab|"},
		{"%'-<6s|", []Value{str("ab")}, "ab----|"},
		{"%'->6s|", []Value{str("ab")}, "----ab|"},
		{"%'-^6s|", []Value{str("ab")}, "--ab--|"},
		{"%'-^5s|", []Value{str("ab")}, "-ab--|"},
		{"%=6s|", []Value{str("ab")}, "ab    |"},
		{"%'é^5s", []Value{str("a")}, "ééaéé"},
		{"%'5>4s", []Value{str("a")}, "555a"},
		{"%''>3s", []Value{str("a")}, "''a"},
		{"%'%>3s", []Value{str("a")}, "%%a"},
		{"%2s", []Value{str("abcdef")}, "abcdef"},
		{"%0s|", []Value{str("ab")}, "ab|"},
		// Precision of strings.
		{"%.3s", []Value{str("abcdef")}, "abc"},
		{"%5.2s|", []Value{str("abc")}, "ab   |"},
		{"%.0s|", []Value{str("abc")}, "|"},
		{"%.10s", []Value{str("abc")}, "abc"},
		// %s of every type.
		{"%s|%s|%s|%s", []Value{None, Bool(true), num(2.5), listV(num(1), str("x"))}, `|true|2.5|[0=>1,1=>"x"]`},
		{"%s %s", []Value{FunctionValue(&testFunc{"f"}), ObjectValue(&testObj{"C"})}, "function<f> object<C>"},
		// Numbers.
		{"%f", []Value{num(1.5)}, "1.500000"},
		{"%.0f", []Value{num(2.5)}, "2"},
		{"%.0f", []Value{num(3.5)}, "4"},
		{"%.2f", []Value{num(math.Copysign(0, -1))}, "0.00"},
		{"%.2f", []Value{num(-1.005)}, "-1.00"},
		{"%f", []Value{Bool(true)}, "1.000000"},
		{"%6.1f", []Value{num(3.14159)}, "   3.1"},
		{"%<6.1f|", []Value{num(3.14159)}, "3.1   |"},
		{"%^7.1f|", []Value{num(3.14159)}, "  3.1  |"},
		{"%'0=8.2f", []Value{num(-3.14159)}, "-0003.14"},
		{"%'0=8.2f", []Value{num(3.14159)}, "00003.14"},
		{"%'0>8.2f", []Value{num(-3.14159)}, "000-3.14"},
		{"%.1f %.1f %.1f", []Value{num(math.NaN()), num(math.Inf(1)), num(math.Inf(-1))}, "NaN Inf -Inf"},
		{"%6f", []Value{num(math.Inf(-1))}, "  -Inf"},
		{"%.3f", []Value{num(1e21)}, "1000000000000000000000.000"},
		// Hexadecimal, binary, character.
		{"%x", []Value{num(255)}, "ff"},
		{"%x", []Value{num(-255)}, "-ff"},
		{"%x", []Value{num(255.9)}, "ff"},
		{"%x", []Value{num(0)}, "0"},
		{"%x", []Value{num(1 << 53)}, "20000000000000"},
		{"%x", []Value{num(1e19)}, "8ac7230489e80000"},
		{"%'0=6x", []Value{num(-255)}, "-000ff"},
		{"%4x", []Value{num(10)}, "   a"},
		{"%<4x|", []Value{num(10)}, "a   |"},
		{"%.3x", []Value{num(255)}, "ff"},
		{"%b", []Value{num(5)}, "101"},
		{"%b", []Value{num(-5)}, "-101"},
		{"%'0>8b", []Value{num(5)}, "00000101"},
		{"%08b", []Value{num(5)}, "     101"},
		{"%c", []Value{num(65)}, "A"},
		{"%c", []Value{num(0)}, "\x00"},
		{"%c", []Value{num(255)}, "\xff"},
		{"%3c|", []Value{num(66)}, "B  |"},
		{"%>3c", []Value{num(66)}, "  B"},
		{"%=3c|", []Value{num(66)}, "B  |"},
		{"%.5c", []Value{num(67)}, "C"},
	}
	for _, tt := range tests {
		got, err := FormatOperator(tt.format, list(tt.args...))
		if err != nil || got != tt.want {
			t.Errorf("%q %% %v = %q, %v; want %q", tt.format, listV(tt.args...).Repr(), got, err, tt.want)
		}
	}
	// Keys of the argument array do not matter, positions do.
	keyed := dict(t, str("x"), str("first"), num(5), str("second"))
	if got, err := FormatOperator("%s %s", keyed); err != nil || got != "first second" {
		t.Errorf("keyed arguments: %q, %v", got, err)
	}
}

func TestFormatOperatorErrors(t *testing.T) {
	tests := []struct {
		format string
		args   []Value
		want   string
	}{
		{"%", nil, `bad format directive "%": missing type (s, f, x, b or c)`},
		{"abc %", nil, `bad format directive "%": missing type (s, f, x, b or c)`},
		{"%5", nil, `bad format directive "%5": missing type (s, f, x, b or c)`},
		{"%q", []Value{num(1)}, `bad format directive "%q": unknown type (expected s, f, x, b or c)`},
		{"%d", []Value{num(1)}, `bad format directive "%d": unknown type (expected s, f, x, b or c)`},
		{"%-5s", []Value{num(1)}, `bad format directive "%-": unknown type (expected s, f, x, b or c)`},
		{"%[", nil, `bad format directive "%[": expected an argument index after [`},
		{"%[x]s", nil, `bad format directive "%[x": expected an argument index after [`},
		{"%[1s", nil, `bad format directive "%[1s": expected ] after the argument index`},
		{"%'", nil, `bad format directive "%'": expected a fill character after '`},
		{"%'*5s", nil, `bad format directive "%'*5": a fill character must be followed by an alignment (<, >, ^ or =)`},
		{"%'*", nil, `bad format directive "%'*": a fill character must be followed by an alignment (<, >, ^ or =)`},
		{"%5.s", nil, `bad format directive "%5.s": expected a precision after .`},
		{"%99999999s", nil, `bad format directive "%99999999": width is too large (maximum 65536)`},
		{"%.99999999f", nil, `bad format directive "%.99999999": precision is too large (maximum 65536)`},
		{"%s", nil, `format directive "%s" needs the argument at index 0, but the array has 0 element(s)`},
		{"%s %s", []Value{str("a")}, `format directive "%s" needs the argument at index 1, but the array has 1 element(s)`},
		{"%[5]s", []Value{str("a")}, `format directive "%[5]s" needs the argument at index 5, but the array has 1 element(s)`},
		{"%f", []Value{str("1.5")}, `format directive "%f": needs a number, found string`},
		{"%x", []Value{None}, `format directive "%x": needs a number, found none`},
		{"%b", []Value{listV()}, `format directive "%b": needs a number, found array`},
		{"%c", []Value{str("A")}, `format directive "%c": needs a number, found string`},
		{"%c", []Value{num(256)}, `format directive "%c": needs a character code from 0 to 255, found 256`},
		{"%c", []Value{num(-1)}, `format directive "%c": needs a character code from 0 to 255, found -1`},
		{"%c", []Value{num(math.NaN())}, `format directive "%c": needs a character code from 0 to 255, found NaN`},
		{"%x", []Value{num(1 << 64)}, `format directive "%x": needs an integer of less than 64 bits, found 18446744073709552000`},
		{"%x", []Value{num(math.Inf(1))}, `format directive "%x": needs an integer of less than 64 bits, found Inf`},
		{"%b", []Value{num(math.NaN())}, `format directive "%b": needs an integer of less than 64 bits, found NaN`},
	}
	for _, tt := range tests {
		got, err := FormatOperator(tt.format, list(tt.args...))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: got %q, %v; want error %q", tt.format, got, err, tt.want)
		}
	}
	if _, err := FormatOperator("%s", nil); err == nil {
		t.Error("nil argument array: no error")
	}
}
