package classes

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp/value"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

type testPKI struct {
	ca, inter, leaf, other *x509.Certificate
	crlDER                 []byte
}

func makeCert(t *testing.T, tmpl, parent *x509.Certificate, pub any, signer any) *x509.Certificate {
	t.Helper()
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newPKI(t *testing.T) *testPKI {
	t.Helper()
	key := func() *ecdsa.PrivateKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	now := time.Unix(1700000000, 0)
	caKey, interKey, leafKey := key(), key(), key()
	caT := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Test Root", Organization: []string{"OpenHSL"}, Country: []string{"SE"}},
		NotBefore: now, NotAfter: now.Add(100 * 365 * 24 * time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	p := &testPKI{}
	p.ca = makeCert(t, caT, caT, &caKey.PublicKey, caKey)
	interT := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "Test Intermediate"},
		NotBefore: now, NotAfter: now.Add(50 * 365 * 24 * time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	p.inter = makeCert(t, interT, p.ca, &interKey.PublicKey, caKey)
	leafT := &x509.Certificate{
		SerialNumber: big.NewInt(0xABCDEF), Subject: pkix.Name{CommonName: "mail.example.com", OrganizationalUnit: []string{"Mail"}},
		NotBefore: now, NotAfter: now.Add(10 * 365 * 24 * time.Hour), DNSNames: []string{"mail.example.com", "mx.example.com"},
	}
	p.leaf = makeCert(t, leafT, p.inter, &leafKey.PublicKey, interKey)
	otherT := *leafT
	otherT.SerialNumber = big.NewInt(77)
	p.other = makeCert(t, &otherT, &otherT, &leafKey.PublicKey, leafKey)
	crl, err := x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
		Number: big.NewInt(5), ThisUpdate: now, NextUpdate: now.Add(48 * time.Hour),
		RevokedCertificateEntries: []x509.RevocationListEntry{{SerialNumber: big.NewInt(0xABCDEF), RevocationTime: now, ReasonCode: 1}},
	}, p.inter, interKey)
	if err != nil {
		t.Fatal(err)
	}
	p.crlDER = crl
	return p
}

func pemOf(typ string, der []byte) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}))
}

func x509Static(t *testing.T, class string, args ...value.Value) value.Value {
	t.Helper()
	v, err := Invoke(&Env{}, cat.Class(class).Statics["String"], value.None, args...)
	if err != nil {
		t.Fatalf("%s::String: %v", class, err)
	}
	return v
}

func TestX509(t *testing.T) {
	p := newPKI(t)
	leaf := x509Static(t, "X509", S(pemOf("CERTIFICATE", p.leaf.Raw)))
	if leaf.Kind() != value.KindObject {
		t.Fatalf("X509::String = %s", leaf.Repr())
	}
	checks := []struct {
		method string
		args   []value.Value
		want   string
	}{
		{"subject", nil, `[0=>[0=>"OU",1=>"Mail"],1=>[0=>"CN",1=>"mail.example.com"]]`},
		{"issuer", nil, `[0=>[0=>"CN",1=>"Test Intermediate"]]`},
		{"subject_alt_name", nil, `[0=>"mail.example.com",1=>"mx.example.com"]`},
		{"version", nil, "3"},
		{"serial_number", nil, `"ABCDEF"`},
		{"not_valid_before", nil, "1700000000"},
		{"not_valid_after", nil, value.FormatNumber(float64(p.leaf.NotAfter.Unix()))},
		{"export", nil, value.String(string(p.leaf.Raw)).Repr()},
		{"export", A(M(S("pem"), B(true))), value.String(pemOf("CERTIFICATE", p.leaf.Raw)).Repr()},
		{"public_key", nil, value.String(string(p.leaf.RawSubjectPublicKeyInfo)).Repr()},
		{"public_key", A(M(S("pem"), B(true))), value.String(pemOf("PUBLIC KEY", p.leaf.RawSubjectPublicKeyInfo)).Repr()},
	}
	for _, c := range checks {
		if got := must(t, leaf, c.method, c.args...); got.Repr() != c.want {
			t.Errorf("->%s() = %s, want %s", c.method, got.Repr(), c.want)
		}
	}
	ca := x509Static(t, "X509", S(string(p.ca.Raw))) // DER
	if got := must(t, ca, "subject"); got.Repr() != `[0=>[0=>"C",1=>"SE"],1=>[0=>"O",1=>"OpenHSL"],2=>[0=>"CN",1=>"Test Root"]]` {
		t.Errorf("CA subject = %s", got.Repr())
	}
	exts := must(t, ca, "extensions")
	if !strings.Contains(exts.Repr(), `"name"=>"basicConstraints","critical"=>true`) {
		t.Errorf("extensions = %s", exts.Repr())
	}
	res := must(t, leaf, "toResource")
	if res.Kind() != value.KindResource || res.AsResource().ResourceKind() != "X509Resource" {
		t.Errorf("toResource = %s", res.Repr())
	}
	again := newObj(t, "X509", res)
	if got := must(t, again, "serial_number"); got.Repr() != `"ABCDEF"` {
		t.Errorf("X509(resource)->serial_number() = %s", got.Repr())
	}
	if _, err := do(t, leaf, "toFFIValue"); err == nil || !strings.Contains(err.Error(), "FFI is not supported") {
		t.Errorf("toFFIValue: %v", err)
	}
	if _, err := do(t, leaf, "export", M(S("der"), B(true))); err == nil {
		t.Errorf("unknown option accepted")
	}

	bundle := pemOf("CERTIFICATE", p.leaf.Raw) + pemOf("CERTIFICATE", p.inter.Raw)
	multi := x509Static(t, "X509", S(bundle), M(S("multiple"), B(true)))
	if multi.Kind() != value.KindArray || multi.AsArray().Len() != 2 {
		t.Errorf("multiple = %s", multi.Repr())
	}
	for _, bad := range []string{"", "garbage", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", pemOf("PRIVATE KEY", []byte{1})} {
		if got := x509Static(t, "X509", S(bad)); !got.IsNone() {
			t.Errorf("X509::String(%q) = %s, want none", bad, got.Repr())
		}
	}
	if _, err := Invoke(&Env{}, cat.Class("X509").Constructor, value.None, S("x")); err == nil || !strings.Contains(err.Error(), "must be an X509Resource, not string") {
		t.Errorf("X509(string): %v", err)
	}
}

