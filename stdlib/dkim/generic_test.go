package dkim

import (
	"bytes"
	"crypto"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	msgdkim "github.com/emersion/go-msgauth/dkim"
)

// dkimKind makes the generic code produce and check DKIM-Signature fields,
// so that go-msgauth can judge it.
var dkimKind = kind{name: "DKIM-Signature", version: true}

// interopMessages exercise the canonicalisations: folded and repeated
// fields, blanks and tabs, trailing empty lines, LF endings, no body.
var interopMessages = map[string]string{
	"plain": "From: Joe <joe@example.org>\r\nTo: a@example.net\r\nSubject: hi\r\n\r\nbody\r\n",
	"folded": "From: Joe\r\n  <joe@example.org>\r\nTo: a@example.net,\r\n\tb@example.net\r\nSubject:   many \t blanks   \r\n" +
		"Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\nline  with \t blanks \r\n\r\n  indented\r\n",
	"trailing blank lines": "From: a@example.org\r\nSubject: s\r\n\r\ntext\r\n\r\n\r\n\r\n",
	"blank-only lines":     "From: a@example.org\r\n\r\ntext\r\n \t \r\n\t\r\n",
	"repeated fields": "Received: one\r\nFrom: a@example.org\r\nReceived: two\r\nTo: x@example.net\r\nTo: y@example.net\r\n" +
		"Subject: s\r\n\r\nx\r\n",
	"no final CRLF": "From: a@example.org\r\nSubject: s\r\n\r\nno newline at the end",
	"empty body":    "From: a@example.org\r\nSubject: s\r\n\r\n",
	"LF endings":    "From: a@example.org\nSubject: folded\n value\n\nline one \n\n",
	"long subject": "From: a@example.org\r\nSubject: " + strings.Repeat("word ", 40) + "\r\n\r\n" +
		strings.Repeat("a long body line of text ", 10) + "\r\n",
}

var interopCanons = [][2]string{{"relaxed", "relaxed"}, {"simple", "simple"}, {"relaxed", "simple"}, {"simple", "relaxed"}}

// goMsgauthVerify verifies the signature on top of signed with go-msgauth.
func goMsgauthVerify(signed []byte) error {
	verifs, err := msgdkim.VerifyWithOptions(bytes.NewReader(signed), &msgdkim.VerifyOptions{LookupTXT: lookup, MaxVerifications: 1})
	if err != nil {
		return err
	}
	if len(verifs) != 1 {
		return errors.New("no signature found")
	}
	return verifs[0].Err
}

// TestGenericSignGoMsgauthVerifies signs DKIM-Signature fields with our
// code and has go-msgauth verify them.
func TestGenericSignGoMsgauthVerifies(t *testing.T) {
	now := time.Now()
	for name, msg := range interopMessages {
		for _, c := range interopCanons {
			for _, key := range []struct {
				sel string
				o   SignOptions
			}{
				{"rsa", SignOptions{Key: rsaKey(t)}},
				{"ed", SignOptions{Key: edKey(t)}},
			} {
				o := key.o
				o.Selector, o.Domain, o.HeaderCanon, o.BodyCanon = key.sel, "example.org", c[0], c[1]
				// Oversign To and Subject as well as From.
				o.AdditionalHeaders = []string{"received"}
				o.OversignHeaders = []string{"from", "to", "subject"}
				label := name + " " + c[0] + "/" + c[1] + " " + key.sel
				field, err := signField([]byte(msg), dkimKind, "", o, now)
				if err != nil {
					t.Fatalf("%s: %v", label, err)
				}
				signed := append([]byte(field), toCRLF([]byte(msg))...)
				if err := goMsgauthVerify(signed); err != nil {
					t.Errorf("%s: go-msgauth: %v\n%s", label, err, field)
				}
				if r := verifyField([]byte(msg), dkimKind, field, lookup, now); r.Result != "pass" {
					t.Errorf("%s: our verifier: %+v", label, r)
				}
				// An added To is caught by oversigning.
				added := append([]byte(field+"To: evil@example.com\r\n"), toCRLF([]byte(msg))...)
				if err := goMsgauthVerify(added); err == nil {
					t.Errorf("%s: an added To still passes go-msgauth", label)
				}
			}
		}
	}
}

