package catalog

import (
	"crypto/tls"
	"errors"
	"fmt"
	"strings"
)

// KeyStore is an optional part of an Env: the private keys and certificates
// of the configuration's pki.private[] list, by id. Builtins reach it
// through LookupKey.
type KeyStore interface {
	// Key returns the entry with the given id (without "pki:"): its
	// certificate chain (leaf first, Leaf set) and its private key, either
	// of which may be absent when the entry has none. An unknown id is an
	// error wrapping ErrUnknownKey.
	Key(id string) (*tls.Certificate, error)
}

// ErrNoKeyStore is the error of a pki id lookup in an interpreter that was
// given no configuration.
var ErrNoKeyStore = errors.New("no key store: pki ids need a configuration with pki.private[] (hsh -c or -A)")

// ErrUnknownKey is wrapped by the error of a lookup of an id that the key
// store does not have.
var ErrUnknownKey = errors.New("unknown pki id")

// PKIPrefix starts a reference to a key of the key store: "pki:<id>".
const PKIPrefix = "pki:"

// LookupKey finds the key that ref names in env's key store. ref is
// "pki:<id>" or the bare id. It fails with ErrNoKeyStore when env has no
// key store, and with an error wrapping ErrUnknownKey (naming the id) when
// the store lacks the id.
func LookupKey(env Env, ref string) (*tls.Certificate, error) {
	id := strings.TrimPrefix(ref, PKIPrefix)
	if id == "" {
		return nil, fmt.Errorf("empty pki id %s", Quote(ref))
	}
	ks, ok := env.(KeyStore)
	if !ok {
		return nil, ErrNoKeyStore
	}
	return ks.Key(id)
}

// UnknownKeyError returns the error of a store that lacks id.
func UnknownKeyError(id string) error {
	return fmt.Errorf("%w %s", ErrUnknownKey, Quote(id))
}

// PKIKey is LookupKey for a builtin call. A missing key store is an
// *ArgError (raised: the script needs a configuration), while an unknown id
// is a plain error, which the builtin reports as it reports a bad key.
func (a *Args) PKIKey(ref string) (*tls.Certificate, error) {
	c, err := LookupKey(a.Env, ref)
	if errors.Is(err, ErrNoKeyStore) {
		return nil, a.Fail("%v", err)
	}
	return c, err
}
