package netio

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
	"github.com/openhsl/hsl/stdlib/pki"
)

// clientPKI makes a root, an intermediate and a client certificate issued
// by the intermediate. The store's "client" entry holds the client
// certificate with the intermediate after it (servers that trust the root
// need both), "certonly" the certificate alone. It returns an Env with
// that store and a pool holding the root.
func clientPKI(t *testing.T) (*stdtest.Env, *x509.CertPool) {
	t.Helper()
	root := stdtest.NewKeyPair(t, "ec", "root", nil)
	inter := stdtest.NewKeyPair(t, "ec", "intermediate", root)
	client := stdtest.NewKeyPair(t, "ed25519", "client one", inter)
	store, err := pki.New([]pki.Entry{
		{ID: "client", Certificate: append(append([]byte{}, client.CertPEM...), inter.CertPEM...), PrivateKey: client.KeyPEM},
		{ID: "certonly", Certificate: client.CertPEM},
	})
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(root.Cert)
	return &stdtest.Env{Keys: store}, pool
}

func TestHTTPClientCertificateFromPKI(t *testing.T) {
	env, pool := clientPKI(t)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello %s", r.TLS.PeerCertificates[0].Subject.CommonName)
	}))
	srv.TLS = &tls.Config{ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	defer srv.Close()
	opts := func(ref string) value.Value {
		return M(S("tls_verify_peer"), B(false), S("tls_client_cert"), S(ref), S("timeout"), N(5))
	}
	for _, ref := range []string{"pki:client", "client"} {
		got, err := stdtest.CallEnv(env, cat(), "http", S(srv.URL), opts(ref))
		if err != nil || got.Repr() != `"hello client one"` {
			t.Errorf("%s: %s %v", ref, got.Repr(), err)
		}
	}
	if got, err := stdtest.CallEnv(env, cat(), "http", S(srv.URL), M(S("tls_verify_peer"), B(false))); err != nil || !got.IsNone() {
		t.Errorf("without a client certificate: %s %v", got.Repr(), err)
	}
	for _, c := range []struct {
		env  catalog.Env
		ref  string
		want string
	}{
		{env, "pki:nope", `option tls_client_cert: unknown pki id "nope"`},
		{env, "pki:certonly", `option tls_client_cert: pki id "pki:certonly" has no private key`},
		{&stdtest.Env{}, "pki:client", "option tls_client_cert: no key store"},
	} {
		if _, err := stdtest.CallEnv(c.env, cat(), "http", S(srv.URL), opts(c.ref)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: want error %q, got %v", c.ref, c.want, err)
		}
	}
}

func TestTLSSocketClientCertificateFromPKI(t *testing.T) {
	env, pool := clientPKI(t)
	server := stdtest.NewKeyPair(t, "ec", "localhost", nil)
	cert, err := tls.X509KeyPair(server.CertPEM, server.KeyPEM)
	if err != nil {
		t.Fatal(err)
	}
	host, port := echoServer(t, func(conn net.Conn) net.Conn {
		return tls.Server(conn, &tls.Config{Certificates: []tls.Certificate{cert}, ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool})
	})
	c := cat()
	newTLS := func(env catalog.Env, opts value.Value) (value.Value, error) {
		s := construct(t, c, "Socket", S("AF_INET"), S("SOCK_STREAM"))
		method(t, c, s, "settimeout", N(5))
		if method(t, c, s, "connect", S(host), N(float64(port))).IsNone() {
			t.Fatal("connect")
		}
		return stdtest.Invoke(env, c.Class("TLSSocket").Constructor, value.None, s, opts)
	}
	ts, err := newTLS(env, M(S("tls_client_cert"), S("pki:client")))
	if err != nil {
		t.Fatal(err)
	}
	if n := method(t, c, ts, "send", S("ping")).Repr(); n != "4" {
		t.Fatalf("send: %s", n)
	}
	if got := method(t, c, ts, "recv", N(10)).Repr(); got != `"ping"` {
		t.Errorf("recv with a client certificate: %s", got)
	}
	ts, err = newTLS(env, M())
	if err != nil {
		t.Fatal(err)
	}
	if !method(t, c, ts, "send", S("ping")).IsNone() && !method(t, c, ts, "recv", N(10)).IsNone() {
		t.Error("the server accepted a client without a certificate")
	}
	if _, err := newTLS(env, M(S("tls_client_cert"), S("pki:nope"))); err == nil || !strings.Contains(err.Error(), `unknown pki id "nope"`) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestSMTPClientCertificateFromPKI(t *testing.T) {
	env, pool := clientPKI(t)
	p := startPeer(t, true, false)
	p.clientCAs = pool
	srv := func(kv ...value.Value) value.Value {
		return M(append([]value.Value{S("host"), S(p.addr), S("port"), N(p.port), S("timeout"), N(5), S("tls"), S("require")}, kv...)...)
	}
	lookup := func(env catalog.Env, server value.Value) (value.Value, error) {
		return stdtest.CallEnv(env, cat(), "smtp_lookup_rcpt", server, S("a@example.org"), S("ok@example.net"))
	}
	if got, err := lookup(env, srv(S("tls_client_cert"), S("pki:client"))); err != nil || got.Repr() != "1" {
		t.Errorf("with a client certificate: %s %v", got.Repr(), err)
	}
	if got, err := lookup(env, srv()); err != nil || got.Repr() != "-1" {
		t.Errorf("without a client certificate: %s %v", got.Repr(), err)
	}
	if _, err := lookup(env, srv(S("tls_client_cert"), S("pki:nope"))); err == nil || !strings.Contains(err.Error(), `tls_client_cert: unknown pki id "nope"`) {
		t.Errorf("unknown id: %v", err)
	}
}
