package dkim

// This file holds a DKIM signer and verifier of our own, parameterised by
// the name of the signature field. go-msgauth only knows DKIM-Signature;
// an ARC-Message-Signature (RFC 8617 §4.1.2) is the same algorithm under
// another field name, without v= and with the ARC instance as i=.

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// kind describes a family of signature fields.
type kind struct {
	name    string // the field name, such as "ARC-Message-Signature"
	version bool   // the field carries v=1 (DKIM-Signature does)
}

// arcKind is the ARC-Message-Signature field.
var arcKind = kind{name: "ARC-Message-Signature"}

// MaxARCInstance is the highest ARC instance number (RFC 8617 §4.2.1).
const MaxARCInstance = 50

// ARCError reports why o cannot make an ARC-Message-Signature: an instance
// outside 1..50, an identity (i= is the instance), or ARC-Seal among the
// fields to sign (RFC 8617 §4.1.2 forbids it). It is nil when o is fine.
func (o SignOptions) ARCError() error {
	if o.ARCInstance < 1 || o.ARCInstance > MaxARCInstance {
		return fmt.Errorf("the ARC instance must be from 1 to %d, not %d", MaxARCInstance, o.ARCInstance)
	}
	if o.Identity != "" {
		return errors.New("an ARC-Message-Signature has no identity: its i= tag is the ARC instance")
	}
	for _, list := range [][]string{o.Headers, o.AdditionalHeaders, o.OversignHeaders} {
		for _, h := range list {
			if strings.EqualFold(strings.TrimSpace(h), "ARC-Seal") {
				return errors.New("an ARC-Message-Signature must not sign ARC-Seal fields (RFC 8617)")
			}
		}
	}
	return nil
}

// signARC makes the ARC-Message-Signature of instance o.ARCInstance.
func signARC(msg []byte, o SignOptions, now time.Time) (string, error) {
	if err := o.ARCError(); err != nil {
		return "", err
	}
	return signField(msg, arcKind, strconv.Itoa(o.ARCInstance), o, now)
}

