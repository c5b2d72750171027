package dkim

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"os"
	"strings"
	"testing"
)

// Keys of the examples: RFC 6376 appendix C (RSA, used for round trips)
// and RFC 8463 appendix A (its own RSA key, and Ed25519).
const (
	rfc8463RSATXT = "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"
	rsaTXT        = "v=DKIM1; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB"
	ed25519TXT    = "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
	edSeed        = "nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A="
)

func lookup(name string) ([]string, error) {
	switch name {
	case "brisbane._domainkey.football.example.com":
		return []string{ed25519TXT}, nil
	case "test._domainkey.football.example.com":
		return []string{rfc8463RSATXT}, nil
	case "rsa._domainkey.example.org":
		return []string{rsaTXT}, nil
	case "ed._domainkey.example.org":
		return []string{ed25519TXT}, nil
	case "slow._domainkey.example.org":
		return nil, &TempError{Err: errors.New("timeout")}
	}
	return nil, errors.New("NXDOMAIN")
}

func rsaKey(t testing.TB) crypto.Signer {
	b, err := os.ReadFile("testdata/rfc6376.key")
	if err != nil {
		t.Fatal(err)
	}
	blk, _ := pem.Decode(b)
	k, err := x509.ParsePKCS1PrivateKey(blk.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func edKey(t testing.TB) crypto.Signer {
	seed, _ := base64.StdEncoding.DecodeString(edSeed)
	return ed25519.NewKeyFromSeed(seed)
}

// signatures returns the DKIM-Signature fields of a message, unfolded as in the source.
func signatures(msg []byte) []string {
	var out []string
	lines := strings.SplitAfter(string(msg), "\r\n")
	for i := 0; i < len(lines) && lines[i] != "\r\n"; i++ {
		if strings.HasPrefix(lines[i], "DKIM-Signature:") {
			f := lines[i]
			for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t")) {
				i++
				f += lines[i]
			}
			out = append(out, f)
		}
	}
	return out
}

func TestVerifyRFC8463(t *testing.T) {
	msg, err := os.ReadFile("testdata/rfc8463.eml")
	if err != nil {
		t.Fatal(err)
	}
	sigs := signatures(msg)
	if len(sigs) != 2 {
		t.Fatalf("found %d signatures", len(sigs))
	}
	for i, s := range sigs {
		r := Verify(msg, s, lookup)
		if r.Result != "pass" {
			t.Errorf("signature %d: %+v", i, r)
		}
		if r.Tags["d"] != "football.example.com" {
			t.Errorf("signature %d: tags %v", i, r.Tags)
		}
	}
	// One changed byte in the body breaks both.
	bad := bytes.Replace(msg, []byte("hungry"), []byte("Hungry"), 1)
	for i, s := range sigs {
		if r := Verify(bad, s, lookup); r.Result != "permerror" || !strings.Contains(r.Error, "body hash") {
			t.Errorf("tampered signature %d: %+v", i, r)
		}
	}
}

func TestSignVerifyRoundTrip(t *testing.T) {
	msg := []byte("From: Joe <joe@example.org>\r\nTo: a@example.net\r\nSubject: hi\r\nFrom2: x\r\n\r\nbody  text \r\n\r\n\r\n")
	for _, tc := range []struct {
		name string
		o    SignOptions
	}{
		{"rsa relaxed", SignOptions{Selector: "rsa", Domain: "example.org", Key: rsaKey(t)}},
		{"rsa simple", SignOptions{Selector: "rsa", Domain: "example.org", Key: rsaKey(t), HeaderCanon: "simple", BodyCanon: "simple"}},
		{"ed25519", SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(t), Algorithm: "ed25519-sha256"}},
		{"headers", SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(t), Headers: []string{"from", "subject"}, Identity: "joe@example.org"}},
	} {
		sig, err := Sign(msg, tc.o)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !strings.HasPrefix(sig, "DKIM-Signature:") || !strings.HasSuffix(sig, "\r\n") {
			t.Errorf("%s: field %q", tc.name, sig)
		}
		signed := append([]byte(sig), msg...)
		if r := Verify(signed, sig, lookup); r.Result != "pass" {
			t.Errorf("%s: %+v", tc.name, r)
		}
		// From is oversigned: adding another From breaks the signature.
		added := append([]byte(sig+"From: evil@example.com\r\n"), msg...)
		if r := Verify(added, sig, lookup); r.Result == "pass" {
			t.Errorf("%s: a second From still passes", tc.name)
		}
	}
}

