// Package dkim signs and verifies DKIM signatures (RFC 6376, with Ed25519
// keys per RFC 8463) and ARC-Message-Signature fields (RFC 8617 §4.1.2) for
// the signDKIM and verifyDKIM methods of the HSL MIME and MailMessage
// classes. DKIM-Signature fields go through github.com/emersion/go-msgauth;
// ARC-Message-Signature fields, which that library cannot handle, through
// this package's own implementation (generic.go). The package maps the HSL
// options onto them and shapes the results the way HSL reports them.
package dkim

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	msgdkim "github.com/emersion/go-msgauth/dkim"
)

// SignOptions are the settings of one signature.
type SignOptions struct {
	Selector, Domain string
	Key              crypto.Signer
	// HeaderCanon and BodyCanon are "relaxed" (the default) or "simple".
	HeaderCanon, BodyCanon string
	// Algorithm is "rsa-sha256" or "ed25519-sha256"; "" follows the key.
	Algorithm string
	// Headers, when not nil, is the exact list of fields to sign; otherwise
	// the fields of DefaultHeaders that the message has are signed, plus
	// AdditionalHeaders.
	Headers           []string
	AdditionalHeaders []string
	// OversignHeaders are signed once more than they occur, so that no
	// field of the name can be added later without breaking the signature.
	// nil means ["from"].
	OversignHeaders []string
	Identity        string
	Expiration      time.Time
	// ARCInstance, from 1 to 50, makes Sign produce an
	// ARC-Message-Signature of that ARC instance; 0 means DKIM-Signature.
	ARCInstance int
}

// DefaultHeaders are the fields signed when no list is given, if present.
var DefaultHeaders = []string{
	"from", "reply-to", "subject", "date", "to", "cc", "resent-date", "resent-from", "resent-to",
	"resent-cc", "in-reply-to", "references", "list-id", "list-help", "list-unsubscribe",
	"list-subscribe", "list-post", "list-owner", "list-archive", "message-id", "mime-version",
	"content-type", "content-transfer-encoding",
}

// Sign computes a DKIM signature over msg and returns the DKIM-Signature
// header field, folded and ending in CRLF, ready to put on top of msg. With
// o.ARCInstance set it returns an ARC-Message-Signature field instead (see
// SignARC).
func Sign(msg []byte, o SignOptions) (string, error) {
	if o.ARCInstance != 0 {
		return signARC(msg, o, time.Now())
	}
	if _, err := algorithm(o); err != nil {
		return "", err
	}
	hc, err := canon(o.HeaderCanon)
	if err != nil {
		return "", err
	}
	bc, err := canon(o.BodyCanon)
	if err != nil {
		return "", err
	}
	opts := &msgdkim.SignOptions{
		Domain: o.Domain, Selector: o.Selector, Identifier: o.Identity, Signer: o.Key,
		Hash: crypto.SHA256, HeaderCanonicalization: hc, BodyCanonicalization: bc,
		HeaderKeys: headerKeys(msg, o), Expiration: o.Expiration,
	}
	signer, err := msgdkim.NewSigner(opts)
	if err != nil {
		return "", err
	}
	if _, err := signer.Write(msg); err != nil {
		_ = signer.Close()
		return "", err
	}
	if err := signer.Close(); err != nil {
		return "", err
	}
	return signer.Signature(), nil
}

