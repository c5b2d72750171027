package strings

import (
	"math"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

type obj struct{}

func (obj) ClassName() string { return "X" }

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "length", "string", "number", "boolean", "is_array", "is_boolean", "is_function",
		"is_number", "is_object", "is_string", "chr", "ord", "str_repeat", "str_replace", "str_split", "str_find",
		"str_rfind", "str_lower", "str_upper", "str_slice", "str_strip", "str_lstrip", "str_rstrip", "str_chunk",
		"strlen", "count", "strpos", "strrpos", "substr", "strtolower", "strtoupper", "trim", "explode")
}

func TestLengthConversions(t *testing.T) {
	Run(t, cat, "length", []Case{
		{Args: A(S("abc")), Want: "3"},
		{Name: "bytes", Args: A(S("åäö")), Want: "6"},
		{Args: A(S("")), Want: "0"},
		{Args: A(L(N(1), N(2))), Want: "2"},
		{Args: A(M(S("a"), N(1))), Want: "1"},
		{Args: A(N(5)), Want: "none"},
		{Args: A(value.None), Want: "none"},
	})
	Run(t, cat, "count", []Case{{Args: A(L(N(1))), Want: "1"}})
	Run(t, cat, "strlen", []Case{{Args: A(S("\x00\xff")), Want: "2"}})
	Run(t, cat, "string", []Case{
		{Args: A(N(1.5)), Want: `"1.5"`},
		{Args: A(value.None), Want: `""`},
		{Args: A(B(true)), Want: `"true"`},
		{Args: A(M(S("a"), N(1))), Want: `"[\"a\"=>1]"`},
		{Args: A(value.ObjectValue(obj{})), Want: `"object<X>"`},
	})
	Run(t, cat, "number", []Case{
		{Args: A(S(" 42 ")), Want: "42"},
		{Args: A(S("0x1F")), Want: "31"},
		{Args: A(S("-1.5")), Want: "-1.5"},
		{Args: A(S("abc")), Want: "0"},
		{Args: A(S("1e3")), Want: "0"},
		{Args: A(B(true)), Want: "1"},
		{Args: A(L(N(1))), Want: "0"},
		{Args: A(value.None), Want: "0"},
	})
	Run(t, cat, "boolean", []Case{
		{Args: A(S("")), Want: "false"},
		{Args: A(S("0")), Want: "true"},
		{Args: A(N(0)), Want: "false"},
		{Args: A(N(math.NaN())), Want: "true"},
		{Args: A(L()), Want: "false"},
		{Args: A(value.None), Want: "false"},
	})
}

func TestTypeTests(t *testing.T) {
	fn := Fn(nil)
	vals := []value.Value{value.None, B(true), N(1), S("s"), L(), fn, value.ObjectValue(obj{})}
	names := []string{"", "is_boolean", "is_number", "is_string", "is_array", "is_function", "is_object"}
	for i, name := range names {
		if name == "" {
			continue
		}
		for j, v := range vals {
			got, err := Call(cat, name, v)
			if err != nil {
				t.Fatal(err)
			}
			if got.AsBool() != (i == j) {
				t.Errorf("%s(%s) = %v", name, v.Repr(), got.Repr())
			}
		}
	}
}

func TestChrOrd(t *testing.T) {
	Run(t, cat, "chr", []Case{
		{Args: A(N(65)), Want: `"A"`},
		{Args: A(N(0)), Want: "\"\x00\""},
		{Args: A(N(255)), Want: "\"\xff\""},
		{Args: A(N(256)), Err: "chr(): argument 1 ($number) must be from 0 to 255, not 256"},
		{Args: A(N(-1)), Err: "must be from 0 to 255"},
		{Args: A(N(1.5)), Err: "must be an integer"},
		{Args: A(S("A")), Err: "must be a number, not string"},
	})
	Run(t, cat, "ord", []Case{
		{Args: A(S("A")), Want: "65"},
		{Args: A(S("ABC")), Want: "65"},
		{Args: A(S("\xff")), Want: "255"},
		{Args: A(S("")), Want: "0"},
		{Args: A(N(65)), Err: "must be a string"},
	})
}

