package cryptofn

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"

	_ "crypto/md5" // registers crypto.MD5 for rsa_sign's hash option
	_ "crypto/sha1"
	_ "crypto/sha256"
	_ "crypto/sha512"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// pkiEntry looks up the key store entry that ref ("pki:ID", or the bare
// id) names, for the id option. An unknown id gives nil and no error, for
// the builtin to treat as a key that does not load; the error is that of a
// missing key store, which is raised.
func pkiEntry(a *catalog.Args, ref string) (*tls.Certificate, error) {
	c, err := a.PKIKey(ref)
	var ae *catalog.ArgError
	if errors.As(err, &ae) {
		return nil, err
	}
	return c, nil
}

// entryRSAPublicKey is the RSA public key of a key store entry: its
// certificate's, else its private key's; nil when it has no RSA key.
func entryRSAPublicKey(c *tls.Certificate) *rsa.PublicKey {
	if c.Leaf != nil {
		pub, _ := c.Leaf.PublicKey.(*rsa.PublicKey)
		return pub
	}
	if k, ok := c.PrivateKey.(*rsa.PrivateKey); ok {
		return &k.PublicKey
	}
	return nil
}

// Register adds the cipher, key, signature and S/MIME builtins to c.
func Register(c *catalog.Catalog) {
	registerAES(c)
	registerKeys(c)
	registerRSA(c)
	registerEd25519(c)
	registerCMS(c)
	registerImporters(c)
}

func registerAES(c *catalog.Catalog) {
	params := []catalog.Param{
		{Name: "message", Type: "string"},
		{Name: "key", Type: "string", Doc: "exactly 16, 24 or 32 raw bytes (AES-128, -192 or -256)"},
		{Name: "mode", Type: "string", Doc: "ecb or cbc"},
		{Name: "options", Type: "array", Optional: true},
	}
	options := []catalog.Option{
		{Name: "iv", Type: "string", Doc: "the 16-byte initialisation vector for cbc (16 zero bytes when absent)"},
		{Name: "padding", Type: "boolean", Doc: "PKCS#7 padding (default true); without it the input must be a multiple of 16 bytes"},
	}
	for _, encrypt := range []bool{true, false} {
		name, doc := "aes_encrypt", "Encrypts the message with AES in ECB or CBC mode; the key length picks AES-128, -192 or -256. Any error (key length, iv, mode, length) gives none."
		if !encrypt {
			name, doc = "aes_decrypt", "Decrypts a message encrypted with AES in ECB or CBC mode and removes the padding. Any error (key length, iv, mode, length, bad padding) gives none."
		}
		c.AddFunc(&catalog.Func{
			Name: name, Params: params, Options: options, Returns: "string|none", Doc: doc,
			Impl: func(a *catalog.Args) (value.Value, error) {
				msg, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				key, err := a.String(1)
				if err != nil {
					return value.None, err
				}
				mode, err := a.String(2)
				if err != nil {
					return value.None, err
				}
				opts, err := a.Options(3)
				if err != nil {
					return value.None, err
				}
				var o AESOptions
				if iv := catalog.OptionValue(opts, "iv", value.None); !iv.IsNone() {
					if iv.Kind() != value.KindString {
						return value.None, a.Errorf(3, "option iv must be a string, not %s", iv.Kind())
					}
					o.IV = []byte(iv.AsString())
				}
				o.NoPadding = !catalog.OptionValue(opts, "padding", value.Bool(true)).Truthy()
				out, err := AES([]byte(msg), []byte(key), strings.ToLower(mode), o, encrypt)
				if err != nil {
					return value.None, nil
				}
				return value.String(string(out)), nil
			},
		})
	}
}

