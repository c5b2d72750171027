package netio

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"net"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

func method(t *testing.T, c *catalog.Catalog, self value.Value, name string, args ...value.Value) value.Value {
	t.Helper()
	cl := c.Class(self.AsObject().ClassName())
	v, err := stdtest.Invoke(&stdtest.Env{}, cl.Methods[name], self, args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

func construct(t *testing.T, c *catalog.Catalog, class string, args ...value.Value) value.Value {
	t.Helper()
	v, err := stdtest.Invoke(&stdtest.Env{}, c.Class(class).Constructor, value.None, args...)
	if err != nil {
		t.Fatalf("%s: %v", class, err)
	}
	return v
}

// echoServer accepts connections and writes back what it reads.
func echoServer(t *testing.T, wrap func(net.Conn) net.Conn) (string, int) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				if wrap != nil {
					c = wrap(c)
				}
				_, _ = io.Copy(c, c)
			}()
		}
	}()
	host, port, _ := net.SplitHostPort(l.Addr().String())
	p, _ := strconv.Atoi(port)
	return host, p
}

func TestSocketTCP(t *testing.T) {
	c := cat()
	host, port := echoServer(t, nil)
	s := construct(t, c, "Socket", S("AF_INET"), S("SOCK_STREAM"))
	method(t, c, s, "settimeout", N(0.3))
	if method(t, c, s, "connect", S(host), N(float64(port))).IsNone() {
		t.Fatalf("connect: errno %v", method(t, c, s, "errno").Repr())
	}
	if n := method(t, c, s, "send", S("hello world")).Repr(); n != "11" {
		t.Errorf("send %s", n)
	}
	if got := method(t, c, s, "recv", N(5), L(S("MSG_WAITALL"))).Repr(); got != `"hello"` {
		t.Errorf("recv waitall %s", got)
	}
	time.Sleep(20 * time.Millisecond)
	if got := method(t, c, s, "recv", N(3), S("MSG_PEEK")).Repr(); got != `" wo"` {
		t.Errorf("peek %s", got)
	}
	if got := method(t, c, s, "recv", N(100)).Repr(); got != `" world"` {
		t.Errorf("recv %s", got)
	}
	// Nothing more arrives: the timeout ends the wait.
	start := time.Now()
	if got := method(t, c, s, "recv", N(10)); !got.IsNone() {
		t.Errorf("recv after the data: %s", got.Repr())
	}
	if e := method(t, c, s, "errno").Repr(); e != "11" {
		t.Errorf("errno after timeout %s", e)
	}
	if time.Since(start) > 2*time.Second {
		t.Error("timeout not honoured")
	}
	if method(t, c, s, "shutdown", S("SHUT_WR")).IsNone() {
		t.Error("shutdown")
	}
	if got := method(t, c, s, "recv", N(10)).Repr(); got != `""` {
		t.Errorf("recv after the peer closed: %s", got)
	}
	if method(t, c, s, "close").IsNone() {
		t.Error("close")
	}
	if !method(t, c, s, "send", S("x")).IsNone() || method(t, c, s, "errno").Repr() != "9" {
		t.Error("send after close")
	}
}

func TestSocketErrors(t *testing.T) {
	c := cat()
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	_, port, _ := net.SplitHostPort(l.Addr().String())
	l.Close()
	p, _ := strconv.Atoi(port)
	s := construct(t, c, "Socket", S("AF_INET"), S("SOCK_STREAM"))
	if !method(t, c, s, "connect", S("127.0.0.1"), N(float64(p))).IsNone() {
		t.Fatal("connected to a closed port")
	}
	if e := method(t, c, s, "errno").Repr(); e != "111" {
		t.Errorf("errno %s, want 111 (ECONNREFUSED)", e)
	}
	if !method(t, c, s, "connect", S("::1"), N(1)).IsNone() || method(t, c, s, "errno").Repr() != "22" {
		t.Error("IPv6 address on an AF_INET socket")
	}
	if !method(t, c, s, "recv", N(1)).IsNone() {
		t.Error("recv without a connection")
	}
	for _, bad := range [][]value.Value{{S("AF_IPX"), S("SOCK_STREAM")}, {S("AF_INET"), S("SOCK_RAW")}} {
		if _, err := stdtest.Invoke(&stdtest.Env{}, c.Class("Socket").Constructor, value.None, bad...); err == nil {
			t.Errorf("Socket%v accepted", bad)
		}
	}
	if _, err := stdtest.Invoke(&stdtest.Env{}, c.Class("Socket").Methods["recv"], s, N(1), S("MSG_OOB")); err == nil {
		t.Error("unknown flag accepted")
	}
	af := c.Class("Socket").Statics["AF"]
	for in, want := range map[string]string{"192.0.2.1": `"AF_INET"`, "2001:db8::1": `"AF_INET6"`, "[::1]": `"AF_INET6"`, "host": "none"} {
		if got, _ := stdtest.Invoke(&stdtest.Env{}, af, value.None, S(in)); got.Repr() != want {
			t.Errorf("AF(%s) = %s", in, got.Repr())
		}
	}
}