func TestRepeatReplace(t *testing.T) {
	Run(t, cat, "str_repeat", []Case{
		{Args: A(S("ab"), N(3)), Want: `"ababab"`},
		{Args: A(S("ab"), N(0)), Want: `""`},
		{Args: A(S(""), N(5)), Want: `""`},
		{Args: A(S("ab"), N(-1)), Err: "str_repeat(): argument 2 ($multiplier)"},
		{Args: A(S("ab"), N(1e15)), Err: "($multiplier)"},
		{Args: A(N(1), N(2)), Err: "must be a string"},
	})
	Run(t, cat, "str_replace", []Case{
		{Args: A(S("a"), S("b"), S("banana")), Want: `"bbnbnb"`},
		{Name: "no overlap", Args: A(S("aa"), S("x"), S("aaaaa")), Want: `"xxa"`},
		{Name: "empty search", Args: A(S(""), S("x"), S("abc")), Want: `"abc"`},
		{Name: "delete", Args: A(S("-"), S(""), S("a-b-c")), Want: `"abc"`},
		{Name: "binary", Args: A(S("\xff"), S("\x00"), S("a\xffb")), Want: "\"a\x00b\""},
		{Args: A(S("a"), N(1), S("a")), Err: "($replace) must be a string"},
	})
}

func TestSplit(t *testing.T) {
	cases := []Case{
		{Args: A(S("a b c"), S(" ")), Want: `[0=>"a",1=>"b",2=>"c"]`},
		{Name: "limit", Args: A(S("a b c"), S(" "), N(2)), Want: `[0=>"a",1=>"b c"]`},
		{Name: "negative limit", Args: A(S("a b c"), S(" "), N(-2)), Want: `[0=>"a b",1=>"c"]`},
		{Name: "limit 1", Args: A(S("a b c"), S(" "), N(1)), Want: `[0=>"a b c"]`},
		{Name: "limit -1", Args: A(S("a b c"), S(" "), N(-1)), Want: `[0=>"a b c"]`},
		{Name: "big limit", Args: A(S("a,b"), S(","), N(-10)), Want: `[0=>"a",1=>"b"]`},
		{Name: "multi-byte delimiter", Args: A(S("a::b::"), S("::")), Want: `[0=>"a",1=>"b",2=>""]`},
		{Name: "empty", Args: A(S(""), S(",")), Want: `[0=>""]`},
		{Name: "no delimiter", Args: A(S("abc"), S(",")), Want: `[0=>"abc"]`},
		{Name: "bytes", Args: A(S("ab\xff"), S("")), Want: "[0=>\"a\",1=>\"b\",2=>\"\xff\"]"},
		{Name: "bytes limit", Args: A(S("abcd"), S(""), N(2)), Want: `[0=>"a",1=>"bcd"]`},
		{Name: "bytes negative limit", Args: A(S("abcd"), S(""), N(-2)), Want: `[0=>"abc",1=>"d"]`},
		{Name: "empty bytes", Args: A(S(""), S("")), Want: `[]`},
		{Args: A(S("a"), S(","), N(0.5)), Err: "($limit) must be an integer"},
		{Args: A(S("a"), N(1)), Err: "($delimiter) must be a string"},
	}
	Run(t, cat, "str_split", cases)
	Run(t, cat, "explode", []Case{{Args: A(S(","), S("a,b,c"), N(2)), Want: `[0=>"a",1=>"b,c"]`}})
}

func TestFind(t *testing.T) {
	Run(t, cat, "str_find", []Case{
		{Args: A(S("hello world"), S("o")), Want: "4"},
		{Args: A(S("hello world"), S("o"), N(5)), Want: "7"},
		{Args: A(S("hello world"), S("x")), Want: "-1"},
		{Name: "negative offset", Args: A(S("abcabc"), S("a"), N(-3)), Want: "3"},
		{Name: "offset past end", Args: A(S("abc"), S("a"), N(10)), Want: "-1"},
		{Name: "empty needle", Args: A(S("abc"), S(""), N(1)), Want: "1"},
		{Name: "empty both", Args: A(S(""), S("")), Want: "0"},
		{Name: "binary", Args: A(S("a\x00\xffb"), S("\xff")), Want: "2"},
		{Args: A(S("a"), S("a"), S("1")), Err: "($offset) must be a number"},
	})
	Run(t, cat, "strpos", []Case{{Args: A(S("abc"), S("c")), Want: "2"}})
	Run(t, cat, "str_rfind", []Case{
		{Args: A(S("abcabc"), S("bc")), Want: "4"},
		{Name: "offset from end", Args: A(S("abcabc"), S("bc"), N(2)), Want: "4"},
		{Args: A(S("abcabc"), S("bc"), N(3)), Want: "1"},
		{Args: A(S("abcabc"), S("bc"), N(5)), Want: "1"},
		{Args: A(S("abcabc"), S("bc"), N(6)), Want: "-1"},
		{Args: A(S("abcabc"), S("x")), Want: "-1"},
		{Name: "offset too big", Args: A(S("abc"), S("a"), N(10)), Want: "-1"},
		{Name: "negative offset", Args: A(S("abc"), S("c"), N(-1)), Want: "2"},
		{Name: "empty needle", Args: A(S("abc"), S("")), Want: "3"},
	})
}