func TestX509Verify(t *testing.T) {
	p := newPKI(t)
	obj := func(c *x509.Certificate) value.Value { return value.ObjectValue(&X509{Res: &X509Resource{Cert: c}}) }
	resOf := func(c *x509.Certificate) value.Value { return value.ResourceValue(&X509Resource{Cert: c}) }
	crl := x509Static(t, "X509CRL", S(string(p.crlDER)))
	leaf := obj(p.leaf)
	cases := []struct {
		args []value.Value
		want string
	}{
		{A(L(obj(p.ca)), L(obj(p.inter))), `["result"=>true]`},
		{A(L(resOf(p.ca)), L(resOf(p.inter))), `["result"=>true]`},
		{A(L(obj(p.ca))), `"result"=>false`},
		{A(L(obj(p.other)), L(obj(p.inter))), `"result"=>false`},
		{A(L(), L(obj(p.inter))), `"result"=>false`},
		{A(L(obj(p.ca)), L(obj(p.inter)), L(crl)), `["result"=>false,"error"=>"certificate ABCDEF is revoked"]`},
		{A(L(obj(p.ca)), value.None, value.None), `"result"=>false`},
	}
	for i, c := range cases {
		got := must(t, leaf, "verify", c.args...)
		if !strings.Contains(got.Repr(), c.want) {
			t.Errorf("verify #%d = %s, want %s", i, got.Repr(), c.want)
		}
	}
	if got := must(t, obj(p.inter), "verify", L(obj(p.ca)), L(), L(crl)); got.Repr() != `["result"=>true]` {
		t.Errorf("intermediate with a CRL that does not list it = %s", got.Repr())
	}
	if _, err := do(t, leaf, "verify", L(S("x"))); err == nil || !strings.Contains(err.Error(), "element 0") {
		t.Errorf("verify with a string: %v", err)
	}
	if _, err := do(t, leaf, "verify", L(obj(p.ca)), L(), L(N(1))); err == nil {
		t.Errorf("verify with a bad CRL list accepted")
	}
}

func TestX509CRL(t *testing.T) {
	p := newPKI(t)
	crl := x509Static(t, "X509CRL", S(pemOf("X509 CRL", p.crlDER)))
	if crl.Kind() != value.KindObject {
		t.Fatalf("X509CRL::String = %s", crl.Repr())
	}
	checks := []struct {
		method string
		args   []value.Value
		want   string
	}{
		{"issuer", nil, `[0=>[0=>"CN",1=>"Test Intermediate"]]`},
		{"revoked", nil, `[0=>["serial_number"=>"ABCDEF","revocation_date"=>1700000000,"reason"=>1]]`},
		{"version", nil, "2"},
		{"last_update", nil, "1700000000"},
		{"next_update", nil, "1700172800"},
		{"export", nil, value.String(string(p.crlDER)).Repr()},
		{"export", A(M(S("pem"), B(true))), value.String(pemOf("X509 CRL", p.crlDER)).Repr()},
	}
	for _, c := range checks {
		if got := must(t, crl, c.method, c.args...); got.Repr() != c.want {
			t.Errorf("->%s() = %s, want %s", c.method, got.Repr(), c.want)
		}
	}
	if exts := must(t, crl, "extensions"); !strings.Contains(exts.Repr(), `"crlNumber"`) {
		t.Errorf("extensions = %s", exts.Repr())
	}
	res := must(t, crl, "toResource")
	if again := newObj(t, "X509CRL", res); must(t, again, "version").AsNumber() != 2 {
		t.Errorf("X509CRL(resource) failed")
	}
	for _, bad := range []string{"", "junk", pemOf("CERTIFICATE", p.ca.Raw)} {
		if got := x509Static(t, "X509CRL", S(bad)); !got.IsNone() {
			t.Errorf("X509CRL::String(%q) = %s, want none", bad, got.Repr())
		}
	}
}

func TestFFIUnsupported(t *testing.T) {
	cl := cat.Class("FFI")
	if _, err := Invoke(&Env{}, cl.Constructor, value.None, S("libc.so.6")); err == nil || !strings.Contains(err.Error(), "FFI is not supported by this implementation") {
		t.Errorf("FFI(): %v", err)
	}
	for name, f := range cl.Statics {
		args := make([]value.Value, f.MinArgs())
		for i := range args {
			args[i] = value.None
		}
		if _, err := Invoke(&Env{}, f, value.None, args...); err == nil || !strings.Contains(err.Error(), "FFI is not supported") {
			t.Errorf("FFI::%s: %v", name, err)
		}
	}
	if len(cl.Statics) != 15 || len(cl.Methods) != 2 {
		t.Errorf("FFI has %d statics and %d methods", len(cl.Statics), len(cl.Methods))
	}
}
