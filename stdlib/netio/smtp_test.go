package netio

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"net"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// smtpPeer is a small SMTP/LMTP server for the tests. Recipients starting
// with "ok" are accepted, "later" get 450, others 550. The login is
// user/secret. With starttls it offers STARTTLS; silent never answers.
type smtpPeer struct {
	addr     string
	port     float64
	starttls bool
	silent   bool
	noEHLO   bool
	// xclient, when set, is the XCLIENT attribute list offered; an
	// attribute LOGIN=refused gets 550.
	xclient string
	// clientCAs, when set, makes STARTTLS require a client certificate
	// issued by one of them.
	clientCAs *x509.CertPool
	cert      tls.Certificate // offered after STARTTLS
	mu        sync.Mutex
	log       []string
}

func startPeer(t *testing.T, starttls, silent bool) *smtpPeer {
	return startPeerAt(t, "127.0.0.1:0", starttls, silent)
}

// startPeerAt starts a peer listening on addr (a loopback address and port).
func startPeerAt(t *testing.T, addr string, starttls, silent bool) *smtpPeer {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	ta := l.Addr().(*net.TCPAddr)
	p := &smtpPeer{addr: ta.IP.String(), port: float64(ta.Port), starttls: starttls, silent: silent}
	var cert tls.Certificate
	if starttls {
		srv := httptest.NewUnstartedServer(nil)
		srv.StartTLS()
		cert = srv.TLS.Certificates[0]
		srv.Close()
		p.cert = cert
	}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go p.serve(c, cert)
		}
	}()
	return p
}

func (p *smtpPeer) record(s string) {
	p.mu.Lock()
	p.log = append(p.log, s)
	p.mu.Unlock()
}

func (p *smtpPeer) serve(c net.Conn, cert tls.Certificate) {
	defer c.Close()
	if p.silent {
		time.Sleep(time.Second)
		return
	}
	rd := bufio.NewReader(c)
	w := func(s string) { fmt.Fprintf(c, "%s\r\n", s) }
	w("220 peer ready")
	tlsOn := false
	for {
		line, err := rd.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		p.record(line)
		verb := strings.ToUpper(strings.SplitN(line, " ", 2)[0])
		arg := ""
		if i := strings.IndexByte(line, ' '); i > 0 {
			arg = line[i+1:]
		}
		switch verb {
		case "HELO":
			w("250 peer")
		case "EHLO", "LHLO":
			if p.noEHLO {
				w("502 not implemented")
				continue
			}
			w("250-peer")
			if p.starttls && !tlsOn {
				w("250-STARTTLS")
			}
			if p.xclient != "" {
				w("250-XCLIENT " + p.xclient)
			}
			w("250 AUTH PLAIN LOGIN")
		case "STARTTLS":
			w("220 go ahead")
			cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
			if p.clientCAs != nil {
				cfg.ClientAuth, cfg.ClientCAs = tls.RequireAndVerifyClientCert, p.clientCAs
			}
			tc := tls.Server(c, cfg)
			if tc.Handshake() != nil {
				return
			}
			c, rd, tlsOn = tc, bufio.NewReader(tc), true
		case "AUTH":
			if arg == "PLAIN "+base64.StdEncoding.EncodeToString([]byte("\x00user\x00secret")) {
				w("235 ok")
			} else {
				w("535 bad credentials")
			}
		case "XCLIENT":
			if strings.Contains(arg, "LOGIN=refused") {
				w("550 5.7.0 not authorized")
			} else {
				w("220 peer ready again")
			}
		case "MAIL":
			w("250 sender ok")
		case "RCPT":
			switch {
			case strings.HasPrefix(arg, "TO:<ok"):
				w("250 recipient ok")
			case strings.HasPrefix(arg, "TO:<later"):
				w("450 try later")
			default:
				w("550 no such user")
			}
		case "DATA":
			w("354 go ahead")
			var body strings.Builder
			for {
				l, err := rd.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				body.WriteString(l)
			}
			p.record("BODY " + body.String())
			if strings.Contains(body.String(), "reject me") {
				w("554 5.6.0 content refused")
			} else {
				w("250 2.0.0 queued as X1")
			}
		case "QUIT":
			w("221 bye")
			return
		default:
			w("500 what")
		}
	}
}

