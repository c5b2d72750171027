package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"
)

// testKeyPEM generates a key ("rsa" or "ec") and a self-signed certificate
// for it, both as PEM text.
func testKeyPEM(t *testing.T, kind string) (certPEM, keyPEM string) {
	t.Helper()
	var key crypto.Signer
	var err error
	if kind == "rsa" {
		key, err = rsa.GenerateKey(rand.Reader, 1024)
	} else {
		key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	}
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: kind},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
		string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8}))
}

// yamlBlock indents every line of s by n spaces, for a YAML block scalar.
func yamlBlock(s string, n int) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+pad) + "\n"
}

func TestPKIKeys(t *testing.T) {
	rsaCert, rsaKey := testKeyPEM(t, "rsa")
	ecCert, ecKey := testKeyPEM(t, "ec")
	inline := "    - id: inline\n      certificate:\n        data: |\n" + yamlBlock(ecCert, 10) +
		"      privatekey:\n        data: |\n" + yamlBlock(ecKey, 10)
	p := writeFiles(t, map[string]string{
		"etc/smtpd.yaml": "environment: {}\n",
		"etc/smtpd-app.yaml": "pki:\n  private:\n    - id: signer\n      certificate: { path: keys/signer.crt }\n" +
			"      privatekey: { path: keys/signer.key }\n" + inline,
		"etc/keys/signer.crt": rsaCert,
		"etc/keys/signer.key": rsaKey,
		"mismatch.yaml": "pki:\n  private:\n    - id: ok\n      privatekey:\n        data: |\n" + yamlBlock(ecKey, 10) +
			"    - id: wrong\n      certificate:\n        data: |\n" + yamlBlock(rsaCert, 10) + "      privatekey:\n        data: |\n" + yamlBlock(ecKey, 10),
		"garbage.yaml": "pki:\n  private:\n    - id: g\n      privatekey: { data: \"-----BEGIN NOTHING-----\" }\n",
		"missing.yaml": "pki:\n  private:\n    - id: m\n      certificate: { path: nope.crt }\n",
		"empty.yaml":   "pki:\n  private: []\n",
		"sign.hsl": `$sig = rsa_sign("message", "pki:signer", ["id" => true]);
echo length($sig) . " " . (rsa_verify("message", $sig, "pki:signer", ["id" => true]) ? "verified" : "bad");
echo rsa_verify("other", $sig, "signer", ["id" => true]) ? "verified" : "rejected";
echo rsa_sign("message", "pki:inline", ["id" => true]) ?? "none for an EC key";
echo rsa_sign("message", "pki:unknown", ["id" => true]) ?? "none for an unknown id";
echo cms_sign("message", "pki:inline", ["id" => true])["result"] ? "cms signed" : "cms failed";
`,
		"sign_test.hsl": `import { assert_true } from "hsh:assert";
function test_sign() {
	$sig = rsa_sign("m", "pki:signer", ["id" => true]);
	assert_true(rsa_verify("m", $sig, "pki:signer", ["id" => true]));
}
`,
	})
	want := "128 verified\nrejected\nnone for an EC key\nnone for an unknown id\ncms signed\n"
	for _, flag := range []string{"-A", "-c"} {
		conf := p["etc/smtpd-app.yaml"]
		if flag == "-c" {
			conf = p["etc/smtpd.yaml"]
		}
		code, out, errOut := run(t, "", flag, conf, p["sign.hsl"])
		if code != 0 || out != want || errOut != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %q", flag, code, out, errOut, want)
		}
	}
	code, out, errOut := run(t, "", "test", "-A", p["etc/smtpd-app.yaml"], p["sign_test.hsl"])
	if code != 0 || !strings.Contains(out, "1 passed, 0 failed") {
		t.Errorf("hsh test -A: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	noStore := `sign.hsl:1:8: error: rsa_sign(): no key store: pki ids need a configuration with pki.private[] (hsh -c or -A)`
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no configuration", []string{p["sign.hsl"]}, 1, regexp.QuoteMeta(noStore)},
		{"no pki entries", []string{"-A", p["empty.yaml"], p["sign.hsl"]}, 1, regexp.QuoteMeta(noStore)},
		{"mismatch", []string{"-A", p["mismatch.yaml"], p["sign.hsl"]}, 2,
			`^hsh: \S*mismatch.yaml: pki.private\[1\] \(wrong\): the private key does not belong to the certificate\n$`},
		{"garbage", []string{"-A", p["garbage.yaml"], p["sign.hsl"]}, 2,
			`^hsh: \S*garbage.yaml: pki.private\[0\] \(g\): privatekey: no PEM private key block`},
		{"missing file", []string{"-A", p["missing.yaml"], p["sign.hsl"]}, 2,
			`^hsh: \S*missing.yaml: pki.private\[0\] \(m\): nope.crt: no such file or directory\n$`},
		{"hsh test without configuration", []string{"test", p["sign_test.hsl"]}, 1, ""},
	} {
		code, _, errOut := run(t, "", tt.args...)
		if code != tt.code || !regexp.MustCompile(tt.stderr).MatchString(errOut) {
			t.Errorf("%s: exit %d, stderr %q; want %d, /%s/", tt.name, code, errOut, tt.code, tt.stderr)
		}
	}
}
