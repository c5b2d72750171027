package classes

import (
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

func TestIconv(t *testing.T) {
	tests := []struct {
		from, to, in string
		want         string // Repr
		errno        float64
	}{
		{"ISO-8859-1", "UTF-8", "caf\xe9", `"café"`, 0},
		{"UTF-8", "ISO-8859-1", "café", "\"caf\xe9\"", 0},
		{"utf-8", "latin1", "café", "\"caf\xe9\"", 0},
		{"windows-1252", "UTF-8", "\x80", `"€"`, 0},
		{"UTF-8", "ISO-8859-1", "€", "none", 84},
		{"UTF-8", "ISO-8859-1//TRANSLIT", "a€b", `"a?b"`, 0},
		{"UTF-8", "ISO-8859-1//IGNORE", "a€b", `"ab"`, 0},
		{"UTF-8", "US-ASCII", "añ", "none", 84},
		{"US-ASCII", "UTF-8", "a\xffb", "none", 84},
		{"UTF-8", "UTF-8", "a\xffb", "none", 84},
		{"UTF-8", "UTF-8//IGNORE", "a\xffb", `"ab"`, 0},
		{"UTF-8", "UTF-16BE", "A€", "\"\x00A\x20\xac\"", 0},
		{"UTF-8", "UTF-32BE", "A€", "\"\x00\x00\x00A\x00\x00\x20\xac\"", 0},
		{"UTF-8", "UTF-32LE", "A", "\"A\x00\x00\x00\"", 0},
		{"UTF-8", "UCS-4", "A", "\"\x00\x00\x00A\"", 0},
		{"UCS-4LE", "UTF-8", "\xac\x20\x00\x00", `"€"`, 0},
		{"UTF-32", "UTF-8", "\xff\xfe\x00\x00A\x00\x00\x00", `"A"`, 0},
		{"UTF-32", "UTF-8", "\x00\x00\x00A", `"A"`, 0},
		{"UTF-8", "UCS-2LE", "A€", "\"A\x00\xac\x20\"", 0},
		{"UCS-2BE", "UTF-8", "\x20\xac", `"€"`, 0},
		{"UCS-2BE", "UTF-8", "\xff\xfd", `"�"`, 0},
		{"Shift_JIS", "UTF-8", "\x93\xfa\x96\x7b", `"日本"`, 0},
		{"UTF-8", "ISO-8859-1", "", `""`, 0},
		{"KOI8-R", "UTF-8", "\xf0\xd2\xc9\xd7\xc5\xd4", `"Привет"`, 0},
	}
	for _, tc := range tests {
		ic := newObj(t, "Iconv", S(tc.from), S(tc.to))
		got := must(t, ic, "convert", S(tc.in))
		if got.Repr() != tc.want {
			t.Errorf("Iconv(%s, %s)->convert(%q) = %s, want %s", tc.from, tc.to, tc.in, got.Repr(), tc.want)
		}
		if e := must(t, ic, "errno"); e.AsNumber() != tc.errno {
			t.Errorf("Iconv(%s, %s)->errno() = %v, want %v", tc.from, tc.to, e.AsNumber(), tc.errno)
		}
	}
	ic := newObj(t, "Iconv", S("UTF-8"), S("ISO-8859-1"))
	must(t, ic, "close")
	if got := must(t, ic, "convert", S("a")); !got.IsNone() || must(t, ic, "errno").AsNumber() != 9 {
		t.Errorf("convert after close = %s", got.Repr())
	}
	for _, args := range [][]value.Value{A(S("NOPE"), S("UTF-8")), A(S("UTF-8"), S("bogus-set")), A(S("UTF-8"), S("UTF-8//WHAT")), A(N(1), S("UTF-8"))} {
		_, err := Invoke(&Env{}, cat.Class("Iconv").Constructor, value.None, args...)
		if err == nil || !strings.Contains(err.Error(), "Iconv()") {
			t.Errorf("Iconv(%v): error %v", args, err)
		}
	}
	if _, err := do(t, newObj(t, "Iconv", S("UTF-8"), S("UTF-8")), "convert", value.None); err == nil {
		t.Errorf("convert(none) accepted")
	}
}