func TestSocketShutdownAfterPeerClosed(t *testing.T) {
	c := cat()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	for _, how := range []string{"SHUT_RDWR", "SHUT_WR", "SHUT_RD"} {
		go func() {
			if conn, err := l.Accept(); err == nil {
				_, _ = conn.Write([]byte("bye"))
				conn.Close()
			}
		}()
		s := construct(t, c, "Socket", S("AF_INET"), S("SOCK_STREAM"))
		method(t, c, s, "settimeout", N(2))
		if method(t, c, s, "connect", S("127.0.0.1"), N(float64(port))).IsNone() {
			t.Fatal("connect")
		}
		if got := method(t, c, s, "recv", N(10), L(S("MSG_WAITALL"))).Repr(); got != `"bye"` {
			t.Fatalf("recv %s", got)
		}
		if got := method(t, c, s, "recv", N(10)).Repr(); got != `""` {
			t.Fatalf("recv at the end %s", got)
		}
		if method(t, c, s, "shutdown", S(how)).IsNone() {
			t.Errorf("%s after the peer closed: none, errno %s", how, method(t, c, s, "errno").Repr())
		}
		method(t, c, s, "close")
	}
}

func TestSocketUDP(t *testing.T) {
	c := cat()
	rx := construct(t, c, "Socket", S("AF_INET"), S("SOCK_DGRAM"))
	if method(t, c, rx, "bind", S("127.0.0.1"), N(0)).IsNone() {
		t.Fatal("bind")
	}
	port := rx.Ref().(*Socket).local.(*net.UDPAddr).Port
	tx := construct(t, c, "Socket", S("AF_INET"), S("SOCK_DGRAM"))
	method(t, c, tx, "connect", S("127.0.0.1"), N(float64(port)))
	method(t, c, tx, "send", S("datagram"))
	method(t, c, rx, "settimeout", N(1))
	if got := method(t, c, rx, "recv", N(100)).Repr(); got != `"datagram"` {
		t.Errorf("udp recv %s (errno %s)", got, method(t, c, rx, "errno").Repr())
	}
	// Each recv reads one datagram: the rest of a longer one is dropped,
	// and MSG_PEEK leaves the datagram for the next recv.
	method(t, c, tx, "send", S("hello"))
	method(t, c, tx, "send", S("world"))
	method(t, c, tx, "send", S("third"))
	for _, step := range []struct {
		n     float64
		flags value.Value
		want  string
	}{{2, value.None, `"he"`}, {3, L(S("MSG_PEEK")), `"wor"`}, {10, value.None, `"world"`}, {10, L(S("MSG_PEEK")), `"third"`}, {10, value.None, `"third"`}} {
		if got := method(t, c, rx, "recv", N(step.n), step.flags).Repr(); got != step.want {
			t.Errorf("bound recv(%v, %s) = %s, want %s", step.n, step.flags.Repr(), got, step.want)
		}
	}
	// The same on a connected datagram socket.
	peer, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	cs := construct(t, c, "Socket", S("AF_INET"), S("SOCK_DGRAM"))
	method(t, c, cs, "settimeout", N(1))
	method(t, c, cs, "connect", S("127.0.0.1"), N(float64(peer.LocalAddr().(*net.UDPAddr).Port)))
	local := cs.Ref().(*Socket).conn.LocalAddr()
	_, _ = peer.WriteTo([]byte("first"), local)
	_, _ = peer.WriteTo([]byte("second"), local)
	if got := method(t, c, cs, "recv", N(3)).Repr(); got != `"fir"` {
		t.Errorf("connected recv %s", got)
	}
	if got := method(t, c, cs, "recv", N(10)).Repr(); got != `"second"` {
		t.Errorf("connected recv %s", got)
	}
}

