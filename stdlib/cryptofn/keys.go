// Package cryptofn registers the HSL builtins for ciphers, signatures and
// S/MIME: aes_encrypt/aes_decrypt, the RSA, EC and Ed25519 private-key
// loaders and their type tests, rsa_sign/rsa_verify, ed25519_sign/verify,
// pkcs7_sign and cms_sign/verify/encrypt/decrypt.
package cryptofn

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"

	"github.com/openhsl/hsl/interp/value"
)

// Resource kinds of private keys, as HSL names them.
const (
	KindRSA     = "RSAPrivateKey"
	KindEC      = "ECPrivateKey"
	KindEd25519 = "ED25519PrivateKey"
)

// PrivateKey is a private key as an HSL resource. Its kind tells the
// algorithm: RSAPrivateKey, ECPrivateKey or ED25519PrivateKey.
type PrivateKey struct {
	Key  crypto.Signer
	kind string
}

// ResourceKind implements value.Resource.
func (k *PrivateKey) ResourceKind() string { return k.kind }

// NewPrivateKey wraps an RSA, ECDSA or Ed25519 private key.
func NewPrivateKey(key crypto.Signer) (*PrivateKey, error) {
	switch key.(type) {
	case *rsa.PrivateKey:
		return &PrivateKey{Key: key, kind: KindRSA}, nil
	case *ecdsa.PrivateKey:
		return &PrivateKey{Key: key, kind: KindEC}, nil
	case ed25519.PrivateKey:
		return &PrivateKey{Key: key, kind: KindEd25519}, nil
	}
	return nil, errors.New("unsupported private key type")
}

// ParsePrivateKeyPEM reads the first private key of PEM text: PKCS#8
// ("PRIVATE KEY"), PKCS#1 ("RSA PRIVATE KEY") or SEC 1 ("EC PRIVATE KEY").
func ParsePrivateKeyPEM(data []byte) (*PrivateKey, error) {
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return nil, errors.New("no private key in PEM data")
		}
		switch b.Type {
		case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY":
			return ParsePrivateKeyDER(b.Bytes)
		}
	}
}

// ParsePrivateKeyDER reads a DER private key in PKCS#8, PKCS#1 or SEC 1 form.
func ParsePrivateKeyDER(der []byte) (*PrivateKey, error) {
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
		if s, ok := k.(crypto.Signer); ok {
			return NewPrivateKey(s)
		}
		return nil, errors.New("unsupported private key type")
	}
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return NewPrivateKey(k)
	}
	if k, err := x509.ParseECPrivateKey(der); err == nil {
		return NewPrivateKey(k)
	}
	return nil, errors.New("not a PKCS#8, PKCS#1 or SEC 1 private key")
}

// keyOf returns the private key resource in v, or nil.
func keyOf(v value.Value) *PrivateKey {
	if v.Kind() == value.KindResource {
		if k, ok := v.AsResource().(*PrivateKey); ok {
			return k
		}
	}
	return nil
}
