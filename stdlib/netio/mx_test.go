package netio

import (
	"fmt"
	"net"
	"slices"
	"strings"
	"testing"

	mdns "github.com/miekg/dns"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/dns"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// mxZone is what the test DNS server knows. 127.0.0.1 and 127.0.0.3 are
// two SMTP peers on one port; nothing listens on 127.0.0.2.
var mxZone = []string{
	"one.test. 60 IN MX 10 dead.mx.test.",
	"one.test. 60 IN MX 20 b.mx.test.",
	"one.test. 60 IN MX 30 a.mx.test.",
	"same.test. 60 IN MX 10 a.mx.test.",
	"same.test. 60 IN MX 10 b.mx.test.",
	"nomx.test. 60 IN A 127.0.0.3",
	"null.test. 60 IN MX 0 .",
	"noaddr.test. 60 IN MX 10 none.mx.test.",
	"none.mx.test. 60 IN TXT \"no address\"",
	"a.mx.test. 60 IN A 127.0.0.1",
	"b.mx.test. 60 IN A 127.0.0.3",
	"dead.mx.test. 60 IN A 127.0.0.2",
	"pick.test. 60 IN MX 10 a.mx.test.",
	"pick.test. 60 IN MX 20 b.mx.test.",
	"pick.test. 60 IN MX 30 c.other.test.",
	"c.other.test. 60 IN A 127.0.0.1",
}

// startDNS serves mxZone on loopback UDP and points the resolver at it:
// names of the zone without records of the asked type get an empty
// answer, "fail.test" SERVFAIL, other names NXDOMAIN.
func startDNS(t *testing.T) {
	t.Helper()
	var rrs []mdns.RR
	names := map[string]bool{}
	for _, z := range mxZone {
		rr, err := mdns.NewRR(z)
		if err != nil {
			t.Fatal(err)
		}
		rrs = append(rrs, rr)
		names[rr.Header().Name] = true
	}
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := mdns.HandlerFunc(func(w mdns.ResponseWriter, r *mdns.Msg) {
		q := r.Question[0]
		m := new(mdns.Msg)
		m.SetReply(r)
		switch {
		case q.Name == "fail.test.":
			m.Rcode = mdns.RcodeServerFailure
		case !names[q.Name]:
			m.Rcode = mdns.RcodeNameError
		}
		for _, rr := range rrs {
			if rr.Header().Name == q.Name && rr.Header().Rrtype == q.Qtype {
				m.Answer = append(m.Answer, rr)
			}
		}
		_ = w.WriteMsg(m)
	})
	srv := &mdns.Server{PacketConn: pc, Handler: h}
	go func() { _ = srv.ActivateAndServe() }()
	old := dns.Servers
	dns.Servers = []string{pc.LocalAddr().String()}
	dns.FlushCache()
	t.Cleanup(func() {
		_ = srv.Shutdown()
		dns.Servers = old
		dns.FlushCache()
	})
}

// mxPeers starts peers on 127.0.0.1 and 127.0.0.3 with one port.
func mxPeers(t *testing.T) (a, b *smtpPeer) {
	a = startPeer(t, false, false)
	return a, startPeerAt(t, fmt.Sprintf("127.0.0.3:%d", int(a.port)), false, false)
}

func TestOrderMX(t *testing.T) {
	defer func(f func(int, func(int, int))) { shuffle = f }(shuffle)
	reverse := func(n int, swap func(int, int)) {
		for i := 0; i < n/2; i++ {
			swap(i, n-1-i)
		}
	}
	for _, tc := range []struct {
		name    string
		in      []dns.MX
		shuffle func(int, func(int, int))
		want    []string
	}{
		{"preference order", []dns.MX{{Host: "c", Preference: 30}, {Host: "a", Preference: 10}, {Host: "b", Preference: 20}}, nil, []string{"a", "b", "c"}},
		{"equal preferences shuffled", []dns.MX{{Host: "a", Preference: 10}, {Host: "b", Preference: 10}, {Host: "c", Preference: 5}}, reverse, []string{"c", "b", "a"}},
		{"stable without shuffle", []dns.MX{{Host: "a", Preference: 10}, {Host: "b", Preference: 10}}, nil, []string{"a", "b"}},
		{"null MX among real ones dropped", []dns.MX{{Host: ".", Preference: 0}, {Host: "a", Preference: 10}}, nil, []string{"a"}},
	} {
		shuffle = func(int, func(int, int)) {}
		if tc.shuffle != nil {
			shuffle = tc.shuffle
		}
		if got := orderMX(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSendMXLookup(t *testing.T) {
	startDNS(t)
	a, b := mxPeers(t)
	f := &catalog.Func{Name: "send", Params: []catalog.Param{{Name: "sender", Type: "string"}, {Name: "recipients", Type: "array"}, {Name: "server", Type: "array"}}}
	f.Impl = func(a *catalog.Args) (value.Value, error) { return Send(a, []byte("x"), 0, 1, 2) }
	srv := M(S("port"), N(a.port), S("timeout"), N(1), S("connect_timeout"), N(1))
	send := func(rcpts ...value.Value) (string, error) {
		v, err := stdtest.Invoke(&stdtest.Env{}, f, value.None, S("s@example.org"), L(rcpts...), srv)
		return v.Repr(), err
	}
	for _, tc := range []struct {
		name, rcpt string
		want       []string
	}{
		{"falls back past a dead MX in preference order", "ok@one.test", []string{`"remoteip"=>"127.0.0.3","remotemx"=>"b.mx.test"`, `"code"=>250`}},
		{"no MX: the domain itself", "ok@nomx.test", []string{`"remoteip"=>"127.0.0.3","remotemx"=>"nomx.test"`, `"code"=>250`}},
		{"address literal", "ok@[127.0.0.1]", []string{`"remoteip"=>"127.0.0.1","remotemx"=>"[127.0.0.1]"`}},
		{"null MX", "ok@null.test", []string{`"error"=>["temporary"=>false,"reason"=>"the domain null.test accepts no mail (null MX)"]`}},
		{"no such domain", "ok@missing.test", []string{`"temporary"=>false,"reason"=>"the domain missing.test does not exist"`}},
		{"MX host without address", "ok@noaddr.test", []string{`"temporary"=>false,"reason"=>"MX host none.mx.test has no address"`}},
		{"DNS failure is temporary", "ok@fail.test", []string{`"temporary"=>true,"reason"=>"MX lookup of fail.test: `}},
		{"refused recipient at the MX", "no@one.test", []string{`"state"=>"RCPT","code"=>550`}},
	} {
		got, err := send(S(tc.rcpt))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %s\nwant it to contain %s", tc.name, got, w)
			}
		}
	}
	if _, err := send(S("ok@one.test"), S("ok@nomx.test")); err == nil || !strings.Contains(err.Error(), "different domains") {
		t.Errorf("recipients of two domains: %v", err)
	}
	if _, err := send(S("postmaster")); err == nil || !strings.Contains(err.Error(), "needs a host") {
		t.Errorf("recipient without a domain: %v", err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !slices.Contains(b.log, "RCPT TO:<ok@one.test>") {
		t.Errorf("the second MX never saw the recipient: %q", b.log)
	}
}

func TestLookupRcptMX(t *testing.T) {
	startDNS(t)
	a, _ := mxPeers(t)
	defer func(f func(int, func(int, int))) { shuffle = f }(shuffle)
	shuffle = func(int, func(int, int)) {}
	srv := M(S("port"), N(a.port), S("timeout"), N(1))
	ext := M(S("extended_result"), B(true))
	stdtest.Run(t, cat(), "smtp_lookup_rcpt", []stdtest.Case{
		{Name: "accepted via MX", Args: stdtest.A(srv, S("s@example.org"), S("ok@same.test")), Want: "1"},
		{Name: "refused via MX", Args: stdtest.A(srv, S("s@example.org"), S("no@one.test")), Want: "0"},
		{Name: "null MX", Args: stdtest.A(srv, S("s@example.org"), S("ok@null.test"), ext),
			Want: `["result"=>-1,"error_code"=>0,"error_message"=>"the domain null.test accepts no mail (null MX)","on_rcptto"=>false,"tls"=>false]`},
		{Name: "no domain", Args: stdtest.A(srv, S("s@example.org"), S("postmaster")), Err: "needs a host"},
	})
	if _, err := stdtest.Call(cat(), "smtp_lookup_auth", srv, S("u"), S("p")); err == nil || !strings.Contains(err.Error(), "needs a host") {
		t.Errorf("smtp_lookup_auth without host: %v", err)
	}
}

func TestMatchesAny(t *testing.T) {
	for _, tc := range []struct {
		host     string
		patterns []string
		want     bool
	}{
		{"mx.example.com", []string{"mx.example.com"}, true},
		{"MX.Example.COM.", []string{"mx.example.com"}, true},
		{"mx.example.com", []string{"*.example.com"}, true},
		{"a.mx.example.com", []string{"*.example.com"}, false},
		{"example.com", []string{"*.example.com"}, false},
		{"mx.example.org", []string{"mx.example.com", "*.example.org"}, true},
		{"mx.example.com", nil, false},
	} {
		if got := matchesAny(tc.host, tc.patterns); got != tc.want {
			t.Errorf("matchesAny(%q, %q) = %v, want %v", tc.host, tc.patterns, got, tc.want)
		}
	}
}

func TestMXFilters(t *testing.T) {
	startDNS(t)
	a, _ := mxPeers(t)
	f := &catalog.Func{Name: "send", Params: []catalog.Param{{Name: "sender", Type: "string"}, {Name: "recipients", Type: "array"}, {Name: "server", Type: "array"}}}
	f.Impl = func(a *catalog.Args) (value.Value, error) { return Send(a, []byte("x"), 0, 1, 2) }
	send := func(kv ...value.Value) (string, error) {
		srv := M(append([]value.Value{S("port"), N(a.port), S("timeout"), N(1)}, kv...)...)
		v, err := stdtest.Invoke(&stdtest.Env{}, f, value.None, S("s@example.org"), L(S("ok@pick.test")), srv)
		return v.Repr(), err
	}
	for _, tc := range []struct {
		name string
		kv   []value.Value
		want string
	}{
		{"no filter: the first MX", nil, `"remotemx"=>"a.mx.test"`},
		{"exclude a name", []value.Value{S("mx_exclude"), L(S("A.mx.test."))}, `"remoteip"=>"127.0.0.3","remotemx"=>"b.mx.test"`},
		{"exclude a wildcard", []value.Value{S("mx_exclude"), L(S("*.mx.test"))}, `"remotemx"=>"c.other.test"`},
		{"include a wildcard", []value.Value{S("mx_include"), L(S("*.other.test"))}, `"remotemx"=>"c.other.test"`},
		{"include then exclude", []value.Value{S("mx_include"), L(S("*.mx.test")), S("mx_exclude"), L(S("a.mx.test"))}, `"remotemx"=>"b.mx.test"`},
		{"a wildcard is one label", []value.Value{S("mx_include"), L(S("*.test"))},
			`"error"=>["temporary"=>false,"reason"=>"mx_include/mx_exclude leave none of the MX hosts of pick.test (a.mx.test, b.mx.test, c.other.test)"]`},
		{"the implicit MX is filtered too", []value.Value{S("mx_exclude"), L(S("pick.test"), S("a.mx.test"), S("b.mx.test"), S("c.other.test"))}, `"temporary"=>false`},
	} {
		got, err := send(tc.kv...)
		if err != nil || !strings.Contains(got, tc.want) {
			t.Errorf("%s: %s %v\nwant it to contain %s", tc.name, got, err, tc.want)
		}
	}
	for _, bad := range []value.Value{S("*.mx.test"), L(S("mx*.example.com")), L(S("a.*.com")), L(S("*")), L(S("")), L(N(1))} {
		if _, err := send(S("mx_include"), bad); err == nil || !strings.Contains(err.Error(), "mx_include") {
			t.Errorf("mx_include %s: %v", bad.Repr(), err)
		}
	}
}
