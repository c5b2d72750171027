package netio

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
	"github.com/openhsl/hsl/stdlib/cryptofn"
	"github.com/openhsl/hsl/stdlib/files"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var (
	S, N, B = stdtest.S, stdtest.N, stdtest.B
	M, L    = stdtest.M, stdtest.L
)

func cat() *catalog.Catalog {
	c := catalog.New()
	Register(c)
	return c
}

// echoHandler answers with what it received; some paths behave specially.
func echoHandler(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/missing":
		http.Error(w, "nope", http.StatusNotFound)
		return
	case "/redirect":
		http.Redirect(w, r, "/final", http.StatusFound)
		return
	case "/slow":
		time.Sleep(500 * time.Millisecond)
	case "/big":
		_, _ = w.Write([]byte(strings.Repeat("x", 1000)))
		return
	}
	body, _ := io.ReadAll(r.Body)
	w.Header().Set("X-Echo", "yes")
	fmt.Fprintf(w, "%s %s ct=%s x=%s body=%s", r.Method, r.URL.RequestURI(), r.Header.Get("Content-Type"), r.Header.Get("X-Test"), body)
}

func TestHTTP(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(echoHandler))
	defer srv.Close()
	u := srv.URL
	short := func(kv ...value.Value) value.Value {
		return M(append(kv, S("timeout"), N(0.2), S("connect_timeout"), N(0.2))...)
	}
	chunks := []string{"a", "b", ""}
	stream := stdtest.Fn(func(...value.Value) (value.Value, error) {
		c := chunks[0]
		chunks = chunks[1:]
		return S(c), nil
	})
	stdtest.Run(t, cat(), "http", []stdtest.Case{
		{Name: "get", Args: stdtest.A(S(u + "/x?y=1")), Want: `"GET /x?y=1 ct= x= body="`},
		{Name: "get args", Args: stdtest.A(S(u+"/q?a=$1&b=$2"), M(), L(S("a b&c"), S("ö"))), Want: `"GET /q?a=a%20b%26c&b=%C3%B6 ct= x= body="`},
		{Name: "get args in path", Args: stdtest.A(S(u+"/p/$1"), M(), L(S("a b+c"))), Want: `"GET /p/a%20b%2Bc ct= x= body="`},
		{Name: "headers", Args: stdtest.A(S(u), M(S("headers"), L(S("X-Test: 1")))), Want: `"GET / ct= x=1 body="`},
		{Name: "post string", Args: stdtest.A(S(u), M(), M(), S("k=v")), Want: `"POST / ct=application/x-www-form-urlencoded x= body=k=v"`},
		{Name: "post stream", Args: stdtest.A(S(u), M(S("method"), S("put")), M(), stream), Want: `"PUT / ct= x= body=ab"`},
		{Name: "post file", Args: stdtest.A(S(u), M(), M(), value.ObjectValue(files.FromBytes([]byte("filedata"), ""))), Want: `"POST / ct= x= body=filedata"`},
		{Name: "not 2xx", Args: stdtest.A(S(u + "/missing")), Want: `none`},
		{Name: "no redirect", Args: stdtest.A(S(u + "/redirect")), Want: `none`},
		{Name: "redirect", Args: stdtest.A(S(u+"/redirect"), M(S("redirects"), N(1))), Want: `"GET /final ct= x= body="`},
		{Name: "timeout", Args: stdtest.A(S(u+"/slow"), short()), Want: `none`},
		{Name: "too big", Args: stdtest.A(S(u+"/big"), M(S("max_file_size"), N(999))), Want: `none`},
		{Name: "big enough", Args: stdtest.A(S(u+"/big"), M(S("max_file_size"), N(1000))), Want: `"` + strings.Repeat("x", 1000) + `"`},
		{Name: "bad url", Args: stdtest.A(S("ftp://x")), Err: "http or https URL"},
		{Name: "bad option", Args: stdtest.A(S(u), M(S("nope"), B(true))), Err: "unknown option"},
		{Name: "bad header", Args: stdtest.A(S(u), M(S("headers"), L(S("no colon")))), Err: "Name: value"},
		{Name: "bad post", Args: stdtest.A(S(u), M(), M(), N(1)), Err: "must be an array"},
		{Name: "bad timeout", Args: stdtest.A(S(u), M(S("timeout"), N(-3))), Err: "timeout"},
		{Name: "sourceipid", Args: stdtest.A(S(u), M(S("sourceipid"), S("out1"))), Err: "needs the MTA"},
		{Name: "pki id", Args: stdtest.A(S(u), M(S("tls_client_cert"), S("pki:x"))), Err: "no key store"},
	})
	ext, err := stdtest.Call(cat(), "http", S(u+"/missing"), M(S("extended_result"), B(true)))
	if r := ext.Repr(); err != nil || !strings.HasPrefix(r, `["status"=>404,"headers"=>[`) || !strings.Contains(r, `"X-Content-Type-Options: nosniff"`) ||
		!strings.HasSuffix(r, `"content"=>"nope`+"\n"+`"]`) {
		t.Errorf("extended: %s %v", r, err)
	}
	raw, _ := stdtest.Call(cat(), "http", S(u+"/r"), M(S("response_headers"), B(true)))
	if r := raw.AsString(); !strings.HasPrefix(r, "HTTP/1.1 200 OK\r\n") || !strings.Contains(r, "X-Echo: yes\r\n") || !strings.HasSuffix(r, "\r\n\r\nGET /r ct= x= body=") {
		t.Errorf("response_headers: %q", r)
	}
	// response_headers gives the whole response whatever its status.
	raw, _ = stdtest.Call(cat(), "http", S(u+"/missing"), M(S("response_headers"), B(true)))
	if raw.Kind() != value.KindString || !strings.HasPrefix(raw.AsString(), "HTTP/1.1 404 Not Found\r\n") || !strings.HasSuffix(raw.AsString(), "\r\n\r\nnope\n") {
		t.Errorf("response_headers on a 404: %s", raw.Repr())
	}
	// Multipart form fields.
	got, err := stdtest.Call(cat(), "http", S(u), M(), M(), M(S("field"), S("value")))
	if err != nil || !strings.Contains(got.AsString(), "multipart/form-data") || !strings.Contains(got.AsString(), "name=\"field\"") {
		t.Errorf("form: %s %v", got.Repr(), err)
	}
}

