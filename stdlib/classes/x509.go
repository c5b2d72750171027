package classes

import (
	"bytes"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// X509Resource is a parsed certificate as an HSL resource (what X509
// objects wrap, .crt/.pem data imports hold and crypto functions take).
type X509Resource struct {
	Cert *x509.Certificate
}

// ResourceKind implements value.Resource.
func (*X509Resource) ResourceKind() string { return "X509Resource" }

// X509CRLResource is a parsed certificate revocation list as an HSL resource.
type X509CRLResource struct {
	CRL *x509.RevocationList
}

// ResourceKind implements value.Resource.
func (*X509CRLResource) ResourceKind() string { return "X509CRLResource" }

// X509 is an instance of the builtin X509 class.
type X509 struct{ Res *X509Resource }

// ClassName implements value.Object.
func (*X509) ClassName() string { return "X509" }

// X509CRL is an instance of the builtin X509CRL class.
type X509CRL struct{ Res *X509CRLResource }

// ClassName implements value.Object.
func (*X509CRL) ClassName() string { return "X509CRL" }

// attributeNames are the short names of distinguished-name attributes, as
// OpenSSL prints them.
var attributeNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber", "2.5.4.6": "C", "2.5.4.7": "L",
	"2.5.4.8": "ST", "2.5.4.9": "street", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.12": "title",
	"2.5.4.17": "postalCode", "2.5.4.42": "GN", "2.5.4.43": "initials", "2.5.4.44": "generationQualifier",
	"2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym", "2.5.4.97": "organizationIdentifier",
	"0.9.2342.19200300.100.1.25": "DC", "0.9.2342.19200300.100.1.1": "UID",
	"1.2.840.113549.1.9.1": "emailAddress", "1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC",
	"2.5.4.15": "businessCategory",
}

// extensionNames are the short names of common X.509 extensions.
var extensionNames = map[string]string{
	"2.5.29.14": "subjectKeyIdentifier", "2.5.29.15": "keyUsage", "2.5.29.17": "subjectAltName",
	"2.5.29.18": "issuerAltName", "2.5.29.19": "basicConstraints", "2.5.29.20": "crlNumber",
	"2.5.29.21": "CRLReason", "2.5.29.27": "deltaCRLIndicator", "2.5.29.28": "issuingDistributionPoint",
	"2.5.29.30": "nameConstraints", "2.5.29.31": "crlDistributionPoints", "2.5.29.32": "certificatePolicies",
	"2.5.29.35": "authorityKeyIdentifier", "2.5.29.37": "extendedKeyUsage",
	"1.3.6.1.5.5.7.1.1": "authorityInfoAccess", "1.3.6.1.4.1.11129.2.4.2": "ct_precert_scts",
	"1.3.6.1.5.5.7.1.24": "tlsfeature",
}

// nameList renders a distinguished name as a list of [name, value] pairs in
// certificate order.
func nameList(rawName []byte) value.Value {
	var rdns pkix.RDNSequence
	out := value.NewArray(0)
	if _, err := asn1.Unmarshal(rawName, &rdns); err != nil {
		return value.ArrayValue(out)
	}
	for _, rdn := range rdns {
		for _, atv := range rdn {
			oid := atv.Type.String()
			name := attributeNames[oid]
			if name == "" {
				name = oid
			}
			out.Append(value.ArrayValue(value.NewList([]value.Value{value.String(name), value.String(fmt.Sprint(atv.Value))})))
		}
	}
	return value.ArrayValue(out)
}

// SerialHex renders a serial number in uppercase hex without leading zeros.
func SerialHex(n *big.Int) string {
	if n == nil {
		return ""
	}
	return strings.ToUpper(n.Text(16))
}

func extensionList(exts []pkix.Extension) value.Value {
	out := value.NewArray(len(exts))
	for _, e := range exts {
		oid := e.Id.String()
		entry := value.NewArray(4)
		entry.Set(value.StrKey("oid"), value.String(oid))
		name := extensionNames[oid]
		if name == "" {
			name = oid
		}
		entry.Set(value.StrKey("name"), value.String(name))
		entry.Set(value.StrKey("critical"), value.Bool(e.Critical))
		entry.Set(value.StrKey("value"), value.String(string(e.Value)))
		out.Append(value.ArrayValue(entry))
	}
	return value.ArrayValue(out)
}

func unix(t time.Time) value.Value {
	if t.IsZero() {
		return value.None
	}
	return value.Number(float64(t.Unix()))
}

