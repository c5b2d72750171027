package mime

import (
	"crypto/x509"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// arcDNS answers key lookups of sel._domainkey.example.org with kp's key;
// slow._domainkey.example.org fails temporarily.
func arcDNS(t *testing.T, kp *stdtest.KeyPair, k string) value.Value {
	der, err := x509.MarshalPKIXPublicKey(kp.Key.Public())
	if err != nil {
		t.Fatal(err)
	}
	if k == "ed25519" {
		der = der[len(der)-32:] // the raw key ends the SubjectPublicKeyInfo
	}
	return stdtest.Fn(func(args ...value.Value) (value.Value, error) {
		switch args[0].AsString() {
		case "sel._domainkey.example.org":
			return stdtest.M(S("result"), S("v=DKIM1; k="+k+"; p="+base64.StdEncoding.EncodeToString(der))), nil
		case "slow._domainkey.example.org":
			return stdtest.M(S("error"), S("temperror")), nil
		}
		return stdtest.M(S("error"), S("permerror")), nil
	})
}

func result(v value.Value) (string, string) {
	r, _ := v.AsArray().Get(value.StrKey("result"))
	e, _ := v.AsArray().Get(value.StrKey("error"))
	return r.ToString(), e.ToString()
}

func TestARCMessageSignature(t *testing.T) {
	for _, k := range []string{"rsa", "ed25519"} {
		kp := stdtest.NewKeyPair(t, k, "arc", nil)
		dnsFn := arcDNS(t, kp, k)
		pemKey := S(string(kp.KeyPEM))
		_, msg := load(t, "nested.eml")

		// return_header with arc gives the value alone, for addHeader.
		ams := call(t, msg, "signDKIM", S("sel"), S("example.org"), pemKey,
			stdtest.M(S("arc"), N(2), S("return_header"), B(true), S("additional_headers"), stdtest.L(S("DKIM-Signature"))))
		if ams.Kind() != value.KindString || !strings.HasPrefix(ams.AsString(), "i=2; a=") || strings.Contains(ams.AsString(), "v=1") || strings.HasSuffix(ams.AsString(), "\n") {
			t.Fatalf("%s: return_header: %s", k, ams.Repr())
		}
		call(t, msg, "addHeader", S("ARC-Message-Signature"), ams, stdtest.M(S("encode"), B(false)))
		fields := call(t, msg, "getHeaders", S("ARC-Message-Signature"), stdtest.M(S("field"), B(true)))
		_, field := fields.AsArray().Entry(0)
		if !strings.HasPrefix(field.AsString(), "ARC-Message-Signature: i=2;") {
			t.Fatalf("%s: field %s", k, field.Repr())
		}
		res := call(t, msg, "verifyDKIM", field, stdtest.M(S("dns_function"), dnsFn))
		if r, e := result(res); r != "pass" {
			t.Fatalf("%s: verify: %s %s", k, r, e)
		}
		if tags, _ := res.AsArray().Get(value.StrKey("tags")); tags.Kind() != value.KindArray {
			t.Errorf("%s: no tags: %s", k, res.Repr())
		} else if i, _ := tags.AsArray().Get(value.StrKey("i")); i.ToString() != "2" {
			t.Errorf("%s: tags: %s", k, tags.Repr())
		}
		// A DKIM-Signature or ARC-Seal added later does not matter.
		call(t, msg, "addHeader", S("ARC-Seal"), S("i=2; a=rsa-sha256; cv=none; b=x"), stdtest.M(S("encode"), B(false)))
		if r, e := result(call(t, msg, "verifyDKIM", field, stdtest.M(S("dns_function"), dnsFn))); r != "pass" {
			t.Errorf("%s: after an ARC-Seal: %s %s", k, r, e)
		}

		// Tampering and DNS failures.
		changedI := S(strings.Replace(field.AsString(), "i=2;", "i=3;", 1))
		slow := S(strings.Replace(field.AsString(), "s=sel", "s=slow", 1))
		gone := S(strings.Replace(field.AsString(), "s=sel", "s=gone", 1))
		for _, tc := range []struct {
			name   string
			field  value.Value
			change func(value.Value)
			want   string
		}{
			{"changed i=", changedI, nil, "permerror"},
			{"temporary DNS failure", slow, nil, "temperror"},
			{"no key", gone, nil, "permerror"},
			{"changed From", field, func(m value.Value) { call(t, m, "setHeader", S("From"), S("evil@example.com")) }, "permerror"},
			{"changed body", field, func(m value.Value) {
				parts := call(t, m, "findByType", S("text/plain"))
				_, p := parts.AsArray().Entry(0)
				call(t, p, "setBody", S("other text"))
			}, "permerror"},
		} {
			m := call(t, S("MailMessage"), "String", call(t, msg, "toString"))
			if tc.change != nil {
				tc.change(m)
			}
			if r, e := result(call(t, m, "verifyDKIM", tc.field, stdtest.M(S("dns_function"), dnsFn))); r != tc.want {
				t.Errorf("%s: %s: %s %s, want %s", k, tc.name, r, e, tc.want)
			}
		}

		// Without return_header the field goes on top; arc => true is instance 1.
		_, msg2 := load(t, "nested.eml")
		call(t, msg2, "signDKIM", S("sel"), S("example.org"), pemKey, stdtest.M(S("arc"), B(true), S("canonicalization_header"), S("simple")))
		top := call(t, msg2, "getHeader", S("ARC-Message-Signature"), stdtest.M(S("field"), B(true), S("decode"), B(false)))
		if !strings.HasPrefix(top.AsString(), "ARC-Message-Signature: i=1;") || !strings.HasPrefix(call(t, msg2, "toString").AsString(), "ARC-Message-Signature: i=1;") {
			t.Errorf("%s: added field %s", k, top.Repr())
		}
		if r, e := result(call(t, msg2, "verifyDKIM", top, stdtest.M(S("dns_function"), dnsFn))); r != "pass" {
			t.Errorf("%s: added field: %s %s", k, r, e)
		}

		// The MIME builder signs when written out.
		b := value.ObjectValue(NewBuilder())
		call(t, b, "addHeader", S("From"), S("a@example.org"))
		call(t, b, "addHeader", S("Subject"), S("built"))
		call(t, b, "setBody", S("hi"))
		call(t, b, "signDKIM", S("sel"), S("example.org"), pemKey, stdtest.M(S("arc"), N(1)))
		m3 := call(t, S("MailMessage"), "String", call(t, b, "toString"))
		f3 := call(t, m3, "getHeader", S("ARC-Message-Signature"), stdtest.M(S("field"), B(true), S("decode"), B(false)))
		if r, e := result(call(t, m3, "verifyDKIM", f3, stdtest.M(S("dns_function"), dnsFn))); r != "pass" {
			t.Errorf("%s: builder: %s %s\n%s", k, r, e, f3.AsString())
		}
	}
}

func TestARCOptionErrors(t *testing.T) {
	kp := stdtest.NewKeyPair(t, "ed25519", "arc", nil)
	pemKey := S(string(kp.KeyPEM))
	_, msg := load(t, "nested.eml")
	for _, tc := range []struct {
		name string
		opts value.Value
		want string
	}{
		{"instance 0", stdtest.M(S("arc"), N(0)), "from 1 to 50"},
		{"instance 51", stdtest.M(S("arc"), N(51)), "from 1 to 50"},
		{"fraction", stdtest.M(S("arc"), N(1.5)), "from 1 to 50"},
		{"string", stdtest.M(S("arc"), S("1")), "from 1 to 50"},
		{"identity", stdtest.M(S("arc"), N(1), S("identity"), S("a@example.org")), "identity"},
		{"ARC-Seal signed", stdtest.M(S("arc"), N(1), S("additional_headers"), stdtest.L(S("ARC-Seal"))), "ARC-Seal"},
		{"ARC-Seal in headers", stdtest.M(S("arc"), N(1), S("headers"), stdtest.L(S("from"), S("arc-seal"))), "ARC-Seal"},
	} {
		if _, err := try(msg, "signDKIM", S("sel"), S("example.org"), pemKey, tc.opts); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	// arc => false is a plain DKIM signature.
	r := call(t, msg, "signDKIM", S("sel"), S("example.org"), pemKey, stdtest.M(S("arc"), B(false), S("return_header"), B(true)))
	if !strings.HasPrefix(r.AsString(), "DKIM-Signature: ") || strings.Contains(r.AsString(), "i=1") {
		t.Errorf("arc false: %s", r.Repr())
	}
}