// algorithm checks the key and the algorithm option and returns the
// signing algorithm, "rsa-sha256" or "ed25519-sha256".
func algorithm(o SignOptions) (string, error) {
	if o.Key == nil {
		return "", errors.New("no private key")
	}
	switch o.Algorithm {
	case "", "rsa-sha256", "ed25519-sha256":
	case "rsa-sha1":
		return "", errors.New("the algorithm rsa-sha1 is not supported for signing (RFC 8301 forbids it)")
	default:
		return "", fmt.Errorf("unknown algorithm %q", o.Algorithm)
	}
	switch o.Key.Public().(type) {
	case *rsa.PublicKey:
		if o.Algorithm == "ed25519-sha256" {
			return "", errors.New("the algorithm ed25519-sha256 needs an Ed25519 key, not an RSA key")
		}
		return "rsa-sha256", nil
	case ed25519.PublicKey:
		if strings.HasPrefix(o.Algorithm, "rsa-") {
			return "", fmt.Errorf("the algorithm %s needs an RSA key, not an Ed25519 key", o.Algorithm)
		}
		return "ed25519-sha256", nil
	}
	return "", errors.New("DKIM needs an RSA or Ed25519 key")
}

// headerKeys returns the names of the fields to sign (the h= list), in
// order, repeated as often as they are signed.
func headerKeys(msg []byte, o SignOptions) []string {
	present := fieldCounts(msg)
	var keys []string
	if o.Headers != nil {
		keys = append(keys, o.Headers...)
	} else {
		for _, h := range append(append([]string(nil), DefaultHeaders...), o.AdditionalHeaders...) {
			if n := present[strings.ToLower(h)]; n > 0 && !contains(keys, h) {
				for i := 0; i < n; i++ {
					keys = append(keys, h)
				}
			}
		}
	}
	over := o.OversignHeaders
	if over == nil {
		over = []string{"from"}
	}
	for _, h := range over {
		n := present[strings.ToLower(h)]
		have := 0
		for _, k := range keys {
			if strings.EqualFold(k, h) {
				have++
			}
		}
		for ; have <= n; have++ {
			keys = append(keys, h)
		}
	}
	return keys
}