// TestGoMsgauthSignGenericVerifies has go-msgauth sign (through Sign) and
// our code verify.
func TestGoMsgauthSignGenericVerifies(t *testing.T) {
	for name, msg := range interopMessages {
		if name == "LF endings" {
			continue // go-msgauth hashes what it is given; Sign's own test covers LF
		}
		for _, c := range interopCanons {
			for _, o := range []SignOptions{
				{Selector: "rsa", Domain: "example.org", Key: rsaKey(t)},
				{Selector: "ed", Domain: "example.org", Key: edKey(t), Identity: "joe@sub.example.org"},
			} {
				o.HeaderCanon, o.BodyCanon = c[0], c[1]
				o.OversignHeaders = []string{"from", "to"}
				label := name + " " + c[0] + "/" + c[1] + " " + o.Selector
				field, err := Sign([]byte(msg), o)
				if err != nil {
					t.Fatalf("%s: %v", label, err)
				}
				if r := verifyField([]byte(msg), dkimKind, field, lookup, time.Now()); r.Result != "pass" {
					t.Errorf("%s: %+v\n%s", label, r, field)
				}
				bad := strings.Replace(msg, "From: ", "From: x", 1)
				if r := verifyField([]byte(bad), dkimKind, field, lookup, time.Now()); r.Result != "permerror" {
					t.Errorf("%s: changed From: %+v", label, r)
				}
			}
		}
	}
}

// TestGenericVerifiesRFC8463 checks both signatures of RFC 8463's example
// with our verifier.
func TestGenericVerifiesRFC8463(t *testing.T) {
	msg, err := os.ReadFile("testdata/rfc8463.eml")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range signatures(msg) {
		if r := verifyField(msg, dkimKind, s, lookup, time.Now()); r.Result != "pass" {
			t.Errorf("signature %d: %+v", i, r)
		}
		bad := bytes.Replace(msg, []byte("Is dinner"), []byte("Is lunch"), 1)
		if r := verifyField(bad, dkimKind, s, lookup, time.Now()); r.Result != "permerror" || !strings.Contains(r.Error, "signature did not verify") {
			t.Errorf("signature %d on a changed Subject: %+v", i, r)
		}
	}
}

const arcMsg = "ARC-Seal: i=1; a=rsa-sha256; cv=none; d=example.org; s=rsa; b=abc\r\n" +
	"DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=rsa; h=from; bh=x; b=y\r\n" +
	"From: Joe <joe@example.org>\r\nTo: a@example.net\r\nSubject: hi\r\n\r\nHello.\r\n"

func TestSignARC(t *testing.T) {
	now := time.Now()
	for _, tc := range []struct {
		name string
		o    SignOptions
	}{
		{"rsa", SignOptions{Selector: "rsa", Domain: "example.org", Key: rsaKey(t), ARCInstance: 1, AdditionalHeaders: []string{"DKIM-Signature"}}},
		{"ed25519 simple", SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(t), ARCInstance: 50, HeaderCanon: "simple", BodyCanon: "simple"}},
		{"expiring", SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(t), ARCInstance: 2, Expiration: now.Add(time.Hour)}},
	} {
		field, err := signARC([]byte(arcMsg), tc.o, now)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !strings.HasPrefix(field, "ARC-Message-Signature: i=") || strings.Contains(field, "v=1") || !strings.HasSuffix(field, "\r\n") {
			t.Errorf("%s: field %q", tc.name, field)
		}
		for _, line := range strings.Split(strings.TrimSuffix(field, "\r\n"), "\r\n") {
			if len(line) > foldWidth {
				t.Errorf("%s: line of %d characters: %q", tc.name, len(line), line)
			}
		}
		r := verifyField([]byte(arcMsg), arcKind, field, lookup, now)
		if r.Result != "pass" {
			t.Fatalf("%s: %+v\n%s", tc.name, r, field)
		}
		if r.Tags["i"] == "" || r.Tags["d"] != "example.org" || !strings.Contains(r.Tags["h"], "from") || strings.Contains(strings.ToLower(r.Tags["h"]), "arc-seal") {
			t.Errorf("%s: tags %v", tc.name, r.Tags)
		}
		// As it is meant to be used: on top of the message, through Verify.
		if r := Verify(append([]byte(field), arcMsg...), field, lookup); r.Result != "pass" {
			t.Errorf("%s: through Verify: %+v", tc.name, r)
		}
		// Fields that are not signed can come and go.
		more := "ARC-Seal: i=2; b=zzz\r\nReceived: by mx\r\n" + field + arcMsg
		if r := verifyField([]byte(more), arcKind, field, lookup, now); r.Result != "pass" {
			t.Errorf("%s: with more fields: %+v", tc.name, r)
		}
		for _, tamper := range []struct {
			what, msg, field, want string
		}{
			{"body", strings.Replace(arcMsg, "Hello.", "Hello!", 1), field, "body hash"},
			{"signed field", strings.Replace(arcMsg, "Subject: hi", "Subject: hi!", 1), field, "signature did not verify"},
			{"added From", "From: evil@example.com\r\n" + arcMsg, field, "signature did not verify"},
			{"instance", arcMsg, strings.Replace(field, "i="+r.Tags["i"]+";", "i=3;", 1), "signature did not verify"},
			{"instance 0", arcMsg, strings.Replace(field, "i="+r.Tags["i"]+";", "i=0;", 1), "instance"},
			{"instance 51", arcMsg, strings.Replace(field, "i="+r.Tags["i"]+";", "i=51;", 1), "instance"},
			{"domain", arcMsg, strings.Replace(field, "d=example.org", "d=example.com", 1), "no key"},
		} {
			if got := verifyField([]byte(tamper.msg), arcKind, tamper.field, lookup, now); got.Result != "permerror" || !strings.Contains(got.Error, tamper.want) {
				t.Errorf("%s: changed %s: %+v", tc.name, tamper.what, got)
			}
		}
		if !tc.o.Expiration.IsZero() {
			if got := verifyField([]byte(arcMsg), arcKind, field, lookup, now.Add(2*time.Hour)); got.Result != "permerror" || !strings.Contains(got.Error, "expired") {
				t.Errorf("%s: expired: %+v", tc.name, got)
			}
		}
	}
}

