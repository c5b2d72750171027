package core

import (
	"os"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "gethostname", "envelope_address_parse", "envelope_localpart_escape",
		"header_addresslist_compile", "header_addresslist_extract", "header_dkim_decode")
	cl := cat.Class("Exception")
	if cl == nil || cl.Constructor == nil || len(cl.Methods) != 5 {
		t.Fatalf("Exception class incomplete: %+v", cl)
	}
}

func TestException(t *testing.T) {
	cl := cat.Class("Exception")
	env := &Env{Stack: []catalog.Frame{{Func: "f", File: "a.hsl", Line: 3, Col: 7}, {File: "main.hsl", Line: 9, Col: 1}}}
	v, err := Invoke(env, cl.Constructor, value.None, S("bad thing"))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := v.AsObject().(*catalog.Exception)
	if !ok || e.Message != "bad thing" || e.File != "a.hsl" || e.Line != 3 || e.Col != 7 || len(e.Trace) != 2 {
		t.Fatalf("constructed %#v", v.AsObject())
	}
	for name, want := range map[string]string{
		"message": `"bad thing"`, "file": `"a.hsl"`, "line": "3", "column": "7", "toString": `"a.hsl:3:7: bad thing"`,
	} {
		got, err := Invoke(env, cl.Methods[name], v)
		if err != nil || got.Repr() != want {
			t.Errorf("%s() = %s, %v; want %s", name, got.Repr(), err, want)
		}
	}
	bare := value.ObjectValue(&catalog.Exception{Message: "m"})
	for name, want := range map[string]string{"file": "none", "line": "none", "column": "none", "toString": `"m"`} {
		if got, _ := Invoke(env, cl.Methods[name], bare); got.Repr() != want {
			t.Errorf("%s() without a place = %s, want %s", name, got.Repr(), want)
		}
	}
	if _, err := Invoke(env, cl.Constructor, value.None, N(1)); err == nil {
		t.Error("Exception(1) did not fail")
	}
	if _, err := Invoke(env, cl.Methods["message"], S("x")); err == nil {
		t.Error("message() on a string did not fail")
	}
}

func TestHostname(t *testing.T) {
	h, _ := os.Hostname()
	Run(t, cat, "gethostname", []Case{{Want: value.String(h).Repr()}})
}

func TestEnvelope(t *testing.T) {
	Run(t, cat, "envelope_address_parse", []Case{
		{Args: A(S("user@example.com")), Want: `["localpart"=>"user","domain"=>"example.com"]`},
		{Args: A(S("<a.b+c@x.y>")), Want: `["localpart"=>"a.b+c","domain"=>"x.y"]`},
		{Name: "quoted", Args: A(S(`"a b\"c"@example.com`)), Want: `["localpart"=>"a b\"c","domain"=>"example.com"]`},
		{Name: "quoted at", Args: A(S(`"a@b"@c.d`)), Want: `["localpart"=>"a@b","domain"=>"c.d"]`},
		{Name: "literal", Args: A(S("x@[192.0.2.1]")), Want: `["localpart"=>"x","domain"=>"[192.0.2.1]"]`},
		{Name: "utf-8", Args: A(S("åsa@exämple.se")), Want: `["localpart"=>"åsa","domain"=>"exämple.se"]`},
		{Name: "no at", Args: A(S("postmaster")), Want: "none"},
		{Name: "empty local", Args: A(S("@x.y")), Want: "none"},
		{Name: "empty domain", Args: A(S("a@")), Want: "none"},
		{Name: "space", Args: A(S("a b@x.y")), Want: "none"},
		{Name: "null sender", Args: A(S("<>")), Want: "none"},
		{Name: "bad domain", Args: A(S("a@x y")), Want: "none"},
		{Args: A(N(1)), Err: "($address) must be a string"},
	})
	Run(t, cat, "envelope_localpart_escape", []Case{
		{Args: A(S("a b")), Want: `"\"a b\""`},
		{Args: A(S("john.doe+tag")), Want: `"john.doe+tag"`},
		{Args: A(S(`a"b\c`)), Want: `"\"a\\\"b\\\\c\""`},
		{Args: A(S("a..b")), Want: `"\"a..b\""`},
		{Args: A(S("")), Want: `"\"\""`},
	})
}