func TestSMTPLookupRcpt(t *testing.T) {
	c := cat()
	p := startPeer(t, false, false)
	srv := func(kv ...value.Value) value.Value {
		return M(append([]value.Value{S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1)}, kv...)...)
	}
	stdtest.Run(t, c, "smtp_lookup_rcpt", []stdtest.Case{
		{Name: "accepted", Args: stdtest.A(srv(), S("a@example.org"), S("ok@example.net")), Want: "1"},
		{Name: "rejected", Args: stdtest.A(srv(), S("a@example.org"), S("no@example.net")), Want: "0"},
		{Name: "temporary", Args: stdtest.A(srv(), S("a@example.org"), S("later@example.net")), Want: "-1"},
		{Name: "array address", Args: stdtest.A(srv(), L(S("a"), S("example.org")), M(S("localpart"), S("ok"), S("domain"), S("example.net"))), Want: "1"},
		{Name: "lmtp", Args: stdtest.A(srv(S("protocol"), S("lmtp")), S(""), S("ok@example.net")), Want: "1"},
		{Name: "extended", Args: stdtest.A(srv(), S("a@example.org"), S("no@example.net"), M(S("extended_result"), B(true))),
			Want: `["result"=>0,"error_code"=>550,"error_message"=>"no such user","on_rcptto"=>true,"tls"=>false]`},
		{Name: "extended ok", Args: stdtest.A(srv(), S("a@example.org"), S("ok@example.net"), M(S("extended_result"), B(true))),
			Want: `["result"=>1,"error_code"=>250,"error_message"=>"recipient ok","on_rcptto"=>true,"tls"=>false]`},
		{Name: "extended deferred", Args: stdtest.A(srv(), S("a@example.org"), S("later@example.net"), M(S("extended_result"), B(true))),
			Want: `["result"=>-1,"error_code"=>450,"error_message"=>"try later","on_rcptto"=>true,"tls"=>false]`},
		{Name: "extended refused login", Args: stdtest.A(srv(S("saslusername"), S("user"), S("saslpassword"), S("wrong")), S("a@example.org"), S("ok@example.net"), M(S("extended_result"), B(true))),
			Want: `["result"=>-1,"error_code"=>535,"error_message"=>"bad credentials","on_rcptto"=>false,"tls"=>false]`},
		{Name: "timeout per state", Args: stdtest.A(srv(S("timeout"), M(S("RCPT"), N(2), S("mail"), N(1))), S("a@example.org"), S("ok@example.net")), Want: "1"},
		{Name: "bad timeout state", Args: stdtest.A(srv(S("timeout"), M(S("HELLO"), N(2))), S("a"), S("b")), Err: "unknown SMTP state"},
		{Name: "bad timeout", Args: stdtest.A(srv(S("timeout"), N(0)), S("a"), S("b")), Err: "positive number"},
		{Name: "sourceipid", Args: stdtest.A(srv(S("sourceipid"), S("out1")), S("a"), S("b")), Err: "source address id of the MTA's configuration"},
		{Name: "nonlocal_source", Args: stdtest.A(srv(S("nonlocal_source"), B(true)), S("a"), S("b")), Err: "needs the MTA's configuration"},
		{Name: "bad tls_protocols", Args: stdtest.A(srv(S("tls_protocols"), S("TLSv9")), S("a"), S("b")), Err: "tls_protocols"},
		{Name: "require tls", Args: stdtest.A(srv(S("tls"), S("require")), S("a@example.org"), S("ok@example.net")), Want: "-1"},
		{Name: "auth", Args: stdtest.A(srv(S("saslusername"), S("user"), S("saslpassword"), S("secret")), S("a@example.org"), S("ok@example.net")), Want: "1"},
		{Name: "bad auth", Args: stdtest.A(srv(S("saslusername"), S("user"), S("saslpassword"), S("wrong")), S("a@example.org"), S("ok@example.net")), Want: "-1"},
		{Name: "transport id", Args: stdtest.A(S("mx"), S("a"), S("b")), Err: "transport"},
		{Name: "no host", Args: stdtest.A(M(S("port"), N(25)), S("a"), S("b")), Err: "needs a host"},
		{Name: "bad key", Args: stdtest.A(srv(S("colour"), S("red")), S("a"), S("b")), Err: "unknown key"},
		{Name: "bad tls", Args: stdtest.A(srv(S("tls"), S("sometimes")), S("a"), S("b")), Err: "tls must be"},
	})
	p.mu.Lock()
	defer p.mu.Unlock()
	joined := strings.Join(p.log, "\n")
	for _, want := range []string{"MAIL FROM:<a@example.org>", "RCPT TO:<ok@example.net>", "LHLO ", "MAIL FROM:<>", "QUIT"} {
		if !strings.Contains(joined, want) {
			t.Errorf("peer never saw %q", want)
		}
	}
}