func TestSignErrors(t *testing.T) {
	msg := []byte("From: a@b\r\n\r\nx\r\n")
	for _, tc := range []struct {
		o    SignOptions
		want string
	}{
		{SignOptions{Selector: "s", Domain: "d"}, "no private key"},
		{SignOptions{Selector: "s", Domain: "d", Key: rsaKey(t), Algorithm: "rsa-sha1"}, "rsa-sha1"},
		{SignOptions{Selector: "s", Domain: "d", Key: rsaKey(t), Algorithm: "ed25519-sha256"}, "Ed25519 key"},
		{SignOptions{Selector: "s", Domain: "d", Key: edKey(t), Algorithm: "rsa-sha256"}, "RSA key"},
		{SignOptions{Selector: "s", Domain: "d", Key: edKey(t), BodyCanon: "loose"}, "canonicalization"},
		{SignOptions{Selector: "s", Domain: "d", Key: edKey(t), Algorithm: "md5"}, "unknown algorithm"},
	} {
		if _, err := Sign(msg, tc.o); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.o.Algorithm, err, tc.want)
		}
	}
}

func TestVerifyErrors(t *testing.T) {
	msg := []byte("From: a@example.org\r\n\r\nx\r\n")
	for _, tc := range []struct{ sig, result, want string }{
		{"no colon", "permerror", "colon"},
		{"ARC-Message-Signature: i=1; a=rsa-sha256", "permerror", "no b= tag"},
		{"Authentication-Results: example.org; none", "permerror", "only DKIM-Signature and ARC-Message-Signature"},
		{"DKIM-Signature: v=1; a", "permerror", "malformed"},
		{"DKIM-Signature: v=1; a=rsa-sha1; d=example.org; s=rsa; h=from; bh=x; b=y", "permerror", "rsa-sha1"},
		{"DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=none; h=from; bh=x; b=y", "permerror", ""},
		{"DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=slow; h=from; bh=x; b=y", "temperror", ""},
	} {
		r := Verify(msg, tc.sig, lookup)
		if r.Result != tc.result || !strings.Contains(r.Error, tc.want) {
			t.Errorf("%q: %+v", tc.sig, r)
		}
	}
}

func TestParseTags(t *testing.T) {
	tags, err := ParseTags(" v=1; b=ab\r\n cd ;d=x;")
	if err != nil || tags["b"] != "abcd" || tags["v"] != "1" || tags["d"] != "x" {
		t.Errorf("%v %v", tags, err)
	}
	for _, bad := range []string{"a", "=b", "a=1;a=2"} {
		if _, err := ParseTags(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

func BenchmarkSignRSA(b *testing.B) {
	msg := append([]byte("From: a@example.org\r\nSubject: s\r\n\r\n"), bytes.Repeat([]byte("line of text\r\n"), 700)...)
	o := SignOptions{Selector: "rsa", Domain: "example.org", Key: rsaKey(b)}
	for b.Loop() {
		if _, err := Sign(msg, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSignEd25519(b *testing.B) {
	msg := append([]byte("From: a@example.org\r\nSubject: s\r\n\r\n"), bytes.Repeat([]byte("line of text\r\n"), 700)...)
	o := SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(b)}
	for b.Loop() {
		if _, err := Sign(msg, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyRSA(b *testing.B) {
	msg := append([]byte("From: a@example.org\r\nSubject: s\r\n\r\n"), bytes.Repeat([]byte("line of text\r\n"), 700)...)
	sig, err := Sign(msg, SignOptions{Selector: "rsa", Domain: "example.org", Key: rsaKey(b)})
	if err != nil {
		b.Fatal(err)
	}
	signed := append([]byte(sig), msg...)
	for b.Loop() {
		if r := Verify(signed, sig, lookup); r.Result != "pass" {
			b.Fatal(r)
		}
	}
}
