// Package netio implements the HSL builtins that talk to other hosts:
// http(), the Socket and TLSSocket classes, and the SMTP probes
// smtp_lookup_rcpt and smtp_lookup_auth. Every network operation has a
// timeout, so a script never waits on a peer for longer than it asked.
package netio

import (
	"bytes"
	"context"
	"crypto"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
	"github.com/openhsl/hsl/stdlib/cryptofn"
	"github.com/openhsl/hsl/stdlib/files"
)

// Defaults of http().
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultHTTPTimeout    = 60 * time.Second
	maxPostChunks         = 1 << 20
)

var httpOptions = []catalog.Option{
	{Name: "extended_result", Type: "boolean", Doc: "return [\"status\", \"headers\", \"content\"] for any HTTP response instead of the body of a 2xx one"},
	{Name: "connect_timeout", Type: "number", Doc: "seconds to connect (default 10)"},
	{Name: "timeout", Type: "number", Doc: "seconds for the whole request (default 60)"},
	{Name: "max_file_size", Type: "number", Doc: "largest response body in bytes; a larger one fails the request"},
	{Name: "sourceip", Type: "string", Doc: "local IP address to connect from"},
	{Name: "method", Type: "string", Doc: "GET, or POST when there is post data"},
	{Name: "headers", Type: "array", Doc: "request header fields as \"Name: value\" strings"},
	{Name: "response_headers", Type: "boolean", Doc: "return the status line and header fields before the body, whatever the status (without extended_result, which always has \"headers\")"},
	{Name: "redirects", Type: "number", Doc: "redirects to follow (default 0; -1 for any number)"},
	{Name: "tls_verify_peer", Type: "boolean", Doc: "check the server's certificate chain (default true)"},
	{Name: "tls_verify_host", Type: "boolean", Doc: "check that the certificate names the host (default false)"},
	{Name: "tls_default_ca", Type: "boolean", Doc: "accepted; the system's CA certificates are always used"},
	{Name: "tls_client_cert", Type: "string|array", Doc: "a pki id \"pki:ID\" of the configuration, or [\"x509\" => X509 resource, \"privatekey\" => key resource, \"chain\" => [X509 resources]]"},
	{Name: "proxy", Type: "string", Doc: "proxy URL, or host:port of an HTTP proxy; \"\" for none (default: the environment's HTTP_PROXY and HTTPS_PROXY)"},
	{Name: "background", Type: "boolean", Doc: "send the request in the background and return true at once"},
	{Name: "background_hash", Type: "number", Doc: "accepted; every background request runs on its own"},
	{Name: "sourceipid", Type: "string", Doc: "a source address id of the MTA configuration; not supported (raises an error)"},
	{Name: "background_retry_count", Type: "number", Doc: "retries of a failed background request (default 0)"},
	{Name: "background_retry_delay", Type: "number", Doc: "seconds between retries (default 0)"},
}

func registerHTTP(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "http",
		Params: []catalog.Param{
			{Name: "url", Type: "string", Doc: "$1, $2, … are replaced by the URL-encoded values of $get"},
			{Name: "options", Type: "array", Optional: true},
			{Name: "get", Type: "array", Optional: true},
			{Name: "post", Type: "array|string|function|File", Optional: true, Doc: "an array of form fields (multipart/form-data), a raw body, a function returning chunks until \"\" or none, or a File"},
		},
		Options: httpOptions,
		Returns: "string|array|none",
		Doc: "Makes an HTTP request. Returns the body of a 2xx response, or with extended_result an array for any " +
			"response; none when there was no valid response (connection refused, timeout, TLS failure, too large).",
		Impl: httpCall,
	})
}

// httpRequest is a request ready to run (possibly more than once in the
// background).
type httpRequest struct {
	client      *http.Client
	method, url string
	header      http.Header
	body        []byte
	maxSize     int64
	timeout     time.Duration
}

