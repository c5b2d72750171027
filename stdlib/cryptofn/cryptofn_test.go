package cryptofn

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

func unhex(s string) value.Value {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return S(string(b))
}

func q(b string) string { return value.String(b).Repr() }

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "aes_encrypt", "aes_decrypt", "rsa_privatekey", "is_rsa_privatekey", "rsa_sign",
		"rsa_verify", "ec_privatekey", "is_ec_privatekey", "ed25519_privatekey", "is_ed25519_privatekey",
		"ed25519_sign", "ed25519_verify", "pkcs7_sign", "cms_sign", "cms_verify", "cms_encrypt", "cms_decrypt", "cms_type")
}

func TestAES(t *testing.T) {
	// NIST SP 800-38A vectors
	key := unhex("2b7e151628aed2a6abf7158809cf4f3c")
	pt := unhex("6bc1bee22e409f96e93d7e117393172a")
	iv := unhex("000102030405060708090a0b0c0d0e0f")
	noPad := M(S("padding"), B(false))
	withIV := M(S("iv"), iv, S("padding"), B(false))
	key256 := unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
	Run(t, cat, "aes_encrypt", []Case{
		{Args: A(pt, key, S("ecb"), noPad), Want: q(string(unhex("3ad77bb40d7a3660a89ecaf32466ef97").AsString()))},
		{Args: A(pt, key, S("cbc"), withIV), Want: q(unhex("7649abac8119b246cee98e9b12e9197d").AsString())},
		{Args: A(pt, key, S("CBC"), withIV), Want: q(unhex("7649abac8119b246cee98e9b12e9197d").AsString())},
		{Args: A(pt, key256, S("ecb"), noPad), Want: q(unhex("f3eed1bdb5d2a03c064b5a7e3db181f8").AsString())},
		{Args: A(S("abc"), key, S("ecb"), noPad), Want: "none"},
		{Args: A(S("abc"), S("short"), S("ecb")), Want: "none"},
		{Args: A(S("abc"), key, S("ofb")), Want: "none"},
		{Args: A(S("abc"), key, S("cbc"), M(S("iv"), S("short"))), Want: "none"},
		{Args: A(N(1), key, S("ecb")), Err: "($message) must be a string"},
		{Args: A(S("a"), key, S("cbc"), M(S("iv"), N(1))), Err: "option iv must be a string"},
		{Args: A(S("a"), key, S("cbc"), M(S("nonce"), S("x"))), Err: "unknown option"},
	})
	Run(t, cat, "aes_decrypt", []Case{
		{Args: A(unhex("3ad77bb40d7a3660a89ecaf32466ef97"), key, S("ecb"), noPad), Want: q(pt.AsString())},
		{Args: A(unhex("7649abac8119b246cee98e9b12e9197d"), key, S("cbc"), withIV), Want: q(pt.AsString())},
		{Args: A(S("0123456789abcdef"), key, S("ecb")), Want: "none"}, // bad padding
		{Args: A(S("short"), key, S("ecb")), Want: "none"},
		{Args: A(S(""), key, S("ecb")), Want: "none"},
	})
	// round trips with padding, including empty and binary messages
	for _, msg := range []string{"", "x", strings.Repeat("y", 16), "bin\x00\xff\x80"} {
		for _, mode := range []string{"ecb", "cbc"} {
			enc, _ := Call(cat, "aes_encrypt", S(msg), key256, S(mode), M(S("iv"), iv))
			if l := len(enc.AsString()); l == 0 || l%16 != 0 {
				t.Fatalf("aes_encrypt(%q, %s) has %d bytes", msg, mode, l)
			}
			dec, _ := Call(cat, "aes_decrypt", enc, key256, S(mode), M(S("iv"), iv))
			if dec.AsString() != msg || dec.IsNone() {
				t.Errorf("%s round trip of %q = %s", mode, msg, dec.Repr())
			}
		}
	}
}

