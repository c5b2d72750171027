package netio

import (
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

func TestXtext(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.1":       "192.0.2.1",
		"client example":  "client+20example",
		"a+b=c":           "a+2Bb+3Dc",
		"\x00\xff~!":      "+00+FF~!",
		"[UNAVAILABLE]":   "[UNAVAILABLE]",
		"":                "",
		"IPv6:2001:db8::": "IPv6:2001:db8::",
	} {
		if got := xtext(in); got != want {
			t.Errorf("xtext(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestXCLIENT(t *testing.T) {
	p := startPeer(t, false, false)
	p.xclient = "NAME ADDR PORT PROTO HELO LOGIN"
	srv := func(kv ...value.Value) value.Value {
		return M(append([]value.Value{S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1)}, kv...)...)
	}
	ext := M(S("extended_result"), B(true))
	long := strings.Repeat("x", 300)
	stdtest.Run(t, cat(), "smtp_lookup_rcpt", []stdtest.Case{
		{Name: "attributes sent", Args: stdtest.A(srv(S("xclient"), M(S("addr"), S("192.0.2.1"), S("NAME"), S("client example"), S("HELO"), S("h.example"))),
			S("a@example.org"), S("ok1@example.net")), Want: "1"},
		{Name: "split over two commands", Args: stdtest.A(srv(S("xclient"), M(S("NAME"), S(long), S("HELO"), S(long))), S("a@example.org"), S("ok2@example.net")), Want: "1"},
		{Name: "attribute not offered", Args: stdtest.A(srv(S("xclient"), M(S("DESTADDR"), S("192.0.2.9"))), S("a@example.org"), S("ok@example.net"), ext),
			Want: `["result"=>-1,"error_code"=>0,"error_message"=>"the server does not accept the XCLIENT attribute DESTADDR (it offers NAME ADDR PORT PROTO HELO LOGIN)","on_rcptto"=>false,"tls"=>false]`},
		{Name: "refused", Args: stdtest.A(srv(S("xclient"), M(S("LOGIN"), S("refused"))), S("a@example.org"), S("ok@example.net"), ext),
			Want: `["result"=>-1,"error_code"=>550,"error_message"=>"5.7.0 not authorized","on_rcptto"=>false,"tls"=>false]`},
		{Name: "not an array", Args: stdtest.A(srv(S("xclient"), S("ADDR=1")), S("a"), S("b")), Err: "xclient must be an array"},
		{Name: "a list", Args: stdtest.A(srv(S("xclient"), L(S("192.0.2.1"))), S("a"), S("b")), Err: "attribute name"},
		{Name: "bad name", Args: stdtest.A(srv(S("xclient"), M(S("ADDR 1"), S("x"))), S("a"), S("b")), Err: "attribute name"},
		{Name: "too long", Args: stdtest.A(srv(S("xclient"), M(S("NAME"), S(strings.Repeat("y", 600)))), S("a@example.org"), S("ok@example.net")), Want: "-1"},
	})
	p.mu.Lock()
	log := strings.Join(p.log, "\n")
	p.mu.Unlock()
	for _, want := range []string{
		"XCLIENT ADDR=192.0.2.1 NAME=client+20example HELO=h.example\nEHLO ",
		"XCLIENT NAME=" + long + "\nEHLO ",
		"XCLIENT HELO=" + long + "\nEHLO ",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("peer never saw %q in:\n%s", want, log)
		}
	}
	if strings.Contains(log, "DESTADDR") {
		t.Error("an attribute the server does not offer was sent")
	}

	// Not offered at all: an error result before MAIL, the state named.
	plain := startPeer(t, false, false)
	f := &catalog.Func{Name: "send", Params: []catalog.Param{{Name: "sender", Type: "string"}, {Name: "recipients", Type: "array"}, {Name: "server", Type: "array"}}}
	f.Impl = func(a *catalog.Args) (value.Value, error) { return Send(a, []byte("x"), 0, 1, 2) }
	got, err := stdtest.Invoke(&stdtest.Env{}, f, value.None, S("a@example.org"), L(S("ok@example.net")),
		M(S("host"), S(plain.addr), S("port"), N(plain.port), S("timeout"), N(1), S("xclient"), M(S("ADDR"), S("192.0.2.1"))))
	if err != nil || !strings.Contains(got.Repr(), `"reason"=>"the server does not offer XCLIENT"`) {
		t.Errorf("no XCLIENT: %s %v", got.Repr(), err)
	}
	got, _ = stdtest.Invoke(&stdtest.Env{}, f, value.None, S("a@example.org"), L(S("ok@example.net")),
		srv(S("xclient"), M(S("LOGIN"), S("refused"))))
	if !strings.Contains(got.Repr(), `"state"=>"XCLIENT","code"=>550`) {
		t.Errorf("refused XCLIENT in send(): %s", got.Repr())
	}
}