func TestARCLineEndingsAndNoBody(t *testing.T) {
	crlf := "From: a@example.org\r\nSubject: s\r\n folded\r\n\r\nline one \r\n\r\n"
	lf := strings.ReplaceAll(crlf, "\r\n", "\n")
	for _, c := range []string{"simple", "relaxed"} {
		o := SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(t), HeaderCanon: c, BodyCanon: c, ARCInstance: 1}
		for _, signMsg := range []string{crlf, lf} {
			field, err := Sign([]byte(signMsg), o)
			if err != nil {
				t.Fatal(err)
			}
			for _, verifyMsg := range []string{crlf, lf} {
				if r := Verify([]byte(verifyMsg), strings.ReplaceAll(field, "\r\n", "\n"), lookup); r.Result != "pass" {
					t.Errorf("%s: signed %q, verified %q: %+v", c, signMsg, verifyMsg, r)
				}
			}
		}
		// A message of header fields only.
		only := "From: a@example.org\r\nSubject: s\r\n"
		field, err := Sign([]byte(only), o)
		if err != nil {
			t.Fatal(err)
		}
		if r := Verify([]byte(only), field, lookup); r.Result != "pass" {
			t.Errorf("%s: no body: %+v", c, r)
		}
	}
}

// TestUnfoldedField verifies fields given unfolded, as getHeader returns
// them, with simple header canonicalisation.
func TestUnfoldedField(t *testing.T) {
	msg := "From: a@example.org\r\nSubject: s\r\n\r\nbody\r\n"
	for _, o := range []SignOptions{
		{Selector: "ed", Domain: "example.org", Key: edKey(t), HeaderCanon: "simple", ARCInstance: 1},
		{Selector: "ed", Domain: "example.org", Key: edKey(t), HeaderCanon: "simple"},
	} {
		field, err := Sign([]byte(msg), o)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.TrimSuffix(field, "\r\n"), "\r\n") {
			t.Fatalf("the field is not folded: %q", field)
		}
		name, val, _ := strings.Cut(strings.ReplaceAll(field, "\r\n", ""), ":")
		unfolded := name + ": " + strings.TrimSpace(val)
		if r := Verify([]byte(field+msg), unfolded, lookup); r.Result != "pass" {
			t.Errorf("%s unfolded, in the message: %+v", name, r)
		}
		// Not in the message: the unfolded bytes are what is hashed.
		if r := Verify([]byte(msg), unfolded, lookup); r.Result != "permerror" {
			t.Errorf("%s unfolded, not in the message: %+v", name, r)
		}
	}
}