var (
	keysOnce sync.Once
	rsaKey   *rsa.PrivateKey
	ecKey    *ecdsa.PrivateKey
	edKey    ed25519.PrivateKey
)

func testKeys(t testing.TB) {
	keysOnce.Do(func() {
		var err error
		if rsaKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			t.Fatal(err)
		}
		if ecKey, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err != nil {
			t.Fatal(err)
		}
		_, edKey, _ = ed25519.GenerateKey(rand.Reader)
	})
}

func pkcs8PEM(t testing.TB, k any) string {
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
}

func TestKeyLoaders(t *testing.T) {
	testKeys(t)
	rsaPEM, ecPEM, edPEM := pkcs8PEM(t, rsaKey), pkcs8PEM(t, ecKey), pkcs8PEM(t, edKey)
	pkcs1 := string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(rsaKey)}))
	ecDER, _ := x509.MarshalECPrivateKey(ecKey)
	sec1 := string(pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: ecDER}))
	kind := func(v value.Value) string {
		if v.Kind() != value.KindResource {
			return v.Repr()
		}
		return v.AsResource().ResourceKind()
	}
	cases := []struct{ fn, pem, want string }{
		{"rsa_privatekey", rsaPEM, "RSAPrivateKey"},
		{"rsa_privatekey", pkcs1, "RSAPrivateKey"},
		{"rsa_privatekey", ecPEM, "none"},
		{"rsa_privatekey", "garbage", "none"},
		{"rsa_privatekey", "", "none"},
		{"ec_privatekey", ecPEM, "ECPrivateKey"},
		{"ec_privatekey", sec1, "ECPrivateKey"},
		{"ec_privatekey", edPEM, "none"},
		{"ed25519_privatekey", edPEM, "ED25519PrivateKey"},
		{"ed25519_privatekey", rsaPEM, "none"},
	}
	for _, c := range cases {
		got, err := Call(cat, c.fn, S(c.pem))
		if err != nil || kind(got) != c.want {
			t.Errorf("%s(%.30q) = %s, %v; want %s", c.fn, c.pem, kind(got), err, c.want)
		}
	}
	rk, _ := Call(cat, "rsa_privatekey", S(rsaPEM))
	ek, _ := Call(cat, "ec_privatekey", S(ecPEM))
	for _, c := range []struct {
		fn   string
		v    value.Value
		want string
	}{
		{"is_rsa_privatekey", rk, "true"}, {"is_rsa_privatekey", ek, "false"}, {"is_rsa_privatekey", S(rsaPEM), "false"},
		{"is_rsa_privatekey", value.None, "false"}, {"is_ec_privatekey", ek, "true"}, {"is_ed25519_privatekey", ek, "false"},
	} {
		if got, _ := Call(cat, c.fn, c.v); got.Repr() != c.want {
			t.Errorf("%s(%s) = %s", c.fn, kind(c.v), got.Repr())
		}
	}
	if _, err := Call(cat, "rsa_privatekey", N(1)); err == nil {
		t.Errorf("rsa_privatekey(1) accepted")
	}
}

