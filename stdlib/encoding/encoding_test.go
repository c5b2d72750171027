package encoding

import (
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "base64_encode", "base64_decode", "base64url_encode", "base64url_decode",
		"base32_encode", "base32_decode", "url_encode", "url_decode", "xtext_encode", "xtext_decode",
		"idna_encode", "idna_decode", "json_encode", "json_decode", "csv_encode", "csv_decode", "yaml_decode",
		"zlib_compress", "zlib_uncompress", "pack", "unpack", "mimeword_encode", "mimeword_decode", "url_parse")
}

func TestBase(t *testing.T) {
	Run(t, cat, "base64_encode", []Case{
		{Args: A(S("hello")), Want: `"aGVsbG8="`},
		{Args: A(S("")), Want: `""`},
		{Args: A(S("\xff\xfe\x00")), Want: `"//4A"`},
		{Args: A(N(1)), Err: "base64_encode(): argument 1 ($string) must be a string, not number"},
	})
	Run(t, cat, "base64_decode", []Case{
		{Args: A(S("aGVsbG8=")), Want: `"hello"`},
		{Name: "no padding", Args: A(S("aGVsbG8")), Want: `"hello"`},
		{Name: "line breaks", Args: A(S("aGVs\r\nbG8=")), Want: `"hello"`},
		{Args: A(S("//4A")), Want: "\"\xff\xfe\x00\""},
		{Name: "invalid", Args: A(S("a$b")), Want: "none"},
		{Name: "bad length", Args: A(S("a")), Want: "none"},
		{Args: A(S("")), Want: `""`},
	})
	Run(t, cat, "base64url_encode", []Case{{Args: A(S("\xff\xfe\x00")), Want: `"__4A"`}, {Args: A(S("a")), Want: `"YQ"`}})
	Run(t, cat, "base64url_decode", []Case{
		{Args: A(S("__4A")), Want: "\"\xff\xfe\x00\""},
		{Args: A(S("YQ")), Want: `"a"`},
		{Args: A(S("YQ==")), Want: `"a"`},
		{Name: "standard alphabet", Args: A(S("//4A")), Want: "none"},
	})
	Run(t, cat, "base32_encode", []Case{{Args: A(S("foobar")), Want: `"MZXW6YTBOI======"`}, {Args: A(S("")), Want: `""`}})
	Run(t, cat, "base32_decode", []Case{
		{Args: A(S("MZXW6YTBOI======")), Want: `"foobar"`},
		{Args: A(S("mzxw6ytboi")), Want: `"foobar"`},
		{Args: A(S("1!")), Want: "none"},
	})
	Run(t, cat, "url_encode", []Case{
		{Args: A(S("a b&c=d/é~")), Want: `"a%20b%26c%3Dd%2F%C3%A9~"`},
		{Args: A(S("AZaz09-._~")), Want: `"AZaz09-._~"`},
		{Args: A(S("\x00\xff")), Want: `"%00%FF"`},
	})
	Run(t, cat, "url_decode", []Case{
		{Args: A(S("a%20b%2fc")), Want: `"a b/c"`},
		{Name: "plus kept", Args: A(S("a+b")), Want: `"a+b"`},
		{Name: "bad escapes", Args: A(S("100%%zz%4")), Want: `"100%%zz%4"`},
		{Args: A(S("%FF%00")), Want: "\"\xff\x00\""},
	})
	Run(t, cat, "xtext_encode", []Case{
		{Args: A(S("a+b=c d")), Want: `"a+2Bb+3Dc+20d"`},
		{Args: A(S("é")), Want: `"+C3+A9"`},
	})
	Run(t, cat, "xtext_decode", []Case{
		{Args: A(S("a+2Bb+3Dc+20d")), Want: `"a+b=c d"`},
		{Name: "malformed", Args: A(S("a+zz+")), Want: `"a+zz+"`},
	})
	Run(t, cat, "idna_encode", []Case{
		{Args: A(S("räksmörgås.se")), Want: `"xn--rksmrgs-5wao1o.se"`},
		{Args: A(S("example.com")), Want: `"example.com"`},
		{Name: "invalid", Args: A(S("a..b\xff")), Want: "none"},
		{Name: "underscore", Args: A(S("_dmarc.Exämple.com")), Want: `"_dmarc.xn--exmple-cua.com"`},
	})
	Run(t, cat, "idna_decode", []Case{
		{Args: A(S("xn--rksmrgs-5wao1o.se")), Want: `"räksmörgås.se"`},
		{Name: "invalid punycode", Args: A(S("xn--zz-.com")), Want: "none"},
	})
}

