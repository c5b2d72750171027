package cryptofn

import (
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/classes"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
	"github.com/openhsl/hsl/stdlib/pki"
)

// pkiEnv is an Env whose key store has: rsa (certificate and key), ec,
// chain (an RSA leaf issued by ca, with ca after it), certonly (the rsa
// certificate alone) and keyonly (the rsa key alone).
func pkiEnv(t *testing.T) (env *Env, rsaKP, ca *KeyPair) {
	t.Helper()
	rsaKP = NewKeyPair(t, "rsa", "rsa", nil)
	ec := NewKeyPair(t, "ec", "ec", nil)
	ca = NewKeyPair(t, "ec", "ca", nil)
	leaf := NewKeyPair(t, "rsa", "leaf", ca)
	s, err := pki.New([]pki.Entry{
		{ID: "rsa", Certificate: rsaKP.CertPEM, PrivateKey: rsaKP.KeyPEM},
		{ID: "ec", Certificate: ec.CertPEM, PrivateKey: ec.KeyPEM},
		{ID: "chain", Certificate: append(append([]byte{}, leaf.CertPEM...), ca.CertPEM...), PrivateKey: leaf.KeyPEM},
		{ID: "certonly", Certificate: rsaKP.CertPEM},
		{ID: "keyonly", PrivateKey: rsaKP.KeyPEM},
	})
	if err != nil {
		t.Fatal(err)
	}
	return &Env{Keys: s}, rsaKP, ca
}

func TestRSAWithPKIIDs(t *testing.T) {
	env, _, _ := pkiEnv(t)
	id := M(S("id"), B(true))
	msg := S("signed text")
	call := func(name string, args ...value.Value) value.Value {
		t.Helper()
		v, err := CallEnv(env, cat, name, args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return v
	}
	for _, ref := range []string{"pki:rsa", "rsa", "pki:keyonly"} {
		sig := call("rsa_sign", msg, S(ref), id)
		if sig.Kind() != value.KindString {
			t.Fatalf("rsa_sign(%s): got %s", ref, sig.Repr())
		}
		for _, pub := range []string{"pki:rsa", "pki:certonly", "keyonly"} {
			if got := call("rsa_verify", msg, sig, S(pub), id); got.Repr() != "true" {
				t.Errorf("rsa_verify(sig by %s, %s): got %s", ref, pub, got.Repr())
			}
		}
		if got := call("rsa_verify", S("other"), sig, S("pki:rsa"), id); got.Repr() != "false" {
			t.Errorf("rsa_verify of another message: got %s", got.Repr())
		}
	}
	sha1 := M(S("id"), B(true), S("hash"), S("sha1"))
	if got := call("rsa_verify", msg, call("rsa_sign", msg, S("pki:rsa"), sha1), S("pki:rsa"), sha1); got.Repr() != "true" {
		t.Errorf("sha1 round trip: got %s", got.Repr())
	}
	// Unknown ids and unusable entries read as keys that do not load.
	sig := call("rsa_sign", msg, S("pki:rsa"), id)
	for _, ref := range []string{"pki:nope", "pki:ec", "pki:certonly", "pki:"} {
		if got := call("rsa_sign", msg, S(ref), id); !got.IsNone() {
			t.Errorf("rsa_sign(%s): want none, got %s", ref, got.Repr())
		}
		if ref == "pki:certonly" {
			continue
		}
		if got := call("rsa_verify", msg, sig, S(ref), id); !got.IsNone() {
			t.Errorf("rsa_verify(%s): want none, got %s", ref, got.Repr())
		}
	}
	// Without the option a pki id is key text that does not load.
	if got := call("rsa_sign", msg, S("pki:rsa")); !got.IsNone() {
		t.Errorf("rsa_sign without id: got %s", got.Repr())
	}
}

func TestCMSWithPKIIDs(t *testing.T) {
	env, rsaKP, ca := pkiEnv(t)
	id := M(S("id"), B(true))
	msg := S("Content-Type: text/plain\r\n\r\nhello\r\n")
	call := func(name string, args ...value.Value) value.Value {
		t.Helper()
		v, err := CallEnv(env, cat, name, args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return v
	}
	trust := M(S("store"), L(value.ResourceValue(&classes.X509Resource{Cert: ca.Cert})))

	der := call("pkcs7_sign", msg, S("pki:chain"), id)
	if der.Kind() != value.KindString {
		t.Fatalf("pkcs7_sign: got %s", der.Repr())
	}
	if got := call("cms_verify", der, msg, trust); !strings.HasPrefix(got.Repr(), `["result"=>true`) {
		t.Errorf("cms_verify of pkcs7_sign with a chain: %s", got.Repr())
	}
	r := call("cms_sign", msg, S("chain"), M(S("id"), B(true), S("detached"), B(false)))
	data, _ := r.AsArray().Get(value.StrKey("data"))
	if got := call("cms_verify", data, value.None, trust, M(S("data"), B(true))); !strings.Contains(got.Repr(), `"result"=>true`) ||
		!strings.Contains(got.Repr(), "hello") {
		t.Errorf("cms_verify of cms_sign: %s", got.Repr())
	}

	enc := call("cms_encrypt", msg, M(S("certs"), L(value.ResourceValue(&classes.X509Resource{Cert: rsaKP.Cert}))))
	encData, _ := enc.AsArray().Get(value.StrKey("data"))
	dec := call("cms_decrypt", encData, S("pki:rsa"), id)
	if got, _ := dec.AsArray().Get(value.StrKey("data")); got.AsString() != msg.AsString() {
		t.Errorf("cms_decrypt: %s", dec.Repr())
	}

	for _, c := range []struct{ name, ref, want string }{
		{"cms_sign", "pki:nope", `["result"=>false,"error"=>"unknown pki id \"nope\""]`},
		{"cms_sign", "pki:keyonly", `["result"=>false,"error"=>"pki id \"pki:keyonly\" has no certificate"]`},
		{"cms_sign", "pki:certonly", `["result"=>false,"error"=>"pki id \"pki:certonly\" has no private key"]`},
		{"pkcs7_sign", "pki:nope", "none"},
		{"cms_decrypt", "pki:ec", `["result"=>false,"error"=>"only RSA recipient keys are supported"]`},
	} {
		args := A(msg, S(c.ref), id)
		if c.name == "cms_decrypt" {
			args[0] = encData
		}
		if got := call(c.name, args...); got.Repr() != c.want {
			t.Errorf("%s(%s): want %s, got %s", c.name, c.ref, c.want, got.Repr())
		}
	}
}
