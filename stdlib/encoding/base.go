package encoding

import (
	"encoding/base32"
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"

	"github.com/openhsl/hsl/stdlib/catalog"
)

func registerBase(c *catalog.Catalog) {
	stringFunc(c, "base64_encode", "string", "string", "Encodes the bytes of the string as base64 (RFC 4648, with padding).",
		bytesOK(base64.StdEncoding.EncodeToString))
	stringFunc(c, "base64_decode", "string", "string|none", "Decodes base64; whitespace is skipped and padding may be left out. Returns none for invalid input.",
		func(s string) (string, bool) { return decode64(s, base64.StdEncoding, base64.RawStdEncoding) })
	stringFunc(c, "base64url_encode", "string", "string", "Encodes the bytes of the string as base64 with the URL-safe alphabet (- and _) and no padding.",
		bytesOK(base64.RawURLEncoding.EncodeToString))
	stringFunc(c, "base64url_decode", "string", "string|none", "Decodes URL-safe base64, with or without padding. Returns none for invalid input.",
		func(s string) (string, bool) { return decode64(s, base64.URLEncoding, base64.RawURLEncoding) })
	stringFunc(c, "base32_encode", "string", "string", "Encodes the bytes of the string as base32 (RFC 4648, with padding).",
		bytesOK(base32.StdEncoding.EncodeToString))
	stringFunc(c, "base32_decode", "string", "string|none", "Decodes base32 (either letter case, padding optional). Returns none for invalid input.",
		decode32)
	stringFunc(c, "url_encode", "string", "string", "Percent-encodes every byte except the unreserved characters of RFC 3986 (letters, digits, - . _ ~).",
		ok(urlEncode))
	stringFunc(c, "url_decode", "string", "string", "Decodes %XX sequences; a % not followed by two hex digits is kept as it is, and + is not a space.",
		ok(urlDecode))
	stringFunc(c, "xtext_encode", "string", "string", "Encodes the string as RFC 1891 xtext: bytes outside ! to ~, and + and =, become +XX.",
		ok(xtextEncode))
	stringFunc(c, "xtext_decode", "string", "string", "Decodes RFC 1891 xtext (+XX sequences); malformed sequences are kept as they are.",
		ok(xtextDecode))
	stringFunc(c, "idna_encode", "domain", "string|none", "Converts a Unicode domain name to its ASCII (punycode) form. Returns none when the name is not valid.",
		func(s string) (string, bool) {
			r, err := idnaProfile.ToASCII(s)
			return r, err == nil && utf8.ValidString(s)
		})
	stringFunc(c, "idna_decode", "domain", "string|none", "Converts an ASCII (punycode) domain name to Unicode. Returns none when the name is not valid.",
		func(s string) (string, bool) {
			r, err := idnaProfile.ToUnicode(s)
			return r, err == nil && utf8.ValidString(s)
		})
}

// idnaProfile is IDNA2008 lookup processing (UTS 46 mapping) that also
// rejects empty and over-long labels; underscores (as in _dmarc) are allowed.
var idnaProfile = idna.New(idna.MapForLookup(), idna.BidiRule(), idna.VerifyDNSLength(true), idna.StrictDomainName(false))

// ok adapts a conversion that cannot fail.
func ok(f func(string) string) func(string) (string, bool) {
	return func(s string) (string, bool) { return f(s), true }
}

// bytesOK adapts an encoder of bytes that cannot fail.
func bytesOK(f func([]byte) string) func(string) (string, bool) {
	return func(s string) (string, bool) { return f([]byte(s)), true }
}

// stripSpace removes ASCII whitespace, which encoders insert as line breaks.
func stripSpace(s string) string {
	if !strings.ContainsAny(s, " \t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\r', '\n':
			return -1
		}
		return r
	}, s)
}

func decode64(s string, padded, raw *base64.Encoding) (string, bool) {
	s = stripSpace(s)
	enc := raw
	if strings.HasSuffix(s, "=") {
		enc = padded
	}
	b, err := enc.Strict().DecodeString(s)
	if err != nil {
		// Strict rejects non-zero trailing bits; accept them as most decoders do.
		b, err = enc.DecodeString(s)
	}
	return string(b), err == nil
}

func decode32(s string) (string, bool) {
	s = strings.ToUpper(stripSpace(s))
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	if strings.HasSuffix(s, "=") {
		enc = base32.StdEncoding
	}
	b, err := enc.DecodeString(s)
	return string(b), err == nil
}

const hexUpper = "0123456789ABCDEF"

func unreserved(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

func urlEncode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hexUpper[c>>4])
			b.WriteByte(hexUpper[c&15])
		}
	}
	return b.String()
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unescape decodes esc followed by two hex digits; other bytes stay.
func unescape(s string, esc byte) string {
	if strings.IndexByte(s, esc) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == esc && i+2 < len(s) {
			if h, l := unhex(s[i+1]), unhex(s[i+2]); h >= 0 && l >= 0 {
				b = append(b, byte(h<<4|l))
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}

func urlDecode(s string) string { return unescape(s, '%') }

func xtextEncode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '!' && c <= '~' && c != '+' && c != '=' {
			b.WriteByte(c)
		} else {
			b.WriteByte('+')
			b.WriteByte(hexUpper[c>>4])
			b.WriteByte(hexUpper[c&15])
		}
	}
	return b.String()
}

func xtextDecode(s string) string { return unescape(s, '+') }