func TestTLSSocket(t *testing.T) {
	srv := httptest.NewUnstartedServer(nil)
	srv.StartTLS() // only for its certificate
	defer srv.Close()
	cert := srv.TLS.Certificates[0]
	host, port := echoServer(t, func(conn net.Conn) net.Conn {
		return tls.Server(conn, &tls.Config{Certificates: []tls.Certificate{cert}})
	})
	c := cat()
	dial := func() value.Value {
		s := construct(t, c, "Socket", S("AF_INET"), S("SOCK_STREAM"))
		method(t, c, s, "settimeout", N(1))
		if method(t, c, s, "connect", S(host), N(float64(port))).IsNone() {
			t.Fatal("connect")
		}
		return s
	}
	ts := construct(t, c, "TLSSocket", dial(), M(S("tls_protocols"), S("TLSv1.2,TLSv1.3")))
	if n := method(t, c, ts, "send", S("over tls")).Repr(); n != "8" {
		t.Fatalf("send %s errno %s", n, method(t, c, ts, "errno").Repr())
	}
	if got := method(t, c, ts, "recv", N(100)).Repr(); got != `"over tls"` {
		t.Errorf("recv %s", got)
	}
	if x := method(t, c, ts, "getpeerx509"); x.IsNone() || x.AsObject().ClassName() != "X509" {
		t.Errorf("peer certificate %s", x.Repr())
	}
	if method(t, c, ts, "toSocket").AsObject().ClassName() != "Socket" {
		t.Error("toSocket")
	}
	method(t, c, ts, "shutdown")
	// Verification against the system roots fails for the test certificate.
	bad := construct(t, c, "TLSSocket", dial(), M(S("tls_verify_ca"), B(true)))
	if !method(t, c, bad, "handshake").IsNone() {
		t.Error("untrusted certificate accepted")
	}
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	rootCAs = pool
	defer func() { rootCAs = nil }()
	good := construct(t, c, "TLSSocket", dial(), M(S("tls_verify_ca"), B(true), S("tls_verify_name"), L(S("example.com"))))
	if method(t, c, good, "handshake").IsNone() {
		t.Error("trusted certificate refused")
	}
	wrong := construct(t, c, "TLSSocket", dial(), M(S("tls_verify_ca"), B(true), S("tls_verify_name"), L(S("other.example"))))
	if !method(t, c, wrong, "handshake").IsNone() {
		t.Error("wrong name accepted")
	}
	if _, err := stdtest.Invoke(&stdtest.Env{}, c.Class("TLSSocket").Constructor, value.None, construct(t, c, "Socket", S("AF_INET"), S("SOCK_STREAM")), M()); err == nil {
		t.Error("TLS on an unconnected socket")
	}
	if _, err := stdtest.Invoke(&stdtest.Env{}, c.Class("TLSSocket").Constructor, value.None, dial(), M(S("tls_protocols"), S("SSLv9"))); err == nil {
		t.Error("bad protocol accepted")
	}
}

func TestParseProtocols(t *testing.T) {
	for in, want := range map[string][2]uint16{
		"TLSv1.2,TLSv1.3":          {tls.VersionTLS12, tls.VersionTLS13},
		"!SSLv2,!SSLv3,!TLSv1":     {tls.VersionTLS11, tls.VersionTLS13},
		"TLSv1.3":                  {tls.VersionTLS13, tls.VersionTLS13},
		"!TLSv1 !TLSv1.1 !TLSv1.3": {tls.VersionTLS12, tls.VersionTLS12},
	} {
		lo, hi, err := parseProtocols(in)
		if err != nil || lo != want[0] || hi != want[1] {
			t.Errorf("%q: %x %x %v", in, lo, hi, err)
		}
	}
	for _, bad := range []string{"TLSv9", "!TLSv1,!TLSv1.1,!TLSv1.2,!TLSv1.3"} {
		if _, _, err := parseProtocols(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestSocketUnix(t *testing.T) {
	path := filepath.Join(t.TempDir(), "echo.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_, _ = io.Copy(c, c)
	}()
	c := cat()
	s := construct(t, c, "Socket", S("AF_UNIX"), S("SOCK_STREAM"))
	if method(t, c, s, "connect", S(path)).IsNone() {
		t.Fatalf("connect: errno %s", method(t, c, s, "errno").Repr())
	}
	method(t, c, s, "send", S("unix"))
	if got := method(t, c, s, "recv", N(4), L(S("MSG_WAITALL"))).Repr(); got != `"unix"` {
		t.Errorf("recv %s", got)
	}
}

func TestNoPanic(t *testing.T) {
	stdtest.NoPanic(t, cat())
}
