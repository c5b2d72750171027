package cryptofn

import (
	"crypto"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"fmt"
	"strings"

	"github.com/smallstep/pkcs7"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
)

func init() {
	// The pkcs7 package picks its content cipher through a package variable;
	// this program only ever uses AES-256-CBC, the S/MIME 4.0 baseline that
	// mail clients read.
	pkcs7.ContentEncryptionAlgorithm = pkcs7.EncryptionAlgorithmAES256CBC
}

// signer is a certificate with its private key and chain.
type signer struct {
	cert  *x509.Certificate
	key   crypto.Signer
	chain []*x509.Certificate
}

// signerArg reads a certificate argument: an array with x509, privatekey and
// chain, or PEM text holding the certificate, its chain and the key.
func signerArg(a *catalog.Args, i int, opts *value.Array) (*signer, error) {
	v := a.Get(i)
	switch v.Kind() {
	case value.KindString:
		if catalog.OptionValue(opts, "id", value.None).Truthy() {
			return pkiSigner(a, v.AsString())
		}
		data := []byte(v.AsString())
		certs, err := classes.ParseCertificates(data)
		if err != nil {
			return nil, fmt.Errorf("certificate: %v", err)
		}
		key, err := ParsePrivateKeyPEM(data)
		if err != nil {
			return nil, fmt.Errorf("private key: %v", err)
		}
		return &signer{cert: certs[0], key: key.Key, chain: certs[1:]}, nil
	case value.KindArray:
		arr := v.AsArray()
		s := &signer{}
		if x, ok := arr.Get(value.StrKey("x509")); ok {
			s.cert = classes.CertificateOf(x)
		}
		if s.cert == nil {
			return nil, a.Errorf(i, "needs \"x509\": an X509 object or X509Resource")
		}
		k, _ := arr.Get(value.StrKey("privatekey"))
		switch {
		case keyOf(k) != nil:
			s.key = keyOf(k).Key
		case k.Kind() == value.KindString:
			pk, err := ParsePrivateKeyPEM([]byte(k.AsString()))
			if err != nil {
				return nil, fmt.Errorf("private key: %v", err)
			}
			s.key = pk.Key
		default:
			return nil, a.Errorf(i, "needs \"privatekey\": a private key resource or PEM text")
		}
		if ch, ok := arr.Get(value.StrKey("chain")); ok && !ch.IsNone() {
			if ch.Kind() != value.KindArray {
				return nil, a.Errorf(i, "has a \"chain\" that is not an array")
			}
			for j := 0; j < ch.AsArray().Len(); j++ {
				_, c := ch.AsArray().Entry(j)
				cert := classes.CertificateOf(c)
				if cert == nil {
					return nil, a.Errorf(i, "has a \"chain\" element %d that is not an X509 object or X509Resource", j)
				}
				s.chain = append(s.chain, cert)
			}
		}
		return s, nil
	}
	return nil, a.Errorf(i, "must be an array or a string, not %s", v.Kind())
}

// pkiSigner reads the certificate, chain and private key of a key store
// entry. A missing key store is an *catalog.ArgError; an unknown id or an
// entry without a certificate or key is a plain error.
func pkiSigner(a *catalog.Args, ref string) (*signer, error) {
	c, err := a.PKIKey(ref)
	if err != nil {
		return nil, err
	}
	key, _ := c.PrivateKey.(crypto.Signer)
	switch {
	case c.Leaf == nil:
		return nil, fmt.Errorf("pki id %s has no certificate", catalog.Quote(ref))
	case key == nil:
		return nil, fmt.Errorf("pki id %s has no private key", catalog.Quote(ref))
	}
	s := &signer{cert: c.Leaf, key: key}
	for _, der := range c.Certificate[1:] {
		cert, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, fmt.Errorf("pki id %s: chain: %v", catalog.Quote(ref), err)
		}
		s.chain = append(s.chain, cert)
	}
	return s, nil
}

var digestOIDs = map[string]asn1.ObjectIdentifier{
	"sha1":   pkcs7.OIDDigestAlgorithmSHA1,
	"sha256": pkcs7.OIDDigestAlgorithmSHA256, "sha384": pkcs7.OIDDigestAlgorithmSHA384,
	"sha512": pkcs7.OIDDigestAlgorithmSHA512,
}

