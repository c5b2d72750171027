package encoding

import (
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/openhsl/hsl/stdlib/catalog"
)

func registerMIME(c *catalog.Catalog) {
	stringFunc(c, "mimeword_encode", "string", "string", "Encodes the string as RFC 2047 encoded words (=?utf-8?Q?…?=), split into words of at most 75 bytes joined by spaces; an empty string stays empty.",
		ok(EncodeWords))
	stringFunc(c, "mimeword_decode", "string", "string", "Decodes every RFC 2047 encoded word (=?charset?Q|B?…?=) in the string to UTF-8; text around them is kept, and the string is returned unchanged when a charset is unknown.",
		ok(DecodeWords))
}

// qSafe reports whether c may stand for itself in a Q-encoded word in any
// header position (RFC 2047 section 5, rule 3).
func qSafe(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ||
		c == '!' || c == '*' || c == '+' || c == '-' || c == '/'
}

const (
	wordPrefix = "=?utf-8?Q?"
	wordSuffix = "?="
	maxWord    = 75
)

// EncodeWords encodes s as RFC 2047 Q-encoded UTF-8 words of at most 75
// bytes, joined by spaces; "" stays "".
func EncodeWords(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	word := len(wordPrefix)
	b.WriteString(wordPrefix)
	for i := 0; i < len(s); {
		// Encode one character (a whole UTF-8 sequence) so words never split one.
		_, n := utf8.DecodeRuneInString(s[i:])
		var enc string
		for _, c := range []byte(s[i : i+n]) {
			switch {
			case c == ' ':
				enc += "_"
			case qSafe(c):
				enc += string(c)
			default:
				enc += fmt.Sprintf("=%02X", c)
			}
		}
		if word+len(enc)+len(wordSuffix) > maxWord {
			b.WriteString(wordSuffix + " " + wordPrefix)
			word = len(wordPrefix)
		}
		b.WriteString(enc)
		word += len(enc)
		i += n
	}
	b.WriteString(wordSuffix)
	return b.String()
}

var wordDecoder = &mime.WordDecoder{
	CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(WordCharset(charset))
		if err != nil {
			return nil, err
		}
		return enc.NewDecoder().Reader(input), nil
	},
}

// WordCharset returns the charset of an encoded word without the RFC 2231
// language suffix ("utf-8*en" is "utf-8").
func WordCharset(charset string) string {
	if i := strings.IndexByte(charset, '*'); i >= 0 {
		return charset[:i]
	}
	return charset
}

// DecodeWords decodes the RFC 2047 encoded words in s to UTF-8, returning s
// unchanged when a word names an unknown charset.
func DecodeWords(s string) string {
	r, err := wordDecoder.DecodeHeader(s)
	if err != nil {
		return s
	}
	return r
}