func TestJSONEncode(t *testing.T) {
	Run(t, cat, "json_encode", []Case{
		{Args: A(L(N(1), S("a"), B(true), value.None)), Want: `"[1,\"a\",true,null]"`},
		{Args: A(M(S("a"), N(1), N(5), L())), Want: `"{\"a\":1,\"5\":[]}"`},
		{Name: "list order matters", Args: A(M(N(1), S("b"), N(0), S("a"))), Want: `"{\"1\":\"b\",\"0\":\"a\"}"`},
		{Name: "empty", Args: A(L()), Want: `"[]"`},
		{Name: "fraction", Args: A(N(0.1)), Want: `"0.1"`},
		{Name: "large", Args: A(N(1e21)), Want: `"1e+21"`},
		{Name: "escapes", Args: A(S("q\"b\\n\n\t\x01/")), Want: `"\"q\\\"b\\\\n\\n\\t\\u0001/\""`},
		{Name: "ascii", Args: A(S("é😀")), Want: `"\"\\u00e9\\ud83d\\ude00\""`},
		{Name: "utf-8", Args: A(S("é"), M(S("ensure_ascii"), B(false))), Want: `"\"é\""`},
		{Name: "invalid utf-8", Args: A(S("\xff")), Want: "none"},
		{Name: "NaN", Args: A(N(nan())), Want: "none"},
		{Name: "function", Args: A(Fn(nil)), Want: "none"},
		{Name: "pretty", Args: A(M(S("a"), L(N(1), N(2)), S("b"), M()), M(S("pretty_print"), B(true))),
			Want: "\"{\n    \\\"a\\\": [\n        1,\n        2\n    ],\n    \\\"b\\\": []\n}\""},
		{Name: "bad option", Args: A(N(1), M(S("indent"), N(2))), Err: `unknown option "indent"`},
	})
}

func nan() float64 { return value.ToNumber(S("x")) * 0 / value.ToNumber(S("0")) }

func TestJSONDecode(t *testing.T) {
	Run(t, cat, "json_decode", []Case{
		{Args: A(S(`{"a": [1, 2.5, "x", true, false, null], "b": {}}`)), Want: `["a"=>[0=>1,1=>2.5,2=>"x",3=>true,4=>false,5=>none],"b"=>[]]`},
		{Name: "numeric keys", Args: A(S(`{"1":"a","01":"b","-0":"c"}`)), Want: `[1=>"a","01"=>"b","-0"=>"c"]`},
		{Name: "duplicate", Args: A(S(`{"a":1,"b":2,"a":3}`)), Want: `["a"=>3,"b"=>2]`},
		{Name: "scalar", Args: A(S(` 42 `)), Want: "42"},
		{Name: "exponent", Args: A(S(`-1.5e3`)), Want: "-1500"},
		{Name: "escapes", Args: A(S(`"\u00e9\ud83d\ude00\n\/\\"`)), Want: `"é😀` + "\n" + `/\\"`},
		{Name: "lone surrogate", Args: A(S(`"\ud800x"`)), Want: `"` + "\uFFFD" + `x"`},
		{Name: "raw bytes", Args: A(S("\"\xff\"")), Want: "\"\xff\""},
		{Name: "null", Args: A(S(`null`)), Want: "none"},
		{Name: "invalid", Args: A(S(`{"a":}`)), Want: "none"},
		{Name: "trailing comma", Args: A(S(`[1,]`)), Want: "none"},
		{Name: "trailing data", Args: A(S(`[1] x`)), Want: "none"},
		{Name: "leading zero", Args: A(S(`01`)), Want: "none"},
		{Name: "control char", Args: A(S("\"a\nb\"")), Want: "none"},
		{Name: "empty", Args: A(S(``)), Want: "none"},
		{Name: "comments refused", Args: A(S("[1 /* c */]")), Want: "none"},
		{Name: "comments", Args: A(S("// x\n[1, /* two */ 2] // end"), M(S("allow_comments"), B(true))), Want: `[0=>1,1=>2]`},
		{Name: "unterminated comment", Args: A(S("[1 /* x"), M(S("allow_comments"), B(true))), Want: "none"},
		{Name: "deep", Args: A(S(strings.Repeat("[", 2000) + strings.Repeat("]", 2000))), Want: "none"},
		{Args: A(N(1)), Err: "must be a string"},
	})
}

