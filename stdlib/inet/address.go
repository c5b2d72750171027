package inet

import (
	"mime"
	"net/mail"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

func registerAddress(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name:    "envelope_address_parse",
		Params:  []catalog.Param{{Name: "address", Type: "string", Doc: "localpart@domain, optionally inside <>"}},
		Returns: "array|none",
		Doc: "Splits an envelope address into [\"localpart\" => …, \"domain\" => …]. A quoted local part is " +
			"returned without its quotes and escapes. An address that is not localpart@domain gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			local, domain, ok := ParseEnvelope(s)
			if !ok {
				return value.None, nil
			}
			arr := value.NewArray(2)
			arr.Set(value.StrKey("localpart"), value.String(local))
			arr.Set(value.StrKey("domain"), value.String(domain))
			return value.ArrayValue(arr), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name:    "envelope_localpart_escape",
		Params:  []catalog.Param{{Name: "localpart", Type: "string"}},
		Returns: "string",
		Doc: "Returns the local part ready to be put before the @ of an envelope address: unchanged when it " +
			"is a plain dot-atom, otherwise in double quotes with \" and \\ escaped by a backslash.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			return value.String(EscapeLocalpart(s)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "header_addresslist_extract",
		Params: []catalog.Param{
			{Name: "value", Type: "string"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: []catalog.Option{
			{Name: "field", Type: "boolean", Doc: "the value is a whole header field, \"Name: value\""},
			{Name: "name", Type: "boolean", Doc: "return [\"name\" => display name, \"address\" => address] arrays instead of plain addresses"},
		},
		Returns: "array|none",
		Doc: "Extracts the e-mail addresses of an address-list header value such as From, To or Cc, in order " +
			"(group members included). Encoded display names are decoded. Input that is not an address list gives none.",
		Impl: extract,
	})
	c.AddFunc(&catalog.Func{
		Name:    "header_addresslist_compile",
		Params:  []catalog.Param{{Name: "addresses", Type: "array", Doc: "a list of [\"name\" => …, \"address\" => …] arrays, or plain address strings"}},
		Returns: "string",
		Doc: "Builds an address-list header value (for From, To, Cc) from a list of addresses. Display names " +
			"are quoted when needed and MIME-encoded when they are not plain ASCII.",
		Impl: compile,
	})
}

// atext is the set of characters allowed in an atom besides letters and
// digits (RFC 5322); bytes from 0x80 up are allowed too (SMTPUTF8).
const atext = "!#$%&'*+-/=?^_`{|}~"

func isAtom(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(atext, c) >= 0) {
			return false
		}
	}
	return true
}

func isDotAtom(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if !isAtom(part) {
			return false
		}
	}
	return true
}

// ParseEnvelope splits an envelope address into its unquoted local part and
// its domain.
func ParseEnvelope(s string) (local, domain string, ok bool) {
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		s = s[1 : len(s)-1]
	}
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return "", "", false
	}
	rawLocal, domain := s[:at], s[at+1:]
	if !validDomain(domain) {
		return "", "", false
	}
	if strings.HasPrefix(rawLocal, `"`) {
		local, ok = unquote(rawLocal)
		return local, domain, ok
	}
	if !isDotAtom(rawLocal) {
		return "", "", false
	}
	return rawLocal, domain, true
}

func validDomain(d string) bool {
	if strings.HasPrefix(d, "[") {
		return strings.HasSuffix(d, "]") && len(d) > 2 && !strings.ContainsAny(d[1:len(d)-1], "[]\\ ")
	}
	return isDotAtom(d)
}

// unquote decodes a quoted-string that makes up the whole of s.
func unquote(s string) (string, bool) {
	if len(s) < 2 || s[len(s)-1] != '"' {
		return "", false
	}
	var b strings.Builder
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s)-1:
			i++
			b.WriteByte(s[i])
		case c == '\\' || c == '"' || c == '\r' || c == '\n':
			return "", false
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// EscapeLocalpart quotes a local part unless it is a dot-atom.
func EscapeLocalpart(s string) string {
	if isDotAtom(s) {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('"')
	return b.String()
}

var addressParser = mail.AddressParser{WordDecoder: &mime.WordDecoder{}}

func extract(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	if catalog.OptionValue(opts, "field", value.None).Truthy() {
		_, rest, ok := strings.Cut(s, ":")
		if !ok {
			return value.None, nil
		}
		s = rest
	}
	s = strings.NewReplacer("\r\n", "", "\n", "", "\r", "").Replace(s)
	withName := catalog.OptionValue(opts, "name", value.None).Truthy()
	out := value.NewArray(0)
	if strings.TrimSpace(s) == "" {
		return value.ArrayValue(out), nil
	}
	list, err := addressParser.ParseList(s)
	if err != nil {
		return value.None, nil
	}
	for _, addr := range list {
		if withName {
			pair := value.NewArray(2)
			pair.Set(value.StrKey("name"), value.String(addr.Name))
			pair.Set(value.StrKey("address"), value.String(addr.Address))
			out.Append(value.ArrayValue(pair))
		} else {
			out.Append(value.String(addr.Address))
		}
	}
	return value.ArrayValue(out), nil
}

func compile(a *catalog.Args) (value.Value, error) {
	list, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	parts := make([]string, 0, list.Len())
	for i := 0; i < list.Len(); i++ {
		_, v := list.Entry(i)
		var name, address string
		switch v.Kind() {
		case value.KindString:
			address = v.AsString()
		case value.KindArray:
			e := v.AsArray()
			addr, ok := e.Get(value.StrKey("address"))
			if !ok || addr.Kind() != value.KindString {
				return value.None, a.Errorf(0, "element %d has no \"address\" string", i)
			}
			address = addr.AsString()
			if n, ok := e.Get(value.StrKey("name")); ok && !n.IsNone() {
				if n.Kind() != value.KindString {
					return value.None, a.Errorf(0, "element %d has a \"name\" that is not a string", i)
				}
				name = n.AsString()
			}
		default:
			return value.None, a.Errorf(0, "element %d must be an array or a string, not %s", i, v.Kind())
		}
		parts = append(parts, formatAddress(name, address))
	}
	return value.String(strings.Join(parts, ", ")), nil
}

// formatAddress renders one mailbox: "Name <address>" or just the address.
func formatAddress(name, address string) string {
	if local, domain, ok := ParseEnvelope(address); ok {
		address = EscapeLocalpart(local) + "@" + domain
	} else if at := strings.LastIndexByte(address, '@'); at > 0 && !strings.HasPrefix(address, `"`) {
		address = EscapeLocalpart(address[:at]) + address[at:]
	}
	if name == "" {
		return address
	}
	return displayName(name) + " <" + address + ">"
}

// displayName returns name as an atom phrase, a quoted string or an encoded
// word, whichever it needs.
func displayName(name string) string {
	ascii := true
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 || name[i] < 0x20 && name[i] != '\t' {
			ascii = false
			break
		}
	}
	if !ascii {
		return mime.QEncoding.Encode("utf-8", name)
	}
	plain := true
	for _, w := range strings.Fields(name) {
		if !isAtom(w) {
			plain = false
		}
	}
	if plain && strings.Join(strings.Fields(name), " ") == name {
		return name
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(name); i++ {
		if name[i] == '"' || name[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(name[i])
	}
	b.WriteByte('"')
	return b.String()
}