func TestSMTPStartTLS(t *testing.T) {
	c := cat()
	p := startPeer(t, true, false)
	srv := M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1), S("tls"), S("require"))
	got, err := stdtest.Call(c, "smtp_lookup_rcpt", srv, S("a@example.org"), S("ok@example.net"), M(S("extended_result"), B(true)))
	if err != nil || got.Repr() != `["result"=>1,"error_code"=>250,"error_message"=>"recipient ok","on_rcptto"=>true,"tls"=>true]` {
		t.Errorf("starttls: %s %v", got.Repr(), err)
	}
	// Without a tls key STARTTLS is not used (the default is disabled).
	plain := M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1))
	if got, _ := stdtest.Call(c, "smtp_lookup_rcpt", plain, S("a@example.org"), S("ok@example.net"), M(S("extended_result"), B(true))); !strings.HasSuffix(got.Repr(), `"tls"=>false]`) {
		t.Errorf("default tls: %s", got.Repr())
	}
	verify := M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1), S("tls"), S("require_verify"))
	if got, _ := stdtest.Call(c, "smtp_lookup_rcpt", verify, S("a@example.org"), S("ok@example.net")); got.Repr() != "-1" {
		t.Errorf("untrusted certificate with require_verify: %s", got.Repr())
	}
	// Trusted: require_verify checks the chain; the name (the certificate
	// has 127.0.0.1 and example.com) only with tls_verify_host or
	// tls_verify_name.
	leaf, err := x509.ParseCertificate(p.cert.Certificate[0])
	if err != nil {
		t.Fatal(err)
	}
	rootCAs = x509.NewCertPool()
	rootCAs.AddCert(leaf)
	defer func() { rootCAs = nil }()
	for _, tc := range []struct {
		extra []value.Value
		want  string
	}{
		{nil, "1"},
		{[]value.Value{S("tls_verify_host"), B(true)}, "1"},
		{[]value.Value{S("tls_verify_name"), L(S("example.com"))}, "1"},
		{[]value.Value{S("tls_verify_name"), L(S("other.example"))}, "-1"},
		{[]value.Value{S("tls_protocols"), S("TLSv1.2")}, "1"},
		{[]value.Value{S("host"), S("localhost")}, "1"},
		{[]value.Value{S("host"), S("localhost"), S("tls_verify_host"), B(true)}, "-1"},
	} {
		srv := M(append([]value.Value{S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1), S("tls"), S("require_verify")}, tc.extra...)...)
		if got, err := stdtest.Call(c, "smtp_lookup_rcpt", srv, S("a@example.org"), S("ok@example.net")); err != nil || got.Repr() != tc.want {
			t.Errorf("require_verify %s: %s %v, want %s", srv.Repr(), got.Repr(), err, tc.want)
		}
	}
}