func httpCall(a *catalog.Args) (value.Value, error) {
	req, opts, err := buildRequest(a)
	if err != nil {
		return value.None, err
	}
	if catalog.OptionValue(opts, "background", value.Bool(false)).Truthy() {
		retries, _ := numOpt(opts, "background_retry_count", 0)
		delay, _ := numOpt(opts, "background_retry_delay", 0)
		go func() {
			for i := 0; i <= int(retries); i++ {
				if i > 0 {
					time.Sleep(time.Duration(delay * float64(time.Second)))
				}
				if resp, err := req.do(); err == nil && resp.status/100 == 2 {
					return
				}
			}
		}()
		return value.Bool(true), nil
	}
	resp, err := req.do()
	if err != nil {
		return value.None, nil
	}
	if !catalog.OptionValue(opts, "extended_result", value.Bool(false)).Truthy() {
		// The whole response is returned whatever its status.
		if catalog.OptionValue(opts, "response_headers", value.Bool(false)).Truthy() {
			var b strings.Builder
			fmt.Fprintf(&b, "%s %s\r\n", resp.proto, resp.statusText)
			_ = resp.header.Write(&b)
			b.WriteString("\r\n")
			b.Write(resp.body)
			return value.String(b.String()), nil
		}
		if resp.status/100 != 2 {
			return value.None, nil
		}
		return value.String(string(resp.body)), nil
	}
	out := value.NewArray(3)
	out.Set(value.StrKey("status"), value.Number(float64(resp.status)))
	hs := value.NewArray(len(resp.header))
	names := make([]string, 0, len(resp.header))
	for k := range resp.header {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range resp.header[k] {
			_ = hs.Append(value.String(k + ": " + v))
		}
	}
	out.Set(value.StrKey("headers"), value.ArrayValue(hs))
	out.Set(value.StrKey("content"), value.String(string(resp.body)))
	return value.ArrayValue(out), nil
}

type httpResponse struct {
	status            int
	proto, statusText string
	header            http.Header
	body              []byte
}

var errTooLarge = errors.New("the response is larger than max_file_size")

func (r *httpRequest) do() (*httpResponse, error) {
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	defer cancel()
	var body io.Reader
	if r.body != nil {
		body = bytes.NewReader(r.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, r.url, body)
	if err != nil {
		return nil, err
	}
	req.Header = r.header.Clone()
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	rd := io.Reader(resp.Body)
	if r.maxSize > 0 {
		rd = io.LimitReader(resp.Body, r.maxSize+1)
	}
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, err
	}
	if r.maxSize > 0 && int64(len(data)) > r.maxSize {
		return nil, errTooLarge
	}
	return &httpResponse{status: resp.StatusCode, proto: resp.Proto, statusText: resp.Status, header: resp.Header, body: data}, nil
}

func numOpt(opts *value.Array, name string, def float64) (float64, bool) {
	v := catalog.OptionValue(opts, name, value.None)
	if v.IsNone() {
		return def, true
	}
	if v.Kind() != value.KindNumber {
		return 0, false
	}
	return v.AsNumber(), true
}

func secondsOpt(a *catalog.Args, opts *value.Array, i int, name string, def time.Duration) (time.Duration, error) {
	n, ok := numOpt(opts, name, -1)
	if !ok || (n <= 0 && n != -1) {
		return 0, a.Errorf(i, "option %s must be a positive number of seconds", name)
	}
	if n == -1 {
		return def, nil
	}
	return time.Duration(n * float64(time.Second)), nil
}

// buildRequest reads the arguments of http().
func buildRequest(a *catalog.Args) (*httpRequest, *value.Array, error) {
	rawURL, err := a.String(0)
	if err != nil {
		return nil, nil, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return nil, nil, err
	}
	if a.Has(2) && !a.Get(2).IsNone() {
		get, err := a.Array(2)
		if err != nil {
			return nil, nil, err
		}
		// Replace $10 before $1.
		for i := get.Len(); i >= 1; i-- {
			_, v := get.Entry(i - 1)
			rawURL = strings.ReplaceAll(rawURL, "$"+strconv.Itoa(i), urlEscape(v.ToString()))
		}
	}
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, nil, a.Errorf(0, "must be an http or https URL, not %s", catalog.Quote(rawURL))
	}
	r := &httpRequest{url: u.String(), header: http.Header{}}
	connectTimeout, err := secondsOpt(a, opts, 1, "connect_timeout", DefaultConnectTimeout)
	if err != nil {
		return nil, nil, err
	}
	if r.timeout, err = secondsOpt(a, opts, 1, "timeout", DefaultHTTPTimeout); err != nil {
		return nil, nil, err
	}
	if n, ok := numOpt(opts, "max_file_size", 0); !ok || n < 0 {
		return nil, nil, a.Errorf(1, "option max_file_size must be a number of bytes")
	} else {
		r.maxSize = int64(n)
	}
	if v := catalog.OptionValue(opts, "headers", value.None); !v.IsNone() {
		if v.Kind() != value.KindArray {
			return nil, nil, a.Errorf(1, "option headers must be an array of \"Name: value\" strings")
		}
		hs := v.AsArray()
		for i := 0; i < hs.Len(); i++ {
			k, h := hs.Entry(i)
			var name, val string
			if k.IsString() {
				name, val = k.Str(), h.ToString()
			} else {
				var ok bool
				name, val, ok = strings.Cut(h.ToString(), ":")
				if !ok {
					return nil, nil, a.Errorf(1, "option headers: %s is not a \"Name: value\" string", catalog.Quote(h.ToString()))
				}
			}
			name, val = strings.TrimSpace(name), strings.TrimSpace(val)
			if name == "" || strings.ContainsAny(name+val, "\r\n") {
				return nil, nil, a.Errorf(1, "option headers: %s is not a valid header field", catalog.Quote(name))
			}
			r.header.Add(name, val)
		}
	}
	// The body.
	if a.Has(3) && !a.Get(3).IsNone() {
		if err := r.setBody(a, 3); err != nil {
			return nil, nil, err
		}
		r.method = http.MethodPost
	} else {
		r.method = http.MethodGet
	}
	if v := catalog.OptionValue(opts, "method", value.None); !v.IsNone() {
		m := strings.ToUpper(v.ToString())
		if m == "" || strings.ContainsAny(m, " \t\r\n") {
			return nil, nil, a.Errorf(1, "option method must be an HTTP method name")
		}
		r.method = m
	}
	tr, err := transport(a, opts, connectTimeout, u.Hostname())
	if err != nil {
		return nil, nil, err
	}
	redirects, ok := numOpt(opts, "redirects", 0)
	if !ok {
		return nil, nil, a.Errorf(1, "option redirects must be a number")
	}
	r.client = &http.Client{Transport: tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if redirects >= 0 && len(via) > int(redirects) {
			return http.ErrUseLastResponse
		}
		return nil
	}}
	return r, opts, nil
}

