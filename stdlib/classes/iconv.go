package classes

import (
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// The errno values Iconv->errno() reports, as on Linux.
const (
	errnoBadF  = 9  // EBADF: the converter was closed
	errnoIlSeq = 84 // EILSEQ: invalid or unconvertible input
)

// Iconv is an instance of the builtin Iconv class: a converter between two
// character sets, built on golang.org/x/text encodings.
type Iconv struct {
	from, to charset
	// translit replaces characters the target cannot hold with '?';
	// ignore drops them (iconv's //TRANSLIT and //IGNORE suffixes).
	translit, ignore bool
	closed           bool
	errno            int
}

// ClassName implements value.Object.
func (*Iconv) ClassName() string { return "Iconv" }

// charset is a character set: an x/text encoding, or US-ASCII (enc nil).
type charset struct {
	name string
	enc  encoding.Encoding
}

var errUnsupported = errors.New("unsupported character set")

// unicodeSets are the UTF-32 and UCS names glibc's iconv knows that the
// x/text indexes lack: a name without a byte order reads a byte order mark
// and is big-endian otherwise (and writes one, big-endian); UCS-2 and UCS-4
// are big-endian without a mark.
var unicodeSets = map[string]encoding.Encoding{
	"utf-32":   utf32.UTF32(utf32.BigEndian, utf32.UseBOM),
	"utf32":    utf32.UTF32(utf32.BigEndian, utf32.UseBOM),
	"utf-32be": utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM),
	"utf-32le": utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM),
	"ucs-4":    utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM),
	"ucs-4be":  utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM),
	"ucs-4le":  utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM),
	"ucs-2be":  unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
	"ucs-2le":  unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
}

func lookupCharset(name string) (charset, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "ascii", "us-ascii", "ansi_x3.4-1968", "646":
		return charset{name: name}, nil
	case "utf8", "utf-8":
		return charset{name: name, enc: unicode.UTF8}, nil
	}
	if enc, ok := unicodeSets[n]; ok {
		return charset{name: name, enc: enc}, nil
	}
	if enc, err := ianaindex.IANA.Encoding(n); err == nil && enc != nil {
		return charset{name: name, enc: enc}, nil
	}
	if enc, err := ianaindex.MIME.Encoding(n); err == nil && enc != nil {
		return charset{name: name, enc: enc}, nil
	}
	if enc, err := htmlindex.Get(n); err == nil {
		return charset{name: name, enc: enc}, nil
	}
	return charset{}, errUnsupported
}

// decode turns text in the charset into UTF-8. ok is false when the input
// is invalid; out is then the text with the invalid parts left out.
func (c charset) decode(s string) (out string, ok bool) {
	switch {
	case c.enc == nil:
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] < 0x80 {
				b.WriteByte(s[i])
			}
		}
		return b.String(), b.Len() == len(s)
	case c.enc == unicode.UTF8:
		return strings.ToValidUTF8(s, ""), utf8.ValidString(s)
	}
	out, _, err := transform.String(c.enc.NewDecoder(), s)
	if err != nil {
		return "", false
	}
	// x/text decoders put U+FFFD where the input is invalid; text in these
	// charsets cannot hold U+FFFD otherwise, except in the Unicode ones
	// (UTF-*, UCS-*).
	lower := strings.ToLower(c.name)
	unicodeSet := strings.HasPrefix(lower, "utf") || strings.HasPrefix(lower, "ucs")
	if !unicodeSet && strings.ContainsRune(out, utf8.RuneError) {
		return strings.ReplaceAll(out, string(utf8.RuneError), ""), false
	}
	return out, true
}

// encode turns UTF-8 text into the charset; bad reports each rune that the
// charset cannot hold and returns what to write instead (or false to fail).
func (c charset) encode(s string, bad func(r rune) (string, bool)) (string, bool) {
	if c.enc != nil {
		if out, _, err := transform.String(c.enc.NewEncoder(), s); err == nil {
			return out, true
		}
	}
	var b strings.Builder
	for _, r := range s {
		var piece string
		if c.enc == nil {
			if r < 0x80 {
				b.WriteRune(r)
				continue
			}
		} else {
			var err error
			piece, _, err = transform.String(c.enc.NewEncoder(), string(r))
			if err == nil {
				b.WriteString(piece)
				continue
			}
		}
		repl, ok := bad(r)
		if !ok {
			return "", false
		}
		if repl != "" {
			if piece, ok = c.encode(repl, func(rune) (string, bool) { return "", false }); !ok {
				return "", false
			}
			b.WriteString(piece)
		}
	}
	return b.String(), true
}