func TestJSONRoundTrip(t *testing.T) {
	v := bigStructure()
	enc, err := Call(cat, "json_encode", v)
	if err != nil || enc.IsNone() {
		t.Fatalf("encode: %v %v", enc.Repr(), err)
	}
	dec, err := Call(cat, "json_decode", enc)
	if err != nil {
		t.Fatal(err)
	}
	if !value.StrictEqual(v, dec) {
		t.Fatalf("round trip changed the value")
	}
	if len(enc.AsString()) < 90_000 {
		t.Fatalf("structure is only %d bytes", len(enc.AsString()))
	}
}

// bigStructure is about 100 KB of JSON: a list of records.
func bigStructure() value.Value {
	rows := make([]value.Value, 1000)
	for i := range rows {
		rows[i] = M(S("id"), N(float64(i)), S("name"), S("user \"ä\" "+strings.Repeat("x", i%20)),
			S("score"), N(float64(i)/7), S("tags"), L(S("a"), S("b"), B(i%2 == 0)), S("none"), value.None)
	}
	return L(rows...)
}

func BenchmarkJSONEncode100KB(b *testing.B) {
	v := bigStructure()
	for b.Loop() {
		if _, err := Call(cat, "json_encode", v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONDecode100KB(b *testing.B) {
	enc, _ := Call(cat, "json_encode", bigStructure())
	b.SetBytes(int64(len(enc.AsString())))
	for b.Loop() {
		if _, err := Call(cat, "json_decode", enc); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCSV(t *testing.T) {
	Run(t, cat, "csv_encode", []Case{
		{Name: "doc example", Args: A(L(S("a b"), S("c"))), Want: `"\"a b\",c"`},
		{Args: A(L(S(`say "hi"`), S("x,y"), S("l1\nl2"), N(1.5), B(true), value.None)), Want: `"\"say \"\"hi\"\"\",\"x,y\",\"l1` + "\n" + `l2\",1.5,true,"`},
		{Name: "delimiter", Args: A(L(S("a;b"), S("c")), M(S("delimiter"), S(";"))), Want: `"\"a;b\";c"`},
		{Args: A(L()), Want: `""`},
		{Args: A(L(L())), Err: "holds array"},
		{Args: A(L(), M(S("delimiter"), S(";;"))), Err: "not one byte"},
	})
	Run(t, cat, "csv_decode", []Case{
		{Args: A(S("name,age\nalice,30\nbob,25\n")), Want: `[0=>["name"=>"alice","age"=>"30"],1=>["name"=>"bob","age"=>"25"]]`},
		{Name: "no header", Args: A(S("a,b\r\nc,d"), M(S("header"), B(false))), Want: `[0=>[0=>"a",1=>"b"],1=>[0=>"c",1=>"d"]]`},
		{Name: "quoted multiline", Args: A(S("a,b\n\"x\ny\",\"say \"\"hi\"\"\"\n"), M(S("header"), B(false))), Want: `[0=>[0=>"a",1=>"b"],1=>[0=>"x` + "\n" + `y",1=>"say \"hi\""]]`},
		{Name: "empty fields", Args: A(S(",\n"), M(S("header"), B(false))), Want: `[0=>[0=>"",1=>""]]`},
		{Name: "blank lines", Args: A(S("a\n\n\nb\n"), M(S("header"), B(false))), Want: `[0=>[0=>"a"],1=>[0=>"b"]]`},
		{Name: "delimiter", Args: A(S("a;b\n1;2"), M(S("delimiter"), S(";"))), Want: `[0=>["a"=>"1","b"=>"2"]]`},
		{Name: "schema", Args: A(S("n,ok,x\n1.5,yes,\n0x10,no,-\n"), M(S("schema"), M(
			S("n"), M(S("type"), S("number")),
			S("ok"), M(S("type"), S("boolean"), S("true"), L(S("yes")), S("false"), L(S("no"))),
			S("x"), M(S("nullable"), L(S(""), S("-")))))),
			Want: `[0=>["n"=>1.5,"ok"=>true,"x"=>none],1=>["n"=>16,"ok"=>false,"x"=>none]]`},
		{Name: "nullable true", Args: A(S("a\n\n\"\"\n"), M(S("header"), B(false), S("schema"), M(N(0), M(S("nullable"), B(true))))), Want: `[0=>[0=>"a"]]`},
		{Name: "bad number", Args: A(S("n\nx\n"), M(S("schema"), M(S("n"), M(S("type"), S("number"))))), Want: "none"},
		{Name: "bad boolean", Args: A(S("b\nmaybe\n"), M(S("schema"), M(S("b"), M(S("type"), S("boolean"))))), Want: "none"},
		{Name: "ragged", Args: A(S("a,b\n1\n")), Want: "none"},
		{Name: "unterminated quote", Args: A(S("\"abc")), Want: "none"},
		{Name: "text after quote", Args: A(S("\"a\"b,c"), M(S("header"), B(false))), Want: "none"},
		{Name: "empty", Args: A(S("")), Want: "[]"},
		{Name: "header only", Args: A(S("a,b\n")), Want: "[]"},
		{Name: "bad schema type", Args: A(S("a"), M(S("schema"), M(S("a"), M(S("type"), S("date"))))), Err: "unknown schema type"},
	})
}

func TestYAML(t *testing.T) {
	upper := Fn(func(args ...value.Value) (value.Value, error) {
		return value.String("<" + args[0].ToString() + ">"), nil
	})
	Run(t, cat, "yaml_decode", []Case{
		{Args: A(S("a: 1\nb: [x, 2.5, true, null, ~]\nc:\n  d: 'str'\n")), Want: `["a"=>1,"b"=>[0=>"x",1=>2.5,2=>true,3=>none,4=>none],"c"=>["d"=>"str"]]`},
		{Name: "int keys", Args: A(S("1: a\n'2': b\n")), Want: `[1=>"a",2=>"b"]`},
		{Name: "numbers", Args: A(S("[0x10, 0o17, 1_000, .inf, -.inf, 1e3, 18446744073709551615]")), Want: `[0=>16,1=>15,2=>1000,3=>Inf,4=>-Inf,5=>1000,6=>18446744073709552000]`},
		{Name: "anchors and merge", Args: A(S("base: &b {x: 1, y: 2}\nder:\n  <<: *b\n  y: 3\n")), Want: `["base"=>["x"=>1,"y"=>2],"der"=>["y"=>3,"x"=>1]]`},
		{Name: "scalar", Args: A(S("hello")), Want: `"hello"`},
		{Name: "first document", Args: A(S("a\n---\nb\n")), Want: `"a"`},
		{Name: "tags", Args: A(S("k: !Secret abc\nn: !Secret [1]\n"), M(S("tags"), M(S("!Secret"), upper))), Want: `["k"=>"<abc>","n"=>"<[0=>1]>"]`},
		{Name: "unknown tag", Args: A(S("k: !Other 5\n")), Want: `["k"=>"5"]`},
		{Name: "binary", Args: A(S("!!binary aGk=")), Want: `"hi"`},
		{Name: "empty", Args: A(S("")), Want: "none"},
		{Name: "invalid", Args: A(S("a: [1, 2\n")), Want: "none"},
		{Name: "array key", Args: A(S("? [1]\n: x\n")), Want: "none"},
		{Name: "billion laughs", Args: A(S(laughs)), Want: "none"},
		{Args: A(S("a"), M(S("tags"), M(S("!x"), N(1)))), Err: "not a function"},
	})
}

const laughs = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`

func TestZlib(t *testing.T) {
	text := strings.Repeat("hello world ", 100)
	for _, wb := range []float64{15, -15, 31, 9} {
		c, err := Call(cat, "zlib_compress", S(text), N(9), N(wb))
		if err != nil {
			t.Fatal(err)
		}
		if len(c.AsString()) >= len(text) {
			t.Errorf("windowbits %v: no compression", wb)
		}
		d, err := Call(cat, "zlib_uncompress", c, N(wb))
		if err != nil || d.AsString() != text {
			t.Errorf("windowbits %v: round trip failed: %v", wb, err)
		}
		if wb > 0 {
			if d, _ := Call(cat, "zlib_uncompress", c, N(47)); d.AsString() != text {
				t.Errorf("windowbits %v: automatic detection failed", wb)
			}
		}
	}
	gz, _ := Call(cat, "zlib_compress", S("x"), value.None, N(31))
	if s := gz.AsString(); len(s) < 2 || s[0] != 0x1f || s[1] != 0x8b {
		t.Errorf("gzip header missing")
	}
	Run(t, cat, "zlib_compress", []Case{
		{Args: A(S("x"), N(10)), Err: "($compression) must be from -1 to 9"},
		{Args: A(S("x"), N(1), N(16)), Err: "($windowbits) must be"},
	})
	Run(t, cat, "zlib_uncompress", []Case{
		{Name: "garbage", Args: A(S("not compressed")), Want: "none"},
		{Name: "empty", Args: A(S("")), Want: "none"},
		{Args: A(S("x"), N(3)), Err: "($windowbits) must be"},
	})
}

func TestPack(t *testing.T) {
	Run(t, cat, "pack", []Case{
		{Name: "doc example", Args: A(S("nC"), N(258), N(7)), Want: "\"\x01\x02\x07\""},
		{Args: A(S("a4"), S("ab")), Want: "\"ab\x00\x00\""},
		{Args: A(S("a2"), S("abcd")), Want: `"ab"`},
		{Args: A(S("a*"), S("abc")), Want: `"abc"`},
		{Args: A(S("Z*"), S("ab")), Want: "\"ab\x00\""},
		{Args: A(S("Z3"), S("abcd")), Want: "\"ab\x00\""},
		{Args: A(S("H*"), S("01ff")), Want: "\"\x01\xff\""},
		{Args: A(S("H3"), S("abcd")), Want: "\"\xab\xc0\""},
		{Name: "H without a count is one nibble", Args: A(S("HC"), S("f1"), N(2)), Want: "\"\xf0\x02\""},
		{Args: A(S("vV"), N(1), N(2)), Want: "\"\x01\x00\x02\x00\x00\x00\""},
		{Args: A(S("N"), N(-1)), Want: "\"\xff\xff\xff\xff\""},
		{Args: A(S("C*"), N(1), N(2), N(3)), Want: "\"\x01\x02\x03\""},
		{Args: A(S("x2C"), N(65)), Want: "\"\x00\x00A\""},
		{Args: A(S("E"), N(1)), Want: "\"?\xf0\x00\x00\x00\x00\x00\x00\""},
		{Name: "too few", Args: A(S("CC"), N(1)), Want: "none"},
		{Name: "too many", Args: A(S("C"), N(1), N(2)), Want: "none"},
		{Name: "bad code", Args: A(S("Q"), N(1)), Want: "none"},
		{Name: "wrong type", Args: A(S("C"), S("1")), Want: "none"},
		{Name: "bad hex", Args: A(S("H*"), S("zz")), Want: "none"},
		{Args: A(S("")), Want: `""`},
	})
	Run(t, cat, "unpack", []Case{
		{Args: A(S("nC"), S("\x01\x02\x07")), Want: "[0=>258,1=>7]"},
		{Name: "offset", Args: A(S("C"), S("\x01\x02"), N(1)), Want: "[0=>2]"},
		{Args: A(S("c"), S("\xff")), Want: "[0=>-1]"},
		{Args: A(S("a2Z*C"), S("abcd\x00\x05")), Want: `[0=>"ab",1=>"cd",2=>5]`},
		{Args: A(S("Z4"), S("ab\x00\x00")), Want: `[0=>"ab"]`},
		{Args: A(S("H*"), S("\x01\xff")), Want: `[0=>"01ff"]`},
		{Args: A(S("H3"), S("\xab\xcd")), Want: `[0=>"abc"]`},
		{Args: A(S("x2V"), S("\x00\x00\x01\x00\x00\x00")), Want: "[0=>1]"},
		{Args: A(S("e"), S("\x00\x00\x00\x00\x00\x00\xf0?")), Want: "[0=>1]"},
		{Args: A(S("n*"), S("\x00\x01\x00\x02\x03")), Want: "[0=>1,1=>2]"},
		{Name: "short", Args: A(S("N"), S("\x00\x01")), Want: "none"},
		{Name: "bad offset", Args: A(S("C"), S("\x00"), N(5)), Want: "none"},
		{Name: "bad code", Args: A(S("q"), S("\x00")), Want: "none"},
		{Args: A(S("C"), S("x"), N(0.5)), Err: "($offset) must be an integer"},
	})
}

func TestMIMEWords(t *testing.T) {
	Run(t, cat, "mimeword_encode", []Case{
		{Args: A(S("Hej på dig")), Want: `"=?utf-8?Q?Hej_p=C3=A5_dig?="`},
		{Args: A(S("a=b?c_d")), Want: `"=?utf-8?Q?a=3Db=3Fc=5Fd?="`},
		{Args: A(S("")), Want: `""`},
	})
	long := strings.Repeat("å", 40)
	r, _ := Call(cat, "mimeword_encode", S(long))
	for _, w := range strings.Split(r.AsString(), " ") {
		if len(w) > 75 || !strings.HasPrefix(w, "=?utf-8?Q?") {
			t.Errorf("bad word %q", w)
		}
	}
	if d, _ := Call(cat, "mimeword_decode", r); d.AsString() != long {
		t.Errorf("long round trip gave %q", d.AsString())
	}
	Run(t, cat, "mimeword_decode", []Case{
		{Args: A(S("=?utf-8?Q?Hej_p=C3=A5_dig?=")), Want: `"Hej på dig"`},
		{Args: A(S("=?ISO-8859-1?B?5XNh?= x")), Want: `"åsa x"`},
		{Args: A(S("plain text")), Want: `"plain text"`},
		{Name: "unknown charset", Args: A(S("=?x-none?Q?a?=")), Want: `"=?x-none?Q?a?="`},
		{Name: "RFC 2231 language", Args: A(S("=?UTF-8*sv?Q?p=C3=A5?= =?iso-8859-1*en?Q?=E5?=")), Want: `"påå"`},
	})
}

func TestURLParse(t *testing.T) {
	Run(t, cat, "url_parse", []Case{
		{Args: A(S("https://user:pw@example.com:8080/a/b?x=1&y=2#frag")),
			Want: `["schema"=>"https","username"=>"user","password"=>"pw","hostname"=>"example.com","port"=>8080,"path"=>"/a/b","query"=>"x=1&y=2","fragment"=>"frag"]`},
		{Args: A(S("http://example.com")), Want: `["schema"=>"http","hostname"=>"example.com"]`},
		{Args: A(S("http://[::1]:25/")), Want: `["schema"=>"http","hostname"=>"::1","port"=>25,"path"=>"/"]`},
		{Args: A(S("mailto:a@b.c")), Want: `["schema"=>"mailto","path"=>"a@b.c"]`},
		{Name: "no scheme", Args: A(S("example.com/x")), Want: "none"},
		{Name: "bad port", Args: A(S("http://h:99999/")), Want: "none"},
		{Name: "invalid", Args: A(S("http://a b/")), Want: "none"},
	})
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat, "sleep") }