func TestHTTPRefusedAndBackground(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	start := time.Now()
	got, err := stdtest.Call(cat(), "http", S("http://"+addr+"/"), M(S("extended_result"), B(true)))
	if err != nil || !got.IsNone() {
		t.Errorf("refused: %s %v", got.Repr(), err)
	}
	if time.Since(start) > 2*time.Second {
		t.Error("refused connection took too long")
	}
	hits := make(chan string, 3)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits <- r.URL.Path
		w.WriteHeader(500)
	}))
	defer srv.Close()
	got, err = stdtest.Call(cat(), "http", S(srv.URL+"/bg"), M(S("background"), B(true), S("background_retry_count"), N(1), S("background_retry_delay"), N(0.01)))
	if err != nil || got.Repr() != "true" {
		t.Fatalf("background: %s %v", got.Repr(), err)
	}
	for i := 0; i < 2; i++ {
		select {
		case p := <-hits:
			if p != "/bg" {
				t.Errorf("path %s", p)
			}
		case <-time.After(2 * time.Second):
			t.Fatal("background request (or its retry) never arrived")
		}
	}
}

func TestHTTPS(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(echoHandler))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	defer srv.Close()
	c := cat()
	// The test certificate is not trusted by the system.
	if got, _ := stdtest.Call(c, "http", S(srv.URL)); !got.IsNone() {
		t.Errorf("untrusted certificate accepted: %s", got.Repr())
	}
	if got, _ := stdtest.Call(c, "http", S(srv.URL), M(S("tls_verify_peer"), B(false))); got.AsString() != "GET / ct= x= body=" {
		t.Errorf("without verification: %s", got.Repr())
	}
	// tls_verify_host checks the name even when the chain is not checked.
	hostOnly := M(S("tls_verify_peer"), B(false), S("tls_verify_host"), B(true))
	if got, _ := stdtest.Call(c, "http", S(srv.URL), hostOnly); got.AsString() != "GET / ct= x= body=" {
		t.Errorf("name only, right name: %s", got.Repr())
	}
	if got, _ := stdtest.Call(c, "http", S(strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)), hostOnly); !got.IsNone() {
		t.Errorf("name only, wrong name accepted: %s", got.Repr())
	}
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	rootCAs = pool
	defer func() { rootCAs = nil }()
	if got, _ := stdtest.Call(c, "http", S(srv.URL), M(S("tls_verify_host"), B(true))); got.AsString() != "GET / ct= x= body=" {
		t.Errorf("trusted: %s", got.Repr())
	}
	// The certificate names example.com and 127.0.0.1, not localhost.
	local := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	if got, _ := stdtest.Call(c, "http", S(local), M(S("tls_verify_host"), B(true))); !got.IsNone() {
		t.Errorf("wrong host name accepted: %s", got.Repr())
	}
	if got, _ := stdtest.Call(c, "http", S(local)); got.IsNone() {
		t.Error("host name checked although tls_verify_host is false")
	}
}