func TestSMTPLookupAuth(t *testing.T) {
	c := cat()
	p := startPeer(t, false, false)
	srv := M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1))
	stdtest.Run(t, c, "smtp_lookup_auth", []stdtest.Case{
		{Args: stdtest.A(srv, S("user"), S("secret")), Want: "1"},
		{Args: stdtest.A(srv, S("user"), S("nope")), Want: "0"},
	})
}

func TestSMTPUnreachable(t *testing.T) {
	c := cat()
	silent := startPeer(t, false, true)
	start := time.Now()
	got, err := stdtest.Call(c, "smtp_lookup_auth", M(S("host"), S(silent.addr), S("port"), N(silent.port), S("timeout"), N(0.2)), S("u"), S("p"))
	if err != nil || got.Repr() != "-1" {
		t.Errorf("silent peer: %s %v", got.Repr(), err)
	}
	if time.Since(start) > 1500*time.Millisecond {
		t.Errorf("waited %v for a silent peer", time.Since(start))
	}
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	got, _ = stdtest.Call(c, "smtp_lookup_rcpt", M(S("host"), S("127.0.0.1"), S("port"), N(float64(port))), S("a"), S("b"), M(S("extended_result"), B(true)))
	if r := got.Repr(); !strings.HasPrefix(r, `["result"=>-1,"error_code"=>0,"error_message"=>`) || !strings.Contains(r, "refused") ||
		!strings.HasSuffix(r, `"on_rcptto"=>false,"tls"=>false]`) {
		t.Errorf("refused: %s", r)
	}
}

func TestSend(t *testing.T) {
	p := startPeer(t, false, false)
	srv := M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1))
	f := &catalog.Func{Name: "send", Params: []catalog.Param{{Name: "sender", Type: "string"}, {Name: "recipients", Type: "array"}, {Name: "server", Type: "array"}}}
	send := func(data string, args ...value.Value) (value.Value, error) {
		f.Impl = func(a *catalog.Args) (value.Value, error) { return Send(a, []byte(data), 0, 1, 2) }
		return stdtest.Invoke(&stdtest.Env{}, f, value.None, args...)
	}
	got, err := send("Subject: x\r\n\r\n.leading dot\r\nbody", S("a@example.org"), L(S("ok1@example.net"), M(S("localpart"), S("ok2"), S("domain"), S("example.net"))), srv)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Repr()
	if !strings.Contains(r, `"result"=>["state"=>"EOD","code"=>250,"enhanced"=>[0=>2,1=>0,2=>0],"reason"=>[0=>"queued as X1"]]`) ||
		!strings.Contains(r, `"remoteip"=>"127.0.0.1"`) || !strings.Contains(r, `"tls"=>false`) {
		t.Errorf("send: %s", r)
	}
	p.mu.Lock()
	joined := strings.Join(p.log, "\n")
	p.mu.Unlock()
	if !strings.Contains(joined, "BODY Subject: x\r\n\r\n..leading dot\r\nbody\r\n") || !strings.Contains(joined, "RCPT TO:<ok2@example.net>") {
		t.Errorf("peer saw:\n%s", joined)
	}
	got, _ = send("reject me", S("a@example.org"), L(S("ok@example.net")), srv)
	if r := got.Repr(); !strings.Contains(r, `"state"=>"EOD","code"=>554,"enhanced"=>[0=>5,1=>6,2=>0],"reason"=>[0=>"content refused"]`) {
		t.Errorf("refused content: %s", r)
	}
	got, _ = send("x", S("a@example.org"), L(S("no@example.net")), srv)
	if r := got.Repr(); !strings.Contains(r, `"state"=>"RCPT","code"=>550`) {
		t.Errorf("refused recipient: %s", r)
	}
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	got, _ = send("x", S("a"), L(S("b")), M(S("host"), S("127.0.0.1"), S("port"), N(float64(port))))
	if r := got.Repr(); !strings.HasPrefix(r, `["error"=>["temporary"=>true,"reason"=>`) {
		t.Errorf("refused connection: %s", r)
	}
	if _, err := send("x", S("a"), L(), srv); err == nil {
		t.Error("no recipients accepted")
	}
}

