package dns

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	mdns "github.com/miekg/dns"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// zone is what the test server knows, in zone file syntax.
var zone = []string{
	"example.org. 300 IN A 192.0.2.1",
	"example.org. 300 IN A 192.0.2.2",
	"example.org. 300 IN AAAA 2001:db8::1",
	"example.org. 300 IN MX 10 mx1.example.org.",
	"example.org. 300 IN MX 20 mx2.example.org.",
	`example.org. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 " "include:_spf.example.net -all"`,
	"example.org. 300 IN NS ns1.example.org.",
	"example.org. 300 IN SOA ns1.example.org. hostmaster.example.org. 2024010101 7200 3600 1209600 300",
	"www.example.org. 300 IN CNAME example.org.",
	"_25._tcp.mx1.example.org. 300 IN TLSA 3 1 1 0123456789abcdef",
	"1.2.0.192.in-addr.arpa. 300 IN PTR example.org.",
	`_spf.example.net. 300 IN TXT "v=spf1 ip4:198.51.100.7 ~all"`,
	`soft.example.org. 300 IN TXT "v=spf1 ~all"`,
	`broken.example.org. 300 IN TXT "v=spf1 ip4:bad -all"`,
	"mx1.example.org. 300 IN A 192.0.2.10",
	"short.example.org. 1 IN A 192.0.2.99",
}

type server struct {
	addr    string
	queries atomic.Int64
}

// startServer runs a DNS server on loopback UDP for the test.
func startServer(t testing.TB) *server {
	t.Helper()
	var rrs []mdns.RR
	for _, z := range zone {
		rr, err := mdns.NewRR(z)
		if err != nil {
			t.Fatal(err)
		}
		rrs = append(rrs, rr)
	}
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{addr: pc.LocalAddr().String()}
	h := mdns.HandlerFunc(func(w mdns.ResponseWriter, r *mdns.Msg) {
		s.queries.Add(1)
		q := r.Question[0]
		name := strings.ToLower(q.Name)
		m := new(mdns.Msg)
		m.SetReply(r)
		switch {
		case strings.HasPrefix(name, "slow."):
			time.Sleep(300 * time.Millisecond)
			return // never answers in time
		case strings.HasPrefix(name, "big.") && w.RemoteAddr().Network() == "udp":
			m.Truncated = true // too big for UDP: ask again over TCP
			_ = w.WriteMsg(m)
			return
		case strings.HasPrefix(name, "big."):
			for i := 0; i < 3; i++ {
				rr, _ := mdns.NewRR(fmt.Sprintf(`big.example.org. 60 IN TXT "%s"`, strings.Repeat(string(rune('a'+i)), 200)))
				m.Answer = append(m.Answer, rr)
			}
			_ = w.WriteMsg(m)
			return
		case strings.HasPrefix(name, "fail."):
			m.Rcode = mdns.RcodeServerFailure
			_ = w.WriteMsg(m)
			return
		}
		known := false
		for _, rr := range rrs {
			if strings.EqualFold(rr.Header().Name, name) {
				known = true
				if rr.Header().Rrtype == q.Qtype || rr.Header().Rrtype == mdns.TypeCNAME {
					m.Answer = append(m.Answer, rr)
				}
			}
		}
		if !known {
			m.Rcode = mdns.RcodeNameError
		}
		_ = w.WriteMsg(m)
	})
	srv := &mdns.Server{PacketConn: pc, Handler: h}
	go func() { _ = srv.ActivateAndServe() }()
	t.Cleanup(func() { _ = srv.Shutdown() })
	// The same port over TCP, for truncated answers.
	if l, err := net.Listen("tcp", s.addr); err == nil {
		tcp := &mdns.Server{Listener: l, Handler: h}
		go func() { _ = tcp.ActivateAndServe() }()
		t.Cleanup(func() { _ = tcp.Shutdown() })
	}
	return s
}

func cat() *catalog.Catalog {
	c := catalog.New()
	Register(c)
	return c
}

