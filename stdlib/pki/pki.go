// Package pki holds the private keys and certificates of a configuration's
// pki.private[] list, which scripts name as "pki:<id>". A Store implements
// catalog.KeyStore.
package pki

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"

	"github.com/openhsl/hsl/stdlib/catalog"
)

// Entry is one pki.private[] entry as PEM text: the certificate (with any
// chain after it) and the private key. Either may be empty, not both.
type Entry struct {
	ID          string
	Certificate []byte
	PrivateKey  []byte
}

// EntryError is a pki.private[] entry that cannot be used.
type EntryError struct {
	Index int // 0-based position in the list
	ID    string
	Err   error
}

func (e *EntryError) Error() string {
	return fmt.Sprintf("pki.private[%d] (%s): %v", e.Index, e.ID, e.Err)
}

func (e *EntryError) Unwrap() error { return e.Err }

// Store is a set of keys and certificates by id. Its contents do not change
// after New, so one Store may serve many executions at once.
type Store struct {
	keys map[string]*tls.Certificate
}

// New parses the entries into a Store. The first entry that cannot be used
// (no id, a repeated id, bad PEM, a key that does not belong to the
// certificate) gives an *EntryError.
func New(entries []Entry) (*Store, error) {
	s := &Store{keys: make(map[string]*tls.Certificate, len(entries))}
	for i, e := range entries {
		fail := func(err error) (*Store, error) { return nil, &EntryError{Index: i, ID: e.ID, Err: err} }
		if e.ID == "" {
			return fail(errors.New("no id"))
		}
		if _, dup := s.keys[e.ID]; dup {
			return fail(errors.New("the id is used twice"))
		}
		c, err := parseEntry(e)
		if err != nil {
			return fail(err)
		}
		s.keys[e.ID] = c
	}
	return s, nil
}

// Key implements catalog.KeyStore. The result is shared: callers must not
// change it.
func (s *Store) Key(id string) (*tls.Certificate, error) {
	if c, ok := s.keys[id]; ok {
		return c, nil
	}
	return nil, catalog.UnknownKeyError(id)
}

func parseEntry(e Entry) (*tls.Certificate, error) {
	if len(e.Certificate) == 0 && len(e.PrivateKey) == 0 {
		return nil, errors.New("neither certificate nor privatekey is given")
	}
	out := &tls.Certificate{}
	if len(e.Certificate) > 0 {
		chain, err := parseCertificates(e.Certificate)
		if err != nil {
			return nil, fmt.Errorf("certificate: %v", err)
		}
		out.Leaf = chain[0]
		for _, c := range chain {
			out.Certificate = append(out.Certificate, c.Raw)
		}
	}
	if len(e.PrivateKey) > 0 {
		key, err := parsePrivateKey(e.PrivateKey)
		if err != nil {
			return nil, fmt.Errorf("privatekey: %v", err)
		}
		out.PrivateKey = key
	}
	if out.Leaf != nil && out.PrivateKey != nil && !matches(out.Leaf.PublicKey, out.PrivateKey.(crypto.Signer).Public()) {
		return nil, errors.New("the private key does not belong to the certificate")
	}
	return out, nil
}

// parseCertificates reads every CERTIFICATE block, in order; other blocks
// (such as a key kept in the same file) are skipped.
func parseCertificates(data []byte) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	for n := 1; ; n++ {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, fmt.Errorf("PEM block %d: %v", n, err)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, errors.New("no PEM \"CERTIFICATE\" block")
	}
	return out, nil
}

// parsePrivateKey reads the first private key block: PKCS#8 ("PRIVATE
// KEY"), PKCS#1 ("RSA PRIVATE KEY") or SEC 1 ("EC PRIVATE KEY"), holding an
// RSA, ECDSA or Ed25519 key. Other blocks are skipped.
func parsePrivateKey(data []byte) (crypto.Signer, error) {
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return nil, errors.New("no PEM private key block (\"PRIVATE KEY\", \"RSA PRIVATE KEY\" or \"EC PRIVATE KEY\")")
		}
		var key any
		var err error
		switch b.Type {
		case "PRIVATE KEY":
			key, err = x509.ParsePKCS8PrivateKey(b.Bytes)
		case "RSA PRIVATE KEY":
			key, err = x509.ParsePKCS1PrivateKey(b.Bytes)
		case "EC PRIVATE KEY":
			key, err = x509.ParseECPrivateKey(b.Bytes)
		case "ENCRYPTED PRIVATE KEY":
			return nil, errors.New("encrypted private keys are not supported")
		default:
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", b.Type, err)
		}
		switch k := key.(type) {
		case *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey:
			return k.(crypto.Signer), nil
		}
		return nil, fmt.Errorf("unsupported key type %T (want RSA, EC or Ed25519)", key)
	}
}

// matches reports whether a certificate's public key is the key's own.
func matches(certKey, keyPub crypto.PublicKey) bool {
	eq, ok := certKey.(interface{ Equal(crypto.PublicKey) bool })
	return ok && eq.Equal(keyPub)
}