func TestCaseSlice(t *testing.T) {
	Run(t, cat, "str_lower", []Case{
		{Args: A(S("HeLLo ÅÄÖ")), Want: `"hello ÅÄÖ"`},
		{Args: A(S("")), Want: `""`},
		{Args: A(S("\xc3\x85\xff")), Want: "\"\xc3\x85\xff\""},
	})
	Run(t, cat, "str_upper", []Case{{Args: A(S("abc-åz")), Want: `"ABC-åZ"`}})
	Run(t, cat, "strtoupper", []Case{{Args: A(S("a")), Want: `"A"`}})
	Run(t, cat, "str_slice", []Case{
		{Args: A(S("abcdef"), N(2)), Want: `"cdef"`},
		{Args: A(S("abcdef"), N(2), N(3)), Want: `"cde"`},
		{Name: "negative offset", Args: A(S("abcdef"), N(-2)), Want: `"ef"`},
		{Name: "negative length", Args: A(S("abcdef"), N(1), N(-2)), Want: `"bcd"`},
		{Name: "offset past end", Args: A(S("abc"), N(5)), Want: `""`},
		{Name: "offset before start", Args: A(S("abc"), N(-10), N(2)), Want: `"ab"`},
		{Name: "length past end", Args: A(S("abc"), N(1), N(100)), Want: `"bc"`},
		{Name: "empty range", Args: A(S("abc"), N(2), N(-2)), Want: `""`},
		{Name: "huge", Args: A(S("abc"), N(1<<53), N(1<<53)), Want: `""`},
		{Args: A(S("abc"), S("1")), Err: "($offset) must be a number"},
	})
	Run(t, cat, "substr", []Case{{Args: A(S("abc"), N(1), N(1)), Want: `"b"`}})
}

func TestStripChunk(t *testing.T) {
	Run(t, cat, "str_strip", []Case{
		{Args: A(S(" \t\r\nab c \n")), Want: `"ab c"`},
		{Name: "vertical tab kept", Args: A(S("\vx\v")), Want: "\"\vx\v\""},
		{Name: "custom", Args: A(S("xxaxbxx"), S("x")), Want: `"axb"`},
		{Name: "byte set", Args: A(S("\xffa\xff"), S("\xff")), Want: `"a"`},
		{Name: "all", Args: A(S("   ")), Want: `""`},
		{Args: A(S("")), Want: `""`},
		{Args: A(S(" a "), N(1)), Err: "($characters) must be a string"},
	})
	Run(t, cat, "trim", []Case{{Args: A(S(" a ")), Want: `"a"`}})
	Run(t, cat, "str_lstrip", []Case{{Args: A(S(" a ")), Want: `"a "`}, {Args: A(S("--a-"), S("-")), Want: `"a-"`}})
	Run(t, cat, "str_rstrip", []Case{{Args: A(S(" a ")), Want: `" a"`}, {Args: A(S("--a-"), S("-")), Want: `"--a"`}})
	Run(t, cat, "str_chunk", []Case{
		{Args: A(S("abcdefg"), N(3)), Want: `[0=>"abc",1=>"def",2=>"g"]`},
		{Name: "first length", Args: A(S("abcdefg"), N(3), N(1)), Want: `[0=>"a",1=>"bcd",2=>"efg"]`},
		{Name: "exact", Args: A(S("abcd"), N(2)), Want: `[0=>"ab",1=>"cd"]`},
		{Name: "empty", Args: A(S(""), N(3)), Want: `[]`},
		{Args: A(S("abc"), N(0)), Err: "($length) must be at least 1"},
		{Args: A(S("abc"), N(1), N(0)), Err: "($firstlength) must be at least 1"},
	})
}

var big = strings.Repeat("the quick brown fox jumps over the lazy dog ", 1<<20/44) + "needle"

func BenchmarkFind1MB(b *testing.B) {
	for b.Loop() {
		if r, _ := Call(cat, "str_find", S(big), S("needle")); r.AsNumber() < 0 {
			b.Fatal("not found")
		}
	}
}

func BenchmarkReplace1MB(b *testing.B) {
	for b.Loop() {
		if _, err := Call(cat, "str_replace", S("fox"), S("cat"), S(big)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat, "sleep") }