func TestRSASignVerify(t *testing.T) {
	testKeys(t)
	res, _ := Call(cat, "rsa_privatekey", S(pkcs8PEM(t, rsaKey)))
	pkcs1Pub := S(string(x509.MarshalPKCS1PublicKey(&rsaKey.PublicKey)))
	spki, _ := x509.MarshalPKIXPublicKey(&rsaKey.PublicKey)
	spkiPEM := S(string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: spki})))
	msg := S("hello\x00world")

	sig, err := Call(cat, "rsa_sign", msg, res)
	if err != nil || len(sig.AsString()) != 256 {
		t.Fatalf("rsa_sign = %s, %v", sig.Repr(), err)
	}
	d := sha256.Sum256([]byte(msg.AsString()))
	if rsa.VerifyPKCS1v15(&rsaKey.PublicKey, 5 /* crypto.SHA256 */, d[:], []byte(sig.AsString())) != nil {
		t.Errorf("rsa_sign's signature does not verify with Go's crypto/rsa")
	}
	der1 := S(string(x509.MarshalPKCS1PrivateKey(rsaKey)))
	sigDER, _ := Call(cat, "rsa_sign", msg, der1) // PKCS#1 v1.5 is deterministic
	if sigDER.AsString() != sig.AsString() {
		t.Errorf("signature with a DER key string differs")
	}
	sha1Sig, _ := Call(cat, "rsa_sign", msg, S(pkcs8PEM(t, rsaKey)), M(S("pem"), B(true), S("hash"), S("sha1"), S("format"), S("PrivateKeyInfo")))

	Run(t, cat, "rsa_verify", []Case{
		{Args: A(msg, sig, pkcs1Pub), Want: "true"},
		{Args: A(msg, sig, spkiPEM, M(S("pem"), B(true), S("format"), S("SubjectPublicKeyInfo"))), Want: "true"},
		{Args: A(S("other"), sig, pkcs1Pub), Want: "false"},
		{Args: A(msg, S("bad"), pkcs1Pub), Want: "false"},
		{Args: A(msg, sha1Sig, pkcs1Pub), Want: "false"},
		{Args: A(msg, sha1Sig, pkcs1Pub, M(S("hash"), S("sha1"))), Want: "true"},
		{Args: A(msg, sig, S("not a key")), Want: "none"},
		{Args: A(msg, sig, S("x"), M(S("pem"), B(true))), Want: "none"},
		{Args: A(msg, sig, pkcs1Pub, M(S("hash"), S("sha3"))), Err: "option hash must be"},
		{Args: A(msg, sig, S("pki:x"), M(S("id"), B(true))), Err: "no key store"},
	})
	Run(t, cat, "rsa_sign", []Case{
		{Args: A(msg, S("not a key")), Want: "none"},
		{Args: A(msg, N(1)), Err: "must be an RSAPrivateKey or a string"},
		{Args: A(msg, S("pki:mykey"), M(S("id"), B(true))), Err: "no key store"},
	})
	ek, _ := Call(cat, "ec_privatekey", S(pkcs8PEM(t, ecKey)))
	if _, err := Call(cat, "rsa_sign", msg, ek); err == nil || !strings.Contains(err.Error(), "must be an RSA key, not ECPrivateKey") {
		t.Errorf("rsa_sign with an EC key: %v", err)
	}
}

func TestEd25519(t *testing.T) {
	// RFC 8032, test 1 (empty message)
	seed := unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
	pub := unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
	want := "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
	Run(t, cat, "ed25519_sign", []Case{
		{Args: A(S(""), seed), Want: q(unhex(want).AsString())},
		{Args: A(S(""), S(seed.AsString()+pub.AsString())), Want: q(unhex(want).AsString())},
		{Args: A(S(""), S("short")), Want: "none"},
		{Args: A(S(""), value.None), Err: "must be an ED25519PrivateKey or a string"},
	})
	Run(t, cat, "ed25519_verify", []Case{
		{Args: A(S(""), unhex(want), pub), Want: "true"},
		{Args: A(S("x"), unhex(want), pub), Want: "false"},
		{Args: A(S(""), S("short"), pub), Want: "none"},
		{Args: A(S(""), unhex(want), S("short")), Want: "none"},
	})
	testKeys(t)
	res, _ := Call(cat, "ed25519_privatekey", S(pkcs8PEM(t, edKey)))
	sig, err := Call(cat, "ed25519_sign", S("msg"), res)
	if err != nil || !ed25519.Verify(edKey.Public().(ed25519.PublicKey), []byte("msg"), []byte(sig.AsString())) {
		t.Errorf("ed25519_sign with a resource: %s, %v", sig.Repr(), err)
	}
}