func canon(s string) (msgdkim.Canonicalization, error) {
	switch strings.ToLower(s) {
	case "", "relaxed":
		return msgdkim.CanonicalizationRelaxed, nil
	case "simple":
		return msgdkim.CanonicalizationSimple, nil
	}
	return "", fmt.Errorf("unknown canonicalization %q (expected simple or relaxed)", s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// fieldCounts counts the header fields of msg by lower-case name.
func fieldCounts(msg []byte) map[string]int {
	counts := map[string]int{}
	for pos := 0; pos < len(msg); {
		end := bytes.IndexByte(msg[pos:], '\n')
		if end < 0 {
			end = len(msg)
		} else {
			end += pos + 1
		}
		line := msg[pos:end]
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			break
		}
		if line[0] != ' ' && line[0] != '\t' {
			if i := bytes.IndexByte(line, ':'); i > 0 {
				counts[strings.ToLower(strings.TrimSpace(string(line[:i])))]++
			}
		}
		pos = end
	}
	return counts
}

// Result is the outcome of verifying one signature.
type Result struct {
	Result string            // "pass", "permerror" or "temperror"
	Error  string            // why, when not "pass"
	Tags   map[string]string // the signature's tags, when they could be read
}

// TempError is returned by a LookupTXT function for a temporary failure
// (a timeout, SERVFAIL); any other error is permanent.
type TempError struct{ Err error }

func (e *TempError) Error() string   { return e.Err.Error() }
func (e *TempError) Timeout() bool   { return true }
func (e *TempError) Temporary() bool { return true }

var _ net.Error = (*TempError)(nil)

// Verify checks the signature in the header field sig (name and value as
// in the message, "DKIM-Signature: …" or "ARC-Message-Signature: …")
// against msg. lookup fetches the TXT records of the key's name.
//
// A field given unfolded (as getHeader returns it) is verified in its folded
// form from msg when msg has it, so that simple header canonicalisation
// still sees the bytes that were signed.
func Verify(msg []byte, sig string, lookup func(name string) ([]string, error)) Result {
	sig = originalField(msg, sig)
	name, val, ok := strings.Cut(sig, ":")
	if !ok {
		return Result{Result: "permerror", Error: "the header field has no colon"}
	}
	name = strings.TrimSpace(name)
	if strings.EqualFold(name, arcKind.name) {
		return verifyField(msg, arcKind, sig, lookup, time.Now())
	}
	tags, terr := ParseTags(val)
	if !strings.EqualFold(name, "DKIM-Signature") {
		return Result{Result: "permerror", Error: "only DKIM-Signature and ARC-Message-Signature fields can be verified, not " + name, Tags: tags}
	}
	if terr != nil {
		return Result{Result: "permerror", Error: "malformed signature: " + terr.Error()}
	}
	if tags["a"] == "rsa-sha1" {
		return Result{Result: "permerror", Error: "the algorithm rsa-sha1 is not accepted (RFC 8301)", Tags: tags}
	}
	// Verify the given field alone: drop the message's own DKIM-Signature
	// fields and put this one on top.
	field := strings.TrimRight(sig, "\r\n") + "\r\n"
	m := append([]byte(field), withoutSignatures(msg)...)
	verifs, err := msgdkim.VerifyWithOptions(bytes.NewReader(m), &msgdkim.VerifyOptions{LookupTXT: lookup, MaxVerifications: 1})
	if err != nil && len(verifs) == 0 {
		return Result{Result: "permerror", Error: err.Error(), Tags: tags}
	}
	if len(verifs) == 0 {
		return Result{Result: "permerror", Error: "no signature found", Tags: tags}
	}
	v := verifs[0]
	switch {
	case v.Err == nil:
		return Result{Result: "pass", Tags: tags}
	case msgdkim.IsTempFail(v.Err):
		return Result{Result: "temperror", Error: strings.TrimPrefix(v.Err.Error(), "dkim: "), Tags: tags}
	}
	return Result{Result: "permerror", Error: strings.TrimPrefix(v.Err.Error(), "dkim: "), Tags: tags}
}

// originalField returns the field of msg that is sig once line breaks are
// removed, or sig itself when msg has no such field.
func originalField(msg []byte, sig string) string {
	key := func(f string) string {
		name, val, _ := strings.Cut(strings.NewReplacer("\r", "", "\n", "").Replace(f), ":")
		return strings.ToLower(strings.TrimRight(name, " \t")) + ":" + strings.Trim(val, " \t")
	}
	want := key(sig)
	header, _ := splitMessage(toCRLF(msg))
	for _, f := range parseFields(header) {
		if key(f) == want {
			return strings.TrimSuffix(f, "\r\n")
		}
	}
	return sig
}

// withoutSignatures returns msg without its DKIM-Signature header fields.
func withoutSignatures(msg []byte) []byte {
	var out []byte
	skipping := false
	for pos := 0; pos < len(msg); {
		end := bytes.IndexByte(msg[pos:], '\n')
		if end < 0 {
			end = len(msg)
		} else {
			end += pos + 1
		}
		line := msg[pos:end]
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			return append(out, msg[pos:]...)
		}
		if line[0] == ' ' || line[0] == '\t' {
			if !skipping {
				out = append(out, line...)
			}
		} else {
			i := bytes.IndexByte(line, ':')
			skipping = i > 0 && strings.EqualFold(strings.TrimSpace(string(line[:i])), "DKIM-Signature")
			if !skipping {
				out = append(out, line...)
			}
		}
		pos = end
	}
	return out
}

// ParseTags parses a DKIM tag list ("v=1; a=rsa-sha256; …"). Blanks inside
// values are removed, as RFC 6376 says for base64 tags.
func ParseTags(s string) (map[string]string, error) {
	tags := map[string]string{}
	for _, item := range strings.Split(s, ";") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		k, v, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("tag %q has no value", item)
		}
		k = strings.TrimSpace(k)
		if k == "" {
			return nil, errors.New("empty tag name")
		}
		if _, dup := tags[k]; dup {
			return nil, fmt.Errorf("tag %s appears twice", k)
		}
		tags[k] = strings.Join(strings.Fields(v), "")
	}
	return tags, nil
}
