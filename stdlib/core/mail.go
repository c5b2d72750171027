package core

import (
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/encoding"
)

var optField = catalog.Option{Name: "field", Type: "boolean", Doc: "The input is a whole header field (Name: value); the name and colon are skipped."}

func registerMail(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "envelope_address_parse", Params: []catalog.Param{{Name: "address", Type: "string"}},
		Returns: "array|none",
		Doc:     "Splits an envelope address (optionally in <>) into [\"localpart\" => …, \"domain\" => …]; a quoted local part is unquoted. Returns none when it is not an address.",
		Impl:    envelopeParse,
	})
	c.AddFunc(&catalog.Func{
		Name: "envelope_localpart_escape", Params: []catalog.Param{{Name: "localpart", Type: "string"}},
		Returns: "string",
		Doc:     "Returns the local part as it must be written in an address: unchanged when it is a dot-atom, otherwise as a quoted string.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			return value.String(escapeLocalpart(s)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "header_addresslist_compile", Params: []catalog.Param{{Name: "addresses", Type: "array"}},
		Returns: "string",
		Doc:     "Builds a From/To/Cc header value from a list of addresses, each a string or [\"name\" => …, \"address\" => …]; names are quoted or MIME-encoded as needed.",
		Impl:    addresslistCompile,
	})
	c.AddFunc(&catalog.Func{
		Name:   "header_addresslist_extract",
		Params: []catalog.Param{{Name: "value", Type: "string"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{optField,
			{Name: "name", Type: "boolean", Doc: "Return [\"name\" => …, \"address\" => …] pairs (name \"\" when absent) instead of address strings."}},
		Returns: "array|none",
		Doc:     "Extracts the addresses of a From/To/Cc header value, in order (group names are skipped; display names are MIME-decoded). Returns none for unbalanced quotes, comments or brackets.",
		Impl:    addresslistExtract,
	})
	c.Alias("GetAddressList", "header_addresslist_extract")
	c.AddFunc(&catalog.Func{
		Name:    "header_dkim_decode",
		Params:  []catalog.Param{{Name: "value", Type: "string"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{optField},
		Returns: "array|none",
		Doc:     "Decodes a DKIM-style tag=value list (DKIM-Signature, ARC headers) into an array keyed by tag; folding whitespace is removed. Returns none for malformed lists or repeated tags.",
		Impl:    dkimDecode,
	})
}

func isAtext(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 ||
		strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

func isDotAtom(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && !isAtext(s[i]) {
			return false
		}
	}
	return true
}

func escapeLocalpart(s string) string {
	if isDotAtom(s) {
		return s
	}
	return quoteAll(s)
}

// quoted reads a quoted string at the start of s (which starts with '"') and
// returns its unescaped content and the rest after the closing quote.
func quoted(s string) (content, rest string, ok bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		case '"':
			return b.String(), s[i+1:], true
		default:
			b.WriteByte(s[i])
		}
	}
	return "", "", false
}

func validDomain(d string) bool {
	if d == "" {
		return false
	}
	if d[0] == '[' {
		return d[len(d)-1] == ']' && len(d) > 2 && !strings.ContainsAny(d[1:len(d)-1], "[]\\ \t\r\n")
	}
	for i := 0; i < len(d); i++ {
		c := d[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}

func envelopeParse(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		s = s[1 : len(s)-1]
	}
	var local, domain string
	if strings.HasPrefix(s, "\"") {
		content, rest, ok := quoted(s)
		if !ok || !strings.HasPrefix(rest, "@") {
			return value.None, nil
		}
		local, domain = content, rest[1:]
	} else {
		at := strings.LastIndexByte(s, '@')
		if at <= 0 {
			return value.None, nil
		}
		local, domain = s[:at], s[at+1:]
		for i := 0; i < len(local); i++ {
			if local[i] != '.' && !isAtext(local[i]) {
				return value.None, nil
			}
		}
	}
	if local == "" || !validDomain(domain) {
		return value.None, nil
	}
	out := value.NewArray(2)
	out.Set(value.StrKey("localpart"), value.String(local))
	out.Set(value.StrKey("domain"), value.String(domain))
	return value.ArrayValue(out), nil
}

// isPhraseText reports whether a display name can be written without quotes.
func isPhraseText(s string) bool {
	if strings.TrimSpace(s) != s {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (s[i] >= 0x80 || !isAtext(s[i])) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func formatName(name string) string {
	switch {
	case isPhraseText(name):
		return name
	case isASCII(name) && !strings.ContainsAny(name, "\r\n"):
		return quoteAll(name)
	}
	return encoding.EncodeWords(name)
}

// quoteAll writes s as a quoted string.
func quoteAll(s string) string {
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

func addresslistCompile(a *catalog.Args) (value.Value, error) {
	list, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	parts := make([]string, 0, list.Len())
	for i := 0; i < list.Len(); i++ {
		_, v := list.Entry(i)
		if v.Kind() == value.KindString {
			parts = append(parts, v.AsString())
			continue
		}
		arr := v.AsArray()
		if arr == nil {
			return value.None, a.Errorf(0, "holds %s, not an address string or array", v.Kind())
		}
		addr, _ := arr.Get(value.StrKey("address"))
		if addr.Kind() != value.KindString {
			return value.None, a.Errorf(0, "holds an entry whose \"address\" is not a string")
		}
		name, _ := arr.Get(value.StrKey("name"))
		if !name.IsNone() && name.Kind() != value.KindString {
			return value.None, a.Errorf(0, "holds an entry whose \"name\" is not a string")
		}
		if n := name.AsString(); n != "" {
			parts = append(parts, formatName(n)+" <"+addr.AsString()+">")
		} else {
			parts = append(parts, addr.AsString())
		}
	}
	return value.String(strings.Join(parts, ", ")), nil
}

// skipField drops a header field name and its colon.
func skipField(s string) string {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func addresslistExtract(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	if catalog.OptionValue(opts, "field", value.Bool(false)).Truthy() {
		s = skipField(s)
	}
	withName := catalog.OptionValue(opts, "name", value.Bool(false)).Truthy()
	addrs, ok := parseAddressList(s)
	if !ok {
		return value.None, nil
	}
	out := make([]value.Value, len(addrs))
	for i, ad := range addrs {
		if !withName {
			out[i] = value.String(ad.address)
			continue
		}
		pair := value.NewArray(2)
		pair.Set(value.StrKey("name"), value.String(ad.name))
		pair.Set(value.StrKey("address"), value.String(ad.address))
		out[i] = value.ArrayValue(pair)
	}
	return value.ArrayValue(value.NewList(out)), nil
}

type mailbox struct{ name, address string }

// listParser collects the mailboxes of an RFC 5322 address list leniently.
type listParser struct {
	out     []mailbox
	phrase  []string // words of the display name
	raw     strings.Builder
	comment string
	angle   string
	inAngle bool
	words   int // whitespace-separated words outside quotes and brackets
	gap     bool
}

func (p *listParser) word(text, rawText string) {
	if p.gap || len(p.phrase) == 0 {
		p.phrase = append(p.phrase, text)
		p.words++
	} else {
		p.phrase[len(p.phrase)-1] += text
	}
	p.raw.WriteString(rawText)
	p.gap = false
}

// end finishes one element of the list; it fails for several bare words
// without an address in angle brackets.
func (p *listParser) end() bool {
	defer func() {
		p.phrase, p.comment, p.angle, p.inAngle, p.words, p.gap = nil, "", "", false, 0, false
		p.raw.Reset()
	}()
	if p.inAngle {
		addr := strings.TrimSpace(p.angle)
		if i := strings.IndexByte(addr, ':'); i >= 0 && strings.HasPrefix(addr, "@") {
			addr = addr[i+1:] // obsolete source route
		}
		name := strings.Join(p.phrase, " ")
		if name == "" {
			name = p.comment
		}
		p.out = append(p.out, mailbox{encoding.DecodeWords(name), addr})
		return true
	}
	if p.raw.Len() == 0 {
		return true // empty element
	}
	if p.words > 1 && !strings.Contains(p.raw.String(), "@") {
		return false
	}
	p.out = append(p.out, mailbox{encoding.DecodeWords(p.comment), p.raw.String()})
	return true
}

func parseAddressList(s string) ([]mailbox, bool) {
	p := &listParser{}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			content, rest, ok := quoted(s[i:])
			if !ok {
				return nil, false
			}
			p.word(content, s[i:len(s)-len(rest)])
			i = len(s) - len(rest)
		case c == '(':
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == '\\' {
					j++
				} else if s[j] == '(' {
					depth++
				} else if s[j] == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if j >= len(s) {
				return nil, false
			}
			p.comment = strings.TrimSpace(s[i+1 : j])
			p.gap = true
			i = j + 1
		case c == '<':
			j := i + 1
			for j < len(s) && s[j] != '>' {
				if s[j] == '"' {
					_, rest, ok := quoted(s[j:])
					if !ok {
						return nil, false
					}
					j = len(s) - len(rest)
					continue
				}
				j++
			}
			if j >= len(s) {
				return nil, false
			}
			p.angle, p.inAngle = s[i+1:j], true
			i = j + 1
		case c == ',' || c == ';':
			if !p.end() {
				return nil, false
			}
			i++
		case c == ':' && !p.inAngle:
			// A group name: drop it and collect the group's members.
			p.phrase, p.words, p.comment = nil, 0, ""
			p.raw.Reset()
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			p.gap = true
			i++
		case c == '>' || c == ')':
			return nil, false
		default:
			j := i
			for j < len(s) && strings.IndexByte("\"(<,;: \t\r\n>)", s[j]) < 0 {
				j++
			}
			p.word(s[i:j], s[i:j])
			i = j
		}
	}
	if !p.end() {
		return nil, false
	}
	return p.out, true
}

func dkimDecode(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	if catalog.OptionValue(opts, "field", value.Bool(false)).Truthy() {
		s = skipField(s)
	}
	out := value.NewArray(0)
	for _, spec := range strings.Split(s, ";") {
		if strings.TrimSpace(spec) == "" {
			continue
		}
		tag, val, ok := strings.Cut(spec, "=")
		tag = strings.TrimSpace(tag)
		if !ok || !validTag(tag) {
			return value.None, nil
		}
		val = strings.TrimSpace(strings.NewReplacer("\r", "", "\n", "").Replace(val))
		if tag == "b" || tag == "bh" {
			val = strings.Join(strings.Fields(val), "")
		}
		k := value.StrKey(tag)
		if _, dup := out.Get(k); dup {
			return value.None, nil
		}
		out.Set(k, value.String(val))
	}
	return value.ArrayValue(out), nil
}

func validTag(t string) bool {
	if t == "" || !(t[0] >= 'a' && t[0] <= 'z' || t[0] >= 'A' && t[0] <= 'Z') {
		return false
	}
	for i := 1; i < len(t); i++ {
		c := t[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