func TestSMTPHeloFallback(t *testing.T) {
	p := startPeer(t, false, false)
	p.noEHLO = true
	srv := M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1))
	if got, _ := stdtest.Call(cat(), "smtp_lookup_rcpt", srv, S("a@example.org"), S("ok@example.net")); got.Repr() != "1" {
		t.Errorf("HELO fallback: %s", got.Repr())
	}
	lmtp := M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1), S("protocol"), S("lmtp"))
	if got, _ := stdtest.Call(cat(), "smtp_lookup_rcpt", lmtp, S("a@example.org"), S("ok@example.net")); got.Repr() != "-1" {
		t.Errorf("LMTP has no HELO fallback: %s", got.Repr())
	}
}

func TestTimeoutFor(t *testing.T) {
	srv := &smtpServer{timeout: 30 * time.Second, timeouts: map[string]time.Duration{"RCPT": 2 * time.Second}}
	for state, want := range map[string]time.Duration{"RCPT": 2 * time.Second, "MAIL": 30 * time.Second, "BANNER": 30 * time.Second} {
		if got := srv.timeoutFor(state); got != want {
			t.Errorf("timeoutFor(%s) = %v, want %v", state, got, want)
		}
	}
}

func TestCapturePeerCert(t *testing.T) {
	p := startPeer(t, true, false)
	leaf := p.cert.Certificate[0]
	call := func(kv ...value.Value) value.Value {
		srv := M(append([]value.Value{S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1)}, kv...)...)
		got, err := stdtest.Call(cat(), "smtp_lookup_rcpt", srv, S("a@example.org"), S("ok@example.net"), M(S("extended_result"), B(true)))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	got := call(S("tls"), S("require"), S("tls_capture_peer_cert"), B(true))
	pc, ok := got.AsArray().Get(value.StrKey("peercert"))
	if !ok || pc.Kind() != value.KindArray {
		t.Fatalf("no peercert: %s", got.Repr())
	}
	x, _ := pc.AsArray().Get(value.StrKey("x509"))
	r, ok := x.AsResource().(*classes.X509Resource)
	if !ok || !bytes.Equal(r.Cert.Raw, leaf) {
		t.Errorf("peercert x509 is not the server's certificate: %s", pc.Repr())
	}
	if chain, _ := pc.AsArray().Get(value.StrKey("chain")); chain.Kind() != value.KindArray || chain.AsArray().Len() != len(p.cert.Certificate)-1 {
		t.Errorf("peercert chain: %s", chain.Repr())
	}
	for _, kv := range [][]value.Value{
		{S("tls"), S("require")}, // not asked for
		{S("tls"), S("require"), S("tls_capture_peer_cert"), B(false)},
		{S("tls_capture_peer_cert"), B(true)}, // no TLS, no certificate
	} {
		if got := call(kv...); strings.Contains(got.Repr(), "peercert") {
			t.Errorf("%v: %s", kv, got.Repr())
		}
	}

	f := &catalog.Func{Name: "send", Params: []catalog.Param{{Name: "sender", Type: "string"}, {Name: "recipients", Type: "array"}, {Name: "server", Type: "array"}}}
	f.Impl = func(a *catalog.Args) (value.Value, error) { return Send(a, []byte("x"), 0, 1, 2) }
	sent, err := stdtest.Invoke(&stdtest.Env{}, f, value.None, S("a@example.org"), L(S("ok@example.net")),
		M(S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(1), S("tls"), S("require"), S("tls_capture_peer_cert"), B(true)))
	if err != nil {
		t.Fatal(err)
	}
	pc, ok = sent.AsArray().Get(value.StrKey("peercert"))
	if !ok {
		t.Fatalf("send() without peercert: %s", sent.Repr())
	}
	x, _ = pc.AsArray().Get(value.StrKey("x509"))
	if r, ok := x.AsResource().(*classes.X509Resource); !ok || !bytes.Equal(r.Cert.Raw, leaf) {
		t.Errorf("send() peercert: %s", pc.Repr())
	}
}