// Convert converts text from the source to the target character set.
func (ic *Iconv) Convert(text string) (string, bool) {
	if ic.closed {
		ic.errno = errnoBadF
		return "", false
	}
	u, ok := ic.from.decode(text)
	if !ok && !ic.ignore {
		ic.errno = errnoIlSeq
		return "", false
	}
	if ic.to.enc == unicode.UTF8 {
		ic.errno = 0
		return u, true
	}
	out, ok := ic.to.encode(u, func(r rune) (string, bool) {
		switch {
		case ic.translit:
			return "?", true
		case ic.ignore:
			return "", true
		}
		return "", false
	})
	if !ok {
		ic.errno = errnoIlSeq
		return "", false
	}
	ic.errno = 0
	return out, true
}

func registerIconv(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, impl func(*Iconv, *catalog.Args) (value.Value, error)) *catalog.Func {
		return method("Iconv", name, params, returns, doc, impl)
	}
	c.AddClass(&catalog.Class{
		Name: "Iconv",
		Doc:  "Converts text between character sets, such as ISO-8859-1, windows-1252, Shift_JIS, UTF-16 and UTF-8.",
		Constructor: &catalog.Func{
			Name: "Iconv",
			Params: []catalog.Param{
				{Name: "fromcharset", Type: "string"},
				{Name: "tocharset", Type: "string", Doc: "may end in //TRANSLIT (unconvertible characters become ?) or //IGNORE (they are dropped)"},
			},
			Returns: "Iconv",
			Doc:     "Creates a converter from one character set to another. An unknown character set raises an error.",
			Impl:    newIconv,
		},
		Methods: map[string]*catalog.Func{
			"convert": m("convert", []catalog.Param{{Name: "text", Type: "string"}}, "string|none",
				"Converts the text. Input that is invalid in the source character set, or a character the "+
					"target cannot hold (without //TRANSLIT or //IGNORE), gives none; errno() then tells why.",
				func(ic *Iconv, a *catalog.Args) (value.Value, error) {
					s, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					out, ok := ic.Convert(s)
					if !ok {
						return value.None, nil
					}
					return value.String(out), nil
				}),
			"errno": m("errno", nil, "number",
				"Returns the error number of the last conversion: 0 after a success, 84 (EILSEQ) for bad or "+
					"unconvertible input, 9 (EBADF) after close().",
				func(ic *Iconv, a *catalog.Args) (value.Value, error) { return value.Number(float64(ic.errno)), nil }),
			"close": m("close", nil, "none", "Releases the converter; convert() fails afterwards.",
				func(ic *Iconv, a *catalog.Args) (value.Value, error) { ic.closed = true; return value.None, nil }),
		},
	})
}

func newIconv(a *catalog.Args) (value.Value, error) {
	fromName, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	toName, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	ic := &Iconv{}
	fromName, _, _ = strings.Cut(fromName, "//")
	toName, suffix, _ := strings.Cut(toName, "//")
	for _, s := range strings.Split(strings.ToUpper(suffix), "//") {
		switch s {
		case "TRANSLIT":
			ic.translit = true
		case "IGNORE":
			ic.ignore = true
		case "":
		default:
			return value.None, a.Errorf(1, "has an unknown suffix //%s", s)
		}
	}
	if ic.from, err = lookupCharset(fromName); err != nil {
		return value.None, a.Errorf(0, "names an unsupported character set %s", catalog.Quote(fromName))
	}
	if ic.to, err = lookupCharset(toName); err != nil {
		return value.None, a.Errorf(1, "names an unsupported character set %s", catalog.Quote(toName))
	}
	return value.ObjectValue(ic), nil
}