// signField signs msg and returns the field of kind k, folded and ending
// in CRLF. ident, when not empty, is the i= tag.
func signField(msg []byte, k kind, ident string, o SignOptions, now time.Time) (string, error) {
	alg, err := algorithm(o)
	if err != nil {
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
	if o.Domain == "" || o.Selector == "" || strings.ContainsAny(o.Domain+o.Selector, "; \t\r\n") {
		return "", fmt.Errorf("bad domain %q or selector %q", o.Domain, o.Selector)
	}
	msg = toCRLF(msg)
	header, body := splitMessage(msg)
	keys := headerKeys(msg, o)
	for _, key := range keys {
		if key == "" || strings.ContainsAny(key, ":; \t\r\n") {
			return "", fmt.Errorf("bad header field name %q", key)
		}
	}
	bh := sha256.Sum256(canonBody(body, string(bc)))

	var f folder
	f.start(k.name)
	if k.version {
		f.tag("v", "1")
	}
	if ident != "" {
		f.tag("i", ident)
	}
	f.tag("a", alg)
	f.tag("c", string(hc)+"/"+string(bc))
	f.tag("d", o.Domain)
	f.tag("s", o.Selector)
	f.tag("t", strconv.FormatInt(now.Unix(), 10))
	if !o.Expiration.IsZero() {
		f.tag("x", strconv.FormatInt(o.Expiration.Unix(), 10))
	}
	f.list("h", keys)
	f.tag("bh", base64.StdEncoding.EncodeToString(bh[:]))
	f.tag("b", "")

	h := sha256.New()
	for _, fl := range selectFields(parseFields(header), keys) {
		h.Write([]byte(canonHeader(fl, string(hc))))
	}
	unsigned := f.String()
	h.Write([]byte(strings.TrimSuffix(canonHeader(unsigned+"\r\n", string(hc)), "\r\n")))
	digest := h.Sum(nil)
	var sig []byte
	if alg == "rsa-sha256" {
		sig, err = o.Key.Sign(rand.Reader, digest, crypto.SHA256)
	} else {
		sig, err = o.Key.Sign(rand.Reader, digest, crypto.Hash(0))
	}
	if err != nil {
		return "", err
	}
	f.base64(base64.StdEncoding.EncodeToString(sig))
	return f.String() + "\r\n", nil
}

// folder writes a tag list, folding lines before they pass 78 columns.
type folder struct {
	b    strings.Builder
	line int // length of the current line
	tags int // tags written so far
}

const foldWidth = 78

func (f *folder) start(name string) {
	f.b.WriteString(name + ":")
	f.line = len(name) + 1
}

func (f *folder) write(s string) {
	f.b.WriteString(s)
	f.line += len(s)
}

// piece writes s, on a new line when it would not fit on this one with
// the separator that may follow it.
func (f *folder) piece(s string) {
	if f.line+len(s)+1 > foldWidth && f.line > 1 {
		f.b.WriteString("\r\n")
		f.line = 0
	}
	f.write(s)
}

func (f *folder) tag(name, val string) {
	if f.tags > 0 {
		f.write(";")
	}
	f.tags++
	f.piece(" " + name + "=" + val)
}

// list writes a colon-separated tag value, folding before a colon.
func (f *folder) list(name string, vals []string) {
	f.tag(name, "")
	for i, v := range vals {
		if i > 0 {
			v = ":" + v
		}
		if f.line+len(v)+1 > foldWidth {
			f.b.WriteString("\r\n ")
			f.line = 1
		}
		f.write(v)
	}
}

// base64 appends s to the last tag (b=), folding inside it.
func (f *folder) base64(s string) {
	for s != "" {
		room := foldWidth - f.line
		if room < 8 {
			f.b.WriteString("\r\n ")
			f.line = 1
			continue
		}
		n := min(room, len(s))
		f.write(s[:n])
		s = s[n:]
	}
}

func (f *folder) String() string { return f.b.String() }

// verifyField checks the signature field sig of kind k against msg.
func verifyField(msg []byte, k kind, sig string, lookup func(string) ([]string, error), now time.Time) Result {
	sig = strings.TrimRight(string(toCRLF([]byte(sig))), "\r\n")
	name, val, ok := strings.Cut(sig, ":")
	if !ok {
		return Result{Result: "permerror", Error: "the header field has no colon"}
	}
	if !strings.EqualFold(strings.TrimSpace(name), k.name) {
		return Result{Result: "permerror", Error: "expected a " + k.name + " field, not " + strings.TrimSpace(name)}
	}
	tags, err := ParseTags(val)
	if err != nil {
		return Result{Result: "permerror", Error: "malformed signature: " + err.Error()}
	}
	perm := func(format string, args ...any) Result {
		return Result{Result: "permerror", Error: fmt.Sprintf(format, args...), Tags: tags}
	}
	required := []string{"a", "b", "bh", "d", "h", "s"}
	if k.version {
		required = append(required, "v")
	} else {
		required = append(required, "i")
	}
	for _, t := range required {
		if _, ok := tags[t]; !ok {
			return perm("the signature has no %s= tag", t)
		}
	}
	if k.version && tags["v"] != "1" {
		return perm("unsupported version v=%s", tags["v"])
	}
	if !k.version {
		n, err := strconv.Atoi(tags["i"])
		if err != nil || n < 1 || n > MaxARCInstance || strconv.Itoa(n) != tags["i"] {
			return perm("the ARC instance i=%s is not a number from 1 to %d", tags["i"], MaxARCInstance)
		}
	}
	alg := tags["a"]
	switch alg {
	case "rsa-sha256", "ed25519-sha256":
	case "rsa-sha1":
		return perm("the algorithm rsa-sha1 is not accepted (RFC 8301)")
	default:
		return perm("unsupported algorithm a=%s", alg)
	}
	hc, bc, err := parseCanon(tags["c"])
	if err != nil {
		return perm("%v", err)
	}
	keys := strings.Split(tags["h"], ":")
	if !contains(keys, "from") {
		return perm("the From field is not signed (h= lacks from)")
	}
	for _, key := range keys {
		if key == "" {
			return perm("h= has an empty field name")
		}
		if !k.version && strings.EqualFold(key, "ARC-Seal") {
			return perm("an ARC-Message-Signature must not sign ARC-Seal (RFC 8617)")
		}
	}
	if x, ok := tags["x"]; ok {
		exp, err := strconv.ParseInt(x, 10, 64)
		if err != nil {
			return perm("malformed expiration x=%s", x)
		}
		if now.Unix() > exp {
			return perm("the signature expired at %s", time.Unix(exp, 0).UTC().Format(time.RFC3339))
		}
	}
	limit := int64(-1)
	if l, ok := tags["l"]; ok {
		if limit, err = strconv.ParseInt(l, 10, 64); err != nil || limit < 0 {
			return perm("malformed body length l=%s", l)
		}
	}

	pub, res := fetchKey(tags["s"], tags["d"], alg, lookup)
	if res != nil {
		res.Tags = tags
		return *res
	}

	bhWant, err := base64.StdEncoding.DecodeString(tags["bh"])
	if err != nil {
		return perm("malformed body hash bh=: %v", err)
	}
	b, err := base64.StdEncoding.DecodeString(tags["b"])
	if err != nil {
		return perm("malformed signature b=: %v", err)
	}

	msg = toCRLF(msg)
	header, body := splitMessage(msg)
	cb := canonBody(body, bc)
	if limit >= 0 {
		if limit > int64(len(cb)) {
			return perm("l=%d is longer than the body (%d bytes)", limit, len(cb))
		}
		cb = cb[:limit]
	}
	bh := sha256.Sum256(cb)
	if subtle.ConstantTimeCompare(bh[:], bhWant) != 1 {
		return perm("the body hash did not verify")
	}

	h := sha256.New()
	for _, fl := range selectFields(parseFields(header), keys) {
		h.Write([]byte(canonHeader(fl, hc)))
	}
	h.Write([]byte(strings.TrimSuffix(canonHeader(withoutB(sig)+"\r\n", hc), "\r\n")))
	digest := h.Sum(nil)
	switch pk := pub.(type) {
	case *rsa.PublicKey:
		err = rsa.VerifyPKCS1v15(pk, crypto.SHA256, digest, b)
	case ed25519.PublicKey:
		if !ed25519.Verify(pk, digest, b) {
			err = errors.New("bad signature")
		}
	}
	if err != nil {
		return perm("the signature did not verify")
	}
	return Result{Result: "pass", Tags: tags}
}

// parseCanon reads c=: "header/body", body simple when missing, both
// simple when the tag is absent.
func parseCanon(c string) (string, string, error) {
	if c == "" {
		return "simple", "simple", nil
	}
	hc, bc, ok := strings.Cut(strings.ToLower(c), "/")
	if !ok {
		bc = "simple"
	}
	for _, x := range []string{hc, bc} {
		if x != "simple" && x != "relaxed" {
			return "", "", fmt.Errorf("unknown canonicalization c=%s", c)
		}
	}
	return hc, bc, nil
}

// fetchKey looks up and parses the public key of selector s at domain d.
// On failure it returns the result to report.
func fetchKey(s, d, alg string, lookup func(string) ([]string, error)) (crypto.PublicKey, *Result) {
	name := s + "._domainkey." + d
	txts, err := lookup(name)
	if err != nil {
		var te interface{ Temporary() bool }
		if errors.As(err, &te) && te.Temporary() {
			return nil, &Result{Result: "temperror", Error: "key unavailable: " + err.Error()}
		}
		return nil, &Result{Result: "permerror", Error: "no key for signature: " + err.Error()}
	}
	switch len(txts) {
	case 0:
		return nil, &Result{Result: "permerror", Error: "no key at " + name}
	case 1:
	default:
		return nil, &Result{Result: "permerror", Error: "multiple TXT records at " + name}
	}
	pub, err := parseKey(txts[0], alg)
	if err != nil {
		return nil, &Result{Result: "permerror", Error: "key at " + name + ": " + err.Error()}
	}
	return pub, nil
}

// parseKey reads a DKIM key record (RFC 6376 §3.6.1) for algorithm alg.
func parseKey(txt, alg string) (crypto.PublicKey, error) {
	tags, err := ParseTags(txt)
	if err != nil {
		return nil, err
	}
	if v, ok := tags["v"]; ok && v != "DKIM1" {
		return nil, fmt.Errorf("unsupported version v=%s", v)
	}
	if h, ok := tags["h"]; ok && !contains(strings.Split(h, ":"), "sha256") {
		return nil, fmt.Errorf("the key does not allow sha256 (h=%s)", h)
	}
	if s, ok := tags["s"]; ok {
		svc := strings.Split(s, ":")
		if !contains(svc, "*") && !contains(svc, "email") {
			return nil, fmt.Errorf("the key is not for email (s=%s)", s)
		}
	}
	p, ok := tags["p"]
	if !ok {
		return nil, errors.New("the record has no p= tag")
	}
	if p == "" {
		return nil, errors.New("the key has been revoked (empty p=)")
	}
	der, err := base64.StdEncoding.DecodeString(p)
	if err != nil {
		return nil, fmt.Errorf("malformed p=: %v", err)
	}
	k := strings.ToLower(tags["k"])
	if k == "" {
		k = "rsa"
	}
	if want := strings.SplitN(alg, "-", 2)[0]; k != want {
		return nil, fmt.Errorf("the key type k=%s does not match the algorithm %s", k, alg)
	}
	if k == "ed25519" {
		if len(der) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("an Ed25519 key has %d bytes, not %d", ed25519.PublicKeySize, len(der))
		}
		return ed25519.PublicKey(der), nil
	}
	var pub *rsa.PublicKey
	if key, err := x509.ParsePKIXPublicKey(der); err == nil {
		r, ok := key.(*rsa.PublicKey)
		if !ok {
			return nil, errors.New("k=rsa but p= holds another kind of key")
		}
		pub = r
	} else if pub, err = x509.ParsePKCS1PublicKey(der); err != nil {
		return nil, errors.New("p= holds no RSA public key")
	}
	if pub.N.BitLen() < 1024 {
		return nil, fmt.Errorf("the RSA key has %d bits; at least 1024 are needed (RFC 8301)", pub.N.BitLen())
	}
	return pub, nil
}