// testSigner makes a CA and an RSA signer certificate issued by it.
func testSigner(t *testing.T) (ca, leaf *x509.Certificate) {
	testKeys(t)
	now := time.Now()
	caT := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "CA"}, NotBefore: now.Add(-time.Hour),
		NotAfter: now.Add(time.Hour), IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	caDER, err := x509.CreateCertificate(rand.Reader, caT, caT, &ecKey.PublicKey, ecKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ = x509.ParseCertificate(caDER)
	leafT := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "signer@example.com"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour), EmailAddresses: []string{"signer@example.com"},
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafT, ca, &rsaKey.PublicKey, ecKey)
	if err != nil {
		t.Fatal(err)
	}
	leaf, _ = x509.ParseCertificate(leafDER)
	return ca, leaf
}

func x509Val(c *x509.Certificate) value.Value {
	return value.ResourceValue(&classes.X509Resource{Cert: c})
}

func field(v value.Value, k string) value.Value {
	if v.Kind() != value.KindArray {
		return value.None
	}
	x, _ := v.AsArray().Get(value.StrKey(k))
	return x
}

func TestCMS(t *testing.T) {
	ca, leaf := testSigner(t)
	key, _ := NewPrivateKey(rsaKey)
	pki := M(S("x509"), x509Val(leaf), S("privatekey"), value.ResourceValue(key), S("chain"), L(x509Val(ca)))
	msg := S("Content-Type: text/plain\r\n\r\nhello\r\n")
	trust := M(S("store"), L(x509Val(ca)))

	signed, err := Call(cat, "cms_sign", msg, pki, M(S("digest"), S("sha256")))
	if err != nil || !field(signed, "result").Truthy() {
		t.Fatalf("cms_sign = %s, %v", signed.Repr(), err)
	}
	sig := field(signed, "data")
	ok, _ := Call(cat, "cms_verify", sig, msg, trust)
	if !field(ok, "result").Truthy() {
		t.Fatalf("cms_verify of a detached signature = %s", ok.Repr())
	}
	signers := field(ok, "signers")
	if signers.AsArray().Len() != 1 || classes.CertificateOf(func() value.Value { _, v := signers.AsArray().Entry(0); return v }()).Subject.CommonName != "signer@example.com" {
		t.Errorf("signers = %s", signers.Repr())
	}
	if bad, _ := Call(cat, "cms_verify", sig, S("tampered"), trust); field(bad, "result").Truthy() {
		t.Errorf("cms_verify accepted a tampered message")
	}
	otherT := &x509.Certificate{SerialNumber: big.NewInt(9), Subject: pkix.Name{CommonName: "Other CA"}, NotBefore: ca.NotBefore,
		NotAfter: ca.NotAfter, IsCA: true, BasicConstraintsValid: true}
	otherDER, _ := x509.CreateCertificate(rand.Reader, otherT, otherT, &ecKey.PublicKey, ecKey)
	other, _ := x509.ParseCertificate(otherDER)
	if bad, _ := Call(cat, "cms_verify", sig, msg, M(S("store"), L(x509Val(other)))); field(bad, "result").Truthy() {
		t.Errorf("cms_verify accepted an untrusted chain")
	}
	if noStore, _ := Call(cat, "cms_verify", sig, msg, M()); !field(noStore, "result").Truthy() {
		t.Errorf("cms_verify without a store = %s", noStore.Repr())
	}

	attached, _ := Call(cat, "cms_sign", msg, pki, M(S("detached"), B(false)))
	got, _ := Call(cat, "cms_verify", field(attached, "data"), value.None, trust, M(S("detached"), B(false), S("data"), B(true)))
	if !field(got, "result").Truthy() || field(got, "data").AsString() != msg.AsString() {
		t.Errorf("attached verify = %s", got.Repr())
	}

	enc, _ := Call(cat, "cms_encrypt", field(attached, "data"), M(S("certs"), L(x509Val(leaf))))
	if !field(enc, "result").Truthy() {
		t.Fatalf("cms_encrypt = %s", enc.Repr())
	}
	dec, _ := Call(cat, "cms_decrypt", field(enc, "data"), pki)
	if !field(dec, "result").Truthy() || field(dec, "data").AsString() != field(attached, "data").AsString() || field(dec, "cms").AsString() != "signed" {
		t.Errorf("cms_decrypt = %s", dec.Repr())
	}

	for _, tc := range []struct {
		data value.Value
		want string
	}{{field(signed, "data"), `"pkcs7-signedData"`}, {field(enc, "data"), `"pkcs7-envelopedData"`}} {
		if got, _ := Call(cat, "cms_type", tc.data); got.Repr() != tc.want {
			t.Errorf("cms_type = %s, want %s", got.Repr(), tc.want)
		}
	}

	p7, err := Call(cat, "pkcs7_sign", msg, pki)
	if err != nil || p7.Kind() != value.KindString {
		t.Fatalf("pkcs7_sign = %s, %v", p7.Repr(), err)
	}
	if v, _ := Call(cat, "cms_verify", p7, msg, trust); !field(v, "result").Truthy() {
		t.Errorf("pkcs7_sign output does not verify: %s", v.Repr())
	}

	// the PEM-bundle form of the certificate argument
	bundle := string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: leaf.Raw})) +
		string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Raw})) + pkcs8PEM(t, rsaKey)
	if r, _ := Call(cat, "cms_sign", msg, S(bundle)); !field(r, "result").Truthy() {
		t.Errorf("cms_sign with a PEM bundle = %s", r.Repr())
	}

	failures := []struct {
		name string
		args []value.Value
		want string // Repr prefix, or error text when err is set
		err  bool
	}{
		{"cms_sign", A(msg, S("no pem here")), `["result"=>false`, false},
		{"pkcs7_sign", A(msg, S("no pem here")), "none", false},
		{"cms_sign", A(msg, pki, M(S("digest"), S("md4"))), `["result"=>false`, false},
		{"cms_sign", A(msg, S("pki:x"), M(S("id"), B(true))), "no key store", true},
		{"cms_sign", A(msg, M(S("privatekey"), value.ResourceValue(key))), `needs "x509"`, true},
		{"cms_sign", A(msg, N(1)), "must be an array or a string", true},
		{"cms_verify", A(S("junk"), msg, trust), `["result"=>false`, false},
		{"cms_verify", A(sig, N(1), trust), "must be a string or none", true},
		{"cms_verify", A(sig, msg, M(S("store"), L(S("x")))), "element 0", true},
		{"cms_encrypt", A(msg, M()), `["result"=>false`, false},
		{"cms_decrypt", A(S("junk"), pki), `["result"=>false`, false},
		{"cms_decrypt", A(field(enc, "data"), M(S("x509"), x509Val(leaf), S("privatekey"), S(pkcs8PEM(t, ecKey)))), `["result"=>false`, false},
	}
	for _, f := range failures {
		got, err := Call(cat, f.name, f.args...)
		switch {
		case f.err && (err == nil || !strings.Contains(err.Error(), f.want)):
			t.Errorf("%s: error %v, want %q", f.name, err, f.want)
		case !f.err && (err != nil || !strings.HasPrefix(got.Repr(), f.want)):
			t.Errorf("%s = %s, %v; want %s…", f.name, got.Repr(), err, f.want)
		}
	}
}

