package mime

import (
	"crypto/x509"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
	"github.com/openhsl/hsl/stdlib/pki"
)

func TestSignDKIMWithPKIID(t *testing.T) {
	ed := stdtest.NewKeyPair(t, "ed25519", "ed", nil)
	rsa := stdtest.NewKeyPair(t, "rsa", "rsa", nil)
	store, err := pki.New([]pki.Entry{
		{ID: "ed", PrivateKey: ed.KeyPEM},
		{ID: "rsa", Certificate: rsa.CertPEM, PrivateKey: rsa.KeyPEM},
		{ID: "certonly", Certificate: rsa.CertPEM},
	})
	if err != nil {
		t.Fatal(err)
	}
	env := &stdtest.Env{Keys: store}
	invoke := func(env catalog.Env, self value.Value, method string, args ...value.Value) (value.Value, error) {
		f := testCat.Class(self.AsObject().ClassName()).Methods[method]
		return stdtest.Invoke(env, f, self, args...)
	}
	dnsFor := func(kp *stdtest.KeyPair) value.Value {
		der, err := x509.MarshalPKIXPublicKey(kp.Key.Public())
		if err != nil {
			t.Fatal(err)
		}
		k := "rsa"
		if kp == ed {
			k, der = "ed25519", der[len(der)-32:] // the raw key ends the SubjectPublicKeyInfo
		}
		return stdtest.Fn(func(args ...value.Value) (value.Value, error) {
			return stdtest.M(S("result"), S("v=DKIM1; k="+k+"; p="+base64.StdEncoding.EncodeToString(der))), nil
		})
	}
	for _, c := range []struct {
		ref string
		kp  *stdtest.KeyPair
	}{{"pki:ed", ed}, {"rsa", rsa}} {
		_, msg := load(t, "nested.eml")
		field, err := invoke(env, msg, "signDKIM", S("sel"), S("example.org"), S(c.ref), stdtest.M(S("id"), B(true), S("return_header"), B(true)))
		if err != nil || !strings.HasPrefix(field.AsString(), "DKIM-Signature: ") {
			t.Fatalf("%s: signDKIM: %v %s", c.ref, err, field.Repr())
		}
		res := call(t, msg, "verifyDKIM", field, stdtest.M(S("dns_function"), dnsFor(c.kp)))
		if got, _ := res.AsArray().Get(value.StrKey("result")); got.AsString() != "pass" {
			t.Errorf("%s: verify: %s", c.ref, res.Repr())
		}
	}

	// The MIME builder takes the id too.
	b := value.ObjectValue(NewBuilder())
	call(t, b, "addHeader", S("From"), S("a@example.org"))
	call(t, b, "setBody", S("hi"))
	if _, err := invoke(env, b, "signDKIM", S("sel"), S("example.org"), S("pki:ed"), stdtest.M(S("id"), B(true))); err != nil {
		t.Fatal(err)
	}
	m2 := call(t, S("MailMessage"), "String", S(call(t, b, "toString").AsString()))
	sig := call(t, m2, "getHeader", S("DKIM-Signature"), stdtest.M(S("field"), B(true), S("decode"), B(false)))
	res := call(t, m2, "verifyDKIM", sig, stdtest.M(S("dns_function"), dnsFor(ed)))
	if got, _ := res.AsArray().Get(value.StrKey("result")); got.AsString() != "pass" {
		t.Errorf("builder: verify: %s", res.Repr())
	}

	// A lookup that fails raises, as a bad key does.
	_, msg := load(t, "nested.eml")
	for _, c := range []struct {
		env  catalog.Env
		ref  string
		want string
	}{
		{env, "pki:nope", `argument 3 ($key) unknown pki id "nope"`},
		{env, "pki:certonly", `names pki id "pki:certonly", which has no private key`},
		{&stdtest.Env{}, "pki:ed", "no key store"},
	} {
		_, err := invoke(c.env, msg, "signDKIM", S("s"), S("d"), S(c.ref), stdtest.M(S("id"), B(true)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: want error %q, got %v", c.ref, c.want, err)
		}
	}
}