var pemOption = catalog.Option{Name: "pem", Type: "boolean", Doc: "PEM text instead of binary DER"}

// encodeOut returns der, or its PEM form under the given type when the pem
// option in argument i is set.
func encodeOut(a *catalog.Args, i int, der []byte, pemType string) (value.Value, error) {
	opts, err := a.Options(i)
	if err != nil {
		return value.None, err
	}
	if catalog.OptionValue(opts, "pem", value.None).Truthy() {
		return value.String(string(pem.EncodeToMemory(&pem.Block{Type: pemType, Bytes: der}))), nil
	}
	return value.String(string(der)), nil
}

// ParseCertificates reads DER or PEM data: every CERTIFICATE block of PEM
// text, or the single DER certificate.
func ParseCertificates(data []byte) ([]*x509.Certificate, error) {
	if !bytes.Contains(data, []byte("-----BEGIN")) {
		c, err := x509.ParseCertificate(data)
		if err != nil {
			return nil, err
		}
		return []*x509.Certificate{c}, nil
	}
	var certs []*x509.Certificate
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" && b.Type != "X509 CERTIFICATE" && b.Type != "TRUSTED CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, err
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("no certificate in PEM data")
	}
	return certs, nil
}

// ParseCRL reads a DER or PEM certificate revocation list.
func ParseCRL(data []byte) (*x509.RevocationList, error) {
	if b, _ := pem.Decode(data); b != nil {
		if b.Type != "X509 CRL" {
			return nil, fmt.Errorf("PEM block is %q, not X509 CRL", b.Type)
		}
		data = b.Bytes
	}
	return x509.ParseRevocationList(data)
}

func resourceArg[T value.Resource](a *catalog.Args, i int, kind string) (T, error) {
	v := a.Get(i)
	if v.Kind() == value.KindResource {
		if r, ok := v.AsResource().(T); ok {
			return r, nil
		}
	}
	var zero T
	what := v.Kind().String()
	if v.Kind() == value.KindResource {
		what = "resource<" + v.AsResource().ResourceKind() + ">"
	}
	return zero, a.Errorf(i, "must be an %s, not %s", kind, what)
}

// certList reads argument i: a list of X509 objects or X509Resources.
func certList(a *catalog.Args, i int) ([]*x509.Certificate, error) {
	if !a.Has(i) || a.Get(i).IsNone() {
		return nil, nil
	}
	arr, err := a.Array(i)
	if err != nil {
		return nil, err
	}
	var out []*x509.Certificate
	for j := 0; j < arr.Len(); j++ {
		_, v := arr.Entry(j)
		c := CertificateOf(v)
		if c == nil {
			return nil, a.Errorf(i, "element %d is not an X509 object or X509Resource", j)
		}
		out = append(out, c)
	}
	return out, nil
}

// CertificateOf returns the certificate held by an X509 object or an
// X509Resource value, or nil.
func CertificateOf(v value.Value) *x509.Certificate {
	switch v.Kind() {
	case value.KindObject:
		if o, ok := v.AsObject().(*X509); ok {
			return o.Res.Cert
		}
	case value.KindResource:
		if r, ok := v.AsResource().(*X509Resource); ok {
			return r.Cert
		}
	}
	return nil
}