// toCRLF returns msg with every line ending made CRLF.
func toCRLF(msg []byte) []byte {
	if bytes.Count(msg, []byte("\n")) == bytes.Count(msg, []byte("\r\n")) {
		return msg
	}
	out := make([]byte, 0, len(msg)+bytes.Count(msg, []byte("\n")))
	for i, c := range msg {
		if c == '\n' && (i == 0 || msg[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out
}

// splitMessage splits a CRLF message into its header (the fields, each
// ending in CRLF) and its body (after the empty line).
func splitMessage(msg []byte) ([]byte, []byte) {
	if bytes.HasPrefix(msg, []byte("\r\n")) {
		return nil, msg[2:]
	}
	if i := bytes.Index(msg, []byte("\r\n\r\n")); i >= 0 {
		return msg[:i+2], msg[i+4:]
	}
	return msg, nil
}

// parseFields splits a CRLF header into its fields, each with its
// continuation lines and final CRLF.
func parseFields(header []byte) []string {
	var out []string
	for _, line := range strings.SplitAfter(string(header), "\r\n") {
		if line == "" {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && len(out) > 0 {
			out[len(out)-1] += line
			continue
		}
		out = append(out, line)
	}
	return out
}

// fieldName returns the lower-case name of a field.
func fieldName(f string) string {
	name, _, ok := strings.Cut(f, ":")
	if !ok {
		return ""
	}
	return strings.ToLower(strings.TrimRight(name, " \t"))
}

// selectFields picks the fields named by keys, each name taking the
// instances of the field from the bottom up; a name with no instance left
// adds nothing (RFC 6376 §5.4.2).
func selectFields(fields []string, keys []string) []string {
	byName := map[string][]string{}
	for _, f := range fields {
		n := fieldName(f)
		byName[n] = append(byName[n], f)
	}
	var out []string
	for _, k := range keys {
		n := strings.ToLower(strings.TrimSpace(k))
		list := byName[n]
		if len(list) == 0 {
			continue
		}
		out = append(out, list[len(list)-1])
		byName[n] = list[:len(list)-1]
	}
	return out
}

// canonHeader canonicalises one field (ending in CRLF) with "simple" or
// "relaxed" (RFC 6376 §3.4.1, §3.4.2).
func canonHeader(f, c string) string {
	if c == "simple" {
		return f
	}
	name, val, _ := strings.Cut(f, ":")
	val = strings.ReplaceAll(val, "\r\n", "")
	return strings.ToLower(strings.Trim(name, " \t")) + ":" + strings.Trim(collapseWSP(val), " ") + "\r\n"
}

// collapseWSP replaces every run of blanks and tabs with one blank.
func collapseWSP(s string) string {
	var b strings.Builder
	blank := false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' {
			blank = true
			continue
		}
		if blank {
			b.WriteByte(' ')
			blank = false
		}
		b.WriteByte(s[i])
	}
	if blank {
		b.WriteByte(' ')
	}
	return b.String()
}

// canonBody canonicalises a CRLF body with "simple" or "relaxed" (RFC 6376
// §3.4.3, §3.4.4).
func canonBody(body []byte, c string) []byte {
	lines := strings.Split(string(body), "\r\n")
	if c == "relaxed" {
		for i, l := range lines {
			lines[i] = strings.TrimRight(collapseWSP(l), " ")
		}
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		if c == "simple" {
			return []byte("\r\n")
		}
		return nil
	}
	return []byte(strings.Join(lines, "\r\n") + "\r\n")
}

// withoutB returns the signature field with the value of its b= tag
// removed (RFC 6376 §3.7), everything else left as it is.
func withoutB(field string) string {
	colon := strings.IndexByte(field, ':')
	var b strings.Builder
	b.WriteString(field[:colon+1])
	for i, item := range strings.Split(field[colon+1:], ";") {
		if i > 0 {
			b.WriteByte(';')
		}
		if k, _, ok := strings.Cut(item, "="); ok && strings.Trim(k, " \t\r\n") == "b" {
			item = k + "="
		}
		b.WriteString(item)
	}
	return b.String()
}
