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
	CheckRegistered(t, cat, "gethostname", "header_dkim_decode")
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