func registerX509(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, impl func(*X509, *catalog.Args) (value.Value, error)) *catalog.Func {
		return method("X509", name, params, returns, doc, impl)
	}
	optParam := []catalog.Param{{Name: "options", Type: "array", Optional: true}}
	withPEM := func(f *catalog.Func) *catalog.Func { f.Options = []catalog.Option{pemOption}; return f }
	c.AddClass(&catalog.Class{
		Name: "X509",
		Doc:  "An X.509 certificate: its names, dates, keys and extensions, export and chain verification.",
		Constructor: &catalog.Func{
			Name:    "X509",
			Params:  []catalog.Param{{Name: "x509resource", Type: "X509Resource"}},
			Returns: "X509",
			Doc:     "Wraps a certificate resource, such as one from a .crt or .pem data import.",
			Impl: func(a *catalog.Args) (value.Value, error) {
				r, err := resourceArg[*X509Resource](a, 0, "X509Resource")
				if err != nil {
					return value.None, err
				}
				return value.ObjectValue(&X509{Res: r}), nil
			},
		},
		Methods: map[string]*catalog.Func{
			"subject": m("subject", nil, "array", "Returns the subject name as a list of [name, value] pairs in certificate order, e.g. [\"CN\", \"example.com\"].",
				func(x *X509, a *catalog.Args) (value.Value, error) { return nameList(x.Res.Cert.RawSubject), nil }),
			"issuer": m("issuer", nil, "array", "Returns the issuer name as a list of [name, value] pairs in certificate order.",
				func(x *X509, a *catalog.Args) (value.Value, error) { return nameList(x.Res.Cert.RawIssuer), nil }),
			"subject_alt_name": m("subject_alt_name", nil, "array", "Returns the DNS names of the subject alternative name extension.",
				func(x *X509, a *catalog.Args) (value.Value, error) {
					out := make([]value.Value, len(x.Res.Cert.DNSNames))
					for i, n := range x.Res.Cert.DNSNames {
						out[i] = value.String(n)
					}
					return value.ArrayValue(value.NewList(out)), nil
				}),
			"version": m("version", nil, "number", "Returns the certificate's X.509 version: 1, 2 or 3.",
				func(x *X509, a *catalog.Args) (value.Value, error) {
					return value.Number(float64(x.Res.Cert.Version)), nil
				}),
			"serial_number": m("serial_number", nil, "string", "Returns the serial number in uppercase hexadecimal.",
				func(x *X509, a *catalog.Args) (value.Value, error) {
					return value.String(SerialHex(x.Res.Cert.SerialNumber)), nil
				}),
			"not_valid_before": m("not_valid_before", nil, "number", "Returns the start of the validity period, in Unix time.",
				func(x *X509, a *catalog.Args) (value.Value, error) { return unix(x.Res.Cert.NotBefore), nil }),
			"not_valid_after": m("not_valid_after", nil, "number", "Returns the end of the validity period, in Unix time.",
				func(x *X509, a *catalog.Args) (value.Value, error) { return unix(x.Res.Cert.NotAfter), nil }),
			"public_key": withPEM(m("public_key", optParam, "string", "Returns the public key (SubjectPublicKeyInfo) as DER, or as PEM with the pem option.",
				func(x *X509, a *catalog.Args) (value.Value, error) {
					return encodeOut(a, 0, x.Res.Cert.RawSubjectPublicKeyInfo, "PUBLIC KEY")
				})),
			"export": withPEM(m("export", optParam, "string", "Returns the certificate as DER, or as PEM with the pem option.",
				func(x *X509, a *catalog.Args) (value.Value, error) {
					return encodeOut(a, 0, x.Res.Cert.Raw, "CERTIFICATE")
				})),
			"extensions": m("extensions", optParam, "array",
				"Returns every extension as [\"oid\" => …, \"name\" => short name or oid, \"critical\" => boolean, \"value\" => DER bytes].",
				func(x *X509, a *catalog.Args) (value.Value, error) {
					if _, err := a.Options(0); err != nil {
						return value.None, err
					}
					return extensionList(x.Res.Cert.Extensions), nil
				}),
			"verify": m("verify", []catalog.Param{
				{Name: "calist", Type: "array", Doc: "trusted X509 objects or resources"},
				{Name: "intermediates", Type: "array", Optional: true},
				{Name: "revokelist", Type: "array", Optional: true, Doc: "X509CRL objects or resources"},
			}, "array",
				"Verifies the certificate chain up to one of the trusted certificates at the current time, "+
					"and that no certificate in the chain is revoked by a given CRL of its issuer. Returns "+
					"[\"result\" => true] or [\"result\" => false, \"error\" => reason].",
				verify),
			"toResource": m("toResource", nil, "X509Resource", "Returns the certificate resource.",
				func(x *X509, a *catalog.Args) (value.Value, error) { return value.ResourceValue(x.Res), nil }),
			"toFFIValue": m("toFFIValue", nil, "FFIValue", "Not available: this implementation has no FFI.",
				func(x *X509, a *catalog.Args) (value.Value, error) { return value.None, errFFI(a) }),
		},
		Statics: map[string]*catalog.Func{
			"String": {
				Name: "String",
				Params: []catalog.Param{
					{Name: "data", Type: "string", Doc: "DER bytes or PEM text"},
					{Name: "options", Type: "array", Optional: true},
				},
				Options: []catalog.Option{
					{Name: "pem", Type: "boolean", Doc: "the data is PEM (detected when not given)"},
					{Name: "multiple", Type: "boolean", Doc: "return a list of every certificate in the PEM data"},
				},
				Returns: "X509|array|none",
				Doc:     "Parses a certificate from DER or PEM data; with the multiple option, returns a list of all certificates of a PEM bundle. Data that holds no valid certificate gives none.",
				Impl:    x509String,
			},
		},
	})
}