func TestDNSQuery(t *testing.T) {
	s := startServer(t)
	FlushCache()
	srv := stdtest.L(stdtest.S(s.addr))
	opts := func(kv ...value.Value) value.Value {
		return stdtest.M(append(kv, stdtest.S("servers"), srv, stdtest.S("timeout"), stdtest.N(0.2))...)
	}
	typ := func(t string) value.Value { return opts(stdtest.S("type"), stdtest.S(t)) }
	S := stdtest.S
	stdtest.Run(t, cat(), "dns_query", []stdtest.Case{
		{Name: "a", Args: stdtest.A(S("example.org"), opts()), Want: `["dnssec"=>false,"result"=>[0=>"192.0.2.1",1=>"192.0.2.2"]]`},
		{Name: "aaaa", Args: stdtest.A(S("Example.ORG."), typ("AAAA")), Want: `["dnssec"=>false,"result"=>[0=>"2001:db8::1"]]`},
		{Name: "mx", Args: stdtest.A(S("example.org"), typ("mx")), Want: `["dnssec"=>false,"result"=>[0=>"10 mx1.example.org",1=>"20 mx2.example.org"]]`},
		{Name: "txt", Args: stdtest.A(S("example.org"), typ("txt")), Want: `["dnssec"=>false,"result"=>[0=>"v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all"]]`},
		{Name: "ns", Args: stdtest.A(S("example.org"), typ("ns")), Want: `["dnssec"=>false,"result"=>[0=>"ns1.example.org"]]`},
		{Name: "soa", Args: stdtest.A(S("example.org"), typ("soa")), Want: `["dnssec"=>false,"result"=>[0=>"ns1.example.org hostmaster.example.org 2024010101 7200 3600 1209600 300"]]`},
		{Name: "cname", Args: stdtest.A(S("www.example.org"), typ("cname")), Want: `["dnssec"=>false,"result"=>[0=>"example.org"]]`},
		{Name: "a via cname", Args: stdtest.A(S("www.example.org"), opts()), Want: `["dnssec"=>false,"result"=>[]]`},
		{Name: "tlsa", Args: stdtest.A(S("_25._tcp.mx1.example.org"), typ("tlsa")), Want: `["dnssec"=>false,"result"=>[0=>"3 1 1 0123456789abcdef"]]`},
		{Name: "ptr by ip", Args: stdtest.A(S("192.0.2.1"), typ("ptr")), Want: `["dnssec"=>false,"result"=>[0=>"example.org"]]`},
		{Name: "ptr by name", Args: stdtest.A(S("1.2.0.192.in-addr.arpa"), typ("ptr")), Want: `["dnssec"=>false,"result"=>[0=>"example.org"]]`},
		{Name: "nodata", Args: stdtest.A(S("mx1.example.org"), typ("mx")), Want: `["dnssec"=>false,"result"=>[]]`},
		{Name: "nxdomain", Args: stdtest.A(S("nope.example.org"), opts()), Want: `["dnssec"=>false,"error"=>"NXDOMAIN"]`},
		{Name: "servfail", Args: stdtest.A(S("fail.example.org"), opts()), Want: `["dnssec"=>false,"error"=>"SERVFAIL"]`},
		{Name: "timeout", Args: stdtest.A(S("slow.example.org"), opts()), Want: `["dnssec"=>false,"error"=>"SERVFAIL"]`},
		{Name: "extended mx", Args: stdtest.A(S("example.org"), opts(S("type"), S("mx"), S("extended_result"), stdtest.B(true))),
			Want: `["dnssec"=>false,"result"=>[0=>["name"=>"example.org","type"=>"MX","ttl"=>300,"value"=>"10 mx1.example.org","priority"=>10,"exchange"=>"mx1.example.org"],1=>["name"=>"example.org","type"=>"MX","ttl"=>300,"value"=>"20 mx2.example.org","priority"=>20,"exchange"=>"mx2.example.org"]]]`},
		{Name: "bad type", Args: stdtest.A(S("example.org"), typ("srv")), Err: "option type"},
		{Name: "bad option", Args: stdtest.A(S("example.org"), stdtest.M(S("kind"), S("a"))), Err: "unknown option"},
		{Name: "bad timeout", Args: stdtest.A(S("example.org"), stdtest.M(S("timeout"), stdtest.N(-1))), Err: "timeout"},
		{Name: "bad servers", Args: stdtest.A(S("example.org"), stdtest.M(S("servers"), S("x"))), Err: "servers"},
	})
}

func TestTruncatedOverTCP(t *testing.T) {
	s := startServer(t)
	FlushCache()
	got, err := stdtest.Call(cat(), "dns_query", stdtest.S("big.example.org"),
		stdtest.M(stdtest.S("type"), stdtest.S("txt"), stdtest.S("servers"), stdtest.L(stdtest.S(s.addr))))
	if err != nil || got.AsArray().Len() != 2 {
		t.Fatalf("got %s %v", got.Repr(), err)
	}
	res, _ := got.AsArray().Get(value.StrKey("result"))
	if res.Kind() != value.KindArray || res.AsArray().Len() != 3 {
		t.Errorf("TXT over TCP: %s", got.Repr())
	}
}