func registerKeys(c *catalog.Catalog) {
	for _, k := range []struct{ loader, test, kind, what string }{
		{"rsa_privatekey", "is_rsa_privatekey", KindRSA, "RSA"},
		{"ec_privatekey", "is_ec_privatekey", KindEC, "EC"},
		{"ed25519_privatekey", "is_ed25519_privatekey", KindEd25519, "Ed25519"},
	} {
		c.AddFunc(&catalog.Func{
			Name:    k.loader,
			Params:  []catalog.Param{{Name: "privatekey", Type: "string", Doc: "PEM text"}},
			Returns: k.kind + "|none",
			Doc: "Loads an " + k.what + " private key from PEM text (PKCS#8 \"PRIVATE KEY\", or the older " +
				"algorithm-specific forms) into a key resource for the signing functions. Anything else gives none.",
			Impl: func(a *catalog.Args) (value.Value, error) {
				s, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				key, err := ParsePrivateKeyPEM([]byte(s))
				if err != nil || key.kind != k.kind {
					return value.None, nil
				}
				return value.ResourceValue(key), nil
			},
		})
		c.AddFunc(&catalog.Func{
			Name:    k.test,
			Params:  []catalog.Param{{Name: "privatekey", Type: "any"}},
			Returns: "boolean",
			Doc:     "Tells whether the value is an " + k.what + " private key resource.",
			Impl: func(a *catalog.Args) (value.Value, error) {
				key := keyOf(a.Get(0))
				return value.Bool(key != nil && key.kind == k.kind), nil
			},
		})
	}
}

var hashes = map[string]crypto.Hash{
	"md5": crypto.MD5, "sha1": crypto.SHA1, "sha224": crypto.SHA224, "sha256": crypto.SHA256,
	"sha384": crypto.SHA384, "sha512": crypto.SHA512,
}

// hashOption reads the hash option (default sha256).
func hashOption(a *catalog.Args, i int, opts *value.Array) (crypto.Hash, error) {
	v := catalog.OptionValue(opts, "hash", value.String("sha256"))
	if v.Kind() == value.KindString {
		if h, ok := hashes[strings.ToLower(v.AsString())]; ok {
			return h, nil
		}
	}
	return 0, a.Errorf(i, "option hash must be md5, sha1, sha224, sha256, sha384 or sha512, not %s", v.Repr())
}

func digest(h crypto.Hash, msg string) []byte {
	d := h.New()
	d.Write([]byte(msg))
	return d.Sum(nil)
}

// keyBytes reads a key given as a string: PEM text with the pem option,
// otherwise DER bytes.
func keyBytes(s string, isPEM bool) ([]byte, bool) {
	if !isPEM {
		return []byte(s), true
	}
	b, _ := pem.Decode([]byte(s))
	if b == nil {
		return nil, false
	}
	return b.Bytes, true
}