func x509String(a *catalog.Args) (value.Value, error) {
	data, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	raw := []byte(data)
	if p := catalog.OptionValue(opts, "pem", value.None); !p.IsNone() && !p.Truthy() && bytes.Contains(raw, []byte("-----BEGIN")) {
		return value.None, nil // declared DER, but it is PEM
	}
	certs, err := ParseCertificates(raw)
	if err != nil {
		return value.None, nil
	}
	if catalog.OptionValue(opts, "multiple", value.None).Truthy() {
		out := make([]value.Value, len(certs))
		for i, c := range certs {
			out[i] = value.ObjectValue(&X509{Res: &X509Resource{Cert: c}})
		}
		return value.ArrayValue(value.NewList(out)), nil
	}
	return value.ObjectValue(&X509{Res: &X509Resource{Cert: certs[0]}}), nil
}

func verify(x *X509, a *catalog.Args) (value.Value, error) {
	roots, err := certList(a, 0)
	if err != nil {
		return value.None, err
	}
	inter, err := certList(a, 1)
	if err != nil {
		return value.None, err
	}
	var crls []*x509.RevocationList
	if a.Has(2) && !a.Get(2).IsNone() {
		arr, err := a.Array(2)
		if err != nil {
			return value.None, err
		}
		for j := 0; j < arr.Len(); j++ {
			_, v := arr.Entry(j)
			crl := crlOf(v)
			if crl == nil {
				return value.None, a.Errorf(2, "element %d is not an X509CRL object or X509CRLResource", j)
			}
			crls = append(crls, crl)
		}
	}
	result := func(err error) (value.Value, error) {
		out := value.NewArray(2)
		out.Set(value.StrKey("result"), value.Bool(err == nil))
		if err != nil {
			out.Set(value.StrKey("error"), value.String(err.Error()))
		}
		return value.ArrayValue(out), nil
	}
	opts := x509.VerifyOptions{Roots: x509.NewCertPool(), Intermediates: x509.NewCertPool(), KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}
	for _, r := range roots {
		opts.Roots.AddCert(r)
	}
	for _, c := range inter {
		opts.Intermediates.AddCert(c)
	}
	chains, err := x.Res.Cert.Verify(opts)
	if err != nil {
		return result(err)
	}
	return result(checkRevocation(chains[0], crls))
}

// checkRevocation fails when a certificate of the chain is listed in a valid
// CRL signed by its issuer.
func checkRevocation(chain []*x509.Certificate, crls []*x509.RevocationList) error {
	for i := 0; i+1 < len(chain); i++ {
		cert, issuer := chain[i], chain[i+1]
		for _, crl := range crls {
			if !bytes.Equal(crl.RawIssuer, issuer.RawSubject) || crl.CheckSignatureFrom(issuer) != nil {
				continue
			}
			for _, e := range crl.RevokedCertificateEntries {
				if e.SerialNumber.Cmp(cert.SerialNumber) == 0 {
					return fmt.Errorf("certificate %s is revoked", SerialHex(cert.SerialNumber))
				}
			}
		}
	}
	return nil
}

func crlOf(v value.Value) *x509.RevocationList {
	switch v.Kind() {
	case value.KindObject:
		if o, ok := v.AsObject().(*X509CRL); ok {
			return o.Res.CRL
		}
	case value.KindResource:
		if r, ok := v.AsResource().(*X509CRLResource); ok {
			return r.CRL
		}
	}
	return nil
}

// crlVersion reads the version field of a CRL (1 when it is absent).
func crlVersion(crl *x509.RevocationList) int {
	var tbs, first asn1.RawValue
	if _, err := asn1.Unmarshal(crl.RawTBSRevocationList, &tbs); err != nil {
		return 1
	}
	if _, err := asn1.Unmarshal(tbs.Bytes, &first); err != nil || first.Class != asn1.ClassUniversal || first.Tag != asn1.TagInteger {
		return 1
	}
	var v int
	if _, err := asn1.Unmarshal(first.FullBytes, &v); err != nil {
		return 1
	}
	return v + 1
}