func TestSignARCErrors(t *testing.T) {
	base := SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(t)}
	for _, tc := range []struct {
		change func(*SignOptions)
		want   string
	}{
		{func(o *SignOptions) { o.ARCInstance = 51 }, "from 1 to 50"},
		{func(o *SignOptions) { o.ARCInstance = -1 }, "from 1 to 50"},
		{func(o *SignOptions) { o.ARCInstance, o.Identity = 1, "a@example.org" }, "no identity"},
		{func(o *SignOptions) { o.ARCInstance, o.AdditionalHeaders = 1, []string{"arc-seal"} }, "ARC-Seal"},
		{func(o *SignOptions) { o.ARCInstance, o.Headers = 1, []string{"from", "ARC-Seal"} }, "ARC-Seal"},
		{func(o *SignOptions) { o.ARCInstance, o.OversignHeaders = 1, []string{"ARC-Seal"} }, "ARC-Seal"},
		{func(o *SignOptions) { o.ARCInstance, o.Headers = 1, []string{"from", "bad name"} }, "bad header field name"},
		{func(o *SignOptions) { o.ARCInstance, o.Domain = 1, "" }, "bad domain"},
		{func(o *SignOptions) { o.ARCInstance, o.Algorithm = 1, "rsa-sha1" }, "rsa-sha1"},
		{func(o *SignOptions) { o.ARCInstance, o.Key = 1, nil }, "no private key"},
	} {
		o := base
		tc.change(&o)
		if _, err := Sign([]byte(arcMsg), o); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", o, err, tc.want)
		}
	}
}

func TestVerifyARCErrors(t *testing.T) {
	msg := []byte("From: a@example.org\r\n\r\nx\r\n")
	const tail = "; a=rsa-sha256; d=example.org; s=rsa; h=from; bh=x; b=y"
	for _, tc := range []struct{ sig, result, want string }{
		{"ARC-Message-Signature: a=rsa-sha256; d=example.org; s=rsa; h=from; bh=x; b=y", "permerror", "no i= tag"},
		{"ARC-Message-Signature: i=01" + tail, "permerror", "instance"},
		{"ARC-Message-Signature: i=x" + tail, "permerror", "instance"},
		{"ARC-Message-Signature: i=1; a=rsa-sha256; d=example.org; s=rsa; h=to; bh=x; b=y", "permerror", "From field is not signed"},
		{"ARC-Message-Signature: i=1; a=rsa-sha256; d=example.org; s=rsa; h=from:arc-seal; bh=x; b=y", "permerror", "ARC-Seal"},
		{"ARC-Message-Signature: i=1; a=rsa-sha1; d=example.org; s=rsa; h=from; bh=x; b=y", "permerror", "rsa-sha1"},
		{"ARC-Message-Signature: i=1; a=ed25519-sha256; d=example.org; s=rsa; h=from; bh=x; b=y", "permerror", "does not match"},
		{"ARC-Message-Signature: i=1; c=loose" + tail, "permerror", "canonicalization"},
		{"ARC-Message-Signature: i=1; x=soon" + tail, "permerror", "expiration"},
		{"ARC-Message-Signature: i=1; l=-1" + tail, "permerror", "l="},
		{"ARC-Message-Signature: i=1; a=rsa-sha256; d=example.org; s=none; h=from; bh=x; b=y", "permerror", "no key"},
		{"ARC-Message-Signature: i=1; a=rsa-sha256; d=example.org; s=slow; h=from; bh=x; b=y", "temperror", "key unavailable"},
		{"ARC-Message-Signature: i=1" + tail, "permerror", "bh="},
		{"ARC-Message-Signature: i=1; i=2" + tail, "permerror", "malformed"},
	} {
		r := Verify(msg, tc.sig, lookup)
		if r.Result != tc.result || !strings.Contains(r.Error, tc.want) {
			t.Errorf("%q: %+v", tc.sig, r)
		}
	}
}

func TestParseKey(t *testing.T) {
	for _, tc := range []struct{ txt, alg, want string }{
		{rsaTXT, "rsa-sha256", ""},
		{ed25519TXT, "ed25519-sha256", ""},
		{"v=DKIM1; p=", "rsa-sha256", "revoked"},
		{"v=DKIM2; p=AAAA", "rsa-sha256", "version"},
		{"v=DKIM1; k=rsa", "rsa-sha256", "no p="},
		{"k=ed25519; p=AAAA", "ed25519-sha256", "bytes"},
		{"h=sha1; " + rsaTXT[len("v=DKIM1; "):], "rsa-sha256", "sha256"},
		{"s=other; " + rsaTXT[len("v=DKIM1; "):], "rsa-sha256", "not for email"},
		{"p=!!", "rsa-sha256", "malformed p="},
		{"p=AAAA", "rsa-sha256", "no RSA public key"},
		{ed25519TXT, "rsa-sha256", "does not match"},
	} {
		_, err := parseKey(tc.txt, tc.alg)
		if (tc.want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.txt, err, tc.want)
		}
	}
}