func TestRefusedServer(t *testing.T) {
	// A UDP port nobody listens on: the query fails fast or times out.
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := pc.LocalAddr().String()
	pc.Close()
	start := time.Now()
	got, err := stdtest.Call(cat(), "dns_query", stdtest.S("example.org"),
		stdtest.M(stdtest.S("servers"), stdtest.L(stdtest.S(addr)), stdtest.S("timeout"), stdtest.N(0.3)))
	if err != nil || got.Repr() != `["dnssec"=>false,"error"=>"SERVFAIL"]` {
		t.Errorf("got %s %v", got.Repr(), err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestCache(t *testing.T) {
	s := startServer(t)
	FlushCache()
	old := Servers
	Servers = []string{s.addr}
	defer func() { Servers = old }()
	for i := 0; i < 3; i++ {
		if _, err := stdtest.Call(cat(), "dns_query", stdtest.S("example.org")); err != nil {
			t.Fatal(err)
		}
	}
	if n := s.queries.Load(); n != 1 {
		t.Errorf("3 queries reached the server %d times, want 1", n)
	}
	// A one-second TTL expires.
	for i := 0; i < 2; i++ {
		if _, err := stdtest.Call(cat(), "dns_query", stdtest.S("short.example.org")); err != nil {
			t.Fatal(err)
		}
	}
	if n := s.queries.Load(); n != 2 {
		t.Errorf("server saw %d queries, want 2", n)
	}
	time.Sleep(1100 * time.Millisecond)
	if _, err := stdtest.Call(cat(), "dns_query", stdtest.S("short.example.org")); err != nil {
		t.Fatal(err)
	}
	if n := s.queries.Load(); n != 3 {
		t.Errorf("expired answer not asked again: %d queries", n)
	}
}

func TestSPF(t *testing.T) {
	s := startServer(t)
	FlushCache()
	S := stdtest.S
	o := stdtest.M(S("servers"), stdtest.L(S(s.addr)), S("timeout"), stdtest.N(0.2))
	stdtest.Run(t, cat(), "spf_query", []stdtest.Case{
		{Name: "pass", Args: stdtest.A(S("192.0.2.5"), S("mail.example.org"), S("joe@example.org"), o), Want: `["result"=>"pass"]`},
		{Name: "pass by include", Args: stdtest.A(S("198.51.100.7"), S("h"), S("joe@example.org"), o), Want: `["result"=>"pass"]`},
		{Name: "fail", Args: stdtest.A(S("203.0.113.1"), S("h"), S("joe@example.org"), o), Want: `["result"=>"fail"]`},
		{Name: "softfail by helo", Args: stdtest.A(S("203.0.113.1"), S("soft.example.org"), S(""), o), Want: `["result"=>"softfail"]`},
		{Name: "none", Args: stdtest.A(S("203.0.113.1"), S("h"), S("joe@nope.example.org"), o), Want: `["result"=>"none"]`},
		{Name: "invalid", Args: stdtest.A(S("300.1.1.1"), S("h"), S("joe@example.org"), o), Want: `["result"=>"invalid","reason"=>"the IP address cannot be parsed"]`},
	})
	for _, tc := range []struct{ sender, want string }{
		{"joe@broken.example.org", `["result"=>"permerror","reason"=>`},
		{"joe@slow.example.org", `["result"=>"temperror","reason"=>`},
	} {
		got, err := stdtest.Call(cat(), "spf_query", S("203.0.113.1"), S("h"), S(tc.sender), o)
		if err != nil || !strings.HasPrefix(got.Repr(), tc.want) {
			t.Errorf("%s: got %s %v", tc.sender, got.Repr(), err)
		}
	}
}

func BenchmarkCachedQuery(b *testing.B) {
	s := startServer(b)
	FlushCache()
	c := cat()
	args := []value.Value{stdtest.S("example.org"), stdtest.M(stdtest.S("servers"), stdtest.L(stdtest.S(s.addr)))}
	for b.Loop() {
		if _, err := stdtest.Call(c, "dns_query", args...); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNoPanic(t *testing.T) {
	// A closed loopback port: queries fail at once, nothing leaves the machine.
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := pc.LocalAddr().String()
	pc.Close()
	old := Servers
	Servers = []string{addr}
	defer func() { Servers = old }()
	stdtest.NoPanic(t, cat())
}

func TestFailover(t *testing.T) {
	s := startServer(t)
	FlushCache()
	dead, err := net.ListenPacket("udp", "127.0.0.1:0") // bound but never answers
	if err != nil {
		t.Fatal(err)
	}
	defer dead.Close()
	got, err := stdtest.Call(cat(), "dns_query", stdtest.S("mx1.example.org"),
		stdtest.M(stdtest.S("servers"), stdtest.L(stdtest.S(dead.LocalAddr().String()), stdtest.S(s.addr)), stdtest.S("timeout"), stdtest.N(1)))
	if err != nil || got.Repr() != `["dnssec"=>false,"result"=>[0=>"192.0.2.10"]]` {
		t.Errorf("failover: %s %v", got.Repr(), err)
	}
}

func TestConcurrentQueriesShareOne(t *testing.T) {
	s := startServer(t)
	FlushCache()
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := Query(context.Background(), "example.org", mdns.TypeA, []string{s.addr}, time.Second)
			if err != nil || len(a.Records) != 2 {
				t.Errorf("query: %v", err)
			}
		}()
	}
	wg.Wait()
	if n := s.queries.Load(); n != 1 {
		t.Errorf("20 concurrent queries reached the server %d times", n)
	}
}