func registerRSA(c *catalog.Catalog) {
	keyOptions := func(formats string) []catalog.Option {
		return []catalog.Option{
			{Name: "hash", Type: "string", Doc: "md5, sha1, sha224, sha256 (default), sha384 or sha512"},
			{Name: "format", Type: "string", Doc: formats},
			{Name: "pem", Type: "boolean", Doc: "the key string is PEM text instead of DER bytes"},
			{Name: "id", Type: "boolean", Doc: "the key string names a key of the configuration's pki.private[]: \"pki:ID\" (or the bare id)"},
		}
	}
	c.AddFunc(&catalog.Func{
		Name: "rsa_sign",
		Params: []catalog.Param{
			{Name: "message", Type: "string"},
			{Name: "privatekey", Type: "RSAPrivateKey|string", Doc: "a key resource, or DER bytes (PEM text with the pem option)"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: keyOptions("of a key string: RSAPrivateKey (PKCS#1, default) or PrivateKeyInfo (PKCS#8); both are accepted"),
		Returns: "string|none",
		Doc:     "Signs a digest of the message with an RSA private key (PKCS#1 v1.5) and returns the raw signature bytes. A key that does not load, or an unknown pki id, gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			opts, err := a.Options(2)
			if err != nil {
				return value.None, err
			}
			h, err := hashOption(a, 2, opts)
			if err != nil {
				return value.None, err
			}
			var key *rsa.PrivateKey
			switch v := a.Get(1); {
			case keyOf(v) != nil:
				k, ok := keyOf(v).Key.(*rsa.PrivateKey)
				if !ok {
					return value.None, a.Errorf(1, "must be an RSA key, not %s", keyOf(v).kind)
				}
				key = k
			case v.Kind() == value.KindString && catalog.OptionValue(opts, "id", value.None).Truthy():
				c, err := pkiEntry(a, v.AsString())
				if c == nil {
					return value.None, err
				}
				k, ok := c.PrivateKey.(*rsa.PrivateKey)
				if !ok {
					return value.None, nil
				}
				key = k
			case v.Kind() == value.KindString:
				der, ok := keyBytes(v.AsString(), catalog.OptionValue(opts, "pem", value.None).Truthy())
				if !ok {
					return value.None, nil
				}
				pk, err := ParsePrivateKeyDER(der)
				if err != nil {
					return value.None, nil
				}
				if key, ok = pk.Key.(*rsa.PrivateKey); !ok {
					return value.None, nil
				}
			default:
				return value.None, a.Errorf(1, "must be an RSAPrivateKey or a string, not %s", v.Kind())
			}
			sig, err := rsa.SignPKCS1v15(rand.Reader, key, h, digest(h, msg))
			if err != nil {
				return value.None, nil
			}
			return value.String(string(sig)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "rsa_verify",
		Params: []catalog.Param{
			{Name: "message", Type: "string"},
			{Name: "signature", Type: "string"},
			{Name: "publickey", Type: "string", Doc: "DER bytes (PEM text with the pem option)"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: keyOptions("RSAPublicKey (PKCS#1, default) or SubjectPublicKeyInfo; both are accepted"),
		Returns: "boolean|none",
		Doc:     "Checks an RSA PKCS#1 v1.5 signature of the message's digest against the public key (with the id option: the certificate's key of a pki id, else its private key's). A key that does not load, or an unknown pki id, gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			sig, err := a.String(1)
			if err != nil {
				return value.None, err
			}
			pubText, err := a.String(2)
			if err != nil {
				return value.None, err
			}
			opts, err := a.Options(3)
			if err != nil {
				return value.None, err
			}
			h, err := hashOption(a, 3, opts)
			if err != nil {
				return value.None, err
			}
			var pub *rsa.PublicKey
			if catalog.OptionValue(opts, "id", value.None).Truthy() {
				c, err := pkiEntry(a, pubText)
				if c == nil {
					return value.None, err
				}
				if pub = entryRSAPublicKey(c); pub == nil {
					return value.None, nil
				}
			} else {
				der, ok := keyBytes(pubText, catalog.OptionValue(opts, "pem", value.None).Truthy())
				if !ok {
					return value.None, nil
				}
				if pub, err = parseRSAPublicKey(der); err != nil {
					return value.None, nil
				}
			}
			return value.Bool(rsa.VerifyPKCS1v15(pub, h, digest(h, msg), []byte(sig)) == nil), nil
		},
	})
}

func parseRSAPublicKey(der []byte) (*rsa.PublicKey, error) {
	if k, err := x509.ParsePKCS1PublicKey(der); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return nil, err
	}
	if rk, ok := k.(*rsa.PublicKey); ok {
		return rk, nil
	}
	return nil, errors.New("not an RSA public key")
}

func registerEd25519(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "ed25519_sign",
		Params: []catalog.Param{
			{Name: "message", Type: "string"},
			{Name: "privatekey", Type: "ED25519PrivateKey|string", Doc: "a key resource, or the raw 32-byte seed or 64-byte private key"},
		},
		Returns: "string|none",
		Doc:     "Signs the message with an Ed25519 private key and returns the 64-byte signature. A raw key of the wrong length gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			var key ed25519.PrivateKey
			switch v := a.Get(1); {
			case keyOf(v) != nil:
				k, ok := keyOf(v).Key.(ed25519.PrivateKey)
				if !ok {
					return value.None, a.Errorf(1, "must be an Ed25519 key, not %s", keyOf(v).kind)
				}
				key = k
			case v.Kind() == value.KindString:
				switch raw := []byte(v.AsString()); len(raw) {
				case ed25519.SeedSize:
					key = ed25519.NewKeyFromSeed(raw)
				case ed25519.PrivateKeySize:
					key = ed25519.PrivateKey(raw)
				default:
					return value.None, nil
				}
			default:
				return value.None, a.Errorf(1, "must be an ED25519PrivateKey or a string, not %s", v.Kind())
			}
			return value.String(string(ed25519.Sign(key, []byte(msg)))), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "ed25519_verify",
		Params: []catalog.Param{
			{Name: "message", Type: "string"},
			{Name: "signature", Type: "string"},
			{Name: "publickey", Type: "string", Doc: "the raw 32-byte public key"},
		},
		Returns: "boolean|none",
		Doc:     "Checks an Ed25519 signature of the message against the raw public key. A key or signature of the wrong length gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			sig, err := a.String(1)
			if err != nil {
				return value.None, err
			}
			pub, err := a.String(2)
			if err != nil {
				return value.None, err
			}
			if len(pub) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize {
				return value.None, nil
			}
			return value.Bool(ed25519.Verify(ed25519.PublicKey(pub), []byte(msg), []byte(sig))), nil
		},
	})
}