func TestCanonicalization(t *testing.T) {
	for _, tc := range []struct{ in, c, want string }{
		{"", "simple", "\r\n"},
		{"", "relaxed", ""},
		{"\r\n\r\n", "simple", "\r\n"},
		{"\r\n\r\n", "relaxed", ""},
		{"a  b \t\r\n\r\n", "simple", "a  b \t\r\n"},
		{"a  b \t\r\n\r\n", "relaxed", "a b\r\n"},
		{" x", "relaxed", " x\r\n"},
		{"x\r\n \r\n", "relaxed", "x\r\n"},
		{"x\r\n \r\n", "simple", "x\r\n \r\n"},
	} {
		if got := string(canonBody([]byte(tc.in), tc.c)); got != tc.want {
			t.Errorf("body %q %s: %q, want %q", tc.in, tc.c, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, c, want string }{
		{"Subject : a \r\n\t b  \r\n", "relaxed", "subject:a b\r\n"},
		{"Subject : a \r\n\t b  \r\n", "simple", "Subject : a \r\n\t b  \r\n"},
		{"X:\r\n", "relaxed", "x:\r\n"},
	} {
		if got := canonHeader(tc.in, tc.c); got != tc.want {
			t.Errorf("header %q %s: %q, want %q", tc.in, tc.c, got, tc.want)
		}
	}
	if got := withoutB("X: a=1; b= ab\r\n cd ; bh=zz; b=q"); got != "X: a=1; b=; bh=zz; b=" {
		t.Errorf("withoutB: %q", got)
	}
}

// signWithLength makes an ARC-Message-Signature with l=n, which Sign
// cannot make, from the package's canonicalisation pieces.
func signWithLength(t *testing.T, msg string, n int) string {
	t.Helper()
	header, body := splitMessage([]byte(msg))
	bh := sha256.Sum256(canonBody(body, "relaxed")[:n])
	field := "ARC-Message-Signature: i=1; a=ed25519-sha256; c=relaxed/relaxed; d=example.org; s=ed; h=from; l=" +
		strconv.Itoa(n) + "; bh=" + base64.StdEncoding.EncodeToString(bh[:]) + "; b="
	h := sha256.New()
	for _, f := range selectFields(parseFields(header), []string{"from"}) {
		h.Write([]byte(canonHeader(f, "relaxed")))
	}
	h.Write([]byte(strings.TrimSuffix(canonHeader(field+"\r\n", "relaxed"), "\r\n")))
	sig, err := edKey(t).Sign(nil, h.Sum(nil), crypto.Hash(0))
	if err != nil {
		t.Fatal(err)
	}
	return field + base64.StdEncoding.EncodeToString(sig)
}

func TestBodyLength(t *testing.T) {
	msg := "From: a@example.org\r\n\r\nsigned part\r\n"
	field := signWithLength(t, msg, len("signed part\r\n"))
	if r := Verify([]byte(msg), field, lookup); r.Result != "pass" {
		t.Errorf("l= the whole body: %+v", r)
	}
	// Text after the first l bytes is not covered.
	if r := Verify([]byte(msg+"appended\r\n"), field, lookup); r.Result != "pass" {
		t.Errorf("l= with appended text: %+v", r)
	}
	if r := Verify([]byte(strings.Replace(msg, "signed", "Signed", 1)), field, lookup); r.Result != "permerror" || !strings.Contains(r.Error, "body hash") {
		t.Errorf("l= with a change inside: %+v", r)
	}
	if r := Verify([]byte("From: a@example.org\r\n\r\nsigned\r\n"), field, lookup); r.Result != "permerror" || !strings.Contains(r.Error, "longer than the body") {
		t.Errorf("l= past the end: %+v", r)
	}
}

func BenchmarkSignARC(b *testing.B) {
	msg := append([]byte("From: a@example.org\r\nSubject: s\r\n\r\n"), bytes.Repeat([]byte("line of text\r\n"), 700)...)
	o := SignOptions{Selector: "rsa", Domain: "example.org", Key: rsaKey(b), ARCInstance: 1}
	for b.Loop() {
		if _, err := Sign(msg, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyARC(b *testing.B) {
	msg := append([]byte("From: a@example.org\r\nSubject: s\r\n\r\n"), bytes.Repeat([]byte("line of text\r\n"), 700)...)
	sig, err := Sign(msg, SignOptions{Selector: "rsa", Domain: "example.org", Key: rsaKey(b), ARCInstance: 1})
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