// TestCMSOpenSSLInterop checks our signatures and envelopes with the openssl
// command when it is installed.
func TestCMSOpenSSLInterop(t *testing.T) {
	if _, err := exec.LookPath("openssl"); err != nil {
		t.Skip("openssl not installed")
	}
	ca, leaf := testSigner(t)
	key, _ := NewPrivateKey(rsaKey)
	pki := M(S("x509"), x509Val(leaf), S("privatekey"), value.ResourceValue(key))
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	caFile := write("ca.pem", string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Raw})))
	certFile := write("leaf.pem", string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: leaf.Raw})))
	keyFile := write("key.pem", pkcs8PEM(t, rsaKey))
	msgFile := write("msg.txt", "interop message\n")

	signed, _ := Call(cat, "cms_sign", S("interop message\n"), pki)
	sigFile := write("sig.der", field(signed, "data").AsString())
	out, err := exec.Command("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", sigFile, "-content", msgFile,
		"-CAfile", caFile, "-purpose", "any", "-out", filepath.Join(dir, "out")).CombinedOutput()
	if err != nil {
		t.Errorf("openssl rejects our signature: %v\n%s", err, out)
	}

	enc, _ := Call(cat, "cms_encrypt", S("secret text"), M(S("certs"), L(x509Val(leaf))))
	encFile := write("enc.der", field(enc, "data").AsString())
	out, err = exec.Command("openssl", "cms", "-decrypt", "-inform", "DER", "-in", encFile, "-recip", certFile, "-inkey", keyFile).CombinedOutput()
	if err != nil || string(out) != "secret text" {
		t.Errorf("openssl cannot decrypt our envelope: %v\n%s", err, out)
	}

	theirs := filepath.Join(dir, "theirs.der")
	if out, err := exec.Command("openssl", "cms", "-encrypt", "-binary", "-aes256", "-outform", "DER", "-in", msgFile, "-out", theirs, certFile).CombinedOutput(); err != nil {
		t.Fatalf("openssl cms -encrypt: %v\n%s", err, out)
	}
	data, _ := os.ReadFile(theirs)
	dec, _ := Call(cat, "cms_decrypt", S(string(data)), pki)
	if field(dec, "data").AsString() != "interop message\n" {
		t.Errorf("cms_decrypt of openssl's envelope = %s", dec.Repr())
	}
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat) }