func TestHTTPProxy(t *testing.T) {
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "proxied %s", r.URL.String())
	}))
	defer proxy.Close()
	got, err := stdtest.Call(cat(), "http", S("http://example.invalid/path"), M(S("proxy"), S(proxy.URL)))
	if err != nil || got.AsString() != "proxied http://example.invalid/path" {
		t.Errorf("proxy: %s %v", got.Repr(), err)
	}
	// host:port alone is an HTTP proxy, as with curl.
	got, err = stdtest.Call(cat(), "http", S("http://example.invalid/p2"), M(S("proxy"), S(strings.TrimPrefix(proxy.URL, "http://"))))
	if err != nil || got.AsString() != "proxied http://example.invalid/p2" {
		t.Errorf("proxy host:port: %s %v", got.Repr(), err)
	}
	if _, err := stdtest.Call(cat(), "http", S("http://x/"), M(S("proxy"), S("::"))); err == nil {
		t.Error("bad proxy accepted")
	}
}

func TestHTTPClientCertificate(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.TLS.PeerCertificates) == 0 {
			http.Error(w, "no certificate", http.StatusForbidden)
			return
		}
		fmt.Fprintf(w, "hello %s", r.TLS.PeerCertificates[0].Subject.CommonName)
	}))
	srv.TLS = &tls.Config{ClientAuth: tls.RequestClientCert}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	defer srv.Close()
	cert, key := selfSigned(t, "client one")
	opts := M(S("tls_verify_peer"), B(false), S("tls_client_cert"), M(S("x509"), cert, S("privatekey"), key))
	got, err := stdtest.Call(cat(), "http", S(srv.URL), opts)
	if err != nil || got.Repr() != `"hello client one"` {
		t.Errorf("client certificate: %s %v", got.Repr(), err)
	}
	if got, _ := stdtest.Call(cat(), "http", S(srv.URL), M(S("tls_verify_peer"), B(false))); !got.IsNone() {
		t.Errorf("without a certificate: %s", got.Repr())
	}
	if _, err := stdtest.Call(cat(), "http", S(srv.URL), M(S("tls_client_cert"), M(S("x509"), S("x")))); err == nil {
		t.Error("bad client certificate accepted")
	}
}

// selfSigned makes a certificate resource and its key resource.
func selfSigned(t *testing.T, cn string) (value.Value, value.Value) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: cn},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, priv.Public(), priv)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	key, _ := cryptofn.NewPrivateKey(priv)
	return value.ResourceValue(&classes.X509Resource{Cert: cert}), value.ResourceValue(key)
}