// sign builds a DER SignedData of msg.
func sign(msg []byte, s *signer, digestName string, detached bool) ([]byte, error) {
	oid, ok := digestOIDs[strings.ToLower(digestName)]
	if !ok {
		return nil, fmt.Errorf("unsupported digest %q", digestName)
	}
	sd, err := pkcs7.NewSignedData(msg)
	if err != nil {
		return nil, err
	}
	sd.SetDigestAlgorithm(oid)
	if err := sd.AddSignerChain(s.cert, s.key, s.chain, pkcs7.SignerInfoConfig{}); err != nil {
		return nil, err
	}
	if detached {
		sd.Detach()
	}
	return sd.Finish()
}

// resultArray builds the ["result" => …, …] arrays of the cms_* functions.
func resultArray(err error, kv ...any) value.Value {
	out := value.NewArray(len(kv)/2 + 1)
	out.Set(value.StrKey("result"), value.Bool(err == nil))
	if err != nil {
		out.Set(value.StrKey("error"), value.String(err.Error()))
		return value.ArrayValue(out)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out.Set(value.StrKey(kv[i].(string)), kv[i+1].(value.Value))
	}
	return value.ArrayValue(out)
}

func registerCMS(c *catalog.Catalog) {
	certParam := catalog.Param{Name: "certificate", Type: "array|string",
		Doc: "[\"x509\" => X509, \"privatekey\" => key resource, \"chain\" => [X509, …]], or PEM text with the certificate, its chain and the key"}
	idOption := catalog.Option{Name: "id", Type: "boolean", Doc: "the certificate string names an entry of the configuration's pki.private[] (certificate, chain and key): \"pki:ID\" (or the bare id)"}
	detachedOption := catalog.Option{Name: "detached", Type: "boolean", Doc: "leave the message out of the signature (default true)"}

	c.AddFunc(&catalog.Func{
		Name:    "pkcs7_sign",
		Params:  []catalog.Param{{Name: "message", Type: "string"}, certParam, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{idOption, detachedOption},
		Returns: "string|none",
		Doc: "Signs the message for S/MIME and returns the PKCS#7 SignedData as DER bytes (SHA-256 digest; " +
			"the chain certificates are included). Any failure gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			opts, err := a.Options(2)
			if err != nil {
				return value.None, err
			}
			s, err := signerArg(a, 1, opts)
			if err != nil {
				var ae *catalog.ArgError
				if errors.As(err, &ae) {
					return value.None, err
				}
				return value.None, nil
			}
			der, err := sign([]byte(msg), s, "sha256", catalog.OptionValue(opts, "detached", value.Bool(true)).Truthy())
			if err != nil {
				return value.None, nil
			}
			return value.String(string(der)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name:   "cms_sign",
		Params: []catalog.Param{{Name: "message", Type: "string"}, certParam, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{idOption, detachedOption,
			{Name: "digest", Type: "string", Doc: "sha1, sha256 (default), sha384 or sha512"}},
		Returns: "array",
		Doc: "Signs the message for S/MIME (CMS SignedData). Returns [\"result\" => true, \"data\" => DER bytes], " +
			"or [\"result\" => false, \"error\" => reason].",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			opts, err := a.Options(2)
			if err != nil {
				return value.None, err
			}
			s, err := signerArg(a, 1, opts)
			if err != nil {
				var ae *catalog.ArgError
				if errors.As(err, &ae) {
					return value.None, err
				}
				return resultArray(err), nil
			}
			dg := catalog.OptionValue(opts, "digest", value.String("sha256"))
			if dg.Kind() != value.KindString {
				return value.None, a.Errorf(2, "option digest must be a string, not %s", dg.Kind())
			}
			der, err := sign([]byte(msg), s, dg.AsString(), catalog.OptionValue(opts, "detached", value.Bool(true)).Truthy())
			return resultArray(err, "data", value.String(string(der))), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "cms_verify",
		Params: []catalog.Param{
			{Name: "signature", Type: "string", Doc: "DER SignedData"},
			{Name: "message", Type: "string|none", Doc: "the signed content of a detached signature"},
			{Name: "certificates", Type: "array", Doc: "[\"certs\" => extra certificates, \"store\" => trusted certificates]"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: []catalog.Option{
			{Name: "detached", Type: "boolean", Doc: "the content is given as message (default true; with none the embedded content is used)"},
			{Name: "data", Type: "boolean", Doc: "return the signed content as data"},
		},
		Returns: "array",
		Doc: "Verifies an S/MIME (CMS) signature: every signer's signature over the content and, when a store " +
			"is given, each signer certificate's chain up to a trusted certificate. Returns [\"result\" => true, " +
			"\"signers\" => [X509Resource, …]] (plus \"data\" with the data option), or [\"result\" => false, \"error\" => reason].",
		Impl: cmsVerify,
	})
	c.AddFunc(&catalog.Func{
		Name:    "cms_type",
		Params:  []catalog.Param{{Name: "data", Type: "string", Doc: "a CMS (PKCS#7) ContentInfo in DER or BER"}},
		Returns: "string|none",
		Doc: "Returns the content type of a CMS (PKCS#7) structure by its OpenSSL short name: pkcs7-data, " +
			"pkcs7-signedData, pkcs7-envelopedData, pkcs7-signedAndEnvelopedData, pkcs7-digestData, pkcs7-encryptedData, " +
			"id-smime-ct-authEnvelopedData or id-smime-ct-compressedData; another type gives its dotted OID. " +
			"Returns none when the data does not start with a ContentInfo. Not in the 6.x list; Halon's S/MIME module calls it.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			data, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			oid, ok := contentType([]byte(data))
			if !ok {
				return value.None, nil
			}
			if name, ok := cmsContentTypes[oid.String()]; ok {
				return value.String(name), nil
			}
			return value.String(oid.String()), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "cms_encrypt",
		Params: []catalog.Param{
			{Name: "message", Type: "string"},
			{Name: "certificates", Type: "array", Doc: "[\"certs\" => recipient certificates (RSA keys)]"},
			{Name: "options", Type: "array", Optional: true, Doc: "no option is defined"},
		},
		Returns: "array",
		Doc: "Encrypts the message for S/MIME (CMS EnvelopedData, AES-256-CBC, RSA key transport) to every " +
			"recipient certificate. Returns [\"result\" => true, \"data\" => DER bytes] or [\"result\" => false, \"error\" => reason].",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			certs, err := certsKey(a, 1, "certs")
			if err != nil {
				return value.None, err
			}
			if _, err := a.Options(2); err != nil {
				return value.None, err
			}
			if len(certs) == 0 {
				return resultArray(errors.New("no recipient certificates")), nil
			}
			der, err := pkcs7.Encrypt([]byte(msg), certs)
			return resultArray(err, "data", value.String(string(der))), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "cms_decrypt",
		Params: []catalog.Param{
			{Name: "message", Type: "string", Doc: "DER EnvelopedData"},
			{Name: "certificate", Type: "array|string", Doc: "[\"x509\" => X509, \"privatekey\" => RSA key resource], or PEM text with both"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: []catalog.Option{idOption},
		Returns: "array",
		Doc: "Decrypts an S/MIME (CMS EnvelopedData) message for the recipient. Returns [\"result\" => true, " +
			"\"data\" => content], with \"cms\" => \"signed\" when the content is itself a CMS signature, or " +
			"[\"result\" => false, \"error\" => reason].",
		Impl: cmsDecrypt,
	})
}

// certsKey reads the list under key of the array argument i.
func certsKey(a *catalog.Args, i int, key string) ([]*x509.Certificate, error) {
	arr, err := a.Array(i)
	if err != nil {
		return nil, err
	}
	v, ok := arr.Get(value.StrKey(key))
	if !ok || v.IsNone() {
		return nil, nil
	}
	if v.Kind() != value.KindArray {
		return nil, a.Errorf(i, "has a %q that is not an array", key)
	}
	var out []*x509.Certificate
	for j := 0; j < v.AsArray().Len(); j++ {
		_, c := v.AsArray().Entry(j)
		cert := classes.CertificateOf(c)
		if cert == nil {
			return nil, a.Errorf(i, "has a %q element %d that is not an X509 object or X509Resource", key, j)
		}
		out = append(out, cert)
	}
	return out, nil
}

func cmsVerify(a *catalog.Args) (value.Value, error) {
	sig, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	msg := a.Get(1)
	if k := msg.Kind(); k != value.KindString && k != value.KindNone {
		return value.None, a.Errorf(1, "must be a string or none, not %s", k)
	}
	extra, err := certsKey(a, 2, "certs")
	if err != nil {
		return value.None, err
	}
	store, err := certsKey(a, 2, "store")
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(3)
	if err != nil {
		return value.None, err
	}
	p7, err := pkcs7.Parse([]byte(sig))
	if err != nil {
		return resultArray(err), nil
	}
	detached := catalog.OptionValue(opts, "detached", value.Bool(true)).Truthy()
	if detached && msg.Kind() == value.KindString && (msg.AsString() != "" || len(p7.Content) == 0) {
		p7.Content = []byte(msg.AsString())
	}
	p7.Certificates = append(p7.Certificates, extra...)
	if store != nil {
		pool := x509.NewCertPool()
		for _, c := range store {
			pool.AddCert(c)
		}
		err = p7.VerifyWithChain(pool)
	} else {
		err = p7.Verify()
	}
	if err != nil {
		return resultArray(err), nil
	}
	var signers []value.Value
	for _, si := range p7.Signers {
		for _, c := range p7.Certificates {
			if c.SerialNumber.Cmp(si.IssuerAndSerialNumber.SerialNumber) == 0 &&
				string(c.RawIssuer) == string(si.IssuerAndSerialNumber.IssuerName.FullBytes) {
				signers = append(signers, value.ResourceValue(&classes.X509Resource{Cert: c}))
				break
			}
		}
	}
	kv := []any{"signers", value.ArrayValue(value.NewList(signers))}
	if catalog.OptionValue(opts, "data", value.None).Truthy() {
		kv = append(kv, "data", value.String(string(p7.Content)))
	}
	return resultArray(nil, kv...), nil
}

func cmsDecrypt(a *catalog.Args) (value.Value, error) {
	msg, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(2)
	if err != nil {
		return value.None, err
	}
	s, err := signerArg(a, 1, opts)
	if err != nil {
		var ae *catalog.ArgError
		if errors.As(err, &ae) {
			return value.None, err
		}
		return resultArray(err), nil
	}
	if _, ok := s.key.(*rsa.PrivateKey); !ok {
		return resultArray(errors.New("only RSA recipient keys are supported")), nil
	}
	p7, err := pkcs7.Parse([]byte(msg))
	if err != nil {
		return resultArray(err), nil
	}
	data, err := p7.Decrypt(s.cert, s.key)
	if err != nil {
		return resultArray(err), nil
	}
	kv := []any{"data", value.String(string(data))}
	if inner, err := pkcs7.Parse(data); err == nil && len(inner.Signers) > 0 {
		kv = append(kv, "cms", value.String("signed"))
	}
	return resultArray(nil, kv...), nil
}

// cmsContentTypes maps the content types of a CMS ContentInfo to the short
// names OpenSSL gives them.
var cmsContentTypes = map[string]string{
	"1.2.840.113549.1.7.1":       "pkcs7-data",
	"1.2.840.113549.1.7.2":       "pkcs7-signedData",
	"1.2.840.113549.1.7.3":       "pkcs7-envelopedData",
	"1.2.840.113549.1.7.4":       "pkcs7-signedAndEnvelopedData",
	"1.2.840.113549.1.7.5":       "pkcs7-digestData",
	"1.2.840.113549.1.7.6":       "pkcs7-encryptedData",
	"1.2.840.113549.1.9.16.1.9":  "id-smime-ct-compressedData",
	"1.2.840.113549.1.9.16.1.23": "id-smime-ct-authEnvelopedData",
}

// contentType reads the contentType of a ContentInfo: a SEQUENCE (with a
// definite length that fits the data, or BER's indefinite length) whose
// first element is an OBJECT IDENTIFIER.
func contentType(b []byte) (asn1.ObjectIdentifier, bool) {
	if len(b) < 2 || b[0] != 0x30 {
		return nil, false
	}
	b = b[1:]
	switch n := b[0]; {
	case n == 0x80: // indefinite length (BER)
		b = b[1:]
	case n < 0x80:
		if int(n) > len(b)-1 {
			return nil, false
		}
		b = b[1 : 1+int(n)]
	default:
		size := int(n & 0x7f)
		if size > 4 || size > len(b)-1 {
			return nil, false
		}
		length := 0
		for _, c := range b[1 : 1+size] {
			length = length<<8 | int(c)
		}
		b = b[1+size:]
		if length > len(b) {
			return nil, false
		}
		b = b[:length]
	}
	var oid asn1.ObjectIdentifier
	if _, err := asn1.Unmarshal(b, &oid); err != nil {
		return nil, false
	}
	return oid, true
}