func TestCMSType(t *testing.T) {
	info := func(oid asn1.ObjectIdentifier) string {
		der, err := asn1.Marshal(struct {
			Type    asn1.ObjectIdentifier
			Content asn1.RawValue `asn1:"explicit,optional,tag:0"`
		}{Type: oid, Content: asn1.RawValue{FullBytes: []byte{0x04, 0x01, 'x'}}})
		if err != nil {
			t.Fatal(err)
		}
		return string(der)
	}
	pkcs7OID := func(n int) asn1.ObjectIdentifier { return asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, n} }
	signed := info(pkcs7OID(2))
	Run(t, cat, "cms_type", []Case{
		{Args: A(S(info(pkcs7OID(1)))), Want: `"pkcs7-data"`},
		{Args: A(S(signed)), Want: `"pkcs7-signedData"`},
		{Args: A(S(info(pkcs7OID(3)))), Want: `"pkcs7-envelopedData"`},
		{Args: A(S(info(pkcs7OID(6)))), Want: `"pkcs7-encryptedData"`},
		{Args: A(S(info(asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 1, 23}))), Want: `"id-smime-ct-authEnvelopedData"`},
		{Name: "other type", Args: A(S(info(asn1.ObjectIdentifier{1, 2, 3, 4}))), Want: `"1.2.3.4"`},
		{Name: "BER indefinite length", Args: A(S("\x30\x80\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03\xa0\x80\x00\x00\x00\x00")), Want: `"pkcs7-envelopedData"`},
		{Name: "long length form", Args: A(S("\x30\x81\x0b\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02")), Want: `"pkcs7-signedData"`},
		{Name: "trailing data", Args: A(S(signed + "junk")), Want: `"pkcs7-signedData"`},
		{Name: "truncated", Args: A(S(signed[:len(signed)-2])), Want: "none"},
		{Name: "not a sequence", Args: A(S("\x04\x01x")), Want: "none"},
		{Name: "no OID first", Args: A(S("\x30\x03\x04\x01x")), Want: "none"},
		{Args: A(S("")), Want: "none"},
		{Args: A(S("-----BEGIN PKCS7-----")), Want: "none"},
		{Args: A(N(1)), Err: "cms_type(): argument 1 ($data) must be a string, not number"},
	})
}