func TestAddressList(t *testing.T) {
	names := M(S("name"), B(true))
	Run(t, cat, "header_addresslist_extract", []Case{
		{Args: A(S(`"Doe, John" <john@example.com>, jane@example.com`)), Want: `[0=>"john@example.com",1=>"jane@example.com"]`},
		{Args: A(S(`"Doe, John" <john@example.com>, jane@example.com (Jane D)`), names),
			Want: `[0=>["name"=>"Doe, John","address"=>"john@example.com"],1=>["name"=>"Jane D","address"=>"jane@example.com"]]`},
		{Name: "encoded name", Args: A(S(`=?utf-8?Q?P=C3=A5l?= <pal@x.se>`), names), Want: `[0=>["name"=>"Pål","address"=>"pal@x.se"]]`},
		{Name: "plain name", Args: A(S(`John Q Doe <j@x>`), names), Want: `[0=>["name"=>"John Q Doe","address"=>"j@x"]]`},
		{Name: "group", Args: A(S(`team: a@x, b@y;, c@z`)), Want: `[0=>"a@x",1=>"b@y",2=>"c@z"]`},
		{Name: "empty group", Args: A(S(`undisclosed-recipients:;`)), Want: `[]`},
		{Name: "field", Args: A(S("To: a@x,\r\n b@y"), M(S("field"), B(true))), Want: `[0=>"a@x",1=>"b@y"]`},
		{Name: "quoted local", Args: A(S(`"a b"@x`)), Want: `[0=>"\"a b\"@x"]`},
		{Name: "route", Args: A(S(`<@r1,@r2:a@x>`)), Want: `[0=>"a@x"]`},
		{Name: "empty elements", Args: A(S(` , a@x ,, `)), Want: `[0=>"a@x"]`},
		{Name: "empty", Args: A(S(``)), Want: `[]`},
		{Name: "unbalanced quote", Args: A(S(`"a <a@x>`)), Want: "none"},
		{Name: "unbalanced angle", Args: A(S(`a <a@x`)), Want: "none"},
		{Name: "unbalanced comment", Args: A(S(`a@x (x`)), Want: "none"},
		{Name: "words without address", Args: A(S(`John Doe`)), Want: "none"},
	})
	Run(t, cat, "GetAddressList", []Case{{Args: A(S("a@x")), Want: `[0=>"a@x"]`}})
	Run(t, cat, "header_addresslist_compile", []Case{
		{Args: A(L(M(S("name"), S("John Doe"), S("address"), S("j@x")), S("k@y"))), Want: `"John Doe <j@x>, k@y"`},
		{Name: "quoted", Args: A(L(M(S("name"), S("Doe, John"), S("address"), S("j@x")))), Want: `"\"Doe, John\" <j@x>"`},
		{Name: "encoded", Args: A(L(M(S("name"), S("Pål"), S("address"), S("p@x")))), Want: `"=?utf-8?Q?P=C3=A5l?= <p@x>"`},
		{Name: "no name", Args: A(L(M(S("address"), S("p@x")))), Want: `"p@x"`},
		{Args: A(L()), Want: `""`},
		{Args: A(L(N(1))), Err: "holds number"},
		{Args: A(L(M(S("name"), S("x")))), Err: `"address" is not a string`},
	})
}

func TestDKIM(t *testing.T) {
	Run(t, cat, "header_dkim_decode", []Case{
		{Args: A(S("v=1; a=rsa-sha256; d=example.com; s=sel;\r\n\th=from:to; bh=abc\r\n def=; b=xy z")),
			Want: `["v"=>"1","a"=>"rsa-sha256","d"=>"example.com","s"=>"sel","h"=>"from:to","bh"=>"abcdef=","b"=>"xyz"]`},
		{Name: "field", Args: A(S("DKIM-Signature: v=1; d=x;"), M(S("field"), B(true))), Want: `["v"=>"1","d"=>"x"]`},
		{Name: "empty value", Args: A(S("t=;")), Want: `["t"=>""]`},
		{Name: "value with =", Args: A(S("b=ab==")), Want: `["b"=>"ab=="]`},
		{Name: "no =", Args: A(S("v=1; junk")), Want: "none"},
		{Name: "bad tag", Args: A(S("1v=1")), Want: "none"},
		{Name: "duplicate", Args: A(S("v=1; v=2")), Want: "none"},
		{Args: A(S("")), Want: "[]"},
	})
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat, "sleep") }