func registerX509CRL(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, impl func(*X509CRL, *catalog.Args) (value.Value, error)) *catalog.Func {
		return method("X509CRL", name, params, returns, doc, impl)
	}
	optParam := []catalog.Param{{Name: "options", Type: "array", Optional: true}}
	c.AddClass(&catalog.Class{
		Name: "X509CRL",
		Doc:  "An X.509 certificate revocation list.",
		Constructor: &catalog.Func{
			Name:    "X509CRL",
			Params:  []catalog.Param{{Name: "x509CRLresource", Type: "X509CRLResource"}},
			Returns: "X509CRL",
			Doc:     "Wraps a CRL resource.",
			Impl: func(a *catalog.Args) (value.Value, error) {
				r, err := resourceArg[*X509CRLResource](a, 0, "X509CRLResource")
				if err != nil {
					return value.None, err
				}
				return value.ObjectValue(&X509CRL{Res: r}), nil
			},
		},
		Methods: map[string]*catalog.Func{
			"issuer": m("issuer", nil, "array", "Returns the issuer name as a list of [name, value] pairs.",
				func(x *X509CRL, a *catalog.Args) (value.Value, error) { return nameList(x.Res.CRL.RawIssuer), nil }),
			"revoked": m("revoked", nil, "array",
				"Returns the revoked certificates as [\"serial_number\" => uppercase hex, \"revocation_date\" => Unix time, "+
					"\"reason\" => reason code, or none when the entry gives none].",
				func(x *X509CRL, a *catalog.Args) (value.Value, error) {
					out := value.NewArray(0)
					for _, e := range x.Res.CRL.RevokedCertificateEntries {
						entry := value.NewArray(3)
						entry.Set(value.StrKey("serial_number"), value.String(SerialHex(e.SerialNumber)))
						entry.Set(value.StrKey("revocation_date"), unix(e.RevocationTime))
						reason := value.None
						for _, ext := range e.Extensions {
							if ext.Id.Equal(asn1.ObjectIdentifier{2, 5, 29, 21}) {
								reason = value.Number(float64(e.ReasonCode))
							}
						}
						entry.Set(value.StrKey("reason"), reason)
						out.Append(value.ArrayValue(entry))
					}
					return value.ArrayValue(out), nil
				}),
			"version": m("version", nil, "number", "Returns the CRL's version: 1 or 2.",
				func(x *X509CRL, a *catalog.Args) (value.Value, error) {
					return value.Number(float64(crlVersion(x.Res.CRL))), nil
				}),
			"last_update": m("last_update", nil, "number", "Returns when the CRL was issued (thisUpdate), in Unix time.",
				func(x *X509CRL, a *catalog.Args) (value.Value, error) { return unix(x.Res.CRL.ThisUpdate), nil }),
			"next_update": m("next_update", nil, "number|none", "Returns when the next CRL is due (nextUpdate), in Unix time, or none when the CRL does not say.",
				func(x *X509CRL, a *catalog.Args) (value.Value, error) { return unix(x.Res.CRL.NextUpdate), nil }),
			"export": func() *catalog.Func {
				f := m("export", optParam, "string", "Returns the CRL as DER, or as PEM with the pem option.",
					func(x *X509CRL, a *catalog.Args) (value.Value, error) {
						return encodeOut(a, 0, x.Res.CRL.Raw, "X509 CRL")
					})
				f.Options = []catalog.Option{pemOption}
				return f
			}(),
			"extensions": m("extensions", optParam, "array",
				"Returns every extension of the CRL as [\"oid\" => …, \"name\" => short name or oid, \"critical\" => boolean, \"value\" => DER bytes].",
				func(x *X509CRL, a *catalog.Args) (value.Value, error) {
					if _, err := a.Options(0); err != nil {
						return value.None, err
					}
					return extensionList(x.Res.CRL.Extensions), nil
				}),
			"toResource": m("toResource", nil, "X509CRLResource", "Returns the CRL resource.",
				func(x *X509CRL, a *catalog.Args) (value.Value, error) { return value.ResourceValue(x.Res), nil }),
		},
		Statics: map[string]*catalog.Func{
			"String": {
				Name: "String",
				Params: []catalog.Param{
					{Name: "data", Type: "string", Doc: "DER bytes or PEM text"},
					{Name: "options", Type: "array", Optional: true},
				},
				Options: []catalog.Option{{Name: "pem", Type: "boolean", Doc: "the data is PEM (detected when not given)"}},
				Returns: "X509CRL|none",
				Doc:     "Parses a CRL from DER or PEM data. Data that is not a valid CRL gives none.",
				Impl: func(a *catalog.Args) (value.Value, error) {
					data, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					if _, err := a.Options(1); err != nil {
						return value.None, err
					}
					crl, err := ParseCRL([]byte(data))
					if err != nil {
						return value.None, nil
					}
					return value.ObjectValue(&X509CRL{Res: &X509CRLResource{CRL: crl}}), nil
				},
			},
		},
	})
}