// urlEscape percent-encodes every byte but the unreserved characters of
// RFC 3986 (a space becomes %20, not +), so that the value is safe in a
// path as well as in a query.
func urlEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// setBody reads the post argument.
func (r *httpRequest) setBody(a *catalog.Args, i int) error {
	v := a.Get(i)
	switch v.Kind() {
	case value.KindString:
		r.body = []byte(v.AsString())
		if r.header.Get("Content-Type") == "" {
			r.header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		return nil
	case value.KindArray:
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		arr := v.AsArray()
		for j := 0; j < arr.Len(); j++ {
			k, f := arr.Entry(j)
			name := k.Value().ToString()
			if file, ok := f.Ref().(*files.File); ok {
				data, err := file.Contents()
				if err != nil {
					return a.Errorf(i, "field %s: %v", name, err)
				}
				fw, err := w.CreateFormFile(name, file.Path())
				if err != nil {
					return err
				}
				_, _ = fw.Write(data)
				continue
			}
			if err := w.WriteField(name, f.ToString()); err != nil {
				return err
			}
		}
		_ = w.Close()
		r.body = buf.Bytes()
		r.header.Set("Content-Type", w.FormDataContentType())
		return nil
	case value.KindFunction:
		var buf bytes.Buffer
		for n := 0; ; n++ {
			if n > maxPostChunks {
				return a.Errorf(i, "the post function returned more than %d chunks", maxPostChunks)
			}
			chunk, err := a.Call(v)
			if err != nil {
				return err
			}
			if chunk.IsNone() || (chunk.Kind() == value.KindString && chunk.AsString() == "") {
				break
			}
			if chunk.Kind() != value.KindString {
				return a.Errorf(i, "the post function must return strings, not %s", chunk.Kind())
			}
			buf.WriteString(chunk.AsString())
		}
		r.body = buf.Bytes()
		return nil
	case value.KindObject:
		if file, ok := v.Ref().(*files.File); ok {
			data, err := file.Contents()
			if err != nil {
				return a.Errorf(i, "%v", err)
			}
			r.body = data
			return nil
		}
	}
	return a.Errorf(i, "must be an array, a string, a function or a File, not %s", v.Kind())
}

// transport builds the connection settings: source address, proxy and TLS.
func transport(a *catalog.Args, opts *value.Array, connectTimeout time.Duration, host string) (*http.Transport, error) {
	d := &net.Dialer{Timeout: connectTimeout}
	if v := catalog.OptionValue(opts, "sourceipid", value.None); !v.IsNone() {
		return nil, a.Errorf(1, "option sourceipid names a configuration id, which needs the MTA; use sourceip")
	}
	if v := catalog.OptionValue(opts, "sourceip", value.None); !v.IsNone() {
		ip := net.ParseIP(v.ToString())
		if ip == nil {
			return nil, a.Errorf(1, "option sourceip must be an IP address, not %s", catalog.Quote(v.ToString()))
		}
		d.LocalAddr = &net.TCPAddr{IP: ip}
	}
	tr := &http.Transport{
		DialContext:         d.DialContext,
		Proxy:               http.ProxyFromEnvironment,
		TLSHandshakeTimeout: connectTimeout,
		DisableKeepAlives:   true,
	}
	if v := catalog.OptionValue(opts, "proxy", value.None); !v.IsNone() {
		if s := v.ToString(); s == "" {
			tr.Proxy = nil
		} else {
			if !strings.Contains(s, "://") {
				s = "http://" + s // host:port alone names an HTTP proxy
			}
			pu, err := url.Parse(s)
			if err != nil || pu.Host == "" {
				return nil, a.Errorf(1, "option proxy must be a URL such as http://proxy:3128, not %s", catalog.Quote(s))
			}
			tr.Proxy = http.ProxyURL(pu)
		}
	}
	cfg, err := tlsConfig(a, 1, opts, catalog.OptionValue(opts, "tls_verify_peer", value.Bool(true)).Truthy(),
		catalog.OptionValue(opts, "tls_verify_host", value.Bool(false)).Truthy(), host)
	if err != nil {
		return nil, err
	}
	tr.TLSClientConfig = cfg
	return tr, nil
}

// tlsConfig builds a client TLS configuration that checks the chain
// (verifyPeer) and the host name (verifyHost) as asked.
func tlsConfig(a *catalog.Args, i int, opts *value.Array, verifyPeer, verifyHost bool, host string) (*tls.Config, error) {
	cfg := &tls.Config{InsecureSkipVerify: true, ServerName: host, MinVersion: tls.VersionTLS10}
	switch {
	case verifyPeer:
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			return verifyChain(cs, rootCAs, verifyHost, []string{host})
		}
	case verifyHost:
		// The name is checked even when the chain is not (as curl does).
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates) == 0 {
				return errors.New("the peer sent no certificate")
			}
			return verifyName(cs.PeerCertificates[0], []string{host})
		}
	}
	if v := catalog.OptionValue(opts, "tls_client_cert", value.None); !v.IsNone() {
		cert, err := clientCert(a.Env, v)
		if err != nil {
			return nil, a.Errorf(i, "option tls_client_cert: %v", err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// rootCAs is the pool of trusted roots; nil means the system's. Tests set it.
var rootCAs *x509.CertPool

// verifyChain checks the peer's chain against roots and, when names is
// not empty and checkName is set, that the leaf names one of them.
func verifyChain(cs tls.ConnectionState, roots *x509.CertPool, checkName bool, names []string) error {
	if len(cs.PeerCertificates) == 0 {
		return errors.New("the peer sent no certificate")
	}
	inter := x509.NewCertPool()
	for _, c := range cs.PeerCertificates[1:] {
		inter.AddCert(c)
	}
	leaf := cs.PeerCertificates[0]
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter}); err != nil {
		return err
	}
	if !checkName {
		return nil
	}
	return verifyName(leaf, names)
}

// verifyName checks that the certificate names one of names.
func verifyName(leaf *x509.Certificate, names []string) error {
	for _, n := range names {
		if n != "" && leaf.VerifyHostname(n) == nil {
			return nil
		}
	}
	return fmt.Errorf("the certificate does not name %s", strings.Join(names, " or "))
}

// clientCert reads a client certificate: ["x509" => X509Resource|X509,
// "privatekey" => key, "chain" => [...]], or a pki id ("pki:ID" or the
// bare id) of env's key store.
func clientCert(env catalog.Env, v value.Value) (tls.Certificate, error) {
	var out tls.Certificate
	if v.Kind() == value.KindString {
		c, err := catalog.LookupKey(env, v.AsString())
		switch {
		case err != nil:
			return out, err
		case c.Leaf == nil:
			return out, fmt.Errorf("pki id %s has no certificate", catalog.Quote(v.AsString()))
		case c.PrivateKey == nil:
			return out, fmt.Errorf("pki id %s has no private key", catalog.Quote(v.AsString()))
		}
		return *c, nil
	}
	if v.Kind() != value.KindArray {
		return out, errors.New("must be a pki id or an array with x509 and privatekey")
	}
	arr := v.AsArray()
	x, _ := arr.Get(value.StrKey("x509"))
	cert := classes.CertificateOf(x)
	if cert == nil {
		return out, errors.New("x509 must be an X509 resource or object")
	}
	k, _ := arr.Get(value.StrKey("privatekey"))
	key, ok := k.Ref().(*cryptofn.PrivateKey)
	if !ok {
		return out, errors.New("privatekey must be a private key resource")
	}
	out.Certificate = [][]byte{cert.Raw}
	if ch, ok := arr.Get(value.StrKey("chain")); ok && ch.Kind() == value.KindArray {
		list := ch.AsArray()
		for j := 0; j < list.Len(); j++ {
			_, e := list.Entry(j)
			c := classes.CertificateOf(e)
			if c == nil {
				return out, errors.New("chain must hold X509 resources")
			}
			out.Certificate = append(out.Certificate, c.Raw)
		}
	}
	out.PrivateKey = crypto.Signer(key.Key)
	out.Leaf = cert
	return out, nil
}
