package pki_test

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
	"testing"

	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
	"github.com/openhsl/hsl/stdlib/pki"
)

func pemBlock(typ string, der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
}

func TestStoreKeyForms(t *testing.T) {
	rsaKP := stdtest.NewKeyPair(t, "rsa", "rsa", nil)
	ecKP := stdtest.NewKeyPair(t, "ec", "ec", nil)
	edKP := stdtest.NewKeyPair(t, "ed25519", "ed", nil)
	ecDER, err := x509.MarshalECPrivateKey(ecKP.Key.(*ecdsa.PrivateKey))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		kp   *stdtest.KeyPair
		key  []byte
	}{
		{"rsa-pkcs8", rsaKP, rsaKP.KeyPEM},
		{"rsa-pkcs1", rsaKP, pemBlock("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rsaKP.Key.(*rsa.PrivateKey)))},
		{"ec-pkcs8", ecKP, ecKP.KeyPEM},
		{"ec-sec1", ecKP, pemBlock("EC PRIVATE KEY", ecDER)},
		{"ed25519", edKP, edKP.KeyPEM},
		{"key-after-cert", rsaKP, append(append([]byte{}, rsaKP.CertPEM...), rsaKP.KeyPEM...)},
	}
	var entries []pki.Entry
	for _, c := range cases {
		entries = append(entries, pki.Entry{ID: c.name, Certificate: c.kp.CertPEM, PrivateKey: c.key})
	}
	s, err := pki.New(entries)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got, err := s.Key(c.name)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !got.Leaf.Equal(c.kp.Cert) || len(got.Certificate) != 1 {
			t.Errorf("%s: wrong certificate", c.name)
		}
		if pub, ok := got.PrivateKey.(interface{ Equal(crypto.PrivateKey) bool }); !ok || !pub.Equal(c.kp.Key) {
			t.Errorf("%s: wrong private key %T", c.name, got.PrivateKey)
		}
	}
	_, err = s.Key("nope")
	if !errors.Is(err, catalog.ErrUnknownKey) || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("unknown id: got %v", err)
	}
}

func TestStoreChainAndParts(t *testing.T) {
	ca := stdtest.NewKeyPair(t, "ec", "ca", nil)
	leaf := stdtest.NewKeyPair(t, "ec", "leaf", ca)
	s, err := pki.New([]pki.Entry{
		{ID: "chain", Certificate: append(append([]byte{}, leaf.CertPEM...), ca.CertPEM...), PrivateKey: leaf.KeyPEM},
		{ID: "certonly", Certificate: ca.CertPEM},
		{ID: "keyonly", PrivateKey: leaf.KeyPEM},
	})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := s.Key("chain")
	if len(c.Certificate) != 2 || !c.Leaf.Equal(leaf.Cert) || string(c.Certificate[1]) != string(ca.Cert.Raw) {
		t.Errorf("chain: want leaf then CA, got %d certificates", len(c.Certificate))
	}
	if c, _ := s.Key("certonly"); c.PrivateKey != nil || c.Leaf == nil {
		t.Errorf("certonly: want a certificate and no key")
	}
	if c, _ := s.Key("keyonly"); c.PrivateKey == nil || c.Leaf != nil || len(c.Certificate) != 0 {
		t.Errorf("keyonly: want a key and no certificate")
	}
}

func TestStoreErrors(t *testing.T) {
	a := stdtest.NewKeyPair(t, "rsa", "a", nil)
	b := stdtest.NewKeyPair(t, "ed25519", "b", nil)
	ok := pki.Entry{ID: "ok", Certificate: a.CertPEM, PrivateKey: a.KeyPEM}
	cases := []struct {
		name    string
		entries []pki.Entry
		want    string
	}{
		{"mismatch", []pki.Entry{ok, {ID: "x", Certificate: a.CertPEM, PrivateKey: b.KeyPEM}},
			"pki.private[1] (x): the private key does not belong to the certificate"},
		{"garbage key", []pki.Entry{{ID: "g", Certificate: a.CertPEM, PrivateKey: []byte("not pem")}},
			"pki.private[0] (g): privatekey: no PEM private key block"},
		{"garbage cert", []pki.Entry{{ID: "g", Certificate: []byte("junk"), PrivateKey: a.KeyPEM}},
			"pki.private[0] (g): certificate: no PEM \"CERTIFICATE\" block"},
		{"cert in key", []pki.Entry{{ID: "c", PrivateKey: a.CertPEM}}, "privatekey: no PEM private key block"},
		{"bad der", []pki.Entry{{ID: "d", Certificate: pemBlock("CERTIFICATE", []byte("xx"))}}, "certificate: PEM block 1:"},
		{"bad key der", []pki.Entry{{ID: "d", PrivateKey: pemBlock("PRIVATE KEY", []byte("xx"))}}, "privatekey: PRIVATE KEY:"},
		{"encrypted", []pki.Entry{{ID: "e", PrivateKey: pemBlock("ENCRYPTED PRIVATE KEY", []byte("xx"))}}, "encrypted private keys are not supported"},
		{"empty", []pki.Entry{{ID: "e"}}, "neither certificate nor privatekey"},
		{"no id", []pki.Entry{{Certificate: a.CertPEM}}, "pki.private[0] (): no id"},
		{"duplicate", []pki.Entry{ok, ok}, "pki.private[1] (ok): the id is used twice"},
	}
	for _, c := range cases {
		s, err := pki.New(c.entries)
		if err == nil {
			t.Errorf("%s: want error %q, got a store", c.name, c.want)
			continue
		}
		var ee *pki.EntryError
		if !errors.As(err, &ee) || !strings.Contains(err.Error(), c.want) || s != nil {
			t.Errorf("%s: want EntryError containing %q, got %v", c.name, c.want, err)
		}
	}
}

func TestLookupKey(t *testing.T) {
	kp := stdtest.NewKeyPair(t, "ec", "k", nil)
	s, err := pki.New([]pki.Entry{{ID: "k", Certificate: kp.CertPEM, PrivateKey: kp.KeyPEM}})
	if err != nil {
		t.Fatal(err)
	}
	env := &stdtest.Env{Keys: s}
	for _, ref := range []string{"pki:k", "k"} {
		if c, err := catalog.LookupKey(env, ref); err != nil || !c.Leaf.Equal(kp.Cert) {
			t.Errorf("%s: got %v", ref, err)
		}
	}
	for ref, want := range map[string]string{"pki:": "empty pki id", "": "empty pki id", "pki:x": `unknown pki id "x"`} {
		if _, err := catalog.LookupKey(env, ref); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: want %q, got %v", ref, want, err)
		}
	}
	if _, err := catalog.LookupKey(&stdtest.Env{}, "pki:k"); !errors.Is(err, catalog.ErrNoKeyStore) {
		t.Errorf("no store: got %v", err)
	}
}
